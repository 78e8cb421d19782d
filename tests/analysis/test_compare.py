"""Comparing a line of play with another branch or with the scenario's historical track."""

import pytest

from tests.conftest import mini_doc
from wargame.analysis.compare import HISTORY, decisions_after, divergence, moves_by_turn, track
from wargame.core.scenario import Move, Scenario, TurnMoves
from wargame.session.headless import play
from wargame.session.session import Session

RESTRAINT = TurnMoves(moves=[Move(actor="PAK", action="call_for_de_escalation", target="IRN")])
"""Pakistan calls for calm on 17 January instead of recalling its ambassador."""


@pytest.fixture
def branched(default_scenario) -> Session:
    """Three days of history on ``main``; on ``restraint`` the third day goes otherwise."""
    session = Session(default_scenario, seed=0)
    play(session, default_scenario.history[:3])
    session.seek(next(r.index for r in session.resolved() if r.turn == 1))
    session.branch_from_here("restraint")
    play(session, [RESTRAINT])
    return session


def label(session: Session, actor: str, action: str, target: str) -> str:
    return f"{actor}: {session.engine.world.actions[action].label} → {target}"


def test_the_historical_track_is_played_aside(default_scenario):
    session = Session(default_scenario, seed=3)
    history = track(session, HISTORY)
    assert history.name == HISTORY and history.session is not session
    assert [s.turn for s in history.states()] == list(range(len(default_scenario.history)))
    assert session.log == []  # the session compared is not touched


def test_a_line_played_as_history_never_diverges(default_scenario):
    session = Session(default_scenario, seed=0)
    play(session, default_scenario.history[:4])
    assert divergence(session, track(session, HISTORY)) is None


def test_a_branch_diverges_on_the_day_it_was_played_otherwise(branched):
    assert branched.branch == "restraint"
    assert divergence(branched, track(branched, HISTORY)) == 2
    main = track(branched, "main")
    assert divergence(branched, main) == 2
    assert [s.turn for s in main.states()] == [0, 1, 2]


def test_a_branch_track_replays_that_branch(branched):
    main = track(branched, "main")
    branched.switch_branch("main")
    assert main.session.digests() == branched.digests()


def test_moves_are_listed_by_turn(branched):
    assert moves_by_turn(branched) == {
        1: [label(branched, "IRN", "strike_militant_camps", "JAA")],
        2: [label(branched, "PAK", "call_for_de_escalation", "IRN")],
    }


def test_decisions_side_by_side_from_the_fork(branched, default_scenario):
    main = track(branched, "main")
    day_2 = default_scenario.history[2].moves
    historical = [label(branched, m.actor, m.action, m.target or "") for m in day_2]
    assert decisions_after(branched, main, 2) == [
        (2, [label(branched, "PAK", "call_for_de_escalation", "IRN")], historical)
    ]
    assert decisions_after(branched, main, 5) == [(5, [], [])]  # nothing after the fork's end


def test_a_broken_historical_track_shows_what_it_reached():
    doc = mini_doc()
    recall = TurnMoves(moves=[Move(actor="A", action="recall", target="B")]).model_dump()
    doc["history"] = [recall, recall]  # the second recall finds the relations downgraded
    session = Session(Scenario.model_validate(doc), 0)
    assert [s.turn for s in track(session, HISTORY).states()] == [0]
