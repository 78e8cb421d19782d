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


class Modifier(StrEnum):
    """Circumstances of a move that scale its escalation impulse."""

    CIVILIAN_CASUALTIES = "civilian_casualties"
    UNATTRIBUTED = "unattributed"
