"""The one QObject between the Qt-free session and the widgets."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wargame.core.errors import DeclinedError, WargameError
from wargame.session.changes import EVERYTHING, Changes
from wargame.session.session import Session
from wargame.session.teams import PinGuard


class SessionBridge(QObject):
    """Re-emits the session's change notices as Qt signals.

    Attributes:
        session: the session being played (replaced on New and Open).
        selection: the selected actor id or dyad key ("" for none).
        pins: the guard every PIN prompt goes through.

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
        self.pins = PinGuard()
        """Slows down and logs wrong PINs, for every panel that asks for one."""
        self._unsubscribe = session.subscribe(self.changed.emit)
        session.confirm_drop = self.confirm_drop

    def replace(self, session: Session) -> None:
        """Switch to another session and redraw everything."""
        self._unsubscribe()
        self.session = session
        self._unsubscribe = session.subscribe(self.changed.emit)
        session.confirm_drop = self.confirm_drop
        self.sessionReplaced.emit()
        self.changed.emit(EVERYTHING)

    def select(self, key: str) -> None:
        """Select an actor id or a dyad key."""
        if key != self.selection:
            self.selection = key
            self.selectionChanged.emit(key)

    def confirm_drop(self, teams: list[str]) -> bool:
        """Ask the facilitator before an event or a branch leaves a team's sealed move
        behind (the team would have to move again)."""
        answer = QMessageBox.question(
            QApplication.activeWindow(),
            QCoreApplication.translate("SessionBridge", "Drop a sealed move?"),
            QCoreApplication.translate(
                "SessionBridge",
                "The undone events hold the sealed move of {0}. Going on leaves it in "
                "another branch, unrevealed, and the team must move again. Go on?",
            ).format(", ".join(teams)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def run(self, parent: QWidget, op: Callable[[], Changes], title: str = "") -> bool:
        """Run a session operation; show a refusal (a :class:`WargameError`) in a dialog.

        Anything else is a bug: it propagates to the crash handler, which logs it and
        keeps the session."""
        try:
            op()
        except DeclinedError:
            return False  # the user said no when asked: nothing to add
        except WargameError as exc:
            text = str(exc)
            QMessageBox.warning(
                parent,
                title or QCoreApplication.translate("SessionBridge", "Not allowed"),
                text[:1].upper() + text[1:],  # the engine's refusals start in lower case
            )
            return False
        return True
