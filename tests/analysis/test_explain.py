"""Provenance answers for the console's "why did this move?"."""

from wargame.analysis.explain import causes, why
from wargame.core.events import Override
from wargame.session.headless import play
from wargame.session.session import Session


def test_causes_sum_to_the_meter(default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:5])
    for dyad in ("IRN-PAK", "IRN-USA"):
        found = causes(session, "escalation", dyad)
        base = session.engine.world.baseline[dyad]
        total = sum(c.change.amount for c in found)
        assert abs(base + total - session.state.escalation[dyad]) < 1e-9
    strike = [c for c in causes(session, "escalation", "IRN-PAK") if c.change.rule == "territorial"]
    assert strike[0].turn == 1 and strike[0].event.kind == "advance"
    assert "strike_militant_camps" in strike[0].change.cause


def test_why_names_rules_and_overrides(default_scenario):
    session = Session(default_scenario)
    assert why(session, "deterrence", "PAK") == "No change since the start of the scenario."
    session.dispatch(Override("deterrence", 40.0, "cabinet reshuffle", actor="PAK"))
    text = why(session, "deterrence", "PAK")
    assert "facilitator override" in text and "cabinet reshuffle" in text and "-10.00" in text
