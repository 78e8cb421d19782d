"""Application start-up: settings, theme, crash recovery, the main window, the event loop."""

import logging
import platform
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from wargame import __version__, logs
from wargame.resources import APP_ID, TRANSLATIONS
from wargame.session.session import Session
from wargame.storage.atomic import remove_stale_temps
from wargame.storage.files import FileKind
from wargame.ui import crash
from wargame.ui.files import (
    Autosaver,
    OpenError,
    autosave_info,
    default_autosave_dir,
    discard_autosave,
    open_file,
    orphaned_autosaves,
)
from wargame.ui.i18n import install_translators
from wargame.ui.icon import app_icon
from wargame.ui.mainwindow import MainWindow
from wargame.ui.theme import Theme, apply_theme

SETTLE_MS = 500
"""How long ``--screenshot`` lets the window run before drawing it."""

logger = logging.getLogger(__name__)


def init_application(
    argv: list[str] | None = None, translations: Path = TRANSLATIONS
) -> QApplication:
    """The QApplication with the names QSettings and QStandardPaths rely on, the icon,
    the desktop entry it belongs to, and the translations for the user's locale."""
    QCoreApplication.setOrganizationName(logs.ORGANIZATION)  # logs.data_dir() agrees
    QCoreApplication.setApplicationName(logs.APPLICATION)
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
    """Ask whether to recover an autosave left by a run that did not end cleanly, naming
    the session (its scenario, its file, when it was autosaved) rather than the file."""
    info = autosave_info(path)
    name = (
        info.origin.name
        if info.origin
        else QCoreApplication.translate("app", "a session never saved")
    )
    when = (
        info.saved_at.strftime("%d %b %Y %H:%M")
        if info.saved_at
        else QCoreApplication.translate("app", "at an unknown time")
    )
    title = info.title or QCoreApplication.translate("app", "an unreadable session")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("app", "Recover session?"),
        QCoreApplication.translate(
            "app",
            "wargame did not close cleanly last time. Recover “{0}” ({1}), autosaved {2}?",
        ).format(title, name, when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDetailedText(QCoreApplication.translate("app", "Autosave file: {0}").format(path))
    return box.exec() == QMessageBox.StandardButton.Yes


def build_window(
    scenario_path: Path,
    autosave_dir: Path | None = None,
    ask: Callable[[Path], bool] = ask_recover,
    replay: bool = False,
) -> MainWindow:
    """The main window: on the recovered autosave if the user wants it, else on the file."""
    folder = autosave_dir or default_autosave_dir()
    remove_stale_temps(folder)  # half-written files of killed writes
    for pending in orphaned_autosaves(folder):
        autosaver = Autosaver.adopt(pending)  # held while we ask: no other console takes it
        if autosaver is None:
            continue  # another console starting now took it first
        if not ask(pending):
            discard_autosave(pending)  # declined: this crash's session is let go
            autosaver.let_go()
            continue
        try:
            recovered = open_file(pending)
        except OpenError as exc:
            logger.warning("cannot recover the autosave: %s", exc)
            QMessageBox.warning(None, "wargame", "\n".join(exc.lines))
            autosaver.let_go()
            continue  # kept on disk for a closer look; the next start asks again
        logger.info("recovered the session autosaved in %s", pending)
        window = MainWindow(recovered.session, autosaver, autosaver.origin())
        window.mark_unsaved()
        window.status.setText(QCoreApplication.translate("app", "Recovered from autosave"))
        return window
    autosaver = Autosaver(folder)
    try:
        opened = open_file(scenario_path, secrets.randbelow(2**32))
    except OpenError as exc:
        logger.error("cannot open %s: %s", scenario_path, exc)
        QMessageBox.critical(None, "wargame", "\n".join(exc.lines))
        raise SystemExit(2) from exc
    session: Session = opened.session
    is_save = opened.kind is FileKind.SAVE
    if replay and is_save:
        session.seek(0)
    return MainWindow(session, autosaver, scenario_path if is_save else None, replay and is_save)


def run_gui(
    path: Path, replay: bool = False, screenshot: Path | None = None, debug: bool = False
) -> int:
    """Open the console on a scenario or save (read-only with ``replay``); return the
    event loop's exit status. With ``screenshot``, draw the window into that PNG and
    return at once instead of running the event loop. The log goes to the autosave's
    folder; an unexpected error opens a dialog that keeps the session (with ``debug``,
    its traceback too, and the log is copied to stderr at the debug level)."""
    app = init_application()
    logs.configure(default_autosave_dir(), debug)
    logger.info(
        "wargame %s starts (Python %s, Qt %s, %s)",
        __version__,
        platform.python_version(),
        qVersion(),
        QGuiApplication.platformName(),
    )
    windows: list[MainWindow] = []
    handler = crash.install(lambda: windows[0] if windows else None, debug)
    try:
        window = build_window(path, replay=replay)
        windows.append(window)
        window.show()
        status = int(app.exec()) if screenshot is None else _screenshot(app, window, screenshot)
    finally:
        handler.uninstall()
    logger.info("wargame exits with status %d", status)
    return status


def _screenshot(app: QApplication, window: MainWindow, screenshot: Path) -> int:
    """Let the window lay itself out, draw it into ``screenshot``, close it."""

    def shoot() -> None:
        ok = window.grab().save(str(screenshot), "PNG")
        if not ok:
            print(f"wargame: could not write {screenshot}", file=sys.stderr)
        window.mark_saved()  # nothing was played: closing must not ask
        window.close()
        app.exit(0 if ok else 1)

    QTimer.singleShot(SETTLE_MS, shoot)  # let the docks and the map lay themselves out
    return int(app.exec())
