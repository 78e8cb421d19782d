"""Light and dark (projector) themes."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from wargame.ui.theme import Theme, apply_theme, color

Role = QPalette.ColorRole


@pytest.fixture
def app(qapp):
    """The application, its palette, style sheet and chart colours restored afterwards."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    options = {k: pg.getConfigOption(k) for k in ("background", "foreground", "antialias")}
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    pg.setConfigOptions(**options)


def test_dark_theme_for_projectors(qtbot, window):
    window.act_dark.trigger()
    assert window.palette().window().color().lightness() < 60
    window.act_dark.trigger()
    assert window.palette().window().color().lightness() > 200


@pytest.mark.parametrize("theme", list(Theme))
def test_a_theme_sets_the_palette_the_style_sheet_and_the_charts_colours(app, theme):
    apply_theme(app, theme)
    palette = app.palette()
    assert palette.color(Role.Window) == color(theme, "window")
    assert palette.color(Role.Base) == color(theme, "base")
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.ToolTipText):
        assert palette.color(role) == color(theme, "text"), role
    assert palette.color(Role.Highlight) == color(theme, "highlight")
    assert palette.color(Role.HighlightedText) == color(theme, "htext")
    # the current phase's chip is drawn in the accent colour
    assert f"background: {color(theme, 'accent').name()}" in app.styleSheet()
    assert pg.getConfigOption("background") == color(theme, "base").name()
    assert pg.getConfigOption("foreground") == color(theme, "text").name()


def test_the_dark_theme_is_for_projectors_light_text_on_near_black():
    text, window = color(Theme.DARK, "text"), color(Theme.DARK, "window")
    assert window.lightness() < 30 and text.lightness() > 230
    light_text, light_window = color(Theme.LIGHT, "text"), color(Theme.LIGHT, "window")
    assert light_window.lightness() > 230 and light_text.lightness() < 40


def colours(widget: QWidget) -> set[str]:
    """Every colour drawn in the widget."""
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }


@pytest.mark.parametrize("theme", list(Theme))
def test_a_disabled_button_looks_disabled(app, qtbot, theme):
    apply_theme(app, theme)
    enabled, disabled = QPushButton("Accept"), QPushButton("Accept")
    disabled.setEnabled(False)
    for button in (enabled, disabled):
        qtbot.addWidget(button)
        button.resize(120, 32)
    text = color(theme, "text")
    greyed = disabled.palette().color(QPalette.ColorGroup.Disabled, Role.ButtonText)
    assert greyed != text
    assert abs(greyed.lightness() - text.lightness()) >= 60  # greyed, visibly
    assert text.name() in colours(enabled)
    assert text.name() not in colours(disabled) and greyed.name() in colours(disabled)


def contrast(a: QColor, b: QColor) -> int:
    return abs(a.lightness() - b.lightness())


def test_an_empty_check_box_shows_in_the_dark_theme(app, qtbot):
    apply_theme(app, Theme.DARK)
    box = QCheckBox("Civilians killed")
    qtbot.addWidget(box)
    box.resize(220, 30)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    background = color(Theme.DARK, "window")
    edge = [
        image.pixelColor(indicator.left(), y)
        for y in range(indicator.top() + 2, indicator.bottom() - 1)
    ]
    assert edge and all(contrast(c, background) >= 40 for c in edge), [c.name() for c in edge]
    # and in a list (the chart's series): unticked rows show an empty box
    items = QListWidget()
    qtbot.addWidget(items)
    item = QListWidgetItem("Escalation IRN-PAK", items)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    items.resize(220, 60)
    rect = items.visualItemRect(item)
    image = items.viewport().grab().toImage()
    base = color(Theme.DARK, "base")
    left = [image.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.left() + 24)]
    assert any(contrast(c, base) >= 40 for c in left), [c.name() for c in left]
