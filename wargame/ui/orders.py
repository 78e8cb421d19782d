"""This turn's moves: sealed while teams write them, then revealed together for rulings."""

from functools import partial

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.core.adjudication import roll_outcome
from wargame.core.enums import Decision, Outcome, Phase
from wargame.core.events import MoveAdjudicated, MovesReordered
from wargame.core.legal import legal_moves
from wargame.session.changes import Changes
from wargame.session.session import Session
from wargame.session.teams import is_sealed, submitted_teams, team_of, teams
from wargame.session.wording import wording
from wargame.ui.bridge import SessionBridge
from wargame.ui.screenfit import FlowLayout

NARROW = 760
"""Below this width (px) the moves table leaves out the engine column (shown as a tooltip)."""
MIN_ROWS = 3
"""The moves table never shrinks below this many rows (the panel scrolls instead)."""

COLUMNS = (
    "Actor",
    "Action",
    "Target",
    "Ruling",
    "Outcome",
    "Engine (roll vs chance)",
    "Reason / rationale",
)


def rows_height(table: QTableWidget, rows: int) -> int:
    """The height a table needs to show its header and ``rows`` rows."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    return header + rows * row + 2 * table.frameWidth()


class ModifyDialog(QDialog):
    """Replace a move's action or target; a reason is required."""

    def __init__(self, session: Session, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modify move"))
        move = session.state.pending[index]
        world = session.engine.world
        form = QFormLayout(self)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Replacement move"))
        names = {a.id: a.name for a in session.scenario.actors}
        for action, target in legal_moves(world, session.state, move.actor):
            label = world.actions[action].label + (f" → {names[target]}" if target else "")
            self.choice.addItem(label, (action, target))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the modification"))
        form.addRow(self.tr("Move by {0}").format(names[move.actor]), self.choice)
        form.addRow(self.tr("&Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))


class OrdersPanel(QWidget):
    """The moves of the current turn.

    While the Orders phase lasts a player team's move shows only as "sealed";
    from the Adjudication phase all moves are revealed together and the White
    cell rules on each (accept, roll, set, modify, reject; a reason for all
    but accept) and may change the order they resolve in.

    Attributes:
        table: one row per submitted move.
        reason: the reason given with a ruling.
        accept, roll, set_button, modify, reject, up, down, accept_all: the controls.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.presence: frozenset[str] | None = None
        """Teams with their page open, while the session is open to players' devices."""
        self.devices = QLabel(self)
        self.devices.setWordWrap(True)
        self.devices.setAccessibleName(self.tr("Players' devices"))
        self.devices.hide()
        layout.addWidget(self.devices)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("Moves this turn"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # a long reason elides on one line, never cut in two
        self.table.setMinimumHeight(rows_height(self.table, MIN_ROWS))
        layout.addWidget(self.table, 1)
        reason_row = QHBoxLayout()
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            self.tr("Reason for the ruling (required for all but Accept)")
        )
        self.reason.setAccessibleName(self.tr("Reason for the ruling"))
        reason_row.addWidget(self.reason, 1)
        self.up = QPushButton(self.tr("▲ Earlier"), self)
        self.down = QPushButton(self.tr("▼ Later"), self)
        self.up.setAccessibleName(self.tr("Resolve earlier"))
        self.down.setAccessibleName(self.tr("Resolve later"))
        reason_row.addWidget(self.up)
        reason_row.addWidget(self.down)
        layout.addLayout(reason_row)
        row = FlowLayout()  # one row in a wide dock, two or three in a narrow one
        self.accept = QPushButton(self.tr("&Accept"), self)
        self.roll = QPushButton(self.tr("&Roll dice"), self)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome to set"))
        for o in Outcome:
            self.outcome.addItem(self.tr(o.value.capitalize()), o)
        self.set_button = QPushButton(self.tr("Set outcome"), self)
        self.modify = QPushButton(self.tr("&Modify…"), self)
        self.reject = QPushButton(self.tr("Re&ject"), self)
        self.accept_all = QPushButton(self.tr("Rule the rest"), self)
        self.accept_all.setToolTip(self.tr("Accept certain moves, roll the uncertain ones"))
        for w in (self.accept, self.roll, self.outcome, self.set_button, self.modify, self.reject):
            row.addWidget(w)
        row.addWidget(self.accept_all)
        layout.addLayout(row)
        self.accept.clicked.connect(lambda: self._rule(Decision.ACCEPT))
        self.roll.clicked.connect(lambda: self._rule(Decision.ROLL))
        self.set_button.clicked.connect(lambda: self._rule(Decision.SET))
        self.reject.clicked.connect(lambda: self._rule(Decision.REJECT))
        self.modify.clicked.connect(self._modify)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.accept_all.clicked.connect(self._accept_all)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        bridge.changed.connect(self._on_changed)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.ORDERS | Changes.PHASE | Changes.CONTROL):
            self._refresh()

    def rows(self) -> list[list[str]]:
        """The table's cells as shown (sealed moves hide everything but who)."""
        session = self.bridge.session
        state = session.state
        actions = session.engine.world.actions
        words = wording(session)
        out = []
        for m in state.pending:
            if is_sealed(state, m.actor):  # the team, not which of its actors
                team = team_of(state, m.actor) or ""
                out.append(
                    [
                        team,
                        self.tr("sealed"),
                        "",
                        "",
                        "",
                        "",
                        self.tr("submitted by {0}").format(team),
                    ]
                )
                continue
            action = m.final_action or m.action
            engine = ""
            if m.roll is not None:
                chance = actions[action].success
                engine = f"{roll_outcome(m.roll, chance).value} ({m.roll:.2f} vs {chance:.0%})"
            target = m.final_target if m.final_action else m.target
            out.append(
                [
                    words.actor(m.actor),
                    words.action(action),
                    words.actor(target) if target else "—",
                    m.decision.value if m.decision else self.tr("awaiting"),
                    m.outcome.value if m.outcome else ("rejected" if m.decision else ""),
                    engine,
                    m.reason or (m.note or ""),
                ]
            )
        return out

    def _refresh(self) -> None:
        state = self.bridge.session.state
        selected = self.table.currentRow()
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4 and cells[5]:
                    item.setToolTip(self.tr("Engine: {0}").format(cells[5]))
                elif text:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._fit_columns()
        if 0 <= selected < len(rows):
            self.table.selectRow(selected)
        hints = {
            Phase.INJECTS: self.tr("Injects phase: fire or hold the due injects, then Next phase."),
            Phase.ORDERS: self.tr(
                "Orders phase: teams submit sealed moves behind the curtain; the White cell "
                "enters moves for its own actors and the bots. Next phase reveals them all."
            ),
            Phase.ADJUDICATION: self.tr(
                "Moves revealed. Rule on each (a reason for all but Accept); Next phase resolves."
            ),
            Phase.RESOLUTION: self.tr("Resolved. The meters show the end of the turn."),
            Phase.REVIEW: self.tr("Review the turn; Next phase starts the next day."),
        }
        if state.phase is Phase.ORDERS and self.presence is not None:
            hints[Phase.ORDERS] = self.tr(
                "Orders phase: teams submit sealed moves from their devices (a team at this "
                "screen: the curtain, Ctrl+T); the White cell enters moves for its own actors "
                "and the bots. Next phase reveals them all."
            )
        self.hint.setText(hints[state.phase])
        self._show_devices()
        self._update_buttons()

    def set_presence(self, present: frozenset[str] | None) -> None:
        """The teams whose page is open (None: the session is not open to devices)."""
        serving_changed = (present is None) != (self.presence is None)
        self.presence = present
        if serving_changed:
            self._refresh()  # the hint says where the teams move
        else:
            self._show_devices()

    def _show_devices(self) -> None:
        state = self.bridge.session.state
        if self.presence is None:
            self.devices.hide()
            return
        done = submitted_teams(state) if state.phase is Phase.ORDERS else set()
        parts = []
        for team in teams(state):
            where = self.tr("page open") if team in self.presence else self.tr("no page open")
            said = ""
            if state.phase is Phase.ORDERS:
                said = ", " + (self.tr("submitted") if team in done else self.tr("waiting"))
            parts.append(f"{team}: {where}{said}")
        self.devices.setText(self.tr("Devices — ") + " · ".join(parts))
        self.devices.show()

    def _update_buttons(self) -> None:
        state = self.bridge.session.state
        adjudicating = state.phase is Phase.ADJUDICATION
        row = self.table.currentRow()
        has_row = 0 <= row < len(state.pending)
        for w in (self.accept, self.roll, self.set_button, self.reject, self.outcome, self.modify):
            w.setEnabled(adjudicating and has_row)
        self.up.setEnabled(adjudicating and has_row and row > 0)
        self.down.setEnabled(adjudicating and has_row and row < len(state.pending) - 1)
        self.accept_all.setEnabled(adjudicating and any(m.decision is None for m in state.pending))

    def _dispatch_ruling(self, event: MoveAdjudicated) -> None:
        if self.bridge.run(self, partial(self.bridge.session.dispatch, event)):
            self.reason.clear()

    def _fit_columns(self) -> None:
        """On a narrow dock the engine's roll moves into the outcome's tooltip, so that
        the ruling and the outcome stay in view."""
        self.table.setColumnHidden(5, self.table.viewport().width() < NARROW)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _rule(self, decision: Decision) -> None:
        row = self.table.currentRow()
        pending = self.bridge.session.state.pending
        done = pending[row] if 0 <= row < len(pending) else None
        if done is not None and done.decision is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Rule again?"),
                self.tr(
                    "Move {0} is ruled already ({1}{2}). Replace that ruling? Its reason and "
                    "its die go."
                ).format(
                    row + 1,
                    done.decision.value,
                    f", {done.outcome.value}" if done.outcome else "",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        reason = self.reason.text().strip()
        if decision is not Decision.ACCEPT and not reason:
            QMessageBox.information(
                self, self.tr("Reason needed"), self.tr("Give a reason for this ruling first.")
            )
            self.reason.setFocus()
            return
        row = self.table.currentRow()
        outcome = Outcome(self.outcome.currentData()) if decision is Decision.SET else None
        self._dispatch_ruling(MoveAdjudicated(row, decision, outcome, reason=reason))

    def _modify(self) -> None:
        row = self.table.currentRow()
        dialog = ModifyDialog(self.bridge.session, row, self)
        dialog.reason.setText(self.reason.text())
        if dialog.exec():
            action, target = dialog.choice.currentData()
            event = MoveAdjudicated(
                row, Decision.MODIFY, None, action, target, dialog.reason.text().strip()
            )
            self._dispatch_ruling(event)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        order = list(range(len(self.bridge.session.state.pending)))
        order[row], order[row + step] = order[row + step], order[row]
        if self.bridge.run(
            self, partial(self.bridge.session.dispatch, MovesReordered(tuple(order)))
        ):
            self.table.selectRow(row + step)

    def _accept_all(self) -> None:
        session = self.bridge.session
        actions = session.engine.world.actions
        for i, m in enumerate(session.state.pending):
            if m.decision is None:
                uncertain = actions[m.action].success < 1
                event = MoveAdjudicated(
                    i,
                    Decision.ROLL if uncertain else Decision.ACCEPT,
                    reason=self.tr("uncertain: dice rolled") if uncertain else "",
                )
                if not self.bridge.run(self, partial(session.dispatch, event)):
                    return
