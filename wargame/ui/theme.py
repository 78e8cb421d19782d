"""Light and dark (high-contrast, for projectors) themes."""

from enum import StrEnum

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


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


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Set the palette, the style sheet and pyqtgraph's colours."""
    c = _COLORS[theme]
    pal = QPalette()
    for role, key in _ROLES:
        pal.setColor(role, QColor(c[key]))
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
