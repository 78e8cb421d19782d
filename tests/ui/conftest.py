"""Qt fixtures: sandboxed settings, a console window, and answering modal dialogs.

A test answers a dialog it opens with :func:`on_modal`; the autouse watchdog
:func:`no_stuck_dialogs` fails a test whose dialog stays open unanswered.
"""

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from wargame.core.enums import Controller
from wargame.core.scenario import Scenario
from wargame.session.session import Session
from wargame.ui.curtain import Curtain
from wargame.ui.files import Autosaver
from wargame.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def sandboxed_settings(tmp_path, qapp):
    """Settings and standard paths in a temporary folder, never the user's."""
    QCoreApplication.setOrganizationName("wargame-tests")
    QCoreApplication.setApplicationName("wargame-tests")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    yield
    QSettings().clear()


STUCK_AFTER = 10.0
"""Seconds a modal dialog may stay open before the watchdog calls it stuck: far beyond what
answering one takes, generous for a slow CI machine."""

_SEEN_AT = "wargame_tests_seen_at"
"""Dynamic property in which the watchdog notes when it first saw a modal dialog."""


def _describe(modal: QWidget) -> str:
    """The class, title and texts of a dialog, to say which one was left open."""
    parts = [type(modal).__name__, modal.windowTitle()]
    for name in ("text", "informativeText", "labelText"):
        getter = getattr(modal, name, None)
        if callable(getter):
            parts.append(getter())
    return " · ".join(p for p in parts if p)


def _dismiss(modal: QWidget) -> None:
    """Close a dialog; one that refuses a close (a message box without an escape button)
    is rejected, which ends its ``exec()``."""
    modal.close()
    if modal.isVisible() and isinstance(modal, QDialog):
        modal.reject()


@pytest.fixture(autouse=True)
def no_stuck_dialogs(qapp):
    """Fail the test, with the dialog's text, if a modal dialog stays open unanswered for
    :data:`STUCK_AFTER` seconds; close it so that the suite goes on instead of hanging.

    The time is measured from when the watchdog first saw that dialog (noted on the dialog
    itself, so a new dialog never inherits an old one's age). Handlers of :func:`on_modal`
    still waiting when the test ends are dropped: they must not answer another test's dialog.
    """
    stuck: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or isinstance(modal, Curtain):
            return  # the curtain stays up through the Orders phase, waiting for nobody
        seen_at = modal.property(_SEEN_AT)
        now = time.monotonic()
        if seen_at is None:
            modal.setProperty(_SEEN_AT, now)
        elif now - float(seen_at) >= STUCK_AFTER:
            stuck.append(_describe(modal))
            _dismiss(modal)

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(250)
    yield
    timer.stop()
    for waiter in list(_waiting):
        waiter.stop()
    assert not stuck, f"dialog(s) left open for {STUCK_AFTER:.0f} s: {stuck}"


def white_cell_only(scenario: Scenario) -> Scenario:
    """The scenario with every actor played by the White cell (no sealed orders)."""
    actors = [
        a.model_copy(update={"controller": Controller.FACILITATOR, "team": None})
        for a in scenario.actors
    ]
    return scenario.model_copy(update={"actors": actors})


def _open(qtbot, tmp_path, scenario: Scenario):
    win = MainWindow(Session(scenario, seed=0), Autosaver(tmp_path / "autosave"))
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win


def _close(win: MainWindow) -> None:
    win._saved_mark = win._mark()  # no unsaved-changes prompt when the test ends
    win.close()
    win.deleteLater()


@pytest.fixture
def window(qtbot, tmp_path, default_scenario) -> MainWindow:
    """The console on a fresh default-scenario session played by the White cell alone."""
    win = _open(qtbot, tmp_path, white_cell_only(default_scenario))
    yield win
    _close(win)


@pytest.fixture
def team_window(qtbot, tmp_path, default_scenario) -> MainWindow:
    """The console on the default scenario with its player teams (Iran, Pakistan)."""
    win = _open(qtbot, tmp_path, default_scenario)
    yield win
    _close(win)


_waiting: list["_ModalWaiter"] = []
"""Handlers given to :func:`on_modal` that have not run yet (this keeps them alive)."""


class _ModalWaiter(QObject):
    """Watches the application for the next modal dialog and runs a handler on it, once."""

    def __init__(
        self, handler: Callable[[QWidget], None], curtain: bool, title: str | None
    ) -> None:
        super().__init__()
        self.handler = handler
        self.curtain = curtain
        self.title = title
        self.done = False

    def start(self) -> None:
        _waiting.append(self)
        QApplication.instance().installEventFilter(self)
        QTimer.singleShot(0, self.answer_open)  # a dialog already open is answered too

    def stop(self) -> None:
        self.done = True
        QApplication.instance().removeEventFilter(self)
        if self in _waiting:
            _waiting.remove(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            not self.done
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.isModal()
            and self.wants(watched)
        ):
            # Shown, but its exec() has not entered its event loop yet: a dialog closed now
            # would leave exec() waiting for ever. Answer it from that loop instead.
            QTimer.singleShot(0, partial(self.answer, watched))
        return False

    def wants(self, dialog: QWidget) -> bool:
        """The curtain stays up through the Orders phase: it is answered only on request;
        with a title, only a dialog of that title is answered."""
        if self.title is not None and dialog.windowTitle() != self.title:
            return False
        return self.curtain or not isinstance(dialog, Curtain)

    def answer_open(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and self.wants(modal):
            self.answer(modal)

    def answer(self, dialog: QWidget) -> None:
        if self.done or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return  # answered already, or closed before its turn came: wait for the next
        self.stop()
        self.handler(dialog)


def on_modal(
    handler: Callable[[QWidget], None], curtain: bool = False, title: str | None = None
) -> None:
    """Run ``handler`` once on the next modal dialog, from that dialog's event loop, as soon
    as it is shown (or on the modal dialog already open, if there is one). The curtain
    (modal while the teams take turns) is skipped unless ``curtain`` is true; with
    ``title``, only a dialog with that window title is answered (several waiters may then
    stand ready at once, whatever order their dialogs come in).

    Call it before the action that opens the dialog. It waits as long as the test runs: a
    dialog that takes seconds to appear is still answered.
    """
    _ModalWaiter(handler, curtain, title).start()


def path_of(tmp_path: Path, name: str, text: str) -> Path:
    """Write a file and return its path."""
    path = tmp_path / name
    path.write_text(text)
    return path
