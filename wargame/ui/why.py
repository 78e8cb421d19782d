"""The "why did this move?" popup: every change of one meter with its cause."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.analysis.explain import causes
from wargame.session.session import Session


class WhyDialog(QDialog):
    """Table of the provenance of one meter, newest first."""

    def __init__(
        self, session: Session, meter: str, subject: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why did this move? — {0}").format(title))
        self.resize(760, 420)
        found = list(reversed(causes(session, meter, subject)))
        layout = QVBoxLayout(self)
        total = sum(c.change.amount for c in found)
        summary = QLabel(
            self.tr("{0} changes since the start, net {1:+.2f}.").format(len(found), total)
        )
        layout.addWidget(summary)
        self.table = QTableWidget(len(found), 5, self)
        self.table.setAccessibleName(self.tr("Changes of {0}").format(title))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Turn"),
                self.tr("Change"),
                self.tr("Rule"),
                self.tr("Cause"),
                self.tr("Log #"),
            ]
        )
        for row, cause in enumerate(found):
            cells = [
                str(cause.turn),
                f"{cause.change.amount:+.2f}",
                cause.rule,
                cause.source,
                str(cause.index + 1),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
