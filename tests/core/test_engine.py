"""The reducer: phases, refusals, injects, overrides, control, purity and previews."""

import pytest

from tests.core.conftest import to_orders
from wargame.core.engine import Engine
from wargame.core.enums import Decision, Modifier, Phase
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


def sealed_orders(mini):
    """The mini crisis in its Orders phase: team Blue (A) and the White cell (C) have moved."""
    from wargame.core.enums import Controller
    from wargame.core.events import ControlAssigned, TeamPinSet

    eng = Engine(mini)
    st = eng.initial_state(0)
    eng.step(st, ControlAssigned("A", Controller.PLAYER, "Blue"))
    eng.step(st, TeamPinSet("Blue", "ab" * 32))
    to_orders(eng, st)
    eng.step(st, MoveSubmitted("C", "recall", "B"))
    eng.step(st, MoveSubmitted("A", "recall", "B"))
    return eng, st


def test_a_team_withdraws_its_own_move_before_the_reveal_only(mini):
    from wargame.core.events import MoveWithdrawn

    eng, st = sealed_orders(mini)
    with pytest.raises(IllegalMoveError, match="not a move of Blue"):
        eng.step(st, MoveWithdrawn("Blue", 0))  # the White cell's move
    with pytest.raises(IllegalMoveError, match="no move 3"):
        eng.step(st, MoveWithdrawn("Blue", 2))
    eng.step(st, MoveWithdrawn("Blue", 1))
    assert [m.actor for m in st.pending] == ["C"]
    eng.step(st, MoveSubmitted("A", "recall", "B"))  # the replacement
    eng.step(st, PhaseAdvanced())
    with pytest.raises(PhaseError):
        eng.step(st, MoveWithdrawn("Blue", 1))  # revealed: too late
    eng.step(st, MoveWithdrawn("Blue"))  # a record of a dropped move changes nothing
    assert [m.actor for m in st.pending] == ["C", "A"]


def test_control_and_pins_of_a_sealed_move_wait_for_the_reveal(mini):
    from wargame.core.enums import Controller
    from wargame.core.events import WHITE_CELL, ControlAssigned, TeamPinSet

    eng, st = sealed_orders(mini)
    for refused in (
        ControlAssigned("A", Controller.FACILITATOR),  # would show the move to the room
        TeamPinSet("Blue"),  # would open Blue's panel to anyone
    ):
        with pytest.raises(IllegalMoveError, match=r"reveal|sealed"):
            eng.step(st, refused)
    assert st.control["A"] == (Controller.PLAYER, "Blue") and "Blue" in st.pins
    eng.step(st, ControlAssigned("B", Controller.BOT, "dove"))  # B has no move: free
    with pytest.raises(IllegalMoveError, match="White cell"):
        eng.step(st, ControlAssigned("B", Controller.PLAYER, WHITE_CELL))
    eng.step(st, PhaseAdvanced())  # the reveal
    eng.step(st, ControlAssigned("A", Controller.FACILITATOR))
    eng.step(st, TeamPinSet("Blue"))
    assert st.control["A"] == (Controller.FACILITATOR, None) and "Blue" not in st.pins


def test_moves_left_unruled_are_named_by_their_number_in_the_table(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    to_orders(eng, st)
    for actor in ("A", "B", "C"):
        eng.step(st, MoveSubmitted(actor, "recall", "B" if actor != "B" else "A"))
    eng.step(st, PhaseAdvanced())
    eng.step(st, MoveAdjudicated(0, Decision.ACCEPT))
    with pytest.raises(PhaseError, match=r"moves 2 and 3 are not adjudicated yet"):
        eng.step(st, PhaseAdvanced())
    eng.step(st, MoveAdjudicated(2, Decision.ACCEPT))
    with pytest.raises(PhaseError, match=r"move 2 is not adjudicated yet"):
        eng.step(st, PhaseAdvanced())


def test_a_player_actor_needs_a_team_name(mini):
    from wargame.core.enums import Controller
    from wargame.core.events import ControlAssigned

    eng = Engine(mini)
    st = eng.initial_state(0)
    for team in (None, "", "   "):
        with pytest.raises(IllegalMoveError, match="give the team a name"):
            eng.step(st, ControlAssigned("A", Controller.PLAYER, team))
    assert st.control["A"] == (Controller.FACILITATOR, None)
