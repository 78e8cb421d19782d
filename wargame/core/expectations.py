"""Historical checkpoints as data: what a scenario's meters must show on its real track.

A checkpoint names a metric (a pair's escalation, an actor's deterrence, global
escalation, an open grievance, a flag), the days it is checked on and a test. It is
declarative: evaluating it (``wargame.analysis.checkpoints``) plays the scenario's
history and compares numbers; nothing in it runs code.
"""

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from wargame.core.conditions import Id


class MetricKind(StrEnum):
    """What a checkpoint measures."""

    ESCALATION = "escalation"
    """A pair's escalation (needs ``pair``)."""
    DETERRENCE = "deterrence"
    """An actor's deterrence (needs ``actor``)."""
    GLOBAL = "global"
    """Global escalation."""
    OWED = "owed"
    """``victim``'s open grievance against ``offender``: the reply it is owed."""
    FLAG = "flag"
    """1 while ``flag`` is active, else 0."""


class Criterion(StrEnum):
    """How the measured values are judged (``v`` is the value on a checked day)."""

    RISES = "rises"
    """v − ref ≥ ``by`` (> 0 without ``by``); ref is the day before unless given."""
    FALLS = "falls"
    """ref − v ≥ ``by`` (> 0 without ``by``), or ≥ ``share`` of ref's excess over baseline."""
    PEAKS = "peaks"
    """The highest value of the whole track falls on one of the checked days."""
    ABOVE = "above"
    """v > ref."""
    BELOW = "below"
    """v < ref."""
    NOT_BELOW = "not_below"
    """v ≥ ref − ``by`` (``by`` defaults to 0)."""
    NOT_ABOVE = "not_above"
    """v ≤ ref + ``by`` (``by`` defaults to 0)."""
    ZERO = "zero"
    """v is nil: no grievance open, flag not set."""
    NONZERO = "nonzero"
    """v is not nil: a grievance is open, a flag is set."""
    RECOVERS = "recovers"
    """v has given back at least ``share`` of the peak's excess over the baseline."""
    RISES_LESS_THAN = "rises_less_than"
    """v − ref is smaller than the ``other`` metric's rise over the same days."""


class MetricRef(BaseModel):
    """A metric on its own (the ``other`` side of a comparison)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    metric: MetricKind
    """What is measured."""
    pair: tuple[Id, Id] | None = None
    """The pair, for ``escalation``."""
    actor: Id | None = None
    """The actor, for ``deterrence``."""
    victim: Id | None = None
    """Who is owed, for ``owed``."""
    offender: Id | None = None
    """Who owes, for ``owed``."""
    flag: str | None = Field(default=None, max_length=80)
    """The flag, for ``flag``."""

    def label(self, names: Mapping[str, str] | None = None) -> str:
        """A short name for the room, with actors' names when ``names`` maps ids to them:
        "Iran–Pakistan escalation", "Pakistan's deterrence", "what Pakistan is owed by Iran"."""
        n = names or {}

        def name(who: str | None) -> str:
            return n.get(who or "", who or "?")

        match self.metric:
            case MetricKind.ESCALATION:
                a, b = self.pair or ("?", "?")
                return f"{name(a)}–{name(b)} escalation"
            case MetricKind.DETERRENCE:
                return f"{name(self.actor)}'s deterrence"
            case MetricKind.GLOBAL:
                return "global escalation"
            case MetricKind.OWED:
                return f"what {name(self.victim)} is owed by {name(self.offender)}"
            case MetricKind.FLAG:
                return f"flag {self.flag}"


Reference = dt.date | Literal["start", "baseline"]
"""A reference value: the value on a date, at the start, or the metric's baseline."""


class Checkpoint(MetricRef):
    """One expectation of the historical track."""

    name: str = Field(min_length=1, max_length=200)
    """What history says, in a line."""
    test: Criterion
    """How the values are judged."""
    on: dt.date | Annotated[list[dt.date], Field(min_length=2, max_length=2)]
    """The day checked, or ``[first, last]``: every day in between must pass."""
    ref: Reference | None = None
    """The reference value (tests that compare); the day before the checked day if empty."""
    by: float | None = Field(default=None, ge=0.0, le=100.0)
    """Amount for ``rises``/``falls`` (at least), ``not_below``/``not_above`` (tolerance)."""
    share: float | None = Field(default=None, ge=0.0, le=1.0)
    """Share for ``falls`` and ``recovers``."""
    other: MetricRef | None = None
    """The metric compared with, for ``rises_less_than``."""

    def days(self) -> tuple[dt.date, dt.date]:
        """First and last checked day."""
        if isinstance(self.on, list):
            return self.on[0], self.on[1]
        return self.on, self.on
