"""Resolution of one adjudicated move: impulses, ledger, third parties, effects, flags."""

from typing import assert_never

from wargame.core.actions import ActionDef, DyadPulse, Effect, Op, Scope
from wargame.core.enums import ActorKind, Attribution, Category, DiploStatus, Modifier, Outcome
from wargame.core.escalation import bump, clip
from wargame.core.events import Change, Records
from wargame.core.ledger import add_grievance, exchange, settle, waive
from wargame.core.state import State
from wargame.core.targets import fill
from wargame.core.world import World

_CALM = frozenset({Category.DE_ESCALATION, Category.STATUS_QUO})


def severity(
    world: World, action: ActionDef, modifiers: tuple[Modifier, ...]
) -> tuple[float, float]:
    """``(signal, harm)`` of an act before outcome and first-of-kind.

    Both start from P(category) x |Goldstein|/10 x intensity. The signal is what the act
    says (it moves escalation and answers a grievance); the harm is what the victim
    suffers (it opens a grievance and is what proportionality weighs).
    """
    p = world.params
    base = world.points[action.category] * abs(action.goldstein) / 10.0 * action.intensity
    signal = harm = base
    for mod in modifiers:
        match mod:
            case Modifier.CIVILIAN_CASUALTIES:
                signal *= p.civilian_casualties
                harm *= p.civilian_casualties
            case Modifier.MASS_CASUALTIES:
                signal *= p.mass_casualties
                harm *= p.mass_casualties
            case Modifier.UNATTRIBUTED:
                signal *= p.unattributed
                harm *= p.unattributed
            case Modifier.ABROAD:
                harm *= p.abroad
            case Modifier.INTERCEPTED:
                signal *= p.intercepted_signal
                harm *= p.intercepted_harm
            case Modifier.SPONSOR_BLAMED | Modifier.SPONSOR_DENIES:
                pass
            case _:  # pragma: no cover - the enum is closed
                assert_never(mod)
    return signal, harm


def impulse_base(world: World, action: ActionDef, modifiers: tuple[Modifier, ...]) -> float:
    """The signal of an act before outcome and first-of-kind (see :func:`severity`)."""
    return severity(world, action, modifiers)[0]


def attribution_of(modifiers: tuple[Modifier, ...]) -> Attribution:
    """How firmly a group's act is laid at its sponsors' door."""
    if Modifier.SPONSOR_BLAMED in modifiers:
        return Attribution.ATTRIBUTED
    if Modifier.SPONSOR_DENIES in modifiers or Modifier.UNATTRIBUTED in modifiers:
        return Attribution.DENIED
    return Attribution.CLAIMED


def _victims(world: World, action: ActionDef, actor: str, target: str) -> list[tuple[str, float]]:
    out = [(target, 1.0)]
    if action.territorial:
        host = world.host.get(target)
        if host is not None and host != actor:
            out.append((host, world.params.territorial_share))
    return out


def _third_parties(
    world: World,
    state: State,
    offender: str,
    victim: str,
    s: float,
    cause: str,
    out: Records,
) -> None:
    """Actors aligned with the victim (and not with the offender) grow hostile to it."""
    tau = world.params.tau
    if not tau:
        return
    shunned = world.aligned[offender]
    for third in world.allies[victim]:
        if third != offender and third not in shunned:
            bump(state, world.key[third][offender], tau * s, "third_party", cause, out)


def _hostile(
    world: World,
    state: State,
    action: ActionDef,
    actor: str,
    target: str,
    signal: float,
    harm: float,
    modifiers: tuple[Modifier, ...],
    cause: str,
    out: Records,
) -> None:
    p = world.params
    violent = action.category in (Category.VIOLENT, Category.NUCLEAR)
    in_ledger = action.category in world.ledger_categories
    primary = (signal, harm)
    for victim, share in _victims(world, action, actor, target):
        dyad = world.key[actor][victim]
        s, h = signal * share, harm * share
        climb = (actor, victim)
        if action.rung > state.max_rung.get(climb, 0):
            s *= p.first_of_kind
            h *= p.first_of_kind
            state.max_rung[climb] = action.rung
        if victim == target:
            primary = (s, h)
        bump(state, dyad, s, "impulse" if share == 1.0 else "territorial", cause, out)
        if violent:
            state.violent.add(dyad)
        if in_ledger:
            exchange(world, state, actor, victim, s, h, cause, out)
        elif action.category is Category.NON_VIOLENT and action.rung >= p.settling_rung:
            settle(world, state, actor, victim, s, cause, out)
        _third_parties(world, state, actor, victim, s, cause, out)
    if world.kinds[actor] is not ActorKind.NON_STATE:
        return
    weight = p.attribution_weight[attribution_of(modifiers)]
    for sponsor, strength in world.sponsors[actor]:
        share = strength * weight
        if sponsor == target or share <= 0.0:
            continue
        s, h = primary[0] * share, primary[1] * share
        dyad = world.key[sponsor][target]
        via = f"{cause} (via {sponsor}'s link)" if out is not None else ""
        bump(state, dyad, s, "responsibility", via, out)
        if violent:
            state.violent.add(dyad)
        if in_ledger and h > 0.0:
            add_grievance(state, target, sponsor, h, via=actor)
            if out is not None:
                out.append(Change("ledger", f"{target}<{sponsor}", "responsibility", h, cause))
        _third_parties(world, state, sponsor, target, s, cause, out)


def _calming(
    world: World,
    state: State,
    action: ActionDef,
    actor: str,
    target: str | None,
    c: float,
    cause: str,
    out: Records,
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
    out: Records,
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
            if out is not None:
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
    out: Records,
) -> None:
    """Apply one move with its outcome to ``state`` in place, appending provenance."""
    action = world.actions[action_id]
    p = world.params
    cause = "" if out is None else f"{actor} {action_id}" + (f" -> {target}" if target else "")
    if action.goldstein < 0 and action.category not in _CALM and target is not None:
        signal, harm = severity(world, action, modifiers)
        signal *= p.outcome_impulse[outcome]
        harm *= p.outcome_effect[outcome]
        if signal > 0:
            _hostile(world, state, action, actor, target, signal, harm, modifiers, cause, out)
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
        if out is not None:
            detail = {"to": action.set_status.value}
            out.append(Change("status", dyad, "effect", 0.0, cause, detail))
    if action.flags_clear or action.flags_set:
        _flags(world, state, action, actor, target, cause, out)
    if action.waives and target is not None:
        waive(world, state, actor, target, cause, out)
    if action.red_line and target is not None:
        state.red_lines[(actor, target)] = state.turn
        if out is not None:
            out.append(Change("flag", f"redline:{actor}>{target}", "set", 0.0, cause))


def _flags(
    world: World,
    state: State,
    action: ActionDef,
    actor: str,
    target: str | None,
    cause: str,
    out: Records,
) -> None:
    """Clear, then set, the action's flags, filled for this actor and target (the names
    are filled once per world and move)."""
    key = (action.id, actor, target)
    names = world.flag_names.get(key)
    if names is None:
        names = (
            tuple(fill(tpl, actor, target) for tpl in action.flags_clear),
            tuple(fill(tpl, actor, target) for tpl in action.flags_set),
        )
        world.flag_names[key] = names
    cleared, raised = names
    for name in cleared:
        if state.flags.pop(name, None) is not None and out is not None:
            out.append(Change("flag", name, "cleared", 0.0, cause))
    for name in raised:
        if name not in state.flags:
            state.flags[name] = state.turn
            if out is not None:
                out.append(Change("flag", name, "set", 0.0, cause))
