"""The turn narrative mentions every resolved move and what moved."""

from wargame.session.headless import play
from wargame.session.narrative import turn_narrative
from wargame.session.session import Session


def test_narrative_of_18_january(default_scenario):
    session = Session(default_scenario)
    assert turn_narrative(session) == ""
    play(session, default_scenario.history[:4])
    text = turn_narrative(session)
    assert text.startswith("Turn 3, 18 January 2024.")
    for move in default_scenario.history[3].moves:
        label = session.engine.world.actions[move.action].label.lower()
        assert label in text, label
    assert "Escalation IRN-PAK rose" in text and "PAK strike_militant_camps -> BLA" in text
    assert "Global escalation" in text


def test_narrative_of_a_quiet_day(default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:6])
    text = turn_narrative(session)
    assert "No moves this turn." in text and "fell" in text
