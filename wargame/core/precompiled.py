"""Precomputed legal-move tables: for each (actor, action, target) the scenario's static
rules allow, its preconditions compiled once into checks over the state.

A compiled check answers exactly what :func:`wargame.core.legal.holds` answers for the
same condition, actor and target (the tests compare them on every candidate of every
bundled scenario); it only does the filling of flag templates, the choice of the pair and
the reading of the bounds once instead of on every call.
"""

from collections.abc import Callable

from wargame.core.actions import ActionDef
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
from wargame.core.enums import DiploStatus
from wargame.core.state import State
from wargame.core.targets import fill, static_candidates, target_fits
from wargame.core.world import World, dyad_key

Check = Callable[[State], bool]
"""A compiled condition: whether it holds in a state."""

Candidate = tuple[str, str | None, Check | None]
"""An action id, its target, and the check of all its preconditions (None: always legal)."""


def _always(value: bool) -> Check:
    return (lambda _s: True) if value else (lambda _s: False)


def _within(read: Callable[[State], float], lo: float | None, hi: float | None) -> Check:
    if lo is not None and hi is not None:
        return lambda s: lo <= read(s) <= hi
    if lo is not None:
        return lambda s: read(s) >= lo
    if hi is not None:
        return lambda s: read(s) <= hi
    return _always(True)


def compile_condition(
    world: World, cond: Condition, actor: str | None, target: str | None
) -> Check:
    """``cond`` for a move of ``actor`` on ``target``, as a check over the state."""
    if isinstance(cond, FlagCond):
        name = fill(cond.flag, actor, target)
        present = cond.present
        if name.endswith("*"):
            stem = name[:-1]
            return lambda s: any(f.startswith(stem) for f in s.flags) is present
        return (lambda s: name in s.flags) if present else (lambda s: name not in s.flags)
    if isinstance(cond, DyadStatusCond | EscalationCond):
        first, second = cond.dyad or (actor, target)
        if first is None or second is None:
            return _always(False)
        key = dyad_key(first, second)
        if isinstance(cond, DyadStatusCond):
            statuses = frozenset(cond.statuses)
            normal = DiploStatus.NORMAL
            return lambda s: s.status.get(key, normal) in statuses
        return _within(lambda s: s.escalation[key], cond.min, cond.max)
    if isinstance(cond, GrievanceCond):
        victim = cond.victim or actor
        offender = cond.offender or target
        least, present = cond.min, cond.present
        if not (victim and offender):
            return _always((least <= 0.0) is present)
        pair = (victim, offender)
        return lambda s: (s.ledger.get(pair, 0.0) >= least) is present
    if isinstance(cond, VariableCond):
        who = cond.actor or actor
        if who is None:
            return _always(False)
        var = cond.var
        return _within(lambda s: s.meters[who][var], cond.min, cond.max)
    if isinstance(cond, GlobalCond):
        return _within(lambda s: s.global_escalation, cond.min, cond.max)
    if isinstance(cond, NuclearCond):
        return _always(actor is not None and world.nuclear[actor] is cond.value)
    if isinstance(cond, TurnCond):
        return _within(lambda s: s.turn, cond.min, cond.max)
    raise TypeError(f"unknown condition {cond!r}")  # pragma: no cover


def all_of(world: World, action: ActionDef, actor: str, target: str | None) -> Check | None:
    """The action's preconditions for this actor and target as one check (None: none)."""
    checks = tuple(compile_condition(world, c, actor, target) for c in action.preconditions)
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]

    def every(s: State) -> bool:  # a loop: cheaper than all() over a generator
        for check in checks:  # noqa: SIM110
            if not check(s):
                return False
        return True

    return every


def fits(world: World, action: ActionDef, actor: str, target: str | None) -> bool:
    """Whether the static rules allow the move: the actor's kind and the target rule."""
    return world.kinds[actor] in action.actor_kinds and target_fits(world, action, actor, target)


_REFUSED: tuple[bool, Check | None] = (False, None)


def move_check(
    world: World, actor: str, action_id: str, target: str | None
) -> tuple[bool, Check | None]:
    """``(allowed, check)``: whether the static rules allow the move (False as well for
    an unknown actor, action or target), and the check of its preconditions (None: none).
    Known moves are compiled once per world; unknown ones are never kept."""
    key = (actor, action_id, target)
    found = world.move_checks.get(key)
    if found is not None:
        return found
    action = world.actions.get(action_id)
    if (
        action is None
        or actor not in world.kinds
        or (target is not None and target not in world.kinds)
    ):
        return _REFUSED
    found = (
        (True, all_of(world, action, actor, target))
        if fits(world, action, actor, target)
        else _REFUSED
    )
    world.move_checks[key] = found
    return found


def candidates(world: World, actor: str) -> list[Candidate]:
    """Every (action, target) the actor's kind and the target rules allow, in catalogue
    order, with the check of its preconditions (compiled once per world)."""
    found = world.compiled_candidates.get(actor)
    if found is None:
        found = [
            (a.id, t, move_check(world, actor, a.id, t)[1])
            for a, t in static_candidates(world, actor)
        ]
        world.compiled_candidates[actor] = found
    return found
