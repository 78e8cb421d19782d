"""The console's last line of defence: an unexpected error is logged with its traceback
and shown in a dialog that keeps the session (save a copy, carry on); it never quits."""

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import Shiboken

from wargame import logs

logger = logging.getLogger(__name__)

SUMMARY_CHARS = 300
"""The dialog shows at most this much of the error's message (its first line)."""


class SavesCopy(Protocol):
    """What the dialog needs of the main window: a widget that can save under a new name."""

    def save_as(self) -> bool:
        """Ask for a file and write the session to it; False if nothing was written."""
        ...


def _stack(tb: TracebackType | None) -> tuple[tuple[str, int], ...]:
    """The file and line of each frame an exception went through, innermost last."""
    return tuple((frame.filename, frame.lineno or 0) for frame in traceback.extract_tb(tb))


def summary(exc_type: type[BaseException], exc: BaseException | None) -> str:
    """``Type: first line of the message``, cut short for a dialog."""
    lines = str(exc).strip().splitlines() if exc is not None else []
    text = f"{exc_type.__name__}: {lines[0]}" if lines else exc_type.__name__
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


class CrashHandler(QObject):
    """Takes over ``sys.excepthook`` and ``threading.excepthook`` for the console.

    Each unexpected exception is logged with its traceback, then shown once in a dialog
    (the same error raised again through the same calls is logged in one line and not
    shown again, so a failing repaint cannot bury the window under dialogs). An error
    raised while the dialog is open is only logged. Errors of worker threads reach the
    dialog through the GUI thread's event loop.

    Attributes:
        debug: whether the dialog's details hold the traceback.
        previous_hook: the ``sys.excepthook`` before :meth:`install`.
        previous_thread_hook: the ``threading.excepthook`` before :meth:`install`.

    Signals:
        thread_error(object, object, object): type, value and traceback of an exception
            raised outside the GUI thread (delivered queued, in the GUI thread).
    """

    thread_error = Signal(object, object, object)

    def __init__(self, window_getter: Callable[[], SavesCopy | None], debug: bool) -> None:
        super().__init__()
        self.debug = debug
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook
        self._window_getter = window_getter
        self._showing = False
        self._seen: set[tuple[str, tuple[tuple[str, int], ...]]] = set()
        self.thread_error.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become the process's exception hooks."""
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Give the hooks back to their previous owners (if nobody replaced them since)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self.previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self.previous_thread_hook

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: log the error, then show it (from any thread)."""
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal is no bug
            self.previous_hook(exc_type, exc, tb)
            return
        self._handle(exc_type, exc, tb, lambda: self.previous_hook(exc_type, exc, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: log a worker thread's error, then show it."""
        if issubclass(args.exc_type, SystemExit):  # a thread's normal way out
            self.previous_thread_hook(args)
            return
        self._handle(
            args.exc_type,
            args.exc_value,
            args.exc_traceback,
            lambda: self.previous_thread_hook(args),
        )

    def _handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        fallback: Callable[[], object],
    ) -> None:
        """Log, then show in the GUI thread; without a QApplication, ``fallback``."""
        try:
            first = self._log(exc_type, exc, tb)
            if not isinstance(QApplication.instance(), QApplication):
                fallback()
            elif not first:
                pass  # shown already: the log has it in one line
            elif threading.current_thread() is threading.main_thread():
                self._report(exc_type, exc, tb)
            else:
                self.thread_error.emit(exc_type, exc, tb)
        except Exception:  # the handler itself failed: log it, never recurse
            logger.exception("the crash handler failed")

    def _log(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> bool:
        """Log the error; True the first time it is raised through these calls."""
        stack = _stack(tb)
        key = (exc_type.__qualname__, stack)
        file, line = stack[-1] if stack else ("?", 0)
        thread = threading.current_thread().name
        if key in self._seen:
            logger.error(
                "unexpected error again (%s thread): %s at %s:%d",
                thread,
                summary(exc_type, exc),
                file,
                line,
            )
            return False
        self._seen.add(key)
        if exc is None:  # a thread may report a type alone
            logger.error("unexpected error (%s thread): %s", thread, exc_type.__name__)
        else:
            logger.error("unexpected error (%s thread)", thread, exc_info=(exc_type, exc, tb))
        return True

    def _report(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Show the dialog, unless one is open already (the error is in the log)."""
        if self._showing:
            return
        self._showing = True
        try:
            self._show(exc_type, exc, tb)
        except Exception:
            logger.exception("the crash dialog failed")
        finally:
            self._showing = False

    def _window(self) -> SavesCopy | None:
        window = self._window_getter()
        if isinstance(window, QObject) and not Shiboken.isValid(window):
            return None  # closed and deleted
        return window

    def _show(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        window = self._window()
        box = QMessageBox(window if isinstance(window, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "wargame met an internal error. Your session is intact; "
                "you can save a copy and carry on."
            )
        )
        log = logs.log_file()
        where = (
            self.tr("The full report is in {0}").format(log)
            if log is not None
            else self.tr(
                "No log file could be written: start wargame with --debug to see the report."
            )
        )
        box.setInformativeText(f"{summary(exc_type, exc)}\n\n{where}")
        if self.debug:
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        save = None
        if window is not None:
            save = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.ActionRole)
        carry_on = box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(carry_on)
        box.setEscapeButton(carry_on)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if window is not None and save is not None and clicked is save:
            saved = window.save_as()
            logger.info("after the error, a copy was %s", "saved" if saved else "not saved")


def install(window_getter: Callable[[], SavesCopy | None], debug: bool) -> CrashHandler:
    """Log and show every unexpected exception of the console instead of losing it.

    ``window_getter`` gives the main window whose ``save_as`` the dialog's *Save a copy…*
    calls (None while there is none); with ``debug`` the dialog's details hold the
    traceback. Call :meth:`CrashHandler.uninstall` on the result to restore the hooks.
    """
    handler = CrashHandler(window_getter, debug)
    handler.install()
    return handler
