"""The scenario compiled for the engine: pair keys, and the facts precomputed from it."""

import itertools

import pytest

from tests.conftest import mini_doc
from wargame.core.enums import RelationType
from wargame.core.errors import ScenarioError
from wargame.core.scenario import Scenario
from wargame.core.world import World, dyad_ids, dyad_key


def test_a_pair_key_names_the_pair_in_either_order_and_splits_back(default_scenario):
    assert dyad_key("PAK", "IRN") == dyad_key("IRN", "PAK") == "IRN-PAK"
    assert dyad_ids("IRN-PAK") == ("IRN", "PAK")
    ids = [a.id for a in default_scenario.actors]
    for a, b in itertools.permutations(ids, 2):
        key = dyad_key(a, b)
        assert dyad_ids(key) == tuple(sorted((a, b)))
        assert dyad_key(*dyad_ids(key)) == key


def test_every_pair_of_actors_has_one_key_a_baseline_and_a_floor(mini):
    world = World(mini)
    assert world.ids == ("A", "B", "C", "G")
    assert world.dyads == ("A-B", "A-C", "A-G", "B-C", "B-G", "C-G")  # 4 actors: 6 pairs
    assert world.key["B"]["A"] == world.key["A"]["B"] == "A-B"
    assert "A" not in world.key["A"]
    # only the rivals A-B have a baseline (10); pairs without a relation start at 0
    assert world.baseline == dict.fromkeys(world.dyads, 0.0) | {"A-B": 10.0}
    assert world.floor["A-B"] == 10.0 * mini.params.floor_fraction
    assert world.floor["A-C"] == 0.0
    assert world.dyad_rows[0] == ("A-B", "A", "B", 10.0, world.floor["A-B"])
    assert [row[1:3] for row in world.dyad_rows] == [dyad_ids(k) for k in world.dyads]
    assert world.d0 == {"A": 50.0, "B": 50.0, "C": 50.0, "G": 10.0}


def test_relations_give_hosts_alignments_and_sponsors(mini):
    world = World(mini)
    assert world.relation == {
        "A-B": RelationType.RIVAL,
        "B-C": RelationType.ALLY,
        "B-G": RelationType.HOST,
    }
    assert world.host == {"G": "B"}
    # an alliance aligns both sides; hosting a group does not align the host with it
    assert world.aligned == {"A": set(), "B": {"C"}, "C": {"B"}, "G": set()}
    assert world.sponsors["G"] == (("B", 1.0),)  # the host, with the default link strength
    assert world.sponsors["A"] == world.sponsors["B"] == ()


def test_a_patron_sponsors_its_group_by_the_strength_of_the_link():
    doc = mini_doc()
    doc["relations"].append({"a": "A", "b": "G", "type": "patron_client", "strength": 0.4})
    world = World(Scenario.model_validate(doc))
    assert world.sponsors["G"] == (("B", 1.0), ("A", 0.4))
    assert world.host == {"G": "B"}  # a patron is not a host
    assert world.aligned["A"] == {"G"} and world.aligned["G"] == {"A"}


def test_weights_in_global_escalation_follow_who_is_in_the_pair(mini):
    world = World(mini)
    p = mini.params
    # B is a declared nuclear power; G is a non-state group, which outweighs B's status
    assert world.weight == {
        "A-B": p.major_weight,
        "B-C": p.major_weight,
        "A-C": p.minor_weight,
        "A-G": p.non_state_weight,
        "B-G": p.non_state_weight,
        "C-G": p.non_state_weight,
    }


@pytest.mark.parametrize("days", [1, 7])
def test_rates_are_per_day_whatever_the_length_of_a_turn(days):
    doc = mini_doc()
    doc["turn_days"] = days
    world = World(Scenario.model_validate(doc))
    p = world.params
    assert world.days == days
    # a half-life of h days leaves 0.5 ** (days / h) after one turn
    assert world.grievance_fade == pytest.approx(0.5 ** (days / p.grievance_half_life_days))
    assert world.erosion == pytest.approx(1 - 0.5 ** (days / p.erosion_half_life_days))
    factors, details = world.decay
    assert factors[0] == pytest.approx(0.5 ** (days / p.half_life_days))
    assert factors[1] == pytest.approx(0.5 ** (days * p.balanced_speedup / p.half_life_days))
    assert factors[0] > factors[1] > factors[3] and factors[2] > factors[3]
    both = p.balanced_speedup * p.talks_speedup
    assert details[3] == {"half_life_days": p.half_life_days / both}
    assert world.reversion == pytest.approx(p.eta * days)


def test_mean_reversion_never_overshoots_in_a_long_turn():
    doc = mini_doc()
    doc["turn_days"] = 365  # eta x days is far above 1
    assert World(Scenario.model_validate(doc)).reversion == 1.0


def test_an_inconsistent_scenario_is_refused_at_its_first_problem():
    doc = mini_doc()
    doc["relations"][0]["b"] = "Q"
    doc["injects"][0]["effects"][0]["pair"] = ["A", "Z"]
    with pytest.raises(ScenarioError) as err:
        World(Scenario.model_validate(doc))
    assert err.value.path == "$.relations[0].b"
    assert str(err.value) == "$.relations[0].b: unknown actor 'Q'"
