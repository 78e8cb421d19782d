"""The action catalogue: what an actor may do, declared as data."""

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from wargame.core.conditions import Condition, Id
from wargame.core.enums import ActorKind, Category, DiploStatus, TargetRule

Meter = Annotated[float, Field(ge=0.0, le=100.0)]
"""A value on the 0-100 scale."""

VARIABLES: tuple[str, ...] = ("military", "economy", "stability", "standing", "pressure")
"""Actor variables every scenario carries, on 0-100."""

ACTOR_METERS: tuple[str, ...] = (*VARIABLES, "deterrence")
"""What an actor-scoped effect may change."""


CAMEO_PATTERN = r"^[0-9]{2,4}$"
"""A CAMEO event code: 2 to 4 digits."""


class Scope(StrEnum):
    """Whom an effect touches."""

    SELF = "self"
    TARGET = "target"
    HOST = "host"
    ALLIES_OF_TARGET = "allies_of_target"
    DYAD = "dyad"
    ACTOR = "actor"
    PAIR = "pair"


class Op(StrEnum):
    """How an effect changes a value."""

    ADD = "add"
    MUL = "mul"
    SET = "set"


class Effect(BaseModel):
    """One declarative change, scaled by the move's outcome (``set`` is not scaled)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scope: Scope
    """Whom it touches: ``self``/``target``/``host``/``allies_of_target`` (actors),
    ``dyad`` (actor-target pair), ``actor``/``pair`` (named explicitly)."""
    actor: Id | None = None
    """The actor, for scope ``actor``."""
    pair: tuple[Id, Id] | None = None
    """The two actors, for scope ``pair``."""
    var: str
    """An actor meter (``military`` ... ``deterrence``) or ``escalation`` for dyads."""
    op: Op = Op.ADD
    """add, mul or set."""
    value: float = Field(ge=-100.0, le=100.0)
    """Amount, factor or new value."""


class DyadPulse(StrEnum):
    """Which dyads an action's escalation impulse or calming pulse lands on."""

    ACTOR_TARGET = "actor_target"
    TARGET_DISPUTES = "target_disputes"
    NONE = "none"


class ActionDef(BaseModel):
    """One entry of the scenario's action catalogue."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    """Stable identifier used in moves files and saves."""
    label: str = Field(min_length=1, max_length=80)
    """Short name for the console."""
    description: str = Field(default="", max_length=2000)
    """What the action is, in a sentence or two."""
    category: Category
    """Escalation category (Rivera et al.)."""
    cameo: str = Field(pattern=CAMEO_PATTERN)
    """CAMEO event code."""
    goldstein: float = Field(ge=-10.0, le=10.0)
    """Goldstein weight of the CAMEO code."""
    rung: int = Field(ge=0, le=44)
    """Kahn escalation-ladder rung (0 for cooperative acts)."""
    actor_kinds: list[ActorKind] = Field(min_length=1)
    """Kinds of actor that may take it."""
    target: TargetRule = TargetRule.NONE
    """What it may target."""
    target_kinds: list[ActorKind] | None = None
    """Restricts the target's kind further, if given."""
    preconditions: list[Condition] = Field(default_factory=list)
    """All must hold for the move to be legal."""
    intensity: float = Field(default=1.0, gt=0.0, le=1.0)
    """Share of its category's full weight: below 1 for low-level acts (sporadic fire)."""
    success: float = Field(default=1.0, ge=0.0, le=1.0)
    """Chance of success when rolled."""
    effects: list[Effect] = Field(default_factory=list)
    """Declarative effects on meters and variables."""
    set_status: DiploStatus | None = None
    """New diplomatic status of the actor-target dyad, if any."""
    flags_set: list[str] = Field(default_factory=list)
    """Flag templates set on success or partial success."""
    flags_clear: list[str] = Field(default_factory=list)
    """Flag templates cleared on success or partial success."""
    red_line: bool = False
    """Declares a red line (a commitment to answer the target)."""
    waives: bool = False
    """The actor waives its grievance against the target (a public denial that it was
    struck): no reply is owed, no red line is broken, no credibility is lost."""
    territorial: bool = False
    """A hit on a hosted group also violates its host's territory."""
    pulse: DyadPulse = DyadPulse.ACTOR_TARGET
    """Where the escalation impulse or calming pulse lands."""
    public: bool = True
    """Whether other actors learn of it at the reveal."""
    note_kind: Literal["military", "diplomatic", "other"] = "diplomatic"
    """Grouping for menus."""
