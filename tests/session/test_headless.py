"""Scripted play of moves and the historical track."""

import pytest

from wargame.core.scenario import Move, TurnMoves
from wargame.session.headless import ScriptError, play
from wargame.session.session import Session


def test_scheduled_injects_fire_on_their_turn(mini):
    session = Session(mini)
    play(session, [TurnMoves(), TurnMoves()])
    assert session.state.injects == {"news": "fired"}
    assert session.state.turn == 1


def test_illegal_scripted_move_names_turn_and_move(mini):
    session = Session(mini)
    turns = [
        TurnMoves(moves=[Move(actor="A", action="recall", target="B")]),
        TurnMoves(
            moves=[Move(actor="A", action="pass"), Move(actor="A", action="recall", target="B")]
        ),
    ]
    with pytest.raises(ScriptError) as info:
        play(session, turns)
    assert (info.value.turn, info.value.move) == (1, 1)
    assert "precondition" in str(info.value)


def test_fixed_outcome_is_used_and_unfixed_chance_is_rolled(mini):
    outcomes = set()
    for seed in range(20):
        session = Session(mini, seed)
        play(session, [TurnMoves(moves=[Move(actor="A", action="hit", target="B")])])
        outcomes.add(session.state.pending[0].outcome)
    assert len(outcomes) > 1
    session = Session(mini, 0)
    play(session, [TurnMoves(moves=[Move(actor="A", action="hit", target="B", outcome="failure")])])
    assert session.state.pending[0].outcome.value == "failure"
