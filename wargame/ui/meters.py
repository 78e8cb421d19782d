"""The meters dock: global gauge, the selected pair, and deterrence per actor."""

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from wargame.analysis.explain import why
from wargame.core.escalation import band_of
from wargame.core.world import dyad_ids
from wargame.session.changes import Changes
from wargame.ui.bridge import SessionBridge
from wargame.ui.gauge import GlobalGauge, MeterBar
from wargame.ui.why import WhyDialog


class MetersPanel(QWidget):
    """Global escalation, the selected pair's escalation and every actor's deterrence.

    Attributes:
        gauge: the global escalation dial.
        pair_bar: escalation of the selected pair.
        deterrence: actor id -> deterrence bar.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        bands = bridge.session.scenario.params.bands
        layout = QVBoxLayout(self)
        self.gauge = GlobalGauge(bands, self)
        self.gauge.clicked.connect(lambda: self._open_why("global", "*", self.tr("Global")))
        self.gauge.tip_provider = lambda: self._tip("global", "*")
        layout.addWidget(self.gauge)
        pair_box = QGroupBox(self.tr("Selected pair"), self)
        self.pair_box = pair_box
        pair_layout = QVBoxLayout(pair_box)
        self.pair_bar = MeterBar("", bands, pair_box)
        self.pair_bar.clicked.connect(self._why_pair)
        self.pair_band = QLabel(pair_box)
        self.pair_band.setObjectName("muted")
        pair_layout.addWidget(self.pair_bar)
        pair_layout.addWidget(self.pair_band)
        layout.addWidget(pair_box)
        self.det_box = QGroupBox(self.tr("Deterrence (| = starting value)"), self)
        self.det_layout = QVBoxLayout(self.det_box)
        layout.addWidget(self.det_box)
        layout.addStretch(1)
        self.deterrence: dict[str, MeterBar] = {}
        self._build_actor_bars()
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._on_replaced)
        bridge.selectionChanged.connect(lambda _key: self._refresh())
        self._refresh()

    def _build_actor_bars(self) -> None:
        for bar in self.deterrence.values():
            bar.deleteLater()
        self.deterrence = {}
        scenario = self.bridge.session.scenario
        for actor in scenario.actors:
            bar = MeterBar(actor.name, scenario.params.bands, self.det_box, colored=False)
            bar.clicked.connect(lambda a=actor.id, n=actor.name: self._open_why("deterrence", a, n))
            self.det_layout.addWidget(bar)
            self.deterrence[actor.id] = bar

    def _on_replaced(self) -> None:
        self.gauge.set_bands(self.bridge.session.scenario.params.bands)
        self._build_actor_bars()

    def _on_changed(self, changes: Changes) -> None:
        if changes & Changes.METERS:
            self._refresh()

    def selected_pair(self) -> str:
        """The dyad shown in the pair box (the selection, or the hottest pair)."""
        sel = self.bridge.selection
        esc = self.bridge.session.state.escalation
        if sel in esc:
            return sel
        return max(esc, key=lambda k: (esc[k], k))

    def _refresh(self) -> None:
        session = self.bridge.session
        state = session.state
        bands = session.scenario.params.bands
        self.gauge.set_value(state.global_escalation)
        dyad = self.selected_pair()
        # without a selection the box follows the hottest pair, and says so
        chosen = self.bridge.selection in state.escalation
        self.pair_box.setTitle(
            self.tr("Selected pair") if chosen else self.tr("Hottest pair (click one on the map)")
        )
        names = {a.id: a.name for a in session.scenario.actors}
        a, b = dyad_ids(dyad)
        value = state.escalation[dyad]
        base = session.engine.world.baseline[dyad]
        self.pair_bar.set_label(f"{names[a]} – {names[b]}")
        self.pair_bar.set_value(value, base)
        self.pair_bar.tip_provider = lambda: self._tip("escalation", dyad)
        self.pair_band.setText(
            self.tr("{0} · baseline {1:.1f}").format(band_of(bands, value).name, base)
        )
        for actor in session.scenario.actors:
            bar = self.deterrence[actor.id]
            bar.set_value(state.meters[actor.id]["deterrence"], actor.deterrence)
            bar.tip_provider = lambda a=actor.id: self._tip("deterrence", a)

    def _tip(self, meter: str, subject: str) -> str:
        return self.tr("Why did this move? (click for the full record)\n") + why(
            self.bridge.session, meter, subject
        )

    def _why_pair(self) -> None:
        dyad = self.selected_pair()
        self._open_why("escalation", dyad, dyad)

    def _open_why(self, meter: str, subject: str, title: str) -> None:
        WhyDialog(self.bridge.session, meter, subject, title, self).exec()
