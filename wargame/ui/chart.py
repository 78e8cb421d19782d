"""The history chart: every meter over turns, the historical track dashed beside it."""

import html
import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.analysis.compare import HISTORY, Track, decisions_after, divergence, track
from wargame.analysis.compare import track as track_of
from wargame.core.scenario import Scenario
from wargame.core.state import State
from wargame.core.world import dyad_key
from wargame.session.changes import Changes
from wargame.session.session import Session
from wargame.session.wording import wording
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
_TRACKS: dict[str, Session] = {}
TICK_STEPS = (1, 2, 3, 4, 7, 14, 28, 56, 91, 182, 364)
"""Turns between two dated ticks, the smallest that leaves room for every label."""


def _history_session(scenario: Scenario) -> Session:
    """A session that played the scenario's historical track (computed once per scenario)."""
    if scenario.id not in _TRACKS:
        _TRACKS[scenario.id] = track_of(Session(scenario, 0), HISTORY).session
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
    """Bottom axis labelled with the scenario's dates: a tick on whole turns only (one
    date each), every turn or, when labels would crowd, every few turns."""

    def __init__(self, scenario: Scenario) -> None:
        super().__init__(orientation="bottom")
        self.scenario = scenario

    def tickValues(  # noqa: N802 - pyqtgraph override
        self, low: float, high: float, size: float
    ) -> list[tuple[float, list[float]]]:
        lo, hi = sorted((low, high))
        first, last = max(math.ceil(lo), 0), math.floor(hi)
        if last < first or size <= 0:
            return []
        font = self.style.get("tickFont") or QFont()
        label = QFontMetrics(font).horizontalAdvance("30 Sep") + 14
        room = max(int(size // label), 1)
        count = last - first + 1
        step = next((s for s in TICK_STEPS if count <= room * s), TICK_STEPS[-1])
        values = [float(t) for t in range(first, last + 1) if t % step == 0]
        return [(float(step), values)]

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
        side = QVBoxLayout()
        self.compare = QComboBox(self)
        self.compare.setAccessibleName(self.tr("Compare with"))
        self.compare.setToolTip(self.tr("Dashed lines: the historical track or another branch"))
        self.decisions = QPushButton(self.tr("Decisions side by side…"), self)
        self.series = QListWidget(self)
        self.series.setAccessibleName(self.tr("Chart series"))
        # long names elide (the full name is the tooltip) instead of scrolling sideways
        self.series.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.series.setTextElideMode(Qt.TextElideMode.ElideRight)
        for w in (self.compare, self.decisions, self.series):
            w.setMaximumWidth(230)
            side.addWidget(w)
        self.setMinimumHeight(170)
        layout.addLayout(side)
        self._plot_column = QVBoxLayout()
        self.key = QLabel(self)  # the legend, above the plot: it never covers a line
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        self.key.setAccessibleName(self.tr("Chart legend"))
        self._plot_column.addWidget(self.key)
        layout.addLayout(self._plot_column, 1)
        self.divergence_line: pg.InfiniteLine | None = None
        self.divergence_turn: int | None = None
        self._track: Track | None = None
        self._track_key: tuple[int, str, int] | None = None
        self.live: dict[str, pg.PlotDataItem] = {}
        self.history: dict[str, pg.PlotDataItem] = {}
        self.plot: pg.PlotWidget | None = None
        self._build()
        self.compare.currentIndexChanged.connect(lambda _i: self._fill_history())
        self.decisions.clicked.connect(self.show_decisions)
        self.series.itemChanged.connect(self._on_item_changed)
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._build)

    def _keys(self) -> list[tuple[str, str]]:
        session = self.bridge.session
        names = {a.id: a.name for a in session.scenario.actors}
        words = wording(session)
        keys = [("global", self.tr("Global escalation"))]
        for rel in session.scenario.relations:
            dyad = dyad_key(rel.a, rel.b)
            keys.append((f"esc:{dyad}", self.tr("Escalation {0}").format(words.pair(dyad))))
        keys += [(f"det:{a}", self.tr("Deterrence {0}").format(n)) for a, n in names.items()]
        return keys

    def _build(self) -> None:
        session = self.bridge.session
        if self.plot is not None:
            self._plot_column.removeWidget(self.plot)
            self.plot.deleteLater()
        self.plot = pg.PlotWidget(axisItems={"bottom": DateAxis(session.scenario)})
        self.plot.setAccessibleName(self.tr("History chart"))
        self.plot.setYRange(0, 100)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("left", self.tr("0-100"))
        for side in ("left", "bottom"):
            # axes redraw text on every repaint; a cached pixmap keeps live updates cheap
            self.plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._plot_column.addWidget(self.plot, 1)
        self.series.blockSignals(True)
        self.series.clear()
        self.live, self.history = {}, {}
        first_pair = next((k for k, _ in self._keys() if k.startswith("esc:")), "")
        defaults = {"global", first_pair}
        for i, (key, label) in enumerate(self._keys()):
            item = QListWidgetItem(label, self.series)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = key in defaults
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            color = QColor(PALETTE[i % len(PALETTE)])
            live = pg.PlotDataItem(pen=pg.mkPen(color, width=2.5))
            hist = pg.PlotDataItem(pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine))
            self.live[key], self.history[key] = live, hist
            if checked:
                self.plot.addItem(hist)
                self.plot.addItem(live)
        self.series.blockSignals(False)
        self._show_key()
        self.apply_palette()
        self.divergence_line = None
        self._fill_compare()
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

    def _show_key(self) -> None:
        """The legend: a line in each shown series' colour, and its name."""
        entries = []
        for i in range(self.series.count()):
            item = self.series.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                color = PALETTE[i % len(PALETTE)]
                name = html.escape(item.text())
                entries.append(
                    f"<span style='color:{color}; font-weight:bold'>━━</span>&nbsp;{name}"
                )
        self.key.setText("&nbsp;&nbsp;&nbsp; ".join(entries))
        self.key.setVisible(bool(entries))

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
        self._show_key()
        if item.checkState() == Qt.CheckState.Checked:
            self.plot.addItem(self.history[key])
            self.plot.addItem(self.live[key])
            self._fill_history()
            self._refresh()
        else:
            self.plot.removeItem(self.history[key])
            self.plot.removeItem(self.live[key])

    def _fill_compare(self) -> None:
        session = self.bridge.session
        current = self.compare.currentText() or HISTORY
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem(self.tr("Compare: historical track"), HISTORY)
        for name in session.branches:
            if name != session.branch:
                self.compare.addItem(self.tr("Compare: branch {0}").format(name), name)
        idx = self.compare.findText(current)
        self.compare.setCurrentIndex(max(idx, 0))
        self.compare.blockSignals(False)

    def comparison(self) -> Track:
        """The line of play drawn dashed."""
        source = str(self.compare.currentData() or HISTORY)
        session = self.bridge.session
        if source == HISTORY:
            return Track(HISTORY, _history_session(session.scenario))
        # another branch does not change while this one is played: replay it once
        key = (id(session), source, len(session.branches[source].events))
        if self._track_key != key or self._track is None:
            self._track, self._track_key = track(session, source), key
        return self._track

    def _fill_history(self) -> None:
        other = self.comparison()
        states = other.states()
        x = np.array([s.turn for s in states], dtype=np.float64)
        for key in self.checked_keys():  # hidden series are filled when shown
            y = np.array([series_value(s, key) for s in states], dtype=np.float64)
            self.history[key].setData(x, y)
        assert self.plot is not None
        if self.divergence_line is not None:
            self.plot.removeItem(self.divergence_line)
            self.divergence_line = None
        self.divergence_turn = divergence(self.bridge.session, other)
        if self.divergence_turn is not None:
            self.divergence_line = pg.InfiniteLine(
                pos=float(self.divergence_turn),
                angle=90,
                pen=pg.mkPen("#8e24aa", width=2, style=Qt.PenStyle.DotLine),
                label=self.tr("diverges"),
                labelOpts={"position": 0.95, "color": "#8e24aa"},
            )
            self.plot.addItem(self.divergence_line)

    def show_decisions(self) -> None:
        """The decisions of both lines, turn by turn, from where they diverge."""
        other = self.comparison()
        start = self.divergence_turn or 0
        DecisionsDialog(self.bridge.session, other, start, self).exec()

    def _on_changed(self, changes: Changes) -> None:
        if changes & Changes.BRANCHES:
            self._fill_compare()
            self._fill_history()
        elif changes & (Changes.LOG | Changes.CURSOR):
            self._fill_history()
        if changes & (Changes.METERS | Changes.CURSOR):
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


class DecisionsDialog(QDialog):
    """This line's moves beside the other line's, turn by turn, from the divergence."""

    def __init__(self, session: Session, other: Track, start: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decisions side by side"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        rows = decisions_after(session, other, start)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(self.tr("Decisions of both lines"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("This line ({0})").format(session.branch), other.name]
        )
        for r, (turn, mine, theirs) in enumerate(rows):
            date = session.scenario.date_of(turn).strftime("%d %b %Y")
            for c, text in enumerate((date, "\n".join(mine), "\n".join(theirs))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
