"""The sealing rule: a team's move is sealed until the phase change that reveals it, and a
withdrawn move is never revealed; the rule reads the events, whatever the cursor."""

from wargame.core.enums import Controller
from wargame.core.events import (
    ControlAssigned,
    MoveSubmitted,
    MoveWithdrawn,
    NoteAdded,
    PhaseAdvanced,
)
from wargame.core.sealing import walk

CONTROL = {
    "A": (Controller.PLAYER, "Team A"),
    "B": (Controller.PLAYER, "Team B"),
    "C": (Controller.FACILITATOR, None),
}
TO_ORDERS = [PhaseAdvanced()]  # injects -> orders


def test_team_moves_are_sealed_until_the_next_phase_change():
    events = [
        *TO_ORDERS,
        MoveSubmitted("A", "x", "B"),  # 1: team
        MoveSubmitted("C", "y", "A"),  # 2: White cell, never sealed
        MoveSubmitted("B", "z", "A"),  # 3: team
        NoteAdded("a note does not reveal"),
    ]
    assert walk(CONTROL, events).sealed == {1, 3}
    assert walk(CONTROL, [*events, PhaseAdvanced()]).sealed == set()


def test_a_withdrawn_move_stays_sealed_after_the_reveal():
    events = [
        *TO_ORDERS,
        MoveSubmitted("A", "x", "B"),  # 1
        MoveSubmitted("C", "y", "A"),  # 2
        MoveSubmitted("B", "z", "A"),  # 3
        MoveWithdrawn("Team A", 0),  # takes back pending move 0, which is event 1
        MoveSubmitted("A", "w", "B"),  # 5: the replacement
        MoveWithdrawn("Team B", 1),  # pending is now [C, B, A]: index 1 is event 3
        PhaseAdvanced(),
    ]
    assert walk(CONTROL, events).sealed == {1, 3}


def test_control_at_the_time_of_the_move_decides():
    events = [
        ControlAssigned("C", Controller.PLAYER, "Team C"),
        *TO_ORDERS,
        MoveSubmitted("C", "y", "A"),  # 2: C now belongs to a team
        MoveSubmitted("A", "x", "B"),  # 3
    ]
    assert walk(CONTROL, events).sealed == {2, 3}
    before = [
        *TO_ORDERS,
        MoveSubmitted("A", "x", "B"),  # 1: sealed when it was made
        ControlAssigned("A", Controller.FACILITATOR, None),  # (refused by the engine)
    ]
    assert walk(CONTROL, before).sealed == {1}


def test_an_undone_tail_is_judged_by_its_own_events():
    # the same log whatever the cursor: the move in the tail is sealed because no reveal
    # follows it anywhere in the timeline
    events = [*TO_ORDERS, MoveSubmitted("A", "x", "B")]
    assert walk(CONTROL, events).sealed == {1}
