"""Ids and provenance in words: every cause format the core makes reads in names, labels and
titles; the bundled scenarios played through show no id in a cause, a log entry or a
narrative; a format the module does not know passes through unchanged."""

import re

import pytest

from tests.conftest import BUNDLED
from wargame.core.enums import Controller
from wargame.core.events import Change, NarrativeRecorded
from wargame.core.legal import why_illegal
from wargame.core.scenario import Move, Scenario, TurnMoves
from wargame.session.entries import describe
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.session.wording import Wording, wording
from wargame.storage.files import load_scenario


def shown_ids(scenario: Scenario, text: str) -> list[str]:
    """The raw ids a text shows: actor ids (``IRN``) and ``_``-joined action and inject ids,
    as whole words, once every name, label and title is taken out (a name may hold its id,
    as in "Baloch separatists (BLA/BLF)")."""
    shown = [a.name for a in scenario.actors] + [a.label for a in scenario.actions]
    shown += [j.title for j in scenario.injects]
    for words in sorted(shown, key=len, reverse=True):
        text = text.replace(words, " ")
    ids = [a.id for a in scenario.actors] + [a.id for a in scenario.actions if "_" in a.id]
    ids += [j.id for j in scenario.injects if "_" in j.id]
    return re.findall(r"\b(" + "|".join(map(re.escape, ids)) + r")\b", text)


@pytest.fixture
def words(default_scenario) -> Wording:
    return wording(Session(default_scenario))


def test_ids_in_words(words):
    assert words.actor("JAA") == "Jaish al-Adl"
    assert words.action("strike_militant_camps") == "Strike militant camps across the border"
    assert words.inject("deployment_news") == "Iran moves drone and missile units to its borders"
    assert words.pair("IRN-PAK") == "Iran – Pakistan"
    assert words.pair_of("PAK", "IRN") == "Pakistan – Iran"  # an override's pair, as given
    assert words.grievance("IRN<JAA") == "Iran's grievance against Jaish al-Adl"
    assert words.meter("escalation") == "escalation" and words.meter("global") == (
        "global escalation"
    )
    # unknown ids pass as they are
    assert words.actor("XYZ") == "XYZ" and words.pair("IRN-XYZ") == "IRN-XYZ"
    assert words.grievance("IRN<XYZ") == "IRN<XYZ"


def test_subjects_and_flags_in_words(words):
    assert words.subject("escalation", "IRN-PAK") == "Iran – Pakistan"
    assert words.subject("status", "IRN-PAK") == "Iran – Pakistan"
    assert words.subject("ledger", "PAK<BLA") == (
        "Pakistan's grievance against Baloch separatists (BLA/BLF)"
    )
    assert words.subject("deterrence", "CHN") == "China"
    assert words.subject("military", "USA") == "United States"
    assert words.subject("global", "*") == "global escalation"
    assert words.flag("mediation:CHN") == "mediation offered by China"
    assert words.flag("mediation_accepted:IRN") == "Iran accepted mediation"
    assert words.flag("airspace_closed:IRN") == "airspace of Iran closed"
    assert words.flag("talks:IRN-PAK") == "talks between Iran – Pakistan"
    assert words.flag("visits_suspended:IRN-PAK") == "visits suspended between Iran – Pakistan"
    assert words.flag("redline:IRN>JAA") == "Iran's red line against Jaish al-Adl"
    assert words.flag("curfew_declared:PAK") == "curfew declared (Pakistan)"  # unknown kind


def test_doctrines_and_controllers_in_words(words):
    assert words.doctrine("tit_for_tat") == "tit for tat"
    assert words.doctrine("hawk") == "hawk"
    assert words.controller(Controller.BOT, "tit_for_tat") == "bot (tit for tat)"
    assert words.controller(Controller.PLAYER, "Team Iran") == "Team Iran"
    assert words.controller(Controller.FACILITATOR, None) == "White cell"


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        (
            "PAK strike_militant_camps -> BLA",
            "Pakistan: Strike militant camps across the border → Baloch separatists (BLA/BLF)",
        ),
        ("IRN close_airspace", "Iran: Close airspace"),
        (
            "JAA militant_attack -> IRN (via PAK's link)",
            "Jaish al-Adl: Militant attack → Iran (through Pakistan's link to the group)",
        ),
        ("inject deployment_news", "inject: Iran moves drone and missile units to its borders"),
        ("override: cabinet reshuffle", "override: cabinet reshuffle"),
        ("JAA unanswered 3 days", "Jaish al-Adl left unanswered for 3 days"),
        ("JAA unanswered 1 days", "Jaish al-Adl left unanswered for 1 day"),
        ("BLA unanswered 1.5 days", "Baloch separatists (BLA/BLF) left unanswered for 1.5 days"),
        ("against JAA", "against Jaish al-Adl"),
        ("strike_state_forces", "Strike the state's forces"),  # a ruling names its action
        ("", ""),
    ],
)
def test_every_cause_format_of_the_core_in_words(words, cause, expected):
    assert words.cause(cause) == expected
    assert words.cause(Change("escalation", "IRN-PAK", "impulse", 1.0, cause)) == expected


def test_ids_inside_an_engine_message_in_words(words):
    assert words.text("an open grievance of IRN against PAK of 5 or more (it is 0.0)") == (
        "an open grievance of Iran against Pakistan of 5 or more (it is 0.0)"
    )
    assert words.text("relations of IRN-PAK downgraded or severed (they are normal)") == (
        "relations of Iran – Pakistan downgraded or severed (they are normal)"
    )
    assert words.text("flag talks:IRN-PAK not set and flag mediation:CHN set") == (
        "“talks between Iran – Pakistan” not in force and “mediation offered by China” in force"
    )
    # words that are no id, and a name put in, stay as they are (no second pass)
    assert words.text("non-military pressure of IND at least 3") == (
        "non-military pressure of India at least 3"
    )


