"""Events: everything that happens in a session, as typed data.

Events are frozen dataclasses validated by pydantic through one discriminated
union on ``kind`` (an :class:`~wargame.core.enums.EventKind`); the reducer in
:mod:`wargame.core.engine` is the only code
that turns them into state.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Literal, NamedTuple

from pydantic import ConfigDict, Field

from wargame.core.conditions import Id
from wargame.core.enums import Controller, Decision, EventKind, Modifier, Outcome

_FORBID = ConfigDict(extra="forbid")
PIN_HASH_PATTERN = (
    r"^(|[0-9a-f]{64}|scrypt\$\d{1,7}\$\d{1,2}\$\d{1,2}\$[0-9a-f]{32}\$[0-9a-f]{64})$"
)
"""A stored PIN: empty (none), a legacy PBKDF2 digest, or scrypt with its parameters and salt."""
WHITE_CELL = "White cell"
"""The name under which the White cell's own PIN is kept; no player team may take it."""
Reason = Annotated[str, Field(min_length=1, max_length=2000)]
"""A facilitator's reason: required, never empty."""
Text = Annotated[str, Field(max_length=4000)]
"""Free text."""


@dataclass(frozen=True, slots=True)
class InjectFired:
    """An inject fires: its text reaches the room and its effects apply."""

    __pydantic_config__ = _FORBID
    inject: Id
    """Inject id."""
    kind: Literal[EventKind.INJECT_FIRED] = EventKind.INJECT_FIRED


@dataclass(frozen=True, slots=True)
class InjectSkipped:
    """The facilitator drops an inject from the queue."""

    __pydantic_config__ = _FORBID
    inject: Id
    """Inject id."""
    reason: Reason
    """Why it was skipped."""
    kind: Literal[EventKind.INJECT_SKIPPED] = EventKind.INJECT_SKIPPED


@dataclass(frozen=True, slots=True)
class InjectHeld:
    """The facilitator holds a due inject back for now; it stays in the queue."""

    __pydantic_config__ = _FORBID
    inject: Id
    """Inject id."""
    reason: Reason
    """Why it was held."""
    kind: Literal[EventKind.INJECT_HELD] = EventKind.INJECT_HELD


@dataclass(frozen=True, slots=True)
class MoveSubmitted:
    """A (sealed) move for one actor in the Orders phase."""

    __pydantic_config__ = _FORBID
    actor: Id
    """Who moves."""
    action: Id
    """Catalogue action id."""
    target: Id | None = None
    """Target actor, if any."""
    note: Text | None = None
    """Rationale."""
    modifiers: tuple[Modifier, ...] = ()
    """Circumstances that scale the impulse."""
    kind: Literal[EventKind.MOVE] = EventKind.MOVE


@dataclass(frozen=True, slots=True)
class MoveWithdrawn:
    """A team takes back one of its sealed moves before the reveal (to replace it or to
    let it go), or a note that a sealed move was dropped by the White cell's undo.

    The withdrawn move stays in the log but is never revealed: the log says that a move was
    withdrawn and by whom, never what it was."""

    __pydantic_config__ = _FORBID
    team: Annotated[str, Field(min_length=1, max_length=60)]
    """The team whose move it was."""
    index: Annotated[int, Field(ge=0)] | None = None
    """Position of the move among this turn's submissions; None records a move dropped
    from the timeline by an undo (nothing left to take back)."""
    kind: Literal[EventKind.WITHDRAWN] = EventKind.WITHDRAWN


@dataclass(frozen=True, slots=True)
class MoveAdjudicated:
    """The facilitator's ruling on submitted move number ``index`` of this turn."""

    __pydantic_config__ = _FORBID
    index: Annotated[int, Field(ge=0)]
    """Position of the move among this turn's submissions."""
    decision: Decision
    """accept, roll, set, modify or reject."""
    outcome: Outcome | None = None
    """Outcome for ``set`` and ``modify``; empty means success."""
    action: Id | None = None
    """Replacement action, for ``modify``."""
    target: Id | None = None
    """Replacement target, for ``modify``."""
    reason: Text = ""
    """Why; required for modify and reject."""
    kind: Literal[EventKind.ADJUDICATION] = EventKind.ADJUDICATION


@dataclass(frozen=True, slots=True)
class PhaseAdvanced:
    """Move to the next phase (entering Resolution resolves the turn)."""

    __pydantic_config__ = _FORBID
    kind: Literal[EventKind.ADVANCE] = EventKind.ADVANCE


