"""Sealed orders on a shared screen: the curtain and each team's private move panel."""

import html
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wargame.core.enums import Phase
from wargame.core.events import WHITE_CELL, MoveWithdrawn
from wargame.session.briefing import private_picture
from wargame.session.changes import Changes
from wargame.session.operations import pass_team
from wargame.session.teams import submitted_teams, teams
from wargame.ui.bridge import SessionBridge
from wargame.ui.composer import ActionComposer
from wargame.ui.setup import ask_pin_in_force


def private_briefing(bridge: SessionBridge, team: str) -> str:
    """What only ``team`` may see: its actors' profiles, variables and grievances (HTML)."""
    parts = []
    for actor in private_picture(bridge.session, team):
        rows = "".join(
            f"<tr><td>{html.escape(label)}</td><td align='right'>{value:.0f}</td></tr>"
            for label, value in actor.variables
        )
        owed = ", ".join(f"{name}: {amount:.1f}" for name, amount in actor.owed)
        lines = [
            f"<h3>{html.escape(actor.name)}</h3>",
            f"<p>{html.escape(actor.profile)}</p>",
            f"<table>{rows}<tr><td><b>Deterrence</b></td>"
            f"<td align='right'><b>{actor.deterrence:.0f}</b></td></tr></table>",
            "<p><b>Owed replies:</b> " + (html.escape(owed) or "none") + "</p>",
        ]
        parts.append("".join(lines))
    return "".join(parts)


class TeamPanel(QDialog):
    """One team's private panel: briefing, its legal moves with a preview, its own moves.

    Attributes:
        composer: restricted to the team's actors.
        own_moves: the moves this team has submitted this turn (only its own).
        pass_button: submits a pass for each of the team's actors without a move.
        finish: back to the curtain.
    """

    def __init__(self, bridge: SessionBridge, team: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.team = team
        self.setWindowTitle(self.tr("{0} — sealed orders").format(team))
        self.setModal(True)
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("{0}: your move (nobody else sees this panel)").format(team))
        title.setObjectName("turnLabel")
        layout.addWidget(title)
        body = QHBoxLayout()
        self.briefing = QTextBrowser(self)
        self.briefing.setAccessibleName(self.tr("Private briefing"))
        self.briefing.setHtml(private_briefing(bridge, team))
        body.addWidget(self.briefing, 2)
        right = QVBoxLayout()
        self.composer = ActionComposer(bridge, self, team=team)
        right.addWidget(self.composer, 3)
        right.addWidget(QLabel(self.tr("Submitted this turn by {0}:").format(team)))
        self.own_moves = QListWidget(self)
        self.own_moves.setAccessibleName(self.tr("Your moves this turn"))
        right.addWidget(self.own_moves, 1)
        own = QHBoxLayout()
        self.withdraw = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw.setToolTip(self.tr("Take back the selected move before the reveal"))
        self.replace = QPushButton(self.tr("Re&place…"), self)
        self.replace.setToolTip(
            self.tr("Take back the selected move and load it into the form to change it")
        )
        own.addWidget(self.withdraw)
        own.addWidget(self.replace)
        own.addStretch(1)
        right.addLayout(own)
        body.addLayout(right, 3)
        layout.addLayout(body)
        buttons = QHBoxLayout()
        self.pass_button = QPushButton(self.tr("&Pass this turn"), self)
        self.finish = QPushButton(self.tr("&Done — close the panel"), self)
        buttons.addWidget(self.pass_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish)
        layout.addLayout(buttons)
        self.pass_button.clicked.connect(self._pass)
        self.finish.clicked.connect(self.accept)
        self.withdraw.clicked.connect(self._withdraw)
        self.replace.clicked.connect(self._replace)
        self.own_moves.currentRowChanged.connect(self._sync_buttons)
        bridge.changed.connect(self._on_changed)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.ORDERS | Changes.CONTROL | Changes.PHASE):
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        state = session.state
        mine = teams(state).get(self.team, [])
        actions = session.engine.world.actions
        names = {a.id: a.name for a in session.scenario.actors}
        self.own_moves.clear()
        for index, m in enumerate(state.pending):
            if m.actor in mine:
                target = f" → {names[m.target]}" if m.target else ""
                item = QListWidgetItem(f"{names[m.actor]}: {actions[m.action].label}{target}")
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.own_moves.addItem(item)
        if self.own_moves.count():
            self.own_moves.setCurrentRow(self.own_moves.count() - 1)
        self._sync_buttons()

    def _sync_buttons(self, _row: int = 0) -> None:
        open_ = self.bridge.session.state.phase is Phase.ORDERS
        chosen = self.own_moves.currentItem() is not None
        self.withdraw.setEnabled(open_ and chosen)
        self.replace.setEnabled(open_ and chosen)

    def _selected_index(self) -> int | None:
        item = self.own_moves.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _withdraw(self) -> bool:
        index = self._selected_index()
        if index is None:
            return False
        event = MoveWithdrawn(self.team, index)
        return self.bridge.run(self, partial(self.bridge.session.dispatch, event))

    def _replace(self) -> None:
        index = self._selected_index()
        if index is None:
            return
        move = self.bridge.session.state.pending[index]
        if self._withdraw():
            self.composer.load(move.actor, move.action, move.target, move.note, move.modifiers)

    def _pass(self) -> None:
        if self.bridge.run(self, partial(pass_team, self.bridge.session, self.team)):
            self.accept()

    def done(self, result: int) -> None:
        self.bridge.changed.disconnect(self._on_changed)
        super().done(result)


