"""Escalation per dyad: impulses, calming pulses, end-of-turn decay, global G, bands."""

from wargame.core.events import Change
from wargame.core.params import Band, Params
from wargame.core.state import State
from wargame.core.world import World


def clip(x: float, lo: float = 0.0, hi: float = 100.0) -> float:
    """``x`` limited to ``[lo, hi]``."""
    return lo if x < lo else hi if x > hi else x


def bump(state: State, dyad: str, amount: float, rule: str, cause: str, out: list[Change]) -> None:
    """Add ``amount`` to a dyad's escalation (kept in 0-100), recording what it did."""
    old = state.escalation[dyad]
    new = clip(old + amount)
    if new != old:
        state.escalation[dyad] = new
        out.append(Change("escalation", dyad, rule, new - old, cause))


SETTLED = 1e-6
"""A gap to baseline below this is closed outright, so quiet dyads cost nothing."""


def end_of_turn_escalation(world: World, state: State, out: list[Change]) -> None:
    """Decay toward baseline, ledger pressure and the floor, for every dyad."""
    p: Params = world.params
    ledger = state.ledger
    esc = state.escalation
    flags = state.flags
    violent = state.violent
    eps = p.grievance_epsilon
    factors, details = world.decay
    mediators = [f[10:] for f in flags if f.startswith("mediation:")]
    kappa = p.kappa * world.days
    red_lines = state.red_lines
    vow = p.red_line_pressure
    for dyad, a, b, e0, floor in world.dyad_rows:
        e = esc[dyad]
        ab = ledger.get((a, b), 0.0) if ledger else 0.0
        ba = ledger.get((b, a), 0.0) if ledger else 0.0
        open_b = ab + ba
        if e == e0 and open_b <= eps:
            continue
        new = e
        if dyad not in violent and e != e0:
            k = 1 if open_b <= eps else 0
            if (mediators and any(m not in (a, b) for m in mediators)) or (
                f"talks:{dyad}" in flags
            ):
                k += 2
            new = e0 + (e - e0) * factors[k]
            if abs(new - e0) < SETTLED:
                new = e0
            out.append(Change("escalation", dyad, "decay", new - e, "", details[k]))
        if open_b > eps and kappa:
            if red_lines:  # a grievance its victim vowed to answer presses harder
                ab *= vow if (a, b) in red_lines else 1.0
                ba *= vow if (b, a) in red_lines else 1.0
            push = kappa * (ab + ba)
            new += push
            out.append(Change("escalation", dyad, "ledger_pressure", push, "", {"open": open_b}))
        clipped = floor if new < floor else 100.0 if new > 100.0 else new
        if clipped != new:
            out.append(Change("escalation", dyad, "bounds", clipped - new, ""))
        esc[dyad] = clipped


def global_escalation(world: World, state: State) -> float:
    """G = 100 [1 - prod(1 - w_ij E_ij / 100)] over every dyad."""
    prod = 1.0
    weight = world.weight
    for dyad, e in state.escalation.items():
        prod *= 1.0 - weight[dyad] * e / 100.0
    return clip(100.0 * (1.0 - prod))


def update_global(world: World, state: State, out: list[Change]) -> None:
    """Recompute G and record the change."""
    new = global_escalation(world, state)
    if new != state.global_escalation:
        out.append(Change("global", "*", "aggregate", new - state.global_escalation, ""))
        state.global_escalation = new


def band_of(bands: list[Band], value: float) -> Band:
    """The display band ``value`` falls in."""
    chosen = bands[0]
    for band in bands:
        if value >= band.min:
            chosen = band
    return chosen
