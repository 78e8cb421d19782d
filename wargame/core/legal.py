"""Legality: conditions, target rules and legal-move generation."""

from wargame.core.conditions import (
    Condition,
    DyadStatusCond,
    EscalationCond,
    FlagCond,
    GlobalCond,
    GrievanceCond,
    NuclearCond,
    TurnCond,
    VariableCond,
)
from wargame.core.enums import TargetRule
from wargame.core.errors import IllegalMoveError, UnknownActionError, UnknownActorError
from wargame.core.precompiled import candidates, compile_condition, move_check
from wargame.core.state import State
from wargame.core.targets import fill, static_candidates, target_fits
from wargame.core.world import World, dyad_key

__all__ = [
    "check_move",
    "explain",
    "fill",
    "holds",
    "legal_moves",
    "static_candidates",
    "target_fits",
    "why_illegal",
]


def holds(
    world: World, state: State, cond: Condition, actor: str | None, target: str | None
) -> bool:
    """Whether one condition holds for a move of ``actor`` on ``target`` (or an inject):
    the check the legal-move tables compile (one statement of each condition's rule)."""
    return compile_condition(world, cond, actor, target)(state)


def why_illegal(
    world: World, state: State, actor: str, action_id: str, target: str | None
) -> str | None:
    """None if the move is legal now, else the reason it is not."""
    allowed, check = move_check(world, actor, action_id, target)
    if allowed and (check is None or check(state)):
        return None
    return _why_not(world, state, actor, action_id, target)


def _why_not(
    world: World, state: State, actor: str, action_id: str, target: str | None
) -> str | None:
    """The reason a move is not legal now, in words (or the error for an unknown id)."""
    if actor not in world.kinds:
        raise UnknownActorError(f"unknown actor {actor!r}")
    action = world.actions.get(action_id)
    if action is None:
        raise UnknownActionError(f"unknown action {action_id!r}")
    if target is not None and target not in world.kinds:
        raise UnknownActorError(f"unknown target {target!r}")
    if world.kinds[actor] not in action.actor_kinds:
        return f"{actor} ({world.kinds[actor].value}) may not take {action_id}"
    if not target_fits(world, action, actor, target):
        if action.target is TargetRule.NONE:
            return f"{action_id} takes no target"
        return f"{target} is not a valid target of {action_id} ({action.target.value})"
    for i, cond in enumerate(action.preconditions):
        if not holds(world, state, cond, actor, target):
            return (
                f"{action_id} needs {explain(world, state, cond, actor, target)} (precondition {i})"
            )
    return None


def _bounds(lo: float | None, hi: float | None) -> str:
    if lo is not None and hi is not None:
        return f"between {lo:g} and {hi:g}"
    return f"at least {lo:g}" if lo is not None else f"at most {hi:g}"


def explain(
    world: World, state: State, cond: Condition, actor: str | None, target: str | None
) -> str:
    """A condition in words with the value it was judged on, e.g. "escalation of IRN-PAK
    at least 40 (it is 12.5)"."""
    if isinstance(cond, FlagCond):
        name = fill(cond.flag, actor, target)
        return f"flag {name} {'set' if cond.present else 'not set'}"
    if isinstance(cond, DyadStatusCond | EscalationCond):
        pair = cond.dyad or (actor, target)
        first, second = pair
        if first is None or second is None:
            return f"a target for its {cond.kind} condition"
        key = dyad_key(first, second)
        if isinstance(cond, DyadStatusCond):
            wanted = " or ".join(s.value for s in cond.statuses)
            now = state.dyad_status(first, second).value
            return f"relations of {key} {wanted} (they are {now})"
        value = state.escalation[key]
        return f"escalation of {key} {_bounds(cond.min, cond.max)} (it is {value:.1f})"
    if isinstance(cond, GrievanceCond):
        victim = cond.victim or actor
        offender = cond.offender or target
        amount = state.ledger.get((victim, offender), 0.0) if victim and offender else 0.0
        verb = "an open grievance" if cond.present else "no open grievance"
        return f"{verb} of {victim} against {offender} of {cond.min:g} or more (it is {amount:.1f})"
    if isinstance(cond, VariableCond):
        who = cond.actor or actor
        value = state.meters[who][cond.var] if who else 0.0
        return f"{cond.var} of {who} {_bounds(cond.min, cond.max)} (it is {value:.1f})"
    if isinstance(cond, GlobalCond):
        return (
            f"global escalation {_bounds(cond.min, cond.max)} (it is {state.global_escalation:.1f})"
        )
    if isinstance(cond, NuclearCond):
        status = world.nuclear_status[actor].value if actor else "none"
        return f"{'a' if cond.value else 'no'} nuclear status (it is {status})"
    if isinstance(cond, TurnCond):
        return f"turn {_bounds(cond.min, cond.max)} (it is {state.turn})"
    raise TypeError(f"unknown condition {cond!r}")  # pragma: no cover


def check_move(world: World, state: State, actor: str, action_id: str, target: str | None) -> None:
    """Raise :class:`IllegalMoveError` unless the move is legal now."""
    reason = why_illegal(world, state, actor, action_id, target)
    if reason is not None:
        raise IllegalMoveError(reason)


def legal_moves(world: World, state: State, actor: str) -> list[tuple[str, str | None]]:
    """Every legal (action id, target) for ``actor`` in ``state``."""
    return [(a, t) for a, t, check in candidates(world, actor) if check is None or check(state)]
