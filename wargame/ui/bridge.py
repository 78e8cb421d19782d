"""The one QObject between the Qt-free session and the widgets."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from wargame.core.errors import WargameError
from wargame.session.changes import EVERYTHING, Changes
from wargame.session.session import Session


class SessionBridge(QObject):
    """Re-emits the session's change notices as Qt signals.

    Attributes:
        session: the session being played (replaced on New and Open).
        selection: the selected actor id or dyad key ("" for none).

    Signals:
        changed(Changes): after every operation; widgets redraw on its flags.
        sessionReplaced(): a different session was opened.
        selectionChanged(str): the user selected an actor or a pair.
    """

    changed = Signal(object)
    sessionReplaced = Signal()  # noqa: N815 - Qt's camelCase for signals
    selectionChanged = Signal(str)  # noqa: N815

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.selection = ""
        self._unsubscribe = session.subscribe(self.changed.emit)

    def replace(self, session: Session) -> None:
        """Switch to another session and redraw everything."""
        self._unsubscribe()
        self.session = session
        self._unsubscribe = session.subscribe(self.changed.emit)
        self.sessionReplaced.emit()
        self.changed.emit(EVERYTHING)

    def select(self, key: str) -> None:
        """Select an actor id or a dyad key."""
        if key != self.selection:
            self.selection = key
            self.selectionChanged.emit(key)

    def run(self, parent: QWidget, op: Callable[[], Changes], title: str = "") -> bool:
        """Run a session operation; show a refusal (a :class:`WargameError`) in a dialog.

        Anything else is a bug: it propagates to the crash handler, which logs it and
        keeps the session."""
        try:
            op()
        except WargameError as exc:
            QMessageBox.warning(
                parent,
                title or QCoreApplication.translate("SessionBridge", "Not allowed"),
                str(exc),
            )
            return False
        return True
