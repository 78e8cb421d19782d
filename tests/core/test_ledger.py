"""The grievance ledger and deterrence: harm against harm, fading, settlement, denial,
erosion with a floor, red lines."""

import itertools

import pytest

from wargame.core.ledger import (
    end_of_turn_deterrence,
    exchange,
    fade_grievances,
    settle,
    waive,
)
from wargame.core.start import initial_state
from wargame.core.world import World


@pytest.fixture
def setup(mini):
    world = World(mini)
    return world, initial_state(world, 0)


def test_unprovoked_harm_opens_a_grievance(setup):
    world, st = setup
    exchange(world, st, "A", "B", 10.0, 10.0, "", [])
    assert st.ledger == {("B", "A"): 10.0}
    assert st.meters["A"]["deterrence"] == 50.0


def test_a_failed_strike_opens_no_grievance(setup):
    world, st = setup
    exchange(world, st, "A", "B", 2.5, 0.0, "", [])
    assert st.ledger == {}


def test_proportionate_reply_closes_grievance_and_builds_deterrence(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 10.0, 10.0, "", [])
    exchange(world, st, "B", "A", 12.0, 12.0, "", [])  # harm <= 1.5 x 10
    assert st.ledger == {}
    gain = p.alpha * 10.0 / p.sigma  # military 50 = reference: scale 1
    assert st.meters["B"]["deterrence"] == pytest.approx(50.0 + gain)


def test_over_reaction_is_judged_on_harm(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 10.0, 10.0, "", [])
    exchange(world, st, "B", "A", 25.0, 25.0, "", [])  # harm 25: excess over 15 is 10
    assert st.ledger == {("A", "B"): pytest.approx(10.0)}
    expected = 50.0 + p.alpha * 10.0 / p.sigma - p.gamma * 10.0 / p.sigma
    assert st.meters["B"]["deterrence"] == pytest.approx(expected)


def test_an_intercepted_barrage_answers_by_its_signal_and_harms_little(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 20.0, 20.0, "", [])
    # a loud reply (signal 40) that did little damage (harm 4): it settles in full and is
    # not an over-reaction, although its signal is twice what was owed
    exchange(world, st, "B", "A", 40.0, 4.0, "", [])
    assert st.ledger == {}
    assert st.meters["B"]["deterrence"] == pytest.approx(50.0 + p.alpha * 20.0 / p.sigma)


def test_partial_reply_leaves_the_rest_open(setup):
    world, st = setup
    exchange(world, st, "A", "B", 10.0, 10.0, "", [])
    exchange(world, st, "B", "A", 4.0, 4.0, "", [])
    assert st.ledger == {("B", "A"): pytest.approx(6.0)}


def test_a_non_military_reply_settles_a_share_of_its_signal(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 10.0, 10.0, "", [])
    settle(world, st, "B", "A", 8.0, "", [])
    assert st.ledger[("B", "A")] == pytest.approx(10.0 - p.non_military_settlement * 8.0)
    assert st.meters["B"]["deterrence"] == 50.0  # sanctions restore no credibility
    settle(world, st, "C", "A", 8.0, "", [])  # a third party's sanctions settle nothing
    assert st.ledger[("B", "A")] == pytest.approx(10.0 - p.non_military_settlement * 8.0)


def test_denial_waives_the_grievance_and_the_red_line(setup):
    world, st = setup
    st.red_lines[("B", "A")] = 0
    exchange(world, st, "A", "B", 10.0, 10.0, "", [])
    out = []
    waive(world, st, "B", "A", "B deny_being_struck -> A", out)
    assert st.ledger == {} and ("B", "A") not in st.red_lines
    assert {c.rule for c in out} == {"waived"}
    st.turn = 30  # long past every window: nothing left to erode or break
    end_of_turn_deterrence(world, st, [])
    assert st.meters["B"]["deterrence"] == 50.0


def test_grievances_fade_with_a_half_life_unless_they_grew_this_turn(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 10.0, 10.0, "", [])
    fade_grievances(world, st, [])
    assert st.ledger[("B", "A")] == 10.0  # harmed this turn
    st.harmed.clear()
    for _ in range(int(p.grievance_half_life_days)):
        fade_grievances(world, st, [])
    assert st.ledger[("B", "A")] == pytest.approx(5.0)


def test_unanswered_grievance_erodes_after_the_window_slower_and_slower_to_a_floor(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 40.0, 40.0, "", [])
    st.turn = int(p.window_days) - 1
    end_of_turn_deterrence(world, st, [])
    assert st.meters["B"]["deterrence"] == 50.0  # inside the window: no erosion
    losses = []
    for day in range(int(p.window_days), 400):
        st.turn = day
        before = st.meters["B"]["deterrence"]
        end_of_turn_deterrence(world, st, [])
        losses.append(before - st.meters["B"]["deterrence"])
    assert losses[0] > 0
    assert all(b <= a + 1e-12 for a, b in itertools.pairwise(losses))  # slows
    floor = 50.0 * p.erosion_floor
    assert st.meters["B"]["deterrence"] > floor  # never below the floor
    # a proportionate reply eleven days on still restores it above its start
    st.meters["B"]["deterrence"] = 50.0
    for day in range(int(p.window_days), 11):
        st.turn = day
        end_of_turn_deterrence(world, st, [])
    exchange(world, st, "B", "A", 40.0, 40.0, "", [])
    assert st.meters["B"]["deterrence"] > 50.0


def test_broken_red_line_costs_deterrence_once(setup):
    world, st = setup
    p = world.params
    st.red_lines[("B", "A")] = 0
    exchange(world, st, "A", "B", 1.0, 1.0, "", [])
    st.turn = int(p.red_line_days) - 1
    out = []
    end_of_turn_deterrence(world, st, out)
    assert not [c for c in out if c.rule == "red_line_broken"]  # replies take time
    st.turn = int(p.red_line_days)
    end_of_turn_deterrence(world, st, out)
    broken = [c for c in out if c.rule == "red_line_broken"]
    assert len(broken) == 1 and broken[0].amount == pytest.approx(-p.red_line_penalty)
    assert ("B", "A") not in st.red_lines
