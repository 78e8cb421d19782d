"""The inject queue: scheduled and triggered injects with their text and how they are
delivered (mode, sender, recipient) and what the controllers expect; fire, hold or skip."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.core.enums import InjectStatus, Phase
from wargame.core.events import InjectFired, InjectHeld, InjectSkipped
from wargame.core.scenario import Inject
from wargame.session.changes import Changes
from wargame.ui.bridge import SessionBridge

MIN_ROWS = 4
"""The queue never shrinks below this many rows (the panel scrolls instead)."""


def _lines(text: str) -> str:
    """A text as HTML, its line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


class InjectsPanel(QWidget):
    """Every inject of the scenario with its status; the due ones can be handled.

    Attributes:
        tree: the queue; text: the selected inject's card: its title, how it is delivered
            (mode, from, to), its text, the expected player action and the notes.
        fire, hold, skip: the facilitator's choices (Injects phase only).
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Inject queue"))
        # the status before the title: on a narrow dock the title elides, never the status
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Status"), self.tr("Inject")])
        self.tree.setRootIsDecorated(False)
        line = self.fontMetrics().height()
        header = self.tree.header().sizeHint().height()
        self.tree.setMinimumHeight(header + MIN_ROWS * (line + 6))  # the panel scrolls instead
        layout.addWidget(self.tree, 2)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Inject text"))
        self.text.setMinimumHeight(4 * line)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.fire = QPushButton(self.tr("&Fire"), self)
        self.hold = QPushButton(self.tr("&Hold…"), self)
        self.skip = QPushButton(self.tr("S&kip…"), self)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("muted")
        self.due_label.setWordWrap(True)  # a narrow dock wraps it rather than widening
        row.addWidget(self.due_label, 1)
        for b in (self.fire, self.hold, self.skip):
            row.addWidget(b)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.fire.clicked.connect(self._fire)
        self.hold.clicked.connect(lambda: self._with_reason(InjectHeld, self.tr("Hold inject")))
        self.skip.clicked.connect(lambda: self._with_reason(InjectSkipped, self.tr("Skip inject")))
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._refresh)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (
            Changes.INJECTS | Changes.TURN | Changes.PHASE | Changes.METERS | Changes.RELATIONS
        ):
            self._refresh()

    def _inject(self, inject_id: str) -> Inject:
        return next(i for i in self.bridge.session.scenario.injects if i.id == inject_id)

    def due_ids(self) -> list[str]:
        """Injects that can be fired now."""
        session = self.bridge.session
        return [i.id for i in session.engine.due_injects(session.state)]

    def _status_label(self, status: InjectStatus) -> str:
        match status:
            case InjectStatus.FIRED:
                return self.tr("fired")
            case InjectStatus.SKIPPED:
                return self.tr("skipped")
            case InjectStatus.HELD:
                return self.tr("held")

    def _refresh(self) -> None:
        session = self.bridge.session
        state = session.state
        due = set(self.due_ids())
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        if due and keep not in due:
            keep = next(i.id for i in session.scenario.injects if i.id in due)
        elif keep is None:  # nothing due: show what comes next
            keep = next((i.id for i in session.scenario.injects if i.id not in state.injects), None)
        self.tree.clear()
        for inj in session.scenario.injects:
            if inj.turn is not None:
                when = session.scenario.date_of(inj.turn).strftime("%d %b")
            else:
                when = self.tr("when triggered")
            handled = state.injects.get(inj.id)
            status = self._status_label(handled) if handled is not None else ""
            if inj.id in due:
                status = self.tr("DUE") + (f" ({status})" if status else "")
            elif not status:
                status = self.tr("waiting")
            item = QTreeWidgetItem([when, status, inj.title])
            item.setToolTip(2, inj.title)
            item.setData(0, Qt.ItemDataRole.UserRole, inj.id)
            if inj.id in due:
                font = item.font(1)
                font.setBold(True)
                for col in range(3):
                    item.setFont(col, font)
            self.tree.addTopLevelItem(item)
            if inj.id == keep:
                self.tree.setCurrentItem(item)
        for col in range(2):
            self.tree.resizeColumnToContents(col)
        in_phase = state.phase is Phase.INJECTS
        self.due_label.setText(
            self.tr("{0} due").format(len(due))
            if in_phase
            else self.tr("Injects are handled in the Injects phase.")
        )
        self._show_selected()

    def _selected(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def _show_selected(self) -> None:
        inject_id = self._selected()
        due = inject_id in self.due_ids() and self.bridge.session.state.phase is Phase.INJECTS
        for b in (self.fire, self.hold, self.skip):
            b.setEnabled(bool(due))
        if inject_id is None:
            self.text.clear()
            return
        inj = self._inject(inject_id)
        why = "" if due else self._not_due(inj)
        for b in (self.fire, self.hold, self.skip):
            b.setToolTip(why)
        note = f"<p><i>{html.escape(why)}</i></p>" if why else ""
        self.text.setHtml(
            f"<h3>{html.escape(inj.title)}</h3>{self._delivery(inj)}"
            f"<p>{_lines(inj.text)}</p>{self._for_controllers(inj)}{note}"
        )

    def _delivery(self, inj: Inject) -> str:
        """How the inject reaches the players, on one line: "E-mail · from Reuters · to
        Team Iran" (what the MSEL gave; nothing when it gave none of it)."""
        parts = [html.escape(inj.mode)] if inj.mode else []
        if inj.sender:
            parts.append(self.tr("from {0}").format(html.escape(inj.sender)))
        if inj.recipient:
            parts.append(self.tr("to {0}").format(html.escape(inj.recipient)))
        return f"<p><i>{' · '.join(parts)}</i></p>" if parts else ""

    def _for_controllers(self, inj: Inject) -> str:
        """What the controllers look for (the expected player action) and their notes."""
        out = ""
        for label, text in (
            (self.tr("Expected player action:"), inj.expected_action),
            (self.tr("Notes:"), inj.notes),
        ):
            if text:
                out += f"<p><b>{html.escape(label)}</b> {_lines(text)}</p>"
        return out

    def _not_due(self, inj: Inject) -> str:
        """Why the selected inject cannot be fired, held or skipped now."""
        state = self.bridge.session.state
        status = state.injects.get(inj.id)
        if status is InjectStatus.FIRED:
            return self.tr("Already fired.")
        if status is InjectStatus.SKIPPED:
            return self.tr("Skipped: it will not fire.")
        if state.phase is not Phase.INJECTS:
            return self.tr("Injects are fired, held or skipped in the Injects phase.")
        if inj.turn is not None:
            date = self.bridge.session.scenario.date_of(inj.turn).strftime("%d %b %Y")
            return self.tr("Not due before {0}.").format(date)
        return self.tr("Not due: its trigger has not happened.")

    def _fire(self) -> None:
        inject_id = self._selected()
        if inject_id:
            self.bridge.run(self, lambda: self.bridge.session.dispatch(InjectFired(inject_id)))

    def _with_reason(self, kind: type[InjectHeld] | type[InjectSkipped], title: str) -> None:
        inject_id = self._selected()
        if not inject_id:
            return
        reason, ok = QInputDialog.getText(self, title, self.tr("Reason (required):"))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(
                self, title, self.tr("Nothing was changed: a reason is required, for the review.")
            )
            return
        event = kind(inject_id, reason.strip())
        self.bridge.run(self, lambda: self.bridge.session.dispatch(event))
