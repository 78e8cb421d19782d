"""`make screenshots`: render the console and its docks and dialogs to PNG files.

Run as ``python -m wargame.ui.screenshots OUT_DIR``; the default scenario is played
along its historical track to 18 January 2024 first.
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget

from wargame.session.headless import play
from wargame.session.session import Session
from wargame.storage.files import load_scenario
from wargame.ui.app import init_application
from wargame.ui.files import Autosaver
from wargame.ui.mainwindow import SCENARIO_DIR, MainWindow
from wargame.ui.override import OverrideDialog
from wargame.ui.theme import Theme, apply_theme
from wargame.ui.why import WhyDialog

DAYS_TO_PLAY = 4  # 15, 16, 17 and 18 January


def _grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def _window(app: QApplication, tmp: Path) -> MainWindow:
    scenario = load_scenario(SCENARIO_DIR / "iran_pakistan_2024.json")
    session = Session(scenario, seed=0)
    assert scenario.history is not None
    play(session, scenario.history[:DAYS_TO_PLAY])
    session.annotate("Pakistan answers within 48 hours", index=session.cursor, bookmark=True)
    window = MainWindow(session, Autosaver(tmp))
    window.bridge.select("IRN-PAK")
    window.resize(1920, 1080)
    window.show()
    window.docks["chart"].raise_()
    QApplication.processEvents()
    return window


def render_all(out: Path) -> list[Path]:
    """Write every screenshot into ``out``; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    app = init_application([])
    QCoreApplication.setApplicationName("wargame-screenshots")
    QSettings().clear()
    apply_theme(app, Theme.LIGHT)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        window = _window(app, Path(tmp))
        written.append(_grab(window, out / "console-18-january.png"))
        for name in ("meters", "composer"):
            written.append(_grab(window.docks[name], out / f"dock-{name}.png"))
        for name in ("orders", "injects", "chart", "log", "actors"):
            window.docks[name].raise_()
            written.append(_grab(window.docks[name], out / f"dock-{name}.png"))
        written.append(_grab(window.relations, out / "relations-map.png"))
        why = WhyDialog(window.session, "escalation", "IRN-PAK", "IRN-PAK", window)
        why.show()
        written.append(_grab(why, out / "dialog-why.png"))
        why.close()
        override = OverrideDialog(window.session, "IRN-PAK", window)
        override.reason.setPlainText("The room judges the border calmer than the model says.")
        override.show()
        written.append(_grab(override, out / "dialog-override.png"))
        override.close()
        window.act_dark.setChecked(True)
        window.toggle_theme()
        window.docks["chart"].raise_()
        window.docks["orders"].raise_()
        written.append(_grab(window, out / "console-dark-projector.png"))
        window._saved_mark = window._mark()
        window.close()
    apply_theme(app, Theme.LIGHT)
    QSettings().clear()
    return written


def main() -> int:
    """Entry point: ``python -m wargame.ui.screenshots [OUT_DIR]``."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for path in render_all(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
