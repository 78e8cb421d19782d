"""The session: scenario + event log + cursor, with undo, redo, seek and branches.

Every change goes through one named operation that returns a :class:`Changes`
record and tells the observers; the state at any point is a fold of the engine
over the log, cached at each resolved turn.
"""

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wargame.core.engine import Engine
from wargame.core.enums import Phase
from wargame.core.errors import BranchError, CursorError, DeclinedError, ReadOnlyError
from wargame.core.events import Change, Event, MoveWithdrawn, PhaseAdvanced
from wargame.core.scenario import Scenario
from wargame.core.sealing import Walk, walk
from wargame.core.state import State
from wargame.session.changes import EVERYTHING, Changes, changes_of

Observer = Callable[[Changes], None]


@dataclass
class Annotation:
    """A trainer's bookmark or note; lives beside the log and survives undo."""

    branch: str
    """Timeline it belongs to."""
    index: int
    """Number of events applied at the annotated point (0 = the start)."""
    text: str
    """The note (may be empty for a bare bookmark)."""
    bookmark: bool = False
    """Shown in the bookmark list."""


@dataclass
class Timeline:
    """One line of play: its events, where the cursor stands, and where it forked."""

    events: list[Event] = field(default_factory=list)
    """Events in the order they were applied."""
    cursor: int = 0
    """How many events are applied."""
    parent: str | None = None
    """Timeline it was forked from."""
    fork: int = 0
    """Number of leading events shared with the parent."""


@dataclass(frozen=True, slots=True)
class Resolved:
    """A cached state right after a turn resolved."""

    index: int
    """Events applied at that point."""
    turn: int
    """Turn that resolved."""
    state: State
    """Copy of the state."""
    digest: str
    """State digest."""


class Segment:
    """A stretch of the log after a kept state, re-run with recording on the first time
    one of its records is read (the fold that keeps the session's states records only
    what costs nothing to know). It holds its own inputs, so its answers stay those of
    the log as it was when asked, whatever happens to the session afterwards."""

    __slots__ = ("_base", "_engine", "_events", "_records", "start")

    def __init__(self, engine: Engine, base: State, events: Sequence[Event], start: int) -> None:
        self._engine = engine
        self._base: State | None = base
        self._events = tuple(events)
        self._records: list[list[Change]] | None = None
        self.start = start
        """Position in the log of the first event of the stretch."""

    def __len__(self) -> int:
        return len(self._events)

    def records(self, index: int) -> list[Change]:
        """The provenance of event ``index`` of the log (the same records the engine makes
        when it records every step)."""
        if self._records is None:
            assert self._base is not None
            state = self._base.copy()
            step = self._engine.step
            self._records = [step(state, event) for event in self._events]
            self._base = None
        return self._records[index - self.start]


class Applied:
    """What one event of the log did.

    Attributes:
        turn: the turn it was applied in.
        phase: the phase it was applied in.
    """

    __slots__ = ("_changes", "_index", "_segment", "phase", "turn")

    def __init__(
        self,
        turn: int,
        phase: Phase,
        changes: list[Change] | None,
        segment: Segment | None = None,
        index: int = 0,
    ) -> None:
        self.turn = turn
        self.phase = phase
        self._changes = changes
        self._segment = segment
        self._index = index

    @property
    def told(self) -> bool:
        """Whether the provenance is known without a re-run."""
        return self._changes is not None

    @property
    def changes(self) -> list[Change]:
        """Provenance of the meter changes (its stretch of the log is re-run with
        recording on the first time it is read, when the fold did not record it)."""
        if self._changes is None:
            assert self._segment is not None, "provenance asked of an internal record"
            self._changes = self._segment.records(self._index)
        return self._changes


RECENT_KEPT = 7
"""Operations whose starting state is kept beyond the resolved turns' (a turn's last few
phases: the narrative asks about the resolution after the next phase has begun)."""

SEGMENTS_KEPT = 256
"""Most stretches of the log whose re-run provenance a session keeps (each is a turn)."""


def _index_of(r: "Resolved") -> int:
    return r.index


