"""The session: dispatch, undo/redo as a cursor, seek, branches, observers, annotations."""

import pytest

from wargame.core.enums import Decision, Phase
from wargame.core.errors import CursorError, WargameError
from wargame.core.events import MoveAdjudicated, MoveSubmitted, NoteAdded, PhaseAdvanced
from wargame.session.changes import Changes
from wargame.session.headless import play
from wargame.session.session import Session


def hit_turn(session: Session, actor="A", action="hit", target="B") -> None:
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveSubmitted(actor, action, target))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveAdjudicated(0, Decision.ACCEPT))
    session.dispatch(PhaseAdvanced())


def test_dispatch_notifies_with_flags(mini):
    session = Session(mini)
    seen: list[Changes] = []
    session.subscribe(seen.append)
    session.dispatch(PhaseAdvanced())
    assert Changes.PHASE | Changes.LOG in seen[-1]
    session.dispatch(NoteAdded("hello"))
    assert seen[-1] == Changes.LOG


def test_refused_event_changes_nothing(mini):
    session = Session(mini)
    seen = []
    session.subscribe(seen.append)
    with pytest.raises(WargameError):
        session.dispatch(MoveAdjudicated(0, Decision.ACCEPT))
    assert session.cursor == 0 and not session.log and seen == []


def test_undo_redo_restore_states_exactly(mini):
    session = Session(mini)
    digests = [session.state.digest()]
    hit_turn(session)
    for i in range(1, session.cursor + 1):
        digests.append(session.state_at(i).digest())
    end = session.state.digest()
    while session.can_undo():
        session.undo()
        assert session.state.digest() == digests[session.cursor]
    assert session.state.phase is Phase.INJECTS and session.state.ledger == {}
    while session.can_redo():
        session.redo()
    assert session.state.digest() == end


def test_seek_matches_a_fresh_replay(default_scenario):
    session = Session(default_scenario, 3)
    play(session, default_scenario.history)
    n = session.cursor
    for k in (0, 5, n // 2, n - 1, n):
        session.seek(k)
        fresh = Session(default_scenario, 3)
        for ev in session.log[:k]:
            fresh.dispatch(ev)
        assert session.state.digest() == fresh.state.digest()
    with pytest.raises(CursorError):
        session.seek(n + 1)


def test_new_event_after_undo_keeps_the_old_tail_as_a_branch(mini):
    session = Session(mini)
    hit_turn(session)
    tail = list(session.log)  # a snapshot: the log is a live view
    session.undo()
    session.undo()
    session.dispatch(MoveAdjudicated(0, Decision.REJECT, reason="changed my mind"))
    assert "main~1" in session.branches
    assert session.branches["main~1"].events == tail
    assert len(session.log) == session.cursor


def test_branch_what_if_and_switch_back(mini):
    session = Session(mini)
    hit_turn(session)
    fork_digest = session.state.digest()
    session.dispatch(PhaseAdvanced())
    session.dispatch(PhaseAdvanced())
    session.seek(5)
    session.branch_from_here("what-if")
    assert session.branch == "what-if" and session.state.digest() == fork_digest
    session.dispatch(PhaseAdvanced())
    session.dispatch(PhaseAdvanced())
    hit_turn(session, "A", "talk", "B")
    talked = session.state.escalation["A-B"]
    session.switch_branch("main")
    assert session.cursor == 5
    session.seek(len(session.log))
    assert session.state.escalation["A-B"] != talked
    assert session.branches["what-if"].parent == "main"
    assert session.branches["what-if"].fork == 5


def test_annotations_survive_undo(mini):
    session = Session(mini)
    hit_turn(session)
    session.annotate("the strike", bookmark=True)
    session.undo()
    session.undo()
    assert [a.text for a in session.annotations] == ["the strike"]
    assert session.annotations[0].index == 5


def test_provenance_of_each_event_is_kept(mini):
    session = Session(mini)
    hit_turn(session)
    resolution = session.applied(session.cursor - 1)
    assert resolution.phase is Phase.ADJUDICATION
    assert any(c.rule == "impulse" and c.subject == "A-B" for c in resolution.changes)
    session.seek(0)
    assert session.applied(4).changes == resolution.changes  # recomputed on demand


def test_digests_are_recorded_per_resolved_turn(mini):
    session = Session(mini)
    hit_turn(session)
    session.dispatch(PhaseAdvanced())
    session.dispatch(PhaseAdvanced())
    hit_turn(session, "A", "talk", "B")
    assert [t for t, _ in session.digests()] == [0, 1]


def teams_in_orders(default_scenario):
    """The default crisis in Orders: Team Iran has a sealed move, the White cell none."""
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveSubmitted("IRN", "condemn", "PAK", "our secret reason"))
    return session


