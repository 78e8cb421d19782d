"""Translations: Qt's own and wargame's, chosen by the user's locale at start-up.

The texts of the interface are marked with ``tr()`` / ``QCoreApplication.translate()``;
``make translations`` extracts them with ``pyside6-lupdate`` into ``assets/i18n/*.ts``
(English, the source language, is shipped) and compiles the ``.qm`` files Qt loads.
A new language is a new ``wargame_<lang>.ts`` there.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wargame import i18n
from wargame.resources import LOCALE, TRANSLATIONS


def install_translators(
    app: QCoreApplication,
    locale: QLocale | None = None,
    directory: Path = TRANSLATIONS,
    gettext_dir: Path = LOCALE,
) -> list[QTranslator]:
    """Load Qt's and wargame's catalogues for ``locale`` (the system's by default) and
    install them on ``app``; the gettext catalogue of the texts made outside Qt follows
    the same locale. Returns the installed Qt translators; none when the locale's
    languages have no catalogue, and the interface stays in English."""
    locale = locale if locale is not None else QLocale()
    i18n.install([lang.replace("-", "_") for lang in locale.uiLanguages()], gettext_dir)
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("wargame", str(directory)),
    )
    installed = []
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def plural(text: str, n: int) -> str:
    """English plurals for a text ``tr(source, "", n)`` gave back: untranslated, it still
    holds the source's ``(s)``, which becomes ``s`` (or nothing, for one); a catalogue's
    translation has its own plural forms and is left alone."""
    return text.replace("(s)", "" if n == 1 else "s")
