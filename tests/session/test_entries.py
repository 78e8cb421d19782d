"""What each entry of the event log says: every kind of event in words (names, labels and
titles, never ids), a sealed move saying only who moved, a facilitator's override flagged
for the review."""

import re
from dataclasses import astuple
from typing import get_args

import pytest

from wargame.core.enums import Controller, Decision, Outcome
from wargame.core.events import (
    ControlAssigned,
    Event,
    InjectFired,
    InjectHeld,
    InjectSkipped,
    MoveAdjudicated,
    MovesReordered,
    MoveSubmitted,
    MoveWithdrawn,
    NarrativeRecorded,
    NoteAdded,
    Override,
    PhaseAdvanced,
    TeamPinSet,
)
from wargame.session.entries import Entry, describe
from wargame.session.session import Session

SECRET = "NIGHTJAR-7"


@pytest.fixture
def every_kind(default_scenario) -> Session:
    """One turn of the default scenario in which every kind of event happens."""
    session = Session(default_scenario, seed=0)
    for event in (
        ControlAssigned("IND", Controller.PLAYER, "Team India"),
        TeamPinSet("Team India", "ab" * 32),
        NoteAdded("the room is quiet"),
        InjectFired("deployment_news"),
        InjectHeld("erbil_idlib", "later"),
        InjectSkipped("erbil_idlib", "not needed after all"),
        Override("deterrence", 40.0, "lost face", actor="PAK"),
        PhaseAdvanced(),  # orders
        MoveSubmitted("IRN", "condemn", "PAK"),
        MoveWithdrawn("Team Iran", 0),
        MoveSubmitted("IRN", "condemn", "PAK", "second thoughts"),
        MoveSubmitted("USA", "condemn", "IRN"),
        PhaseAdvanced(),  # adjudication: the reveal
        MovesReordered((1, 0)),
        MoveAdjudicated(0, Decision.ACCEPT),
        MoveAdjudicated(1, Decision.REJECT, reason="not today"),
        PhaseAdvanced(),  # resolution
        PhaseAdvanced(),  # review
        NarrativeRecorded("Turn 0: words, no deeds."),
    ):
        session.dispatch(event)
    return session


def test_every_kind_of_event_says_something(every_kind):
    log = every_kind.log
    assert {type(e) for e in log} == set(get_args(get_args(Event)[0]))
    for i, event in enumerate(log):
        entry = describe(every_kind, i, event)
        assert entry.text.strip(), event
        assert not entry.override or isinstance(event, Override)


def test_what_the_white_cell_did_is_signed_white_cell(every_kind):
    entries = {type(e): describe(every_kind, i, e) for i, e in enumerate(every_kind.log)}
    for kind in (InjectHeld, InjectSkipped, Override, NoteAdded, MovesReordered, ControlAssigned):
        assert entries[kind].actor == "White cell", kind
    assert entries[PhaseAdvanced] == Entry("", "next phase")
    drones = "Iran moves drone and missile units to its borders"  # the title of deployment_news
    assert entries[InjectFired] == Entry("", f"inject fired: {drones}")
    erbil = "Revolutionary Guard strikes in Erbil and Idlib"
    assert entries[InjectHeld] == Entry("White cell", f"inject held: {erbil}", "", "later")
    assert entries[InjectSkipped].text == f"inject skipped: {erbil}"
    assert entries[NoteAdded] == Entry("White cell", "note", "", "the room is quiet")
    assert entries[MovesReordered].text == "resolution order: moves 2, 1"  # counted from one
    assert entries[ControlAssigned].text == "India played by Team India"
    assert entries[Override].text == "OVERRIDE deterrence Pakistan = 40.0"
    assert entries[TeamPinSet].text == "PIN set for Team India"  # never the PIN


def test_rulings_say_the_decision_the_outcome_and_the_roll(every_kind):
    log = every_kind.log
    accept, reject = (i for i, e in enumerate(log) if isinstance(e, MoveAdjudicated))
    accepted = describe(every_kind, accept, log[accept])
    assert accepted.text == "ruling on move 1: accept"
    roll = every_kind.state.pending[0].roll
    assert accepted.outcome == f"{Outcome.SUCCESS.value} (roll {roll:.2f})"
    rejected = describe(every_kind, reject, log[reject])
    assert (rejected.outcome, rejected.reason) == ("rejected", "not today")


