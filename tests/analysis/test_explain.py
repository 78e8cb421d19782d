"""Provenance answers for the console's "why did this move?", in names and labels."""

from tests.session.test_wording import shown_ids
from wargame.analysis.explain import causes, why
from wargame.core.events import InjectFired, Override
from wargame.session.headless import play
from wargame.session.session import Session

STRIKE = "Iran: Strike militant camps across the border → Jaish al-Adl"
"""IRN strike_militant_camps -> JAA, in words."""


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
    assert "strike_militant_camps" in strike[0].change.cause  # the engine's record keeps ids
    assert strike[0].raw == strike[0].change.cause
    assert strike[0].source == STRIKE  # what the user reads
    assert strike[0].line() == (
        f"turn 1: {strike[0].change.amount:+.2f} territorial violation of the host ({STRIKE})"
    )


def test_why_names_rules_and_overrides(default_scenario):
    session = Session(default_scenario)
    assert why(session, "deterrence", "PAK") == "No change since the start of the scenario."
    session.dispatch(Override("deterrence", 40.0, "cabinet reshuffle", actor="PAK"))
    text = why(session, "deterrence", "PAK")
    assert "facilitator override" in text and "cabinet reshuffle" in text and "-10.00" in text


def test_why_answers_in_names_labels_and_titles(default_scenario):
    session = Session(default_scenario)
    session.dispatch(InjectFired("deployment_news"))
    inject = causes(session, "escalation", "IRN-PAK")[0]
    assert inject.source == "inject: Iran moves drone and missile units to its borders"
    assert inject.raw == "inject deployment_news"
    play(session, default_scenario.history[:4])
    for meter, subject in [
        ("escalation", "IRN-PAK"),
        ("escalation", "IRN-JAA"),
        ("ledger", "IRN<JAA"),
        ("deterrence", "IRN"),
        ("deterrence", "PAK"),
        ("global", "*"),
    ]:
        text = why(session, meter, subject, last=100)
        assert not shown_ids(default_scenario, text), text
        for cause in causes(session, meter, subject):
            assert not shown_ids(default_scenario, cause.source), cause.source
    assert f"({STRIKE})" in why(session, "ledger", "IRN<JAA", last=100)
    reply = "Pakistan: Strike militant camps across the border → Baloch separatists (BLA/BLF)"
    assert f"over-reaction ({reply})" in why(session, "deterrence", "PAK", last=100)
