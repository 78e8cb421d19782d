"""Session set-up: who controls each actor (a player team, the White cell, a bot) and PINs."""

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.core.bots import Doctrine
from wargame.core.enums import Controller
from wargame.core.events import ControlAssigned, Event, TeamPinSet
from wargame.session.teams import pin_hash, teams
from wargame.ui.bridge import SessionBridge


class SetupDialog(QDialog):
    """Assign actors to teams, the White cell or bot doctrines; set or clear team PINs.

    Attributes:
        table: one row per actor with a controller box and a team/doctrine box.
        pin_team, pin, set_pin, clear_pin: the PIN controls.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Teams and control"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Give each actor to a player team (type the team's name), to the White cell, "
                    "or to a bot with a doctrine. Teams submit sealed moves behind the curtain."
                )
            )
        )
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
        for row, actor in enumerate(actors):
            controller, who = session.state.control[actor.id]
            self.table.setItem(row, 0, QTableWidgetItem(f"{actor.name} ({actor.id})"))
            box = QComboBox(self.table)
            for c in Controller:
                box.addItem(self.tr(c.value.capitalize()), c.value)
            box.setCurrentIndex(box.findData(controller.value))
            detail = QComboBox(self.table)
            detail.setEditable(True)
            detail.setAccessibleName(self.tr("Team or doctrine of {0}").format(actor.name))
            self.controllers[actor.id] = box
            self.who[actor.id] = detail
            self.table.setCellWidget(row, 1, box)
            self.table.setCellWidget(row, 2, detail)
            box.currentIndexChanged.connect(partial(self._fill_detail, actor.id))
            self._fill_detail(actor.id)
            if who:
                detail.setCurrentText(who)
            elif controller is Controller.BOT:
                detail.setCurrentText(actor.doctrine.value)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        pin_row = QHBoxLayout()
        pin_row.addWidget(QLabel(self.tr("PIN for")))
        self.pin_team = QComboBox(self)
        self.pin_team.setAccessibleName(self.tr("Team for the PIN"))
        self.pin_team.addItems(list(teams(session.state)))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.set_pin = QPushButton(self.tr("Set PIN"), self)
        self.clear_pin = QPushButton(self.tr("Clear PIN"), self)
        for w in (self.pin_team, self.pin, self.set_pin, self.clear_pin):
            pin_row.addWidget(w)
        layout.addLayout(pin_row)
        self.set_pin.clicked.connect(self._set_pin)
        self.clear_pin.clicked.connect(
            lambda: self._dispatch(TeamPinSet(self.pin_team.currentText()))
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_detail(self, actor: str, _index: int = 0) -> None:
        box = self.who[actor]
        controller = self.controllers[actor].currentData()
        box.clear()
        if controller == Controller.BOT.value:
            box.addItems([d.value for d in Doctrine])
        elif controller == Controller.PLAYER.value:
            box.addItems(list(teams(self.bridge.session.state)) or [self.tr("Team 1")])
        box.setEnabled(controller != Controller.FACILITATOR.value)

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

    def _dispatch(self, event: Event) -> bool:
        return self.bridge.run(self, partial(self.bridge.session.dispatch, event))

    def _set_pin(self) -> None:
        team, pin = self.pin_team.currentText(), self.pin.text()
        if team and pin:
            self._dispatch(TeamPinSet(team, pin_hash(team, pin)))
            self.pin.clear()

    def _apply(self) -> None:
        for event in self.assignments():
            if not self._dispatch(event):
                return
        self.accept()
