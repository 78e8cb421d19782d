"""Resolution of one adjudicated move: impulses, ledger, third parties, effects, flags."""

from wargame.core.actions import ActionDef, DyadPulse, Effect, Op, Scope
from wargame.core.enums import Category, DiploStatus, Modifier, Outcome
from wargame.core.escalation import bump, clip
from wargame.core.events import Change
from wargame.core.ledger import exchange
from wargame.core.legal import fill
from wargame.core.state import State
from wargame.core.world import World

_CALM = frozenset({Category.DE_ESCALATION, Category.STATUS_QUO})


def impulse_base(world: World, action: ActionDef, modifiers: tuple[Modifier, ...]) -> float:
    """s before outcome and first-of-kind: P(category) x |Goldstein|/10 x modifiers."""
    p = world.params
    s = world.points[action.category] * abs(action.goldstein) / 10.0
    for mod in modifiers:
        s *= p.civilian_casualties if mod is Modifier.CIVILIAN_CASUALTIES else p.unattributed
    return s


def _victims(world: World, action: ActionDef, actor: str, target: str) -> list[tuple[str, float]]:
    out = [(target, 1.0)]
    if action.territorial:
        host = world.host.get(target)
        if host is not None and host != actor:
            out.append((host, world.params.territorial_share))
    return out


def _hostile(
    world: World,
    state: State,
    action: ActionDef,
    actor: str,
    target: str,
    base: float,
    cause: str,
    out: list[Change],
) -> None:
    p = world.params
    violent = action.category in (Category.VIOLENT, Category.NUCLEAR)
    in_ledger = action.category in world.ledger_categories
    for victim, share in _victims(world, action, actor, target):
        dyad = world.key[actor][victim]
        s = base * share
        climb = (actor, victim)
        if action.rung > state.max_rung.get(climb, 0):
            s *= p.first_of_kind
            state.max_rung[climb] = action.rung
        bump(state, dyad, s, "impulse" if share == 1.0 else "territorial", cause, out)
        if violent:
            state.violent.add(dyad)
        if in_ledger:
            exchange(world, state, actor, victim, s, cause, out)
        if p.tau:
            shunned = world.aligned[actor]
            for third in world.aligned[victim]:
                if third != actor and third not in shunned:
                    bump(state, world.key[third][actor], p.tau * s, "third_party", cause, out)


def _calming(
    world: World,
    state: State,
    action: ActionDef,
    actor: str,
    target: str | None,
    c: float,
    cause: str,
    out: list[Change],
) -> None:
    if target is None or action.pulse is DyadPulse.NONE:
        return
    if action.pulse is DyadPulse.ACTOR_TARGET:
        bump(state, world.key[actor][target], -c, "calming", cause, out)
        return
    for other, dyad in world.key[target].items():
        if other != actor and state.escalation[dyad] > world.baseline[dyad]:
            bump(state, dyad, -c, "calming", cause, out)


def apply_effect(
    world: World,
    state: State,
    eff: Effect,
    actor: str | None,
    target: str | None,
    scale: float,
    cause: str,
    out: list[Change],
) -> None:
    """Apply one declarative effect, scaled by ``scale`` (``set`` unless scale is 0)."""
    if scale == 0.0:
        return
    if eff.var == "escalation":
        if eff.scope is Scope.PAIR and eff.pair is not None:
            dyads = [world.key[eff.pair[0]][eff.pair[1]]]
        elif actor is not None and target is not None:
            dyads = [world.key[actor][target]]
        else:
            dyads = []
        for dyad in dyads:
            old = state.escalation[dyad]
            bump(state, dyad, _op(eff, old, scale) - old, "effect", cause, out)
        return
    for who in _subjects(world, eff, actor, target):
        m = state.meters[who]
        old = m[eff.var]
        new = clip(_op(eff, old, scale))
        if new != old:
            m[eff.var] = new
            out.append(Change(eff.var, who, "effect", new - old, cause))


def _op(eff: Effect, old: float, scale: float) -> float:
    if eff.op is Op.ADD:
        return old + eff.value * scale
    if eff.op is Op.MUL:
        return old * (1.0 + (eff.value - 1.0) * scale)
    return eff.value


def _subjects(world: World, eff: Effect, actor: str | None, target: str | None) -> list[str]:
    scope = eff.scope
    if scope is Scope.SELF:
        return [actor] if actor else []
    if scope is Scope.TARGET:
        return [target] if target else []
    if scope is Scope.HOST:
        host = world.host.get(target) if target else None
        return [host] if host else []
    if scope is Scope.ALLIES_OF_TARGET:
        return sorted(world.aligned[target] - {actor}) if target else []
    if scope is Scope.ACTOR:
        return [eff.actor] if eff.actor else []
    if scope is Scope.PAIR and eff.pair:
        return list(eff.pair)
    return []


def resolve_move(
    world: World,
    state: State,
    actor: str,
    action_id: str,
    target: str | None,
    outcome: Outcome,
    modifiers: tuple[Modifier, ...],
    out: list[Change],
) -> None:
    """Apply one move with its outcome to ``state`` in place, appending provenance."""
    action = world.actions[action_id]
    p = world.params
    cause = f"{actor} {action_id}" + (f" -> {target}" if target else "")
    if action.goldstein < 0 and action.category not in _CALM and target is not None:
        base = impulse_base(world, action, modifiers) * p.outcome_impulse[outcome]
        if base > 0:
            _hostile(world, state, action, actor, target, base, cause, out)
    elif action.goldstein > 0:
        c = action.goldstein * p.calm_factor * p.outcome_effect[outcome]
        if c > 0:
            _calming(world, state, action, actor, target, c, cause, out)
    scale = p.outcome_effect[outcome]
    for eff in action.effects:
        apply_effect(world, state, eff, actor, target, scale, cause, out)
    if outcome is Outcome.FAILURE:
        return
    if action.set_status is not None and target is not None:
        dyad = world.key[actor][target]
        if action.set_status is DiploStatus.NORMAL:
            state.status.pop(dyad, None)
        else:
            state.status[dyad] = action.set_status
        out.append(Change("status", dyad, "effect", 0.0, cause, {"to": action.set_status.value}))
    for tpl in action.flags_clear:
        name = fill(tpl, actor, target)
        if state.flags.pop(name, None) is not None:
            out.append(Change("flag", name, "cleared", 0.0, cause))
    for tpl in action.flags_set:
        name = fill(tpl, actor, target)
        if name not in state.flags:
            state.flags[name] = state.turn
            out.append(Change("flag", name, "set", 0.0, cause))
    if action.red_line and target is not None:
        state.red_lines[(actor, target)] = state.turn
        out.append(Change("flag", f"redline:{actor}>{target}", "set", 0.0, cause))
