"""Application start-up: settings, theme, crash recovery, the main window, the event loop."""

import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from wargame import __version__
from wargame.session.session import Session
from wargame.ui.files import Autosaver, OpenError, default_autosave_dir, open_file
from wargame.ui.mainwindow import MainWindow
from wargame.ui.theme import Theme, apply_theme


def init_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and QStandardPaths rely on."""
    QCoreApplication.setOrganizationName("wargame")
    QCoreApplication.setApplicationName("wargame")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    theme = Theme.DARK if QSettings().value("theme") == Theme.DARK.value else Theme.LIGHT
    apply_theme(app, theme)
    return app


def ask_recover(path: Path) -> bool:
    """Ask whether to recover an autosave left by a run that did not end cleanly."""
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("app", "Recover session?"),
        QCoreApplication.translate(
            "app",
            "wargame did not close cleanly last time. Recover the session autosaved in\n{0}?",
        ).format(path),
    )
    return answer == QMessageBox.StandardButton.Yes


def build_window(
    scenario_path: Path,
    autosave_dir: Path | None = None,
    ask: Callable[[Path], bool] = ask_recover,
    replay: bool = False,
) -> MainWindow:
    """The main window: on the recovered autosave if the user wants it, else on the file."""
    autosaver = Autosaver(autosave_dir or default_autosave_dir())
    pending = autosaver.pending()
    if pending is not None and ask(pending):
        try:
            recovered = open_file(pending)
        except OpenError as exc:
            QMessageBox.warning(None, "wargame", "\n".join(exc.lines))
        else:
            window = MainWindow(recovered.session, autosaver, None)
            window.mark_unsaved()
            window.status.setText(QCoreApplication.translate("app", "Recovered from autosave"))
            return window
    try:
        opened = open_file(scenario_path, secrets.randbelow(2**32))
    except OpenError as exc:
        QMessageBox.critical(None, "wargame", "\n".join(exc.lines))
        raise SystemExit(2) from exc
    session: Session = opened.session
    is_save = opened.kind.value == "save"
    if replay and is_save:
        session.seek(0)
    return MainWindow(session, autosaver, scenario_path if is_save else None, replay and is_save)


def run_gui(path: Path, replay: bool = False) -> int:
    """Open the console on a scenario or save (read-only with ``replay``); return the
    event loop's exit status."""
    app = init_application()
    window = build_window(path, replay=replay)
    window.show()
    return int(app.exec())
