"""Fitting the console to its screen: the arrangement for a screen's size, the window's first
geometry, panels that scroll rather than demand height, button rows that wrap."""

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from wargame.ui.screenfit import (
    FRAME,
    PANEL_MIN_HEIGHT,
    Arrangement,
    FlowLayout,
    PanelScroll,
    arrangement_for,
    fits,
    window_geometry,
)


@pytest.mark.parametrize(
    ("width", "height", "arrangement"),
    [
        (1280, 720, Arrangement.COMPACT),
        (1366, 768, Arrangement.COMPACT),
        (1440, 900, Arrangement.COMPACT),
        (1600, 900, Arrangement.COMPACT),  # wide enough, but too short for stacked panels
        (1680, 1050, Arrangement.WIDE),
        (1920, 1040, Arrangement.WIDE),  # 1920 x 1080 less a task bar
        (2560, 1440, Arrangement.WIDE),
    ],
)
def test_small_or_short_screens_get_the_compact_arrangement(width, height, arrangement):
    assert arrangement_for(QSize(width, height)) is arrangement


def test_the_window_fills_the_available_area_with_room_for_its_frame():
    available = QRect(0, 27, 1366, 741)  # under a desktop's top bar
    geometry = window_geometry(available)
    assert geometry.size() == available.size() - FRAME
    assert geometry.top() == available.top()
    assert available.contains(geometry) and fits(geometry, available)
    assert not fits(QRect(0, 0, 1920, 1040), available)  # a bigger screen's window
    assert not fits(geometry.translated(1366, 0), available)  # on another screen


def panel_of(qtbot) -> tuple[QWidget, QListWidget, QPushButton]:
    """A panel like the console's: a wrapped hint, a list that may shrink, a button."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    hint = QLabel("A hint long enough to wrap onto a second line in a narrow dock. " * 2)
    hint.setWordWrap(True)
    items = QListWidget()
    items.addItems([f"row {i}" for i in range(30)])
    items.setMinimumHeight(120)
    button = QPushButton("Submit")
    for w in (hint, items, button):
        layout.addWidget(w)
    return panel, items, button


def test_a_panel_fills_its_dock_and_scrolls_only_below_its_minimum(qtbot):
    panel, items, button = panel_of(qtbot)
    scroll = PanelScroll(panel)
    qtbot.addWidget(scroll)
    assert scroll.minimumSizeHint().height() <= PANEL_MIN_HEIGHT  # it never forces height
    assert scroll.minimumSizeHint().width() >= panel.minimumSizeHint().width()
    scroll.resize(360, 500)
    scroll.show()
    qtbot.waitExposed(scroll)
    # tall enough: the panel is the dock's height, the list takes the rest, nothing scrolls
    assert panel.height() == scroll.viewport().height()
    assert scroll.verticalScrollBar().maximum() == 0
    assert items.height() > 200
    scroll.resize(360, 150)  # shorter than the panel's minimum: it scrolls instead
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    assert panel.width() == scroll.viewport().width()  # never wider than the dock
    scroll.ensureWidgetVisible(button)
    assert not button.visibleRegion().isEmpty()


def test_a_row_of_buttons_wraps_in_a_narrow_panel(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    flow = FlowLayout(panel)
    buttons = [QPushButton(f"Button {i}") for i in range(6)]
    for b in buttons:
        flow.addWidget(b)
    panel.resize(1000, 40)
    panel.show()
    qtbot.waitExposed(panel)
    assert len({b.y() for b in buttons}) == 1  # one row when wide
    assert flow.heightForWidth(200) > flow.heightForWidth(1000)
    panel.resize(200, flow.heightForWidth(200))
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) > 1)
    assert all(b.geometry().right() < 200 for b in buttons)
    assert flow.minimumSize().width() <= max(b.sizeHint().width() for b in buttons)
