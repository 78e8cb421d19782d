"""What an operation touched, so that views redraw only what concerns them."""

from enum import Flag, auto
from typing import assert_never

from wargame.core.events import (
    ControlAssigned,
    Event,
    InjectFired,
    InjectHeld,
    InjectSkipped,
    MoveAdjudicated,
    MovesReordered,
    MoveSubmitted,
    MoveWithdrawn,
    NarrativeRecorded,
    NoteAdded,
    Override,
    PhaseAdvanced,
    TeamPinSet,
)


class Changes(Flag):
    """Flags of what an operation changed; each view tests only the flags it draws
    (``if changes & (Changes.METERS | Changes.RELATIONS): ...``)."""

    NONE = 0
    METERS = auto()
    """Escalation, deterrence, variables or global escalation."""
    RELATIONS = auto()
    """Diplomatic status, flags or the ledger."""
    LOG = auto()
    """An event was added to the log."""
    CURSOR = auto()
    """The cursor jumped (undo, redo, seek, another branch): the state may differ in
    anything."""
    TURN = auto()
    """The turn number."""
    PHASE = auto()
    """The phase of the turn."""
    ORDERS = auto()
    """Submitted moves, their order or their rulings."""
    INJECTS = auto()
    """The inject queue."""
    CONTROL = auto()
    """Who controls which actor, and team PINs."""
    BRANCHES = auto()
    """The set of branches or the current branch."""
    ANNOTATIONS = auto()
    """Bookmarks and notes."""


EVERYTHING = (
    Changes.METERS
    | Changes.RELATIONS
    | Changes.LOG
    | Changes.CURSOR
    | Changes.TURN
    | Changes.PHASE
    | Changes.ORDERS
    | Changes.INJECTS
    | Changes.CONTROL
    | Changes.BRANCHES
    | Changes.ANNOTATIONS
)
"""After a jump (undo, seek, open): redraw all."""


_ADVANCED = (
    Changes.METERS
    | Changes.RELATIONS
    | Changes.LOG
    | Changes.TURN
    | Changes.PHASE
    | Changes.ORDERS
    | Changes.INJECTS
)
_ORDERED = Changes.LOG | Changes.ORDERS
_FIRED = Changes.METERS | Changes.RELATIONS | Changes.LOG | Changes.INJECTS
_QUEUED = Changes.LOG | Changes.INJECTS
_OVERRIDDEN = Changes.METERS | Changes.LOG
_CONTROLLED = Changes.LOG | Changes.CONTROL
# (combined once: an enum flag's "|" costs a microsecond, and every event asks)


def changes_of(event: Event) -> Changes:
    """What applying ``event`` may change."""
    match event:
        case PhaseAdvanced():
            return _ADVANCED
        case MoveSubmitted() | MoveWithdrawn() | MoveAdjudicated() | MovesReordered():
            return _ORDERED
        case InjectFired():
            return _FIRED
        case InjectSkipped() | InjectHeld():
            return _QUEUED
        case Override():
            return _OVERRIDDEN
        case ControlAssigned() | TeamPinSet():
            return _CONTROLLED
        case NoteAdded() | NarrativeRecorded():
            return Changes.LOG
        case _:
            assert_never(event)
