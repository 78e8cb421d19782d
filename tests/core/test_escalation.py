"""Escalation per dyad: decay, pressure, floors, global aggregation, bands."""

import pytest

from wargame.core.escalation import band_of, end_of_turn_escalation, global_escalation
from wargame.core.start import initial_state
from wargame.core.world import World


def test_gap_to_baseline_halves_in_a_half_life(mini):
    world = World(mini)
    st = initial_state(world, 0)
    st.escalation["A-B"] = 50.0  # baseline 10, gap 40
    h = mini.params.half_life_days  # one turn is one day
    # ledger balanced: rate x balanced_speedup
    for _ in range(int(h)):
        end_of_turn_escalation(world, st, [])
    gap = st.escalation["A-B"] - 10.0
    expected = 40.0 * 2.0 ** (-mini.params.balanced_speedup)
    assert gap == pytest.approx(expected, rel=1e-9)


def test_no_decay_in_a_turn_with_violence(mini):
    world = World(mini)
    st = initial_state(world, 0)
    st.escalation["A-B"] = 50.0
    st.violent.add("A-B")
    out = []
    end_of_turn_escalation(world, st, out)
    assert st.escalation["A-B"] == 50.0
    assert not [c for c in out if c.subject == "A-B"]


def test_open_grievance_pushes_and_slows(mini):
    world = World(mini)
    st = initial_state(world, 0)
    st.ledger[("A", "B")] = 20.0
    st.ledger_since[("A", "B")] = 0
    out = []
    end_of_turn_escalation(world, st, out)
    push = [c for c in out if c.rule == "ledger_pressure" and c.subject == "A-B"]
    assert push and push[0].amount == pytest.approx(mini.params.kappa * 20.0)
    assert st.escalation["A-B"] == pytest.approx(10.0 + 3.0)


def test_floor_is_half_the_baseline(mini):
    world = World(mini)
    st = initial_state(world, 0)
    st.escalation["A-B"] = 0.0
    st.violent.add("A-B")  # keep decay out so only the floor acts
    end_of_turn_escalation(world, st, [])
    assert st.escalation["A-B"] == pytest.approx(5.0)


def test_global_is_noisy_or_of_weighted_dyads(mini):
    world = World(mini)
    st = initial_state(world, 0)
    for k in st.escalation:
        st.escalation[k] = 0.0
    st.escalation["A-B"] = 40.0  # B nuclear: weight 1
    st.escalation["A-C"] = 20.0  # weight 0.5
    st.escalation["B-G"] = 40.0  # non-state: weight 0.25
    g = global_escalation(world, st)
    assert g == pytest.approx(100 * (1 - (1 - 0.40) * (1 - 0.10) * (1 - 0.10)))


def test_bands_pick_the_highest_band_reached(mini):
    bands = mini.params.bands
    assert band_of(bands, 0.0).name == "stable"
    assert band_of(bands, 41.0).name == "limited strikes"
    assert band_of(bands, 100.0).name == "nuclear"
