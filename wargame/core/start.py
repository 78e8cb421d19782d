"""The state at turn 0, built from a scenario."""

from wargame.core.actions import VARIABLES
from wargame.core.dice import seed_state
from wargame.core.enums import Controller, DiploStatus, Phase
from wargame.core.escalation import global_escalation
from wargame.core.state import State
from wargame.core.world import World, dyad_key


def initial_state(world: World, seed: int) -> State:
    """The state at turn 0, Injects phase, before anything happens."""
    scn = world.scenario
    meters = {}
    for a in scn.actors:
        m = {v: float(getattr(a.variables, v)) for v in VARIABLES}
        m["deterrence"] = float(a.deterrence)
        meters[a.id] = m
    esc = dict(world.baseline)
    status: dict[str, DiploStatus] = {}
    rungs: dict[tuple[str, str], int] = {}
    for rel in scn.relations:
        k = dyad_key(rel.a, rel.b)
        if rel.escalation is not None:
            esc[k] = rel.escalation
        if rel.status is not DiploStatus.NORMAL:
            status[k] = rel.status
        ab = rel.max_rung if rel.rung_a_to_b is None else rel.rung_a_to_b
        ba = rel.max_rung if rel.rung_b_to_a is None else rel.rung_b_to_a
        if ab:
            rungs[(rel.a, rel.b)] = ab
        if ba:
            rungs[(rel.b, rel.a)] = ba
    ledger = {(g.victim, g.offender): g.amount for g in scn.grievances}
    since = {(g.victim, g.offender): g.since_turn for g in scn.grievances}
    state = State(
        turn=0,
        phase=Phase.INJECTS,
        meters=meters,
        escalation=esc,
        status=status,
        max_rung=rungs,
        ledger=ledger,
        ledger_since=since,
        flags={},
        red_lines={},
        global_escalation=0.0,
        rng=seed_state(seed),
    )
    state.global_escalation = global_escalation(world, state)
    state.control = {
        a.id: (a.controller, a.doctrine.value if a.controller is Controller.BOT else a.team)
        for a in scn.actors
    }
    return state
