"""The Expectations tab: the checkpoints of history that ``wargame check`` judges."""

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from wargame.ui.editor import choices
from wargame.ui.editor.columns import Column, Kind
from wargame.ui.editor.days import short_name
from wargame.ui.editor.document import Path_, track_dates
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.rules import Side, side_columns
from wargame.ui.editor.table import RowTable

_WHO = {"escalation": "pair", "deterrence": "actor", "owed": "victim"}
_WHOM = {"escalation": "pair", "owed": "offender"}


def _checkpoint_side(row: Any, i: int) -> Side:
    key = (_WHO, _WHOM)[i].get(str(row.get("metric")))
    if key is None:
        return None
    return (key, i) if key == "pair" else (key, None)


_who_get, _who_put, _whom_get, _whom_put = side_columns(_checkpoint_side)


def _first(row: Any) -> Any:
    on = row.get("on")
    return on[0] if isinstance(on, list) and on else on


def _last(row: Any) -> Any:
    on = row.get("on")
    return on[1] if isinstance(on, list) and len(on) > 1 else None


def _put_first(row: Any, value: Any) -> Any:
    last = _last(row)
    row["on"] = [value, last] if last else value
    return row


def _put_last(row: Any, value: Any) -> Any:
    first = _first(row)
    row["on"] = [first, value] if value else first
    return row


def _new_checkpoint(model: ScenarioModel) -> dict[str, Any]:
    dates = track_dates(model.doc)
    day = dates[-1].isoformat() if dates else model.doc.get("start_date", "")
    return {
        "name": "What history says",
        "metric": "global",
        "test": "above",
        "on": day,
        "ref": "start",
    }


class ExpectationsTab(QWidget):
    """One row per checkpoint: what history says, the metric, the days and the test.

    Attributes:
        rows: the checkpoints. name: the selected one's words, in full.
    """

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        tr = self.tr
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Each checkpoint says what the meters must show when the real track (History) "
                "is played; Check against history and `wargame check` judge them."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        short = lambda value: short_name(model.doc, value)  # noqa: E731
        refs = lambda: [("start", "start"), ("baseline", "baseline"), *choices.days(model)]  # noqa: E731
        columns = [
            Column("name", tr("What history says")),
            Column("metric", tr("Metric"), Kind.CHOICE, choices=lambda: choices.METRICS),
            Column(
                "who",
                tr("Who / pair"),
                Kind.CHOICE,
                optional=True,
                choices=lambda: choices.actors(model),
                get=_who_get,
                put=_who_put,
                applies=lambda row: str(row.get("metric")) in _WHO,
            ),
            Column(
                "whom",
                tr("Whom"),
                Kind.CHOICE,
                optional=True,
                choices=lambda: choices.actors(model),
                get=_whom_get,
                put=_whom_put,
                applies=lambda row: str(row.get("metric")) in _WHOM,
            ),
            Column(
                "flag", tr("Flag"), optional=True, applies=lambda row: row.get("metric") == "flag"
            ),
            Column("test", tr("Test"), Kind.CHOICE, choices=lambda: choices.CRITERIA),
            Column(
                "on",
                tr("On"),
                Kind.CHOICE,
                choices=lambda: choices.days(model),
                get=_first,
                put=_put_first,
                label=short,
            ),
            Column(
                "on.1",
                tr("Until"),
                Kind.CHOICE,
                optional=True,
                choices=lambda: choices.days(model),
                get=_last,
                put=_put_last,
                label=short,
                tip=tr("For a span of days: every day up to this one must pass"),
            ),
            Column(
                "ref",
                tr("Against"),
                Kind.CHOICE,
                optional=True,
                choices=refs,
                label=short,
                tip=tr("The reference value; empty: the day before"),
            ),
            Column("by", tr("By"), Kind.FLOAT, optional=True),
            Column("share", tr("Share"), Kind.FLOAT, optional=True),
        ]
        self.rows = RowTable(
            model,
            ("expectations",),
            columns,
            lambda: _new_checkpoint(model),
            tr("checkpoint"),
            self,
        )
        self.rows.set_widths(170, 80, 92, 92, 60, 80, 105, 105, 105, 42)
        layout.addWidget(self.rows, 1)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("Select a checkpoint"))
        label = QLabel(tr("What history &says (the selected checkpoint, in full)"), self)
        label.setBuddy(self.name)
        layout.addWidget(label)
        layout.addWidget(self.name)
        self.name.editingFinished.connect(self._name)
        self.rows.currentRowChanged.connect(lambda _r: self.refresh())
        model.changed.connect(self.refresh)
        self.refresh()

    def _row(self) -> int:
        row = self.rows.table.currentRow()
        return row if 0 <= row < len(self.model.list_at(("expectations",))) else -1

    def _name(self) -> None:
        row = self._row()
        if row >= 0:
            self.model.set(
                ("expectations", row, "name"), self.name.text(), self.tr("Edit checkpoint")
            )

    def refresh(self) -> None:
        """Show the selected checkpoint's words in full."""
        row = self._row()
        self.name.setEnabled(row >= 0)
        text = str(self.model.get(("expectations", row, "name")) or "") if row >= 0 else ""
        if self.name.text() != text:
            self.name.setText(text)

    def focus(self, path: Path_) -> bool:
        """Select the checkpoint of ``path`` and the field it names."""
        row = path[1] if len(path) > 1 and isinstance(path[1], int) else 0
        key = str(path[2]) if len(path) > 2 else ""
        key = {"pair": "who", "actor": "who", "victim": "who", "offender": "whom"}.get(key, key)
        self.rows.focus_cell(row, key)
        return True
