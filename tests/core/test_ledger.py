"""The grievance ledger and deterrence."""

import pytest

from wargame.core.ledger import end_of_turn_deterrence, exchange
from wargame.core.start import initial_state
from wargame.core.world import World


@pytest.fixture
def setup(mini):
    world = World(mini)
    return world, initial_state(world, 0)


def test_unprovoked_harm_opens_a_grievance(setup):
    world, st = setup
    exchange(world, st, "A", "B", 10.0, "", [])
    assert st.ledger == {("B", "A"): 10.0}
    assert st.meters["A"]["deterrence"] == 50.0


def test_proportionate_reply_closes_grievance_and_builds_deterrence(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 10.0, "", [])
    exchange(world, st, "B", "A", 12.0, "", [])  # <= 1.5 x 10
    assert st.ledger == {}
    gain = p.alpha * 10.0 / p.sigma  # military 50 = reference: scale 1
    assert st.meters["B"]["deterrence"] == pytest.approx(50.0 + gain)


def test_over_reaction_opens_a_counter_grievance_and_costs_deterrence(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 10.0, "", [])
    exchange(world, st, "B", "A", 25.0, "", [])  # excess over 1.5 x 10 is 10
    assert st.ledger == {("A", "B"): pytest.approx(10.0)}
    expected = 50.0 + p.alpha * 10.0 / p.sigma - p.gamma * 10.0 / p.sigma
    assert st.meters["B"]["deterrence"] == pytest.approx(expected)


def test_partial_reply_leaves_the_rest_open(setup):
    world, st = setup
    exchange(world, st, "A", "B", 10.0, "", [])
    exchange(world, st, "B", "A", 4.0, "", [])
    assert st.ledger == {("B", "A"): pytest.approx(6.0)}


def test_unanswered_grievance_erodes_only_after_the_window(setup):
    world, st = setup
    p = world.params
    exchange(world, st, "A", "B", 10.0, "", [])
    p_window = p.window
    for t in range(p_window):
        st.turn = t
        before = st.meters["B"]["deterrence"]
        end_of_turn_deterrence(world, st, [])
        assert st.meters["B"]["deterrence"] == pytest.approx(before)  # at D0: no reversion
    st.turn = p_window
    end_of_turn_deterrence(world, st, [])
    loss = p.beta * 10.0 / p.sigma
    assert st.meters["B"]["deterrence"] == pytest.approx(50.0 - loss + p.eta * loss)


def test_broken_red_line_costs_deterrence_once(setup):
    world, st = setup
    p = world.params
    st.red_lines[("B", "A")] = 0
    exchange(world, st, "A", "B", 1.0, "", [])
    st.turn = p.window
    out = []
    end_of_turn_deterrence(world, st, out)
    broken = [c for c in out if c.rule == "red_line_broken"]
    assert len(broken) == 1 and broken[0].amount == pytest.approx(-p.red_line_penalty)
    assert ("B", "A") not in st.red_lines
