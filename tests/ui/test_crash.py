"""The crash dialog: an unexpected error is logged and shown, and the session carries on."""

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.conftest import ROOT
from tests.ui.conftest import on_modal
from tests.ui.facilitator import next_phase
from wargame import logs
from wargame.ui import crash
from wargame.ui.files import open_file


@pytest.fixture
def log_path(tmp_path):
    """The log, in the test's folder."""
    path = logs.configure(tmp_path / "logs")
    yield path
    logs.unconfigure()


@pytest.fixture
def hook(window, log_path):
    """Install the crash handler over the console (``hook(debug=...)``); always removed."""
    before = sys.excepthook, threading.excepthook
    installed: list[crash.CrashHandler] = []

    def install(debug: bool = False) -> crash.CrashHandler:
        handler = crash.install(lambda: window, debug)
        installed.append(handler)
        return handler

    try:
        yield install
    finally:
        for handler in reversed(installed):
            handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def answer(button: str, seen: dict, during=None) -> None:
    """Note what the next dialog says, run ``during`` while it is open, click ``button``."""

    def handle(box: QMessageBox) -> None:
        seen.update(
            title=box.windowTitle(),
            text=box.text(),
            info=box.informativeText(),
            details=box.detailedText(),
            buttons=[b.text() for b in box.buttons()],
            gui_thread=threading.current_thread() is threading.main_thread(),
        )
        if during is not None:
            during()
            seen["still_open"] = QApplication.activeModalWidget() is box
        (target,) = [b for b in box.buttons() if b.text() == button]
        target.click()

    on_modal(handle)


def report(exc: Exception) -> None:
    """Raise ``exc`` and hand it to the process's exception hook, as Qt does."""
    try:
        raise exc
    except Exception as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def where(session) -> tuple:
    return session.cursor, len(session.log), session.state.digest()


def test_an_error_shows_the_dialog_and_the_session_carries_on(qtbot, window, hook, log_path):
    next_phase(qtbot, window, 2)
    before, dirty = where(window.session), window.is_dirty()
    hook(debug=False)
    seen: dict = {}
    answer("Continue", seen)
    report(KeyError("lost actor"))
    assert seen["title"] == "Something went wrong"
    assert "Your session is intact; you can save a copy and carry on." in seen["text"]
    assert "KeyError: 'lost actor'" in seen["info"] and str(log_path) in seen["info"]
    assert seen["details"] == ""
    assert not any("Traceback" in str(v) for v in seen.values())
    assert sorted(seen["buttons"]) == ["Continue", "Save a copy…"]
    assert window.isVisible() and where(window.session) == before
    assert window.is_dirty() == dirty
    next_phase(qtbot, window)  # and play goes on
    assert window.session.cursor == before[0] + 1
    text = log_path.read_text(encoding="utf-8")
    assert "ERROR wargame.ui.crash: unexpected error (MainThread thread)" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'lost actor'" in text


def test_debug_puts_the_traceback_in_the_details(window, hook):
    hook(debug=True)
    seen: dict = {}
    answer("Continue", seen)
    report(ValueError("bad meter"))
    assert seen["details"].startswith("Traceback (most recent call last)")
    assert "in report" in seen["details"] and "ValueError: bad meter" in seen["details"]


def test_save_a_copy_writes_a_save_that_opens(qtbot, window, hook, tmp_path, monkeypatch):
    next_phase(qtbot, window, 3)
    target = tmp_path / "copy" / "rescued.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Sessions (*.json)")
    )
    hook()
    answer("Save a copy…", {})
    report(RuntimeError("the map fell over"))
    reopened = open_file(target).session
    assert reopened.log == window.session.log and reopened.cursor == window.session.cursor
    assert window.path == target and not window.is_dirty()


def test_an_error_in_a_slot_reaches_the_dialog(qtbot, window, hook, log_path):
    hook()
    seen: dict = {}
    answer("Continue", seen)

    def broken_slot() -> None:
        raise ZeroDivisionError("no turns left")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: "title" in seen)
    assert "ZeroDivisionError: no turns left" in seen["info"]
    assert "in broken_slot" in log_path.read_text(encoding="utf-8")


def test_an_error_while_the_dialog_is_open_is_only_logged(window, hook, log_path):
    hook()
    seen: dict = {}
    answer("Continue", seen, during=lambda: report(IndexError("second")))
    report(KeyError("first"))
    assert "KeyError: 'first'" in seen["info"] and seen["still_open"]
    text = log_path.read_text(encoding="utf-8")
    assert text.count("ERROR wargame.ui.crash: unexpected error (MainThread thread)\n") == 2
    assert "IndexError: second" in text


def test_the_same_error_again_is_logged_in_one_line(window, hook, log_path):
    hook()
    shown: dict = {}
    answer("Continue", shown)
    for _ in range(3):
        report(KeyError("again"))  # no second dialog: it would be left unanswered
    assert "KeyError: 'again'" in shown["info"]
    text = log_path.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 1
    assert text.count("unexpected error again (MainThread thread): KeyError: 'again' at ") == 2


def test_a_worker_thread_error_is_shown_by_the_gui_thread(qtbot, window, hook, log_path):
    hook()
    seen: dict = {}
    answer("Continue", seen)

    def work() -> None:
        raise OSError("the worker lost its file")

    worker = threading.Thread(target=work, name="forecast-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: "title" in seen)
    assert seen["gui_thread"] and "OSError: the worker lost its file" in seen["info"]
    text = log_path.read_text(encoding="utf-8")
    assert "unexpected error (forecast-worker thread)" in text and "in work" in text


def test_without_a_window_there_is_nothing_to_save(qapp, log_path):
    handler = crash.install(lambda: None, debug=False)
    seen: dict = {}
    try:
        answer("Continue", seen)
        report(KeyError("early"))
    finally:
        handler.uninstall()
    assert seen["buttons"] == ["Continue"]


def test_without_a_qapplication_the_previous_hook_prints_it():
    """A child process: no QApplication, so the error goes to the previous hook."""
    code = (
        "import sys\n"
        "from wargame.ui import crash\n"
        "crash.install(lambda: None, debug=False)\n"
        "raise LookupError('before any window')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 1
    assert "LookupError: before any window" in proc.stderr
    assert proc.stderr.count("Traceback (most recent call last)") == 2  # logged, then printed
