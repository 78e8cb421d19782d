"""Declarative conditions: action preconditions and inject triggers.

A condition is data with a ``kind``; it never holds code. Subjects left empty
mean "the move's actor" / "the move's actor and target".
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from wargame.core.enums import DiploStatus

ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_]{0,31}$"
"""What an id is: a letter, then up to 31 letters, digits or underscores."""
Id = Annotated[str, Field(pattern=ID_PATTERN)]
"""An actor or action identifier."""


class _Cond(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DyadStatusCond(_Cond):
    """The diplomatic status of a dyad is one of ``statuses``."""

    kind: Literal["dyad_status"] = "dyad_status"
    dyad: tuple[Id, Id] | None = None
    """The pair; empty means the move's actor and target."""
    statuses: list[DiploStatus]
    """Statuses that satisfy the condition."""


class EscalationCond(_Cond):
    """The escalation meter of a dyad lies within ``[min, max]``."""

    kind: Literal["escalation"] = "escalation"
    dyad: tuple[Id, Id] | None = None
    """The pair; empty means the move's actor and target."""
    min: float | None = None
    """Inclusive lower bound."""
    max: float | None = None
    """Inclusive upper bound."""


class GlobalCond(_Cond):
    """Global escalation lies within ``[min, max]``."""

    kind: Literal["global"] = "global"
    min: float | None = None
    """Inclusive lower bound."""
    max: float | None = None
    """Inclusive upper bound."""


class VariableCond(_Cond):
    """An actor variable (or ``deterrence``) lies within ``[min, max]``."""

    kind: Literal["variable"] = "variable"
    actor: Id | None = None
    """The actor; empty means the move's actor."""
    var: str
    """Variable name, e.g. ``military`` or ``deterrence``."""
    min: float | None = None
    """Inclusive lower bound."""
    max: float | None = None
    """Inclusive upper bound."""


class FlagCond(_Cond):
    """A flag is (or is not) active. ``*`` at the end matches any suffix."""

    kind: Literal["flag"] = "flag"
    flag: str = Field(max_length=80)
    """Flag template; ``{actor}``, ``{target}`` and ``{dyad}`` are filled in."""
    present: bool = True
    """Whether the flag must be active (true) or absent (false)."""


class GrievanceCond(_Cond):
    """``victim`` has an open grievance against ``offender`` of at least ``min``."""

    kind: Literal["grievance"] = "grievance"
    victim: Id | None = None
    """The aggrieved actor; empty means the move's actor."""
    offender: Id | None = None
    """The offender; empty means the move's target."""
    min: float = 0.5
    """Smallest amount that counts as open."""
    present: bool = True
    """Whether such a grievance must exist (true) or not (false)."""


class NuclearCond(_Cond):
    """The move's actor is (or is not) a nuclear power."""

    kind: Literal["nuclear"] = "nuclear"
    value: bool = True
    """Required nuclear flag of the actor."""


class TurnCond(_Cond):
    """The turn number lies within ``[min, max]``."""

    kind: Literal["turn"] = "turn"
    min: int | None = None
    """Inclusive lower bound."""
    max: int | None = None
    """Inclusive upper bound."""


Condition = Annotated[
    DyadStatusCond
    | EscalationCond
    | GlobalCond
    | VariableCond
    | FlagCond
    | GrievanceCond
    | NuclearCond
    | TurnCond,
    Field(discriminator="kind"),
]
"""Any declarative condition."""
