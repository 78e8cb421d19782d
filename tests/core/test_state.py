"""The game state: independent copies, the diplomatic status of a pair, and the digest."""

from tests.core.conftest import to_orders
from wargame.core.engine import Engine
from wargame.core.enums import (
    Controller,
    Decision,
    DiploStatus,
    InjectStatus,
    Modifier,
    Outcome,
)
from wargame.core.events import MoveSubmitted
from wargame.core.state import PendingMove


def test_a_copy_shares_no_container_with_the_original(mini):
    original = Engine(mini).initial_state(0)
    digest = original.digest()
    copy = original.copy()
    assert copy.digest() == digest
    copy.meters["A"]["economy"] = 1.0
    copy.escalation["A-B"] = 99.0
    copy.status["A-B"] = DiploStatus.SEVERED
    copy.max_rung[("A", "B")] = 9
    copy.ledger[("B", "A")] = 5.0
    copy.ledger_since[("B", "A")] = 0
    copy.ledger_via[("B", "C", "G")] = 1.0
    copy.flags["talks"] = 0
    copy.red_lines[("B", "A")] = 0
    copy.violent.add("A-B")
    copy.harmed.add(("B", "A"))
    copy.pending.append(PendingMove("A", "hit", "B"))
    copy.injects["news"] = InjectStatus.FIRED
    copy.control["A"] = (Controller.BOT, "hawk")
    copy.pins["Blue"] = "ab" * 32
    assert original.digest() == digest
    assert original.meters["A"]["economy"] == 50.0 and original.escalation["A-B"] == 10.0
    for name in ("status", "max_rung", "ledger", "ledger_since", "ledger_via", "flags"):
        assert getattr(original, name) == {}, name
    assert original.red_lines == {} and original.injects == {} and original.pins == {}
    assert original.violent == set() and original.harmed == set() and original.pending == []
    assert original.control["A"] == (Controller.FACILITATOR, None)


def test_the_status_of_a_pair_reads_the_same_in_either_order(mini):
    state = Engine(mini).initial_state(0)
    assert state.dyad_status("B", "A") is DiploStatus.NORMAL  # absent means normal
    state.status["A-B"] = DiploStatus.DOWNGRADED
    assert state.dyad_status("B", "A") is state.dyad_status("A", "B") is DiploStatus.DOWNGRADED
    assert state.dyad_status("A", "C") is DiploStatus.NORMAL


def test_the_digest_ignores_pending_moves(mini):
    engine = Engine(mini)
    state = engine.initial_state(0)
    to_orders(engine, state)
    before = state.digest()
    engine.step(state, MoveSubmitted("A", "hit", "B", "a sealed note"))
    assert state.pending and state.digest() == before


def test_the_digest_changes_with_any_meter_and_with_the_dice(mini):
    engine = Engine(mini)
    state = engine.initial_state(0)
    digest = state.digest()
    assert engine.initial_state(0).digest() == digest  # same seed, same state
    assert engine.initial_state(1).digest() != digest  # the dice are part of the state
    for change in (
        lambda s: s.meters["A"].__setitem__("economy", 50.5),
        lambda s: s.meters["G"].__setitem__("deterrence", 10.01),
        lambda s: s.escalation.__setitem__("A-C", 0.5),
        lambda s: setattr(s, "global_escalation", s.global_escalation + 1.0),
        lambda s: s.ledger.__setitem__(("B", "A"), 1.0),
    ):
        changed = state.copy()
        change(changed)
        assert changed.digest() != digest


def test_a_ruling_is_a_new_move_record(mini):
    move = PendingMove("A", "hit", "B", (Modifier.INTERCEPTED,), "night strike")
    ruled = move.ruled(Decision.MODIFY, Outcome.PARTIAL, "recall", "B", 0.25, "scaled down")
    assert move.decision is None and move.outcome is None  # the submitted move is kept as is
    assert ruled == move._replace(
        decision=Decision.MODIFY,
        outcome=Outcome.PARTIAL,
        final_action="recall",
        final_target="B",
        roll=0.25,
        reason="scaled down",
    )
