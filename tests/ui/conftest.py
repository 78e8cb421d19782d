"""Qt fixtures: sandboxed settings, a console window, and a helper for modal dialogs."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from wargame.core.enums import Controller
from wargame.core.scenario import Scenario
from wargame.session.session import Session
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


@pytest.fixture(autouse=True)
def no_stuck_dialogs(qapp):
    """Close any modal dialog left open for seconds and fail the test with its text.

    A test that opens a dialog it does not answer would otherwise hang the suite.
    """
    stuck: list[str] = []
    seen: dict[int, int] = {}

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.clear()
            return
        ticks = seen.get(id(modal), 0) + 1
        seen[id(modal)] = ticks
        if ticks >= 6:
            text = getattr(modal, "text", lambda: "")()
            info = getattr(modal, "informativeText", lambda: "")()
            stuck.append(f"{modal.windowTitle()}: {text} {info}".strip())
            modal.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert not stuck, f"unanswered dialog(s): {stuck}"


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


def on_modal(handler: Callable[[QWidget], None], tries: int = 50) -> None:
    """Run ``handler`` on the next modal dialog as soon as it is shown."""

    def poll(left: int = tries) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            handler(modal)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def path_of(tmp_path: Path, name: str, text: str) -> Path:
    """Write a file and return its path."""
    path = tmp_path / name
    path.write_text(text)
    return path
