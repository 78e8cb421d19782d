"""Sessions to save files and back, with the replay that proves a save: the one set of
rules the console, the command line and the server use to trust a file."""

from collections.abc import Callable, Sequence
from functools import partial

from wargame import __version__
from wargame.core.adjudication import ruling_record
from wargame.core.engine import Engine
from wargame.core.enums import Phase
from wargame.core.errors import (
    EventNotReplayableError,
    EvidenceError,
    ReplayError,
    ReplayMismatchError,
    WargameError,
)
from wargame.core.events import Event, MoveAdjudicated, PhaseAdvanced
from wargame.core.state import State
from wargame.session.evidence import Chain, check_ruling, evidence_of, ruling_of, rulings, seal
from wargame.session.session import Annotation, Session, Timeline
from wargame.storage.formats import (
    AnnotationRecord,
    Counts,
    Ruling,
    SaveFile,
    TimelineRecord,
    TurnDigest,
)
from wargame.storage.problems import gc_paused


def _scratch(session: Session, events: list[Event]) -> Session:
    return Session.from_events(session.scenario, session.seed, events)


@gc_paused()  # over a long log the collector would walk every kept object, often
def to_save(session: Session) -> SaveFile:
    """A save document of the whole session: every branch, annotation and digest, with
    its tamper evidence (the chain over the turns of each timeline, its counts and the
    digests of the scenario, the timelines and the annotations)."""
    current = session.branch
    records = []
    sealed: dict[str, tuple[list[TurnDigest], list[Ruling], list[str], Counts]] = {}
    for name, timeline in session.branches.items():
        # another timeline is replayed in a scratch session: the live one is not touched
        view = session if name == current else _scratch(session, timeline.events)
        digests = [TurnDigest(turn=t, digest=d) for t, d in view.digests()]
        sealed[name] = (digests, rulings(view), *seal(view))
    for name, tl in session.branches.items():
        if name == current:
            continue
        digests, made, chain, counts = sealed[name]
        records.append(
            TimelineRecord(
                name=name,
                parent=tl.parent,
                fork=tl.fork,
                cursor=tl.cursor,
                events=list(tl.events),
                digests=digests,
                rulings=made,
                chain=chain,
                counts=counts,
            )
        )
    tl = session.branches[current]
    digests, made, chain, counts = sealed[current]
    save = SaveFile(
        app_version=__version__,
        scenario=session.scenario,
        seed=session.seed,
        branch=current,
        parent=tl.parent,
        fork=tl.fork,
        cursor=tl.cursor,
        events=list(tl.events),
        digests=digests,
        rulings=made,
        chain=chain,
        counts=counts,
        branches=records,
        annotations=[
            AnnotationRecord(branch=a.branch, index=a.index, text=a.text, bookmark=a.bookmark)
            for a in session.annotations
        ],
    )
    save.evidence = evidence_of(save)
    return save


TurnResolved = Callable[[str, State], None]
"""Called with (branch name, state) at every turn a replay resolves."""


def _link_checked(chain: Chain, recorded: Sequence[str], path: str, end: int) -> None:
    turn, start = chain.turn, chain.start
    assert turn is not None
    k = len(chain.links)
    link = chain.close()
    if k >= len(recorded):
        raise EvidenceError("the chain of the record ends before this turn", turn, f"{path}.chain")
    if link != recorded[k]:
        raise EvidenceError(
            "the events of this turn differ from the record", turn, f"{path}.events[{start}:{end}]"
        )


def _last_turn(engine: Engine, state: State, events: Sequence[Event]) -> int:
    """The turn the rest of a log reaches (as far as it plays)."""
    for event in events:
        try:
            engine.fold(state, event)
        except WargameError:
            break
    return state.turn


