"""The reducer: the only way state advances, one event at a time."""

from dataclasses import dataclass
from itertools import pairwise
from typing import assert_never

from wargame.core.adjudication import adjudicate, reorder, ruling_record
from wargame.core.enums import PHASE_ORDER, Controller, InjectStatus, Modifier, Outcome, Phase
from wargame.core.errors import IllegalMoveError, PhaseError, UnknownActorError
from wargame.core.escalation import clip, end_of_turn_escalation, update_global
from wargame.core.events import (
    WHITE_CELL,
    Change,
    ControlAssigned,
    Event,
    InjectFired,
    InjectHeld,
    InjectSkipped,
    MoveAdjudicated,
    MovesReordered,
    MoveSubmitted,
    MoveWithdrawn,
    NarrativeRecorded,
    NoteAdded,
    Override,
    PhaseAdvanced,
    Records,
    TeamPinSet,
)
from wargame.core.ledger import end_of_turn_deterrence, fade_grievances
from wargame.core.legal import check_move, holds, why_illegal
from wargame.core.resolve import apply_effect, resolve_move
from wargame.core.scenario import Inject, Scenario
from wargame.core.start import initial_state
from wargame.core.state import PendingMove, State
from wargame.core.world import World, dyad_key


@dataclass(frozen=True, slots=True)
class Transition:
    """Result of applying one event: the new state and the provenance of every change."""

    state: State
    """State after the event."""
    changes: list[Change]
    """What moved, by which rule, how much."""


_ORDERS = Phase.ORDERS
_NEXT = dict(pairwise(PHASE_ORDER))
"""The phase after each phase but the last (review goes on to the next turn)."""


