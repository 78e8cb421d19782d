"""The Injects tab's Import and Export buttons: an MSEL spreadsheet out and back in, as one
undo step; a spreadsheet with problems changes nothing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import on_modal
from tests.ui.editor.steps import build_small_crisis, close_editor, open_editor


def pick_file(path):
    def answer(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return answer


def test_export_then_import_gives_the_same_injects_in_one_undo_step(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        build_small_crisis(qtbot, editor)
        tab = editor.injects
        editor.tabs.setCurrentWidget(tab)
        injects = editor.model.list_at(("injects",))
        sheet = tmp_path / "msel.csv"
        on_modal(pick_file(sheet))
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
        assert sheet.is_file()
        assert "rows written to msel.csv" in editor.status.text()
        tab.rows.table.setCurrentCell(0, 0)
        qtbot.mouseClick(tab.rows.delete, Qt.MouseButton.LeftButton)
        assert editor.model.list_at(("injects",)) == []
        steps = editor.model.stack.count()
        on_modal(pick_file(sheet))
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.model.list_at(("injects",)) != [])
        imported = editor.model.list_at(("injects",))
        assert [(i["id"], i["title"], i.get("turn"), i.get("text")) for i in imported] == [
            (i["id"], i["title"], i.get("turn"), i.get("text")) for i in injects
        ]
        assert editor.model.stack.count() == steps + 1
        assert editor.status.text().startswith("1 inject imported from msel.csv")
        editor.act_undo.trigger()
        assert editor.model.list_at(("injects",)) == []
    finally:
        close_editor(editor)


def test_a_spreadsheet_with_problems_is_shown_and_changes_nothing(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        build_small_crisis(qtbot, editor)
        before = editor.model.list_at(("injects",))
        steps = editor.model.stack.count()
        bad = tmp_path / "bad.csv"
        bad.write_text("Event #,Scenario time\n1,Day 99x\n")
        shown = []

        def read_and_close(box):
            assert isinstance(box, QMessageBox)
            shown.append((box.text(), box.detailedText()))
            box.accept()

        on_modal(read_and_close, title="Cannot import")
        assert not editor.injects.import_from(bad, editor.checked.scenario)
        assert shown and "bad.csv has" in shown[0][0]
        assert "no column" in shown[0][1]
        assert editor.model.list_at(("injects",)) == before
        assert editor.model.stack.count() == steps
    finally:
        close_editor(editor)


def test_a_header_only_spreadsheet_is_refused_and_keeps_every_inject(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        build_small_crisis(qtbot, editor)
        before = editor.model.list_at(("injects",))
        assert before
        steps = editor.model.stack.count()
        empty = tmp_path / "empty.csv"
        empty.write_text("Event #,Scenario time,Title,Message\n")
        shown = []

        def read_and_close(box):
            assert isinstance(box, QMessageBox)
            shown.append(box.detailedText())
            box.accept()

        on_modal(read_and_close, title="Cannot import")
        assert not editor.injects.import_from(empty, editor.checked.scenario)
        assert shown and "no inject rows under the header: nothing imported" in shown[0]
        assert editor.model.list_at(("injects",)) == before
        assert editor.model.stack.count() == steps
    finally:
        close_editor(editor)
