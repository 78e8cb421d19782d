"""Tamper evidence of a save: the record of every ruling and its die, and the chain of
digests over the turns of each timeline, with the digests of the scenario, the branches
and the annotations (see docs/architecture.md: evidence, not a signature)."""

import hashlib
import json
from collections.abc import Sequence

from pydantic import TypeAdapter

from wargame.core.enums import EventKind
from wargame.core.errors import RulingMismatchError
from wargame.core.events import Change, Event
from wargame.session.session import Session
from wargame.storage.formats import Counts, Evidence, Ruling, SaveFile


def rulings(session: Session) -> list[Ruling]:
    """Every ruling of the current timeline, with the die it drew."""
    out = []
    for i, event in enumerate(session.log):
        if event.kind is not EventKind.ADJUDICATION:
            continue
        applied = session.applied(i)
        for c in applied.changes:
            if c.meter == "ruling" and c.detail:
                out.append(ruling_of(i, applied.turn, c))
    return out


def ruling_of(index: int, turn: int, c: Change) -> Ruling:
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


def _roll(r: Ruling, other: Ruling) -> str:
    short = f"{r.roll:.4f}"
    return repr(r.roll) if short == f"{other.roll:.4f}" and r.roll != other.roll else short


def _ruling_words(r: Ruling, other: Ruling) -> str:
    """``r`` in words, naming beside its outcome and roll whatever else differs from
    ``other``."""
    extra = []
    if r.event != other.event:
        extra.append(f"at event {r.event}")
    if r.turn != other.turn:
        extra.append(f"in turn {r.turn}")
    if (r.actor, r.action) != (other.actor, other.action):
        extra.append(f"on {r.actor} {r.action}")
    if r.decision != other.decision:
        extra.append(f"decided by {r.decision}")
    if r.engine != other.engine:
        extra.append(f"the engine's {r.engine}")
    words = f"{r.outcome} (roll {_roll(r, other)})"
    return f"{' '.join(extra)}: {words}" if extra else words


def check_ruling(recorded: Ruling, replayed: Ruling, path: str = "$.rulings") -> None:
    """Raise :class:`RulingMismatchError` if a replayed ruling differs from the record,
    setting outcome and roll as recorded beside outcome and roll as replayed."""
    if replayed != recorded:
        raise RulingMismatchError(
            replayed.turn,
            _ruling_words(recorded, replayed),
            _ruling_words(replayed, recorded),
            path,
        )


# -- tamper evidence -------------------------------------------------------------------

_EVENTS: TypeAdapter[list[Event]] = TypeAdapter(list[Event])


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha(kind: str, *parts: str) -> str:
    return hashlib.sha256("\x1f".join((kind, *parts)).encode()).hexdigest()


def chain_link(prev: str, events: Sequence[Event], digest: str, made: Sequence[Ruling]) -> str:
    """Link of the chain for one turn: SHA-256 over the previous link (empty for the
    first turn), the canonical JSON of the turn's events, its state digest (empty if the
    turn did not resolve in the log) and the canonical JSON of its rulings."""
    return _sha(
        "wargame/turn",
        prev,
        _canonical(_EVENTS.dump_python(list(events), mode="json")),
        digest,
        _canonical([r.model_dump(mode="json") for r in made]),
    )


class Chain:
    """The chain over the turns, built one event at a time."""

    def __init__(self) -> None:
        self.links: list[str] = []
        self.turn: int | None = None
        self.start = 0
        self.events: list[Event] = []
        self.digest = ""
        self.rulings: list[Ruling] = []

    def add(self, index: int, turn: int, event: Event, made: Sequence[Ruling]) -> None:
        """Add event ``index`` (applied in ``turn``) and the rulings it made to the turn."""
        if self.turn is None:
            self.turn, self.start = turn, index
        self.events.append(event)
        self.rulings.extend(made)

    def close(self) -> str:
        """End the turn being built: its link, appended to the chain."""
        prev = self.links[-1] if self.links else ""
        link = chain_link(prev, self.events, self.digest, self.rulings)
        self.links.append(link)
        self.turn, self.events, self.digest, self.rulings = None, [], "", []
        return link


def seal(session: Session) -> tuple[list[str], Counts]:
    """The chain and counts of the current timeline (every event, redo tail included)."""
    digests = dict(session.digests())
    made = rulings(session)
    by_event: dict[int, list[Ruling]] = {}
    for r in made:
        by_event.setdefault(r.event, []).append(r)
    chain = Chain()
    for i, event in enumerate(session.log):
        turn = session.turn_at(i)
        if chain.turn is not None and turn != chain.turn:
            chain.close()
        chain.add(i, turn, event, by_event.get(i, []))
        chain.digest = digests.get(turn, "")
    if chain.turn is not None:
        chain.close()
    counts = Counts(turns=len(digests), events=len(session.log), rulings=len(made))
    return chain.links, counts


def _place(
    name: str, parent: str | None, fork: int, cursor: int, counts: Counts | None, chain: list[str]
) -> object:
    return [name, parent, fork, cursor, None if counts is None else counts.model_dump(), chain]


def evidence_of(save: SaveFile) -> Evidence:
    """The file-level digests of a save (its own ``evidence`` is not read)."""
    timelines = [
        _place(save.branch, save.parent, save.fork, save.cursor, save.counts, save.chain),
        *(_place(b.name, b.parent, b.fork, b.cursor, b.counts, b.chain) for b in save.branches),
    ]
    return Evidence(
        scenario=_sha(
            "wargame/scenario", _canonical(save.scenario.model_dump(mode="json")), str(save.seed)
        ),
        timelines=_sha("wargame/timelines", _canonical(timelines)),
        annotations=_sha(
            "wargame/annotations", _canonical([a.model_dump(mode="json") for a in save.annotations])
        ),
    )
