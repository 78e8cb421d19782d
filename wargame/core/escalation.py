"""Escalation per dyad: impulses, calming pulses, end-of-turn decay, global G, bands."""

from wargame.core.events import Change, Records
from wargame.core.params import Band, Params
from wargame.core.state import State
from wargame.core.world import World


def clip(x: float, lo: float = 0.0, hi: float = 100.0) -> float:
    """``x`` limited to ``[lo, hi]``."""
    return lo if x < lo else hi if x > hi else x


def bump(state: State, dyad: str, amount: float, rule: str, cause: str, out: Records) -> None:
    """Add ``amount`` to a dyad's escalation (kept in 0-100), recording what it did."""
    esc = state.escalation
    old = esc[dyad]
    new = old + amount
    new = 0.0 if new < 0.0 else 100.0 if new > 100.0 else new
    if new != old:
        esc[dyad] = new
        if out is not None:
            out.append(Change("escalation", dyad, rule, new - old, cause))


SETTLED = 1e-6
"""A gap to baseline below this is closed outright, so quiet dyads cost nothing."""


def end_of_turn_escalation(world: World, state: State, out: Records) -> None:
    """Decay toward baseline, ledger pressure and the floor, for every dyad."""
    p: Params = world.params
    ledger = state.ledger
    esc = state.escalation
    flags = state.flags
    violent = state.violent
    eps = p.grievance_epsilon
    factors, details = world.decay
    mediators = frozenset(f[10:] for f in flags if f.startswith("mediation:"))
    kappa = p.kappa * world.days
    red_lines = state.red_lines
    vow = p.red_line_pressure
    for dyad, _a, _b, e0, floor, pair, back, talks, both in world.dyad_table:
        e = esc[dyad]
        if ledger:
            ab = ledger.get(pair, 0.0)
            ba = ledger.get(back, 0.0)
        else:
            ab = ba = 0.0
        open_b = ab + ba
        if e == e0 and open_b <= eps:
            continue
        new = e
        if dyad not in violent and e != e0:
            k = 1 if open_b <= eps else 0
            if (mediators and not mediators <= both) or talks in flags:  # a third mediates
                k += 2
            new = e0 + (e - e0) * factors[k]
            if abs(new - e0) < SETTLED:
                new = e0
            if out is not None:
                out.append(Change("escalation", dyad, "decay", new - e, "", details[k]))
        if open_b > eps and kappa:
            if red_lines:  # a grievance its victim vowed to answer presses harder
                ab *= vow if pair in red_lines else 1.0
                ba *= vow if back in red_lines else 1.0
            push = kappa * (ab + ba)
            new += push
            if out is not None:
                out.append(
                    Change("escalation", dyad, "ledger_pressure", push, "", {"open": open_b})
                )
        clipped = floor if new < floor else 100.0 if new > 100.0 else new
        if clipped != new and out is not None:
            out.append(Change("escalation", dyad, "bounds", clipped - new, ""))
        esc[dyad] = clipped


def global_escalation(world: World, state: State) -> float:
    """G = 100 [1 - prod(1 - w_ij E_ij / 100)] over every dyad."""
    prod = 1.0
    weight = world.weight
    for dyad, e in state.escalation.items():
        prod *= 1.0 - weight[dyad] * e / 100.0
    return clip(100.0 * (1.0 - prod))


def update_global(world: World, state: State, out: Records) -> None:
    """Recompute G and record the change."""
    new = global_escalation(world, state)
    if new != state.global_escalation:
        if out is not None:
            out.append(Change("global", "*", "aggregate", new - state.global_escalation, ""))
        state.global_escalation = new


def band_of(bands: list[Band], value: float) -> Band:
    """The display band ``value`` falls in."""
    chosen = bands[0]
    for band in bands:
        if value >= band.min:
            chosen = band
    return chosen
