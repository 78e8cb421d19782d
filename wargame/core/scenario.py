"""The scenario file's model: actors, relations, catalogue, injects, parameters, history."""

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from wargame.core.actions import ActionDef, Effect, Meter
from wargame.core.conditions import Condition, Id
from wargame.core.enums import (
    ActorKind,
    Controller,
    DiploStatus,
    Doctrine,
    Modifier,
    NuclearStatus,
    Outcome,
    RelationType,
)
from wargame.core.expectations import Checkpoint
from wargame.core.params import Params

SCENARIO_SCHEMA_VERSION = 2
"""Version of the scenario file format written by this release."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Variables(_Model):
    """An actor's variables on 0-100."""

    military: Meter = 50.0
    """Military capacity."""
    economy: Meter = 50.0
    """Economic strength."""
    stability: Meter = 50.0
    """Domestic stability."""
    standing: Meter = 50.0
    """International standing."""
    pressure: Meter = 20.0
    """Domestic pressure to act."""


class Actor(_Model):
    """A state, non-state group or organization."""

    id: Id
    """Identifier, e.g. ``IRN``."""
    name: str = Field(min_length=1, max_length=80)
    """Display name."""
    kind: ActorKind
    """State, non-state group or organization."""
    nuclear_status: NuclearStatus = NuclearStatus.NONE
    """None, latent (a threshold or undeclared nuclear power) or declared."""
    great_power: bool = False
    """Counts with full weight in global escalation."""
    controller: Controller = Controller.FACILITATOR
    """Who decides its moves by default."""
    team: str | None = Field(default=None, max_length=60)
    """Player team name when controlled by a player."""
    doctrine: Doctrine = Doctrine.RECIPROCITY
    """How it plays when a bot moves it, and in the Outlook's rollouts."""
    variables: Variables = Variables()
    """Starting variables."""
    deterrence: Meter = 50.0
    """Starting deterrence D0 (credibility of its threats)."""
    profile: str = Field(default="", max_length=2000)
    """Short description for the briefing."""

    @property
    def nuclear(self) -> bool:
        """Holds or is on the threshold of nuclear weapons (latent or declared)."""
        return self.nuclear_status is not NuclearStatus.NONE


class Relation(_Model):
    """A standing relation between two actors and the dyad's baseline."""

    a: Id
    """First actor (the patron or the host, for those types)."""
    b: Id
    """Second actor (the client or the hosted group)."""
    type: RelationType
    """Ally, partner, patron-client, rival, host or neutral."""
    baseline: Meter = 0.0
    """Baseline escalation E0 of the dyad."""
    escalation: Meter | None = None
    """Starting escalation; the baseline if empty."""
    status: DiploStatus = DiploStatus.NORMAL
    """Starting diplomatic status."""
    strength: float = Field(default=1.0, gt=0.0, le=1.0)
    """How tight the link is (0-1]: for a host or patron, the share of its group's acts
    it answers for."""
    max_rung: int = Field(default=0, ge=0, le=44)
    """Highest Kahn rung either side used on the other before the start."""
    rung_a_to_b: int | None = Field(default=None, ge=0, le=44)
    """Highest rung ``a`` used on ``b`` before the start, when the two directions differ."""
    rung_b_to_a: int | None = Field(default=None, ge=0, le=44)
    """Highest rung ``b`` used on ``a`` before the start, when the two directions differ."""


class Grievance(_Model):
    """A grievance already open at the start."""

    victim: Id
    """Who suffered the harm."""
    offender: Id
    """Who caused it."""
    amount: float = Field(gt=0.0, le=500.0)
    """Unanswered harm, in impulse units."""
    since_turn: int = Field(default=0, le=0)
    """Turn it opened (negative: before the start)."""


class Move(_Model):
    """One actor's move in one turn (moves files and the historical track)."""

    actor: Id
    """Who moves."""
    action: Id
    """Catalogue action id."""
    target: Id | None = None
    """Target actor, if the action takes one."""
    outcome: Outcome | None = None
    """Fixed outcome; rolled with the seed when empty and success < 1."""
    note: str | None = Field(default=None, max_length=2000)
    """Rationale or historical note."""
    modifiers: list[Modifier] = Field(default_factory=list)
    """Circumstances that scale the impulse (civilian casualties, unattributed)."""


