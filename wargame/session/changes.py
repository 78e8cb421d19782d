"""What an operation touched, so that views redraw only what changed."""

from dataclasses import dataclass

from wargame.core.events import (
    Event,
    InjectFired,
    InjectHeld,
    InjectSkipped,
    MoveAdjudicated,
    MoveSubmitted,
    NoteAdded,
    Override,
    PhaseAdvanced,
)


@dataclass(frozen=True, slots=True)
class Changes:
    """Flags of what an operation changed; views look only at the flags they draw."""

    meters: bool = False
    """Escalation, deterrence, variables or global escalation."""
    relations: bool = False
    """Diplomatic status, flags or the ledger."""
    log: bool = False
    """The event log or the cursor."""
    turn: bool = False
    """The turn number."""
    phase: bool = False
    """The phase of the turn."""
    orders: bool = False
    """Submitted moves or their rulings."""
    injects: bool = False
    """The inject queue."""
    branches: bool = False
    """The set of branches or the current branch."""
    annotations: bool = False
    """Bookmarks and notes."""

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(*(a or b for a, b in zip(self._tuple(), other._tuple(), strict=True)))

    def _tuple(self) -> tuple[bool, ...]:
        return (
            self.meters,
            self.relations,
            self.log,
            self.turn,
            self.phase,
            self.orders,
            self.injects,
            self.branches,
            self.annotations,
        )

    @property
    def any(self) -> bool:
        """Whether anything changed at all."""
        return any(self._tuple())


EVERYTHING = Changes(True, True, True, True, True, True, True, True, True)
"""After a jump (undo, seek, open): redraw all."""


def changes_of(event: Event) -> Changes:
    """What applying ``event`` may change."""
    if isinstance(event, PhaseAdvanced):
        return Changes(
            meters=True, relations=True, log=True, turn=True, phase=True, orders=True, injects=True
        )
    if isinstance(event, MoveSubmitted | MoveAdjudicated):
        return Changes(log=True, orders=True)
    if isinstance(event, InjectFired):
        return Changes(meters=True, relations=True, log=True, injects=True)
    if isinstance(event, InjectSkipped | InjectHeld):
        return Changes(log=True, injects=True)
    if isinstance(event, Override):
        return Changes(meters=True, log=True)
    if isinstance(event, NoteAdded):
        return Changes(log=True)
    return Changes(log=True)  # pragma: no cover
