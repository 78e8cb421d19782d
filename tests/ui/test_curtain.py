"""The curtain over the console while teams take turns, and the PINs on their panels."""

from tests.ui.conftest import on_modal
from tests.ui.facilitator import decline_lock, leave_curtain, next_phase
from wargame.core.events import TeamPinSet
from wargame.session.teams import pin_hash


def test_pins_keep_teams_out_of_each_others_panels(qtbot, team_window):
    window = team_window
    now = [0.0]
    window.bridge.pins.clock = lambda: now[0]
    window.session.dispatch(TeamPinSet("Team Pakistan", pin_hash("2468")))
    decline_lock()
    next_phase(qtbot, window)

    def wrong_pin(dialog):
        dialog.setTextValue("1111")
        dialog.accept()
        on_modal(lambda box: (seen.append(box.text()), box.accept()))

    seen: list[str] = []
    on_modal(wrong_pin)
    assert window.curtain.open_team("Team Pakistan") is False
    assert seen == ["Wrong PIN."]
    now[0] += 1.0  # a wrong PIN makes the next try wait a second

    def right_pin(dialog):
        dialog.setTextValue("2468")
        dialog.accept()
        on_modal(lambda panel: (opened.append(panel.team), panel.reject()))

    opened: list[str] = []
    on_modal(right_pin)
    assert window.curtain.open_team("Team Pakistan") is True
    assert opened == ["Team Pakistan"]


def test_a_team_withdraws_or_replaces_its_move_before_the_reveal(qtbot, team_window):
    from PySide6.QtCore import Qt

    from tests.ui.facilitator import choose
    from wargame.core.events import MoveWithdrawn
    from wargame.ui.curtain import TeamPanel

    window = team_window
    session = window.session
    decline_lock()
    next_phase(qtbot, window)
    steps: list[str] = []

    def in_panel(panel):
        assert isinstance(panel, TeamPanel)
        composer = panel.composer
        choose(composer.action_box, "strike_state_forces")
        choose(composer.target_box, "PAK")
        composer.note.setText("first thoughts")
        qtbot.mouseClick(composer.submit, Qt.MouseButton.LeftButton)
        assert panel.own_moves.count() == 1 and panel.replace.isEnabled()
        qtbot.mouseClick(panel.replace, Qt.MouseButton.LeftButton)  # back into the form
        assert panel.own_moves.count() == 0
        assert composer.action_box.currentData() == "strike_state_forces"
        assert composer.note.text() == "first thoughts"
        choose(composer.action_box, "condemn")
        choose(composer.target_box, "PAK")
        qtbot.mouseClick(composer.submit, Qt.MouseButton.LeftButton)
        label = window.session.engine.world.actions["condemn"].label
        assert panel.own_moves.item(0).text() == f"Iran: {label} → Pakistan"
        steps.append("replaced")
        qtbot.mouseClick(panel.finish, Qt.MouseButton.LeftButton)

    on_modal(in_panel)
    assert window.curtain.open_team("Team Iran")
    assert steps == ["replaced"]
    assert [m.action for m in session.state.pending] == ["condemn"]
    withdrawn = [e for e in session.log if isinstance(e, MoveWithdrawn)]
    assert withdrawn == [MoveWithdrawn("Team Iran", 0)]
    assert session.sealed() == {1, 3}  # the withdrawn move is never revealed
    log = [r for r in (window.log_panel.model.index(i, 4).data() for i in range(4)) if r]
    assert "sealed move withdrawn by Team Iran" in log


def test_the_white_cell_locks_the_console_behind_its_pin(qtbot, team_window):
    from PySide6.QtCore import Qt

    from wargame.core.events import WHITE_CELL
    from wargame.session.teams import pin_ok

    window = team_window
    now = [0.0]
    window.bridge.pins.clock = lambda: now[0]
    prompts = iter(["2580", "2580"])

    def offer(box):
        next(b for b in box.buttons() if b.text().startswith("Set a White-cell PIN")).click()
        on_modal(new_pin)

    def new_pin(dialog):
        dialog.setTextValue(next(prompts))
        dialog.accept()
        if dialog.labelText() == "New PIN:":
            on_modal(new_pin)

    on_modal(offer, title="Lock the console?")
    next_phase(qtbot, window)  # -> orders: the offer, then the curtain
    assert pin_ok(window.session.state, WHITE_CELL, "2580")
    curtain = window.curtain
    assert curtain.isVisible() and "locked behind the White cell's PIN" in curtain.lock.text()

    def wrong(dialog):
        dialog.setTextValue("1111")
        dialog.accept()
        on_modal(lambda box: box.accept())

    on_modal(wrong)
    qtbot.mouseClick(curtain.back, Qt.MouseButton.LeftButton)
    assert curtain.isVisible()  # still up: the console stays locked
    now[0] += 2.0
    leave_curtain(qtbot, window, "2580")
    window.show_curtain()  # Turn > Curtain: the next Orders phase does not offer again
    assert window.curtain.isVisible()


def test_the_curtain_comes_back_when_a_session_opens_in_orders(qtbot, tmp_path, default_scenario):
    from wargame.core.events import MoveSubmitted, PhaseAdvanced
    from wargame.session.persist import to_save
    from wargame.session.session import Session
    from wargame.storage.files import write_save
    from wargame.ui.app import build_window

    session = Session(default_scenario, seed=1)
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveSubmitted("IRN", "condemn", "PAK", "kept under the curtain"))
    autosave = tmp_path / "auto"
    autosave.mkdir()
    write_save(autosave / "autosave.json", to_save(session))  # as a crash leaves it
    window = build_window(tmp_path / "none.json", autosave, ask=lambda _p: True)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.curtain is not None and window.curtain.isVisible())
        assert "Team Pakistan, please come to the screen" in window.curtain.call.text()
    finally:
        window.curtain.accept()
        window._saved_mark = window._mark()
        window.close()


def test_the_curtain_follows_the_console_and_has_no_frame_to_drag(qtbot, team_window):
    from PySide6.QtCore import Qt

    window = team_window
    window.show_curtain()  # Injects phase: not yet
    assert window.curtain is None and "Orders phase" in window.status.text()
    assert not window.act_curtain.isEnabled()
    decline_lock()
    next_phase(qtbot, window)
    curtain = window.curtain
    assert window.act_curtain.isEnabled()
    assert curtain.windowFlags() & Qt.WindowType.FramelessWindowHint
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: curtain.geometry().size() == window.frameGeometry().size())
    assert curtain.geometry().topLeft() == window.frameGeometry().topLeft()


def test_undone_team_moves_are_settled_by_the_white_cell_before_the_teams_return(
    qtbot, team_window
):
    from tests.ui.facilitator import submit_in_panel
    from wargame.core.events import MoveWithdrawn

    window = team_window
    session = window.session
    decline_lock()
    next_phase(qtbot, window)
    submit_in_panel(qtbot, window, "Team Iran", "IRN", "condemn", "PAK", "kept sealed")
    leave_curtain(qtbot, window)
    window.undo()
    asked: list[str] = []

    def leave_in_branch(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Leave them in a branch").click()

    on_modal(leave_in_branch, title="Undone moves")
    window.show_curtain()
    assert asked and "Team Iran" in asked[0] and "kept sealed" not in asked[0]
    assert window.curtain is not None and window.curtain.isVisible()
    assert session.log[-1] == MoveWithdrawn("Team Iran") and not session.can_redo()
    assert "Team Iran: … waiting" in window.curtain.status.item(0).text()
