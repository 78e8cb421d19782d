"""Keyboard-friendly tables (Insert, Ctrl+D, Delete), the catalogue ticked per scenario,
the unsaved-changes prompt and recent files."""

import json
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import on_modal
from tests.ui.editor.steps import build_small_crisis, cell, close_editor, edit_cell, open_editor
from wargame.storage.files import load_scenario
from wargame.ui.editor.document import read_doc


def test_rows_are_added_duplicated_and_deleted_with_keys(qtbot):
    editor = open_editor(qtbot)
    try:
        editor.tabs.setCurrentWidget(editor.actors)
        table = editor.actors.rows.table
        qtbot.keyClick(table, Qt.Key.Key_Insert)
        qtbot.keyClick(table, Qt.Key.Key_Insert)
        assert [a["id"] for a in editor.model.doc["actors"]] == ["A1", "A2"]
        edit_cell(qtbot, editor.actors.rows, 0, "name", "Alpland")
        table.setCurrentCell(0, 1)
        qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert [a["name"] for a in editor.model.doc["actors"]] == ["Alpland", "Alpland", "Actor 2"]
        assert table.currentRow() == 1
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        assert [a["name"] for a in editor.model.doc["actors"]] == ["Alpland", "Actor 2"]
        assert cell(editor.actors.rows, 1, "name") == "Actor 2"
    finally:
        close_editor(editor)


def test_a_scenario_without_part_of_the_catalogue_saves_plays_and_reopens(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        build_small_crisis(qtbot, editor)
        catalogue = editor.actions_tab.catalogue
        labels = [catalogue.item(r, 0).text() for r in range(catalogue.rowCount())]
        catalogue.item(labels.index("Nuclear signal"), 0).setCheckState(Qt.CheckState.Unchecked)
        path = tmp_path / "no_nukes.json"
        editor.validate_now()
        assert editor.checked.problems == []
        assert editor.save_to(path)
    finally:
        close_editor(editor)
    doc = json.loads(path.read_text())
    assert doc["catalogue"] is None
    scenario = load_scenario(path)
    ids = [a.id for a in scenario.actions]
    assert "nuclear_signal" not in ids and "militant_attack" in ids
    assert len(ids) == len(labels) - 1
    assert read_doc(path)["_disabled"] == ["nuclear_signal"]
    assert read_doc(path)["actions"] == []
    validate = subprocess.run(
        [sys.executable, "-m", "wargame", "validate", str(path)], capture_output=True, text=True
    )
    assert validate.returncode == 0, validate.stderr


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_editor(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        qtbot.keyClicks(editor.overview.briefing, "Draft")
        on_modal(
            lambda box: box.button(QMessageBox.StandardButton.Cancel).click(),
            title="Unsaved changes",
        )
        assert not editor.close()
        assert editor.isVisible()
        on_modal(
            lambda box: box.button(QMessageBox.StandardButton.Discard).click(),
            title="Unsaved changes",
        )
        assert editor.close()
    except BaseException:
        close_editor(editor)
        raise


def test_files_opened_and_saved_are_in_open_recent(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        path = tmp_path / "first.json"
        assert editor.save_to(path)
        assert editor.recent_files() == [str(path.resolve())]
        entries = editor.menu_recent.actions()
        assert [a.text() for a in entries] == ["&1 first.json"]
        assert editor.menu_recent.isEnabled()
    finally:
        close_editor(editor)