@pytest.mark.parametrize(
    "cause",
    [
        "the room agreed",
        "XYZ strike_militant_camps -> PAK",  # an unknown actor
        "IRN no_such_action -> PAK",
        "inject no_such_inject",
        "JAA unanswered many days",
        "against the odds",
        "IRN strike_militant_camps -> JAA (via nobody's link)",
    ],
)
def test_an_unknown_format_passes_through_unchanged(words, cause):
    assert words.cause(cause) == cause


def test_why_a_move_was_void_in_words(default_scenario):
    session = Session(default_scenario)
    world, state, words = session.engine.world, session.state, wording(session)

    def void(actor, action, target):
        reason = why_illegal(world, state, actor, action, target)
        assert reason is not None
        text = words.cause(Change("move", actor, "void", 0.0, reason))
        assert not shown_ids(default_scenario, text), (reason, text)
        return text

    assert void("IRN", "accept_mediation", "CHN") == (
        "“Accept mediation” needs “mediation offered by China” in force"
    )
    assert void("IRN", "close_airspace", "PAK") == "“Close airspace” takes no target"
    assert void("JAA", "strike_state_forces", "IRN") == (
        "Jaish al-Adl may not take “Strike the state's forces”"
    )
    assert void("IRN", "strike_militant_camps", "PAK") == (
        "Pakistan is not a valid target of “Strike militant camps across the border”"
    )
    assert void("IRN", "conventional_offensive", "PAK").startswith(
        "“Conventional offensive” needs escalation of Iran – Pakistan at least 40"
    )


SYNTHETIC = [
    TurnMoves(),
    TurnMoves(
        moves=[
            Move(actor="IRN", action="reserve_right_to_respond", target="JAA"),  # a red line
            Move(actor="IRN", action="close_airspace"),  # no target
            Move(actor="PAK", action="suspend_visits", target="IRN"),
            Move(actor="IRN", action="suspend_visits", target="PAK"),  # void at resolution
        ]
    ),
    *[TurnMoves()] * 15,  # the grievance waits, the red line breaks
]
"""Turns of the default scenario that make the cause formats its history does not."""


def rules_by_format(session: Session) -> dict[str, set[str]]:
    """Which rules recorded causes of each format, over the session's whole log."""
    formats: dict[str, set[str]] = {}
    for i in range(session.cursor):
        for c in session.applied(i).changes:
            if not c.cause:
                continue
            if c.rule == "void":
                kind = "void"
            elif c.cause.startswith(("inject ", "override: ", "against ")):
                kind = c.cause.split(" ")[0]
            elif " (via " in c.cause:
                kind = "via"
            elif " unanswered " in c.cause:
                kind = "unanswered"
            elif " -> " in c.cause:
                kind = "move"
            elif " " in c.cause:
                kind = "move without target"
            else:
                kind = "ruling"
            formats.setdefault(kind, set()).add(c.rule)
    return formats


def assert_no_ids_shown(session: Session) -> None:
    """No cause, subject, log entry or recorded narrative of the session shows an id."""
    scenario, words = session.scenario, wording(session)
    for i, event in enumerate(session.log[: session.cursor]):
        for c in session.applied(i).changes:
            for text in (words.cause(c), words.subject(c.meter, c.subject)):
                assert not shown_ids(scenario, text), (c, text)
        entry = describe(session, i, event)
        shown = f"{entry.actor} | {entry.text} | {entry.outcome}"
        assert not shown_ids(scenario, shown), (event, shown)
        if isinstance(event, NarrativeRecorded):
            assert not shown_ids(scenario, event.text), event.text


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_a_bundled_history_shows_no_id(path):
    scenario = load_scenario(path)
    assert scenario.history, "every bundled scenario has a historical track"
    session = Session(scenario)
    play(session, scenario.history)
    assert any(isinstance(e, NarrativeRecorded) for e in session.log)
    assert_no_ids_shown(session)


def test_the_histories_and_a_synthetic_crisis_make_every_cause_format(default_scenario):
    formats: dict[str, set[str]] = {}
    for path in BUNDLED:
        scenario = load_scenario(path)
        session = Session(scenario)
        play(session, scenario.history)
        for kind, rules in rules_by_format(session).items():
            formats.setdefault(kind, set()).update(rules)
    synthetic = Session(default_scenario)
    play(synthetic, SYNTHETIC)
    assert_no_ids_shown(synthetic)
    for kind, rules in rules_by_format(synthetic).items():
        formats.setdefault(kind, set()).update(rules)
    assert {"move", "move without target", "via", "inject", "unanswered", "against"} <= set(formats)
    assert {"void", "ruling"} <= set(formats)
    assert "red_line_broken" in formats["against"] and "responsibility" in formats["via"]


def test_a_name_that_holds_its_id_is_not_taken_for_the_id(default_scenario):
    text = "Escalation Baloch separatists (BLA/BLF) – Pakistan rose"
    assert shown_ids(default_scenario, text) == []
    assert shown_ids(default_scenario, "Escalation BLA-PAK rose") == ["BLA", "PAK"]
    assert shown_ids(default_scenario, "PAK strike_militant_camps") == [
        "PAK",
        "strike_militant_camps",
    ]
    assert shown_ids(default_scenario, "inject fired: deployment_news") == ["deployment_news"]
