"""The grievance ledger: unanswered harm, proportionate replies, over-reaction."""

from wargame.core.escalation import clip
from wargame.core.events import Change
from wargame.core.state import State
from wargame.core.world import World


def military_scale(world: World, state: State, actor: str) -> float:
    """Deterrence changes scale with military capacity, within [0.5, 1.5]."""
    ratio = state.meters[actor]["military"] / world.params.military_reference
    return 0.5 if ratio < 0.5 else 1.5 if ratio > 1.5 else ratio


def _add_grievance(state: State, victim: str, offender: str, amount: float) -> None:
    key = (victim, offender)
    if key not in state.ledger:
        state.ledger_since[key] = state.turn
    state.ledger[key] = state.ledger.get(key, 0.0) + amount


def _deter(
    state: State, actor: str, amount: float, rule: str, cause: str, out: list[Change]
) -> None:
    m = state.meters[actor]
    old = m["deterrence"]
    new = clip(old + amount)
    if new != old:
        m["deterrence"] = new
        out.append(Change("deterrence", actor, rule, new - old, cause))


def exchange(
    world: World, state: State, attacker: str, victim: str, s: float, cause: str, out: list[Change]
) -> None:
    """Record harm ``s`` done by ``attacker`` to ``victim`` in the ledger.

    If the attacker was owed a reply by the victim, the harm answers it: up to
    ``proportionality`` times the grievance it is proportionate (the grievance
    shrinks, the attacker's deterrence rises); beyond that the excess becomes
    the victim's new grievance and costs the attacker deterrence. Otherwise the
    whole harm is a new grievance of the victim.
    """
    p = world.params
    owed_key = (attacker, victim)
    owed = state.ledger.get(owed_key, 0.0)
    if owed <= p.grievance_epsilon:
        _add_grievance(state, victim, attacker, s)
        out.append(Change("ledger", f"{victim}<{attacker}", "harm", s, cause))
        return
    left = owed - s
    if left <= p.grievance_epsilon:
        del state.ledger[owed_key]
        state.ledger_since.pop(owed_key, None)
        out.append(Change("ledger", f"{attacker}<{victim}", "answered", -owed, cause))
    else:
        state.ledger[owed_key] = left
        out.append(Change("ledger", f"{attacker}<{victim}", "answered", -s, cause))
    scale = military_scale(world, state, attacker)
    gain = p.alpha * min(s, owed) / p.sigma * scale
    _deter(state, attacker, gain, "proportionate_reply", cause, out)
    excess = s - p.proportionality * owed
    if excess > 0:
        _add_grievance(state, victim, attacker, excess)
        out.append(Change("ledger", f"{victim}<{attacker}", "over_reaction", excess, cause))
        _deter(state, attacker, -p.gamma * excess / p.sigma * scale, "over_reaction", cause, out)


def end_of_turn_deterrence(world: World, state: State, out: list[Change]) -> None:
    """Erosion from grievances left unanswered past the window, broken red lines,
    and mean reversion toward each actor's starting deterrence."""
    p = world.params
    turn = state.turn
    for (victim, offender), amount in state.ledger.items():
        age = turn - state.ledger_since[(victim, offender)]
        if age >= p.window and amount > p.grievance_epsilon:
            loss = p.beta * amount / p.sigma * military_scale(world, state, victim)
            _deter(state, victim, -loss, "unanswered", f"{offender} unanswered {age} turns", out)
    for declarer, target in list(state.red_lines):
        key = (declarer, target)
        owed = state.ledger.get(key, 0.0)
        if owed > p.grievance_epsilon and turn - state.ledger_since[key] >= p.window:
            del state.red_lines[key]
            _deter(
                state, declarer, -p.red_line_penalty, "red_line_broken", f"against {target}", out
            )
    eta = p.eta
    for actor, m in state.meters.items():
        d0 = world.d0[actor]
        d = m["deterrence"]
        if d == d0:
            continue
        pull = eta * (d0 - d)
        new = d0 if abs(d + pull - d0) < 1e-6 else clip(d + pull)
        m["deterrence"] = new
        out.append(Change("deterrence", actor, "mean_reversion", new - d, ""))
