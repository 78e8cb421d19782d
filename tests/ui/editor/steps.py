"""What a facilitator does in the scenario editor, as steps the editor's tests share."""

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from wargame.ui.editor.table import RowTable
from wargame.ui.editor.window import EditorWindow

LAPTOP = QRect(0, 0, 1366, 768)


def open_editor(qtbot, play=None) -> EditorWindow:
    """The editor on the empty crisis, sized for a 1366 x 768 laptop."""
    editor = EditorWindow(play=play, available=LAPTOP)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def close_editor(editor: EditorWindow) -> None:
    """Close without the unsaved-changes prompt."""
    editor.model.stack.setClean()
    editor.close()


def column(rows: RowTable, key: str) -> int:
    """The index of the column that edits ``key``."""
    return next(i for i, c in enumerate(rows.columns) if c.key == key)


def edit_cell(qtbot, rows: RowTable, row: int, key: str, value: str) -> None:
    """Open the cell's editor with F2, type ``value`` (or pick the choice shown as
    ``value``) and commit it, as a user does."""
    table = rows.table
    table.setCurrentCell(row, column(rows, key))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    viewport = table.viewport()
    found = [*viewport.findChildren(QLineEdit), *viewport.findChildren(QComboBox)]
    editors = [w for w in found if w.isVisible()]
    assert editors, f"no editor opened for {key}"
    editor = editors[0]
    if isinstance(editor, QComboBox):
        index = editor.findText(value)
        assert index >= 0, (
            f"{value!r} not among {[editor.itemText(i) for i in range(editor.count())]}"
        )
        editor.setCurrentIndex(index)
        editor.activated.emit(index)
    else:
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        qtbot.keyClicks(editor, value)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def cell(rows: RowTable, row: int, key: str) -> str:
    """The text a cell shows."""
    item = rows.table.item(row, column(rows, key))
    return item.text() if item is not None else ""


def type_into(qtbot, line: QLineEdit, text: str) -> None:
    """Replace a line edit's text by typing, then press Return."""
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def choose(box: QComboBox, text: str) -> None:
    """Pick the entry shown as ``text``, as a user does."""
    index = box.findText(text)
    assert index >= 0, f"{text!r} not among {[box.itemText(i) for i in range(box.count())]}"
    box.setCurrentIndex(index)
    box.activated.emit(index)


def build_small_crisis(qtbot, editor: EditorWindow) -> None:
    """Two states, a group hosted by one, a rivalry, an inject, two days of history and
    one checkpoint, all through the editor's widgets."""
    tabs = editor.tabs
    # Overview
    tabs.setCurrentWidget(editor.overview)
    type_into(qtbot, editor.overview.title, "Border crisis in Alpland")
    type_into(qtbot, editor.overview.ident, "border_crisis")
    editor.overview.start.setDate(QDate(2025, 3, 1))
    editor.overview.turns.setValue(5)
    qtbot.keyClicks(editor.overview.briefing, "Shots on the border.")
    # Actors: two states and a group
    tabs.setCurrentWidget(editor.actors)
    rows = editor.actors.rows
    for row, (ident, name, kind) in enumerate(
        [
            ("ALP", "Alpland", "state"),
            ("BET", "Betania", "state"),
            ("GRP", "Red Hand", "non-state group"),
        ]
    ):
        qtbot.mouseClick(rows.add, Qt.MouseButton.LeftButton)
        edit_cell(qtbot, rows, row, "id", ident)
        edit_cell(qtbot, rows, row, "name", name)
        edit_cell(qtbot, rows, row, "kind", kind)
    rows.table.setCurrentCell(2, 0)
    choose(editor.actors.host, "Betania")
    # Relations: Alpland and Betania are rivals
    tabs.setCurrentWidget(editor.relations)
    editor.relations.select_pair("ALP", "BET")
    choose(editor.relations.kind, "rival")
    editor.relations.baseline.setValue(5.0)
    # Injects: one on day 1 that heats the pair
    tabs.setCurrentWidget(editor.injects)
    rows = editor.injects.rows
    qtbot.mouseClick(rows.add, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, rows, 0, "id", "shelling")
    edit_cell(qtbot, rows, 0, "title", "Shelling reported near the border")
    edit_cell(qtbot, rows, 0, "turn", "2")
    rows.table.setCurrentCell(0, 0)
    qtbot.keyClicks(editor.injects.text, "Villagers report shelling overnight.")
    effects = editor.injects.effects
    editor.injects.parts.setCurrentWidget(effects)
    qtbot.mouseClick(effects.add, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, effects, 0, "pair", "Alpland")
    edit_cell(qtbot, effects, 0, "pair.1", "Betania")
    # History: two days; on day 1 the group strikes Alpland
    tabs.setCurrentWidget(editor.history)
    qtbot.mouseClick(editor.history.add_day, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.history.add_day, Qt.MouseButton.LeftButton)
    editor.history.days.setCurrentRow(1)
    moves = editor.history.moves
    qtbot.mouseClick(moves.add, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, moves, 0, "actor", "Red Hand")
    edit_cell(qtbot, moves, 0, "action", "Militant attack")
    edit_cell(qtbot, moves, 0, "target", "Alpland")
    # Expectations: the rivalry heats up on day 1
    tabs.setCurrentWidget(editor.expectations)
    rows = editor.expectations.rows
    qtbot.mouseClick(rows.add, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, rows, 0, "name", "Alpland-Betania escalation rises on 2 March")
    edit_cell(qtbot, rows, 0, "metric", "escalation")
    edit_cell(qtbot, rows, 0, "who", "Alpland")
    edit_cell(qtbot, rows, 0, "whom", "Betania")
    edit_cell(qtbot, rows, 0, "test", "rises")
    edit_cell(qtbot, rows, 0, "on", "Day 2 · Sun 2 Mar 2025")
    edit_cell(qtbot, rows, 0, "ref", "—")
    editor.validate_now()
