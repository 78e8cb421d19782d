"""The log: its file, its rotation, its folder, and set-ups that must not crash."""

import logging
import logging.handlers
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from wargame import logs


@pytest.fixture(autouse=True)
def restore_logging():
    """Whatever a test configures is taken down again."""
    yield
    logs.unconfigure()


def ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h in logs._installed]


def test_configure_writes_records_to_the_file(tmp_path):
    path = logs.configure(tmp_path / "data")
    assert path == tmp_path / "data" / "wargame.log" == logs.log_file()
    logging.getLogger("wargame.test").info("opened %s", "x.json")
    logging.getLogger("wargame.test").debug("not at INFO")
    try:
        raise KeyError("lost")
    except KeyError:
        logging.getLogger("wargame.test").exception("it broke")
    text = path.read_text(encoding="utf-8")
    assert "INFO wargame.test: opened x.json" in text
    assert "not at INFO" not in text
    assert "ERROR wargame.test: it broke" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'lost'" in text


def test_debug_logs_debug_records_and_copies_them_to_stderr(tmp_path, capsys):
    path = logs.configure(tmp_path, debug=True)
    assert logging.getLogger().level == logging.DEBUG
    logging.getLogger("wargame.test").debug("details")
    assert "DEBUG wargame.test: details" in path.read_text(encoding="utf-8")
    assert "DEBUG wargame.test: details" in capsys.readouterr().err


def test_configure_twice_does_not_double_the_records(tmp_path):
    logs.configure(tmp_path)
    path = logs.configure(tmp_path, debug=True)
    logs.configure(tmp_path)
    assert len(ours()) == 1
    logging.getLogger("wargame.test").warning("once")
    assert path.read_text(encoding="utf-8").count("once") == 1


def test_unconfigure_gives_the_root_logger_back(tmp_path):
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    logs.configure(tmp_path, debug=True)
    logs.configure(tmp_path)
    logs.unconfigure()
    assert root.level == level and root.handlers == handlers
    assert logs.log_file() is None


def test_the_file_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.configure(tmp_path)
    (handler,) = ours()
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.backupCount == logs.BACKUPS
    for i in range(200):
        logging.getLogger("wargame.test").info("line %03d %s", i, "x" * 40)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["wargame.log", "wargame.log.1", "wargame.log.2", "wargame.log.3"]
    assert all(p.stat().st_size <= 2000 for p in tmp_path.iterdir())
    assert "line 199" in path.read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_made_only_skips_the_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    # Run in a child: the warning must reach stderr through logging's last resort,
    # which pytest's own log capture would otherwise take.
    code = (
        "import logging, pathlib, sys\n"
        "from wargame import logs\n"
        "path = logs.configure(pathlib.Path(sys.argv[1]))\n"
        "logging.getLogger('wargame.test').warning('still alive')\n"
        "print(path)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(blocker / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "None"
    assert "no log file: cannot write" in proc.stderr and str(blocker) in proc.stderr
    assert "still alive" in proc.stderr and "Traceback" not in proc.stderr


def test_no_folder_means_no_file(tmp_path):
    assert logs.configure(None) is None
    assert logs.log_file() is None and not ours()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG is for Linux and BSDs")
def test_data_dir_honours_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert logs.data_dir() == tmp_path / "xdg" / "wargame" / "wargame"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # ignored, as Qt ignores it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert logs.data_dir() == tmp_path / "home" / ".local" / "share" / "wargame" / "wargame"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert logs.data_dir() == tmp_path / "home" / ".local" / "share" / "wargame" / "wargame"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG is for Linux and BSDs")
def test_data_dir_is_where_qt_puts_the_autosave(tmp_path):
    """The folder the command line logs to is the console's autosave folder."""
    code = (
        "from wargame.ui.app import init_application\n"
        "from wargame.ui.files import default_autosave_dir\n"
        "init_application([])\n"
        "print(default_autosave_dir())\n"
    )
    for xdg in (str(tmp_path / "xdg"), ""):
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "HOME": str(tmp_path / "home"),
            "XDG_DATA_HOME": xdg,
            "QT_QPA_PLATFORM": "offscreen",
        }
        proc = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env=env,
        )
        assert proc.returncode == 0, proc.stderr
        child = subprocess.run(
            [sys.executable, "-c", "from wargame.logs import data_dir; print(data_dir())"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            env=env,
        )
        assert proc.stdout.strip() == child.stdout.strip() != ""
