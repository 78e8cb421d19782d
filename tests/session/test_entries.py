"""What each entry of the event log says: every kind of event in words, a sealed move
saying only who moved, a facilitator's override flagged for the review."""

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
    assert entries[InjectFired] == Entry("", "inject fired: deployment_news")
    assert entries[NoteAdded] == Entry("White cell", "note", "", "the room is quiet")
    assert entries[MovesReordered].text == "resolution order: [2, 1]"  # counted from one
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
        "White cell", "OVERRIDE escalation IRN-PAK = 42.0", "", "room agreed", override=True
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
    assert sealed == Entry("IRN", "sealed move by Team Iran", sealed=True)
    assert not any("strike" in str(v).lower() or SECRET in str(v) for v in astuple(sealed))
    # the White cell's own move is not sealed
    assert describe(session, 2, white) == Entry("USA", "move: Condemn publicly → IRN", "", "public")
    session.dispatch(PhaseAdvanced())  # the reveal
    revealed = describe(session, 1, move)
    assert revealed == Entry("IRN", "move: Strike the state's forces → PAK", "", SECRET)
