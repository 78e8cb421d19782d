"""The tamper evidence of a save: one chain link per turn, binding every event, the
turn's state digest and its rulings, in order."""

from wargame.core.events import NoteAdded, PhaseAdvanced
from wargame.session.evidence import chain_link, seal
from wargame.session.headless import play
from wargame.session.session import Session


def test_a_link_changes_with_anything_it_covers():
    events = [PhaseAdvanced(), NoteAdded("a reason")]
    base = chain_link("", events, "d" * 64, [])
    assert base == chain_link("", list(events), "d" * 64, [])  # a function of its inputs
    for other in (
        chain_link("x", events, "d" * 64, []),  # another history before
        chain_link("", [PhaseAdvanced(), NoteAdded("a reason!")], "d" * 64, []),  # edited text
        chain_link("", events[::-1], "d" * 64, []),  # reordered
        chain_link("", events, "e" * 64, []),  # another state
    ):
        assert other != base


def test_the_chain_has_one_link_per_turn_the_log_reaches(default_scenario):
    session = Session(default_scenario, seed=2)
    play(session, default_scenario.history[:3])
    links, counts = seal(session)
    turns = {session.applied(i).turn for i in range(len(session.log))}
    assert len(links) == len(turns) and len(set(links)) == len(links)
    assert counts.events == len(session.log) and counts.turns == len(session.digests())
    session.dispatch(NoteAdded("one more word"))
    longer, _ = seal(session)
    assert longer[:-1] == links[:-1] and longer[-1] != links[-1]  # only the open turn moves
