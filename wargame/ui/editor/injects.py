"""The Injects tab: scheduled and triggered injects with their texts, trigger conditions and
effects; Import and Export of an MSEL spreadsheet."""

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wargame.core.errors import WargameError
from wargame.core.scenario import Scenario
from wargame.ui.editor.columns import Column, Kind
from wargame.ui.editor.days import day_name, shown_day, stored_turn, turn_of
from wargame.ui.editor.document import Path_
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.rules import condition_columns, effect_columns, new_condition
from wargame.ui.editor.table import RowTable
from wargame.ui.i18n import plural

MSEL_FILTER = "MSEL spreadsheets (*.xlsx *.csv)"


def _new_inject(model: ScenarioModel) -> dict[str, Any]:
    taken = {i.get("id") for i in model.list_at(("injects",)) if isinstance(i, dict)}
    n = len(taken) + 1
    while f"inject_{n}" in taken:
        n += 1
    return {"id": f"inject_{n}", "title": f"Inject {n}", "turn": 1, "text": ""}


def _new_effect() -> dict[str, Any]:
    return {"scope": "pair", "var": "escalation", "op": "add", "value": 2.0}


class InjectsTab(QWidget):
    """One row per inject (the day it is scheduled for, counted from Day 1, the start date;
    empty for a triggered one); below, the selected inject's texts, trigger and effects.

    Attributes:
        rows: the injects. texts: the selected one's text, expected player action and
        notes, by their key in the file, in the tabs of text_tabs; text: the first.
        trigger, effects: its parts.
        import_button, export_button: MSEL spreadsheets in and out.

    Signals:
        message(str): a line for the status bar (rows exported).
    """

    message = Signal(str)

    def __init__(
        self,
        model: ScenarioModel,
        scenario: Callable[[], Scenario | None],
        parent: QWidget | None = None,
        folder: Callable[[], Path] | None = None,
    ) -> None:
        """``scenario``: the scenario as loaded now (None while it has problems);
        ``folder``: where the MSEL file dialogs start (the scenario's folder)."""
        super().__init__(parent)
        self.model = model
        self.scenario = scenario
        self.folder = folder or Path.cwd
        tr = self.tr
        layout = QVBoxLayout(self)
        columns = [
            Column("id", tr("Id")),
            Column("title", tr("Headline")),
            Column(
                "turn",
                tr("Day"),
                Kind.INT,
                optional=True,
                get=lambda row: shown_day(model.doc, row.get("turn")),
                put=lambda row, day: (
                    {**row, "turn": stored_turn(model.doc, day)}
                    if day is not None
                    else {k: v for k, v in row.items() if k != "turn"}
                ),
                label=lambda day: (
                    day_name(model.doc, turn_of(model.doc, day))
                    if isinstance(day, int)
                    else str(day)
                ),
                tip=tr(
                    "The day it is scheduled for (Day 1 is the start date); empty for an "
                    "inject its trigger fires"
                ),
            ),
            Column("mode", tr("Mode"), optional=True),
            Column("sender", tr("From"), optional=True),
            Column("recipient", tr("To"), optional=True),
            Column("flags_set", tr("Flags set"), Kind.LIST, optional=True),
        ]
        self.rows = RowTable(
            model, ("injects",), columns, lambda: _new_inject(model), tr("inject"), self
        )
        for i, w in enumerate((120, 290, 165, 100, 100, 100)):
            self.rows.table.setColumnWidth(i, w)
        self.import_button = QPushButton(tr("&Import MSEL…"), self)
        self.import_button.setToolTip(tr("Replace the injects with an MSEL spreadsheet's"))
        self.export_button = QPushButton(tr("E&xport MSEL…"), self)
        self.export_button.setToolTip(tr("Write the injects to an MSEL spreadsheet"))
        self.rows.buttons.addWidget(self.import_button)
        self.rows.buttons.addWidget(self.export_button)
        self.import_button.clicked.connect(self.import_msel)
        self.export_button.clicked.connect(self.export_msel)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.rows)
        self.detail = QGroupBox(self)
        below = QHBoxLayout(self.detail)
        self.text_tabs = QTabWidget(self)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, title, hint in (
            ("text", tr("Te&xt"), tr("What the room is told when it fires")),
            (
                "expected_action",
                tr("Expected &action"),
                tr("What the players are expected to do (an MSEL's expected player action)"),
            ),
            (
                "notes",
                tr("&Notes"),
                tr("The controllers' notes, for the White cell (an MSEL's notes)"),
            ),
        ):
            edit = QPlainTextEdit(self)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(key)
            edit.textChanged.connect(partial(self._text, key))
            self.text_tabs.addTab(edit, title)
            self.texts[key] = edit
        self.text = self.texts["text"]
        below.addWidget(self.text_tabs, 1)
        self.parts = QTabWidget(self)
        self.trigger = RowTable(
            model, None, condition_columns(model), new_condition, tr("trigger condition"), self
        )
        self.effects = RowTable(model, None, effect_columns(model), _new_effect, tr("effect"), self)
        self.trigger.set_widths(115, 95, 95, 150, 50, 50)
        self.effects.set_widths(105, 100, 100, 100, 90, 65)
        self.parts.addTab(self.trigger, tr("&Trigger (all must hold)"))
        self.parts.addTab(self.effects, tr("&Effects when it fires"))
        below.addWidget(self.parts, 2)
        split.addWidget(self.detail)
        split.setSizes([260, 300])
        layout.addWidget(split)
        self.rows.currentRowChanged.connect(lambda _r: self.refresh())
        self._filling = False
        model.changed.connect(self.refresh)
        self.refresh()

    def _row(self) -> int:
        row = self.rows.table.currentRow()
        return row if 0 <= row < len(self.model.list_at(("injects",))) else -1

    def _text(self, key: str) -> None:
        row = self._row()
        if self._filling or row < 0:
            return
        text = self.texts[key].toPlainText()
        what = {
            "text": self.tr("Edit inject text"),
            "expected_action": self.tr("Edit expected player action"),
            "notes": self.tr("Edit controller notes"),
        }[key]
        # the MSEL texts are left out of the file while empty, as the loader writes them
        value = text if text or key == "text" else None
        self.model.set(("injects", row, key), value, what, merge=True)

    def refresh(self) -> None:
        """Show the selected inject's text and parts."""
        self._filling = True
        row = self._row()
        self.detail.setEnabled(row >= 0)
        inject = self.model.get(("injects", row)) if row >= 0 else None
        if isinstance(inject, dict):
            self.detail.setTitle(str(inject.get("title") or inject.get("id")))
            for key, edit in self.texts.items():
                text = str(inject.get(key) or "")
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            self.trigger.set_path(("injects", row, "trigger"))
            self.effects.set_path(("injects", row, "effects"))
        else:
            self.detail.setTitle(self.tr("Select an inject"))
            for edit in self.texts.values():
                edit.setPlainText("")
            self.trigger.set_path(None)
            self.effects.set_path(None)
        self._filling = False

    # -- MSEL -------------------------------------------------------------------------

    def _loaded(self) -> Scenario | None:
        scenario = self.scenario()
        if scenario is None:
            QMessageBox.information(
                self,
                self.tr("MSEL"),
                self.tr(
                    "The scenario has problems (see the list): an MSEL names its actors, so "
                    "fix them first."
                ),
            )
        return scenario

    def import_msel(self) -> None:
        """Replace the injects with a spreadsheet's, as one undo step; on any problem show
        them all and change nothing."""
        scenario = self._loaded()
        if scenario is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import MSEL"), str(self.folder()), self.tr(MSEL_FILTER)
        )
        if name:
            self.import_from(Path(name), scenario)

    def import_from(self, path: Path, scenario: Scenario) -> bool:
        """Read ``path`` and, when it has no problem, take its injects."""
        from wargame.storage.msel import read_msel  # noqa: PLC0415 - openpyxl only on demand

        try:
            read = read_msel(path, scenario)
        except WargameError as exc:
            QMessageBox.warning(self, self.tr("Cannot import"), str(exc))
            return False
        if read.problems:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Cannot import"),
                plural(
                    self.tr(
                        "{0} has %n problem(s); the injects are unchanged.", "", len(read.problems)
                    ),
                    len(read.problems),
                ).format(path.name),
                parent=self,
            )
            box.setInformativeText("\n".join(read.problems[:10]))
            box.setDetailedText("\n".join(read.problems))
            box.exec()
            return False
        injects = [i.model_dump(mode="json", exclude_none=True) for i in read.injects]
        self.model.set(
            ("injects",),
            injects,
            plural(self.tr("Import %n inject(s) from {0}", "", len(injects)), len(injects)).format(
                path.name
            ),
        )
        note = plural(
            self.tr("%n inject(s) imported from {0}", "", len(injects)), len(injects)
        ).format(path.name)
        if read.warnings:
            note += " — " + "; ".join(read.warnings)
        self.message.emit(note)
        return True

    def export_msel(self) -> None:
        """Write the injects to a spreadsheet."""
        scenario = self._loaded()
        if scenario is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export MSEL"),
            str(self.folder() / f"{scenario.id}-msel.xlsx"),
            self.tr(MSEL_FILTER),
        )
        if name:
            self.export_to(Path(name), scenario)

    def export_to(self, path: Path, scenario: Scenario) -> bool:
        """Write ``path``; say how many rows were written, or why nothing was."""
        from wargame.storage.msel import write_msel  # noqa: PLC0415 - openpyxl only on demand

        try:
            rows = write_msel(scenario, path)
        except (WargameError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), str(exc))
            return False
        written = plural(self.tr("%n row(s) written to {0}", "", rows), rows)
        self.message.emit(written.format(path.name))
        return True

    def focus(self, path: Path_) -> bool:
        """Select the inject of ``path`` and the field it names."""
        row = path[1] if len(path) > 1 and isinstance(path[1], int) else 0
        rest = path[2:]
        self.rows.focus_cell(row, "id")
        if rest and rest[0] in ("trigger", "effects"):
            part = self.trigger if rest[0] == "trigger" else self.effects
            self.parts.setCurrentWidget(part)
            index = rest[1] if len(rest) > 1 and isinstance(rest[1], int) else 0
            part.focus_cell(index, ".".join(str(p) for p in rest[2:]))
        elif rest and rest[0] in self.texts:
            edit = self.texts[str(rest[0])]
            self.text_tabs.setCurrentWidget(edit)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.rows.focus_cell(row, ".".join(str(p) for p in rest))
        return True
