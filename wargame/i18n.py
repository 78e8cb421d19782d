"""Translations of the texts made outside Qt: log entries, the turn narrative, the answers
to "why did this move?" and the after-action report.

They are marked with :func:`gettext` (imported as ``_``) and :func:`ngettext`;
``make translations`` extracts them with Babel into ``assets/locale/wargame.pot`` and
compiles ``assets/locale/<lang>/LC_MESSAGES/wargame.mo``. The console installs the
catalogue of the user's locale at start-up, beside Qt's own; until then (and for the
command line without a catalogue) the texts stay in English.
"""

import gettext as _gettext
from collections.abc import Sequence
from pathlib import Path

from wargame.resources import LOCALE

DOMAIN = "wargame"

_translation: _gettext.NullTranslations = _gettext.NullTranslations()


def install(languages: Sequence[str] | None = None, localedir: Path = LOCALE) -> bool:
    """Use the catalogue of the first of ``languages`` that has one (the environment's
    ``LANGUAGE``/``LC_*``/``LANG`` when None). Returns whether a catalogue was found;
    without one the texts stay in English."""
    global _translation  # noqa: PLW0603 - one catalogue per process, like gettext's own
    found = _gettext.translation(
        DOMAIN, localedir, languages=list(languages) if languages else None, fallback=True
    )
    _translation = found
    return isinstance(found, _gettext.GNUTranslations)


def reset() -> None:
    """Back to the source texts (English)."""
    global _translation  # noqa: PLW0603
    _translation = _gettext.NullTranslations()


def gettext(message: str) -> str:
    """``message`` in the installed language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the installed language."""
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional marker name
    """Mark ``message`` for extraction without translating it now (tables built at import
    time are translated where they are shown)."""
    return message


_ = gettext
