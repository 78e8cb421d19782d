"""Session set-up: who controls each actor (a player team, the White cell, a bot), the
teams' PINs and the White cell's own PIN. Nothing changes until OK; Cancel leaves the
session as it was."""

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.core.bots import Doctrine
from wargame.core.enums import Controller
from wargame.core.events import WHITE_CELL, ControlAssigned, Event, TeamPinSet
from wargame.session.teams import pin_hash, teams
from wargame.ui.bridge import SessionBridge


def ask_pin_in_force(bridge: SessionBridge, parent: QWidget, team: str, why: str) -> bool:
    """Ask for the PIN ``team`` has now (true at once when it has none); wrong PINs are
    slowed down and logged by the bridge's guard."""
    state = bridge.session.state
    if team not in state.pins:
        return True
    wait = bridge.pins.wait(team)
    if wait > 0:
        QMessageBox.warning(
            parent, team, parent.tr("Wrong PIN. Try again in {0:.0f} s.").format(wait + 0.5)
        )
        return False
    pin, ok = QInputDialog.getText(
        parent,
        team,
        parent.tr("{0}: enter the PIN in force for {1}").format(why, team),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    if not bridge.pins.check(state, team, pin):
        QMessageBox.warning(parent, team, parent.tr("Wrong PIN."))
        return False
    return True


class SetupDialog(QDialog):
    """Assign actors to teams, the White cell or bot doctrines; set or clear PINs.

    Attributes:
        table: one row per actor with a controller box and a team/doctrine box.
        pin_team, pin, set_pin, clear_pin: the PIN controls (the White cell first, then
            every team named in the table, new ones included).
        pin_changes: team -> new PIN ("" clears it), applied on OK.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.pin_changes: dict[str, str] = {}
        self.setWindowTitle(self.tr("Teams and control"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Give each actor to a player team (type the team's name), to the White cell, "
                "or to a bot with a doctrine. Teams submit sealed moves behind the curtain; "
                "a team without a PIN can be opened by anyone at the screen. Nothing changes "
                "until OK."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        session = bridge.session
        actors = session.scenario.actors
        self.table = QTableWidget(len(actors), 3, self)
        self.table.setAccessibleName(self.tr("Control of each actor"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Actor"), self.tr("Controlled by"), self.tr("Team or doctrine")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.controllers: dict[str, QComboBox] = {}
        self.who: dict[str, QComboBox] = {}
        labels = {
            Controller.PLAYER: self.tr("Player team"),
            Controller.FACILITATOR: self.tr("White cell"),
            Controller.BOT: self.tr("Bot"),
        }
        for row, actor in enumerate(actors):
            controller, who = session.state.control[actor.id]
            self.table.setItem(row, 0, QTableWidgetItem(actor.name))
            box = QComboBox(self.table)
            box.setAccessibleName(self.tr("Controller of {0}").format(actor.name))
            for c in Controller:
                box.addItem(labels[c], c.value)
            box.setCurrentIndex(box.findData(controller.value))
            detail = QComboBox(self.table)
            detail.setEditable(True)
            detail.setAccessibleName(self.tr("Team or doctrine of {0}").format(actor.name))
            self.controllers[actor.id] = box
            self.who[actor.id] = detail
            self.table.setCellWidget(row, 1, box)
            self.table.setCellWidget(row, 2, detail)
            self._fill_detail(actor.id)
            if who:
                detail.setCurrentText(who)
            elif controller is Controller.BOT:
                detail.setCurrentText(actor.doctrine.value)
            box.currentIndexChanged.connect(partial(self._controller_changed, actor.id))
            detail.currentTextChanged.connect(self._fill_pin_teams)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        pin_row = QHBoxLayout()
        pin_row.addWidget(QLabel(self.tr("PIN for")))
        self.pin_team = QComboBox(self)
        self.pin_team.setAccessibleName(self.tr("Team for the PIN"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.set_pin = QPushButton(self.tr("Set PIN"), self)
        self.clear_pin = QPushButton(self.tr("Clear PIN"), self)
        for w in (self.pin_team, self.pin, self.set_pin, self.clear_pin):
            pin_row.addWidget(w)
        layout.addLayout(pin_row)
        self.pin_status = QLabel(self)
        self.pin_status.setWordWrap(True)
        layout.addWidget(self.pin_status)
        self.set_pin.clicked.connect(self._set_pin)
        self.clear_pin.clicked.connect(self._clear_pin)
        self.pin_team.currentIndexChanged.connect(self._show_pin_status)
        self._fill_pin_teams()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- the form ------------------------------------------------------------------

    def team_names(self) -> list[str]:
        """The player teams the form names, in actor order (new ones included)."""
        out: list[str] = []
        for actor, box in self.controllers.items():
            if Controller(box.currentData()) is Controller.PLAYER:
                name = self.who[actor].currentText().strip()
                if name and name not in out:
                    out.append(name)
        return out

    def _new_team_name(self) -> str:
        taken = set(self.team_names()) | set(teams(self.bridge.session.state))
        n = 1
        while self.tr("Team {0}").format(n) in taken:
            n += 1
        return self.tr("Team {0}").format(n)

    def _controller_changed(self, actor: str, _index: int = 0) -> None:
        self._fill_detail(actor)
        if Controller(self.controllers[actor].currentData()) is Controller.PLAYER:
            self.who[actor].setCurrentText(self._new_team_name())
        self._fill_pin_teams()

    def _fill_detail(self, actor: str) -> None:
        box = self.who[actor]
        controller = Controller(self.controllers[actor].currentData())
        box.blockSignals(True)
        box.clear()
        if controller is Controller.BOT:
            box.addItems([d.value for d in Doctrine])
        elif controller is Controller.PLAYER:
            box.addItems(self.team_names() or list(teams(self.bridge.session.state)))
        box.setEnabled(controller is not Controller.FACILITATOR)
        box.blockSignals(False)

    def _fill_pin_teams(self, _text: str = "") -> None:
        current = self.pin_team.currentData()
        self.pin_team.blockSignals(True)
        self.pin_team.clear()
        self.pin_team.addItem(self.tr("the White cell (to leave the curtain)"), WHITE_CELL)
        for team in self.team_names():
            self.pin_team.addItem(team, team)
        index = self.pin_team.findData(current)
        self.pin_team.setCurrentIndex(max(index, 0))
        self.pin_team.blockSignals(False)
        self._show_pin_status()

    def _has_pin(self, team: str) -> bool:
        if team in self.pin_changes:
            return bool(self.pin_changes[team])
        return team in self.bridge.session.state.pins

    def _show_pin_status(self, _index: int = 0) -> None:
        missing = [t for t in self.team_names() if not self._has_pin(t)]
        lines = []
        if not self._has_pin(WHITE_CELL):
            lines.append(
                self.tr("No White-cell PIN: anyone at the curtain can return to the console.")
            )
        if missing:
            lines.append(
                self.tr("No PIN for {0}: anyone at the screen can open their panel.").format(
                    ", ".join(missing)
                )
            )
        if self.pin_changes:
            lines.append(self.tr("PIN changes apply on OK."))
        self.pin_status.setText(" ".join(lines))

    def _set_pin(self) -> None:
        team, pin = str(self.pin_team.currentData() or ""), self.pin.text()
        if not team or not pin:
            return
        if team not in self.pin_changes and not ask_pin_in_force(
            self.bridge, self, team, self.tr("Changing the PIN")
        ):
            return
        self.pin_changes[team] = pin
        self.pin.clear()
        self._show_pin_status()

    def _clear_pin(self) -> None:
        team = str(self.pin_team.currentData() or "")
        if not team or not self._has_pin(team):
            return
        if team not in self.pin_changes and not ask_pin_in_force(
            self.bridge, self, team, self.tr("Clearing the PIN")
        ):
            return
        self.pin_changes[team] = ""
        self._show_pin_status()

    # -- applying ------------------------------------------------------------------------

    def assignments(self) -> list[ControlAssigned]:
        """The control events the form asks for (only actual changes)."""
        out = []
        state = self.bridge.session.state
        for actor, box in self.controllers.items():
            controller = Controller(box.currentData())
            who = self.who[actor].currentText().strip() or None
            if controller is Controller.FACILITATOR:
                who = None
            default = self.bridge.session.engine.world.doctrine[actor].value
            if controller is Controller.BOT and who not in {d.value for d in Doctrine}:
                who = default
            before = state.control[actor]
            if before == (Controller.BOT, None):
                before = (Controller.BOT, default)  # the scenario's doctrine
            if (controller, who) != before:
                out.append(ControlAssigned(actor, controller, who))
        return out

    def events(self) -> list[Event]:
        """Everything OK applies: control first (so a new team exists), then PINs."""
        out: list[Event] = list(self.assignments())
        for team, pin in self.pin_changes.items():
            out.append(TeamPinSet(team, pin_hash(pin) if pin else ""))
        return out

    def _apply(self) -> None:
        """All or nothing: a refused change leaves the session as it was."""
        events = self.events()
        if not events or self.bridge.run(self, partial(self.bridge.session.dispatch_all, events)):
            self.accept()
