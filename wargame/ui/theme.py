"""Light and dark (high-contrast, for projectors) themes."""

from enum import StrEnum

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class Theme(StrEnum):
    """Available themes."""

    LIGHT = "light"
    DARK = "dark"


_COLORS = {
    Theme.LIGHT: {
        "window": "#f4f5f7",
        "base": "#ffffff",
        "alt": "#eef0f3",
        "text": "#1b1f24",
        "muted": "#5b6470",
        "button": "#e6e9ee",
        "highlight": "#1f6feb",
        "htext": "#ffffff",
        "accent": "#1f6feb",
        "chip": "#dde3ea",
        "disabled": "#a1a8b2",
        "disabled_button": "#eef0f3",
    },
    Theme.DARK: {
        "window": "#0e1116",
        "base": "#161b22",
        "alt": "#1c232c",
        "text": "#f5f7fa",
        "muted": "#b6c0cc",
        "button": "#222a34",
        "highlight": "#ffb000",
        "htext": "#000000",
        "accent": "#ffb000",
        "chip": "#2a333f",
        "disabled": "#5f6975",
        "disabled_button": "#171c23",
    },
}


def color(theme: Theme, role: str) -> QColor:
    """A named colour of the theme."""
    return QColor(_COLORS[theme][role])


_ROLES = (
    (QPalette.ColorRole.Window, "window"),
    (QPalette.ColorRole.WindowText, "text"),
    (QPalette.ColorRole.Base, "base"),
    (QPalette.ColorRole.AlternateBase, "alt"),
    (QPalette.ColorRole.Text, "text"),
    (QPalette.ColorRole.Button, "button"),
    (QPalette.ColorRole.ButtonText, "text"),
    (QPalette.ColorRole.Highlight, "highlight"),
    (QPalette.ColorRole.HighlightedText, "htext"),
    (QPalette.ColorRole.ToolTipBase, "base"),
    (QPalette.ColorRole.ToolTipText, "text"),
    (QPalette.ColorRole.PlaceholderText, "muted"),
)
"""Which palette role takes which of the theme's colours."""

_DISABLED = (
    (QPalette.ColorRole.WindowText, "disabled"),
    (QPalette.ColorRole.Text, "disabled"),
    (QPalette.ColorRole.ButtonText, "disabled"),
    (QPalette.ColorRole.Button, "disabled_button"),
    (QPalette.ColorRole.Base, "window"),
    (QPalette.ColorRole.Highlight, "chip"),
    (QPalette.ColorRole.HighlightedText, "disabled"),
)
"""A disabled control's colours: greyed text on a flatter button, so that it looks
disabled at a glance."""


class _VisibleIndicators(QProxyStyle):
    """The platform style, with a frame around check boxes on a dark background: Fusion
    outlines them in a shade of the window colour, which vanishes on near-black."""

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        base, text = option.palette.base().color(), option.palette.text().color()
        if base.lightness() >= 100:
            return  # light backgrounds show the style's own outline
        frame = QColor(
            (base.red() + text.red()) // 2,
            (base.green() + text.green()) // 2,
            (base.blue() + text.blue()) // 2,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(frame, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


_STYLE: list[QProxyStyle] = []
"""The style installed by :func:`apply_theme` (kept so that it is installed once)."""


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Set the palette, the style sheet and pyqtgraph's colours."""
    c = _COLORS[theme]
    if not _STYLE:
        _STYLE.append(_VisibleIndicators())
        app.setStyle(_STYLE[0])  # before the palette: a new style resets it
    pal = QPalette()
    for role, key in _ROLES:
        pal.setColor(role, QColor(c[key]))
    for role, key in _DISABLED:
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c[key]))
    app.setPalette(pal)
    app.setStyleSheet(
        f"""
        QLabel#phaseChip {{ padding: 4px 10px; border-radius: 10px;
            background: {c["chip"]}; color: {c["muted"]}; }}
        QLabel#phaseChip[current="true"] {{ background: {c["accent"]}; color: {c["htext"]};
            font-weight: bold; }}
        QLabel#turnLabel {{ font-size: 15pt; font-weight: bold; }}
        QLabel#muted {{ color: {c["muted"]}; }}
        QDockWidget::title {{ padding: 4px 6px; font-weight: bold; }}
        QToolTip {{ padding: 4px; }}
        """
    )
    pg.setConfigOptions(background=c["base"], foreground=c["text"], antialias=False)
