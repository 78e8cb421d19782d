"""What a facilitator does at the console, and reads off it, as steps the UI tests share."""

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import on_modal
from wargame.core.enums import Phase
from wargame.session.headless import play
from wargame.session.operations import bots_waiting
from wargame.session.persist import to_save
from wargame.session.session import Session
from wargame.storage.files import write_save
from wargame.ui.app import build_window
from wargame.ui.curtain import TeamPanel
from wargame.ui.mainwindow import MainWindow


def next_phase(qtbot, window, times=1):
    """Click the turn bar's next-phase button ``times`` times; when the console reminds
    the facilitator of due injects or of bots that have not moved, go on anyway (a test
    that wants the reminder answers it itself with :func:`on_modal`)."""
    button = window.turn_bar.buttons[-1]
    for _ in range(times):
        reminded = go_on_when_reminded(window)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if reminded and QApplication.activeModalWidget() is None:
            # the offscreen platform gives the activation back only when asked
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def go_on_when_reminded(window) -> bool:
    """Answer the reminder the next click on Next phase will raise, if any: go on."""
    session = window.session
    state = session.state
    if state.phase is Phase.INJECTS and session.engine.due_injects(state):
        on_modal(
            lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
            title="Injects are due",
        )
        return True
    if bots_waiting(session):
        on_modal(
            lambda box: next(b for b in box.buttons() if b.text() == "Go on without them").click(),
            title="Bots have not moved",
        )
        return True
    return False


def decline_lock():
    """Answer "Not now" when the console offers the White cell a PIN (entering Orders)."""

    def not_now(box):
        next(b for b in box.buttons() if b.text() == "Not now").click()

    on_modal(not_now, title="Lock the console?")


def type_pin(pin: str):
    """Type ``pin`` into the next PIN prompt."""

    def answer(dialog):
        dialog.setTextValue(pin)
        dialog.accept()

    on_modal(answer)


def leave_curtain(qtbot, window, pin: str | None = None):
    """The White cell goes back to the console ("Back to the White cell", with its PIN)."""
    curtain = window.curtain
    assert curtain is not None and curtain.isVisible()
    if pin is not None:
        type_pin(pin)
    qtbot.mouseClick(curtain.back, Qt.MouseButton.LeftButton)
    assert window.curtain is None or not window.curtain.isVisible()


def choose(combo, data):
    """Pick the item of ``combo`` whose data is ``data`` (which must be offered)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def compose(window, actor, action, target):
    """Fill the White cell's composer with a move (without submitting it)."""
    c = window.composer
    choose(c.actor_box, actor)
    choose(c.action_box, action)
    choose(c.target_box, target)


def compose_and_submit(qtbot, composer, move):
    """Enter a scripted move (with its circumstances and note) in a composer and submit it."""
    choose(composer.actor_box, move.actor)
    choose(composer.action_box, move.action)
    choose(composer.target_box, move.target)
    for modifier, box in composer.modifiers.items():
        box.setChecked(modifier in move.modifiers)
    composer.note.setText(move.note or "")  # typed text: non-ASCII aborts QTest
    qtbot.mouseClick(composer.submit, Qt.MouseButton.LeftButton)


def submit_in_panel(qtbot, window, team, actor, action, target, note="", pin=None):
    """Open ``team``'s panel from the curtain (typing its ``pin`` when it has one), submit
    one move in it and close it."""

    def fill(panel):
        assert isinstance(panel, TeamPanel) and panel.team == team
        choose(panel.composer.actor_box, actor)
        choose(panel.composer.action_box, action)
        choose(panel.composer.target_box, target)
        panel.composer.note.setText(note)
        qtbot.mouseClick(panel.composer.submit, Qt.MouseButton.LeftButton)
        assert panel.own_moves.count() == 1
        qtbot.mouseClick(panel.finish, Qt.MouseButton.LeftButton)

    def type_it(dialog):
        dialog.setTextValue(pin)
        dialog.accept()
        on_modal(fill)  # the panel opens once the PIN is right

    on_modal(fill if pin is None else type_it)
    assert window.curtain.open_team(team)


def model_texts(
    model, roles=(Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
) -> list[str]:
    """Every text an item model shows (in ``roles``: by default shown or on hover), nested
    rows included."""
    out = []

    def count(fn, parent: QModelIndex) -> int:
        try:
            return int(fn(parent))
        except TypeError:  # list models keep these private in PySide6
            return 1 if fn is model.columnCount else 0

    def walk(parent: QModelIndex) -> None:
        for r in range(count(model.rowCount, parent)):
            for c in range(count(model.columnCount, parent)):
                index = model.index(r, c, parent)
                for role in roles:
                    value = model.data(index, role)
                    if value:
                        out.append(str(value))
                if index.isValid() and c == 0 and count(model.rowCount, index) > 0:
                    walk(index)

    walk(QModelIndex())
    return out


def _menu_action(window, menu_title: str, action_text: str) -> QAction:
    """The action ``menu_title ▸ action_text`` of the window's menu bar."""
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title:
            for act in top.menu().actions():
                if act.text().replace("&", "") == action_text:
                    return act
    raise AssertionError(f"no {menu_title} ▸ {action_text}")


def saved_history(tmp_path, default_scenario, days=6) -> tuple[Path, Session]:
    """A save of the first ``days`` days of history with one bookmark at event 40."""
    session = Session(default_scenario, seed=3)
    play(session, default_scenario.history[:days])
    session.annotate("Pakistan's reply", index=40, bookmark=True)
    path = tmp_path / "played.json"
    write_save(path, to_save(session))
    return path, session


def replay_window(qtbot, tmp_path, default_scenario) -> tuple[MainWindow, Session]:
    """The console opened for replay on :func:`saved_history`, and the session it saved."""
    path, original = saved_history(tmp_path, default_scenario)
    window = build_window(path, tmp_path / "auto", ask=lambda _p: False, replay=True)
    window.show()
    qtbot.waitExposed(window)
    return window, original
