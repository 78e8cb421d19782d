"""The game state: everything that changes, in plain containers for speed."""

import hashlib
from dataclasses import dataclass, field
from typing import NamedTuple

from wargame.core.enums import (
    Controller,
    Decision,
    DiploStatus,
    InjectStatus,
    Modifier,
    Outcome,
    Phase,
)
from wargame.core.world import dyad_key


class PendingMove(NamedTuple):
    """A move submitted this turn, with the facilitator's ruling once made.

    A named tuple: immutable (state copies share it) and, unlike a frozen dataclass,
    cheap to build, which the engine does twice a move on its hot path.
    """

    actor: str
    """Who moves."""
    action: str
    """Action id as submitted."""
    target: str | None
    """Target as submitted."""
    modifiers: tuple[Modifier, ...] = ()
    """Impulse modifiers."""
    note: str | None = None
    """Rationale."""
    decision: Decision | None = None
    """The ruling, once adjudicated."""
    outcome: Outcome | None = None
    """Outcome after adjudication (None for a rejected move)."""
    final_action: str | None = None
    """Action that resolves (differs after ``modify``)."""
    final_target: str | None = None
    """Target that resolves."""
    roll: float | None = None
    """Dice value in [0, 1) when rolled."""
    reason: str = ""
    """The facilitator's reason."""

    def ruled(
        self,
        decision: Decision,
        outcome: Outcome | None,
        final_action: str | None,
        final_target: str | None,
        roll: float | None = None,
        reason: str = "",
    ) -> "PendingMove":
        """A copy with the ruling fields set."""
        return PendingMove(
            self.actor,
            self.action,
            self.target,
            self.modifiers,
            self.note,
            decision,
            outcome,
            final_action,
            final_target,
            roll,
            reason,
        )


@dataclass(slots=True)
class State:
    """Mutable game state; the engine copies it wherever purity is needed.

    Attributes:
        turn: current turn (0 is the scenario's start date).
        phase: current phase of the turn.
        meters: actor id -> {variable or ``deterrence``: value}.
        escalation: dyad key -> E.
        status: dyad key -> diplomatic status (only non-normal entries).
        max_rung: (actor, victim) -> highest Kahn rung the actor has used on the victim.
        ledger: (victim, offender) -> open grievance.
        ledger_since: (victim, offender) -> turn the grievance opened.
        flags: active flag -> turn set.
        red_lines: (declarer, target) -> turn declared.
        ledger_via: (victim, sponsor, group) -> the part of the victim's grievance against a
            host or patron that was charged for that group's acts.
        violent: dyads with violent action this turn (no decay).
        harmed: grievances that grew this turn (they do not fade this turn).
        global_escalation: G.
        rng: dice state (SplitMix64 word).
        pending: this turn's submitted moves.
        injects: inject id -> its :class:`InjectStatus` (absent: not handled yet).
        control: actor id -> (controller, team name or bot doctrine).
        pins: team -> PIN hash, for teams that set one.
    """

    turn: int
    phase: Phase
    meters: dict[str, dict[str, float]]
    escalation: dict[str, float]
    status: dict[str, DiploStatus]
    max_rung: dict[tuple[str, str], int]
    ledger: dict[tuple[str, str], float]
    ledger_since: dict[tuple[str, str], int]
    flags: dict[str, int]
    red_lines: dict[tuple[str, str], int]
    global_escalation: float
    rng: int
    violent: set[str] = field(default_factory=set)
    ledger_via: dict[tuple[str, str, str], float] = field(default_factory=dict)
    harmed: set[tuple[str, str]] = field(default_factory=set)
    pending: list[PendingMove] = field(default_factory=list)
    injects: dict[str, InjectStatus] = field(default_factory=dict)
    control: dict[str, tuple[Controller, str | None]] = field(default_factory=dict)
    pins: dict[str, str] = field(default_factory=dict)

    def copy(self) -> "State":
        """An independent copy (values are immutable, containers are new)."""
        return State(
            self.turn,
            self.phase,
            {a: m.copy() for a, m in self.meters.items()},
            self.escalation.copy(),
            self.status.copy(),
            self.max_rung.copy(),
            self.ledger.copy(),
            self.ledger_since.copy(),
            self.flags.copy(),
            self.red_lines.copy(),
            self.global_escalation,
            self.rng,
            self.violent.copy(),
            self.ledger_via.copy(),
            self.harmed.copy(),
            self.pending.copy(),
            self.injects.copy(),
            self.control.copy(),
            self.pins.copy(),
        )

    def dyad_status(self, a: str, b: str) -> DiploStatus:
        """Diplomatic status of the pair."""
        return self.status.get(dyad_key(a, b), DiploStatus.NORMAL)

    def digest(self) -> str:
        """SHA-256 over a canonical rendering of the state (pending moves excluded)."""
        parts = (
            self.turn,
            self.phase.value,
            sorted((a, sorted(m.items())) for a, m in self.meters.items()),
            sorted(self.escalation.items()),
            sorted((k, v.value) for k, v in self.status.items()),
            sorted(self.max_rung.items()),
            sorted(self.ledger.items()),
            sorted(self.ledger_since.items()),
            sorted(self.ledger_via.items()),
            sorted(self.flags.items()),
            sorted(self.red_lines.items()),
            self.global_escalation,
            self.rng,
            sorted((k, v.value) for k, v in self.injects.items()),
            sorted((k, c.value, t) for k, (c, t) in self.control.items()),
            sorted(self.pins.items()),
        )
        return hashlib.sha256(repr(parts).encode()).hexdigest()
