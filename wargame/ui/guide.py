"""Help ▸ Facilitator's guide (F1): the short guide that ships with the app, offline."""

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wargame.resources import GUIDE


class GuideDialog(QDialog):
    """The facilitator's guide in a window that can stay open beside the console.

    Attributes:
        text: the guide's browser.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facilitator's guide"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Facilitator's guide"))
        self.text.setOpenExternalLinks(False)
        self.text.setSource(QUrl.fromLocalFile(str(GUIDE)))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
