"""The console's window: undo and redo keys, the phase button's questions, files, menus."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import BUNDLED
from tests.ui.conftest import on_modal
from tests.ui.facilitator import compose, decline_lock, leave_curtain, next_phase
from wargame.core.enums import Phase
from wargame.storage.files import load_scenario


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
    on_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    next_phase(qtbot, window)
    assert window.session.state.phase is Phase.ORDERS
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
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
