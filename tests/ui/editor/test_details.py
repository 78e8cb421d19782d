"""An inject's MSEL texts, where the file dialogs start, and the editor's wording: plurals,
the check dialog without a session, the direction only for a host or patron."""

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.conftest import DEFAULT_SCENARIO
from tests.ui.conftest import on_modal
from tests.ui.editor.steps import build_small_crisis, choose, close_editor, open_editor
from wargame.ui.check import CheckDialog
from wargame.ui.editor.document import read_doc


def test_an_injects_expected_action_and_notes_are_edited_with_undo(qtbot):
    editor = open_editor(qtbot)
    try:
        editor.load(read_doc(DEFAULT_SCENARIO), None)
        tab = editor.injects
        editor.tabs.setCurrentWidget(tab)
        tab.rows.table.setCurrentCell(1, 0)
        for key, words in (("expected_action", "Call the cabinet"), ("notes", "Hold if calm")):
            edit = tab.texts[key]
            tab.text_tabs.setCurrentWidget(edit)
            qtbot.keyClicks(edit, words)
            assert editor.model.doc["injects"][1][key] == words
        editor.validate_now()
        assert editor.checked.scenario is not None
        assert editor.checked.scenario.injects[1].expected_action == "Call the cabinet"
        editor.model.stack.undo()  # the notes, typed as one step
        assert "notes" not in editor.model.doc["injects"][1]
        tab.rows.table.setCurrentCell(0, 0)
        assert tab.texts["expected_action"].toPlainText() == ""
        tab.rows.table.setCurrentCell(1, 0)
        assert tab.texts["expected_action"].toPlainText() == "Call the cabinet"
    finally:
        close_editor(editor)


def test_save_as_and_export_msel_start_in_the_scenarios_folder(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "exercises"
    folder.mkdir()
    path = folder / "crisis.json"
    shutil.copy(DEFAULT_SCENARIO, path)
    starts: list[str] = []

    def dialog(_parent, _title, start, _filter):
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    editor = open_editor(qtbot)
    try:
        assert editor.open_path(path)
        assert not editor.save_as()
        editor.injects.export_msel()
        assert starts == [
            str(folder / "iran_pakistan_2024.json"),
            str(folder / "iran_pakistan_2024-msel.xlsx"),
        ]
        editor.new_from(DEFAULT_SCENARIO)  # a copy of a bundled scenario: the folder last used
        assert editor.path is None
        assert not editor.save_as()
        assert starts[-1] == str(folder / "iran_pakistan_2024.json")
    finally:
        close_editor(editor)


def test_one_problem_is_one_problem(qtbot):
    editor = open_editor(qtbot)  # the empty crisis: it needs actors
    try:
        assert len(editor.checked.problems) == 1
        assert editor.problems.summary.text().startswith("<b>1 problem</b>:")
        assert "Fix the 1 problem listed first" in editor.act_check.toolTip()
        build_small_crisis(qtbot, editor)
        assert editor.history.days.item(1).text().endswith(" · 1 move")
        assert editor.overview.turn_days.suffix() == " day"
    finally:
        close_editor(editor)


def test_the_check_from_the_editor_does_not_speak_of_a_session(qtbot):
    editor = open_editor(qtbot)
    try:
        editor.load(read_doc(DEFAULT_SCENARIO), None)
        seen: list[str] = []

        def look(dialog: QDialog) -> None:
            assert isinstance(dialog, CheckDialog)
            seen.append(dialog.intro.text())
            dialog.reject()

        on_modal(look)
        editor.check_history()
        assert seen and "session" not in seen[0]
        assert editor.checked.scenario is not None
        console = CheckDialog(editor.checked.scenario)
        assert "The open session is not touched." in console.intro.text()
        console.deleteLater()
    finally:
        close_editor(editor)


def test_the_direction_shows_only_for_a_host_or_a_patron(qtbot):
    editor = open_editor(qtbot)
    try:
        editor.load(read_doc(DEFAULT_SCENARIO), None)
        tab = editor.relations
        editor.tabs.setCurrentWidget(tab)
        tab.select_pair("USA", "IRN")  # rivals
        assert not tab.form.isRowVisible(tab.direction)
        tab.select_pair("PAK", "JAA")  # Pakistan hosts Jaish al-Adl
        assert tab.form.isRowVisible(tab.direction)
        assert tab.direction.currentText() == "Pakistan → Jaish al-Adl"
        tab.select_pair("USA", "IRN")
        choose(tab.kind, "patron and client")
        assert tab.form.isRowVisible(tab.direction)
        assert tab.direction.isVisible()
        qtbot.keyClick(tab.kind, Qt.Key.Key_Escape)
    finally:
        close_editor(editor)
