"""Live validation: the problems `wargame validate` prints, each leading to its field; a
draft saves and reopens; Play waits until there is no problem."""

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.editor.steps import (
    build_small_crisis,
    close_editor,
    column,
    edit_cell,
    open_editor,
)
from wargame.ui.editor.document import read_doc


def problem_item(editor, path):
    view = editor.problems.view
    for i in range(view.count()):
        item = view.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == path:
            return item
    raise AssertionError(f"{path} not listed: {[p.line() for p in editor.problems.problems]}")


def click(qtbot, editor, item):
    view = editor.problems.view
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_problem_is_listed_and_its_click_focuses_the_field(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        build_small_crisis(qtbot, editor)
        rows = editor.actors.rows
        editor.tabs.setCurrentWidget(editor.actors)
        edit_cell(qtbot, rows, 1, "name", "")  # Betania loses its name
        edit_cell(qtbot, rows, 2, "team", "x" * 61)
        qtbot.waitUntil(lambda: len(editor.checked.problems) == 2)
        item = problem_item(editor, "$.actors[1].name")
        assert "$.actors[1].name: must not be empty" in item.text()
        assert item.text().startswith("Actors ▸ row 2")
        editor.tabs.setCurrentWidget(editor.overview)
        click(qtbot, editor, problem_item(editor, "$.actors[2].team"))
        assert editor.tabs.currentWidget() is editor.actors
        assert rows.table.currentRow() == 2
        assert rows.table.currentColumn() == column(rows, "team")
        assert QApplication.focusWidget() is rows.table
        # a starting meter's problem leads to its field below the table
        editor.go_to("$.actors[1].variables.military")
        assert rows.table.currentRow() == 1
        assert QApplication.focusWidget() is editor.actors.meters["variables.military"]
        # a relation's problem leads to the relation's pair and field
        editor.tabs.setCurrentWidget(editor.overview)
        editor.go_to("$.relations[1].baseline")
        assert editor.tabs.currentWidget() is editor.relations
        assert editor.relations.pair == ("ALP", "BET")
        assert QApplication.focusWidget() is editor.relations.baseline
        # a history move's problem leads to its day and move
        editor.go_to("$.history[1].moves[0].target")
        assert editor.history.days.currentRow() == 1
        moves = editor.history.moves
        assert moves.table.currentColumn() == column(moves, "target")
        assert QApplication.focusWidget() is moves.table
    finally:
        close_editor(editor)


def test_the_messages_are_those_wargame_validate_prints_and_a_draft_reopens(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        build_small_crisis(qtbot, editor)
        editor.tabs.setCurrentWidget(editor.actors)
        edit_cell(qtbot, editor.actors.rows, 2, "id", "ALP")  # the group takes Alpland's id
        editor.validate_now()
        lines = [p.line() for p in editor.checked.problems]
        assert "$.actors[2].id: duplicate id 'ALP'" in lines
        assert "$.relations[0].b: unknown actor 'GRP'" in lines
        assert "$.history[1].moves[0].actor: unknown actor 'GRP'" in lines
        path = tmp_path / "draft.json"
        assert editor.save_to(path)  # a draft with problems is saved all the same
        assert "draft" in editor.status.text()
    finally:
        close_editor(editor)
    validate = subprocess.run(
        [sys.executable, "-m", "wargame", "validate", str(path)], capture_output=True, text=True
    )
    assert validate.returncode == 2
    assert validate.stderr.splitlines() == [f"{path}: {line}" for line in lines]
    again = open_editor(qtbot)
    try:
        assert again.open_path(path)
        assert again.model.doc == read_doc(path)
        assert [p.line() for p in again.checked.problems] == lines
        assert again.actors.rows.table.rowCount() == 3
    finally:
        close_editor(again)


def test_play_and_check_wait_until_there_is_no_problem(qtbot):
    played = []
    editor = open_editor(qtbot, play=lambda path: played.append(path) or True)
    try:
        assert not editor.act_play.isEnabled()
        assert "Cannot play yet" in editor.act_play.toolTip()
        assert "$.actors: needs at least 2 actors (it has 0)" in editor.act_play.toolTip()
        assert not editor.act_check.isEnabled()
        build_small_crisis(qtbot, editor)
        assert editor.act_play.isEnabled() and editor.act_check.isEnabled()
        editor.tabs.setCurrentWidget(editor.actors)
        edit_cell(qtbot, editor.actors.rows, 0, "id", "1BAD")
        qtbot.waitUntil(lambda: not editor.act_play.isEnabled())
        assert "Cannot play yet" in editor.act_play.toolTip()
        assert not editor.play()
        assert played == []
    finally:
        close_editor(editor)


def test_a_history_move_that_will_not_play_reads_as_validate_says_it(qtbot, tmp_path):
    import json

    from tests.conftest import DEFAULT_SCENARIO

    doc = json.loads(DEFAULT_SCENARIO.read_text())
    day = next(d for d in doc["history"] if d["moves"])  # the first day with a move
    day["moves"][0].update(actor="IRN", action="conventional_offensive", target="PAK")
    path = tmp_path / "bad-history.json"
    path.write_text(json.dumps(doc))
    validate = subprocess.run(
        [sys.executable, "-m", "wargame", "validate", str(path)], capture_output=True, text=True
    )
    assert validate.returncode == 2
    editor = open_editor(qtbot)
    try:
        assert editor.open_path(path)
        lines = [p.line() for p in editor.checked.problems]
    finally:
        close_editor(editor)
    assert validate.stderr.splitlines() == [f"{path}: {line}" for line in lines]
    assert "move 1 (Iran: " in lines[0] and "IRN" not in lines[0]  # in words, from 1


def test_what_the_editor_hands_on_is_the_document_as_it_is_now(qtbot):
    """An edit waits a moment before the problems list follows it; Import, Export and Save
    never use the scenario from before the edit."""
    from tests.ui.editor.steps import type_into

    editor = open_editor(qtbot)
    try:
        build_small_crisis(qtbot, editor)
        editor.validate_now()
        type_into(qtbot, editor.overview.title, "A renamed crisis")
        assert editor._timer.isActive()  # the list has not caught up yet
        assert editor.current().scenario.title == "A renamed crisis"
    finally:
        close_editor(editor)
