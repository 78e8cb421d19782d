"""The Overview tab: title, identifier, dates, length, briefing and sources."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wargame.ui.editor.columns import Column
from wargame.ui.editor.document import Path_, start_date
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.table import RowTable
from wargame.ui.i18n import plural


class OverviewTab(QWidget):
    """What the scenario is: its title and identifier, when it starts, how long a turn is
    and how many turns are planned, the briefing read to the room, and its sources.

    Attributes:
        title, ident, start, turn_days, turns, briefing: the fields.
        sources: the table of sources.
    """

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("What the room will call this crisis"))
        self.ident = QLineEdit(self)
        self.ident.setToolTip(
            self.tr("A short identifier (letters, digits, _): moves files name the scenario by it")
        )
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        self.turn_days = QSpinBox(self)
        self.turn_days.setRange(1, 365)
        self.turn_days.valueChanged.connect(self._day_suffix)
        self.turns = QSpinBox(self)
        self.turns.setRange(1, 100000)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Identifier"), self.ident)
        form.addRow(self.tr("&Start date (Day 1)"), self.start)
        form.addRow(self.tr("T&urn length"), self.turn_days)
        form.addRow(self.tr("&Number of turns"), self.turns)
        left.addLayout(form)
        self.briefing = QPlainTextEdit(self)
        self.briefing.setPlaceholderText(self.tr("The opening briefing read to the room"))
        box = QGroupBox(self.tr("&Briefing"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.briefing)
        left.addWidget(box, 1)
        layout.addLayout(left, 3)
        self.sources = RowTable(
            model,
            ("sources",),
            [
                Column(
                    "",
                    self.tr("Source"),
                    get=lambda row: row if isinstance(row, str) else "",
                    put=lambda _row, value: value or "",
                )
            ],
            lambda: "",
            self.tr("source"),
            self,
        )
        box = QGroupBox(self.tr("Sources (public, for the facts and numbers)"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.sources)
        layout.addWidget(box, 2)
        self.title.editingFinished.connect(
            lambda: self._set(("title",), self.title.text(), self.tr("Edit title"))
        )
        self.ident.editingFinished.connect(
            lambda: self._set(("id",), self.ident.text().strip(), self.tr("Edit identifier"))
        )
        self.start.dateChanged.connect(self._date)
        self.turn_days.valueChanged.connect(
            lambda v: self._set(("turn_days",), v, self.tr("Edit turn length"))
        )
        self.turns.valueChanged.connect(
            lambda v: self._set(("turns",), v, self.tr("Edit number of turns"))
        )
        self.briefing.textChanged.connect(
            lambda: self.model.set(
                ("briefing",), self.briefing.toPlainText(), self.tr("Edit briefing"), merge=True
            )
        )
        self._filling = False
        self._day_suffix(self.turn_days.value())
        model.changed.connect(self.refresh)
        self.refresh()

    def _set(self, path: Path_, value: object, text: str) -> None:
        if not self._filling:
            self.model.set(path, value, text)

    def _day_suffix(self, days: int) -> None:
        self.turn_days.setSuffix(plural(self.tr(" day(s)", "", days), days))

    def _date(self, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        self._set(("start_date",), day.isoformat(), self.tr("Edit start date"))

    def refresh(self) -> None:
        """Show the document's values (without touching a field that already shows them)."""
        self._filling = True
        doc = self.model.doc
        for edit, key in ((self.title, "title"), (self.ident, "id")):
            text = str(doc.get(key, ""))
            if edit.text() != text:
                edit.setText(text)
        day = start_date(doc)
        if day is not None:
            self.start.setDate(QDate(day.year, day.month, day.day))
        for spin, key, default in ((self.turn_days, "turn_days", 1), (self.turns, "turns", 30)):
            value = doc.get(key, default)
            if isinstance(value, int):
                spin.setValue(value)
        text = str(doc.get("briefing", ""))
        if self.briefing.toPlainText() != text:
            self.briefing.setPlainText(text)
        self._filling = False

    def focus(self, path: Path_) -> bool:
        """Bring the field of ``path`` forward with the keyboard focus."""
        key = path[0] if path else "title"
        if key == "sources":
            row = path[1] if len(path) > 1 and isinstance(path[1], int) else 0
            self.sources.focus_cell(row, "")
            return True
        widget = {
            "title": self.title,
            "id": self.ident,
            "start_date": self.start,
            "turn_days": self.turn_days,
            "turns": self.turns,
            "briefing": self.briefing,
        }.get(str(key), self.title)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
