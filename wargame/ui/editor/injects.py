"""The Injects tab: scheduled and triggered injects with their texts, trigger conditions and
effects; Import and Export of an MSEL spreadsheet."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
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
from wargame.ui.editor.document import Path_
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.rules import condition_columns, effect_columns, new_condition
from wargame.ui.editor.table import RowTable

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
    """One row per inject (a turn for a scheduled one, empty for a triggered one); below,
    the selected inject's text, trigger and effects.

    Attributes:
        rows: the injects. text: the selected one's text. trigger, effects: its parts.
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
    ) -> None:
        """``scenario``: the scenario as loaded now (None while it has problems)."""
        super().__init__(parent)
        self.model = model
        self.scenario = scenario
        tr = self.tr
        layout = QVBoxLayout(self)
        columns = [
            Column("id", tr("Id")),
            Column("title", tr("Headline")),
            Column(
                "turn",
                tr("Turn"),
                Kind.INT,
                optional=True,
                tip=tr("The turn it is scheduled for; empty for an inject its trigger fires"),
            ),
            Column("mode", tr("Mode"), optional=True),
            Column("sender", tr("From"), optional=True),
            Column("recipient", tr("To"), optional=True),
            Column("flags_set", tr("Flags set"), Kind.LIST, optional=True),
        ]
        self.rows = RowTable(
            model, ("injects",), columns, lambda: _new_inject(model), tr("inject"), self
        )
        for i, w in enumerate((130, 330, 55, 110, 110, 110)):
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
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(tr("What the room is told when it fires"))
        text_box = QVBoxLayout()
        label = QLabel(tr("Te&xt"), self)
        label.setBuddy(self.text)
        text_box.addWidget(label)
        text_box.addWidget(self.text)
        below.addLayout(text_box, 1)
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
        self.text.textChanged.connect(self._text)
        self.rows.currentRowChanged.connect(lambda _r: self.refresh())
        self._filling = False
        model.changed.connect(self.refresh)
        self.refresh()

    def _row(self) -> int:
        row = self.rows.table.currentRow()
        return row if 0 <= row < len(self.model.list_at(("injects",))) else -1

    def _text(self) -> None:
        row = self._row()
        if not self._filling and row >= 0:
            self.model.set(
                ("injects", row, "text"), self.text.toPlainText(), self.tr("Edit inject text"), True
            )

    def refresh(self) -> None:
        """Show the selected inject's text and parts."""
        self._filling = True
        row = self._row()
        self.detail.setEnabled(row >= 0)
        inject = self.model.get(("injects", row)) if row >= 0 else None
        if isinstance(inject, dict):
            self.detail.setTitle(str(inject.get("title") or inject.get("id")))
            text = str(inject.get("text", ""))
            if self.text.toPlainText() != text:
                self.text.setPlainText(text)
            self.trigger.set_path(("injects", row, "trigger"))
            self.effects.set_path(("injects", row, "effects"))
        else:
            self.detail.setTitle(self.tr("Select an inject"))
            self.text.setPlainText("")
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
            self, self.tr("Import MSEL"), "", self.tr(MSEL_FILTER)
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
                self.tr("{0} has {1} problem(s); the injects are unchanged.").format(
                    path.name, len(read.problems)
                ),
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
            self.tr("Import {0} injects from {1}").format(len(injects), path.name),
        )
        note = self.tr("{0} injects imported from {1}").format(len(injects), path.name)
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
            self, self.tr("Export MSEL"), f"{scenario.id}-msel.xlsx", self.tr(MSEL_FILTER)
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
        self.message.emit(self.tr("{0} rows written to {1}").format(rows, path.name))
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
        elif rest and rest[0] == "text":
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.rows.focus_cell(row, ".".join(str(p) for p in rest))
        return True
