"""Scenario ▸ Check against history: the scenario's checkpoints judged on its real track."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.analysis.checkpoints import Verdict, check_history, verdict_line
from wargame.core.errors import WargameError
from wargame.core.scenario import Scenario

PASS_COLOUR = "#2e7d32"
FAIL_COLOUR = "#c62828"


class CheckDialog(QDialog):
    """Plays the scenario's historical track headless and shows one row per checkpoint:
    whether it holds, what history says, and the values it was judged on.

    Attributes:
        verdicts: the checkpoints' outcomes, in the scenario's order.
        intro: what the check does.
        summary: the headline ("9 of 10 checkpoints hold").
        table: one row per checkpoint.
    """

    def __init__(
        self, scenario: Scenario, parent: QWidget | None = None, session: bool = True
    ) -> None:
        """``session``: opened beside an open session (the console), which the check
        leaves alone, and says so; the editor has none."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check against history — {0}").format(scenario.title))
        layout = QVBoxLayout(self)
        text = self.tr(
            "The scenario's historical track is played as it happened, with this "
            "scenario's parameters, and every checkpoint of history is judged on the "
            "meters."
        )
        if session:
            text += " " + self.tr("The open session is not touched.")
        intro = QLabel(text, self)
        self.intro = intro
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Result"), self.tr("What history says"), self.tr("Measured")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 420)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = buttons.addButton(
            self.tr("&Copy as text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy.clicked.connect(self.copy_text)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.verdicts: list[Verdict] = []
        self._run(scenario)
        self.resize(1100, 560)

    def _run(self, scenario: Scenario) -> None:
        if scenario.history is None or not scenario.expectations:
            self.summary.setText(
                self.tr("This scenario carries no historical checkpoints to check.")
            )
            return
        try:
            self.verdicts = check_history(scenario)
        except WargameError as exc:
            self.summary.setText(
                self.tr("The historical track cannot be played: {0}").format(str(exc))
            )
            return
        held = sum(v.passed for v in self.verdicts)
        colour = PASS_COLOUR if held == len(self.verdicts) else FAIL_COLOUR
        self.summary.setText(
            "<b style='color:{}'>{}</b>".format(
                colour,
                self.tr("{0} of {1} checkpoints hold").format(held, len(self.verdicts)),
            )
        )
        self.table.setRowCount(len(self.verdicts))
        for row, v in enumerate(self.verdicts):
            result = QTableWidgetItem(self.tr("Pass") if v.passed else self.tr("Fail"))
            result.setForeground(QColor(PASS_COLOUR if v.passed else FAIL_COLOUR))
            font = result.font()
            font.setBold(True)
            result.setFont(font)
            self.table.setItem(row, 0, result)
            self.table.setItem(row, 1, QTableWidgetItem(v.checkpoint.name))
            measured = QTableWidgetItem(v.measured)
            measured.setToolTip(v.measured)
            self.table.setItem(row, 2, measured)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Fit the rows to their wrapped text once the columns have their real widths."""
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def text(self) -> str:
        """The table as the ``wargame check`` lines."""
        return "\n".join(verdict_line(v) for v in self.verdicts)

    def copy_text(self) -> None:
        """Put the ``wargame check`` lines on the clipboard (for a report or an e-mail)."""
        QGuiApplication.clipboard().setText(self.text())
