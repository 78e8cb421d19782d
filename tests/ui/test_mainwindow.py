"""The console's window: undo and redo keys, the phase button's questions, files, menus."""

import json

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMessageBox, QWidget

from tests.conftest import BUNDLED
from tests.ui.conftest import on_modal, white_cell_only
from tests.ui.facilitator import compose, decline_lock, leave_curtain, next_phase
from wargame.core.enums import Phase
from wargame.core.events import InjectFired, MoveSubmitted, PhaseAdvanced
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.storage.files import load_scenario
from wargame.ui.files import Autosaver
from wargame.ui.mainwindow import MainWindow
from wargame.ui.screenfit import FRAME, WIDE_FROM, Arrangement


def test_undo_and_redo_restore_the_views(qtbot, window):
    next_phase(qtbot, window)
    compose(window, "PAK", "recall_ambassador", "IRN")
    qtbot.mouseClick(window.composer.submit, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window)
    window.orders.table.selectRow(0)
    qtbot.mouseClick(window.orders.accept, Qt.MouseButton.LeftButton)
    before = window.meters.gauge.value()
    next_phase(qtbot, window)
    after = window.meters.gauge.value()
    assert after != before
    assert window.relations.edges["IRN-PAK"].pen().style() == Qt.PenStyle.DashLine
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.meters.gauge.value() == before
    assert window.relations.edges["IRN-PAK"].pen().style() == Qt.PenStyle.SolidLine
    assert window.session.state.phase is Phase.ADJUDICATION
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.meters.gauge.value() == after


def test_malformed_file_shows_an_error_and_keeps_the_session(qtbot, window, tmp_path):
    session = window.session
    session.annotate("keep me")
    bad = tmp_path / "bad.json"
    bad.write_text('{"events": [1, 2, 3], "scenario": 5}')
    seen = {}

    def read_and_close(box):
        seen["text"] = box.text() + box.informativeText()
        box.accept()

    on_modal(read_and_close)
    assert window.open_path(bad) is False
    assert "could not be opened" in seen["text"] and "$.scenario" in seen["text"]
    assert window.session is session and session.annotations[0].text == "keep me"


def test_newer_save_is_refused_in_a_dialog(qtbot, window, tmp_path):
    path = tmp_path / "s.json"
    window.save_to(path)
    doc = json.loads(path.read_text())
    doc["schema_version"] = 7
    path.write_text(json.dumps(doc))
    seen = {}
    on_modal(lambda box: (seen.setdefault("t", box.informativeText()), box.accept()))
    assert window.open_path(path) is False
    assert "newer" in seen["t"]


def test_save_and_reopen(qtbot, window, tmp_path):
    next_phase(qtbot, window, 3)
    path = tmp_path / "session.json"
    assert window.save_to(path)
    assert not window.is_dirty() and window.windowTitle().startswith("session.json")
    assert window.open_path(path)
    assert window.session.cursor == 3 and window.path == path


def test_close_with_unsaved_changes_asks(qtbot, window):
    next_phase(qtbot, window)
    assert window.is_dirty()
    assert window.autosaver.path.exists()
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert window.close() is False
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    assert window.close() is True
    assert not window.autosaver.path.exists()  # a clean exit leaves no autosave


def test_closing_orders_early_asks(qtbot, team_window):
    window = team_window
    decline_lock()
    next_phase(qtbot, window)
    leave_curtain(qtbot, window)
    on_modal(lambda box: box.button(QMessageBox.StandardButton.No).click(), title="Close orders?")
    next_phase(qtbot, window)
    assert window.session.state.phase is Phase.ORDERS
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), title="Close orders?")
    next_phase(qtbot, window)
    assert window.session.state.phase is Phase.ADJUDICATION


def test_file_new_lists_every_bundled_crisis_by_title(window):
    titles = [a.text() for a in window.menu_new.actions() if a.text() and not a.isSeparator()]
    for path in BUNDLED:
        assert load_scenario(path).title in titles
    uri = next(a for a in window.menu_new.actions() if "Uri" in a.text())
    uri.trigger()
    assert window.session.scenario.id == "uri_2016"
    assert {a.id for a in window.session.scenario.actors} >= {"IND", "PAK", "JEM"}


def test_open_recent_survives_a_restart_with_one_file(qtbot, window, tmp_path):
    from PySide6.QtCore import QSettings

    saved = tmp_path / "january.json"
    assert window.save_to(saved)
    QSettings().sync()
    # QSettings hands a single entry back as a plain string after a restart
    QSettings().setValue("recent", str(saved.resolve()))
    window._fill_recent()
    entries = [a for a in window.menu_recent.actions() if a.text()]
    assert [a.text() for a in entries] == ["&1 january.json"]
    assert entries[0].toolTip() == str(saved.resolve())
    assert window.start_folder() == tmp_path.resolve()


