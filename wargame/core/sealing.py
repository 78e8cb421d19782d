"""Which moves of a log are sealed: the rule every view of a move obeys.

A move is sealed when a player team submitted it and its reveal has not happened: the
reveal is the first phase change after it (out of the Orders phase). A move its team
withdrew is never revealed. The rule reads the events alone (who controlled the actor
when it moved, and what followed), so it holds for the live log, an undone tail, a
branch and a replay alike, whatever the cursor.
"""

from collections.abc import Mapping, Sequence

from wargame.core.enums import Controller
from wargame.core.events import ControlAssigned, Event, MoveSubmitted, MoveWithdrawn, PhaseAdvanced


def sealed_moves(
    control: Mapping[str, tuple[Controller, str | None]], events: Sequence[Event]
) -> frozenset[int]:
    """Positions in ``events`` of the moves still sealed, given who controlled which actor
    at the start (``control``: actor -> (controller, team))."""
    owner = {a: (who if c is Controller.PLAYER else None) for a, (c, who) in control.items()}
    open_moves: list[tuple[int, str]] = []  # this Orders phase's team moves, in order
    sealed: set[int] = set()
    for i, event in enumerate(events):
        match event:
            case MoveSubmitted():
                team = owner.get(event.actor)
                if team is not None:
                    sealed.add(i)
                    open_moves.append((i, team))
                else:
                    open_moves.append((i, ""))
            case MoveWithdrawn() if event.index is not None:
                if 0 <= event.index < len(open_moves):
                    open_moves.pop(event.index)  # withdrawn: it stays sealed for good
            case PhaseAdvanced():
                for index, team in open_moves:
                    if team:
                        sealed.discard(index)  # the reveal
                open_moves = []
            case ControlAssigned():
                owner[event.actor] = event.team if event.controller is Controller.PLAYER else None
            case _:
                pass
    return frozenset(sealed)
