"""Help ▸ About: version, licence, the open scenario's sources and the components wargame
is built on."""

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wargame import __version__
from wargame.about import LICENCE, SUMMARY, components
from wargame.core.scenario import Scenario
from wargame.ui.icon import app_icon


def about_html(scenario: Scenario) -> str:
    """The dialog's body. Everything taken from the scenario file is escaped: a file is
    data, never markup."""
    heads = {
        "licence": QApplication.translate("about", "Licence"),
        "scenario": QApplication.translate("about", "Scenario"),
        "sources": QApplication.translate("about", "Sources for its facts and numbers:"),
        "none": QApplication.translate("about", "The scenario names no sources."),
        "built": QApplication.translate("about", "Built with"),
    }
    h = {key: escape(text) for key, text in heads.items()}
    sources = "".join(f"<li>{escape(s)}</li>" for s in scenario.sources)
    rows = "".join(
        f"<tr><td>{escape(c.name)}</td><td>{escape(c.version)}</td>"
        f"<td>{escape(c.licence)}</td></tr>"
        for c in components()
    )
    return (
        f"<h2>wargame {escape(__version__)}</h2>"
        f"<p>{escape(SUMMARY)}.</p>"
        f"<h3>{h['licence']}</h3><p>{escape(LICENCE)}</p>"
        f"<h3>{h['scenario']}: {escape(scenario.title)}</h3>"
        f"<p>{h['sources']}</p><ul>{sources or '<li><i>' + h['none'] + '</i></li>'}</ul>"
        f"<h3>{h['built']}</h3>"
        f"<p>Qt {escape(qVersion())}, PySide6 {escape(pyside_version)}</p>"
        f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
    )


class AboutDialog(QDialog):
    """The About box. ``About Qt`` opens Qt's own notice (its licence and version)."""

    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About wargame"))
        self.resize(560, 520)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body = QTextBrowser()
        self.body.setOpenExternalLinks(False)
        self.body.setOpenLinks(False)
        self.body.setHtml(about_html(scenario))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        self.about_qt.clicked.connect(QApplication.aboutQt)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(self.body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
