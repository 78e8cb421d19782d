"""Model parameters: every number of the rules, with its source or 'calibrated'."""

from pydantic import BaseModel, ConfigDict, Field

from wargame.core.enums import Category, Outcome


def _points() -> dict[Category, float]:
    # Rivera et al. 2024, escalation points by category.
    return {
        Category.DE_ESCALATION: -2.0,
        Category.STATUS_QUO: 0.0,
        Category.POSTURING: 4.0,
        Category.NON_VIOLENT: 12.0,
        Category.VIOLENT: 28.0,
        Category.NUCLEAR: 60.0,
    }


class Band(BaseModel):
    """A named display band of the 0-100 scale (after Kahn's bands)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=40)
    """Band name."""
    min: float = Field(ge=0.0, le=100.0)
    """Lowest value inside the band."""
    color: str = Field(default="#888888", pattern=r"^#[0-9a-fA-F]{6}$")
    """Display colour."""


def _bands() -> list[Band]:
    return [
        Band(name="stable", min=0.0, color="#2e7d32"),
        Band(name="diplomatic crisis", min=10.0, color="#7cb342"),
        Band(name="show of force", min=25.0, color="#fbc02d"),
        Band(name="limited strikes", min=40.0, color="#fb8c00"),
        Band(name="military confrontation", min=55.0, color="#f4511e"),
        Band(name="intense crisis", min=70.0, color="#d32f2f"),
        Band(name="war", min=85.0, color="#8e24aa"),
        Band(name="nuclear", min=97.0, color="#212121"),
    ]


class Params(BaseModel):
    """Parameters of the escalation and deterrence model (see docs/rules.md)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category_points: dict[Category, float] = Field(default_factory=_points)
    """Impulse magnitude per category (Rivera et al. 2024)."""
    civilian_casualties: float = Field(default=1.25, ge=0.0, le=10.0)
    """Impulse factor when civilians are killed (calibrated)."""
    first_of_kind: float = Field(default=1.5, ge=0.0, le=10.0)
    """Impulse factor when an act climbs to a rung the dyad has not seen (calibrated)."""
    unattributed: float = Field(default=0.3, ge=0.0, le=10.0)
    """Impulse factor for an unattributed act (calibrated)."""
    territorial_share: float = Field(default=0.5, ge=0.0, le=1.0)
    """Share of a strike on a hosted group that lands on the host dyad (calibrated)."""
    calm_factor: float = Field(default=1.0, ge=0.0, le=10.0)
    """lambda: weight of the calming pulse (Goldstein weight) of cooperative acts."""
    kappa: float = Field(default=0.15, ge=0.0, le=5.0)
    """Escalation pressure per unit of open grievance in the dyad, per turn."""
    half_life: float = Field(default=5.0, gt=0.0, le=1000.0)
    """Turns for escalation above baseline to halve (delta = 1 - 2^(-1/h))."""
    balanced_speedup: float = Field(default=1.5, ge=1.0, le=20.0)
    """Decay-rate factor while the dyad's ledger is balanced."""
    talks_speedup: float = Field(default=2.0, ge=1.0, le=20.0)
    """Decay-rate factor while talks or mediation are active."""
    floor_fraction: float = Field(default=0.5, ge=0.0, le=1.0)
    """E_min as a fraction of the baseline."""
    proportionality: float = Field(default=1.5, ge=1.0, le=10.0)
    """A reply up to this multiple of the grievance is proportionate."""
    grievance_epsilon: float = Field(default=0.5, ge=0.0, le=100.0)
    """A grievance at or below this is closed."""
    ledger_categories: list[Category] = Field(
        default_factory=lambda: [Category.VIOLENT, Category.NUCLEAR]
    )
    """Categories whose harm enters the grievance ledger."""
    alpha: float = Field(default=0.5, ge=0.0, le=10.0)
    """Deterrence gain per unit of proportionate reply (over sigma)."""
    beta: float = Field(default=0.4, ge=0.0, le=10.0)
    """Deterrence erosion per unit of grievance left unanswered beyond the window."""
    gamma: float = Field(default=0.3, ge=0.0, le=10.0)
    """Deterrence loss per unit of over-reaction."""
    sigma: float = Field(default=2.0, gt=0.0, le=100.0)
    """Scale of impulses in deterrence terms."""
    eta: float = Field(default=0.02, ge=0.0, le=1.0)
    """Mean reversion of deterrence toward D0 per turn."""
    window: int = Field(default=3, ge=0, le=100)
    """Turns a grievance may stay unanswered before deterrence erodes."""
    red_line_penalty: float = Field(default=8.0, ge=0.0, le=100.0)
    """Deterrence lost when a declared red line is not carried out."""
    military_reference: float = Field(default=50.0, gt=0.0, le=100.0)
    """Military capacity at which deterrence changes are unscaled."""
    tau: float = Field(default=0.2, ge=0.0, le=1.0)
    """Third-party hostility per unit of impulse against an aligned actor."""
    major_weight: float = Field(default=1.0, ge=0.0, le=1.0)
    """Weight in global escalation of a dyad with a nuclear or great power."""
    minor_weight: float = Field(default=0.5, ge=0.0, le=1.0)
    """Weight in global escalation of any other dyad."""
    non_state_weight: float = Field(default=0.25, ge=0.0, le=1.0)
    """Weight in global escalation of a dyad with a non-state group (calibrated)."""
    outcome_effect: dict[Outcome, float] = Field(
        default_factory=lambda: {Outcome.SUCCESS: 1.0, Outcome.PARTIAL: 0.5, Outcome.FAILURE: 0.0}
    )
    """Scale of declared effects per outcome."""
    outcome_impulse: dict[Outcome, float] = Field(
        default_factory=lambda: {
            Outcome.SUCCESS: 1.0,
            Outcome.PARTIAL: 0.6,
            Outcome.FAILURE: 0.25,
        }
    )
    """Scale of the escalation impulse per outcome (a failed strike still escalates)."""
    moves_per_actor: int = Field(default=4, ge=1, le=20)
    """Most moves one actor may submit in one turn."""
    bands: list[Band] = Field(default_factory=_bands, min_length=1)
    """Display bands, ascending by ``min``; the first must start at 0."""
