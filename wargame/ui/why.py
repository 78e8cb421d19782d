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
from wargame.session.wording import wording


class WhyDialog(QDialog):
    """Table of the provenance of one meter, newest first.

    Causes read in words (names, labels, titles); each cause cell keeps the engine's own
    record, with its ids, as its tooltip. A ``title`` that is the raw subject (a pair key
    such as ``IRN-PAK``) is put in words too.

    Attributes:
        table: turn, change, rule, cause and log position of every change.
    """

    def __init__(
        self, session: Session, meter: str, subject: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if title == subject:
            title = wording(session).subject(meter, subject)
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
                item = QTableWidgetItem(text)
                if col == 3 and cause.raw and cause.raw != text:
                    item.setToolTip(cause.raw)  # the engine's own record, with its ids
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
