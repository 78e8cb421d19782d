"""The actors panel: each actor's controller, variables, deterrence and grievances."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from wargame.core.actions import VARIABLES
from wargame.core.enums import Controller
from wargame.session.changes import Changes
from wargame.ui.bridge import SessionBridge


def controller_label(controller: Controller, who: str | None) -> str:
    """Who controls an actor, in words: a team's name, the White cell, or a bot and its
    doctrine."""
    match controller:
        case Controller.PLAYER:
            return who or QCoreApplication.translate("ActorsPanel", "a player team")
        case Controller.FACILITATOR:
            return QCoreApplication.translate("ActorsPanel", "White cell")
        case Controller.BOT:
            doctrine = (who or "").replace("_", " ")
            return QCoreApplication.translate("ActorsPanel", "bot ({0})").format(doctrine)


class ActorsPanel(QTableWidget):
    """One row per actor; click a row to select the actor."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setAccessibleName(self.tr("Actors"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        headers = [self.tr("Actor"), self.tr("Controlled by"), self.tr("Deterrence")]
        headers += [self.tr(v.capitalize()) for v in VARIABLES]
        headers.append(self.tr("Open grievances (owed by)"))
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.cellClicked.connect(self._on_click)
        bridge.changed.connect(self._on_changed)
        self._refresh()

    def _on_click(self, row: int, _col: int) -> None:
        self.bridge.select(self.bridge.session.scenario.actors[row].id)

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.METERS | Changes.RELATIONS | Changes.CONTROL):
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        state = session.state
        actors = session.scenario.actors
        self.setRowCount(len(actors))
        for row, actor in enumerate(actors):
            m = state.meters[actor.id]
            who = controller_label(*state.control[actor.id])
            owed = [
                f"{offender} {amount:.1f}"
                for (victim, offender), amount in sorted(state.ledger.items())
                if victim == actor.id and amount > session.scenario.params.grievance_epsilon
            ]
            cells = [f"{actor.name} ({actor.id})", who, f"{m['deterrence']:.1f}"]
            cells += [f"{m[v]:.0f}" for v in VARIABLES]
            cells.append(", ".join(owed) or "—")
            for col, text in enumerate(cells):
                item = self.item(row, col)
                if item is None:
                    self.setItem(row, col, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
