"""Where file dialogs start, from a checkout and from an installed bundle."""

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from tests.conftest import ROOT
from wargame.ui.files import saves_dir


def test_a_checkout_saves_beside_the_code():
    assert saves_dir() == ROOT / "saves"


def test_a_bundle_saves_in_the_users_documents(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = saves_dir()
    assert folder == Path(docs) / "wargame"
    assert folder.is_dir()
    assert folder.is_relative_to(tmp_path / "home")  # not inside the (read-only) bundle


HOLDER = """
import sys, time
from pathlib import Path
from wargame.ui.files import Autosaver, FileClaim
from wargame.session.session import Session
from wargame.storage.files import load_scenario

folder = Path(sys.argv[1])
autosaver = Autosaver(folder)
autosaver.save(Session(load_scenario(Path(sys.argv[2]))))
claim = FileClaim(folder)
assert claim.claim(Path(sys.argv[3]))
print(autosaver.path, flush=True)
time.sleep(120)
"""


def other_console(tmp_path, save_path):
    """A second console process that autosaves and holds a save open; it runs until
    killed. Returns the process and its autosave file."""
    import os
    import subprocess

    from tests.conftest import DEFAULT_SCENARIO

    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [
            *(sys.executable, "-c", HOLDER),
            *(str(tmp_path / "auto"), str(DEFAULT_SCENARIO), str(save_path)),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())


def stop(proc) -> None:
    """Kill the other console as a crash would."""
    proc.kill()
    proc.wait()
    proc.stdout.close()


def test_two_consoles_never_share_or_take_each_others_autosave(tmp_path, default_scenario):
    from wargame.session.session import Session
    from wargame.ui.files import Autosaver, orphaned_autosaves

    proc, theirs = other_console(tmp_path, tmp_path / "theirs.json")
    try:
        mine = Autosaver(tmp_path / "auto")
        assert mine.path != theirs and theirs.exists()
        assert orphaned_autosaves(tmp_path / "auto") == []  # theirs is alive: not a crash
        assert mine.save(Session(default_scenario)) and mine.pending() is None
        mine.clear()  # a clean exit here
        assert theirs.exists() and not mine.path.exists()  # only its own file goes
    finally:
        stop(proc)
    assert orphaned_autosaves(tmp_path / "auto") == [theirs]  # now its console is gone


def test_a_save_open_in_another_console_opens_as_a_copy(qtbot, tmp_path, default_scenario):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import on_modal
    from wargame.session.persist import to_save
    from wargame.session.session import Session
    from wargame.storage.files import write_save
    from wargame.ui.files import Autosaver
    from wargame.ui.mainwindow import MainWindow

    save = tmp_path / "theirs.json"
    write_save(save, to_save(Session(default_scenario)))
    proc, _ = other_console(tmp_path, save)
    window = MainWindow(Session(default_scenario), Autosaver(tmp_path / "auto"))
    try:
        asked: list[str] = []
        on_modal(
            lambda box: (
                asked.append(box.text()),
                box.button(QMessageBox.StandardButton.Yes).click(),
            ),
            title="Open in another window",
        )
        assert window.open_path(save)
        assert asked and "theirs.json is open in another wargame window" in asked[0]
        assert window.path is None  # a copy: Save asks for a new name
        refused: list[str] = []
        on_modal(lambda box: (refused.append(box.text()), box.accept()), title="Cannot save")
        assert not window.save_to(save)
        assert refused and "open in another wargame window" in refused[0]
    finally:
        stop(proc)
        window.mark_saved()
        window.close()


def test_a_failing_autosave_raises_a_bar_that_stays_until_a_save_works(
    qtbot, tmp_path, default_scenario
):
    from wargame.core.events import NoteAdded
    from wargame.session.session import Session
    from wargame.ui.files import Autosaver
    from wargame.ui.mainwindow import MainWindow

    folder = tmp_path / "auto"
    window = MainWindow(Session(default_scenario), Autosaver(folder))
    window.show()
    try:
        blocker = window.autosaver.path
        blocker.mkdir(parents=True)  # a folder where the file should go: every write fails
        window.session.dispatch(NoteAdded("one"))
        assert window.autosave_alert.isVisible()
        assert "Autosave failed" in window.alert_text.text()
        window.session.dispatch(NoteAdded("two"))
        assert window.autosave_alert.isVisible()  # it stays
        blocker.rmdir()
        window.session.dispatch(NoteAdded("three"))
        assert not window.autosave_alert.isVisible() and blocker.is_file()
    finally:
        window.mark_saved()
        window.close()
