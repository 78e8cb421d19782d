"""The ruling a headless run gives a scripted move: set a fixed outcome, roll a chance,
accept a sure thing."""

from tests.core.conftest import to_orders
from wargame.core.engine import Engine
from wargame.core.enums import Decision, Outcome
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced
from wargame.core.playbook import adjudication_for
from wargame.core.scenario import Move
from wargame.core.world import World


def test_a_fixed_outcome_is_set_with_its_reason(mini):
    world = World(mini)
    move = Move(actor="A", action="hit", target="B", outcome=Outcome.PARTIAL)
    assert adjudication_for(world, 2, move) == MoveAdjudicated(
        2, Decision.SET, Outcome.PARTIAL, reason="outcome fixed in moves file"
    )
    sure = Move(actor="A", action="talk", target="B", outcome=Outcome.FAILURE)
    ruling = adjudication_for(world, 0, sure)  # fixed beats sure: history says it failed
    assert (ruling.decision, ruling.outcome) == (Decision.SET, Outcome.FAILURE)


def test_an_uncertain_move_is_rolled_and_a_sure_one_accepted(mini):
    world = World(mini)
    assert world.actions["hit"].success == 0.5 and world.actions["talk"].success == 1.0
    assert adjudication_for(world, 0, Move(actor="A", action="hit", target="B")) == (
        MoveAdjudicated(0, Decision.ROLL, reason="rolled against success chance")
    )
    assert adjudication_for(world, 1, Move(actor="B", action="talk", target="A")) == (
        MoveAdjudicated(1, Decision.ACCEPT)
    )


def test_the_engine_takes_every_ruling_it_gives(mini):
    engine = Engine(mini)
    state = engine.initial_state(0)
    moves = [
        Move(actor="A", action="hit", target="B", outcome=Outcome.FAILURE),
        Move(actor="B", action="hit", target="A"),
        Move(actor="C", action="talk", target="B"),
    ]
    to_orders(engine, state)
    for m in moves:
        engine.step(state, MoveSubmitted(m.actor, m.action, m.target))
    engine.step(state, PhaseAdvanced())
    for i, m in enumerate(moves):
        engine.step(state, adjudication_for(engine.world, i, m))
    fixed, rolled, accepted = state.pending
    assert (fixed.decision, fixed.outcome) == (Decision.SET, Outcome.FAILURE)
    assert rolled.decision is Decision.ROLL and rolled.roll is not None
    assert rolled.outcome in set(Outcome)
    assert (accepted.decision, accepted.outcome) == (Decision.ACCEPT, Outcome.SUCCESS)
