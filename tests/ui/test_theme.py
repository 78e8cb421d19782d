"""Light and dark (projector) themes."""

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QPalette

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
