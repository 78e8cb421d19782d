"""End to end: autosave and crash recovery across a killed process.

A scenario module, not the test of one source module: a child process plays through the
console and is killed; the autosaver (ui/files), the recovery prompt and the window built
by ui/app bring the session back.
"""

import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox

from tests.conftest import DEFAULT_SCENARIO, ROOT
from tests.ui.conftest import on_modal
from wargame.ui.app import build_window

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from wargame.session.headless import play
    from wargame.session.session import Session
    from wargame.storage.files import load_scenario
    from wargame.ui.app import init_application
    from wargame.ui.files import Autosaver
    from wargame.ui.mainwindow import MainWindow

    app = init_application([])
    scenario = load_scenario(Path(sys.argv[1]))
    window = MainWindow(Session(scenario, 5), Autosaver(Path(sys.argv[2])))
    window.show()
    play(window.session, scenario.history[:3])  # every event is autosaved as it lands
    window.session.annotate("before the crash", bookmark=True)
    app.processEvents()
    print(len(window.session.log), flush=True)
    time.sleep(120)
    """
)


def crash_a_session(tmp_path) -> int:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(DEFAULT_SCENARIO), str(tmp_path / "auto")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as proc:
        assert proc.stdout is not None
        events = int(proc.stdout.readline())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    return events


def test_recovery_after_a_killed_process(qtbot, tmp_path):
    events = crash_a_session(tmp_path)
    assert len(list((tmp_path / "auto").glob("session-*.json"))) == 1
    asked = {}

    def answer_yes(box):
        asked["text"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(answer_yes)
    window = build_window(DEFAULT_SCENARIO, tmp_path / "auto")
    try:
        assert "did not close cleanly" in asked["text"]
        assert len(window.session.log) == events
        assert window.session.state.turn == 2
        assert [a.text for a in window.session.annotations] == ["before the crash"]
        assert window.is_dirty()  # recovered work is not saved anywhere yet
    finally:
        window._saved_mark = window._mark()
        window.close()


def test_declining_recovery_starts_fresh(qtbot, tmp_path):
    crash_a_session(tmp_path)
    on_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    window = build_window(DEFAULT_SCENARIO, tmp_path / "auto")
    try:
        assert not window.session.log
    finally:
        window.close()
