"""The named operations of a turn: advancing (with the narrative), bots, who is waiting."""

import pytest

from wargame.core.enums import Controller, Phase
from wargame.core.errors import PhaseError
from wargame.core.events import ControlAssigned, MoveSubmitted, NarrativeRecorded, PhaseAdvanced
from wargame.session.changes import Changes
from wargame.session.headless import play
from wargame.session.narrative import turn_narrative
from wargame.session.operations import (
    advance,
    bots_move,
    pass_team,
    start_next_turn,
    waiting_teams,
)
from wargame.session.session import Session


def test_entering_review_records_the_narrative_of_the_turn(default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:1])
    assert session.state.phase is Phase.RESOLUTION
    expected = turn_narrative(session)
    changes = advance(session)
    assert session.state.phase is Phase.REVIEW
    assert session.log[-1] == NarrativeRecorded(expected) and expected.startswith("Turn 0")
    assert Changes.PHASE | Changes.LOG in changes
    advance(session)  # on to the next turn: nothing more is recorded
    assert isinstance(session.log[-1], PhaseAdvanced)
    assert sum(isinstance(e, NarrativeRecorded) for e in session.log) == 1


def test_every_played_turn_but_the_last_has_its_narrative(default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:4])
    assert sum(isinstance(e, NarrativeRecorded) for e in session.log) == 3
    start_next_turn(session)
    assert session.state.phase is Phase.INJECTS and session.state.turn == 4
    assert sum(isinstance(e, NarrativeRecorded) for e in session.log) == 4


def test_waiting_teams_are_those_without_a_move_in_orders(default_scenario):
    session = Session(default_scenario)
    assert waiting_teams(session) == []  # not the orders phase
    session.dispatch(PhaseAdvanced())
    assert waiting_teams(session) == ["Team Iran", "Team Pakistan"]
    session.dispatch(MoveSubmitted("PAK", "pass", None, "pass"))
    assert waiting_teams(session) == ["Team Iran"]


def test_bots_move_enters_one_move_per_bot_and_refuses_outside_orders(default_scenario):
    session = Session(default_scenario)
    with pytest.raises(PhaseError):
        session.dispatch(ControlAssigned("IRN", Controller.BOT, "dove"))
        bots_move(session)
    session.dispatch(PhaseAdvanced())
    before = len(session.log)
    changes = bots_move(session)
    bots = {a for a, (c, _) in session.state.control.items() if c is Controller.BOT}
    assert {"IRN"} <= bots
    moved = [e for e in session.log[before:] if isinstance(e, MoveSubmitted)]
    assert {m.actor for m in moved} == bots and Changes.ORDERS in changes
    assert bots_move(session) == Changes.NONE  # every bot has moved


def test_a_team_passes_for_each_of_its_actors_that_has_not_moved(default_scenario):
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())
    iran = [a for a, (c, t) in session.state.control.items() if t == "Team Iran"]
    assert iran
    before = len(session.log)
    pass_team(session, "Team Iran")
    passed = [e for e in session.log[before:] if isinstance(e, MoveSubmitted)]
    assert [e.actor for e in passed] == iran and all(e.action == "pass" for e in passed)
    assert waiting_teams(session) == ["Team Pakistan"]
    assert pass_team(session, "Team Iran") == Changes.NONE  # nobody left to pass for