class Curtain(QDialog):
    """Covers the console while teams take turns at the screen.

    It names the team whose turn it is, lists who has submitted (never what),
    and opens a team's private panel (behind its PIN, if it set one). It is modal over
    the whole application: the way back to the console is "Back to the White cell", behind
    the White cell's PIN when one is set (Esc and closing the window take the same way).

    Attributes:
        status: one line per team with its submission status.
        next_team: the team called to the screen.
        open_button: opens that team's panel.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Sealed orders"))
        self.setAccessibleName(self.tr("Curtain"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 60, 60, 60)
        self.heading = QLabel(self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(28)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.call = QLabel(self)
        self.call.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.font())
        big.setPointSize(20)
        self.call.setFont(big)
        layout.addWidget(self.call)
        self.status = QListWidget(self)
        self.status.setAccessibleName(self.tr("Submission status"))
        self.status.setFont(big)
        layout.addWidget(self.status, 1)
        self.lock = QLabel(self)
        self.lock.setWordWrap(True)
        self.lock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock.setAccessibleName(self.tr("Who can leave the curtain"))
        notice = QFont(self.font())
        notice.setPointSize(14)
        self.lock.setFont(notice)
        layout.addWidget(self.lock)
        row = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setFont(big)
        self.other = QPushButton(self.tr("Another team…"), self)
        self.back = QPushButton(self.tr("Back to the White cell"), self)
        row.addWidget(self.other)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.back)
        layout.addLayout(row)
        self.next_team: str | None = None
        self.open_button.clicked.connect(lambda: self.open_team(self.next_team))
        self.other.clicked.connect(self._choose_team)
        self.back.clicked.connect(self.leave)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # no title bar: nothing to drag aside to uncover the console
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self._covered: QWidget | None = None
        bridge.changed.connect(self._on_changed)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.ORDERS | Changes.PHASE | Changes.CONTROL):
            self._refresh()

    def cover(self, window: QWidget) -> None:
        """Lie over ``window`` and follow it when it moves or changes size."""
        if self._covered is not window:
            if self._covered is not None:
                self._covered.removeEventFilter(self)
            self._covered = window
            window.installEventFilter(self)
        self.setGeometry(window.frameGeometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._covered and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.WindowStateChange,
        ):
            self.setGeometry(self._covered.frameGeometry())
        return False

    def leave(self) -> bool:
        """Back to the console: behind the White cell's PIN when one is set."""
        if not ask_pin_in_force(self.bridge, self, WHITE_CELL, self.tr("Back to the console")):
            return False
        self.accept()
        return True

    def reject(self) -> None:
        """Esc takes the same way as "Back to the White cell"."""
        self.leave()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.result() == QDialog.DialogCode.Accepted.value or self.leave():
            event.accept()
        else:
            event.ignore()

    def _refresh(self) -> None:
        state = self.bridge.session.state
        date = self.bridge.session.scenario.date_of(state.turn).strftime("%d %B %Y")
        self.heading.setText(self.tr("Turn {0} · {1} · sealed orders").format(state.turn, date))
        done = submitted_teams(state)
        self.status.clear()
        waiting = []
        for team in teams(state):
            mark = "✔ " + self.tr("submitted") if team in done else "… " + self.tr("waiting")
            if team not in state.pins:
                mark += " · " + self.tr("no PIN: anyone can open this panel")
            self.status.addItem(f"{team}: {mark}")
            if team not in done:
                waiting.append(team)
        self.lock.setText(
            self.tr("The console is locked behind the White cell's PIN.")
            if WHITE_CELL in state.pins
            else "⚠ "
            + self.tr(
                "No White-cell PIN is set: anyone at the screen can go back to the console "
                "(Teams and control sets one)."
            )
        )
        self.next_team = waiting[0] if waiting else None
        if state.phase is not Phase.ORDERS:
            self.call.setText(self.tr("Orders are closed."))
        elif self.next_team:
            self.call.setText(self.tr("{0}, please come to the screen.").format(self.next_team))
        else:
            self.call.setText(self.tr("Every team has submitted. Hand back to the White cell."))
        self.open_button.setText(
            self.tr("Open {0}'s panel").format(self.next_team) if self.next_team else ""
        )
        self.open_button.setVisible(bool(self.next_team) and state.phase is Phase.ORDERS)

    def _choose_team(self) -> None:
        names = list(teams(self.bridge.session.state))
        team, ok = QInputDialog.getItem(
            self, self.tr("Open a team's panel"), self.tr("Team:"), names, 0, False
        )
        if ok and team:
            self.open_team(team)

    def open_team(self, team: str | None) -> bool:
        """Open a team's panel, asking for its PIN if it has one."""
        if team is None:
            return False
        if not ask_pin_in_force(self.bridge, self, team, self.tr("{0}'s panel").format(team)):
            return False
        panel = TeamPanel(self.bridge, team, self)
        panel.exec()
        return True

    def done(self, result: int) -> None:
        self.bridge.changed.disconnect(self._on_changed)
        if self._covered is not None:
            self._covered.removeEventFilter(self)
            self._covered = None
        super().done(result)