class Session:
    """A playable session over one scenario.

    Attributes:
        engine: the rules engine.
        seed: the dice seed.
        annotations: bookmarks and notes, outside the undo stream.
    """

    def __init__(self, scenario: Scenario, seed: int = 0) -> None:
        self.engine = Engine(scenario)
        self.seed = seed
        self._initial = self.engine.initial_state(seed)
        self._branch = "main"
        self._timelines: dict[str, Timeline] = {"main": Timeline()}
        self.annotations: list[Annotation] = []
        self._walks: dict[str, Walk] = {}
        self._observers: list[Observer] = []
        self.read_only = False
        """When true (replay), events are refused; seeking, notes and branching still work."""
        self.confirm_drop: Callable[[list[str]], bool] = lambda _teams: True
        """Asked before an event or a branch leaves a team's sealed move behind in another
        timeline (the console asks the facilitator; headless callers go ahead)."""
        self._applied: list[Applied] = []
        self._resolved: list[Resolved] = []
        self._segments: dict[int, Segment] = {}
        self._recent: list[tuple[int, State]] = []
        """(position, state before it) of the last few operations: where provenance is
        re-run from when asked about the latest events (see :meth:`_segment`)."""
        self._state: State = self._initial.copy()
        self._reset_cache()

    @classmethod
    def from_events(cls, scenario: Scenario, seed: int, events: list[Event]) -> "Session":
        """A session with ``events`` applied (raises if one cannot be)."""
        session = cls(scenario, seed)
        session._timelines = {"main": Timeline(list(events), len(events))}
        session._reset_cache()
        return session

    @classmethod
    def restore(
        cls,
        scenario: Scenario,
        seed: int,
        timelines: dict[str, Timeline],
        branch: str,
        annotations: list[Annotation],
    ) -> "Session":
        """A session rebuilt from its parts (a save): every timeline, the current one
        and the trainers' annotations. The events are trusted: prove them first
        (:func:`wargame.session.persist.verify_save`)."""
        if branch not in timelines:
            raise BranchError(f"no branch {branch!r}")
        session = cls(scenario, seed)
        session._timelines = timelines
        session._branch = branch
        session.annotations = annotations
        session._reset_cache()
        return session

    # -- read access ---------------------------------------------------------------

    @property
    def scenario(self) -> Scenario:
        """The scenario being played."""
        return self.engine.scenario

    @property
    def state(self) -> State:
        """The state at the cursor (do not mutate)."""
        return self._state

    @property
    def log(self) -> Sequence[Event]:
        """Events of the current timeline, including any redo tail: a live read-only view,
        not a copy (views read it once per row, so a copy would make them quadratic)."""
        return self._tl.events

    @property
    def cursor(self) -> int:
        """Number of events applied."""
        return self._tl.cursor

    @property
    def branch(self) -> str:
        """Name of the current timeline."""
        return self._branch

    @property
    def branches(self) -> dict[str, Timeline]:
        """Every timeline by name (do not mutate)."""
        return self._timelines

    @property
    def _tl(self) -> Timeline:
        return self._timelines[self._branch]

    def applied(self, index: int) -> Applied:
        """Turn, phase and provenance of event ``index`` (computed on demand: the fold
        records only what costs nothing to know; the rest is re-run, a :class:`Segment` of
        the log at a time, when first read)."""
        self._compute_through(index + 1)
        found = self._applied[index]
        if found.told:
            return found
        return Applied(found.turn, found.phase, None, self._segment(index), index)

    def resolved(self) -> list[Resolved]:
        """Turns resolved up to the cursor, oldest first."""
        return self._resolved[: bisect_right(self._resolved, self._tl.cursor, key=_index_of)]

    def digests(self, through_end: bool = True) -> list[tuple[int, str]]:
        """(turn, digest) of every resolved turn of the current timeline."""
        end = len(self._tl.events) if through_end else self._tl.cursor
        self._compute_through(end)
        return [(r.turn, r.digest) for r in self._resolved if r.index <= end]

    def annotations_here(self) -> list[Annotation]:
        """The bookmarks and notes of the current timeline, including those its ancestors
        carry up to the points where this line forked from them."""
        bounds: dict[str, float] = {}
        name: str | None = self._branch
        bound = float("inf")
        while name is not None and name not in bounds:
            bounds[name] = bound
            tl = self._timelines.get(name)
            if tl is None:
                break
            bound = min(bound, tl.fork)
            name = tl.parent
        return [a for a in self.annotations if a.index <= bounds.get(a.branch, -1)]

    def turn_at(self, index: int) -> int:
        """The turn the session stands in after ``index`` events of the current timeline."""
        if index < len(self._tl.events):
            self._compute_through(index + 1)
            return self._applied[index].turn  # no provenance needed: none is re-run
        return self.state_at(index).turn

    def sealed(self, branch: str | None = None) -> frozenset[int]:
        """Positions of the moves still sealed in a timeline (default: the current one):
        a team's moves before their reveal, and the moves a team withdrew
        (:mod:`wargame.core.sealing`)."""
        return frozenset(self._walk(branch).sealed)

    def team_of_move(self, index: int, branch: str | None = None) -> str | None:
        """The team that made move ``index`` of a timeline (None: not a team's move)."""
        return self._walk(branch).team.get(index)

    def _walk(self, branch: str | None) -> Walk:
        """The sealing pass over a timeline, kept until its events change (``_commit``
        and ``branch_from_here`` forget it)."""
        name = branch or self._branch
        found = self._walks.get(name)
        if found is None:
            found = walk(self._initial.control, self._timelines[name].events)
            self._walks[name] = found
        return found

    def sealed_at_risk(self) -> list[str]:
        """Teams whose sealed moves the next event would put at risk: a move in the undone
        tail (it would go to another branch, and the team would move again), or a
        withdrawal in the tail of a move still pending (the move would be revealed)."""
        return list(dict.fromkeys(record.team for record in self._tail_records()))

    def _tail_records(self) -> list[MoveWithdrawn]:
        """What the log must record when the undone tail goes to another branch: each
        team withdrawal in it taken again (the team's choice stands), and each team move
        in it dropped (the team moves again)."""
        tl = self._tl
        if tl.cursor == len(tl.events):
            return []
        found = walk(self._initial.control, tl.events, [tl.cursor])
        pending = list(found.pending_at.get(tl.cursor, []))
        records: list[MoveWithdrawn] = []
        for move, taken_back in sorted(found.withdrawn.items(), key=lambda kv: kv[1]):
            if taken_back >= tl.cursor and move in pending and move in found.team:
                records.append(MoveWithdrawn(found.team[move], pending.index(move)))
                pending.remove(move)
        dropped: list[str] = []
        for move in sorted(found.sealed):
            team = found.team.get(move)
            if team and move >= tl.cursor and move not in found.withdrawn and team not in dropped:
                dropped.append(team)
        records += [MoveWithdrawn(team) for team in dropped]
        return records

    def can_undo(self) -> bool:
        """Whether there is an event to undo."""
        return self._tl.cursor > 0

    def can_redo(self) -> bool:
        """Whether there is an undone event to redo."""
        return self._tl.cursor < len(self._tl.events)

    # -- observers -----------------------------------------------------------------------

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer(changes)`` after every operation; returns an unsubscribe."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    def _notify(self, changes: Changes) -> Changes:
        if changes:
            for observer in list(self._observers):
                observer(changes)
        return changes

    # -- operations --------------------------------------------------------------------

    def dispatch(self, event: Event) -> Changes:
        """Apply one event at the cursor. An undone tail is kept as a branch.

        Raises a :class:`~wargame.core.errors.WargameError` and changes nothing
        when the event is not allowed. When the undone tail holds a team's sealed move
        or withdrawal, :attr:`confirm_drop` is asked first (declining raises
        :class:`~wargame.core.errors.DeclinedError`): the log records that the team's move
        was dropped (never what it was; the team moves again) or takes the withdrawn move
        back again.
        """
        return self.dispatch_all([event])

    def dispatch_all(self, events: Sequence[Event]) -> Changes:
        """Apply several events as one operation: all of them, or (when one is refused)
        none; the undone tail is handled as by :meth:`dispatch`."""
        if self.read_only:
            raise ReadOnlyError("this session is open for replay: start a branch to play on")
        return self._commit([*self._confirm_tail(), *events])

    def set_aside_tail(self, confirmed: bool = False) -> Changes:
        """Move the undone tail to another branch now (as the next event would), with the
        records :meth:`dispatch` makes; nothing else happens. ``confirmed``: the
        facilitator has already agreed (:attr:`confirm_drop` is not asked)."""
        if self.read_only:
            raise ReadOnlyError("this session is open for replay: start a branch to play on")
        if not self.can_redo():
            return Changes.NONE
        return self._commit(self._tail_records() if confirmed else self._confirm_tail())

    def _commit(self, events: Sequence[Event]) -> Changes:
        """Apply ``events`` at the cursor, all or none; an undone tail goes to a branch."""
        tl = self._tl
        new = self._state.copy()
        applied = []
        fold, quiet = self.engine.fold, self.engine.quiet_records
        for ev in events:
            turn, phase = new.turn, new.phase
            fold(new, ev)
            known = quiet(new, ev, phase)
            applied.append(Applied(turn, phase, known))
        flags = 0  # as a plain int: an enum flag's "|" costs a microsecond, every event
        for ev in events:
            flags |= changes_of(ev).value
        changes = Changes(flags)
        if tl.cursor < len(tl.events):
            self._stash_tail()
            changes |= Changes.BRANCHES
        index = tl.cursor
        self._walks.clear()
        tl.events.extend(events)
        if len(self._applied) > index:
            del self._applied[index:]
            self._segments.clear()
        while self._resolved and self._resolved[-1].index > index:
            self._resolved.pop()
        self._applied.extend(applied)
        recent = self._recent
        if recent and recent[-1][0] > index:  # the log was cut: forget states past the cut
            recent[:] = [r for r in recent if r[0] <= index]
        recent.append((index, self._state))
        if len(recent) > RECENT_KEPT:
            del recent[0]
        tl.cursor += len(applied)
        self._state = new
        if events:
            self._maybe_resolved(events[-1], new, tl.cursor)
        return self._notify(changes)

    def _confirm_tail(self) -> list[MoveWithdrawn]:
        """The records the undone tail needs, once the facilitator has agreed (raises
        :class:`DeclinedError` otherwise)."""
        records = self._tail_records()
        teams = list(dict.fromkeys(r.team for r in records))
        if teams and not self.confirm_drop(teams):
            raise DeclinedError("kept the undone moves: nothing was changed")
        return records

    def undo(self) -> Changes:
        """Step the cursor back one event."""
        if not self.can_undo():
            return Changes.NONE
        return self.seek(self._tl.cursor - 1)

    def redo(self) -> Changes:
        """Re-apply the next undone event."""
        if not self.can_redo():
            return Changes.NONE
        return self.seek(self._tl.cursor + 1)

    def seek(self, index: int) -> Changes:
        """Move the cursor to ``index`` events applied (0 = the start)."""
        tl = self._tl
        if not 0 <= index <= len(tl.events):
            raise CursorError(f"seek to {index} outside 0..{len(tl.events)}")
        if index == tl.cursor:
            return Changes.NONE
        self._state = self._state_at(index)
        tl.cursor = index
        return self._notify(EVERYTHING)

    def state_at(self, index: int) -> State:
        """A copy of the state after ``index`` events, without moving the cursor."""
        return self._state_at(index)

    def branch_from_here(self, name: str) -> Changes:
        """Start a new timeline from the cursor ("what if") and switch to it.

        A team's sealed move after the cursor stays in the old timeline; the new one
        records that it was dropped (after :attr:`confirm_drop` agrees)."""
        name = name.strip()
        if not name or name in self._timelines:
            raise BranchError(f"branch name {name!r} is empty or taken")
        records = self._confirm_tail()
        tl = self._tl
        self._timelines[name] = Timeline(tl.events[: tl.cursor], tl.cursor, self._branch, tl.cursor)
        self._branch = name
        self.read_only = False
        self._applied = self._applied[: tl.cursor]
        self._resolved = [r for r in self._resolved if r.index <= tl.cursor]
        self._segments, self._recent = {}, []
        self._walks.clear()
        if records:
            self._commit(records)
        return self._notify(EVERYTHING)

    def switch_branch(self, name: str) -> Changes:
        """Make another timeline current, at its own cursor."""
        if name not in self._timelines:
            raise BranchError(f"no branch {name!r}")
        if name == self._branch:
            return Changes.NONE
        self._branch = name
        self._reset_cache()
        return self._notify(EVERYTHING)

    def remove_annotation(self, annotation: Annotation) -> Changes:
        """Delete a bookmark or note."""
        self.annotations.remove(annotation)
        return self._notify(Changes.ANNOTATIONS)

    def annotate(self, text: str, index: int | None = None, bookmark: bool = False) -> Changes:
        """Attach a note or bookmark at ``index`` (default: the cursor)."""
        at = self._tl.cursor if index is None else index
        if not 0 <= at <= len(self._tl.events):
            raise CursorError(f"no point {at} in this timeline")
        self.annotations.append(Annotation(self._branch, at, text, bookmark))
        return self._notify(Changes.ANNOTATIONS)

    # -- internals ---------------------------------------------------------------------

    def _reset_cache(self) -> None:
        self._applied = []
        self._resolved = []
        self._segments, self._recent = {}, []
        self._state = self._state_at(self._tl.cursor)

    def _stash_tail(self) -> None:
        tl = self._tl
        n = 1
        while f"{self._branch}~{n}" in self._timelines:
            n += 1
        name = f"{self._branch}~{n}"
        self._timelines[name] = Timeline(list(tl.events), len(tl.events), self._branch, tl.cursor)
        for a in self.annotations:  # notes on the undone events go with them
            if a.branch == self._branch and a.index > tl.cursor:
                a.branch = name
        del tl.events[tl.cursor :]

    def _maybe_resolved(self, event: Event, state: State, index: int) -> None:
        if (
            isinstance(event, PhaseAdvanced)
            and state.phase is Phase.RESOLUTION
            and (not self._resolved or self._resolved[-1].index < index)
        ):
            self._resolved.append(Resolved(index, state.turn, state.copy(), state.digest()))

    def _compute_through(self, index: int) -> None:
        if index > len(self._applied):
            self._state_at(index)

    def _state_at(self, index: int) -> State:
        events = self._tl.events
        start, base = 0, self._initial
        reach = min(index, len(self._applied))
        at = bisect_right(self._resolved, reach, key=_index_of)
        if at:
            start, base = self._resolved[at - 1].index, self._resolved[at - 1].state
        for position, recent in self._recent:
            if start < position <= reach:
                start, base = position, recent
        state = base.copy()
        fold, quiet = self.engine.fold, self.engine.quiet_records
        for i in range(start, index):
            event = events[i]
            if i < len(self._applied):
                fold(state, event)
            else:
                turn, phase = state.turn, state.phase
                fold(state, event)
                known = quiet(state, event, phase)
                self._applied.append(Applied(turn, phase, known))
            self._maybe_resolved(event, state, i + 1)
        return state

    def _segment(self, index: int) -> Segment:
        """The stretch of the log holding event ``index``: from the nearest state kept
        before it (a resolved turn, or the state before the last operation) to the next
        resolved turn. Kept for the next question, a bounded number of them."""
        start, base = 0, self._initial
        end = len(self._applied)
        at = bisect_right(self._resolved, index, key=_index_of)
        if at:
            start, base = self._resolved[at - 1].index, self._resolved[at - 1].state
        if at < len(self._resolved):
            end = min(end, self._resolved[at].index)
        for position, state in self._recent:
            if start < position <= index:
                start, base = position, state
        found = self._segments.get(start)
        if found is None or found.start + len(found) < end:
            if len(self._segments) >= SEGMENTS_KEPT:
                self._segments.clear()
            found = Segment(self.engine, base, self._tl.events[start:end], start)
            self._segments[start] = found
        return found
