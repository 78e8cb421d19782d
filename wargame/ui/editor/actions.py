"""The Actions tab: the shared catalogue's actions switched on or off for this scenario,
and the scenario's own actions, built from declarative effects and preconditions."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wargame.ui.editor import choices
from wargame.ui.editor.columns import Column, Kind
from wargame.ui.editor.document import DISABLED, Path_, catalogue_actions, merged_actions
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.rules import condition_columns, effect_columns, new_condition, new_effect
from wargame.ui.editor.table import RowTable


def _new_action(model: ScenarioModel) -> dict[str, Any]:
    taken = {a.get("id") for a in merged_actions(model.doc) if isinstance(a, dict)}
    n = 1
    while f"custom_{n}" in taken:
        n += 1
    return {
        "id": f"custom_{n}",
        "label": f"Custom action {n}",
        "category": "posturing",
        "cameo": "15",
        "goldstein": -2.0,
        "rung": 3,
        "actor_kinds": ["state"],
        "target": "actor",
        "effects": [],
    }


class ActionsTab(QWidget):
    """Left: the shared catalogue, each action ticked to offer it; right: the scenario's
    own actions with, for the selected one, its effects and preconditions.

    Attributes:
        catalogue: the shared catalogue's actions (tick to offer).
        copy: copies the selected catalogue action into the scenario's own (to adapt it).
        own: the scenario's own actions. effects, preconditions: the selected one's.
    """

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        tr = self.tr
        self._actions = catalogue_actions()
        layout = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QGroupBox(tr("Shared catalogue (tick the actions this crisis offers)"), self)
        left_layout = QVBoxLayout(left)
        self.catalogue = QTableWidget(len(self._actions), 2, self)
        self.catalogue.setAccessibleName(tr("Shared catalogue"))
        self.catalogue.setHorizontalHeaderLabels([tr("Action"), tr("Category")])
        self.catalogue.verticalHeader().setVisible(False)
        self.catalogue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.catalogue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.catalogue.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.catalogue.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for r, action in enumerate(self._actions):
            item = QTableWidgetItem(action.label)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setToolTip(action.description)
            self.catalogue.setItem(r, 0, item)
            self.catalogue.setItem(r, 1, QTableWidgetItem(choices.words(action.category.value)))
        self.catalogue.itemChanged.connect(self._ticked)
        left_layout.addWidget(self.catalogue)
        row = QHBoxLayout()
        self.all_on = QPushButton(tr("Offer a&ll"), self)
        self.copy = QPushButton(tr("Adapt as own &action"), self)
        self.copy.setToolTip(tr("Copy the selected action into this scenario's own, to change it"))
        row.addWidget(self.all_on)
        row.addWidget(self.copy)
        row.addStretch(1)
        left_layout.addLayout(row)
        self.all_on.clicked.connect(
            lambda: self.model.set((DISABLED,), [], tr("Offer every action"))
        )
        self.copy.clicked.connect(self._adapt)
        split.addWidget(left)
        right = QGroupBox(tr("This scenario's own actions"), self)
        right_layout = QVBoxLayout(right)
        columns = [
            Column("id", tr("Id")),
            Column("label", tr("Label")),
            Column("category", tr("Category"), Kind.CHOICE, choices=lambda: choices.CATEGORIES),
            Column(
                "actor_kinds", tr("Who may act"), Kind.CHOICE, choices=lambda: choices.WHO_MAY_ACT
            ),
            Column("target", tr("Target"), Kind.CHOICE, "none", choices=lambda: choices.TARGETS),
            Column("cameo", tr("CAMEO"), tip=tr("CAMEO event code (2 to 4 digits)")),
            Column("goldstein", tr("Goldstein"), Kind.FLOAT, tip=tr("-10 to 10")),
            Column("rung", tr("Rung"), Kind.INT, tip=tr("Kahn escalation-ladder rung, 0 to 44")),
            Column("success", tr("Success"), Kind.FLOAT, 1.0, tip=tr("Chance of success, 0 to 1")),
            Column("description", tr("Description"), optional=True),
        ]
        self.own = RowTable(
            model, ("actions",), columns, lambda: _new_action(model), tr("action"), self
        )
        for i, w in enumerate((110, 170, 130, 120, 110, 60, 75, 50, 65)):
            self.own.table.setColumnWidth(i, w)
        right_layout.addWidget(self.own, 2)
        self.parts = QTabWidget(self)
        self.effects = RowTable(model, None, effect_columns(model), new_effect, tr("effect"), self)
        self.preconditions = RowTable(
            model, None, condition_columns(model), new_condition, tr("precondition"), self
        )
        self.effects.set_widths(105, 90, 90, 90, 90, 65)
        self.preconditions.set_widths(110, 90, 90, 110, 50, 50)
        self.parts.addTab(self.effects, tr("&Effects of the selected action"))
        self.parts.addTab(self.preconditions, tr("&Preconditions"))
        right_layout.addWidget(self.parts, 3)
        hint = QLabel(tr("Effects and preconditions are data: nothing here runs code."), self)
        right_layout.addWidget(hint)
        split.addWidget(right)
        split.setSizes([400, 640])
        layout.addWidget(split)
        self.own.currentRowChanged.connect(self._follow)
        self._filling = False
        model.changed.connect(self.refresh)
        self.refresh()
        self._follow(-1)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        ident = self._actions[item.row()].id
        disabled = [d for d in self.model.list_at((DISABLED,)) if d != ident]
        if item.checkState() != Qt.CheckState.Checked:
            disabled.append(ident)
        what = (
            self.tr("Offer {0}")
            if item.checkState() == Qt.CheckState.Checked
            else self.tr("Withdraw {0}")
        )
        self.model.set((DISABLED,), disabled, what.format(self._actions[item.row()].label))

    def _adapt(self) -> None:
        row = self.catalogue.currentRow()
        if not 0 <= row < len(self._actions):
            return
        action = self._actions[row]
        own = self.model.list_at(("actions",))
        if any(isinstance(a, dict) and a.get("id") == action.id for a in own):
            return
        own.append(action.model_dump(mode="json", exclude_none=True))
        self.model.set(("actions",), own, self.tr("Adapt {0}").format(action.label))
        self.own.focus_cell(len(own) - 1, "label")

    def _follow(self, row: int) -> None:
        own = self.model.list_at(("actions",))
        path: Path_ | None = ("actions", row) if 0 <= row < len(own) else None
        self.effects.set_path((*path, "effects") if path else None)
        self.preconditions.set_path((*path, "preconditions") if path else None)

    def refresh(self) -> None:
        """Tick the offered actions; follow the selected own action."""
        self._filling = True
        disabled = set(self.model.list_at((DISABLED,)))
        own = {a.get("id") for a in self.model.list_at(("actions",)) if isinstance(a, dict)}
        for r, action in enumerate(self._actions):
            item = self.catalogue.item(r, 0)
            if item is None:
                continue
            item.setCheckState(
                Qt.CheckState.Unchecked if action.id in disabled else Qt.CheckState.Checked
            )
            font = item.font()
            font.setItalic(action.id in own)
            item.setFont(font)
            if action.id in own:
                item.setToolTip(self.tr("Replaced by this scenario's own version"))
        self._filling = False
        self._follow(self.own.table.currentRow())

    def focus(self, path: Path_) -> bool:
        """Bring forward the action of ``path`` (``$.actions[i]`` counts every action the
        scenario offers, the catalogue's first) and the field it names."""
        if len(path) < 2 or not isinstance(path[1], int):
            self.catalogue.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        merged = merged_actions(self.model.doc)
        ident = (
            merged[path[1]].get("id")
            if 0 <= path[1] < len(merged) and isinstance(merged[path[1]], dict)
            else None
        )
        own = self.model.list_at(("actions",))
        row = next(
            (i for i, a in enumerate(own) if isinstance(a, dict) and a.get("id") == ident), -1
        )
        if row < 0:
            for r, action in enumerate(self._actions):
                if action.id == ident:
                    self.catalogue.setCurrentCell(r, 0)
            self.catalogue.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        rest = path[2:]
        if rest and rest[0] in ("effects", "preconditions"):
            self.own.focus_cell(row, "id")
            part = self.effects if rest[0] == "effects" else self.preconditions
            self.parts.setCurrentWidget(part)
            index = rest[1] if len(rest) > 1 and isinstance(rest[1], int) else 0
            part.focus_cell(index, ".".join(str(p) for p in rest[2:]))
            return True
        self.own.focus_cell(row, ".".join(str(p) for p in rest))
        return True
