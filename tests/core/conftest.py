"""Steps that drive the engine through a turn, shared by the core tests."""

from wargame.core.enums import Decision, Phase
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced


def to_orders(engine, st):
    engine.step(st, PhaseAdvanced())
    assert st.phase is Phase.ORDERS


def resolve(engine, st, moves, decision=Decision.ACCEPT, outcome=None):
    """From Injects, submit ``moves``, rule on each, resolve; return provenance."""
    to_orders(engine, st)
    for actor, action, target in moves:
        engine.step(st, MoveSubmitted(actor, action, target))
    engine.step(st, PhaseAdvanced())
    for i in range(len(moves)):
        engine.step(st, MoveAdjudicated(i, decision, outcome, reason="r"))
    return engine.step(st, PhaseAdvanced())
