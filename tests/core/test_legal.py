"""Legal-move generation, preconditions, and flag templates filled as plain text."""

from wargame.core.engine import Engine
from wargame.core.enums import Decision
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced
from wargame.core.legal import legal_moves, why_illegal


def test_legal_moves_respect_kinds_targets_and_preconditions(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    moves = set(legal_moves(eng.world, st, "A"))
    assert ("hit", "B") in moves and ("hit", "G") not in moves
    assert ("camps", "G") in moves  # G is hosted by B, not by A
    assert ("recall", "B") in moves
    assert set(legal_moves(eng.world, st, "G")) == {("pass", None)}
    # B hosts G: B may not strike camps on its own soil
    assert ("camps", "G") not in set(legal_moves(eng.world, st, "B"))


def test_precondition_closes_after_the_status_changes(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    eng.step(st, PhaseAdvanced())
    eng.step(st, MoveSubmitted("A", "recall", "B"))
    eng.step(st, PhaseAdvanced())
    eng.step(st, MoveAdjudicated(0, Decision.ACCEPT))
    eng.step(st, PhaseAdvanced())
    reason = why_illegal(eng.world, st, "A", "recall", "B")
    assert reason is not None and "precondition" in reason
    assert ("recall", "B") not in set(legal_moves(eng.world, st, "A"))


def test_every_default_actor_has_a_legal_move(default_scenario):
    eng = Engine(default_scenario)
    st = eng.initial_state(0)
    for actor in eng.world.ids:
        assert ("pass", None) in legal_moves(eng.world, st, actor)


def test_no_code_in_flag_templates(mini):
    # templates are filled by plain replacement, never format(): attribute access stays text
    from wargame.core.legal import fill

    assert fill("{actor.__class__}{target}", "A", "B") == "{actor.__class__}B"
