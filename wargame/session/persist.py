"""Sessions to save files and back, with the replay that proves a save."""

from wargame import __version__
from wargame.core.errors import ReplayMismatchError, WargameError
from wargame.core.events import Change, Event
from wargame.session.session import Annotation, Session, Timeline
from wargame.storage.formats import (
    AnnotationRecord,
    Ruling,
    SaveFile,
    TimelineRecord,
    TurnDigest,
)
from wargame.storage.problems import InvalidFileError


def rulings(session: Session) -> list[Ruling]:
    """Every ruling of the current timeline, with the die it drew."""
    out = []
    for i, event in enumerate(session.log):
        if event.kind != "adjudication":
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


def check_ruling(index: int, turn: int, changes: list[Change], by_event: dict[int, Ruling]) -> None:
    """Raise :class:`ReplayMismatchError` if a replayed ruling differs from the record."""
    recorded = by_event.get(index)
    if recorded is None:
        return
    replayed = [_ruling(index, turn, c) for c in changes if c.meter == "ruling"]
    if replayed != [recorded]:
        got = f"{replayed[0].outcome} (roll {replayed[0].roll:.4f})" if replayed else "nothing"
        want = f"{recorded.outcome} (roll {recorded.roll:.4f})"
        raise ReplayMismatchError(turn, want, got, what=f"ruling at event {index}")


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


def _check_timeline(
    session: Session,
    events: list[Event],
    digests: list[TurnDigest],
    recorded: list[Ruling],
    path: str,
) -> None:
    """Replay ``events`` from the start; every event applies, every digest and roll matches."""
    engine = session.engine
    state = engine.initial_state(session.seed)
    want = {d.turn: d.digest for d in digests}
    by_event = {r.event: r for r in recorded}
    seen: set[int] = set()
    for i, event in enumerate(events):
        turn = state.turn
        try:
            changes = engine.step(state, event)
        except WargameError as exc:
            raise InvalidFileError([(f"{path}[{i}]", f"event cannot be replayed: {exc}")]) from exc
        check_ruling(i, turn, changes, by_event)
        if event.kind == "advance" and state.phase.value == "resolution":
            seen.add(state.turn)
            expected = want.get(state.turn)
            if expected is not None:
                actual = state.digest()
                if actual != expected:
                    raise ReplayMismatchError(state.turn, expected, actual)
    missing = sorted(set(want) - seen)
    if missing:
        raise InvalidFileError(
            [(f"{path}", f"digests recorded for turns never resolved: {missing}")]
        )


def from_save(save: SaveFile, verify: bool = True) -> Session:
    """Rebuild a session from a save; with ``verify`` every timeline is replayed and checked.

    Raises :class:`ReplayMismatchError` when a digest differs, and
    :class:`InvalidFileError` when an event cannot be applied.
    """
    session = Session(save.scenario, save.seed)
    if verify:
        _check_timeline(session, save.events, save.digests, save.rulings, "$.events")
        for i, br in enumerate(save.branches):
            _check_timeline(session, br.events, br.digests, br.rulings, f"$.branches[{i}].events")
    timelines = {
        save.branch: Timeline(list(save.events), save.cursor, save.parent, save.fork),
    }
    for br in save.branches:
        timelines[br.name] = Timeline(list(br.events), br.cursor, br.parent, br.fork)
    session._timelines = timelines
    session._branch = save.branch
    session._reset_cache()
    session.annotations = [
        Annotation(a.branch, a.index, a.text, a.bookmark) for a in save.annotations
    ]
    return session
