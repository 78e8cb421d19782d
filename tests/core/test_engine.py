"""The reducer: phases, adjudication, resolution, injects, overrides, purity."""

import pytest

from wargame.core.engine import Engine
from wargame.core.enums import Decision, DiploStatus, Modifier, Outcome, Phase
from wargame.core.errors import (
    IllegalMoveError,
    PhaseError,
    UnknownActionError,
    UnknownActorError,
)
from wargame.core.events import (
    InjectFired,
    InjectHeld,
    InjectSkipped,
    MoveAdjudicated,
    MoveSubmitted,
    Override,
    PhaseAdvanced,
)


def to_orders(engine, st):
    engine.step(st, PhaseAdvanced())
    assert st.phase is Phase.ORDERS


def resolve(engine, st, moves, decision=Decision.ACCEPT, outcome=None):
    """From Injects, submit ``moves``, rule on each, resolve; return provenance."""
    to_orders(engine, st)
    for actor, action, target in moves:
        engine.step(st, MoveSubmitted(actor, action, target))
    engine.step(st, PhaseAdvanced())
    for i in range(len(moves)):
        engine.step(st, MoveAdjudicated(i, decision, outcome, reason="r"))
    return engine.step(st, PhaseAdvanced())


def test_phases_advance_in_order_and_wrap_to_next_turn(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    seen = [st.phase]
    for _ in range(5):
        eng.step(st, PhaseAdvanced())
        seen.append(st.phase)
    assert seen == [*Phase, Phase.INJECTS]
    assert st.turn == 1


def test_moves_only_in_orders_and_rulings_only_in_adjudication(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    with pytest.raises(PhaseError):
        eng.step(st, MoveSubmitted("A", "hit", "B"))
    to_orders(eng, st)
    eng.step(st, MoveSubmitted("A", "hit", "B"))
    with pytest.raises(PhaseError):
        eng.step(st, MoveAdjudicated(0, Decision.ACCEPT))
    eng.step(st, PhaseAdvanced())
    with pytest.raises(PhaseError, match="not adjudicated"):
        eng.step(st, PhaseAdvanced())


def test_unknown_and_illegal_moves_are_refused(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    to_orders(eng, st)
    with pytest.raises(UnknownActorError):
        eng.step(st, MoveSubmitted("Z", "hit", "B"))
    with pytest.raises(UnknownActionError):
        eng.step(st, MoveSubmitted("A", "nuke", "B"))
    with pytest.raises(IllegalMoveError, match="not a valid target"):
        eng.step(st, MoveSubmitted("A", "hit", "G"))  # a group is not a state
    with pytest.raises(IllegalMoveError, match="may not take"):
        eng.step(st, MoveSubmitted("G", "hit", "A"))
    assert st.pending == []


def test_a_violent_act_raises_the_dyad_and_opens_a_grievance(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    p = mini.params
    changes = resolve(eng, st, [("A", "hit", "B")])
    s = p.category_points["violent_escalation"] * 1.0 * p.first_of_kind
    assert st.ledger[("B", "A")] == pytest.approx(s)
    # no decay in a violent turn; the open grievance adds kappa x s
    assert st.escalation["A-B"] == pytest.approx(10.0 + s + p.kappa * s)
    rules = {c.rule for c in changes if c.subject == "A-B"}
    assert {"impulse", "ledger_pressure"} <= rules


def test_third_party_aligned_with_the_victim_turns_on_the_attacker(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    resolve(eng, st, [("A", "hit", "B")])
    assert st.escalation["A-C"] > 0.0  # C is B's ally
    third = mini.params.tau * mini.params.category_points["violent_escalation"] * 1.5
    # A-C has no violence of its own: it decays after the third-party push
    assert st.escalation["A-C"] < third


def test_strike_on_a_hosted_group_also_violates_the_host(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    resolve(eng, st, [("A", "camps", "G")])
    assert ("G", "A") in st.ledger and ("B", "A") in st.ledger
    share = mini.params.territorial_share
    assert st.ledger[("B", "A")] == pytest.approx(st.ledger[("G", "A")] * share)


def test_modifiers_scale_the_impulse(mini):
    eng = Engine(mini)
    plain = eng.initial_state(0)
    resolve(eng, plain, [("A", "hit", "B")])
    civ = eng.initial_state(0)
    to_orders(eng, civ)
    eng.step(civ, MoveSubmitted("A", "hit", "B", modifiers=(Modifier.CIVILIAN_CASUALTIES,)))
    eng.step(civ, PhaseAdvanced())
    eng.step(civ, MoveAdjudicated(0, Decision.ACCEPT))
    eng.step(civ, PhaseAdvanced())
    ratio = civ.ledger[("B", "A")] / plain.ledger[("B", "A")]
    assert ratio == pytest.approx(mini.params.civilian_casualties)


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


def test_failure_scales_effects_to_nothing(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    resolve(eng, st, [("A", "boost", None)], Decision.SET, Outcome.FAILURE)
    assert st.meters["A"]["economy"] == 50.0
    st2 = eng.initial_state(0)
    resolve(eng, st2, [("A", "boost", None)], Decision.SET, Outcome.PARTIAL)
    assert st2.meters["A"]["economy"] == pytest.approx(55.0)


def test_apply_is_pure(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    digest = st.digest()
    t = eng.apply(st, PhaseAdvanced())
    assert st.digest() == digest and st.phase is Phase.INJECTS
    assert t.state.phase is Phase.ORDERS


def test_preview_predicts_without_touching_the_state(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    digest = st.digest()
    t = eng.preview(st, "A", "hit", "B")
    assert st.digest() == digest
    assert t.state.escalation["A-B"] > st.escalation["A-B"]
    assert any(c.rule == "impulse" for c in t.changes)


def test_preview_weighs_the_circumstances(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    plain = eng.preview(st, "A", "hit", "B").state.ledger[("B", "A")]
    civ = eng.preview(st, "A", "hit", "B", modifiers=(Modifier.CIVILIAN_CASUALTIES,))
    assert civ.state.ledger[("B", "A")] == pytest.approx(plain * mini.params.civilian_casualties)


def test_scheduled_and_triggered_injects(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    assert [i.id for i in eng.due_injects(st)] == []
    with pytest.raises(IllegalMoveError, match="not due"):
        eng.step(st, InjectFired("news"))
    for _ in range(5):
        eng.step(st, PhaseAdvanced())
    assert [i.id for i in eng.due_injects(st)] == ["news"]
    eng.step(st, InjectFired("news"))
    assert st.escalation["A-C"] == pytest.approx(5.0)
    assert eng.due_injects(st) == []
    st.escalation["A-B"] = 60.0
    assert [i.id for i in eng.due_injects(st)] == ["alarm"]
    eng.step(st, InjectHeld("alarm", reason="later"))
    assert [i.id for i in eng.due_injects(st)] == ["alarm"]
    eng.step(st, InjectSkipped("alarm", reason="not needed"))
    assert eng.due_injects(st) == []


def test_override_sets_a_meter_with_provenance(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    changes = eng.step(st, Override("escalation", 70.0, "room consensus", dyad=("B", "A")))
    assert st.escalation["A-B"] == 70.0
    assert changes[0].rule == "override" and "room consensus" in changes[0].cause
    eng.step(st, Override("deterrence", 20.0, "lost face", actor="C"))
    assert st.meters["C"]["deterrence"] == 20.0
    with pytest.raises(IllegalMoveError):
        eng.step(st, Override("morale", 20.0, "x", actor="C"))


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


def test_control_and_pins_are_state(mini):
    from wargame.core.enums import Controller
    from wargame.core.events import ControlAssigned, TeamPinSet

    eng = Engine(mini)
    st = eng.initial_state(0)
    assert st.control["A"] == (Controller.FACILITATOR, None)
    before = st.digest()
    eng.step(st, ControlAssigned("A", Controller.PLAYER, "Blue"))
    eng.step(st, TeamPinSet("Blue", "ab" * 32))
    assert st.control["A"] == (Controller.PLAYER, "Blue") and st.pins == {"Blue": "ab" * 32}
    assert st.digest() != before
    with pytest.raises(UnknownActorError):
        eng.step(st, ControlAssigned("Z", Controller.BOT, "hawk"))