class Engine:
    """The rules engine over one scenario.

    ``step`` mutates a state in place and returns the provenance of every change;
    ``fold`` is the same rules recording nothing (the hot path of replays and
    forecasts: a fold needs the state, not the story); ``apply`` is the pure form
    that leaves its input untouched. The two give the same state, bit for bit.
    """

    def __init__(self, scenario: Scenario) -> None:
        self.world = World(scenario)
        self.scenario = scenario

    def initial_state(self, seed: int) -> State:
        """The state at turn 0 with dice seeded by ``seed``."""
        return initial_state(self.world, seed)

    def apply(self, state: State, event: Event) -> Transition:
        """Pure: a new state after ``event``; ``state`` is not modified."""
        new = state.copy()
        changes = self.step(new, event)
        return Transition(new, changes)

    def step(self, state: State, event: Event) -> list[Change]:
        """Apply ``event`` to ``state`` in place; return the provenance records.

        Raises a :class:`~wargame.core.errors.WargameError` subclass, leaving
        ``state`` untouched, when the event is not allowed.
        """
        out: list[Change] = []
        self._step(state, event, out)
        return out

    def fold(self, state: State, event: Event) -> None:
        """Apply ``event`` to ``state`` in place as :meth:`step` does, recording nothing."""
        self._step(state, event, None)

    def quiet_records(self, state: State, event: Event, phase: Phase) -> list[Change] | None:
        """The records :meth:`step` would have made for ``event``, when they can be told
        without re-running it: none for an event that moves no meter, the ruling for a
        ruling (from ``state``, as the event left it). None when only a recorded
        re-run can tell (an inject, an override, the resolution); ``phase`` is the phase
        the event was applied in."""
        match event:
            case PhaseAdvanced():
                return None if phase is Phase.ADJUDICATION else []
            case MoveAdjudicated():
                return [ruling_record(self.world, state.pending[event.index])]
            case InjectFired() | Override():
                return None
            case _:
                return []

    def _step(self, state: State, event: Event, out: Records) -> None:
        match event:
            case PhaseAdvanced():
                self._advance(state, out)
            case MoveSubmitted():
                self._submit(state, event)
            case MoveAdjudicated():
                adjudicate(self.world, state, event, out)
            case MovesReordered():
                reorder(state, event)
            case MoveWithdrawn():
                self._withdraw(state, event)
            case ControlAssigned():
                self._assign(state, event)
            case TeamPinSet():
                self._while_sealed(state, event.team, "its PIN cannot change")
                if event.pin_hash:
                    state.pins[event.team] = event.pin_hash
                else:
                    state.pins.pop(event.team, None)
            case NarrativeRecorded():
                if state.phase is not Phase.REVIEW:
                    raise PhaseError("a turn narrative is recorded in the review phase")
            case InjectFired():
                self._fire(state, event.inject, out)
            case InjectSkipped():
                self._due_or_raise(state, event.inject)
                state.injects[event.inject] = InjectStatus.SKIPPED
            case InjectHeld():
                self._due_or_raise(state, event.inject)
                state.injects[event.inject] = InjectStatus.HELD
            case Override():
                self._override(state, event, out)
            case NoteAdded():
                pass
            case _:
                assert_never(event)

    # -- orders and adjudication -------------------------------------------------

    def _submit(self, state: State, ev: MoveSubmitted) -> None:
        if state.phase is not _ORDERS:
            raise PhaseError(f"moves are submitted in the orders phase, not {state.phase.value}")
        limit = self.world.params.moves_per_actor
        actor = ev.actor
        made = 0
        for m in state.pending:
            if m.actor == actor:
                made += 1
        if made >= limit:
            raise IllegalMoveError(f"{actor} has already submitted {limit} moves this turn")
        check_move(self.world, state, actor, ev.action, ev.target)
        state.pending.append(PendingMove(actor, ev.action, ev.target, tuple(ev.modifiers), ev.note))

    def _withdraw(self, state: State, ev: MoveWithdrawn) -> None:
        if ev.index is None:
            return  # a record that an undo dropped the team's move: nothing left to take
        if state.phase is not Phase.ORDERS:
            raise PhaseError("a move is withdrawn in the orders phase, before the reveal")
        if not ev.index < len(state.pending):
            raise IllegalMoveError(f"there is no move {ev.index + 1} this turn")
        move = state.pending[ev.index]
        if state.control.get(move.actor) != (Controller.PLAYER, ev.team):
            raise IllegalMoveError(f"move {ev.index + 1} is not a move of {ev.team}")
        del state.pending[ev.index]

    def _assign(self, state: State, ev: ControlAssigned) -> None:
        if ev.actor not in self.world.kinds:
            raise UnknownActorError(f"unknown actor {ev.actor!r}")
        if ev.controller is Controller.PLAYER and not (ev.team or "").strip():
            raise IllegalMoveError(f"{ev.actor} goes to a player team: give the team a name")
        if ev.controller is Controller.PLAYER and ev.team == WHITE_CELL:
            raise IllegalMoveError(f"{WHITE_CELL!r} is the White cell, not a player team")
        if state.phase is Phase.ORDERS and any(m.actor == ev.actor for m in state.pending):
            raise IllegalMoveError(
                f"{ev.actor} has a move in this orders phase: its control changes after the "
                "reveal (or once the move is withdrawn)"
            )
        state.control[ev.actor] = (ev.controller, ev.team)

    @staticmethod
    def _while_sealed(state: State, team: str, what: str) -> None:
        """Refuse a change to ``team`` while one of its moves is sealed."""
        if state.phase is Phase.ORDERS and any(
            state.control.get(m.actor) == (Controller.PLAYER, team) for m in state.pending
        ):
            raise IllegalMoveError(f"{team} has a sealed move in this orders phase: {what}")

    # -- phases ---------------------------------------------------------------------

    def _advance(self, state: State, out: Records) -> None:
        phase = state.phase
        if phase is Phase.REVIEW:
            state.turn += 1
            state.phase = Phase.INJECTS
            state.pending = []
            state.violent = set()
            state.harmed = set()
            state.injects = {k: v for k, v in state.injects.items() if v is not InjectStatus.HELD}
            return
        if phase is Phase.ADJUDICATION:
            waiting = [str(i + 1) for i, m in enumerate(state.pending) if m.decision is None]
            if waiting:
                which = (
                    f"move {waiting[0]} is"
                    if len(waiting) == 1
                    else f"moves {', '.join(waiting[:-1])} and {waiting[-1]} are"
                )
                raise PhaseError(
                    f"{which} not adjudicated yet: rule on every move (Moves and rulings) "
                    "before the next phase"
                )
            self._resolve(state, out)
        state.phase = _NEXT[phase]

    def _resolve(self, state: State, out: Records) -> None:
        world = self.world
        for move in state.pending:
            if move.outcome is None or move.final_action is None:
                continue
            reason = why_illegal(world, state, move.actor, move.final_action, move.final_target)
            if reason is not None:
                if out is not None:
                    out.append(Change("move", move.actor, "void", 0.0, reason))
                continue
            resolve_move(
                world,
                state,
                move.actor,
                move.final_action,
                move.final_target,
                move.outcome,
                move.modifiers,
                out,
            )
        end_of_turn_escalation(world, state, out)
        end_of_turn_deterrence(world, state, out)
        fade_grievances(world, state, out)
        update_global(world, state, out)

    # -- injects and overrides ----------------------------------------------------

    def due_injects(self, state: State) -> list[Inject]:
        """Injects that may fire now: scheduled for this turn or earlier, or triggered."""
        due = []
        for inj in self.scenario.injects:
            status = state.injects.get(inj.id)
            if status in (InjectStatus.FIRED, InjectStatus.SKIPPED):
                continue
            if inj.turn is not None:
                if inj.turn <= state.turn:
                    due.append(inj)
            elif inj.trigger and all(holds(self.world, state, c, None, None) for c in inj.trigger):
                due.append(inj)
        return due

    def _due_or_raise(self, state: State, inject_id: str) -> Inject:
        if state.phase is not Phase.INJECTS:
            raise PhaseError(f"injects are handled in the injects phase, not {state.phase.value}")
        for inj in self.due_injects(state):
            if inj.id == inject_id:
                return inj
        raise IllegalMoveError(f"inject {inject_id!r} is not due now")

    def _fire(self, state: State, inject_id: str, out: Records) -> None:
        inj = self._due_or_raise(state, inject_id)
        state.injects[inj.id] = InjectStatus.FIRED
        cause = f"inject {inj.id}" if out is not None else ""
        for eff in inj.effects:
            apply_effect(self.world, state, eff, None, None, 1.0, cause, out)
        for name in inj.flags_set:
            if name not in state.flags:
                state.flags[name] = state.turn
                if out is not None:
                    out.append(Change("flag", name, "set", 0.0, cause))
        update_global(self.world, state, out)

    def _override(self, state: State, ev: Override, out: Records) -> None:
        if not ev.reason.strip():
            raise IllegalMoveError("an override needs a reason")
        cause = f"override: {ev.reason}"
        if ev.meter == "escalation":
            if ev.dyad is None or ev.dyad[0] == ev.dyad[1]:
                raise IllegalMoveError("an escalation override names a dyad of two actors")
            for who in ev.dyad:
                if who not in self.world.kinds:
                    raise UnknownActorError(f"unknown actor {who!r}")
            dyad = dyad_key(*ev.dyad)
            old = state.escalation[dyad]
            state.escalation[dyad] = clip(ev.value)
            if out is not None:
                out.append(Change("escalation", dyad, "override", ev.value - old, cause))
        else:
            if ev.actor not in self.world.kinds:
                raise UnknownActorError(f"unknown actor {ev.actor!r}")
            meters = state.meters[ev.actor]
            if ev.meter not in meters:
                raise IllegalMoveError(f"no meter {ev.meter!r} on an actor")
            old = meters[ev.meter]
            meters[ev.meter] = clip(ev.value)
            if out is not None:
                out.append(Change(ev.meter, ev.actor, "override", ev.value - old, cause))
        update_global(self.world, state, out)

    # -- dry runs ----------------------------------------------------------------------

    def preview(
        self,
        state: State,
        actor: str,
        action: str,
        target: str | None,
        outcome: Outcome = Outcome.SUCCESS,
        modifiers: tuple[Modifier, ...] = (),
    ) -> Transition:
        """What one move would do right now, in its circumstances (no end-of-turn
        dynamics); state untouched."""
        check_move(self.world, state, actor, action, target)
        new = state.copy()
        out: list[Change] = []
        resolve_move(self.world, new, actor, action, target, outcome, modifiers, out)
        update_global(self.world, new, out)
        return Transition(new, out)
