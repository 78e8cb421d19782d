"""This turn's moves and the facilitator's rulings: accept, roll, set, reject."""

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.core.enums import Decision, Outcome, Phase
from wargame.core.events import MoveAdjudicated
from wargame.session.changes import Changes
from wargame.ui.bridge import SessionBridge


class OrdersPanel(QWidget):
    """The moves of the current turn with their rulings.

    Attributes:
        table: one row per submitted move.
        accept, roll, set_button, reject, accept_all: the rulings.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 7, self)
        self.table.setAccessibleName(self.tr("Moves this turn"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Actor"),
                self.tr("Action"),
                self.tr("Target"),
                self.tr("Ruling"),
                self.tr("Outcome"),
                self.tr("Roll"),
                self.tr("Reason / rationale"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.accept = QPushButton(self.tr("&Accept"), self)
        self.roll = QPushButton(self.tr("&Roll dice"), self)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome to set"))
        for o in Outcome:
            self.outcome.addItem(self.tr(o.value.capitalize()), o)
        self.set_button = QPushButton(self.tr("Set outcome"), self)
        self.reject = QPushButton(self.tr("Re&ject…"), self)
        self.accept_all = QPushButton(self.tr("Rule the rest (roll where uncertain)"), self)
        for w in (self.accept, self.roll, self.outcome, self.set_button, self.reject):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.accept_all)
        layout.addLayout(row)
        self.accept.clicked.connect(lambda: self._rule(Decision.ACCEPT))
        self.roll.clicked.connect(lambda: self._rule(Decision.ROLL))
        self.set_button.clicked.connect(lambda: self._rule(Decision.SET))
        self.reject.clicked.connect(self._reject)
        self.accept_all.clicked.connect(self._accept_all)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        bridge.changed.connect(self._on_changed)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.orders or changes.phase or changes.log:
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        state = session.state
        actions = session.engine.world.actions
        selected = self.table.currentRow()
        self.table.setRowCount(len(state.pending))
        for row, m in enumerate(state.pending):
            action = m.final_action or m.action
            cells = [
                m.actor,
                actions[action].label if action in actions else action,
                (m.final_target if m.final_action else m.target) or "—",
                m.decision.value if m.decision else self.tr("awaiting"),
                m.outcome.value if m.outcome else ("—" if m.decision else ""),
                f"{m.roll:.2f}" if m.roll is not None else "",
                m.reason or (m.note or ""),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if 0 <= selected < len(state.pending):
            self.table.selectRow(selected)
        hints = {
            Phase.INJECTS: self.tr("Injects phase: fire or hold the due injects, then Next phase."),
            Phase.ORDERS: self.tr(
                "Orders phase: enter a move per actor in the composer; teams may pass."
            ),
            Phase.ADJUDICATION: self.tr(
                "Adjudication: rule on every move, then Next phase resolves."
            ),
            Phase.RESOLUTION: self.tr("Resolved. The meters show the end of the turn."),
            Phase.REVIEW: self.tr("Review the turn; Next phase starts the next day."),
        }
        self.hint.setText(hints[state.phase])
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = self.bridge.session.state
        adjudicating = state.phase is Phase.ADJUDICATION
        has_row = 0 <= self.table.currentRow() < len(state.pending)
        for w in (self.accept, self.roll, self.set_button, self.reject, self.outcome):
            w.setEnabled(adjudicating and has_row)
        self.accept_all.setEnabled(adjudicating and any(m.decision is None for m in state.pending))

    def _rule(self, decision: Decision, reason: str = "") -> None:
        row = self.table.currentRow()
        outcome = Outcome(self.outcome.currentData()) if decision is Decision.SET else None
        event = MoveAdjudicated(row, decision, outcome, reason=reason)
        self.bridge.run(self, lambda: self.bridge.session.dispatch(event))

    def _reject(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reject move"), self.tr("Reason (required):")
        )
        if ok and reason.strip():
            self._rule(Decision.REJECT, reason.strip())

    def _accept_all(self) -> None:
        session = self.bridge.session
        actions = session.engine.world.actions
        for i, m in enumerate(session.state.pending):
            if m.decision is None:
                uncertain = actions[m.action].success < 1
                event = MoveAdjudicated(i, Decision.ROLL if uncertain else Decision.ACCEPT)
                if not self.bridge.run(self, partial(session.dispatch, event)):
                    return
