"""The action composer: actor, then its legal actions, then a legal target; preview; submit."""

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wargame.core.enums import Modifier, Phase
from wargame.core.errors import WargameError
from wargame.core.events import MoveSubmitted
from wargame.core.legal import legal_moves
from wargame.session.briefing import signed, summarize
from wargame.session.changes import Changes
from wargame.session.teams import team_of
from wargame.session.wording import wording
from wargame.ui.actors import controller_label
from wargame.ui.bridge import SessionBridge


class ActionComposer(QWidget):
    """Compose a move for any actor with only legal choices offered.

    Attributes:
        actor_box, action_box, target_box: the three choices.
        preview: predicted meter changes of the composed move.
        submit: enters the move (Orders phase only).
    """

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QWidget | None = None,
        team: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.team = team
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.actor_box = QComboBox(self)
        self.actor_box.setAccessibleName(self.tr("Acting actor"))
        self.action_box = QComboBox(self)
        self.action_box.setPlaceholderText(self.tr("Choose an action…"))
        self.action_box.setAccessibleName(self.tr("Action"))
        self.target_box = QComboBox(self)
        self.target_box.setAccessibleName(self.tr("Target"))
        for box in (self.actor_box, self.action_box, self.target_box):
            # a long action's label must not widen the dock: the box takes the width it gets
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
        form.addRow(self.tr("&Actor"), self.actor_box)
        form.addRow(self.tr("A&ction"), self.action_box)
        form.addRow(self.tr("&Target"), self.target_box)
        # one row however many circumstances there are: a laptop screen has no height to spare
        self.circumstances = QToolButton(self)
        self.circumstances.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.circumstances.setAccessibleName(self.tr("Circumstances"))
        menu = QMenu(self.circumstances)
        menu.setToolTipsVisible(True)
        self.modifiers: dict[Modifier, QAction] = {}
        for mod, label, tip in self._circumstances():
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setToolTip(tip)
            act.toggled.connect(self._show_circumstances)
            self.modifiers[mod] = act
        self.circumstances.setMenu(menu)
        self._show_circumstances()
        form.addRow(self.tr("Circumstances"), self.circumstances)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Rationale (kept in the log)"))
        self.note.setAccessibleName(self.tr("Rationale"))
        form.addRow(self.tr("&Rationale"), self.note)
        layout.addLayout(form)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("muted")
        layout.addWidget(self.description)
        layout.addWidget(
            QLabel(self.tr("<b>Preview</b> (if it succeeds, before end-of-turn dynamics)"))
        )
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAccessibleName(self.tr("Predicted changes"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the preview scrolls when the dock is short; Submit stays below it, in sight
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setFrameShape(QFrame.Shape.NoFrame)
        self.preview_area.setMinimumHeight(4 * self.fontMetrics().height())
        layout.addWidget(self.preview_area, 10)  # first call on any height to spare
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.submit = QPushButton(self.tr("&Submit move"), self)
        self.submit.setToolTip(self.tr("Enter the move (Ctrl+Return)"))
        row.addWidget(self.submit)
        layout.addLayout(row)
        layout.addStretch(1)  # what the preview leaves
        QShortcut(QKeySequence("Ctrl+Return"), self, self._submit)
        self.submit.clicked.connect(self._submit)
        self.actor_box.currentIndexChanged.connect(self._fill_actions)
        self.action_box.currentIndexChanged.connect(self._fill_targets)
        self.target_box.currentIndexChanged.connect(self._update_preview)
        for act in self.modifiers.values():
            act.toggled.connect(self._update_preview)
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._fill_actors)
        self._fill_actors()

    def _show_circumstances(self) -> None:
        """The button says which circumstances are ticked."""
        chosen = [act.text() for act in self.modifiers.values() if act.isChecked()]
        self.circumstances.setText(", ".join(chosen) if chosen else self.tr("None"))

    def _circumstances(self) -> list[tuple[Modifier, str, str]]:
        """Every modifier with its label and what it does, in the order shown."""
        return [
            (
                Modifier.CIVILIAN_CASUALTIES,
                self.tr("Civilians killed"),
                self.tr("Civilians were killed: more harm and a louder signal."),
            ),
            (
                Modifier.MASS_CASUALTIES,
                self.tr("Ten or more killed"),
                self.tr("Mass casualties: more harm and a louder signal."),
            ),
            (
                Modifier.ABROAD,
                self.tr("Hit abroad"),
                self.tr("The victim was hit outside its own soil (an embassy, forces abroad)."),
            ),
            (
                Modifier.INTERCEPTED,
                self.tr("Mostly intercepted"),
                self.tr("Its intent still speaks and answers what was owed; little harm done."),
            ),
            (
                Modifier.UNATTRIBUTED,
                self.tr("Unattributed"),
                self.tr("Nobody can say who did it: a fainter signal, less harm charged."),
            ),
            (
                Modifier.SPONSOR_BLAMED,
                self.tr("Sponsor blamed"),
                self.tr(
                    "The victim blames the group's host or patron: they answer for it in full."
                ),
            ),
            (
                Modifier.SPONSOR_DENIES,
                self.tr("Sponsor denies"),
                self.tr("The group's host or patron denies any part and is not named."),
            ),
        ]

    # -- choices -----------------------------------------------------------------------

    def actor_ids(self) -> list[str]:
        """Actors this composer may move: a team's own, or (White cell) all but the teams'."""
        state = self.bridge.session.state
        ids = [a.id for a in self.bridge.session.scenario.actors]
        if self.team is not None:
            return [a for a in ids if team_of(state, a) == self.team]
        return [a for a in ids if team_of(state, a) is None]

    def _fill_actors(self) -> None:
        current = self.actor_box.currentData()
        names = {a.id: a.name for a in self.bridge.session.scenario.actors}
        controls = self.bridge.session.state.control
        wanted = [
            (actor, f"{names[actor]} — {controller_label(*controls[actor])}")
            for actor in self.actor_ids()
        ]
        have = [
            (self.actor_box.itemData(i), self.actor_box.itemText(i))
            for i in range(self.actor_box.count())
        ]
        if have != wanted:
            self.actor_box.blockSignals(True)
            self.actor_box.clear()
            for actor, label in wanted:
                self.actor_box.addItem(label, actor)
            idx = self.actor_box.findData(current)
            self.actor_box.setCurrentIndex(max(idx, 0))
            self.actor_box.blockSignals(False)
        self._fill_actions()

    def _legal(self) -> list[tuple[str, str | None]]:
        actor = self.actor_box.currentData()
        if actor is None:
            return []
        session = self.bridge.session
        return legal_moves(session.engine.world, session.state, str(actor))

    def _fill_actions(self) -> None:
        current = self.action_box.currentData()
        self.action_box.blockSignals(True)
        self.action_box.clear()
        actions = self.bridge.session.engine.world.actions
        seen: list[str] = []
        for action_id, _target in self._legal():
            if action_id not in seen:
                seen.append(action_id)
                self.action_box.addItem(actions[action_id].label, action_id)
        # nothing is chosen for the user: a strike must never be one click away by default
        self.action_box.setCurrentIndex(self.action_box.findData(current))
        self.action_box.blockSignals(False)
        self._fill_targets()

    def _fill_targets(self) -> None:
        current = self.target_box.currentData()
        action = self.action_box.currentData()
        names = {a.id: a.name for a in self.bridge.session.scenario.actors}
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for action_id, target in self._legal():
            if action_id == action:
                self.target_box.addItem(names[target] if target else self.tr("(no target)"), target)
        idx = self.target_box.findData(current)
        self.target_box.setCurrentIndex(max(idx, 0))
        self.target_box.blockSignals(False)
        act = self.bridge.session.engine.world.actions.get(str(action))
        self.description.setText(
            self.tr("{0} Succeeds {1:.0%} of the time.").format(act.description, act.success)
            if act
            else ""
        )
        self.description.setToolTip(  # the coding, for those who know it
            f"CAMEO {act.cameo} · Goldstein {act.goldstein:+.1f} · {self.tr('rung')} {act.rung}"
            f" · {act.category.value.replace('_', '-')}"
            if act
            else ""
        )
        self._update_preview()

    def composed(self) -> MoveSubmitted | None:
        """The composed move, or None if nothing is chosen."""
        actor, action = self.actor_box.currentData(), self.action_box.currentData()
        if actor is None or action is None:
            return None
        mods = [mod for mod, box in self.modifiers.items() if box.isChecked()]
        target = self.target_box.currentData()
        return MoveSubmitted(
            str(actor),
            str(action),
            str(target) if target else None,
            self.note.text().strip() or None,
            tuple(mods),
        )

    def load(
        self,
        actor: str,
        action: str,
        target: str | None,
        note: str | None,
        modifiers: tuple[Modifier, ...] = (),
    ) -> None:
        """Fill the form with a move (a team replacing the move it withdrew)."""
        for box, value in ((self.actor_box, actor), (self.action_box, action)):
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)
        index = self.target_box.findData(target)
        if index >= 0:
            self.target_box.setCurrentIndex(index)
        self.note.setText(note or "")
        for mod, act in self.modifiers.items():
            act.setChecked(mod in modifiers)
        self._update_preview()

    # -- preview and submit ------------------------------------------------------------------

    def _update_preview(self) -> None:
        self._fill_preview()
        # as tall as its lines (Submit right below them), scrolling only when the dock is short
        height = self.preview.sizeHint().height() + 2 * self.preview_area.frameWidth()
        self.preview_area.setMaximumHeight(max(height, self.preview_area.minimumHeight()))

    def _fill_preview(self) -> None:
        move = self.composed()
        session = self.bridge.session
        in_orders = session.state.phase is Phase.ORDERS and not session.read_only
        self.submit.setEnabled(in_orders and move is not None)
        self.status.setText("" if in_orders else self.tr("Moves are entered in the Orders phase."))
        if move is None:
            self.preview.setText("")
            return
        try:
            t = session.engine.preview(
                session.state, move.actor, move.action, move.target, modifiers=move.modifiers
            )
        except WargameError as exc:
            self.preview.setText(str(exc))
            return
        lines = summarize(t.changes, wording(session))
        if not lines:
            self.preview.setText(self.tr("No meter changes."))
            return
        rows = [
            f"<tr><td>{html.escape(label)}</td><td align='right'>{signed(v)}</td></tr>"
            for label, v in lines[:10]
        ]
        self.preview.setText("<table cellspacing='4'>" + "".join(rows) + "</table>")

    def _submit(self) -> None:
        move = self.composed()
        if move is None or not self.submit.isEnabled():
            return
        session = self.bridge.session
        words = wording(session)
        told = words.action(move.action) + (f" → {words.actor(move.target)}" if move.target else "")
        same = [
            m
            for m in session.state.pending
            if (m.actor, m.action, m.target) == (move.actor, move.action, move.target)
        ]
        if same:
            answer = QMessageBox.question(
                self,
                self.tr("Submit again?"),
                self.tr("{0} has already entered this move this turn: {1}. Enter it again?").format(
                    words.actor(move.actor), told
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.bridge.run(self, lambda: session.dispatch(move)):
            self.note.clear()
            for act in self.modifiers.values():
                act.setChecked(False)
            self.status.setText(
                self.tr("Entered for {0}: {1}. It shows in Moves and rulings.").format(
                    words.actor(move.actor), told
                )
            )

    def _on_changed(self, changes: Changes) -> None:
        if changes & (
            Changes.METERS | Changes.RELATIONS | Changes.PHASE | Changes.ORDERS | Changes.CONTROL
        ):
            self._fill_actors()
