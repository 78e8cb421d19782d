"""The log: where it lives (the user's data folder) and how ``logging`` is set up.

Qt-free, so the command line and the console share it. Modules log through
``logging.getLogger(__name__)``; :func:`configure` decides where the records go.
"""

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

ORGANIZATION = "wargame"
"""The organization name the console gives Qt (part of its data folder's path)."""
APPLICATION = "wargame"
"""The application name the console gives Qt (part of its data folder's path)."""
LOG_NAME = "wargame.log"
"""The log file's name inside the data folder."""
MAX_BYTES = 1_000_000
"""Size at which the log rolls over to ``wargame.log.1``."""
BACKUPS = 3
"""How many rolled-over logs are kept."""
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
"""Each record: time, level, logger name, message (a traceback follows on its own lines)."""

logger = logging.getLogger(__name__)
_installed: list[logging.Handler] = []
"""The handlers :func:`configure` attached to the root logger (removed on the next call)."""
_level_before: list[int] = []
"""The root logger's level before :func:`configure` changed it."""


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is when a record comes (tests replace it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def data_dir() -> Path:
    """The user's data folder, where the console keeps its autosave and the log.

    The same folder Qt's ``QStandardPaths.AppDataLocation`` gives the console, computed
    without Qt: ``$XDG_DATA_HOME`` (when absolute) or ``~/.local/share`` on Linux,
    ``%APPDATA%`` on Windows, ``~/Library/Application Support`` on macOS, then
    ``<organization>/<application>``.
    """
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA", "")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / ORGANIZATION / APPLICATION


def configure(folder: Path | None, debug: bool = False) -> Path | None:
    """Send log records to ``folder/wargame.log`` (rotating, UTF-8) and return its path.

    The root level is INFO, or DEBUG with ``debug``, which also copies every record to
    stderr. Calling it again replaces what an earlier call attached. When ``folder`` is
    None or cannot be written, nothing goes to a file: a warning says so on stderr and
    None is returned; it never raises.
    """
    unconfigure()
    root = logging.getLogger()
    _level_before.append(root.level)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = logging.Formatter(FORMAT)
    if debug:
        _attach(_StderrHandler(), formatter)
    if folder is None:
        return None
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        # No handler is attached yet (unless debug): logging's last resort prints it.
        logger.warning("no log file: cannot write %s: %s", path, exc.strerror or exc)
        return None
    _attach(handler, formatter)
    return path


def _attach(handler: logging.Handler, formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    logging.getLogger().addHandler(handler)
    _installed.append(handler)


def log_file() -> Path | None:
    """The file the log is being written to, if any."""
    for handler in _installed:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def unconfigure() -> None:
    """Detach and close the handlers :func:`configure` attached (the log file is kept)
    and give the root logger back its level."""
    root = logging.getLogger()
    if _level_before:
        root.setLevel(_level_before.pop())
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
