"""Per-turn records, as the command line prints them in JSON lines."""

import json

from wargame.analysis.timeline import turn_record
from wargame.core.engine import Engine


def test_a_turn_record_holds_the_date_meters_band_ledger_and_flags(mini):
    state = Engine(mini).initial_state(0)
    state.turn = 3
    state.escalation["A-B"] = 12.345678
    state.global_escalation = 41.0
    state.meters["G"]["deterrence"] = 9.87654
    state.ledger[("B", "A")] = 3.0
    state.ledger[("C", "A")] = 0.2  # at or below the epsilon: closed, not listed
    state.flags = {"talks:A-B": 2, "alert:B": 1}
    state.red_lines[("B", "A")] = 1
    record = turn_record(mini, state)
    assert record == {
        "turn": 3,
        "date": "2030-03-04",  # three days after the start
        "escalation": {"A-B": 12.3457, "A-C": 0.0, "A-G": 0.0, "B-C": 0.0, "B-G": 0.0, "C-G": 0.0},
        "global": 41.0,
        "band": "limited strikes",
        "deterrence": {"A": 50.0, "B": 50.0, "C": 50.0, "G": 9.8765},
        "ledger": [{"victim": "B", "offender": "A", "amount": 3.0}],
        "flags": ["alert:B", "talks:A-B", "redline:B>A"],
    }
    assert json.loads(json.dumps(record)) == record  # plain JSON


def test_the_precision_is_a_parameter(mini):
    state = Engine(mini).initial_state(0)
    state.escalation["A-B"] = 12.345678
    assert turn_record(mini, state, ndigits=1)["escalation"]["A-B"] == 12.3


def test_the_date_follows_the_length_of_a_turn(mini):
    weekly = mini.model_copy(update={"turn_days": 7})
    state = Engine(weekly).initial_state(0)
    state.turn = 2
    assert turn_record(weekly, state)["date"] == "2030-03-15"