def test_undo_keeps_a_sealed_move_and_an_event_after_it_asks_first(default_scenario):
    from wargame.core.errors import DeclinedError
    from wargame.core.events import MoveWithdrawn

    session = teams_in_orders(default_scenario)
    assert session.sealed() == {1}
    session.undo()
    assert session.sealed_at_risk() == ["Team Iran"]
    asked: list[list[str]] = []
    session.confirm_drop = lambda teams: asked.append(teams) or False
    with pytest.raises(DeclinedError):
        session.dispatch(NoteAdded("a note"))
    assert len(session.log) == 2 and session.cursor == 1 and set(session.branches) == {"main"}
    session.confirm_drop = lambda teams: asked.append(teams) or True
    changes = session.dispatch(NoteAdded("a note"))
    assert asked == [["Team Iran"], ["Team Iran"]]
    assert session.log[1:] == [MoveWithdrawn("Team Iran"), NoteAdded("a note")]
    assert Changes.BRANCHES in changes and Changes.ORDERS in changes
    # the move is kept, still sealed, in the branch the undone tail went to
    assert session.sealed("main~1") == {1}


def test_branching_before_a_sealed_move_records_that_it_was_dropped(default_scenario):
    from wargame.core.events import MoveWithdrawn

    session = teams_in_orders(default_scenario)
    session.seek(1)
    asked: list[list[str]] = []
    session.confirm_drop = lambda teams: asked.append(teams) or True
    session.branch_from_here("what if")
    assert asked == [["Team Iran"]]
    assert session.log[-1] == MoveWithdrawn("Team Iran") and session.cursor == 2
    assert session.state.pending == []
    session.dispatch(MoveSubmitted("IRN", "summon_envoy", "PAK"))  # the team moves again
    assert session.sealed() == {2} and session.sealed("main") == {1}


def test_a_move_revealed_later_in_the_tail_is_not_at_risk(default_scenario):
    session = teams_in_orders(default_scenario)
    session.dispatch(MoveSubmitted("PAK", "condemn", "IRN"))
    session.dispatch(PhaseAdvanced())  # the reveal
    session.seek(1)
    assert session.sealed() == frozenset() and session.sealed_at_risk() == []


def test_bookmarks_up_to_the_fork_point_travel_with_the_branch(default_scenario):
    from wargame.session.headless import play

    session = Session(default_scenario)
    play(session, default_scenario.history[:3])
    session.annotate("early", index=5, bookmark=True)
    fork = session.resolved()[0].index
    session.annotate("at the fork", index=fork)
    session.annotate("after the fork", index=fork + 3)
    session.seek(fork)
    session.branch_from_here("what if")
    assert [a.text for a in session.annotations_here()] == ["early", "at the fork"]
    session.annotate("only here")
    session.switch_branch("main")
    texts = [a.text for a in session.annotations_here()]
    assert texts == ["early", "at the fork", "after the fork"]


def test_the_turn_at_a_point_is_the_turn_after_that_many_events(default_scenario):
    from wargame.session.headless import play

    session = Session(default_scenario)
    play(session, default_scenario.history[:3])
    for index in (0, 7, session.resolved()[0].index, len(session.log)):
        assert session.turn_at(index) == session.state_at(index).turn


def test_undoing_a_withdrawal_does_not_bring_the_move_back_to_the_reveal(default_scenario):
    from wargame.core.events import MoveWithdrawn

    session = teams_in_orders(default_scenario)  # Team Iran's move at position 1
    session.dispatch(MoveWithdrawn("Team Iran", 0))
    session.undo()  # the withdrawal is undone: Iran's move is pending again
    assert [m.actor for m in session.state.pending] == ["IRN"]
    assert session.sealed_at_risk() == ["Team Iran"]
    asked: list[list[str]] = []
    session.confirm_drop = lambda teams: asked.append(teams) or True
    session.dispatch(PhaseAdvanced())  # the reveal
    assert asked == [["Team Iran"]]
    assert session.log[2:] == [MoveWithdrawn("Team Iran", 0), PhaseAdvanced()]
    assert session.state.pending == [] and 1 in session.sealed()  # taken back for good


def test_set_aside_moves_the_tail_to_a_branch_with_its_records(default_scenario):
    from wargame.core.events import MoveWithdrawn

    session = teams_in_orders(default_scenario)
    session.undo()
    session.set_aside_tail()
    assert session.log[1:] == [MoveWithdrawn("Team Iran")] and not session.can_redo()
    assert session.sealed("main~1") == {1}


def test_several_events_apply_all_or_none(default_scenario):
    from wargame.core.enums import Controller
    from wargame.core.events import ControlAssigned

    session = Session(default_scenario)
    refused = [
        ControlAssigned("IND", Controller.BOT, "dove"),
        ControlAssigned("CHN", Controller.PLAYER, ""),  # a player team needs a name
    ]
    with pytest.raises(WargameError, match="give the team a name"):
        session.dispatch_all(refused)
    assert session.log == [] and session.state.control["IND"][0] is Controller.FACILITATOR
    changes = session.dispatch_all([refused[0], ControlAssigned("CHN", Controller.BOT, "hawk")])
    assert len(session.log) == 2 and Changes.CONTROL in changes
