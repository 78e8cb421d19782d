"""Where the files that ship with wargame live, from a source checkout or a bundle.

A PyInstaller bundle unpacks its data beside the code (``sys._MEIPASS``); a checkout keeps
them at the repository root. Everything that reads a shipped file asks here, so the two
layouts cannot drift apart.
"""

import sys
from pathlib import Path

APP_ID = "org.wargame.Wargame"
"""The reverse-DNS id of the .desktop entry, the AppStream component and the icon name."""


def frozen() -> bool:
    """True inside a bundle built by PyInstaller."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def root() -> Path:
    """The folder holding ``assets/``: the bundle's data folder or the checkout."""
    if frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by the bundle's loader
    return Path(__file__).resolve().parent.parent


ASSETS = root() / "assets"
SCENARIOS = ASSETS / "scenarios"
DEFAULT_SCENARIO = SCENARIOS / "iran_pakistan_2024.json"
CATALOGUES = ASSETS / "catalogues"
ICONS = ASSETS / "icons"
TRANSLATIONS = ASSETS / "i18n"
LOCALE = ASSETS / "locale"
"""gettext catalogues of the texts made outside Qt (``<lang>/LC_MESSAGES/wargame.mo``)."""
TEMPLATES = ASSETS / "templates"
"""Jinja2 templates of the documents wargame writes (the after-action report)."""
SERVER_STATIC = root() / "wargame" / "server" / "static"
"""The players' and White cell's pages that the session server serves."""
GUIDE = ASSETS / "guide" / "guide.html"
"""The facilitator's guide shown by Help ▸ Facilitator's guide (F1)."""
