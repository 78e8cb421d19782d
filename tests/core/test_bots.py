"""Bot policies: doctrines over the engine's legal moves, and the uniform pick of the Outlook."""

import pytest

from tests.core.conftest import to_orders
from wargame.core.bots import Doctrine, RandomPolicy, doctrine_move, predicted, within_reach
from wargame.core.engine import Engine
from wargame.core.events import MoveSubmitted, PhaseAdvanced
from wargame.core.world import World
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.session.teams import bot_moves


def test_bots_follow_their_doctrines(default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:2])  # Iran has struck Jaish al-Adl's camps
    world, state = session.engine.world, session.state
    hawk = doctrine_move(world, state, "JAA", Doctrine.HAWK)
    assert world.actions[hawk[0]].goldstein < 0
    # Pakistan is owed by Iran (the strike) and by the Baloch groups: it answers one of them
    reply = doctrine_move(world, state, "PAK", Doctrine.TIT_FOR_TAT)
    assert reply[1] in {"IRN", "BLA"} and world.actions[reply[0]].goldstein < 0
    dove = doctrine_move(world, state, "PAK", Doctrine.DOVE)
    assert world.actions[dove[0]].goldstein > 0 and dove[1] == "IRN"
    session.dispatch(PhaseAdvanced())  # review
    session.dispatch(PhaseAdvanced())  # next day, injects
    session.dispatch(PhaseAdvanced())  # orders
    moves = bot_moves(session)
    assert {m.actor for m in moves} == {"JAA", "BLA"}
    for m in moves:
        session.dispatch(m)  # every bot move is legal


@pytest.fixture
def owed(mini):
    """B struck A (Kahn rung 9) and A is owed 30: the world, the state."""
    world = World(mini)
    state = Engine(mini).initial_state(0)
    state.max_rung[("B", "A")] = 9
    state.ledger[("A", "B")] = 30.0
    state.escalation["A-B"] = 30.0  # 20 above the rivals' baseline
    return world, state


def test_a_stray_hostile_act_climbs_one_rung_at_a_time_and_needs_a_motive(mini, owed):
    world = World(mini)
    calm = Engine(mini).initial_state(0)  # nobody has used force on anybody
    hit, warn, talk = (world.actions[a] for a in ("hit", "warn", "talk"))
    assert (hit.rung, warn.rung) == (9, 3)
    assert not within_reach(world, calm, "A", hit, "B")  # 9 rungs above what the pair saw
    assert not within_reach(world, calm, "A", warn, "B")
    assert within_reach(world, calm, "A", talk, "B")  # cooperation is always in reach
    _, struck = owed
    assert within_reach(world, struck, "A", warn, "B")  # B has used rung 9 on A
    assert within_reach(world, struck, "A", hit, "B")  # ...and A is owed a reply
    struck.ledger.clear()
    assert not within_reach(world, struck, "A", hit, "B")  # violence without a grievance


def test_the_random_policy_picks_only_plausible_legal_moves_with_the_games_dice(mini):
    engine = Engine(mini)
    state = engine.initial_state(0)
    policy = RandomPolicy(engine.world)
    # from a calm start A may talk to a state, boost itself or pass; no hostile act is in reach
    plausible = {("talk", "B"), ("talk", "C"), ("boost", None), ("pass", None)}
    rng, picks = 17, set()
    for _ in range(200):
        again = policy.pick(state, "A", rng)
        rng, action, target = policy.pick(state, "A", rng)
        assert again == (rng, action, target)  # the same dice give the same pick
        picks.add((action, target))
    assert picks == plausible
    assert {policy.pick(state, "G", r)[1:] for r in range(20)} == {("pass", None)}
    to_orders(engine, state)
    for actor in engine.world.ids:
        _, action, target = policy.pick(state, actor, 5)
        engine.step(state, MoveSubmitted(actor, action, target))  # the engine takes it


def test_a_first_act_of_its_kind_is_predicted_heavier(owed):
    world, state = owed
    hit = world.actions["hit"]
    signal, harm = predicted(world, state, "A", hit, "B")  # A never struck B at rung 9
    again = predicted(world, state, "B", hit, "A")  # B already did
    assert signal == pytest.approx(again[0] * world.params.first_of_kind)
    assert harm == pytest.approx(again[1] * world.params.first_of_kind)


def test_reciprocity_answers_what_is_owed_else_calms_the_heated_pair_else_passes(mini, owed):
    world, state = owed
    assert doctrine_move(world, state, "A", Doctrine.RECIPROCITY) == ("hit", "B")
    state.ledger.clear()  # square with B, but the pair still runs 20 above its baseline
    assert doctrine_move(world, state, "A", Doctrine.RECIPROCITY) == ("talk", "B")
    calm = Engine(mini).initial_state(0)
    assert doctrine_move(world, calm, "A", Doctrine.RECIPROCITY) == ("pass", None)


def test_a_dove_never_strikes_and_a_hawk_answers_in_force(owed):
    world, state = owed
    assert doctrine_move(world, state, "A", Doctrine.HAWK) == ("hit", "B")
    assert doctrine_move(world, state, "A", Doctrine.DOVE) == ("talk", "B")
