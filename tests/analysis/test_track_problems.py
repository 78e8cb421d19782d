"""A track that will not play, in the scenario's words: dates, moves from 1, names."""

import pytest

from wargame.analysis.track_problems import track_problem
from wargame.core.scenario import Move, TurnMoves
from wargame.session.headless import ScriptError, play
from wargame.session.session import Session


def test_a_refused_move_names_its_day_its_row_and_its_actors(mini):
    turns = [
        TurnMoves(moves=[Move(actor="A", action="recall", target="B")]),
        TurnMoves(
            moves=[Move(actor="A", action="pass"), Move(actor="A", action="recall", target="B")]
        ),
    ]
    with pytest.raises(ScriptError) as info:
        play(Session(mini), turns)
    path, message = track_problem(mini, turns, info.value, "$.turns")
    assert path == "$.turns[1].moves[1]"  # counted from 0, as tools read it
    assert message.startswith("2 March 2030, move 2 (Aland: Recall → Borduria): “Recall” needs ")
    assert "precondition" not in message and "A-B" not in message


def test_a_turn_that_cannot_start_names_its_day(mini):
    error = ScriptError(2, None, "cannot start a turn in the orders phase")
    assert track_problem(mini, [], error) == (
        "$.history[2]",
        "3 March 2030: cannot start a turn in the orders phase",
    )
