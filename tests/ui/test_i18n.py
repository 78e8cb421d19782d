"""Translations: the shipped catalogue matches the code, and a catalogue for the user's
locale is loaded at start-up (proved with a pseudo-translation)."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tests.conftest import ROOT
from tests.ui.conftest import _close, _open, white_cell_only
from wargame.resources import TRANSLATIONS
from wargame.ui.i18n import install_translators

TOOLS = Path(sys.executable).parent
SHIPPED = TRANSLATIONS / "wargame_en.ts"


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def pseudo(text: str) -> str:
    return f"‹{text}›"


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory) -> Path:
    """wargame_eo.qm: every shipped text wrapped in ‹…›, compiled by pyside6-lrelease."""
    folder = tmp_path_factory.mktemp("i18n")
    tree = ET.parse(SHIPPED)
    tree.getroot().set("language", "eo")
    for msg in tree.getroot().iter("message"):
        translation = msg.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")  # a text counted with tr(..., n)
        for node in forms or [translation]:
            node.text = pseudo(msg.findtext("source") or "")
        translation.attrib.pop("type", None)  # finished, so lrelease keeps it
    ts = folder / "wargame_eo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [TOOLS / "pyside6-lrelease", "-silent", ts, "-qm", folder / "wargame_eo.qm"], check=True
    )
    return folder


def test_the_shipped_catalogue_holds_every_text_of_the_interface(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "wargame" / "ui").rglob("*.py"))
    subprocess.run(
        [TOOLS / "pyside6-lupdate", "-silent", "-locations", "none", *sources, "-ts", fresh],
        check=True,
    )
    extracted = messages(fresh)
    assert len(extracted) > 200
    missing = extracted - messages(SHIPPED)
    stale = messages(SHIPPED) - extracted
    assert not missing and not stale, f"run `make translations`: new {missing}, gone {stale}"


def test_a_catalogue_for_the_locale_translates_the_console(
    qtbot, qapp, tmp_path, default_scenario, pseudo_catalogue
):
    installed = install_translators(qapp, QLocale(QLocale.Language.Esperanto), pseudo_catalogue)
    try:
        assert installed, "the pseudo catalogue did not load"
        win = _open(qtbot, tmp_path, white_cell_only(default_scenario))
        try:
            menus = [a.text() for a in win.menuBar().actions()]
            assert menus and all(t.startswith("‹") and t.endswith("›") for t in menus), menus
            titles = [dock.windowTitle() for dock in win.docks.values()]
            assert all(t.startswith("‹") for t in titles), titles
            chips = [chip.text() for chip in win.turn_bar.chips.values()]
            assert all(t.startswith("‹") for t in chips), chips
        finally:
            _close(win)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_no_catalogue_for_the_locale_leaves_english(qapp, pseudo_catalogue):
    assert install_translators(qapp, QLocale(QLocale.Language.Swahili), pseudo_catalogue) == []


CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from wargame.ui.app import init_application
init_application(["wargame"], translations=Path(sys.argv[1]))
print(QCoreApplication.translate("MainWindow", "&File"))
"""


@pytest.mark.parametrize(("lang", "expected"), [("eo", "‹&File›"), ("C", "&File")])
def test_start_up_follows_the_system_locale(pseudo_catalogue, lang, expected):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))} | {
        "LANG": lang,
        "LANGUAGE": lang,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
    }
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(pseudo_catalogue)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == expected
