"""Texts made outside Qt (log entries, the narrative, "why" answers) go through gettext:
the shipped template holds every one, and a catalogue for the user's language translates
them (proved with a pseudo-translation)."""

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tests.conftest import ROOT
from wargame import i18n
from wargame.analysis.explain import why
from wargame.core.events import PhaseAdvanced
from wargame.session.entries import describe
from wargame.session.headless import play
from wargame.session.narrative import turn_narrative
from wargame.session.session import Session

POT = ROOT / "assets" / "locale" / "wargame.pot"


def message_ids(pot: Path) -> set[str]:
    with pot.open("rb") as f:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}


def test_the_shipped_template_holds_every_text(tmp_path):
    fresh = tmp_path / "fresh.pot"
    subprocess.run(
        [
            Path(sys.executable).parent / "pybabel",
            "-q",
            "extract",
            "-F",
            ROOT / "assets" / "locale" / "babel.cfg",
            "-k",
            "N_",
            "--no-location",
            "--omit-header",
            "-o",
            fresh,
            ".",
        ],
        cwd=ROOT,
        check=True,
    )
    extracted, shipped = message_ids(fresh), message_ids(POT)
    assert len(extracted) > 60
    assert extracted == shipped, (
        f"run `make translations`: new {extracted - shipped}, gone {shipped - extracted}"
    )


def pseudo(text: str) -> str:
    return f"‹{text}›"


@pytest.fixture
def pseudo_language(tmp_path):
    """Esperanto: every shipped text wrapped in ‹…›, installed for the test."""
    catalogue = Catalog(locale="eo", domain="wargame")
    with POT.open("rb") as f:
        for message in read_po(f):
            if not message.id:
                continue
            if isinstance(message.id, tuple):
                catalogue.add(message.id, tuple(pseudo(m) for m in message.id))
            else:
                catalogue.add(message.id, pseudo(message.id))
    folder = tmp_path / "eo" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "wargame.mo").open("wb") as f:
        write_mo(f, catalogue)
    assert i18n.install(["eo"], tmp_path)
    yield
    i18n.reset()


def test_log_narrative_and_why_follow_the_installed_language(default_scenario, pseudo_language):
    session = Session(default_scenario)
    play(session, default_scenario.history[:4])
    advance = next(i for i, e in enumerate(session.log) if isinstance(e, PhaseAdvanced))
    assert describe(session, advance, session.log[advance]).text == "‹next phase›"
    narrative = turn_narrative(session)
    assert narrative.startswith("‹Turn 3, 18 January 2024.›")
    assert "‹Global escalation" in narrative
    answer = why(session, "escalation", "IRN-PAK")
    assert answer.startswith("‹turn ") and "‹escalation impulse›" in answer


def test_an_unknown_language_leaves_english(default_scenario, tmp_path):
    assert not i18n.install(["sw"], tmp_path)
    try:
        session = Session(default_scenario)
        play(session, default_scenario.history[:1])
        advance = next(i for i, e in enumerate(session.log) if isinstance(e, PhaseAdvanced))
        assert describe(session, advance, session.log[advance]).text == "next phase"
    finally:
        i18n.reset()