def test_no_key_is_bound_twice_and_f11_toggles_full_screen(qtbot, window):
    from PySide6.QtGui import QAction

    keys = [
        seq.toString()
        for act in window.findChildren(QAction)
        if act.parent() is window
        for seq in act.shortcuts()
    ]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert "F11" in [s.toString() for s in window.act_full.shortcuts()]
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= {s.toString() for s in window.act_redo.shortcuts()}
    assert "F1" in [s.toString() for s in window.act_guide.shortcuts()]


def test_next_phase_reminds_of_due_injects_and_of_bots(qtbot, team_window):
    from wargame.session.operations import bots_waiting

    window = team_window
    session = window.session
    due = [i.title for i in session.engine.due_injects(session.state)]
    assert due
    told: list[str] = []
    on_modal(
        lambda box: (told.append(box.text()), box.button(QMessageBox.StandardButton.No).click()),
        title="Injects are due",
    )
    qtbot.mouseClick(window.turn_bar.buttons[-1], Qt.MouseButton.LeftButton)
    assert session.state.phase is Phase.INJECTS  # stayed to fire them
    assert all(title in told[0] for title in due)
    decline_lock()
    next_phase(qtbot, window)
    leave_curtain(qtbot, window)
    assert bots_waiting(session) == ["JAA", "BLA"]

    def bots_first(box):
        told.append(box.text())
        next(b for b in box.buttons() if b.text() == "Bots move, then go on").click()

    on_modal(bots_first, title="Bots have not moved")
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), title="Close orders?")
    qtbot.mouseClick(window.turn_bar.buttons[-1], Qt.MouseButton.LeftButton)
    assert "Jaish al-Adl" in told[1] and "JAA" not in told[1]
    assert session.state.phase is Phase.ADJUDICATION
    assert {m.actor for m in session.state.pending} == {"JAA", "BLA"}


def test_a_save_opened_for_replay_is_not_modified_by_moving_through_it(
    qtbot, tmp_path, default_scenario
):
    from tests.ui.facilitator import replay_window

    window, _ = replay_window(qtbot, tmp_path, default_scenario)
    try:
        window.bridge.run(window, lambda: window.session.seek(10))
        assert not window.is_dirty() and not window.windowTitle().startswith("*")
        window.session.annotate("a note for the debrief")
        assert window.is_dirty()
    finally:
        window._saved_mark = window._mark()
        window.close()


