"""Application start-up: QApplication, the main window, the event loop."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from wargame.storage.files import load_scenario


def run_gui(path: Path) -> int:
    """Open the console on a scenario; return the exit status of the event loop."""
    app = QApplication.instance() or QApplication(sys.argv)
    scenario = load_scenario(path)
    window = QMainWindow()
    window.setWindowTitle(f"wargame — {scenario.title}")
    label = QLabel(scenario.briefing)
    label.setWordWrap(True)
    window.setCentralWidget(label)
    window.resize(900, 600)
    window.show()
    return int(app.exec())
