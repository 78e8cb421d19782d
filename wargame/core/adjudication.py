"""Rulings on submitted moves: the engine's own roll beside the facilitator's decision."""

from wargame.core import dice
from wargame.core.enums import Decision, Outcome, Phase, TargetRule
from wargame.core.errors import IllegalMoveError, PhaseError
from wargame.core.events import Change, MoveAdjudicated, MovesReordered, Records
from wargame.core.legal import check_move
from wargame.core.state import PendingMove, State
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


def adjudicate(world: World, state: State, ev: MoveAdjudicated, out: Records) -> None:
    """Record a ruling on move ``ev.index``.

    Every ruling draws one die from the state's dice: the engine's own result
    (the action's success chance against the roll) is kept beside the
    facilitator's decision. Anything but ``accept`` needs a reason.
    """
    if state.phase is not _ADJUDICATION:
        _require_phase(state)
    if ev.index >= len(state.pending):
        raise IllegalMoveError(f"no move number {ev.index} this turn")
    decision = ev.decision
    if decision is not _ACCEPT and not ev.reason.strip():
        raise IllegalMoveError(f"a ruling of '{decision.value}' needs a reason")
    move = state.pending[ev.index]
    action, target = move.action, move.target
    if decision is _MODIFY:
        action = ev.action or action
        new_def = world.actions.get(action)
        if new_def is not None and new_def.target is TargetRule.NONE:
            target = None
        elif ev.target is not None:
            target = ev.target
        check_move(world, state, move.actor, action, target)
    elif decision is _SET and ev.outcome is None:
        raise IllegalMoveError("'set' needs an outcome")
    rng = (state.rng + _GOLDEN) & _MASK  # dice.uniform, written out (the hot path)
    z = ((rng ^ (rng >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    state.rng, roll = rng, ((z ^ (z >> 31)) >> 11) * _UNIT
    outcome: Outcome | None
    if decision is _REJECT:
        outcome, action_out, target_out = None, None, None
    else:
        action_out, target_out = action, target
        if decision is _ROLL:
            outcome = roll_outcome(roll, world.actions[action].success)
        elif decision is _ACCEPT:
            outcome = _SUCCESS
        else:
            outcome = Outcome(ev.outcome) if ev.outcome else _SUCCESS
    ruled = move.ruled(decision, outcome, action_out, target_out, roll, ev.reason)
    state.pending[ev.index] = ruled
    if out is not None:
        out.append(ruling_record(world, ruled))


_ADJUDICATION = Phase.ADJUDICATION
_ACCEPT, _MODIFY, _SET, _REJECT, _ROLL = (
    Decision.ACCEPT,
    Decision.MODIFY,
    Decision.SET,
    Decision.REJECT,
    Decision.ROLL,
)
_SUCCESS = Outcome.SUCCESS
_MASK, _GOLDEN, _UNIT = dice.MASK, dice.GOLDEN, dice.UNIT


def ruling_record(world: World, move: PendingMove) -> Change:
    """The provenance record of a ruled move: the decision, the outcome, and the engine's
    own outcome from the die it drew, against the chance of the action ruled on.

    The engine records it on each ruling; a replay that records nothing (the hot path)
    asks here for the same record from the state the ruling left."""
    assert move.decision is not None and move.roll is not None
    action = move.final_action or move.action
    chance = world.actions[action].success
    outcome = move.outcome
    detail: dict[str, float | str] = {
        "outcome": outcome.value if outcome else "rejected",
        "engine": roll_outcome(move.roll, chance).value,
        "roll": move.roll,
        "chance": chance,
    }
    return Change("ruling", move.actor, move.decision.value, 0.0, action, detail)


def reorder(state: State, ev: MovesReordered) -> None:
    """Change the order in which this turn's moves resolve."""
    _require_phase(state)
    if sorted(ev.order) != list(range(len(state.pending))):
        raise IllegalMoveError(
            f"{list(ev.order)} is not an order of the {len(state.pending)} moves"
        )
    state.pending = [state.pending[i] for i in ev.order]
