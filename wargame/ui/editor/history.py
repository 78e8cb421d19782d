"""The History tab: the real track, day by day: who did what to whom, and how it came off."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wargame.ui.editor import choices
from wargame.ui.editor.columns import Column, Kind
from wargame.ui.editor.days import day_name
from wargame.ui.editor.document import Path_
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.table import RowTable
from wargame.ui.i18n import plural


def _new_move(model: ScenarioModel) -> dict[str, Any]:
    actors = choices.actors(model)
    actions = choices.actions(model)
    return {
        "actor": actors[0][1] if actors else "",
        "action": actions[0][1] if actions else "",
        "outcome": "success",
    }


class HistoryTab(QWidget):
    """Left: the days of the track (Day 1 is the start date, turn 0 in the file); right:
    the selected day's moves in the order they resolve. ``wargame run --history`` plays
    them, and the Expectations are judged on the meters they give.

    Attributes:
        days: one entry per day. add_day, delete_day: the day buttons. moves: the day's moves.
        note: what happened, for the selected move.
    """

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        tr = self.tr
        layout = QHBoxLayout(self)
        left = QGroupBox(tr("Days of the real track"), self)
        left_layout = QVBoxLayout(left)
        self.days = QListWidget(self)
        self.days.setAccessibleName(tr("Days"))
        left_layout.addWidget(self.days)
        row = QHBoxLayout()
        self.add_day = QPushButton(tr("Add &day"), self)
        self.add_day.setToolTip(tr("Add the next day at the end of the track"))
        self.delete_day = QPushButton(tr("Delete da&y"), self)
        self.delete_day.setToolTip(tr("Delete the selected day (later days move one earlier)"))
        row.addWidget(self.add_day)
        row.addWidget(self.delete_day)
        left_layout.addLayout(row)
        self.days.setMinimumWidth(250)
        layout.addWidget(left, 0)
        self.day_box = QGroupBox(self)
        right_layout = QVBoxLayout(self.day_box)
        columns = [
            Column("actor", tr("Actor"), Kind.CHOICE, choices=lambda: choices.actors(model)),
            Column("action", tr("Action"), Kind.CHOICE, choices=lambda: choices.actions(model)),
            Column(
                "target",
                tr("Target"),
                Kind.CHOICE,
                optional=True,
                choices=lambda: choices.actors(model),
            ),
            Column(
                "outcome",
                tr("Outcome"),
                Kind.CHOICE,
                optional=True,
                choices=lambda: choices.OUTCOMES,
                tip=tr("Empty: rolled with the seed"),
            ),
            Column(
                "modifiers",
                tr("Circumstances"),
                Kind.LIST,
                optional=True,
                tip=tr(
                    "Separated by commas: civilian_casualties, mass_casualties, abroad, "
                    "intercepted, unattributed, sponsor_blamed, sponsor_denies"
                ),
            ),
        ]
        self.moves = RowTable(model, None, columns, lambda: _new_move(model), tr("move"), self)
        self.moves.set_widths(120, 250, 120, 80)
        right_layout.addWidget(self.moves, 3)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(tr("What happened, in a sentence or two (shown in reports)"))
        label = QLabel(tr("&What happened (the selected move)"), self)
        label.setBuddy(self.note)
        right_layout.addWidget(label)
        right_layout.addWidget(self.note, 1)
        self.note.textChanged.connect(self._note)
        self.moves.currentRowChanged.connect(lambda _r: self._show_note())
        layout.addWidget(self.day_box, 1)
        self.add_day.clicked.connect(self.append_day)
        self.delete_day.clicked.connect(self.remove_day)
        self.days.currentRowChanged.connect(lambda _r: self._follow())
        self._filling = False
        model.changed.connect(self.refresh)
        self.refresh()

    def append_day(self) -> None:
        """Add an empty day at the end of the track and select it."""
        history = self.model.list_at(("history",))
        history.append({"moves": []})
        self.model.set(("history",), history, self.tr("Add day"))
        self.days.setCurrentRow(len(history) - 1)

    def remove_day(self) -> None:
        """Delete the selected day."""
        row = self.days.currentRow()
        history = self.model.list_at(("history",))
        if 0 <= row < len(history):
            del history[row]
            self.model.set(("history",), history, self.tr("Delete day"))

    def refresh(self) -> None:
        """List the days with their dates and number of moves."""
        history = self.model.list_at(("history",))
        row = self.days.currentRow()
        self.days.blockSignals(True)
        self.days.clear()
        for k, day in enumerate(history):
            moves = day.get("moves", []) if isinstance(day, dict) else []
            count = plural(self.tr("%n move(s)", "", len(moves)), len(moves))
            self.days.addItem(f"{day_name(self.model.doc, k)} · {count}")
        if history:
            self.days.setCurrentRow(min(max(row, 0), len(history) - 1))
        self.days.blockSignals(False)
        self.delete_day.setEnabled(bool(history))
        self._follow()

    def _follow(self) -> None:
        row = self.days.currentRow()
        history = self.model.list_at(("history",))
        if 0 <= row < len(history):
            item = self.days.item(row)
            self.day_box.setTitle(item.text() if item is not None else "")
            if self.moves.path != ("history", row, "moves"):
                self.moves.set_path(("history", row, "moves"))
                if self.moves.table.rowCount() > 0:
                    self.moves.table.setCurrentCell(0, 0)
        else:
            self.day_box.setTitle(self.tr("Add a day to the track"))
            self.moves.set_path(None)
        self._show_note()

    def _move_path(self) -> Path_ | None:
        row = self.moves.table.currentRow()
        if self.moves.path is None or not 0 <= row < len(self.moves.entries()):
            return None
        return (*self.moves.path, row)

    def _show_note(self) -> None:
        path = self._move_path()
        self._filling = True
        self.note.setEnabled(path is not None)
        text = str(self.model.get((*path, "note")) or "") if path is not None else ""
        if self.note.toPlainText() != text:
            self.note.setPlainText(text)
        self._filling = False

    def _note(self) -> None:
        path = self._move_path()
        if self._filling or path is None:
            return
        text = self.note.toPlainText()
        self.model.set((*path, "note"), text or None, self.tr("Edit what happened"), merge=True)

    def focus(self, path: Path_) -> bool:
        """Select the day and move of ``path``."""
        day = path[1] if len(path) > 1 and isinstance(path[1], int) else 0
        if 0 <= day < self.days.count():
            self.days.setCurrentRow(day)
        if len(path) > 3 and isinstance(path[3], int):
            self.moves.focus_cell(path[3], ".".join(str(p) for p in path[4:]))
            if path[4:5] == ("note",):
                self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.days.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
