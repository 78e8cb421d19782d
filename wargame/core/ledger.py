"""The grievance ledger: unanswered harm, replies weighed harm against harm, settlement,
denial, fading grievances, and the deterrence they build or erode."""

from wargame.core.escalation import clip
from wargame.core.events import Change, Records
from wargame.core.state import State
from wargame.core.world import World


def military_scale(world: World, state: State, actor: str) -> float:
    """Deterrence gains and losses scale with military capacity, within [0.5, 1.5]."""
    ratio = state.meters[actor]["military"] / world.params.military_reference
    return 0.5 if ratio < 0.5 else 1.5 if ratio > 1.5 else ratio


def add_grievance(
    state: State, victim: str, offender: str, amount: float, via: str | None = None
) -> None:
    """Open or grow ``victim``'s grievance against ``offender``; ``via`` names the group
    whose act it was charged for, when ``offender`` is that group's host or patron.
    Nothing happens for no harm (a strike that failed outright)."""
    if amount <= 0.0:
        return
    key = (victim, offender)
    if key not in state.ledger:
        state.ledger_since[key] = state.turn
    state.ledger[key] = state.ledger.get(key, 0.0) + amount
    state.harmed.add(key)
    if via is not None:
        vk = (victim, offender, via)
        state.ledger_via[vk] = state.ledger_via.get(vk, 0.0) + amount


def _close(state: State, key: tuple[str, str]) -> None:
    state.ledger.pop(key, None)
    state.ledger_since.pop(key, None)
    for vk in [vk for vk in state.ledger_via if vk[:2] == key]:
        del state.ledger_via[vk]


def _take(
    world: World,
    state: State,
    key: tuple[str, str],
    amount: float,
    rule: str,
    cause: str,
    out: Records,
    via: str | None = None,
) -> float:
    """Take ``amount`` off one grievance (closing it near zero); return the share taken.

    The parts of the grievance charged for groups shrink with it; with ``via``, the amount
    is that one group's part, and only that part shrinks.
    """
    owed = state.ledger.get(key, 0.0)
    if owed <= 0.0 or amount <= 0.0:
        return 0.0
    name = f"{key[0]}<{key[1]}" if out is not None else ""
    if owed - amount <= world.params.grievance_epsilon:
        _close(state, key)
        if out is not None:
            out.append(Change("ledger", name, rule, -owed, cause))
        return 1.0
    share = amount / owed
    state.ledger[key] = owed - amount
    if via is not None:
        state.ledger_via[(*key, via)] -= amount
    else:
        for vk in [vk for vk in state.ledger_via if vk[:2] == key]:
            state.ledger_via[vk] *= 1.0 - share
    if out is not None:
        out.append(Change("ledger", name, rule, -amount, cause))
    return share


def _reduce(
    world: World,
    state: State,
    key: tuple[str, str],
    amount: float,
    rule: str,
    cause: str,
    out: Records,
) -> None:
    """Take ``amount`` off a grievance and carry the settlement along host and patron links.

    Settling a grievance against a group settles, in the same share, what its host or
    patron was charged for the group's acts; settling a host's or patron's charge for a
    group settles the group's act in the same share (a reply on the sponsor answers it).
    """
    victim, offender = key
    groups = [vk[2] for vk in state.ledger_via if vk[:2] == key]
    charged = [
        (vk[1], part)
        for vk, part in state.ledger_via.items()
        if vk[0] == victim and vk[2] == offender
    ]
    share = _take(world, state, key, amount, rule, cause, out)
    if share <= 0.0:
        return
    for group in groups:
        g_key = (victim, group)
        _take(world, state, g_key, state.ledger.get(g_key, 0.0) * share, rule, cause, out)
    for sponsor, part in charged:
        _take(world, state, (victim, sponsor), part * share, rule, cause, out, via=offender)


def deter(state: State, actor: str, amount: float, rule: str, cause: str, out: Records) -> None:
    """Add ``amount`` to an actor's deterrence (kept in 0-100), recording it."""
    m = state.meters[actor]
    old = m["deterrence"]
    new = clip(old + amount)
    if new != old:
        m["deterrence"] = new
        if out is not None:
            out.append(Change("deterrence", actor, rule, new - old, cause))


