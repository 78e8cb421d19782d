"""The Outlook dock: a fan chart of where escalation may head, computed in the background."""

import os

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wargame.analysis.forecast import Spec, Summary, forecast, spec_for, start_of
from wargame.core.scenario import Scenario
from wargame.core.state import State
from wargame.session.changes import Changes
from wargame.ui.bridge import SessionBridge
from wargame.ui.chart import DateAxis


class ForecastWorker(QObject):
    """Runs one forecast off the GUI thread.

    Signals:
        progressed(int, int): rollouts done, total.
        finished(object): the Summary, or None when cancelled.
    """

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, scenario: Scenario, start: State, spec: Spec, workers: int) -> None:
        super().__init__()
        self.scenario, self.start, self.spec, self.workers = scenario, start, spec, workers
        self.cancelled = False

    def run(self) -> None:
        """Compute (in the worker thread)."""

        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancelled

        summary = forecast(self.scenario, self.start, self.spec, self.workers, progress)
        self.finished.emit(summary)


class OutlookPanel(QWidget):
    """Runs, horizon, Run and Cancel; a fan chart of global escalation (5-95 % and 25-75 %
    bands, median) after the played turns; band chances. Results are kept per start turn.

    Attributes:
        runs, horizon: the spin boxes. run, cancel: the buttons. progress: the bar.
        results: start turn -> Summary. workers: processes to use.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.workers = os.cpu_count() or 1
        self.results: dict[int, Summary] = {}
        self._thread: QThread | None = None
        self._worker: ForecastWorker | None = None
        self._cancelled = False
        """The last outlook was cancelled (its notice stays until the next run)."""
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.runs = QSpinBox(self)
        self.runs.setRange(10, 100000)
        self.runs.setValue(200)
        self.runs.setAccessibleName(self.tr("Number of rollouts"))
        self.horizon = QSpinBox(self)
        self.horizon.setRange(1, 365)
        self.horizon.setValue(12)
        self.horizon.setAccessibleName(self.tr("Turns ahead"))
        self.run = QPushButton(self.tr("Run outlook"), self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setEnabled(False)
        self.progress = QProgressBar(self)
        for label, w in ((self.tr("Rollouts"), self.runs), (self.tr("Turns ahead"), self.horizon)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.run)
        row.addWidget(self.cancel)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.axis = DateAxis(bridge.session.scenario)
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot.setAccessibleName(self.tr("Outlook fan chart"))
        self.plot.setYRange(0, 100)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.played = self.plot.plot(pen=pg.mkPen("#1f77b4", width=2.5))
        self.median = self.plot.plot(pen=pg.mkPen("#d62728", width=2))
        self.curves = [self.plot.plot(pen=pg.mkPen(None)) for _ in range(4)]
        outer = QColor("#d62728")
        outer.setAlpha(40)
        inner = QColor("#d62728")
        inner.setAlpha(90)
        self.plot.addItem(pg.FillBetweenItem(self.curves[0], self.curves[3], brush=outer))
        self.plot.addItem(pg.FillBetweenItem(self.curves[1], self.curves[2], brush=inner))
        layout.addWidget(self.plot, 1)
        self.bands = QLabel(self)
        self.bands.setWordWrap(True)
        layout.addWidget(self.bands)
        self.run.clicked.connect(self.start)
        self.cancel.clicked.connect(self.stop)
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._replaced)
        self._show()

    def _replaced(self) -> None:
        self.axis.scenario = self.bridge.session.scenario
        self.results = {}
        self._show()

    def start_point(self) -> tuple[State, int]:
        """The state the outlook starts from (the last resolved turn) and its log position."""
        return start_of(self.bridge.session)

    def start(self) -> None:
        """Start a forecast in the background."""
        if self._thread is not None:
            return
        session = self.bridge.session
        state, upto = self.start_point()
        spec = spec_for(
            session, upto, horizon=self.horizon.value(), runs=self.runs.value(), seed=session.seed
        )
        self._cancelled = False
        self._worker = ForecastWorker(session.scenario, state, spec, self.workers)
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._finished)
        self.progress.setRange(0, spec.runs)
        self.progress.setValue(0)
        self.run.setEnabled(False)
        self.cancel.setEnabled(True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the running forecast to stop after its current batch."""
        if self._worker is not None:
            self._worker.cancelled = True

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self, summary: Summary | None) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()
        self._thread, self._worker = None, None
        self.run.setEnabled(True)
        self.cancel.setEnabled(False)
        if summary is not None:
            self.results[summary.start_turn] = summary
        else:
            self._cancelled = True
            self.bands.setText(self.tr("Outlook cancelled."))
        self._show()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.METERS | Changes.TURN | Changes.CURSOR | Changes.BRANCHES):
            self._show()

    def _show(self) -> None:
        session = self.bridge.session
        states = [r.state for r in session.resolved()]
        self.played.setData(
            np.array([s.turn for s in states], dtype=np.float64),
            np.array([s.global_escalation for s in states], dtype=np.float64),
        )
        start, _ = self.start_point()
        summary = self.results.get(start.turn)
        if summary is None:
            for c in (*self.curves, self.median):
                c.setData([], [])
            if self._thread is None and not self._cancelled:
                self.bands.setText(self.tr("No outlook for this turn yet: Run outlook."))
            return
        rows = np.array(summary.quantiles["global"], dtype=np.float64)
        x = np.arange(start.turn, start.turn + len(rows) + 1, dtype=np.float64)
        first = np.full((1, 5), start.global_escalation)
        fan = np.vstack([first, rows])
        for i, col in enumerate((0, 1, 3, 4)):
            self.curves[i].setData(x, fan[:, col])
        self.median.setData(x, fan[:, 2])
        tops = ", ".join(
            f"{b} {'<1%' if p < 0.01 else format(p, '.0%')}"
            for b, p in summary.highest_band.items()
            if p > 0
        )
        self.bands.setText(
            self.tr("{0} rollouts from turn {1}. Highest band reached: {2}").format(
                summary.runs, summary.start_turn, tops
            )
        )

    def shutdown(self) -> None:
        """Cancel and wait for a running forecast (on close)."""
        if self._thread is not None:
            self.stop()
            self._thread.quit()
            self._thread.wait(30000)
