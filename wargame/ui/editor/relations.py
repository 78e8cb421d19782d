"""The Relations tab: a matrix of every pair of actors; the selected pair's relation type,
baseline escalation, diplomatic status and history before the start."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.core.enums import SPONSORING
from wargame.ui.editor import choices
from wargame.ui.editor.document import Path_, actor_names
from wargame.ui.editor.model import ScenarioModel

DIRECTED = frozenset(t.value for t in SPONSORING)
"""The relation types that have a direction: host (of a group) and patron (of a client)."""

SHORT = {
    "ally": "ally",
    "partner": "partner",
    "patron_client": "patron",
    "rival": "rival",
    "host": "host",
    "neutral": "neutral",
}


class RelationsTab(QWidget):
    """Pick a pair in the matrix (rows and columns are the actors); edit its relation on
    the right. A pair without a relation has none in the file.

    Attributes:
        matrix: the pair matrix. form: the selected pair's form (its Direction row shows
        only for a host or patron). kind, direction, baseline, escalation, status, strength,
        max_rung, rung_ab, rung_ba: the selected pair's fields.
    """

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.pair: tuple[str, str] | None = None
        tr = self.tr
        layout = QHBoxLayout(self)
        self.matrix = QTableWidget(0, 0, self)
        self.matrix.setAccessibleName(tr("Pairs of actors"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.horizontalHeader().setMinimumSectionSize(58)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.verticalHeader().setDefaultSectionSize(44)
        self.matrix.currentCellChanged.connect(lambda r, c, _r, _c: self._select(r, c))
        layout.addWidget(self.matrix, 1)
        self.form_box = QGroupBox(tr("Select a pair in the matrix"), self)
        form = self.form = QFormLayout(self.form_box)
        self.kind = QComboBox(self)
        self.kind.addItem(tr("(no relation)"), None)
        for label, value in choices.RELATION_TYPES:
            self.kind.addItem(label, value)
        self.direction = QComboBox(self)
        self.direction.setToolTip(tr("For a host or a patron: which actor is the host or patron"))
        self.baseline = QDoubleSpinBox(self)
        self.baseline.setRange(0.0, 100.0)
        self.baseline.setDecimals(1)
        self.baseline.setToolTip(tr("Escalation of the pair in ordinary times (0-100)"))
        self.escalation = QDoubleSpinBox(self)
        self.escalation.setRange(-1.0, 100.0)
        self.escalation.setDecimals(1)
        self.escalation.setSpecialValueText(tr("the baseline"))
        self.escalation.setToolTip(tr("Escalation at the start, when it differs from the baseline"))
        self.status = QComboBox(self)
        for label, value in choices.STATUSES:
            self.status.addItem(label, value)
        self.strength = QDoubleSpinBox(self)
        self.strength.setRange(0.05, 1.0)
        self.strength.setSingleStep(0.05)
        self.strength.setToolTip(
            tr("For a host or patron: the share of its group's acts it answers for")
        )
        self.max_rung = QSpinBox(self)
        self.max_rung.setRange(0, 44)
        self.rung_ab = QSpinBox(self)
        self.rung_ba = QSpinBox(self)
        for spin in (self.rung_ab, self.rung_ba):
            spin.setRange(-1, 44)
            spin.setSpecialValueText(tr("as above"))
        form.addRow(tr("&Type"), self.kind)
        form.addRow(tr("&Direction"), self.direction)
        form.addRow(tr("&Baseline escalation"), self.baseline)
        form.addRow(tr("Starting &escalation"), self.escalation)
        form.addRow(tr("Diplomatic &status"), self.status)
        form.addRow(tr("Link st&rength"), self.strength)
        history = QLabel(tr("History before the start (Kahn rungs used):"), self)
        history.setWordWrap(True)
        form.addRow(history)
        form.addRow(tr("&Highest rung either way"), self.max_rung)
        self.rung_ab_label = QLabel(self)
        self.rung_ba_label = QLabel(self)
        form.addRow(self.rung_ab_label, self.rung_ab)
        form.addRow(self.rung_ba_label, self.rung_ba)
        self.form_box.setMaximumWidth(370)
        side = QVBoxLayout()
        side.addWidget(self.form_box)
        side.addStretch(1)
        layout.addLayout(side, 0)
        self.kind.activated.connect(lambda _i: self._set_kind(self.kind.currentData()))
        self.direction.activated.connect(lambda _i: self._set_direction())
        self.status.activated.connect(lambda _i: self._field("status", self.status.currentData()))
        self.baseline.valueChanged.connect(lambda v: self._field("baseline", round(v, 3)))
        self.strength.valueChanged.connect(lambda v: self._field("strength", round(v, 3)))
        self.escalation.valueChanged.connect(
            lambda v: self._field("escalation", None if v < 0 else round(v, 3))
        )
        self.max_rung.valueChanged.connect(lambda v: self._field("max_rung", v or None))
        self.rung_ab.valueChanged.connect(
            lambda v: self._field("rung_a_to_b", None if v < 0 else v)
        )
        self.rung_ba.valueChanged.connect(
            lambda v: self._field("rung_b_to_a", None if v < 0 else v)
        )
        self._filling = False
        model.changed.connect(self.refresh)
        self.refresh()

    # -- the document -----------------------------------------------------------------

    def _index(self) -> int:
        """The selected pair's entry in ``relations`` (-1: none)."""
        if self.pair is None:
            return -1
        for i, rel in enumerate(self.model.list_at(("relations",))):
            if isinstance(rel, dict) and {rel.get("a"), rel.get("b")} == set(self.pair):
                return i
        return -1

    def _set_kind(self, kind: str | None) -> None:
        if self.pair is None or self._filling:
            return
        relations = self.model.list_at(("relations",))
        i = self._index()
        if kind is None:
            if i >= 0:
                del relations[i]
                self.model.set(("relations",), relations, self.tr("Remove relation"))
            return
        if i >= 0:
            relations[i] = {**relations[i], "type": kind}
        else:
            a, b = self.pair
            relations.append({"a": a, "b": b, "type": kind, "baseline": 0.0})
        self.model.set(("relations",), relations, self.tr("Set relation type"))

    def _set_direction(self) -> None:
        i = self._index()
        if i < 0 or self._filling:
            return
        rel = self.model.list_at(("relations",))[i]
        first = self.direction.currentData()
        if first != rel.get("a"):
            swapped = {**rel, "a": rel.get("b"), "b": rel.get("a")}
            ab, ba = rel.get("rung_a_to_b"), rel.get("rung_b_to_a")
            for key, value in (("rung_a_to_b", ba), ("rung_b_to_a", ab)):
                if value is None:
                    swapped.pop(key, None)
                else:
                    swapped[key] = value
            self.model.set(("relations", i), swapped, self.tr("Swap relation direction"))

    def _field(self, key: str, value: Any) -> None:
        i = self._index()
        if i < 0 or self._filling:
            return
        self.model.set(("relations", i, key), value, self.tr("Edit relation"), merge=True)

    # -- the view ---------------------------------------------------------------------

    def _select(self, row: int, column: int) -> None:
        ids = list(actor_names(self.model.doc))
        if 0 <= row < len(ids) and 0 <= column < len(ids) and row != column:
            self.pair = (ids[min(row, column)], ids[max(row, column)])
        else:
            self.pair = None
        self._show_pair()

    def refresh(self) -> None:
        """Redraw the matrix and the selected pair."""
        names = actor_names(self.model.doc)
        ids = list(names)
        by_pair = {
            frozenset((r.get("a"), r.get("b"))): r
            for r in self.model.list_at(("relations",))
            if isinstance(r, dict)
        }
        self._filling = True
        self.matrix.setRowCount(len(ids))
        self.matrix.setColumnCount(len(ids))
        self.matrix.setHorizontalHeaderLabels([_wrapped(names[i]) for i in ids])
        self.matrix.setVerticalHeaderLabels([_wrapped(names[i], 18) for i in ids])
        for r, a in enumerate(ids):
            for c, b in enumerate(ids):
                item = self.matrix.item(r, c) or QTableWidgetItem()
                if self.matrix.item(r, c) is None:
                    self.matrix.setItem(r, c, item)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                rel = by_pair.get(frozenset((a, b)))
                if a == b:
                    item.setText("")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    continue
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if rel is None:
                    item.setText("·")
                    item.setToolTip(self.tr("{0} – {1}: no relation").format(names[a], names[b]))
                    continue
                kind = str(rel.get("type", "?"))
                item.setText(f"{SHORT.get(kind, kind)}\n{rel.get('baseline', 0)}")
                item.setToolTip(
                    self.tr("{0} – {1}: {2}, baseline {3}").format(
                        names[a], names[b], choices.words(kind), rel.get("baseline", 0)
                    )
                )
        self._filling = False
        # the pair follows the selected cell (its ids may have been renamed)
        self._select(self.matrix.currentRow(), self.matrix.currentColumn())

    def _show_pair(self) -> None:
        self._filling = True
        names = actor_names(self.model.doc)
        i = self._index()
        rel = self.model.list_at(("relations",))[i] if i >= 0 else None
        self.form_box.setEnabled(self.pair is not None)
        if self.pair is None:
            self.form_box.setTitle(self.tr("Select a pair in the matrix"))
            self._filling = False
            return
        a, b = self.pair
        self.form_box.setTitle(f"{names.get(a, a)} – {names.get(b, b)}")
        self.kind.setCurrentIndex(max(self.kind.findData(rel.get("type") if rel else None), 0))
        editable = rel is not None
        for w in (
            self.direction,
            self.baseline,
            self.escalation,
            self.status,
            self.strength,
            self.max_rung,
            self.rung_ab,
            self.rung_ba,
        ):
            w.setEnabled(editable)
        # only a host or a patron has a direction (see SPONSORING in the core's enums)
        kind = rel.get("type") if rel else None
        self.form.setRowVisible(self.direction, kind in DIRECTED)
        first = str(rel.get("a")) if rel else a
        second = str(rel.get("b")) if rel else b
        self.direction.clear()
        for x, y in ((first, second), (second, first)):
            self.direction.addItem(f"{names.get(x, x)} → {names.get(y, y)}", x)
        self.rung_ab_label.setText(
            self.tr("{0} on {1}").format(names.get(first, first), names.get(second, second))
        )
        self.rung_ba_label.setText(
            self.tr("{0} on {1}").format(names.get(second, second), names.get(first, first))
        )
        rel = rel or {}
        self.baseline.setValue(_num(rel.get("baseline"), 0.0))
        esc = rel.get("escalation")
        self.escalation.setValue(_num(esc, -1.0))
        self.status.setCurrentIndex(max(self.status.findData(rel.get("status", "normal")), 0))
        self.strength.setValue(_num(rel.get("strength"), 1.0))
        self.max_rung.setValue(int(_num(rel.get("max_rung"), 0)))
        self.rung_ab.setValue(int(_num(rel.get("rung_a_to_b"), -1)))
        self.rung_ba.setValue(int(_num(rel.get("rung_b_to_a"), -1)))
        self._filling = False

    def select_pair(self, a: str, b: str) -> None:
        """Select the pair of ``a`` and ``b`` in the matrix."""
        ids = list(actor_names(self.model.doc))
        if a in ids and b in ids and a != b:
            self.matrix.setCurrentCell(ids.index(a), ids.index(b))

    def focus(self, path: Path_) -> bool:
        """Select the pair of relation ``path[1]`` and focus the field named."""
        row = path[1] if len(path) > 1 and isinstance(path[1], int) else -1
        relations = self.model.list_at(("relations",))
        if 0 <= row < len(relations) and isinstance(relations[row], dict):
            self.select_pair(str(relations[row].get("a")), str(relations[row].get("b")))
        key = str(path[2]) if len(path) > 2 else "type"
        widget = {
            "a": self.direction,
            "b": self.direction,
            "type": self.kind,
            "baseline": self.baseline,
            "escalation": self.escalation,
            "status": self.status,
            "strength": self.strength,
            "max_rung": self.max_rung,
            "rung_a_to_b": self.rung_ab,
            "rung_b_to_a": self.rung_ba,
        }.get(key, self.kind)
        if not widget.isEnabled():
            widget = self.matrix
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def _wrapped(name: str, width: int = 11) -> str:
    """A column heading on two lines at most, broken between words."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return "\n".join(lines)


def _num(value: Any, default: float) -> float:
    return (
        float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default
    )
