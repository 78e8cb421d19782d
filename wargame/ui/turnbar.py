"""The turn bar: turn, date, the five phases with the current one lit, next/undo/redo."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from wargame.core.enums import Phase
from wargame.session.changes import Changes
from wargame.ui.bridge import SessionBridge

PHASE_LABELS = {
    Phase.INJECTS: QT_TRANSLATE_NOOP("TurnBar", "Injects"),
    Phase.ORDERS: QT_TRANSLATE_NOOP("TurnBar", "Orders"),
    Phase.ADJUDICATION: QT_TRANSLATE_NOOP("TurnBar", "Adjudication"),
    Phase.RESOLUTION: QT_TRANSLATE_NOOP("TurnBar", "Resolution"),
    Phase.REVIEW: QT_TRANSLATE_NOOP("TurnBar", "Review"),
}


def phase_label(phase: Phase) -> str:
    """The phase's name in the user's language."""
    return QCoreApplication.translate("TurnBar", str(PHASE_LABELS[phase]))


class TurnBar(QWidget):
    """Where the exercise stands, and the buttons that move it on.

    Attributes:
        turn_label: "Turn N · date".
        chips: phase -> its label.
    """

    def __init__(
        self, bridge: SessionBridge, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.turn_label = QLabel(self)
        self.turn_label.setObjectName("turnLabel")
        layout.addWidget(self.turn_label)
        layout.addSpacing(16)
        self.chips: dict[Phase, QLabel] = {}
        for phase in Phase:
            chip = QLabel(phase_label(phase), self)
            chip.setObjectName("phaseChip")
            self.chips[phase] = chip
            layout.addWidget(chip)
        layout.addStretch(1)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
            layout.addWidget(button)
            self.buttons.append(button)
        bridge.changed.connect(self._on_changed)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.TURN | Changes.PHASE):
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        state = session.state
        date = session.scenario.date_of(state.turn)
        self.turn_label.setText(
            self.tr("Turn {0} · {1}").format(state.turn, date.strftime("%a %d %b %Y"))
        )
        for phase, chip in self.chips.items():
            current = phase is state.phase
            if chip.property("current") != current:
                chip.setProperty("current", current)
                chip.style().unpolish(chip)
                chip.style().polish(chip)
            chip.setAccessibleName(
                self.tr("{0} phase{1}").format(
                    PHASE_LABELS[phase], self.tr(" (current)") if current else ""
                )
            )
