"""Custom-painted meters: the global gauge and the meter bars, what they draw and say."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QEnterEvent
from PySide6.QtWidgets import QApplication

from wargame.core.escalation import band_of
from wargame.core.params import Band
from wargame.ui.gauge import GlobalGauge, MeterBar

TRACK_MIDDLE = (189, 14)
"""On a 300 x 28 bar: the label takes 126 px, the value 48, the track the 126 between."""


def bar_of(qtbot, bands, **kwargs) -> MeterBar:
    bar = MeterBar("Iran – Pakistan", bands, **kwargs)
    qtbot.addWidget(bar)
    bar.resize(300, 28)
    return bar


def pixel(widget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def test_the_gauge_says_its_value_and_band(qtbot, mini):
    gauge = GlobalGauge(mini.params.bands)
    qtbot.addWidget(gauge)
    gauge.set_value(41.0)
    assert gauge.value() == 41.0
    assert gauge.accessibleDescription() == "41.0 — limited strikes"
    gauge.set_bands([Band(name="calm", min=0.0), Band(name="storm", min=30.0)])
    gauge.set_value(42.0)
    assert gauge.accessibleDescription() == "42.0 — storm"
    assert not gauge.grab().isNull()


def test_a_bar_is_filled_in_its_bands_colour_up_to_its_value(qtbot, mini):
    bands = mini.params.bands
    bar = bar_of(qtbot, bands)
    bar.set_value(100.0)
    assert pixel(bar, *TRACK_MIDDLE) == QColor(band_of(bands, 100.0).color)
    bar.set_value(50.0)  # the fill ends in the middle of the track
    assert pixel(bar, 150, 14) == QColor(band_of(bands, 50.0).color)
    assert pixel(bar, 230, 14) != QColor(band_of(bands, 50.0).color)
    bar.set_value(0.0)
    assert pixel(bar, *TRACK_MIDDLE) != QColor(band_of(bands, 100.0).color)


def test_a_deterrence_bar_uses_the_accent_colour_and_marks_its_start(qtbot, mini):
    bar = bar_of(qtbot, mini.params.bands, colored=False)
    bar.set_value(100.0, marker=50.0)
    assert pixel(bar, 150, 14) == bar.palette().highlight().color()
    text = bar.palette().windowText().color()
    above_track = [pixel(bar, x, 3) for x in range(186, 192)]  # the marker sticks out
    assert text in above_track
    assert pixel(bar, 150, 3) != text


def test_a_bar_reads_out_its_label_and_value(qtbot, mini):
    bar = bar_of(qtbot, mini.params.bands)
    assert bar.accessibleName() == "Iran – Pakistan"
    bar.set_label("Iran – United States")
    bar.set_value(12.345)
    assert bar.accessibleName() == "Iran – United States"
    assert bar.accessibleDescription() == "12.3" and bar.value() == 12.345


def test_a_left_click_asks_for_the_record_and_hovering_explains(qtbot, mini):
    bar = bar_of(qtbot, mini.params.bands)
    asked: list[str] = []
    bar.tip_provider = lambda: asked.append("tip") or "decay toward baseline"
    bar.set_value(30.0)
    assert asked == []  # not computed on every redraw
    point = QPointF(10, 10)
    QApplication.sendEvent(bar, QEnterEvent(point, point, point))
    assert asked == ["tip"] and bar.toolTip() == "decay toward baseline"
    with qtbot.waitSignal(bar.clicked, timeout=1000):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(bar.clicked):
        qtbot.mouseClick(bar, Qt.MouseButton.RightButton)


def test_a_label_elides_only_when_the_bar_lacks_the_room(qtbot, mini):
    bar = bar_of(qtbot, mini.params.bands)
    name = "Baloch separatists (BLA/BLF) – Pakistan"
    bar.set_label(name)
    assert bar.shown_label().endswith("…")  # 42 % of a 300 px bar
    bar.set_label_width(bar.label_room([name, "Iran – Pakistan"]))
    bar.resize(900, 28)  # a projector's bar: the whole name beside the track
    assert bar.shown_label() == name
    bar.resize(300, 28)  # never more than half the bar: the track stays readable
    assert bar.shown_label().endswith("…")
