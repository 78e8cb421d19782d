"""Sealed orders on a shared screen: the curtain and each team's private move panel."""

import html
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wargame.core.actions import VARIABLES
from wargame.core.enums import Phase
from wargame.session.changes import Changes
from wargame.session.operations import pass_team
from wargame.session.teams import pin_ok, submitted_teams, teams
from wargame.ui.bridge import SessionBridge
from wargame.ui.composer import ActionComposer


def private_briefing(bridge: SessionBridge, team: str) -> str:
    """What only ``team`` may see: its actors' profiles, variables and grievances (HTML)."""
    session = bridge.session
    state = session.state
    parts = []
    for actor in session.scenario.actors:
        if actor.id not in teams(state).get(team, []):
            continue
        m = state.meters[actor.id]
        rows = "".join(
            f"<tr><td>{v.capitalize()}</td><td align='right'>{m[v]:.0f}</td></tr>"
            for v in VARIABLES
        )
        owed = [
            f"{offender}: {amount:.1f}"
            for (victim, offender), amount in sorted(state.ledger.items())
            if victim == actor.id and amount > session.scenario.params.grievance_epsilon
        ]
        lines = [
            f"<h3>{html.escape(actor.name)}</h3>",
            f"<p>{html.escape(actor.profile)}</p>",
            f"<table>{rows}<tr><td><b>Deterrence</b></td>"
            f"<td align='right'><b>{m['deterrence']:.0f}</b></td></tr></table>",
            "<p><b>Owed replies:</b> " + (html.escape(", ".join(owed)) or "none") + "</p>",
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
        bridge.changed.connect(self._on_changed)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.ORDERS | Changes.CONTROL):
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        mine = teams(session.state).get(self.team, [])
        actions = session.engine.world.actions
        self.own_moves.clear()
        for m in session.state.pending:
            if m.actor in mine:
                target = f" → {m.target}" if m.target else ""
                self.own_moves.addItem(f"{m.actor}: {actions[m.action].label}{target}")

    def _pass(self) -> None:
        if self.bridge.run(self, partial(pass_team, self.bridge.session, self.team)):
            self.accept()

    def done(self, result: int) -> None:
        self.bridge.changed.disconnect(self._on_changed)
        super().done(result)


class Curtain(QDialog):
    """Covers the console while teams take turns at the screen.

    It names the team whose turn it is, lists who has submitted (never what),
    and opens a team's private panel (behind its PIN, if it set one).

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
        self.back.clicked.connect(self.accept)
        bridge.changed.connect(self._on_changed)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.ORDERS | Changes.PHASE | Changes.CONTROL):
            self._refresh()

    def _refresh(self) -> None:
        state = self.bridge.session.state
        date = self.bridge.session.scenario.date_of(state.turn).strftime("%d %B %Y")
        self.heading.setText(self.tr("Turn {0} · {1} · sealed orders").format(state.turn, date))
        done = submitted_teams(state)
        self.status.clear()
        waiting = []
        for team in teams(state):
            mark = "✔ " + self.tr("submitted") if team in done else "… " + self.tr("waiting")
            self.status.addItem(f"{team}: {mark}")
            if team not in done:
                waiting.append(team)
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
        state = self.bridge.session.state
        if team in state.pins:
            pin, ok = QInputDialog.getText(
                self, team, self.tr("PIN for {0}:").format(team), QLineEdit.EchoMode.Password
            )
            if not ok:
                return False
            if not pin_ok(state, team, pin):
                QMessageBox.warning(self, team, self.tr("Wrong PIN."))
                return False
        panel = TeamPanel(self.bridge, team, self)
        panel.exec()
        return True

    def done(self, result: int) -> None:
        self.bridge.changed.disconnect(self._on_changed)
        super().done(result)