class TurnMoves(_Model):
    """The moves of one turn."""

    moves: list[Move] = Field(default_factory=list)
    """Moves in the order they resolve."""


class Inject(_Model):
    """News, intelligence or a third-party act that enters the exercise."""

    id: Id
    """Identifier."""
    title: str = Field(min_length=1, max_length=120)
    """Headline."""
    text: str = Field(default="", max_length=4000)
    """What the room is told."""
    turn: int | None = Field(default=None, ge=0)
    """Scheduled turn; empty for a triggered inject."""
    trigger: list[Condition] = Field(default_factory=list)
    """Conditions that fire it (all must hold), checked at the start of each turn."""
    effects: list[Effect] = Field(default_factory=list)
    """Effects applied when it fires (scopes ``actor`` and ``pair`` only)."""
    flags_set: list[str] = Field(default_factory=list)
    """Flags set when it fires."""
    mode: str = Field(default="", max_length=120)
    """How it reaches the players (an MSEL's inject mode: e-mail, phone call, news clip)."""
    sender: str = Field(default="", max_length=200)
    """Who it comes from (an MSEL's "from")."""
    recipient: str = Field(default="", max_length=200)
    """Who it is for (an MSEL's "to")."""
    expected_action: str = Field(default="", max_length=4000)
    """What the players are expected to do (an MSEL's expected player action)."""
    notes: str = Field(default="", max_length=4000)
    """The controllers' notes (an MSEL's notes column)."""

    @model_serializer(mode="wrap")
    def _without_empty_msel(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Leave the MSEL texts out while empty, so a scenario without them dumps (and
        digests, in a save's tamper evidence) exactly as before they existed."""
        out: dict[str, Any] = handler(self)
        for key in MSEL_FIELDS:
            if out.get(key) == "":
                del out[key]
        return out


MSEL_FIELDS = ("mode", "sender", "recipient", "expected_action", "notes")
"""The inject's texts that only an MSEL spreadsheet uses; left out of a dump while empty."""


class Scenario(_Model):
    """A whole crisis: everything needed to play it, nothing that runs code."""

    schema_version: int = SCENARIO_SCHEMA_VERSION
    """File format version."""
    id: Id
    """Identifier; moves files name it."""
    title: str = Field(min_length=1, max_length=200)
    """Title for menus and reports."""
    briefing: str = Field(default="", max_length=20000)
    """Opening briefing read to the room."""
    start_date: dt.date
    """Date of turn 0."""
    turn_days: int = Field(default=1, ge=1, le=365)
    """Days per turn."""
    turns: int = Field(default=30, ge=1, le=100000)
    """Planned length in turns."""
    actors: list[Actor] = Field(min_length=2)
    """Actors, in display order."""
    relations: list[Relation] = Field(default_factory=list)
    """Standing relations and dyad baselines."""
    grievances: list[Grievance] = Field(default_factory=list)
    """Grievances open at the start."""
    catalogue: Id | None = None
    """A shared catalogue whose actions this scenario offers (``standard``); the file's
    own ``actions`` add to it, or replace an action of the same id."""
    actions: list[ActionDef] = Field(default_factory=list)
    """The scenario's own actions (with the shared catalogue's, once loaded)."""
    injects: list[Inject] = Field(default_factory=list)
    """Scheduled and triggered injects."""
    params: Params = Params()
    """Model parameters."""
    history: list[TurnMoves] | None = None
    """The historical track: entry k holds the moves of turn k."""
    sources: list[str] = Field(default_factory=list)
    """Public sources for the facts and numbers."""
    expectations: list[Checkpoint] = Field(default_factory=list)
    """What history says the meters must show when the historical track is played."""

    def date_of(self, turn: int) -> dt.date:
        """Calendar date of ``turn``."""
        return self.start_date + dt.timedelta(days=turn * self.turn_days)


__all__ = [
    "Actor",
    "Condition",
    "Effect",
    "Grievance",
    "Inject",
    "Move",
    "Relation",
    "Scenario",
    "TurnMoves",
    "Variables",
]
