"""Rulings on submitted moves: reasons, modify, the engine's own roll, the order of resolution."""

import pytest

from tests.core.conftest import to_orders
from wargame.core.adjudication import roll_outcome
from wargame.core.engine import Engine
from wargame.core.enums import Decision, DiploStatus, Outcome
from wargame.core.errors import IllegalMoveError, PhaseError
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced


def test_rejected_move_does_nothing_and_needs_a_reason(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    to_orders(eng, st)
    eng.step(st, MoveSubmitted("A", "hit", "B"))
    eng.step(st, PhaseAdvanced())
    with pytest.raises(IllegalMoveError, match="reason"):
        eng.step(st, MoveAdjudicated(0, Decision.REJECT, reason=" "))
    eng.step(st, MoveAdjudicated(0, Decision.REJECT, reason="not plausible"))
    eng.step(st, PhaseAdvanced())
    assert st.ledger == {}


def test_modify_swaps_the_action(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    to_orders(eng, st)
    eng.step(st, MoveSubmitted("A", "hit", "B"))
    eng.step(st, PhaseAdvanced())
    eng.step(st, MoveAdjudicated(0, Decision.MODIFY, action="recall", reason="scaled down"))
    eng.step(st, PhaseAdvanced())
    assert st.status["A-B"] is DiploStatus.DOWNGRADED
    assert st.ledger == {}


def test_roll_uses_the_dice_in_the_state(mini):
    outcomes = set()
    for seed in range(30):
        eng = Engine(mini)
        st = eng.initial_state(seed)
        to_orders(eng, st)
        eng.step(st, MoveSubmitted("A", "hit", "B"))
        eng.step(st, PhaseAdvanced())
        before = st.rng
        eng.step(st, MoveAdjudicated(0, Decision.ROLL, reason="dice"))
        assert st.rng != before
        again = eng.initial_state(seed)
        to_orders(eng, again)
        eng.step(again, MoveSubmitted("A", "hit", "B"))
        eng.step(again, PhaseAdvanced())
        eng.step(again, MoveAdjudicated(0, Decision.ROLL, reason="dice"))
        assert again.pending[0].outcome is st.pending[0].outcome
        outcomes.add(st.pending[0].outcome)
    assert outcomes == {Outcome.SUCCESS, Outcome.PARTIAL, Outcome.FAILURE}


def test_every_ruling_records_the_engines_roll_beside_the_decision(mini):
    eng = Engine(mini)
    st = eng.initial_state(4)
    to_orders(eng, st)
    eng.step(st, MoveSubmitted("A", "hit", "B"))
    eng.step(st, PhaseAdvanced())
    with pytest.raises(IllegalMoveError, match="needs a reason"):
        eng.step(st, MoveAdjudicated(0, Decision.SET, Outcome.PARTIAL))
    out = eng.step(
        st, MoveAdjudicated(0, Decision.SET, Outcome.PARTIAL, reason="half the missiles")
    )
    ruling = out[0]
    assert ruling.meter == "ruling" and ruling.detail["outcome"] == "partial"
    from wargame.core.adjudication import roll_outcome

    assert ruling.detail["engine"] == roll_outcome(ruling.detail["roll"], 0.5).value
    assert st.pending[0].roll == ruling.detail["roll"]


def test_resolution_order_can_change(mini):
    from wargame.core.events import MovesReordered

    eng = Engine(mini)
    st = eng.initial_state(0)
    to_orders(eng, st)
    eng.step(st, MoveSubmitted("A", "recall", "B"))
    eng.step(st, MoveSubmitted("B", "talk", "A"))
    with pytest.raises(PhaseError):
        eng.step(st, MovesReordered((1, 0)))
    eng.step(st, PhaseAdvanced())
    with pytest.raises(IllegalMoveError):
        eng.step(st, MovesReordered((0, 0)))
    eng.step(st, MovesReordered((1, 0)))
    assert [m.actor for m in st.pending] == ["B", "A"]


def test_roll_outcome_bands():
    assert roll_outcome(0.10, 0.5) is Outcome.SUCCESS
    assert roll_outcome(0.60, 0.5) is Outcome.PARTIAL  # within half the failure range
    assert roll_outcome(0.80, 0.5) is Outcome.FAILURE
    assert roll_outcome(0.999, 1.0) is Outcome.SUCCESS
