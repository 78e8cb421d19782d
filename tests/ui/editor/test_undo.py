"""Every edit is one undo step: undo takes the scenario and the widgets back, redo forward."""

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.editor.steps import (
    build_small_crisis,
    cell,
    choose,
    close_editor,
    edit_cell,
    open_editor,
    type_into,
)


def test_undo_and_redo_cover_every_kind_of_edit(qtbot):
    editor = open_editor(qtbot)
    try:
        start = copy.deepcopy(editor.model.doc)
        build_small_crisis(qtbot, editor)
        built = copy.deepcopy(editor.model.doc)
        # untick a catalogue action, then undo it
        catalogue = editor.actions_tab.catalogue
        catalogue.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
        assert editor.model.doc["_disabled"] == ["strike_militant_camps"]
        editor.act_undo.trigger()
        assert editor.model.doc["_disabled"] == []
        assert catalogue.item(0, 0).checkState() == Qt.CheckState.Checked
        assert editor.model.doc == built
        steps = editor.model.stack.count()
        assert steps > 20
        # undo everything: back to the template, the widgets with it
        while editor.model.stack.canUndo():
            editor.act_undo.trigger()
        assert editor.model.doc == start
        assert editor.overview.title.text() == "New crisis"
        assert editor.actors.rows.table.rowCount() == 0
        assert not editor.is_dirty()
        # redo everything: the crisis again, the catalogue action withdrawn last
        while editor.model.stack.canRedo():
            editor.act_redo.trigger()
        assert editor.model.doc == {**built, "_disabled": ["strike_militant_camps"]}
        assert catalogue.item(0, 0).checkState() == Qt.CheckState.Unchecked
        assert editor.overview.title.text() == "Border crisis in Alpland"
        assert cell(editor.actors.rows, 2, "name") == "Red Hand"
        assert editor.is_dirty()
    finally:
        close_editor(editor)


def test_typing_is_one_undo_step_and_ctrl_z_undoes_a_cell(qtbot):
    editor = open_editor(qtbot)
    try:
        qtbot.keyClicks(editor.overview.briefing, "Shots fired")
        assert editor.model.doc["briefing"] == "Shots fired"
        assert editor.model.stack.count() == 1  # the typing merged into one step
        type_into(qtbot, editor.overview.title, "Crisis")
        editor.tabs.setCurrentWidget(editor.actors)
        rows = editor.actors.rows
        qtbot.mouseClick(rows.add, Qt.MouseButton.LeftButton)
        edit_cell(qtbot, rows, 0, "name", "Alpland")
        edit_cell(qtbot, rows, 0, "kind", "organization")
        assert editor.model.doc["actors"][0]["kind"] == "organization"
        qtbot.keySequence(editor, QKeySequence(QKeySequence.StandardKey.Undo))
        assert editor.model.doc["actors"][0].get("kind") == "state"
        assert cell(rows, 0, "kind") == "state"
        editor.act_undo.trigger()
        assert editor.model.doc["actors"][0]["name"] == "Actor 1"
        editor.act_redo.trigger()
        editor.act_redo.trigger()
        assert editor.model.doc["actors"][0]["kind"] == "organization"
        # the relation form's edits undo too
        qtbot.mouseClick(rows.add, Qt.MouseButton.LeftButton)
        editor.tabs.setCurrentWidget(editor.relations)
        editor.relations.select_pair("A1", "A2")
        choose(editor.relations.kind, "ally")
        editor.relations.baseline.setValue(3.0)
        assert editor.model.doc["relations"] == [
            {"a": "A1", "b": "A2", "type": "ally", "baseline": 3.0}
        ]
        editor.act_undo.trigger()
        assert editor.model.doc["relations"][0]["baseline"] == 0.0
        assert editor.relations.baseline.value() == 0.0
        editor.act_undo.trigger()
        assert editor.model.doc["relations"] == []
        assert editor.relations.kind.currentData() is None
    finally:
        close_editor(editor)


def test_a_starting_meter_is_one_undo_step_named_in_the_undo_tip(qtbot):
    editor = open_editor(qtbot)
    try:
        editor.tabs.setCurrentWidget(editor.actors)
        rows = editor.actors.rows
        qtbot.mouseClick(rows.add, Qt.MouseButton.LeftButton)
        rows.table.setCurrentCell(0, 1)
        spin = editor.actors.meters["variables.military"]
        assert spin.value() == 50.0  # the default shown
        spin.setValue(70.0)
        spin.setValue(75.0)
        assert editor.model.doc["actors"][0]["variables"] == {"military": 75.0}
        assert editor.act_undo.toolTip() == "Undo: Edit starting meters (Ctrl+Z)"
        assert editor.act_undo.text() == "&Undo"  # the toolbar keeps its width
        editor.act_undo.trigger()
        assert "variables" not in editor.model.doc["actors"][0]
        assert spin.value() == 50.0
    finally:
        close_editor(editor)