def test_the_guide_opens_offline_with_f1(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guide is not None and window.guide.isVisible()
    text = window.guide.text.toPlainText()
    assert "One turn" in text and "Next phase (F5)" in text
    window.guide.close()


# -- the console on the screen it opens on ----------------------------------------------

LAPTOPS = {
    "1366x768": QRect(0, 0, 1366, 768),
    "1366x768 under a top bar": QRect(0, 27, 1366, 741),
    "1280x720": QRect(0, 0, 1280, 720),
}


@pytest.fixture
def console_on(qtbot, tmp_path):
    """Open consoles on a given screen's available area; close them after the test."""
    opened: list[MainWindow] = []

    def open_on(scenario, screen: QRect) -> MainWindow:
        win = MainWindow(Session(scenario, seed=0), Autosaver(tmp_path / "auto"), available=screen)
        opened.append(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield open_on
    for win in opened:
        win.mark_saved()
        win.close()
        win.deleteLater()


def main_actions(win: MainWindow) -> list[tuple[str | None, QWidget]]:
    """Each main action's widget, with the dock to bring forward first (None: the bar)."""
    orders = win.orders
    return [
        *((None, button) for button in win.turn_bar.buttons),  # Undo, Redo, Next phase
        ("composer", win.composer.submit),
        ("injects", win.injects.fire),
        ("injects", win.injects.hold),
        ("injects", win.injects.skip),
        ("orders", orders.reason),
        *(("orders", b) for b in (orders.accept, orders.roll, orders.set_button, orders.reject)),
        ("orders", orders.modify),
        ("orders", orders.accept_all),
        ("chart", win.chart.plot),
        ("log", win.log_panel.view),
    ]


def on_screen(win: MainWindow, widget: QWidget) -> QRect:
    """The widget's rectangle on the screen."""
    return QRect(widget.mapTo(win, QPoint(0, 0)) + win.geometry().topLeft(), widget.size())


@pytest.mark.parametrize("name", list(LAPTOPS))
def test_on_a_laptop_every_main_action_is_on_screen_and_in_sight(
    qtbot, console_on, default_scenario, name
):
    screen = LAPTOPS[name]
    win = console_on(default_scenario, screen)
    assert win.arrangement is Arrangement.COMPACT
    frame = win.frameGeometry()
    assert screen.contains(win.geometry()) and screen.contains(frame), (frame, screen)
    for dock, widget in main_actions(win):
        if dock is not None:
            win.docks[dock].raise_()
        QApplication.processEvents()
        where = on_screen(win, widget)
        label = f"{dock}: {widget.accessibleName() or getattr(widget, 'text', str)()}"
        assert widget.isVisible(), label
        assert screen.contains(where), (label, where)
        if isinstance(widget, QAbstractScrollArea):  # the chart, the log: a real view
            shown = widget.viewport().visibleRegion().boundingRect()
            assert shown.height() >= 100 and shown.width() >= 400, (label, shown)
        else:  # nothing of it scrolled away or cut off
            assert widget.visibleRegion().boundingRect() == widget.rect(), label


@pytest.mark.parametrize("name", list(LAPTOPS))
def test_on_a_laptop_the_window_may_be_as_small_as_the_screen(console_on, default_scenario, name):
    screen = LAPTOPS[name]
    win = console_on(default_scenario, screen)
    least = win.minimumSizeHint()
    # the window manager's title bar and borders fit around it
    assert least.width() <= screen.width() - FRAME.width(), least
    assert least.height() <= screen.height() - FRAME.height(), least
    # the phases' panels share one tab group, the others another: no panel is crushed
    right = {win.docks[n] for n in ("injects", "orders", "composer")}
    assert set(win.tabifiedDockWidgets(win.docks["orders"])) == right - {win.docks["orders"]}
    assert win.docks["notes"] in win.tabifiedDockWidgets(win.docks["chart"])


def test_on_a_projector_the_panels_have_room(qtbot, console_on, default_scenario):
    screen = QRect(0, 0, 1920, 1080)
    win = console_on(white_cell_only(default_scenario), screen)
    assert win.arrangement is Arrangement.WIDE
    assert win.minimumSizeHint().width() < WIDE_FROM.width()  # a narrower screen is compact
    play_to_adjudication(win.session, default_scenario)  # the moves come forward
    QApplication.processEvents()
    # the moves beside the history, the composer on its own: all three in sight at once
    for name in ("orders", "chart", "composer"):
        assert not win.docks[name].visibleRegion().isEmpty(), name
    table = win.orders.table
    assert table.rowCount() == 5
    assert table.viewport().height() >= 4 * table.verticalHeader().defaultSectionSize()
    compose(win, "CHN", "strike_militant_camps", "JAA")
    QApplication.processEvents()
    assert len(summarize_lines(win)) >= 8
    area = win.composer.preview_area
    assert area.height() >= win.composer.preview.sizeHint().height()  # the preview whole
    assert win.chart.plot.height() >= 200


def play_to_adjudication(session, scenario) -> None:
    """Two days played as history went; the third day's five moves revealed for rulings."""
    play(session, scenario.history[:2])
    while session.state.phase is not Phase.INJECTS:
        session.dispatch(PhaseAdvanced())
    for inject in session.engine.due_injects(session.state):
        session.dispatch(InjectFired(inject.id))
    session.dispatch(PhaseAdvanced())
    for m in scenario.history[2].moves:
        session.dispatch(MoveSubmitted(m.actor, m.action, m.target, m.note, tuple(m.modifiers)))
    session.dispatch(PhaseAdvanced())
    assert session.state.phase is Phase.ADJUDICATION


def summarize_lines(win: MainWindow) -> list[str]:
    return win.composer.preview.text().split("<tr>")[1:]


def test_a_layout_saved_on_a_bigger_screen_is_not_restored_on_a_laptop(
    qtbot, console_on, default_scenario
):
    big = console_on(default_scenario, QRect(0, 0, 1920, 1080))
    big.mark_saved()
    big.close()  # saves its geometry and its docks
    laptop = LAPTOPS["1366x768"]
    win = console_on(default_scenario, laptop)
    assert win.arrangement is Arrangement.COMPACT
    assert win.docks["composer"] in win.tabifiedDockWidgets(win.docks["orders"])
    assert laptop.contains(win.frameGeometry())
    win.docks["orders"].raise_()
    QApplication.processEvents()
    assert win.orders.accept.visibleRegion().boundingRect() == win.orders.accept.rect()


def test_a_layout_saved_on_the_same_screen_comes_back(qtbot, console_on, default_scenario):
    laptop = LAPTOPS["1280x720"]
    first = console_on(default_scenario, laptop)
    first.tabifyDockWidget(first.docks["composer"], first.docks["notes"])  # the trainer's way
    first.mark_saved()
    first.close()
    again = console_on(default_scenario, laptop)
    assert again.docks["notes"] in again.tabifiedDockWidgets(again.docks["composer"])


def test_bots_move_says_what_the_bots_chose(qtbot, team_window):
    window = team_window
    decline_lock()
    next_phase(qtbot, window)
    leave_curtain(qtbot, window)
    window.bots_move()
    text = window.status.text()
    assert text.startswith("Bots moved — ") and "Jaish al-Adl" in text and "JAA" not in text
    window.bots_move()
    assert window.status.text() == "Every bot has moved already."


def test_the_projector_never_opens_larger_than_the_screen(qtbot, window):
    window.show_projector()
    room = window.screen().availableGeometry().size()
    size = window.projector.size()
    assert size.width() <= room.width() and size.height() <= room.height()
    window.projector.close()
