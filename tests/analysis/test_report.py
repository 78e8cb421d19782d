"""The after-action report contains every decision, reason and annotation, escapes what
the session holds, fails loudly on a broken template and speaks the installed language."""

from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from tests.session.test_wording import shown_ids
from wargame import i18n
from wargame.analysis.report import environment, render_report
from wargame.core.enums import Controller, Decision, Outcome, Phase
from wargame.core.events import (
    ControlAssigned,
    MoveAdjudicated,
    MoveSubmitted,
    NarrativeRecorded,
    Override,
    PhaseAdvanced,
)
from wargame.session.headless import play
from wargame.session.session import Session


class Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag, attrs):
        self.svgs += tag == "svg"

    def handle_data(self, data):
        self.chunks.append(data)


def parsed(html: str) -> Text:
    p = Text()
    p.feed(html)
    return p


def test_report_lists_every_decision_reason_annotation_and_override(default_scenario):
    session = Session(default_scenario, seed=2)
    play(session, default_scenario.history[:3])
    session.annotate("Turning point: Pakistan must answer", bookmark=True)
    session.annotate("[lesson] retortion before force")
    session.dispatch(PhaseAdvanced())
    session.dispatch(PhaseAdvanced())  # next day
    session.dispatch(Override("deterrence", 45.0, "cabinet crisis in Islamabad", actor="PAK"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveSubmitted("PAK", "strike_state_forces", "IRN", "hit back hard"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveAdjudicated(0, Decision.SET, Outcome.PARTIAL, reason="weather"))
    session.dispatch(PhaseAdvanced())
    html = render_report(session)
    page = parsed(html)
    text = " ".join(page.chunks)
    assert page.svgs == 2
    for event in session.log:
        if isinstance(event, MoveAdjudicated) and event.reason:
            assert event.reason in text, event.reason
    assert "hit back hard" in text and "weather" in text
    assert "Turning point: Pakistan must answer" in text
    assert "[lesson] retortion before force" in text
    assert "cabinet crisis in Islamabad" in text
    assert "Comparison with the historical track" in text
    assert "Team Iran: Iran" in text


def test_the_report_shows_names_labels_and_pairs_never_ids(default_scenario):
    session = Session(default_scenario, seed=2)
    play(session, default_scenario.history[:3])
    session.dispatch(ControlAssigned("JAA", Controller.BOT, "tit_for_tat"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(PhaseAdvanced())  # next day
    session.dispatch(Override("escalation", 30.0, "the room agreed", dyad=("IRN", "PAK")))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveSubmitted("IRN", "strike_militant_camps", "JAA", "hit the camps"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(
        MoveAdjudicated(0, Decision.MODIFY, action="raise_alert", target="PAK", reason="calmer")
    )
    session.dispatch(PhaseAdvanced())
    text = " ".join(parsed(render_report(session)).chunks)
    assert not shown_ids(default_scenario, text)
    # the ruling: the move as submitted, and as the White cell's modify left it
    assert "Iran: Strike militant camps across the border → Jaish al-Adl" in text
    assert "changed by the White cell to Raise alert level → Pakistan" in text
    assert "bot (tit for tat): Jaish al-Adl" in text
    assert "escalation Iran – Pakistan" in text  # the override's meter and pair
    assert "Iran – Pakistan (exercise)" in text  # the comparison's columns
    assert "Escalation Iran – Pakistan" in text and "Deterrence Iran" in text  # the charts


SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(2)>'


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_hostile_names_notes_and_reasons_are_escaped(default_scenario):
    actors = [
        a.model_copy(update={"name": f"Pakistan {SCRIPT}", "team": BREAKOUT[:60]})
        if a.id == "PAK"
        else a
        for a in default_scenario.actors
    ]
    scenario = default_scenario.model_copy(update={"actors": actors, "title": f"Crisis {BREAKOUT}"})
    session = Session(scenario, seed=2)
    play(session, default_scenario.history[:2])
    session.annotate(f"bookmark {SCRIPT}", bookmark=True)
    session.annotate(f"note {BREAKOUT}")
    session.dispatch(PhaseAdvanced())
    session.dispatch(PhaseAdvanced())  # next day
    session.dispatch(Override("deterrence", 45.0, f"override {SCRIPT}", actor="PAK"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveSubmitted("PAK", "strike_state_forces", "IRN", f"rationale {BREAKOUT}"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveAdjudicated(0, Decision.SET, Outcome.PARTIAL, reason=f"reason {SCRIPT}"))
    while session.state.phase is not Phase.REVIEW:
        session.dispatch(PhaseAdvanced())
    session.dispatch(NarrativeRecorded(f"first line\nnarrative {SCRIPT}"))
    html = render_report(session)
    page = Tags()
    page.feed(html)
    page.close()
    names = [tag for tag, _ in page.tags]
    assert "script" not in names and "img" not in names
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs), (
        "an event handler attribute got through"
    )
    text = " ".join(page.text)
    for shown in [
        f"Pakistan {SCRIPT}",
        f"Crisis {BREAKOUT}",
        f"bookmark {SCRIPT}",
        f"note {BREAKOUT}",
        f"override {SCRIPT}",
        f"rationale {BREAKOUT}",
        f"reason {SCRIPT}",
        f"narrative {SCRIPT}",
        f"{BREAKOUT[:60]}: Pakistan {SCRIPT}",  # who played what
    ]:
        assert shown in text, shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert names.count("svg") == 2  # the charts, ours, stay inline


def test_the_report_of_a_fresh_session_has_every_section(mini):
    html = render_report(Session(mini, seed=0))
    page = parsed(html)
    text = " ".join(page.chunks)
    assert page.svgs == 2
    for heading in [
        "Exercise overview",
        "Meters",
        "Timeline of decisions",
        "Key decision points and annotations",
        "Facilitator overrides",
        "Comparison with the historical track",
    ]:
        assert heading in text, heading
    assert "No bookmarks or notes." in text and "None." in text
    assert "This scenario has no historical track." in text
    assert "(0 turns)" in text


def test_a_template_missing_a_variable_fails_loudly(default_scenario, tmp_path):
    (tmp_path / "report.html.j2").write_text(
        "<h1>{{ report.overview.title }}</h1>{{ report.overview.no_such_fact }}"
    )
    with pytest.raises(jinja2.UndefinedError, match="no_such_fact"):
        render_report(Session(default_scenario), templates=tmp_path)
    (tmp_path / "report.html.j2").write_text("{{ _('Meters') }} {{ missing }}")
    environment.cache_clear()
    with pytest.raises(jinja2.UndefinedError, match="missing"):
        render_report(Session(default_scenario), templates=tmp_path)


def write_catalogue(
    path: Path, messages: dict[str | tuple[str, str], str | tuple[str, str]]
) -> None:
    """A gettext catalogue (.mo) of ``messages`` at ``path``."""
    catalogue = Catalog(locale="eo", domain="wargame")
    for source, translation in messages.items():
        catalogue.add(source, translation)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_mo(f, catalogue)


def test_the_report_speaks_the_installed_language(default_scenario, tmp_path):
    write_catalogue(
        tmp_path / "eo" / "LC_MESSAGES" / "wargame.mo",
        {
            "Timeline of decisions": "‹Timeline of decisions›",
            "White cell": "‹White cell›",
            "Inject: %(title)s": "‹Inject›: %(title)s",
            (
                "%(first)s – %(last)s (%(count)s turn)",
                "%(first)s – %(last)s (%(count)s turns)",
            ): ("‹%(count)s day›", "‹%(count)s days›"),
        },
    )
    session = Session(default_scenario, seed=0)
    play(session, default_scenario.history[:1])
    try:
        assert i18n.install(["eo"], localedir=tmp_path)
        text = " ".join(parsed(render_report(session)).chunks)
    finally:
        i18n.reset()
    assert "‹Timeline of decisions›" in text  # a template text
    assert "‹White cell›: China" in text  # a text made in Python
    assert "‹Inject›: Iran moves drone and missile units" in text  # with a variable
    assert "‹1 day›" in text  # a plural form, chosen by the number of turns
    assert "Exercise overview" in text  # untranslated texts stay in English
    english = " ".join(parsed(render_report(session)).chunks)
    assert "‹" not in english and "Timeline of decisions" in english
    assert "15 January 2024 – 15 January 2024 (1 turn)" in english