def replay_timeline(
    engine: Engine,
    seed: int,
    events: Sequence[Event],
    digests: Sequence[TurnDigest],
    recorded: Sequence[Ruling],
    path: str = "$",
    *,
    migrated: bool = False,
    on_resolved: Callable[[State], None] | None = None,
    chain: Sequence[str] | None = None,
    counts: Counts | None = None,
) -> int:
    """Play ``events`` from the start and prove them against the record; returns the
    number of turns resolved. The first place where the log departs from the record is
    reported, in words, as a :class:`ReplayError` naming its turn and its path.

    Every event must apply (else :class:`EventNotReplayableError` at ``path.events[i]``);
    every ruling must be recorded, in order, with the die it drew (else
    :class:`RulingMismatchError` or :class:`EvidenceError`); every resolved turn must have
    its recorded digest and every recorded digest a resolved turn (else
    :class:`ReplayMismatchError`). With ``chain`` and ``counts`` (saves of schema 3 on)
    each turn's link must match and the log must be as long as the record (else
    :class:`EvidenceError`). A save migrated from schema 1 has no digests: its meters are
    recomputed.
    """
    try:
        state = engine.initial_state(seed)
    except WargameError as exc:
        raise EventNotReplayableError(f"the game cannot start: {exc}", 0, "$.seed") from exc
    want = {d.turn: d.digest for d in digests}
    fold, world = engine.fold, engine.world
    seen: set[int] = set()
    links = Chain()
    done = 0  # rulings proved
    for i, event in enumerate(events):
        turn = state.turn
        if chain is not None and counts is not None and i == counts.events:
            ends = turn if links.turn is None else links.turn
            if links.turn is not None:
                _link_checked(links, chain, path, i)
            raise EvidenceError(
                "the record ends here but the log goes on to turn "
                f"{_last_turn(engine, state, events[i:])}",
                ends,
                f"{path}.events[{i}]",
            )
        if chain is not None and links.turn is not None and turn != links.turn:
            _link_checked(links, chain, path, i)
        try:
            fold(state, event)
        except WargameError as exc:
            raise EventNotReplayableError(
                f"event {i} cannot be replayed: {exc}", turn, f"{path}.events[{i}]"
            ) from exc
        made = (
            [ruling_of(i, turn, ruling_record(world, state.pending[event.index]))]
            if isinstance(event, MoveAdjudicated)
            else []
        )
        for r in made:
            if done >= len(recorded):
                raise EvidenceError(
                    f"the ruling of event {i} is missing from the record",
                    turn,
                    f"{path}.rulings[{done}]",
                )
            check_ruling(recorded[done], r, f"{path}.rulings[{done}]")
            done += 1
        links.add(i, turn, event, made)
        if isinstance(event, PhaseAdvanced) and state.phase is Phase.RESOLUTION:
            seen.add(state.turn)
            actual = state.digest()
            links.digest = actual
            if not migrated:
                expected = want.get(state.turn)
                if expected is None:
                    raise ReplayError("no digest recorded", state.turn, f"{path}.digests")
                if actual != expected:
                    raise ReplayMismatchError(state.turn, expected, actual, path=f"{path}.digests")
            if on_resolved is not None:
                on_resolved(state)
    if chain is not None and counts is not None and len(events) < counts.events:
        raise EvidenceError(
            f"the log ends here, at event {len(events)}, but the record goes on to event "
            f"{counts.events}" + (f", in turn {len(chain) - 1}" if chain else ""),
            state.turn,
            f"{path}.events[{len(events)}]",
        )
    if done < len(recorded):
        r = recorded[done]
        raise EvidenceError(
            f"a ruling is recorded for event {r.event}, which the log does not rule there",
            r.turn,
            f"{path}.rulings[{done}]",
        )
    missing = sorted(set(want) - seen)
    if missing:
        raise ReplayError(
            f"digests recorded for turns never resolved: {missing}", missing[0], f"{path}.digests"
        )
    if chain is not None and counts is not None:
        if links.turn is not None:
            _link_checked(links, chain, path, len(events))
        if len(links.links) < len(chain):
            raise EvidenceError(
                "the chain of the record goes on to turns the log never reaches",
                len(links.links),
                f"{path}.chain[{len(links.links)}]",
            )
        if counts != Counts(turns=len(seen), events=len(events), rulings=done):
            raise EvidenceError(
                f"the counts of the record ({counts.turns} turns, {counts.events} events, "
                f"{counts.rulings} rulings) differ from the log ({len(seen)}, {len(events)}, "
                f"{done})",
                None,
                f"{path}.counts",
            )
    return len(seen)


@gc_paused()  # over a long log the collector would walk every kept object, often
def verify_save(save: SaveFile, on_resolved: TurnResolved | None = None) -> int:
    """Replay every timeline of a save and prove it (see :func:`replay_timeline`), then
    its tamper evidence: the scenario and seed, the timelines' places and the notes and
    bookmarks; returns the number of turns resolved in the current timeline.

    A save written before schema 3 (``legacy_schema``) has no tamper evidence: only the
    replay proves it. Any refusal of the rules is reported as a :class:`ReplayError`
    with its turn and path, never as an internal error.
    """
    evidence = save.evidence
    if evidence is None and save.legacy_schema is None:
        raise EvidenceError("the tamper evidence of this save is missing", None, "$.evidence")
    try:
        engine = Engine(save.scenario)
    except WargameError as exc:
        raise EventNotReplayableError(
            f"the scenario cannot be played: {exc}", 0, "$.scenario"
        ) from exc
    migrated = save.migrated_from is not None

    def report(name: str) -> Callable[[State], None] | None:
        return None if on_resolved is None else partial(on_resolved, name)

    lines = [("$", save.branch, save.events, save.digests, save.rulings, save.chain, save.counts)]
    for i, br in enumerate(save.branches):
        lines.append(
            (f"$.branches[{i}]", br.name, br.events, br.digests, br.rulings, br.chain, br.counts)
        )
    turns = 0
    for path, name, events, digests, made, chain, counts in lines:
        if evidence is not None and counts is None:
            raise EvidenceError("the counts of this timeline are missing", None, f"{path}.counts")
        resolved = replay_timeline(
            engine,
            save.seed,
            events,
            digests,
            made,
            path,
            migrated=migrated,
            on_resolved=report(name),
            chain=None if evidence is None else chain,
            counts=None if evidence is None else counts,
        )
        turns = resolved if path == "$" else turns
    if evidence is not None:
        expected = evidence_of(save)
        if evidence.scenario != expected.scenario:
            raise EvidenceError(
                "the scenario or the seed was changed after saving", None, "$.scenario"
            )
        if evidence.timelines != expected.timelines:
            raise EvidenceError(
                "the timelines (which one is current, their names, parents, forks, cursors, "
                "counts or chains) were changed after saving",
                None,
                "$",
            )
        if evidence.annotations != expected.annotations:
            raise EvidenceError(
                "the notes and bookmarks were changed after saving", None, "$.annotations"
            )
    return turns


@gc_paused()  # over a long log the collector would walk every kept object, often
def from_save(save: SaveFile, verify: bool = True) -> Session:
    """Rebuild a session from a save; with ``verify`` every timeline is replayed and
    proved first (raising a :class:`~wargame.core.errors.ReplayError` if one does not
    reproduce or its tamper evidence shows a change)."""
    if verify:
        verify_save(save)
    timelines = {save.branch: Timeline(list(save.events), save.cursor, save.parent, save.fork)}
    for br in save.branches:
        timelines[br.name] = Timeline(list(br.events), br.cursor, br.parent, br.fork)
    annotations = [Annotation(a.branch, a.index, a.text, a.bookmark) for a in save.annotations]
    return Session.restore(save.scenario, save.seed, timelines, save.branch, annotations)
