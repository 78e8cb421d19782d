"""What an operation touched: one flag per concern, so that views redraw only what they show."""

from typing import get_args

import pytest

from wargame.core.enums import Controller, Decision
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
from wargame.session.changes import EVERYTHING, Changes, changes_of
from wargame.session.session import Session

C = Changes
EXPECTED = [
    # the clock: resolving a turn moves meters and relations, clears orders, queues injects
    (PhaseAdvanced(), C.METERS | C.RELATIONS | C.LOG | C.TURN | C.PHASE | C.ORDERS | C.INJECTS),
    # orders and rulings: only the list of moves (and the log) until the turn resolves
    (MoveSubmitted("IRN", "condemn", "PAK"), C.LOG | C.ORDERS),
    (MoveWithdrawn("Team Iran", 0), C.LOG | C.ORDERS),
    (MoveAdjudicated(0, Decision.ACCEPT), C.LOG | C.ORDERS),
    (MovesReordered((1, 0)), C.LOG | C.ORDERS),
    # an inject's effects land at once; holding or skipping it only changes the queue
    (InjectFired("news"), C.METERS | C.RELATIONS | C.LOG | C.INJECTS),
    (InjectHeld("news", "later"), C.LOG | C.INJECTS),
    (InjectSkipped("news", "not needed"), C.LOG | C.INJECTS),
    # a hand on a meter
    (Override("deterrence", 20.0, "lost face", actor="PAK"), C.METERS | C.LOG),
    # who plays whom
    (ControlAssigned("IND", Controller.PLAYER, "Team India"), C.LOG | C.CONTROL),
    (TeamPinSet("Team India"), C.LOG | C.CONTROL),
    # words for the record
    (NoteAdded("a note"), C.LOG),
    (NarrativeRecorded("Turn 0: quiet."), C.LOG),
]


def test_the_examples_cover_every_kind_of_event():
    assert {type(event) for event, _ in EXPECTED} == set(get_args(get_args(Event)[0]))


@pytest.mark.parametrize(("event", "expected"), EXPECTED, ids=lambda v: getattr(v, "kind", None))
def test_each_event_flags_what_it_may_change(event, expected):
    assert changes_of(event) == expected
    assert Changes.LOG in changes_of(event)  # every event is a line of the log


def test_a_note_changes_only_the_log(mini):
    session = Session(mini)
    seen: list[Changes] = []
    session.subscribe(seen.append)
    assert session.dispatch(NoteAdded("the room is quiet")) == Changes.LOG
    assert seen == [Changes.LOG]
    assert not seen[0] & (Changes.METERS | Changes.RELATIONS | Changes.TURN | Changes.PHASE)


def test_flags_combine_and_a_view_tests_only_its_own():
    map_view = Changes.METERS | Changes.RELATIONS
    assert not Changes.NONE and not (Changes.LOG | Changes.ORDERS) & map_view
    override_then_note = changes_of(Override("escalation", 50.0, "x", dyad=("A", "B"))) | (
        changes_of(NoteAdded("y"))
    )
    assert override_then_note == Changes.METERS | Changes.LOG
    assert override_then_note & map_view == Changes.METERS
    assert Changes.RELATIONS not in override_then_note


def test_after_a_jump_everything_is_redrawn():
    assert all(flag in EVERYTHING for flag in Changes)
    assert EVERYTHING == ~Changes.NONE
