"""The state a game starts from: the scenario's starting meters, pairs, grievances and
control, in the Injects phase of turn 0, with dice seeded."""

import pytest

from tests.conftest import mini_doc
from wargame.core.enums import Controller, DiploStatus, Phase
from wargame.core.scenario import Scenario
from wargame.core.start import initial_state
from wargame.core.world import World


def test_initial_state_starts_at_turn_zero_injects(mini):
    st = initial_state(World(mini), 5)
    assert (st.turn, st.phase) == (0, Phase.INJECTS)
    assert st.escalation["A-B"] == 10.0
    assert st.meters["B"]["deterrence"] == 50.0


def test_the_scenario_sets_the_starting_pairs_grievances_and_control():
    doc = mini_doc()
    doc["relations"][0].update(escalation=30, status="downgraded", max_rung=3, rung_a_to_b=5)
    doc["grievances"] = [{"victim": "B", "offender": "A", "amount": 12, "since_turn": -2}]
    doc["actors"][0].update(controller="player", team="Blue")
    doc["actors"][3].update(controller="bot", doctrine="hawk")
    world = World(Scenario.model_validate(doc))
    st = initial_state(world, 0)
    assert st.escalation["A-B"] == 30.0  # not its baseline of 10
    assert st.status == {"A-B": DiploStatus.DOWNGRADED}
    assert st.max_rung == {("A", "B"): 5, ("B", "A"): 3}  # per direction where given
    assert st.ledger == {("B", "A"): 12.0} and st.ledger_since == {("B", "A"): -2}
    assert st.control == {
        "A": (Controller.PLAYER, "Blue"),
        "B": (Controller.FACILITATOR, None),
        "C": (Controller.FACILITATOR, None),
        "G": (Controller.BOT, "hawk"),  # a bot is known by its doctrine
    }
    # B is a nuclear power: A-B weighs fully, and the other pairs are at 0
    assert st.global_escalation == pytest.approx(30.0)
    assert st.pending == [] and st.injects == {} and st.flags == {}


def test_the_seed_sets_the_dice(mini):
    world = World(mini)
    assert initial_state(world, 1).rng == initial_state(world, 1).rng
    assert initial_state(world, 1).rng != initial_state(world, 2).rng
