"""Trainer docks: bookmarks and notes on any event, and the list of branches."""

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wargame.session.changes import Changes
from wargame.session.session import Annotation
from wargame.ui.bridge import SessionBridge
from wargame.ui.screenfit import FlowLayout

NOTE_KINDS = ("observation", "decision point", "lesson")


class NotesPanel(QWidget):
    """Bookmarks and notes of the current branch; double-click one to go there.

    Attributes:
        items: the list; bookmark, note, delete: the actions; kind: the note's label.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        layout = QVBoxLayout(self)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Bookmarks and notes"))
        layout.addWidget(self.items)
        row = FlowLayout()  # wraps in a narrow dock
        self.bookmark = QPushButton(self.tr("★ Bookmark here…"), self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of note"))
        for k in NOTE_KINDS:
            self.kind.addItem(self.tr(k), k)
        self.note = QPushButton(self.tr("✎ Note here…"), self)
        self.delete = QPushButton(self.tr("Delete"), self)
        for w in (self.bookmark, self.kind, self.note, self.delete):
            row.addWidget(w)
        layout.addLayout(row)
        self.bookmark.clicked.connect(lambda: self._add(True))
        self.note.clicked.connect(lambda: self._add(False))
        self.delete.clicked.connect(self._delete)
        self.items.itemDoubleClicked.connect(self._go)
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._refresh)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.ANNOTATIONS | Changes.BRANCHES):
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        self.items.clear()
        for a in session.annotations_here():
            date = session.scenario.date_of(session.turn_at(a.index)).strftime("%d %b")
            mark = "★" if a.bookmark else "✎"
            item = QListWidgetItem(f"{mark} {date} · event {a.index}: {a.text}", self.items)
            item.setData(Qt.ItemDataRole.UserRole, a)

    def _add(self, bookmark: bool) -> None:
        title = self.tr("Bookmark") if bookmark else self.tr("Note")
        prompt = (
            self.tr("Title:")
            if bookmark
            else self.tr("Note ({0}):").format(self.kind.currentText())
        )
        text, ok = QInputDialog.getText(self, title, prompt)
        if not ok or not text.strip():
            return
        body = text.strip() if bookmark else f"[{self.kind.currentData()}] {text.strip()}"
        session = self.bridge.session
        self.bridge.run(self, partial(session.annotate, body, None, bookmark))

    def selected(self) -> Annotation | None:
        """The selected annotation, if any."""
        item = self.items.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        return data if isinstance(data, Annotation) else None

    def _delete(self) -> None:
        annotation = self.selected()
        if annotation is not None:
            self.bridge.run(self, partial(self.bridge.session.remove_annotation, annotation))

    def _go(self, item: QListWidgetItem) -> None:
        annotation = item.data(Qt.ItemDataRole.UserRole)
        self.bridge.run(self, partial(self.bridge.session.seek, annotation.index))


class BranchesPanel(QWidget):
    """Every line of play with its parent and fork point; branch here or switch.

    Attributes:
        items: the branches; new_branch, switch: the actions.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        layout = QVBoxLayout(self)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Branches"))
        layout.addWidget(self.items)
        row = QHBoxLayout()
        self.new_branch = QPushButton(self.tr("Branch here (what if)…"), self)
        self.switch = QPushButton(self.tr("Switch to"), self)
        row.addWidget(self.new_branch)
        row.addWidget(self.switch)
        layout.addLayout(row)
        self.new_branch.clicked.connect(self.branch_here)
        self.switch.clicked.connect(self._switch)
        self.items.itemDoubleClicked.connect(lambda _item: self._switch())
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._refresh)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.BRANCHES | Changes.LOG | Changes.CURSOR):
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        self.items.clear()
        for name, tl in session.branches.items():
            origin = f" — from {tl.parent} at event {tl.fork}" if tl.parent else ""
            current = "▶ " if name == session.branch else "   "
            item = QListWidgetItem(f"{current}{name} ({len(tl.events)} events){origin}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.items.addItem(item)

    def branch_here(self) -> None:
        """Ask for a name and start a branch at the cursor."""
        name, ok = QInputDialog.getText(
            self, self.tr("New branch"), self.tr("Name of the 'what if' branch:")
        )
        if ok:
            self.bridge.run(self, partial(self.bridge.session.branch_from_here, name))

    def _switch(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            name = str(item.data(Qt.ItemDataRole.UserRole))
            self.bridge.run(self, partial(self.bridge.session.switch_branch, name))