def exchange(
    world: World,
    state: State,
    attacker: str,
    victim: str,
    signal: float,
    harm: float,
    cause: str,
    out: Records,
) -> None:
    """A violent act of ``attacker`` on ``victim``, with its ``signal`` and its ``harm``.

    If the attacker was owed a reply by the victim, the act answers it by its signal (a
    mostly intercepted barrage still answers by its intent) and raises the attacker's
    deterrence; only the harm beyond ``proportionality`` times what was owed is
    over-reaction, a new grievance of the victim that costs the attacker deterrence.
    Otherwise the whole harm is a new grievance of the victim.
    """
    p = world.params
    owed = state.ledger.get((attacker, victim), 0.0)
    if owed <= p.grievance_epsilon:
        if harm > 0.0:
            add_grievance(state, victim, attacker, harm)
            if out is not None:
                out.append(Change("ledger", f"{victim}<{attacker}", "harm", harm, cause))
        return
    credit = min(signal, owed)
    _reduce(world, state, (attacker, victim), credit, "answered", cause, out)
    scale = military_scale(world, state, attacker)
    deter(state, attacker, p.alpha * credit / p.sigma * scale, "proportionate_reply", cause, out)
    excess = harm - p.proportionality * owed
    if excess > 0:
        add_grievance(state, victim, attacker, excess)
        if out is not None:
            out.append(Change("ledger", f"{victim}<{attacker}", "over_reaction", excess, cause))
        deter(state, attacker, -p.gamma * excess / p.sigma * scale, "over_reaction", cause, out)


def settle(
    world: World,
    state: State,
    actor: str,
    target: str,
    signal: float,
    cause: str,
    out: Records,
) -> None:
    """A non-military reply (sanctions, boycott, walkout) settles part of the actor's own
    grievance against the target: ``non_military_settlement`` of its signal."""
    key = (actor, target)
    if state.ledger.get(key, 0.0) > world.params.grievance_epsilon:
        amount = signal * world.params.non_military_settlement
        _reduce(world, state, key, amount, "settled", cause, out)


def waive(world: World, state: State, actor: str, target: str, cause: str, out: Records) -> None:
    """The actor denies it was struck: its grievance against the target and its red line
    against it lapse, with no loss of credibility."""
    key = (actor, target)
    owed = state.ledger.get(key, 0.0)
    if owed > 0.0:
        _close(state, key)
        if out is not None:
            out.append(Change("ledger", f"{actor}<{target}", "waived", -owed, cause))
    if state.red_lines.pop(key, None) is not None and out is not None:
        out.append(Change("flag", f"redline:{actor}>{target}", "waived", 0.0, cause))


def fade_grievances(world: World, state: State, out: Records) -> None:
    """Grievances that did not grow this turn fade (half-life in days)."""
    factor = world.grievance_fade
    eps = world.params.grievance_epsilon
    for key, amount in list(state.ledger.items()):
        if key in state.harmed:
            continue
        new = amount * factor
        if new <= eps:
            _close(state, key)
            if out is not None:
                out.append(Change("ledger", f"{key[0]}<{key[1]}", "faded", -amount, ""))
            continue
        state.ledger[key] = new
        if out is not None:
            out.append(Change("ledger", f"{key[0]}<{key[1]}", "fading", new - amount, ""))
    for vk in state.ledger_via:
        if vk[:2] not in state.harmed:
            state.ledger_via[vk] *= factor


def end_of_turn_deterrence(world: World, state: State, out: Records) -> None:
    """Erosion while grievances wait past the window (slowing, with a floor), broken red
    lines, and mean reversion toward each actor's starting deterrence."""
    p = world.params
    turn = state.turn
    days = world.days
    worst: dict[str, tuple[float, str, float]] = {}
    for (victim, offender), amount in state.ledger.items():
        waited = (turn - state.ledger_since[(victim, offender)]) * days
        waited_out = waited >= p.window_days and amount > p.grievance_epsilon
        if waited_out and amount > worst.get(victim, (0.0, "", 0.0))[0]:
            worst[victim] = (amount, offender, waited)
    for victim, (amount, offender, waited) in sorted(worst.items()):
        floor = world.d0[victim] * p.erosion_floor
        d = state.meters[victim]["deterrence"]
        if d > floor:
            weight = min(1.0, amount / p.erosion_reference)
            loss = (d - floor) * world.erosion * weight
            why = f"{offender} unanswered {waited:g} days" if out is not None else ""
            deter(state, victim, -loss, "unanswered", why, out)
    for declarer, target in list(state.red_lines):
        key = (declarer, target)
        owed = state.ledger.get(key, 0.0)
        if (
            owed > p.grievance_epsilon
            and (turn - state.ledger_since[key]) * days >= p.red_line_days
        ):
            del state.red_lines[key]
            why = f"against {target}" if out is not None else ""
            deter(state, declarer, -p.red_line_penalty, "red_line_broken", why, out)
    pull_rate = world.reversion
    for actor, m in state.meters.items():
        d0 = world.d0[actor]
        d = m["deterrence"]
        if d == d0:
            continue
        pull = pull_rate * (d0 - d)
        new = d0 if abs(d + pull - d0) < 1e-6 else clip(d + pull)
        m["deterrence"] = new
        if out is not None:
            out.append(Change("deterrence", actor, "mean_reversion", new - d, ""))
