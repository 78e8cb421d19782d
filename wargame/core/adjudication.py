"""Rulings on submitted moves: the engine's own roll beside the facilitator's decision."""

from wargame.core import dice
from wargame.core.enums import Decision, Outcome, Phase, TargetRule
from wargame.core.errors import IllegalMoveError, PhaseError
from wargame.core.events import Change, MoveAdjudicated, MovesReordered
from wargame.core.legal import check_move
from wargame.core.state import State
from wargame.core.world import World

PARTIAL_SHARE = 0.5
"""Share of the failure range of a roll that counts as partial success."""


def roll_outcome(u: float, success: float) -> Outcome:
    """Outcome of a die value ``u`` in [0, 1) against a success chance."""
    if u < success:
        return Outcome.SUCCESS
    if u < success + (1.0 - success) * PARTIAL_SHARE:
        return Outcome.PARTIAL
    return Outcome.FAILURE


def _require_phase(state: State) -> None:
    if state.phase is not Phase.ADJUDICATION:
        raise PhaseError(f"moves are ruled on in the adjudication phase, not {state.phase.value}")


def adjudicate(world: World, state: State, ev: MoveAdjudicated, out: list[Change]) -> None:
    """Record a ruling on move ``ev.index``.

    Every ruling draws one die from the state's dice: the engine's own result
    (the action's success chance against the roll) is kept beside the
    facilitator's decision. Anything but ``accept`` needs a reason.
    """
    _require_phase(state)
    if ev.index >= len(state.pending):
        raise IllegalMoveError(f"no move number {ev.index} this turn")
    if ev.decision is not Decision.ACCEPT and not ev.reason.strip():
        raise IllegalMoveError(f"a ruling of '{ev.decision.value}' needs a reason")
    move = state.pending[ev.index]
    action, target = move.action, move.target
    if ev.decision is Decision.MODIFY:
        action = ev.action or action
        new_def = world.actions.get(action)
        if new_def is not None and new_def.target is TargetRule.NONE:
            target = None
        elif ev.target is not None:
            target = ev.target
        check_move(world, state, move.actor, action, target)
    if ev.decision is Decision.SET and ev.outcome is None:
        raise IllegalMoveError("'set' needs an outcome")
    state.rng, roll = dice.uniform(state.rng)
    engine = roll_outcome(roll, world.actions[action].success)
    outcome: Outcome | None
    if ev.decision is Decision.REJECT:
        outcome, action_out, target_out = None, None, None
    else:
        action_out, target_out = action, target
        if ev.decision is Decision.ROLL:
            outcome = engine
        elif ev.decision is Decision.ACCEPT:
            outcome = Outcome.SUCCESS
        else:
            outcome = Outcome(ev.outcome) if ev.outcome else Outcome.SUCCESS
    state.pending[ev.index] = move.ruled(
        decision=ev.decision,
        outcome=outcome,
        final_action=action_out,
        final_target=target_out,
        roll=roll,
        reason=ev.reason,
    )
    detail: dict[str, float | str] = {
        "outcome": outcome.value if outcome else "rejected",
        "engine": engine.value,
        "roll": roll,
        "chance": world.actions[action].success,
    }
    out.append(Change("ruling", move.actor, ev.decision.value, 0.0, action, detail))


def reorder(state: State, ev: MovesReordered) -> None:
    """Change the order in which this turn's moves resolve."""
    _require_phase(state)
    if sorted(ev.order) != list(range(len(state.pending))):
        raise IllegalMoveError(
            f"{list(ev.order)} is not an order of the {len(state.pending)} moves"
        )
    state.pending = [state.pending[i] for i in ev.order]
