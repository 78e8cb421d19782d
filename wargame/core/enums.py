"""Closed sets of the domain, as enums."""

from enum import StrEnum


class ActorKind(StrEnum):
    """What sort of actor this is."""

    STATE = "state"
    NON_STATE = "non_state"
    ORGANIZATION = "organization"


class Controller(StrEnum):
    """Who decides an actor's moves."""

    PLAYER = "player"
    FACILITATOR = "facilitator"
    BOT = "bot"


class Category(StrEnum):
    """Escalation category of an action (Rivera et al. 2024)."""

    DE_ESCALATION = "de_escalation"
    STATUS_QUO = "status_quo"
    POSTURING = "posturing"
    NON_VIOLENT = "non_violent_escalation"
    VIOLENT = "violent_escalation"
    NUCLEAR = "nuclear"


class RelationType(StrEnum):
    """Standing relation of a pair of actors, from the scenario."""

    ALLY = "ally"
    PARTNER = "partner"
    PATRON_CLIENT = "patron_client"
    RIVAL = "rival"
    HOST = "host"
    NEUTRAL = "neutral"


ALIGNED = frozenset({RelationType.ALLY, RelationType.PARTNER, RelationType.PATRON_CLIENT})
SPONSORING = frozenset({RelationType.HOST, RelationType.PATRON_CLIENT})
"""Relations through which a group's acts are charged to the state behind it."""


class DiploStatus(StrEnum):
    """Diplomatic status of a dyad."""

    NORMAL = "normal"
    DOWNGRADED = "downgraded"
    SEVERED = "severed"


class Phase(StrEnum):
    """The five phases of a turn, in order."""

    INJECTS = "injects"
    ORDERS = "orders"
    ADJUDICATION = "adjudication"
    RESOLUTION = "resolution"
    REVIEW = "review"


PHASE_ORDER: tuple[Phase, ...] = tuple(Phase)


class Outcome(StrEnum):
    """How well a move came off; scales its effects."""

    SUCCESS = "success"
    PARTIAL = "partial"
    FAILURE = "failure"


class Decision(StrEnum):
    """What the facilitator did with a submitted move."""

    ACCEPT = "accept"
    ROLL = "roll"
    SET = "set"
    MODIFY = "modify"
    REJECT = "reject"


class TargetRule(StrEnum):
    """What an action may target."""

    NONE = "none"
    ACTOR = "actor"
    STATE = "state"
    NON_STATE = "non_state"
    HOSTED_GROUP = "hosted_group"
    OWN_GROUP = "own_group"
    """A non-state group the actor hosts or sponsors."""


class Modifier(StrEnum):
    """Circumstances of a move that scale its signal (escalation impulse) or its harm."""

    CIVILIAN_CASUALTIES = "civilian_casualties"
    """Civilians were killed: more harm and a louder signal."""
    MASS_CASUALTIES = "mass_casualties"
    """Ten or more killed: more harm and a louder signal."""
    UNATTRIBUTED = "unattributed"
    """Nobody can say who did it: a fainter signal and less harm charged to anyone."""
    ABROAD = "abroad"
    """The victim was hit outside its own soil (an embassy, forces abroad): less harm."""
    INTERCEPTED = "intercepted"
    """Mostly intercepted: the intent and signal stand, the harm done is small."""
    SPONSOR_BLAMED = "sponsor_blamed"
    """A group's act that the victim publicly lays at its host's or patron's door."""
    SPONSOR_DENIES = "sponsor_denies"
    """A group's act whose host or patron denies any part and is not named with confidence."""


class NuclearStatus(StrEnum):
    """An actor's nuclear status."""

    NONE = "none"
    """No nuclear weapons and no programme close to them."""
    LATENT = "latent"
    """Undeclared: a threshold state, or one that holds weapons and does not say so."""
    DECLARED = "declared"
    """An avowed nuclear-weapon state."""


class Attribution(StrEnum):
    """How firmly a group's act is laid at its host's or patron's door."""

    CLAIMED = "claimed"
    """The group claims it; no state is named."""
    ATTRIBUTED = "attributed"
    """The victim (or its allies) publicly blame the host or patron."""
    DENIED = "denied"
    """The act is denied and nobody names a sponsor with confidence."""


class Doctrine(StrEnum):
    """How a bot actor plays (see ``wargame.core.bots``)."""

    RECIPROCITY = "reciprocity"
    """Reply in proportion when owed, otherwise calm down, take up mediation when square."""
    HAWK = "hawk"
    """Reply above proportion, strike first where it is most at odds."""
    DOVE = "dove"
    """Never strike; calm the hottest pair."""
    TIT_FOR_TAT = "tit_for_tat"
    """Answer any open grievance in kind, else cooperate where a pair is heated."""


class EventKind(StrEnum):
    """The ``kind`` tag of each event in a log (its value is what files store)."""

    INJECT_FIRED = "inject_fired"
    INJECT_SKIPPED = "inject_skipped"
    INJECT_HELD = "inject_held"
    MOVE = "move"
    WITHDRAWN = "withdrawn"
    ADJUDICATION = "adjudication"
    ADVANCE = "advance"
    OVERRIDE = "override"
    NOTE = "note"
    REORDER = "reorder"
    CONTROL = "control"
    TEAM_PIN = "team_pin"
    NARRATIVE = "narrative"


class InjectStatus(StrEnum):
    """Where an inject stands in the queue (an inject not yet handled has no status)."""

    FIRED = "fired"
    """It fired: its text reached the room and its effects applied."""
    SKIPPED = "skipped"
    """The White cell dropped it for good."""
    HELD = "held"
    """The White cell held it back this turn; it is due again next turn."""
