"""The edited scenario as a Qt object: every edit is an undoable command on one stack."""

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from wargame.ui.editor.document import Doc, Path_, get_at, set_at

TYPING = 1801
"""Undo-command id of an edit that merges with the next one at the same place (typing)."""


def _anchor(doc: Doc, path: Path_) -> Path_:
    """The shortest prefix of ``path`` that leads nowhere in ``doc`` (``path`` if all does)."""
    for n in range(1, len(path)):
        if get_at(doc, path[:n]) is None:
            return path[:n]
    return path


class SetValue(QUndoCommand):
    """Put a value at a place in the document; undo puts the old one back."""

    def __init__(
        self, model: "ScenarioModel", path: Path_, value: Any, text: str, merge: bool
    ) -> None:
        super().__init__(text)
        self.model = model
        self.target = path
        """The place edited."""
        self.path = _anchor(model.doc, path)
        """Where the command puts its value: ``path``, or the first missing place on the
        way to it (so that undo removes what the edit made, and nothing more)."""
        self.old = copy.deepcopy(get_at(model.doc, self.path))
        after = copy.deepcopy(model.doc)
        set_at(after, path, copy.deepcopy(value))
        self.new = get_at(after, self.path)
        self.merge = merge

    def redo(self) -> None:
        set_at(self.model.doc, self.path, copy.deepcopy(self.new))
        self.model.changed.emit()

    def undo(self) -> None:
        set_at(self.model.doc, self.path, copy.deepcopy(self.old))
        self.model.changed.emit()

    def id(self) -> int:
        return TYPING if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetValue) or not other.merge or other.target != self.target:
            return False
        self.new = copy.deepcopy(get_at(self.model.doc, self.path))  # ``other`` is done
        return True


class Rewrite(QUndoCommand):
    """Change the whole document at once (an actor renamed everywhere, or deleted with
    what names it); undo puts every part back."""

    def __init__(self, model: "ScenarioModel", doc: Doc, text: str) -> None:
        super().__init__(text)
        self.model = model
        self.old = copy.deepcopy(model.doc)
        self.new = copy.deepcopy(doc)

    def _put(self, doc: Doc) -> None:
        self.model.doc.clear()
        self.model.doc.update(copy.deepcopy(doc))
        self.model.changed.emit()

    def redo(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)


class ScenarioModel(QObject):
    """The document being edited and its undo stack.

    Attributes:
        doc: the scenario as the editor holds it (see :mod:`wargame.ui.editor.document`).
        stack: the undo stack; every edit is one command on it.

    Signals:
        changed: the document changed (an edit, an undo, a redo, a new document).
    """

    changed = Signal()

    def __init__(self, doc: Doc, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.stack = QUndoStack(self)

    def get(self, path: Path_, default: Any = None) -> Any:
        """The value at ``path``."""
        return get_at(self.doc, path, default)

    def set(self, path: Path_, value: Any, text: str = "", merge: bool = False) -> None:
        """Put ``value`` at ``path`` as one undo step (``merge``: typing into a text, joined
        with the previous step at the same place). Nothing happens if the value is unchanged."""
        if get_at(self.doc, path) == value and (value is not None or len(path) == 0):
            return
        if value is None and get_at(self.doc, path) is None:
            return
        self.stack.push(SetValue(self, path, value, text or self.tr("Edit"), merge))

    def rewrite(self, doc: Doc, text: str) -> None:
        """Replace the whole document by ``doc`` as one undo step (nothing if unchanged)."""
        if doc != self.doc:
            self.stack.push(Rewrite(self, doc, text))

    def list_at(self, path: Path_) -> list[Any]:
        """A copy of the list at ``path`` (empty if there is none)."""
        value = get_at(self.doc, path)
        return copy.deepcopy(value) if isinstance(value, list) else []

    def replace(self, doc: Doc) -> None:
        """Start over on another document (the undo history is cleared)."""
        self.doc = doc
        self.stack.clear()
        self.stack.setClean()
        self.changed.emit()
