"""The Actors tab: who takes part, their variables and deterrence, who plays them, their
private briefing, and the host and patron behind a group."""

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wargame.ui.editor import choices
from wargame.ui.editor.columns import Column, Kind
from wargame.ui.editor.document import Path_, actor_names
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.rename import can_rename, remove_actor, rename_actor
from wargame.ui.editor.table import RowTable
from wargame.ui.i18n import plural


def _new_actor(model: ScenarioModel) -> dict[str, Any]:
    taken = set(actor_names(model.doc))
    n = len(taken) + 1
    while f"A{n}" in taken:
        n += 1
    return {"id": f"A{n}", "name": f"Actor {n}", "kind": "state"}


class ActorRows(RowTable):
    """The actors' table: a new id is carried to every place that names the actor, and
    deleting an actor in use asks first and takes out what names it, each one undo step."""

    def commit(self, row: int, column: int, value: Any) -> None:
        """Put a typed value into an actor; a new id renames the actor everywhere."""
        entries = self.entries()
        old = entries[row].get("id") if 0 <= row < len(entries) else None
        if self.columns[column].key == "id" and can_rename(self.model.doc, old, value):
            self.model.rewrite(
                rename_actor(self.model.doc, str(old), str(value)),
                self.tr("Rename actor {0} to {1}").format(old, value),
            )
            return
        super().commit(row, column, value)

    def delete_row(self) -> None:
        """Delete the selected actor; when the scenario names it elsewhere, ask, and take
        those out with it (its relations, moves, effects, conditions, checkpoints)."""
        row = self.table.currentRow()
        entries = self.entries()
        ident = entries[row].get("id") if 0 <= row < len(entries) else None
        if (
            not isinstance(ident, str)
            or [a.get("id") for a in entries if isinstance(a, dict)].count(ident) != 1
        ):
            super().delete_row()
            return
        doc, gone = remove_actor(self.model.doc, ident)
        if gone and not self._confirm(ident, gone):
            return
        column = max(self.table.currentColumn(), 0)
        self.model.rewrite(doc, self.tr("Delete actor {0}").format(ident))
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), column)

    def _confirm(self, ident: str, gone: dict[str, int]) -> bool:
        words = {
            "relations": self.tr("relations"),
            "grievances": self.tr("grievances"),
            "actions": self.tr("actions"),
            "injects": self.tr("injects"),
            "history": self.tr("history"),
            "expectations": self.tr("expectations"),
        }
        name = actor_names(self.model.doc).get(ident, ident)
        where = ", ".join(words[k] for k in gone)
        n = sum(gone.values())
        question = plural(
            self.tr("{0} is used in %n place(s) ({1}). Delete it and those?", "", n), n
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete actor"),
            question.format(name, where),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


class ActorsTab(QWidget):
    """One row per actor; below, the selected actor's private briefing and the host and
    patron links (relations of type host and patron-client, kept in the Relations tab).

    Attributes:
        rows: the actors' table. profile: the private briefing.
        meters: the starting deterrence and variables, by their key in the file.
        host, patron: the selected actor's host and patron (by name).
    """

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        tr = self.tr
        columns = [
            Column("id", tr("Id"), tip=tr("Short identifier, e.g. IRN")),
            Column("name", tr("Name")),
            Column("kind", tr("Kind"), Kind.CHOICE, "state", choices=lambda: choices.KINDS),
            Column(
                "nuclear_status",
                tr("Nuclear"),
                Kind.CHOICE,
                "none",
                choices=lambda: choices.NUCLEAR,
            ),
            Column(
                "great_power",
                tr("Great power"),
                Kind.BOOL,
                False,
                tip=tr("Counts with full weight in global escalation"),
            ),
            Column(
                "controller",
                tr("Played by"),
                Kind.CHOICE,
                "facilitator",
                choices=lambda: choices.CONTROLLERS,
            ),
            Column("team", tr("Team"), optional=True, tip=tr("Player team name")),
            Column(
                "doctrine",
                tr("Bot doctrine"),
                Kind.CHOICE,
                "reciprocity",
                choices=lambda: choices.DOCTRINES,
            ),
        ]
        layout = QVBoxLayout(self)
        self.rows = ActorRows(
            model, ("actors",), columns, lambda: _new_actor(model), tr("actor"), self
        )
        for i, w in enumerate((70, 190, 130, 90, 95, 110, 130)):
            self.rows.table.setColumnWidth(i, w)
        layout.addWidget(self.rows, 3)
        self.detail = QGroupBox(self)
        below = QHBoxLayout(self.detail)
        self.profile = QPlainTextEdit(self)
        self.profile.setPlaceholderText(
            tr("What this actor's team is told: its situation, aims and constraints")
        )
        profile_box = QVBoxLayout()
        label = QLabel(tr("&Private briefing"), self)
        label.setBuddy(self.profile)
        profile_box.addWidget(label)
        profile_box.addWidget(self.profile)
        below.addLayout(profile_box, 3)
        meters = QFormLayout()
        meters.addRow(QLabel(tr("Starting meters (0-100)"), self))
        self.meters: dict[str, QDoubleSpinBox] = {}
        for key, text in (
            ("deterrence", tr("&Deterrence")),
            ("variables.military", tr("&Military")),
            ("variables.economy", tr("&Economy")),
            ("variables.stability", tr("&Stability")),
            ("variables.standing", tr("Standin&g")),
            ("variables.pressure", tr("Pressure to &act")),
        ):
            spin = QDoubleSpinBox(self)
            spin.setRange(0.0, 100.0)
            spin.setDecimals(0)
            spin.setAccessibleName(key)
            spin.valueChanged.connect(partial(self._meter, key))
            meters.addRow(text, spin)
            self.meters[key] = spin
        below.addLayout(meters, 2)
        links = QFormLayout()
        self.host = QComboBox(self)
        self.host.setToolTip(tr("The state whose soil shelters this group"))
        self.patron = QComboBox(self)
        self.patron.setToolTip(tr("The state that backs this actor"))
        links.addRow(tr("&Hosted by"), self.host)
        links.addRow(tr("Pa&tron"), self.patron)
        hint = QLabel(
            tr("A group's attacks are charged to its host and patron (see Relations)."), self
        )
        hint.setWordWrap(True)
        links.addRow(hint)
        below.addLayout(links, 3)
        layout.addWidget(self.detail, 2)
        self.profile.textChanged.connect(self._profile)
        self.host.activated.connect(lambda _i: self._link("host", self.host.currentData()))
        self.patron.activated.connect(
            lambda _i: self._link("patron_client", self.patron.currentData())
        )
        self.rows.currentRowChanged.connect(lambda _r: self.refresh())
        self._filling = False
        model.changed.connect(self.refresh)
        self.refresh()

    def current(self) -> tuple[int, dict[str, Any]] | None:
        """The selected actor's row and entry."""
        row = self.rows.table.currentRow()
        actors = self.model.list_at(("actors",))
        if 0 <= row < len(actors) and isinstance(actors[row], dict):
            return row, actors[row]
        return None

    def _profile(self) -> None:
        current = self.current()
        if self._filling or current is None:
            return
        row, _actor = current
        self.model.set(
            ("actors", row, "profile"),
            self.profile.toPlainText(),
            self.tr("Edit private briefing"),
            merge=True,
        )

    def _meter(self, key: str, value: float) -> None:
        current = self.current()
        if self._filling or current is None:
            return
        row, _actor = current
        path: Path_ = ("actors", row, *key.split("."))
        self.model.set(path, float(value), self.tr("Edit starting meters"), merge=True)

    def _link(self, kind: str, sponsor: str | None) -> None:
        """Make ``sponsor`` the selected actor's host (or patron), as a relation."""
        current = self.current()
        if current is None:
            return
        _row, actor = current
        me = actor.get("id")
        relations = self.model.list_at(("relations",))
        kept = [
            r
            for r in relations
            if not (isinstance(r, dict) and r.get("type") == kind and r.get("b") == me)
            and not (
                isinstance(r, dict)
                and sponsor is not None
                and {r.get("a"), r.get("b")} == {me, sponsor}
            )
        ]
        if sponsor is not None:
            kept.append({"a": sponsor, "b": me, "type": kind, "baseline": 0.0})
        what = self.tr("host") if kind == "host" else self.tr("patron")
        self.model.set(("relations",), kept, self.tr("Set {0}").format(what))

    def refresh(self) -> None:
        """Show the selected actor's briefing and links."""
        self._filling = True
        current = self.current()
        self.detail.setEnabled(current is not None)
        names = actor_names(self.model.doc)
        if current is None:
            self.detail.setTitle(self.tr("Select an actor"))
            self.profile.setPlainText("")
            self._filling = False
            return
        _row, actor = current
        me = actor.get("id")
        self.detail.setTitle(names.get(str(me), str(me)))
        for key, spin in self.meters.items():
            value: Any = actor
            for part in key.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            default = 50.0 if key != "variables.pressure" else 20.0
            spin.setValue(float(value) if isinstance(value, int | float) else default)
        text = str(actor.get("profile", ""))
        if self.profile.toPlainText() != text:
            self.profile.setPlainText(text)
        relations = self.model.list_at(("relations",))
        for box, kind in ((self.host, "host"), (self.patron, "patron_client")):
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for ident, name in names.items():
                if ident != me:
                    box.addItem(name, ident)
            linked = next(
                (
                    r.get("a")
                    for r in relations
                    if isinstance(r, dict) and r.get("type") == kind and r.get("b") == me
                ),
                None,
            )
            box.setCurrentIndex(max(box.findData(linked), 0))
        self.host.setEnabled(actor.get("kind") == "non_state")
        self._filling = False

    def focus(self, path: Path_) -> bool:
        """Select the actor of ``path`` and the field it names."""
        row = path[1] if len(path) > 1 and isinstance(path[1], int) else 0
        key = ".".join(str(p) for p in path[2:])
        if key == "profile" or key in self.meters:
            self.rows.focus_cell(row, "name")
            widget = self.profile if key == "profile" else self.meters[key]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        self.rows.focus_cell(row, key)
        return True
