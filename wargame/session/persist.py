"""Sessions to save files and back, with the replay that proves a save."""

from wargame import __version__
from wargame.core.errors import ReplayMismatchError, WargameError
from wargame.core.events import Event
from wargame.session.session import Annotation, Session, Timeline
from wargame.storage.formats import AnnotationRecord, SaveFile, TimelineRecord, TurnDigest
from wargame.storage.problems import InvalidFileError


def to_save(session: Session) -> SaveFile:
    """A save document of the whole session: every branch, annotation and digest."""
    current = session.branch
    records = []
    digests_by_branch: dict[str, list[TurnDigest]] = {}
    for name in list(session.branches):
        session.switch_branch(name) if name != session.branch else None
        digests_by_branch[name] = [TurnDigest(turn=t, digest=d) for t, d in session.digests()]
    if session.branch != current:
        session.switch_branch(current)
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
        branches=records,
        annotations=[
            AnnotationRecord(branch=a.branch, index=a.index, text=a.text, bookmark=a.bookmark)
            for a in session.annotations
        ],
    )


def _check_timeline(
    session: Session, events: list[Event], digests: list[TurnDigest], path: str
) -> None:
    """Replay ``events`` from the start; every event applies and every digest matches."""
    engine = session.engine
    state = engine.initial_state(session.seed)
    want = {d.turn: d.digest for d in digests}
    seen: set[int] = set()
    for i, event in enumerate(events):
        try:
            engine.step(state, event)
        except WargameError as exc:
            raise InvalidFileError([(f"{path}[{i}]", f"event cannot be replayed: {exc}")]) from exc
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
        _check_timeline(session, save.events, save.digests, "$.events")
        for i, br in enumerate(save.branches):
            _check_timeline(session, br.events, br.digests, f"$.branches[{i}].events")
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
