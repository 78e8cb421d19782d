"""The turn narrative mentions every resolved move and what moved, in names and labels; a
move the White cell modified is told as it resolved."""

from tests.session.test_wording import shown_ids
from wargame.core.enums import Decision, Outcome
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced
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
    assert "Escalation Iran – Pakistan rose" in text
    strike = "Pakistan: Strike militant camps across the border → Baloch separatists (BLA/BLF)"
    assert strike in text  # the cause of the rise: PAK strike_militant_camps -> BLA
    assert "Global escalation" in text
    assert not shown_ids(default_scenario, text), text


def test_narrative_of_a_quiet_day(default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:6])
    text = turn_narrative(session)
    assert "No moves this turn." in text and "fell" in text


def resolve(session: Session, *rulings: MoveAdjudicated) -> str:
    """Rule on this turn's moves, resolve the turn and tell it."""
    session.dispatch(PhaseAdvanced())  # adjudication: the reveal
    for ruling in rulings:
        session.dispatch(ruling)
    session.dispatch(PhaseAdvanced())  # resolution
    return turn_narrative(session)


def test_a_modified_move_is_told_as_it_resolved(default_scenario):
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())  # orders
    session.dispatch(MoveSubmitted("IRN", "strike_militant_camps", "JAA"))
    text = resolve(
        session,
        MoveAdjudicated(0, Decision.MODIFY, action="raise_alert", target="PAK", reason="calmer"),
    )
    line = next(line for line in text.splitlines() if line.startswith("Iran:"))
    assert line.startswith("Iran: raise alert level against Pakistan (success")
    assert "changed by the White cell from strike militant camps across the border" in line
    assert "Jaish al-Adl" not in line  # the target it no longer has
    # and what moved is the pair it resolved on, with its cause in words
    assert "Iran: Raise alert level → Pakistan" in text
    assert not shown_ids(default_scenario, text), text


def test_a_move_given_another_target_is_told_with_its_new_target(default_scenario):
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())  # orders
    session.dispatch(MoveSubmitted("USA", "condemn", "IRN"))
    text = resolve(
        session,
        MoveAdjudicated(0, Decision.MODIFY, Outcome.PARTIAL, target="PAK", reason="wrong capital"),
    )
    line = next(line for line in text.splitlines() if line.startswith("United States:"))
    assert line.startswith("United States: condemn publicly against Pakistan (partial")
    assert "target changed by the White cell from Iran" in line


def test_a_rejected_move_is_told_as_submitted(default_scenario):
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())  # orders
    session.dispatch(MoveSubmitted("IRN", "strike_militant_camps", "JAA"))
    text = resolve(session, MoveAdjudicated(0, Decision.REJECT, reason="not today"))
    assert (
        "Iran: strike militant camps across the border against Jaish al-Adl was rejected "
        "(not today)." in text
    )


def test_a_pass_is_told_as_a_pass_and_only_a_rolled_ruling_shows_its_die(default_scenario):
    from wargame.core.enums import Decision, Outcome
    from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced

    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())  # orders
    session.dispatch(MoveSubmitted("IRN", "condemn", "PAK"))
    session.dispatch(MoveSubmitted("PAK", "condemn", "IRN"))
    session.dispatch(MoveSubmitted("JAA", "pass", None, "pass"))
    session.dispatch(PhaseAdvanced())  # adjudication
    session.dispatch(MoveAdjudicated(0, Decision.SET, Outcome.FAILURE, reason="blocked"))
    session.dispatch(MoveAdjudicated(1, Decision.ROLL, reason="uncertain"))
    session.dispatch(MoveAdjudicated(2, Decision.ACCEPT))
    session.dispatch(PhaseAdvanced())  # resolution
    text = turn_narrative(session)
    assert "Jaish al-Adl passed." in text and "pass (" not in text
    iran = next(line for line in text.splitlines() if line.startswith("Iran:"))
    assert "failure, set by the White cell" in iran and "roll" not in iran
    roll = session.state.pending[1].roll
    pakistan = next(line for line in text.splitlines() if line.startswith("Pakistan:"))
    assert f"roll {roll:.2f}" in pakistan
