"""Which moves of a log are sealed: the rule every view of a move obeys.

A move is sealed when a player team submitted it and its reveal has not happened: the
reveal is the first phase change after it (out of the Orders phase). A move its team
withdrew is never revealed. The rule reads the events alone (who controlled the actor
when it moved, and what followed), so it holds for the live log, an undone tail, a
branch and a replay alike, whatever the cursor.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from wargame.core.enums import Controller
from wargame.core.events import ControlAssigned, Event, MoveSubmitted, MoveWithdrawn, PhaseAdvanced


@dataclass
class Walk:
    """What one pass over a log found out about its moves."""

    sealed: set[int] = field(default_factory=set)
    """Positions of the team moves not revealed (or withdrawn)."""
    withdrawn: dict[int, int] = field(default_factory=dict)
    """Position of a withdrawn move -> position of the withdrawal."""
    team: dict[int, str] = field(default_factory=dict)
    """Position of a team move -> the team that made it."""
    pending_at: dict[int, list[int]] = field(default_factory=dict)
    """Log length -> positions of the moves pending then (asked for in ``points``)."""


def walk(
    control: Mapping[str, tuple[Controller, str | None]],
    events: Sequence[Event],
    points: Sequence[int] = (),
) -> Walk:
    """One pass over ``events`` given who controlled which actor at the start
    (``control``: actor -> (controller, team)); ``points`` are log lengths at which to
    note the pending moves."""
    owner = {a: (who if c is Controller.PLAYER else None) for a, (c, who) in control.items()}
    pending: list[int] = []  # this Orders phase's moves, as the state's pending list
    out = Walk()
    wanted = set(points)
    for i, event in enumerate(events):
        if i in wanted:
            out.pending_at[i] = list(pending)
        match event:
            case MoveSubmitted():
                team = owner.get(event.actor)
                if team is not None:
                    out.sealed.add(i)
                    out.team[i] = team
                pending.append(i)
            case MoveWithdrawn() if event.index is not None:
                if 0 <= event.index < len(pending):
                    out.withdrawn[pending.pop(event.index)] = i  # never revealed
            case PhaseAdvanced():
                out.sealed -= {p for p in pending if p not in out.withdrawn}  # the reveal
                pending = []
            case ControlAssigned():
                owner[event.actor] = event.team if event.controller is Controller.PLAYER else None
            case _:
                pass
    if len(events) in wanted:
        out.pending_at[len(events)] = list(pending)
    return out


def withdrawn_moves(events: Sequence[Event]) -> frozenset[int]:
    """Positions in ``events`` of the moves their team took back."""
    return frozenset(walk({}, events).withdrawn)
