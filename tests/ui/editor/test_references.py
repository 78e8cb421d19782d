"""An actor's id renamed in the Actors tab follows it everywhere, and deleting an actor in
use asks first and takes out what names it; each is one undo step."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import DEFAULT_SCENARIO
from tests.ui.conftest import on_modal
from tests.ui.editor.steps import close_editor, edit_cell, open_editor
from wargame.ui.editor.document import read_doc


def _open_default(qtbot):
    editor = open_editor(qtbot)
    editor.load(read_doc(DEFAULT_SCENARIO), None)
    editor.tabs.setCurrentWidget(editor.actors)
    return editor


def _row(editor, ident: str) -> int:
    return [a["id"] for a in editor.model.doc["actors"]].index(ident)


def test_renaming_an_actor_carries_to_every_reference_and_undoes_in_one_step(qtbot):
    editor = _open_default(qtbot)
    try:
        before = read_doc(DEFAULT_SCENARIO)
        editor.relations.select_pair("CHN", "PAK")
        steps = editor.model.stack.count()
        edit_cell(qtbot, editor.actors.rows, _row(editor, "CHN"), "id", "PRC")
        assert set(editor.relations.pair or ()) == {"PRC", "PAK"}
        assert editor.relations.kind.currentData() == "patron_client"
        editor.validate_now()
        assert [p.line() for p in editor.checked.problems] == []
        doc = editor.model.doc
        assert "'CHN'" not in str(doc) and ":CHN" not in str(doc)
        assert {"a": "PRC", "b": "PAK"}.items() <= next(
            r for r in doc["relations"] if r["type"] == "patron_client"
        ).items()
        assert editor.model.stack.count() == steps + 1
        assert "Rename actor CHN to PRC" in editor.act_undo.toolTip()
        editor.model.stack.undo()
        assert editor.model.doc == before
        editor.model.stack.redo()
        assert "'CHN'" not in str(editor.model.doc)
    finally:
        close_editor(editor)


def test_a_new_id_that_another_actor_has_only_changes_the_row(qtbot):
    editor = _open_default(qtbot)
    try:
        edit_cell(qtbot, editor.actors.rows, _row(editor, "CHN"), "id", "PAK")
        relations = editor.model.doc["relations"]
        assert any("CHN" in (r["a"], r["b"]) for r in relations)  # not merged into Pakistan
    finally:
        close_editor(editor)


def test_deleting_an_actor_in_use_asks_and_takes_out_what_names_it(qtbot):
    editor = _open_default(qtbot)
    try:
        before = read_doc(DEFAULT_SCENARIO)
        table = editor.actors.rows.table
        table.setCurrentCell(_row(editor, "CHN"), 1)
        asked: list[str] = []

        def answer(button: QMessageBox.StandardButton):
            def handler(box: QMessageBox) -> None:
                asked.append(box.text())
                box.button(button).click()

            return handler

        on_modal(answer(QMessageBox.StandardButton.Cancel), title="Delete actor")
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: len(asked) == 1)
        assert editor.model.doc == before
        assert asked[0].startswith("China is used in ")
        assert "7 places (relations, history, expectations)" in asked[0]
        assert asked[0].endswith("Delete it and those?")
        steps = editor.model.stack.count()
        on_modal(answer(QMessageBox.StandardButton.Yes), title="Delete actor")
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: len(asked) == 2)
        assert "CHN" not in [a["id"] for a in editor.model.doc["actors"]]
        assert "'CHN'" not in str(editor.model.doc)
        editor.validate_now()
        assert [p.line() for p in editor.checked.problems] == []
        assert editor.model.stack.count() == steps + 1
        editor.model.stack.undo()
        assert editor.model.doc == before
    finally:
        close_editor(editor)


def test_an_actor_nothing_names_is_deleted_without_asking(qtbot):
    editor = open_editor(qtbot)
    try:
        table = editor.actors.rows.table
        qtbot.keyClick(table, Qt.Key.Key_Insert)
        qtbot.keyClick(table, Qt.Key.Key_Delete)  # a dialog would be left stuck and fail
        assert editor.model.doc["actors"] == []
    finally:
        close_editor(editor)
