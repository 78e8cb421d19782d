"""Model parameters: every number of the rules, with its source or 'calibrated'."""

from pydantic import BaseModel, ConfigDict, Field

from wargame.core.enums import Attribution, Category, Outcome


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


COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"
"""A colour: # and six hexadecimal digits."""


class Band(BaseModel):
    """A named display band of the 0-100 scale (after Kahn's bands)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=40)
    """Band name."""
    min: float = Field(ge=0.0, le=100.0)
    """Lowest value inside the band."""
    color: str = Field(default="#888888", pattern=COLOUR_PATTERN)
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
    """Signal and harm factor when civilians are killed (calibrated)."""
    mass_casualties: float = Field(default=1.5, ge=0.0, le=10.0)
    """Signal and harm factor when ten or more are killed (calibrated)."""
    first_of_kind: float = Field(default=1.5, ge=0.0, le=10.0)
    """Signal and harm factor when an actor climbs to a rung it never used on that victim."""
    unattributed: float = Field(default=0.3, ge=0.0, le=10.0)
    """Signal and harm factor for an unattributed act (calibrated)."""
    abroad: float = Field(default=0.75, ge=0.0, le=10.0)
    """Harm factor when the victim is hit outside its own soil (calibrated)."""
    intercepted_signal: float = Field(default=0.8, ge=0.0, le=10.0)
    """Signal factor of a mostly intercepted attack: its intent still speaks (calibrated)."""
    intercepted_harm: float = Field(default=0.15, ge=0.0, le=10.0)
    """Harm factor of a mostly intercepted attack: the damage actually done (calibrated)."""
    territorial_share: float = Field(default=0.35, ge=0.0, le=1.0)
    """Share of a strike on a hosted group that lands on the host (calibrated)."""
    attribution_weight: dict[Attribution, float] = Field(
        default_factory=lambda: {
            Attribution.CLAIMED: 0.5,
            Attribution.ATTRIBUTED: 1.0,
            Attribution.DENIED: 0.25,
        }
    )
    """Share of a group's act charged to its host or patron (times the link's strength),
    by how firmly it is attributed (Byman 2005; calibrated)."""
    calm_factor: float = Field(default=1.0, ge=0.0, le=10.0)
    """lambda: weight of the calming pulse (Goldstein weight) of cooperative acts."""
    kappa: float = Field(default=0.15, ge=0.0, le=5.0)
    """Escalation pressure per unit of open grievance in the dyad, per day."""
    red_line_pressure: float = Field(default=1.5, ge=1.0, le=10.0)
    """Factor on the pressure of a grievance its victim has publicly vowed to answer (a
    declared red line): the commitment raises the stakes until it is honoured."""
    half_life_days: float = Field(default=5.0, gt=0.0, le=1000.0)
    """Days for escalation above baseline to halve."""
    balanced_speedup: float = Field(default=1.5, ge=1.0, le=20.0)
    """Decay-rate factor while the dyad's ledger is balanced."""
    talks_speedup: float = Field(default=2.0, ge=1.0, le=20.0)
    """Decay-rate factor while talks or mediation are active."""
    floor_fraction: float = Field(default=0.5, ge=0.0, le=1.0)
    """E_min as a fraction of the baseline."""
    proportionality: float = Field(default=1.5, ge=1.0, le=10.0)
    """A reply whose harm is up to this multiple of the grievance is proportionate."""
    grievance_epsilon: float = Field(default=0.5, ge=0.0, le=100.0)
    """A grievance at or below this is closed."""
    grievance_half_life_days: float = Field(default=30.0, gt=0.0, le=100000.0)
    """Days for an unanswered grievance to halve when nothing new happens."""
    non_military_settlement: float = Field(default=0.3, ge=0.0, le=1.0)
    """Share of a non-violent reply's signal (sanctions, boycott, walkout) that settles the
    victim's grievance; a military reply settles in full."""
    settling_rung: int = Field(default=4, ge=0, le=44)
    """Lowest Kahn rung of a non-violent act that settles anything: words (rungs 1-3,
    statements, threats, summons) settle nothing; retortions from rung 4 on do."""
    ledger_categories: list[Category] = Field(
        default_factory=lambda: [Category.VIOLENT, Category.NUCLEAR]
    )
    """Categories whose harm enters the grievance ledger."""
    alpha: float = Field(default=0.5, ge=0.0, le=10.0)
    """Deterrence gain per unit of proportionate reply (over sigma)."""
    gamma: float = Field(default=0.3, ge=0.0, le=10.0)
    """Deterrence loss per unit of over-reaction."""
    sigma: float = Field(default=2.0, gt=0.0, le=100.0)
    """Scale of impulses in deterrence terms."""
    eta: float = Field(default=0.02, ge=0.0, le=1.0)
    """Mean reversion of deterrence toward D0 per day."""
    window_days: float = Field(default=3.0, ge=0.0, le=1000.0)
    """Days a grievance may stay unanswered before the victim's deterrence erodes."""
    erosion_half_life_days: float = Field(default=30.0, gt=0.0, le=10000.0)
    """Days for erosion to close half the gap between deterrence and its floor: erosion
    slows as it goes (calibrated on replies 11-12 days after the harm)."""
    erosion_floor: float = Field(default=0.6, ge=0.0, le=1.0)
    """Waiting never takes deterrence below this fraction of D0."""
    erosion_reference: float = Field(default=20.0, gt=0.0, le=1000.0)
    """A grievance of this size or more erodes at the full rate; smaller ones slower."""
    red_line_days: float = Field(default=14.0, ge=0.0, le=1000.0)
    """Days a declared red line may wait for its reply before it counts as broken."""
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
