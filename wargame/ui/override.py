"""The facilitator override: set a meter or variable by hand, with a mandatory reason."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wargame.core.actions import VARIABLES
from wargame.core.events import Override
from wargame.core.world import dyad_key
from wargame.session.session import Session


class OverrideDialog(QDialog):
    """Choose a meter, a new value and say why; OK stays disabled until there is a reason.

    Attributes:
        meter, first, second, value, reason: the form's fields.
    """

    def __init__(
        self, session: Session, selection: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Facilitator override"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Set a meter by hand. The override and its reason are kept in the log and shown "
                "wherever the meter is explained."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.meter = QComboBox(self)
        self.meter.setAccessibleName(self.tr("Meter"))
        self.meter.addItem(self.tr("Escalation of a pair"), "escalation")
        self.meter.addItem(self.tr("Deterrence of an actor"), "deterrence")
        for v in VARIABLES:
            self.meter.addItem(self.tr("Variable: {0}").format(v), v)
        self.first = QComboBox(self)
        self.first.setAccessibleName(self.tr("Actor"))
        self.second = QComboBox(self)
        self.second.setAccessibleName(self.tr("Second actor"))
        for actor in session.scenario.actors:
            self.first.addItem(actor.name, actor.id)
            self.second.addItem(actor.name, actor.id)
        self.value = QDoubleSpinBox(self)
        self.value.setRange(0.0, 100.0)
        self.value.setDecimals(1)
        self.value.setAccessibleName(self.tr("New value"))
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(
            self.tr("Why? (required, read out in the after-action review)")
        )
        self.reason.setFixedHeight(80)
        form.addRow(self.tr("&Meter"), self.meter)
        form.addRow(self.tr("&Actor"), self.first)
        self.second_label = QLabel(self.tr("&With"), self)
        self.second_label.setBuddy(self.second)
        form.addRow(self.second_label, self.second)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (
            self.meter.currentIndexChanged,
            self.first.currentIndexChanged,
            self.second.currentIndexChanged,
        ):
            signal.connect(self._load_value)
        self.reason.textChanged.connect(self._validate)
        ids = selection.split("-")
        if len(ids) == 2:
            self.first.setCurrentIndex(self.first.findData(ids[0]))
            self.second.setCurrentIndex(self.second.findData(ids[1]))
        elif selection:
            self.meter.setCurrentIndex(1)
            self.first.setCurrentIndex(self.first.findData(selection))
        if self.first.currentIndex() == self.second.currentIndex():
            self.second.setCurrentIndex((self.first.currentIndex() + 1) % self.second.count())
        self._load_value()

    def _load_value(self) -> None:
        """Show the meter's current value and the fields it needs."""
        is_pair = self.meter.currentData() == "escalation"
        self.second.setVisible(is_pair)
        self.second_label.setVisible(is_pair)
        state = self.session.state
        a, b = str(self.first.currentData()), str(self.second.currentData())
        if is_pair and a != b:
            key = dyad_key(a, b)
            self.value.setValue(state.escalation[key])
        elif not is_pair:
            self.value.setValue(state.meters[a][str(self.meter.currentData())])
        self._validate()

    def _validate(self) -> None:
        is_pair = self.meter.currentData() == "escalation"
        a, b = str(self.first.currentData()), str(self.second.currentData())
        ok = bool(self.reason.toPlainText().strip()) and (not is_pair or a != b)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)

    def event_value(self) -> Override:
        """The override event the form describes."""
        meter = str(self.meter.currentData())
        reason = self.reason.toPlainText().strip()
        a = str(self.first.currentData())
        if meter == "escalation":
            return Override(
                meter, self.value.value(), reason, dyad=(a, str(self.second.currentData()))
            )
        return Override(meter, self.value.value(), reason, actor=a)
