"""The history chart: every meter over turns, the historical track dashed beside it."""

import contextlib
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from wargame.core.scenario import Scenario
from wargame.core.state import State
from wargame.session.changes import Changes
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.ui.bridge import SessionBridge

PALETTE = [
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
]
_TRACKS: dict[str, list[State]] = {}


def historical_states(scenario: Scenario) -> list[State]:
    """Resolved states of the scenario's historical track (computed once per scenario)."""
    if scenario.id not in _TRACKS:
        states: list[State] = []
        if scenario.history:
            session = Session(scenario, 0)
            with contextlib.suppress(ValueError):  # a broken track shows what it reached
                play(session, scenario.history)
            states = [r.state for r in session.resolved()]
        _TRACKS[scenario.id] = states
    return _TRACKS[scenario.id]


def series_value(state: State, key: str) -> float:
    """Value of a series key (``global``, ``esc:DYAD``, ``det:ACTOR``) in a state."""
    kind, _, subject = key.partition(":")
    if kind == "global":
        return state.global_escalation
    if kind == "esc":
        return state.escalation[subject]
    return state.meters[subject]["deterrence"]


class DateAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """Bottom axis labelled with the scenario's dates."""

    def __init__(self, scenario: Scenario) -> None:
        super().__init__(orientation="bottom")
        self.scenario = scenario

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        out = []
        for v in values:
            turn = round(v)
            out.append(self.scenario.date_of(turn).strftime("%d %b") if turn >= 0 else "")
        return out


class HistoryChart(QWidget):
    """Selectable series over turns: live session solid, historical track dashed.

    Attributes:
        series: the list of series with check boxes.
        plot: the pyqtgraph plot widget.
        live: series key -> live curve; history: series key -> dashed curve.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._layout = QHBoxLayout(self)
        layout = self._layout
        self.series = QListWidget(self)
        self.series.setAccessibleName(self.tr("Chart series"))
        self.series.setMaximumWidth(230)
        self.setMinimumHeight(170)
        layout.addWidget(self.series)
        self.live: dict[str, pg.PlotDataItem] = {}
        self.history: dict[str, pg.PlotDataItem] = {}
        self.plot: pg.PlotWidget | None = None
        self._build()
        self.series.itemChanged.connect(self._on_item_changed)
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._build)

    def _keys(self) -> list[tuple[str, str]]:
        session = self.bridge.session
        names = {a.id: a.name for a in session.scenario.actors}
        keys = [("global", self.tr("Global escalation"))]
        for rel in session.scenario.relations:
            dyad = f"{min(rel.a, rel.b)}-{max(rel.a, rel.b)}"
            keys.append((f"esc:{dyad}", self.tr("Escalation {0}").format(dyad)))
        keys += [(f"det:{a}", self.tr("Deterrence {0}").format(n)) for a, n in names.items()]
        return keys

    def _build(self) -> None:
        session = self.bridge.session
        layout = self._layout
        if self.plot is not None:
            layout.removeWidget(self.plot)
            self.plot.deleteLater()
        self.plot = pg.PlotWidget(axisItems={"bottom": DateAxis(session.scenario)})
        self.plot.setAccessibleName(self.tr("History chart"))
        self.plot.setYRange(0, 100)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.plot.setLabel("left", self.tr("0-100"))
        for side in ("left", "bottom"):
            # axes redraw text on every repaint; a cached pixmap keeps live updates cheap
            self.plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        layout.addWidget(self.plot, 1)
        self.series.blockSignals(True)
        self.series.clear()
        self.live, self.history = {}, {}
        first_pair = next((k for k, _ in self._keys() if k.startswith("esc:")), "")
        defaults = {"global", first_pair}
        for i, (key, label) in enumerate(self._keys()):
            item = QListWidgetItem(label, self.series)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = key in defaults
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            color = QColor(PALETTE[i % len(PALETTE)])
            live = pg.PlotDataItem(pen=pg.mkPen(color, width=2.5), name=label)
            hist = pg.PlotDataItem(pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine))
            self.live[key], self.history[key] = live, hist
            if checked:
                self.plot.addItem(hist)
                self.plot.addItem(live)
        self.series.blockSignals(False)
        self.apply_palette()
        self._fill_history()
        self._refresh()

    def apply_palette(self) -> None:
        """Follow the application palette (after a theme change)."""
        if self.plot is not None:
            pal = self.palette()
            self.plot.setBackground(pal.base().color())
            for side in ("left", "bottom"):
                axis = self.plot.getAxis(side)
                axis.setPen(pal.text().color())
                axis.setTextPen(pal.text().color())
            self.legend.setLabelTextColor(pal.text().color())
            for _sample, label in self.legend.items:
                label.setText(label.text, color=pal.text().color())

    def checked_keys(self) -> list[str]:
        """Series keys currently shown."""
        out = []
        for i in range(self.series.count()):
            item = self.series.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        assert self.plot is not None
        key = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.plot.addItem(self.history[key])
            self.plot.addItem(self.live[key])
            self._refresh()
        else:
            self.plot.removeItem(self.history[key])
            self.plot.removeItem(self.live[key])

    def _fill_history(self) -> None:
        states = historical_states(self.bridge.session.scenario)
        x = np.array([s.turn for s in states], dtype=np.float64)
        for key, curve in self.history.items():
            curve.setData(x, np.array([series_value(s, key) for s in states], dtype=np.float64))

    def _on_changed(self, changes: Changes) -> None:
        if changes.meters or changes.log:
            self._refresh()

    def data(self, key: str) -> tuple[Any, Any]:
        """(x, y) arrays of the live curve of a series."""
        x, y = self.live[key].getData()
        return x, y

    def _refresh(self) -> None:
        session = self.bridge.session
        states = [r.state for r in session.resolved()]
        current = session.state
        if not states or states[-1].turn != current.turn:
            states.append(current)
        x = np.array([s.turn for s in states], dtype=np.float64)
        for key in self.checked_keys():  # hidden series are filled when shown
            y = np.array([series_value(s, key) for s in states], dtype=np.float64)
            self.live[key].setData(x, y)
