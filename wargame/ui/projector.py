"""The projector view: what the whole room may see, in large type, on a second screen."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wargame.core.enums import Phase
from wargame.session.briefing import hottest_pairs
from wargame.session.changes import Changes
from wargame.session.narrative import latest_narrative
from wargame.session.teams import submitted_teams, teams
from wargame.session.wording import wording
from wargame.ui.bridge import SessionBridge
from wargame.ui.chart import HistoryChart
from wargame.ui.gauge import GlobalGauge, MeterBar
from wargame.ui.relations import RelationsMap
from wargame.ui.turnbar import phase_label

HOT_PAIRS = 4


class ProjectorWindow(QWidget):
    """A second top-level window for the room: meters, map, chart, turn and phase.

    It shows only public information: never a sealed move, a rationale or a
    team's private briefing. F11 toggles full screen; Esc leaves it.

    Attributes:
        header: turn, date and phase; status: who has submitted, or the turn narrative.
        gauge, pairs, map, chart: the public views.
    """

    def __init__(self, bridge: SessionBridge, owner: QWidget | None = None) -> None:
        # its own top-level window (movable to a second screen), owned by the console
        super().__init__(owner, Qt.WindowType.Window)
        self.bridge = bridge
        self.setWindowTitle(self.tr("wargame — projector"))
        self.setObjectName("projector")
        self.setStyleSheet("QWidget#projector QLabel { font-size: 20pt; }")
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setStyleSheet("font-size: 30pt; font-weight: bold;")
        self.header.setWordWrap(True)  # a small projector wraps it rather than widening
        layout.addWidget(self.header)
        self.status = QTextBrowser(self)
        self.status.setAccessibleName(self.tr("Room status"))
        self.status.setMaximumHeight(230)
        self.status.setFrameShape(QFrame.Shape.NoFrame)
        self.status.setStyleSheet("font-size: 17pt; background: transparent;")
        layout.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        row = QHBoxLayout(top)
        left = QVBoxLayout()
        bands = bridge.session.scenario.params.bands
        self.gauge = GlobalGauge(bands, top)
        self.gauge.setMinimumSize(260, 200)
        left.addWidget(self.gauge, 1)  # the gauge takes the height the bars leave
        self.pairs = [MeterBar("", bands, top) for _ in range(HOT_PAIRS)]
        for bar in self.pairs:
            bar.setMinimumHeight(36)
            big = bar.font()
            big.setPointSize(15)
            bar.setFont(big)
            left.addWidget(bar)
        row.addLayout(left, 1)  # room for the pairs' whole names
        self.map = RelationsMap(bridge, top)
        row.addWidget(self.map, 1)
        self.chart = HistoryChart(bridge, split)
        for w in (self.chart.series, self.chart.compare, self.chart.decisions):
            w.hide()
        self.chart.setMinimumHeight(140)  # the window fits a 1280 x 720 projector
        split.addWidget(top)
        split.addWidget(self.chart)
        split.setSizes([700, 300])
        layout.addWidget(split, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen), self, self.toggle_full_screen)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Escape"), self, self.showNormal)
        bridge.changed.connect(self._on_changed)
        self.resize(1600, 1000)
        self._refresh()

    def toggle_full_screen(self) -> None:
        """Full screen on whichever screen the window is on."""
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _on_changed(self, changes: Changes) -> None:
        if changes & ~(Changes.ANNOTATIONS | Changes.CONTROL | Changes.INJECTS):
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        state = session.state
        scenario = session.scenario
        date = scenario.date_of(state.turn).strftime("%A %d %B %Y")
        self.header.setText(
            self.tr("Turn {0} · {1} · {2}").format(state.turn, date, phase_label(state.phase))
        )
        self.gauge.set_value(state.global_escalation)
        words = wording(session)
        world = session.engine.world
        hot = hottest_pairs(state, HOT_PAIRS)
        for bar, dyad in zip(self.pairs, hot, strict=True):
            bar.set_label(words.pair(dyad))
            bar.set_value(state.escalation[dyad], world.baseline[dyad])
        room = self.pairs[0].label_room([bar.accessibleName() for bar in self.pairs])
        for bar in self.pairs:  # whole names whenever the bar has the room; tracks aligned
            bar.set_label_width(room)
        if state.phase is Phase.ORDERS:
            done = submitted_teams(state)
            parts = [f"{t} {'✔' if t in done else '…'}" for t in teams(state)]
            self.status.setPlainText(self.tr("Sealed orders: ") + "   ".join(parts))
        elif state.phase is Phase.REVIEW:
            self.status.setPlainText(latest_narrative(self.bridge.session))
        else:
            self.status.setPlainText("")
        # the narrative is read out in Review: it gets the room it needs, up to half the window
        review = state.phase is Phase.REVIEW
        self.status.setMaximumHeight(max(230, self.height() // 2) if review else 230)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.bridge.changed.disconnect(self._on_changed)
        super().closeEvent(event)
