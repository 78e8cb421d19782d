"""``wargame edit [FILE]``: the scenario editor on its own; Play opens a console beside it."""

import secrets
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wargame.session.session import Session
from wargame.storage.files import load_scenario
from wargame.storage.problems import InvalidFileError
from wargame.ui.app import init_application
from wargame.ui.editor.document import read_doc
from wargame.ui.editor.window import EditorWindow
from wargame.ui.files import Autosaver, default_autosave_dir
from wargame.ui.mainwindow import MainWindow


class Consoles:
    """The consoles the editor's Play opened (kept alive while they are open).

    Attributes:
        windows: the consoles opened.
    """

    def __init__(self, autosave_dir: Path | None = None) -> None:
        self.windows: list[MainWindow] = []
        self.autosave_dir = autosave_dir

    def play(self, path: Path, parent: QWidget | None = None) -> bool:
        """Open a new console on the scenario file ``path``."""
        try:
            scenario = load_scenario(path)
        except InvalidFileError as exc:
            QMessageBox.warning(parent, "wargame", "\n".join(exc.lines()[:8]))
            return False
        folder = self.autosave_dir or default_autosave_dir()
        window = MainWindow(Session(scenario, secrets.randbelow(2**32)), Autosaver(folder))
        self.windows = [w for w in self.windows if w.isVisible()]
        self.windows.append(window)
        window.show()
        return True


def build_editor(path: Path | None, consoles: Consoles) -> EditorWindow:
    """The editor on ``path`` (a draft with problems too) or on the empty crisis."""
    editor = EditorWindow(play=consoles.play)
    if path is not None:
        try:
            editor.load(read_doc(path), path)
        except InvalidFileError as exc:
            QMessageBox.warning(editor, "wargame", "\n".join(exc.lines()[:8]))
    return editor


def run_editor(path: Path | None) -> int:
    """Open the editor and run the event loop until the last window closes."""
    app: QApplication = init_application()
    consoles = Consoles()
    editor = build_editor(path, consoles)
    editor.show()
    return int(app.exec())