def test_an_override_is_flagged_for_the_review(default_scenario):
    session = Session(default_scenario)
    event = Override("escalation", 42.0, "room agreed", dyad=("IRN", "PAK"))
    session.dispatch(event)
    assert describe(session, 0, event) == Entry(
        "White cell",
        "OVERRIDE escalation Iran – Pakistan = 42.0",
        "",
        "room agreed",
        override=True,
    )
    note = NoteAdded("not an override")
    session.dispatch(note)
    assert describe(session, 1, note).override is False


def test_a_sealed_move_says_only_who_moved_until_the_reveal(default_scenario):
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())  # orders
    move = MoveSubmitted("IRN", "strike_state_forces", "PAK", SECRET)
    white = MoveSubmitted("USA", "condemn", "IRN", "public")
    session.dispatch(move)
    session.dispatch(white)
    sealed = describe(session, 1, move)
    assert sealed == Entry("Team Iran", "sealed move by Team Iran", sealed=True)
    assert not any("strike" in str(v).lower() or SECRET in str(v) for v in astuple(sealed))
    # the White cell's own move is not sealed
    assert describe(session, 2, white) == Entry(
        "United States", "move: Condemn publicly → Iran", "", "public"
    )
    session.dispatch(PhaseAdvanced())  # the reveal
    revealed = describe(session, 1, move)
    assert revealed == Entry("Iran", "move: Strike the state's forces → Pakistan", "", SECRET)


def ids_of(scenario) -> re.Pattern[str]:
    """Any actor id of the scenario, or an action id joined by ``_``, as a whole word."""
    ids = [a.id for a in scenario.actors] + [a.id for a in scenario.actions if "_" in a.id]
    return re.compile(r"\b(" + "|".join(map(re.escape, ids)) + r")\b")


def test_no_entry_shows_an_id(every_kind, default_scenario):
    ids = ids_of(default_scenario)
    for i, event in enumerate(every_kind.log):
        entry = describe(every_kind, i, event)
        shown = f"{entry.actor} {entry.text} {entry.outcome}"
        assert not ids.search(shown), shown


def test_who_plays_an_actor_in_words(default_scenario):
    session = Session(default_scenario)
    for event in (
        ControlAssigned("JAA", Controller.BOT, "tit_for_tat"),
        ControlAssigned("BLA", Controller.BOT),
        ControlAssigned("IRN", Controller.FACILITATOR),
        TeamPinSet("White cell", "ab" * 32),
        TeamPinSet("Team Iran"),
    ):
        session.dispatch(event)
    texts = [describe(session, i, e).text for i, e in enumerate(session.log)]
    assert texts == [
        "Jaish al-Adl played by bot (tit for tat)",
        "Baloch separatists (BLA/BLF) played by bot",
        "Iran played by White cell",
        "PIN set for the White cell",
        "PIN removed for Team Iran",
    ]


def test_a_modified_ruling_names_the_move_it_resolves_as(default_scenario):
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())  # orders
    session.dispatch(MoveSubmitted("IRN", "strike_militant_camps", "JAA"))
    session.dispatch(MoveSubmitted("PAK", "condemn", "IRN"))
    session.dispatch(PhaseAdvanced())  # adjudication
    session.dispatch(
        MoveAdjudicated(0, Decision.MODIFY, action="raise_alert", target="PAK", reason="calmer")
    )
    session.dispatch(MoveAdjudicated(1, Decision.MODIFY, Outcome.PARTIAL, reason="muted"))
    modified, outcome_only = (describe(session, i, session.log[i]) for i in (4, 5))
    assert modified.text == "ruling on move 1: modify (now Raise alert level → Pakistan)"
    assert modified.reason == "calmer"
    assert outcome_only.text == "ruling on move 2: modify"  # same move, another outcome
    assert outcome_only.outcome.startswith("partial")
