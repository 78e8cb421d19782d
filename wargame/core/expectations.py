"""Historical checkpoints as data: what a scenario's meters must show on its real track.

A checkpoint names a metric (a pair's escalation, an actor's deterrence, global
escalation, an open grievance, a flag), the days it is checked on and a test. It is
declarative: evaluating it (``wargame.analysis.checkpoints``) plays the scenario's
history and compares numbers; nothing in it runs code.
"""

import datetime as dt
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

    def label(self) -> str:
        """A short human name: ``E(IRN-PAK)``, ``D(PAK)``, ``G``, ``owed PAK<IRN``."""
        match self.metric:
            case MetricKind.ESCALATION:
                return f"E({'-'.join(self.pair or ('?', '?'))})"
            case MetricKind.DETERRENCE:
                return f"D({self.actor})"
            case MetricKind.GLOBAL:
                return "G"
            case MetricKind.OWED:
                return f"owed {self.victim}<{self.offender}"
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
