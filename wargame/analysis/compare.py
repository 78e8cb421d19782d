"""Comparing a line of play with another branch or with the scenario's historical track."""

import contextlib
from dataclasses import dataclass

from wargame.core.errors import WargameError
from wargame.core.events import MoveSubmitted
from wargame.core.state import State
from wargame.i18n import _
from wargame.session.headless import play
from wargame.session.session import Session

HISTORY = "historical track"
"""Name of the comparison source that is the scenario's own history."""


@dataclass(frozen=True)
class Track:
    """Another line of play, resolved turn by turn."""

    name: str
    """Branch name or :data:`HISTORY`."""
    session: Session
    """A scratch session holding it."""

    def states(self) -> list[State]:
        """Resolved states, oldest first."""
        return [r.state for r in self.session.resolved()]


def track(session: Session, source: str) -> Track:
    """The track of ``source``: a branch of the session or the historical track."""
    if source == HISTORY:
        scratch = Session(session.scenario, 0)
        if session.scenario.history:
            with contextlib.suppress(WargameError):  # a broken track shows what it reached
                play(scratch, session.scenario.history)
        return Track(source, scratch)
    events = session.branches[source].events
    return Track(source, Session.from_events(session.scenario, session.seed, events))


def divergence(session: Session, other: Track) -> int | None:
    """First turn at which the two lines resolve to different states (None if they never do)."""
    mine = dict(session.digests())
    theirs = dict(other.session.digests())
    for turn in sorted(set(mine) & set(theirs)):
        if mine[turn] != theirs[turn]:
            return turn
    return None


def moves_by_turn(session: Session) -> dict[int, list[str]]:
    """Turn -> 'ACTOR action → TARGET' for every move submitted in that turn (a move still
    sealed says only that it is sealed)."""
    actions = session.engine.world.actions
    sealed = session.sealed()
    out: dict[int, list[str]] = {}
    for i, event in enumerate(session.log):
        if not isinstance(event, MoveSubmitted):
            continue
        if i in sealed:  # the team, not which of its actors
            team = session.team_of_move(i) or ""
            line = _("{0}: sealed move").format(team)
        else:
            target = f" → {event.target}" if event.target else ""
            label = actions[event.action].label if event.action in actions else event.action
            line = f"{event.actor}: {label}{target}"
        out.setdefault(session.applied(i).turn, []).append(line)
    return out


def decisions_after(
    session: Session, other: Track, start: int
) -> list[tuple[int, list[str], list[str]]]:
    """Side by side from turn ``start``: (turn, this line's moves, the other line's moves)."""
    mine = moves_by_turn(session)
    theirs = moves_by_turn(other.session)
    last = max([*mine, *theirs, start])
    return [(t, mine.get(t, []), theirs.get(t, [])) for t in range(start, last + 1)]
