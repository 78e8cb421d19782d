"""File ▸ Open recent of the scenario editor: the scenario files it opened or saved last."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

MAX_RECENT = 8
"""Files listed at most."""

RECENT_KEY = "editor/recent"
"""Where the list is kept in the settings (apart from the console's sessions)."""


class RecentMenu(QMenu):
    """The files opened or saved last, newest first; remembered across restarts.

    Attributes:
        open_path: what choosing an entry does with its file.
    """

    def __init__(self, title: str, parent: QWidget, open_path: Callable[[Path], object]) -> None:
        super().__init__(title, parent)
        self.open_path = open_path
        self.setToolTipsVisible(True)
        self.fill()

    def files(self) -> list[str]:
        """The files, newest first (QSettings gives a lone entry back as a plain string)."""
        value = QSettings().value(RECENT_KEY)
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def remember(self, path: Path) -> None:
        """Put ``path`` first."""
        resolved = str(path.resolve())
        recent = [resolved] + [p for p in self.files() if p != resolved]
        QSettings().setValue(RECENT_KEY, recent[:MAX_RECENT])
        self.fill()

    def fill(self) -> None:
        """One entry per file, numbered for the keyboard."""
        self.clear()
        recent = self.files()
        for n, entry in enumerate(recent, start=1):
            act = self.addAction(f"&{n} {Path(entry).name}")
            act.setToolTip(entry)
            act.triggered.connect(lambda _=False, p=entry: self.open_path(Path(p)))
        self.setEnabled(bool(recent))