@dataclass(frozen=True, slots=True)
class Override:
    """A facilitator sets a meter or variable by hand."""

    __pydantic_config__ = _FORBID
    meter: Annotated[str, Field(min_length=1, max_length=40)]
    """``escalation`` (with ``dyad``), ``deterrence`` or a variable (with ``actor``)."""
    value: Annotated[float, Field(ge=0.0, le=100.0)]
    """New value."""
    reason: Reason
    """Why: mandatory, read out in the after-action review."""
    actor: Id | None = None
    """The actor, for actor meters."""
    dyad: tuple[Id, Id] | None = None
    """The pair, for escalation."""
    kind: Literal[EventKind.OVERRIDE] = EventKind.OVERRIDE


@dataclass(frozen=True, slots=True)
class NoteAdded:
    """A facilitator's note in the log."""

    __pydantic_config__ = _FORBID
    text: Annotated[str, Field(min_length=1, max_length=4000)]
    """The note."""
    kind: Literal[EventKind.NOTE] = EventKind.NOTE


@dataclass(frozen=True, slots=True)
class MovesReordered:
    """The facilitator changes the order in which this turn's moves resolve."""

    __pydantic_config__ = _FORBID
    order: tuple[Annotated[int, Field(ge=0)], ...]
    """New order: a permutation of the current move positions."""
    kind: Literal[EventKind.REORDER] = EventKind.REORDER


@dataclass(frozen=True, slots=True)
class ControlAssigned:
    """An actor is given to a player team, the facilitator or a bot."""

    __pydantic_config__ = _FORBID
    actor: Id
    """The actor."""
    controller: Controller
    """player, facilitator or bot."""
    team: Annotated[str, Field(max_length=60)] | None = None
    """Team name (players) or doctrine (bots: hawk, dove, tit_for_tat)."""
    kind: Literal[EventKind.CONTROL] = EventKind.CONTROL


@dataclass(frozen=True, slots=True)
class TeamPinSet:
    """A team's PIN (stored as a salted hash) or its removal."""

    __pydantic_config__ = _FORBID
    team: Annotated[str, Field(min_length=1, max_length=60)]
    """Team name."""
    pin_hash: Annotated[str, Field(pattern=PIN_HASH_PATTERN)] = ""
    """The PIN's salted hash (``scrypt$n$r$p$salt$hash``; a bare 64-hex PBKDF2 hash in
    saves of version 0.1); empty removes the PIN."""
    kind: Literal[EventKind.TEAM_PIN] = EventKind.TEAM_PIN


@dataclass(frozen=True, slots=True)
class NarrativeRecorded:
    """The generated summary of a resolved turn, kept in the log."""

    __pydantic_config__ = _FORBID
    text: Annotated[str, Field(min_length=1, max_length=20000)]
    """The narrative."""
    kind: Literal[EventKind.NARRATIVE] = EventKind.NARRATIVE


Event = Annotated[
    InjectFired
    | InjectSkipped
    | InjectHeld
    | MoveSubmitted
    | MoveWithdrawn
    | MoveAdjudicated
    | PhaseAdvanced
    | Override
    | NoteAdded
    | MovesReordered
    | ControlAssigned
    | TeamPinSet
    | NarrativeRecorded,
    Field(discriminator="kind"),
]
"""Any event of the log."""


class Change(NamedTuple):
    """Provenance of one meter change: what moved, by which rule, how much, why.

    A named tuple rather than a dataclass: the engine makes about a hundred of
    these a turn, and a tuple is the cheapest record Python builds.
    """

    meter: str
    """What moved: ``escalation``, ``deterrence``, ``ledger``, ``global``, a variable,
    ``status`` or ``flag``."""
    subject: str
    """Dyad key (``IRN-PAK``), actor id, ``VICTIM<OFFENDER`` for the ledger, or ``*``."""
    rule: str
    """The rule that made the change (``impulse``, ``decay``, ``reply``, ...)."""
    amount: float
    """Signed size of the change (0 for status and flag changes)."""
    cause: str = ""
    """Human-readable cause, e.g. ``IRN strike_militant_camps -> JAA``."""
    detail: Mapping[str, float | str] | None = None
    """Inputs of the rule, for the "why did this move?" popup."""


Records = list[Change] | None
"""Where the rules write provenance: a list to record into, or None on the hot path
(replays, forecasts), which records nothing and builds no cause texts."""
