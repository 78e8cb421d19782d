"""Sessions to save files and back, with the replay that proves a save: the one set of
rules the console, the command line and the server use to trust a file."""

from collections.abc import Callable, Sequence
from functools import partial

from wargame import __version__
from wargame.core.engine import Engine
from wargame.core.enums import EventKind, Phase
from wargame.core.errors import (
    EventNotReplayableError,
    ReplayError,
    ReplayMismatchError,
    WargameError,
)
from wargame.core.events import Change, Event, PhaseAdvanced
from wargame.core.state import State
from wargame.session.session import Annotation, Session, Timeline
from wargame.storage.formats import (
    AnnotationRecord,
    Ruling,
    SaveFile,
    TimelineRecord,
    TurnDigest,
)


def rulings(session: Session) -> list[Ruling]:
    """Every ruling of the current timeline, with the die it drew."""
    out = []
    for i, event in enumerate(session.log):
        if event.kind is not EventKind.ADJUDICATION:
            continue
        applied = session.applied(i)
        for c in applied.changes:
            if c.meter == "ruling" and c.detail:
                out.append(_ruling(i, applied.turn, c))
    return out


def _ruling(index: int, turn: int, c: Change) -> Ruling:
    detail = c.detail or {}
    return Ruling(
        event=index,
        turn=turn,
        actor=c.subject,
        action=c.cause,
        decision=c.rule,
        outcome=str(detail.get("outcome", "")),
        engine=str(detail.get("engine", "")),
        roll=float(detail.get("roll", 0.0)),
    )


def check_ruling(
    index: int,
    turn: int,
    changes: list[Change],
    by_event: dict[int, Ruling],
    path: str = "$.rulings",
) -> None:
    """Raise :class:`ReplayMismatchError` if a replayed ruling differs from the record."""
    recorded = by_event.get(index)
    if recorded is None:
        return
    replayed = [_ruling(index, turn, c) for c in changes if c.meter == "ruling"]
    if replayed != [recorded]:
        got = f"{replayed[0].outcome} (roll {replayed[0].roll:.4f})" if replayed else "nothing"
        want = f"{recorded.outcome} (roll {recorded.roll:.4f})"
        raise ReplayMismatchError(turn, want, got, what=f"ruling at event {index}", path=path)


def _scratch(session: Session, events: list[Event]) -> Session:
    return Session.from_events(session.scenario, session.seed, events)


def to_save(session: Session) -> SaveFile:
    """A save document of the whole session: every branch, annotation and digest."""
    current = session.branch
    records = []
    digests_by_branch: dict[str, list[TurnDigest]] = {}
    rulings_by_branch: dict[str, list[Ruling]] = {}
    for name, timeline in session.branches.items():
        # another timeline is replayed in a scratch session: the live one is not touched
        view = session if name == current else _scratch(session, timeline.events)
        digests_by_branch[name] = [TurnDigest(turn=t, digest=d) for t, d in view.digests()]
        rulings_by_branch[name] = rulings(view)
    for name, tl in session.branches.items():
        if name == current:
            continue
        records.append(
            TimelineRecord(
                name=name,
                parent=tl.parent,
                fork=tl.fork,
                cursor=tl.cursor,
                events=list(tl.events),
                digests=digests_by_branch[name],
                rulings=rulings_by_branch[name],
            )
        )
    tl = session.branches[current]
    return SaveFile(
        app_version=__version__,
        scenario=session.scenario,
        seed=session.seed,
        branch=current,
        parent=tl.parent,
        fork=tl.fork,
        cursor=tl.cursor,
        events=list(tl.events),
        digests=digests_by_branch[current],
        rulings=rulings_by_branch[current],
        branches=records,
        annotations=[
            AnnotationRecord(branch=a.branch, index=a.index, text=a.text, bookmark=a.bookmark)
            for a in session.annotations
        ],
    )


TurnResolved = Callable[[str, State], None]
"""Called with (branch name, state) at every turn a replay resolves."""


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
) -> int:
    """Play ``events`` from the start and prove them against the record; returns the
    number of turns resolved.

    Every event must apply (else :class:`EventNotReplayableError` at ``path.events[i]``),
    every ruling must draw the recorded die, every resolved turn must have its recorded
    digest and every recorded digest a resolved turn (else :class:`ReplayMismatchError`).
    A save migrated from an older schema has no digests: its meters are recomputed.
    """
    state = engine.initial_state(seed)
    want = {d.turn: d.digest for d in digests}
    by_event = {r.event: r for r in recorded}
    seen: set[int] = set()
    for i, event in enumerate(events):
        turn = state.turn
        try:
            changes = engine.step(state, event)
        except WargameError as exc:
            raise EventNotReplayableError(
                f"event {i} cannot be replayed: {exc}", turn, f"{path}.events[{i}]"
            ) from exc
        check_ruling(i, turn, changes, by_event, f"{path}.rulings")
        if isinstance(event, PhaseAdvanced) and state.phase is Phase.RESOLUTION:
            seen.add(state.turn)
            if not migrated:
                expected = want.get(state.turn)
                if expected is None:
                    raise ReplayError("no digest recorded", state.turn, f"{path}.digests")
                actual = state.digest()
                if actual != expected:
                    raise ReplayMismatchError(state.turn, expected, actual, path=f"{path}.digests")
            if on_resolved is not None:
                on_resolved(state)
    missing = sorted(set(want) - seen)
    if missing:
        raise ReplayError(
            f"digests recorded for turns never resolved: {missing}", missing[0], f"{path}.digests"
        )
    return len(seen)


def verify_save(save: SaveFile, on_resolved: TurnResolved | None = None) -> int:
    """Replay every timeline of a save and prove it (see :func:`replay_timeline`);
    returns the number of turns resolved in the current timeline."""
    engine = Engine(save.scenario)
    migrated = save.migrated_from is not None

    def report(name: str) -> Callable[[State], None] | None:
        return None if on_resolved is None else partial(on_resolved, name)

    turns = replay_timeline(
        engine,
        save.seed,
        save.events,
        save.digests,
        save.rulings,
        migrated=migrated,
        on_resolved=report(save.branch),
    )
    for i, br in enumerate(save.branches):
        replay_timeline(
            engine,
            save.seed,
            br.events,
            br.digests,
            br.rulings,
            f"$.branches[{i}]",
            migrated=migrated,
            on_resolved=report(br.name),
        )
    return turns


def from_save(save: SaveFile, verify: bool = True) -> Session:
    """Rebuild a session from a save; with ``verify`` every timeline is replayed and
    proved first (raising a :class:`~wargame.core.errors.ReplayError` if one does not
    reproduce)."""
    if verify:
        verify_save(save)
    timelines = {save.branch: Timeline(list(save.events), save.cursor, save.parent, save.fork)}
    for br in save.branches:
        timelines[br.name] = Timeline(list(br.events), br.cursor, br.parent, br.fork)
    annotations = [Annotation(a.branch, a.index, a.text, a.bookmark) for a in save.annotations]
    return Session.restore(save.scenario, save.seed, timelines, save.branch, annotations)
