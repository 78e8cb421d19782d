"""Application start-up: settings, theme, crash recovery, the main window, the event loop."""

import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from wargame import __version__
from wargame.resources import APP_ID, TRANSLATIONS
from wargame.session.session import Session
from wargame.ui.files import Autosaver, OpenError, default_autosave_dir, open_file
from wargame.ui.i18n import install_translators
from wargame.ui.icon import app_icon
from wargame.ui.mainwindow import MainWindow
from wargame.ui.theme import Theme, apply_theme

SETTLE_MS = 500
"""How long ``--screenshot`` lets the window run before drawing it."""


def init_application(
    argv: list[str] | None = None, translations: Path = TRANSLATIONS
) -> QApplication:
    """The QApplication with the names QSettings and QStandardPaths rely on, the icon,
    the desktop entry it belongs to, and the translations for the user's locale."""
    QCoreApplication.setOrganizationName("wargame")
    QCoreApplication.setApplicationName("wargame")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
        install_translators(app, directory=translations)
    app.setWindowIcon(app_icon())
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


def run_gui(path: Path, replay: bool = False, screenshot: Path | None = None) -> int:
    """Open the console on a scenario or save (read-only with ``replay``); return the
    event loop's exit status. With ``screenshot``, draw the window into that PNG and
    return at once instead of running the event loop."""
    app = init_application()
    window = build_window(path, replay=replay)
    window.show()
    if screenshot is None:
        return int(app.exec())

    def shoot() -> None:
        ok = window.grab().save(str(screenshot), "PNG")
        if not ok:
            print(f"wargame: could not write {screenshot}", file=sys.stderr)
        window.mark_saved()  # nothing was played: closing must not ask
        window.close()
        app.exit(0 if ok else 1)

    QTimer.singleShot(SETTLE_MS, shoot)  # let the docks and the map lay themselves out
    return int(app.exec())
