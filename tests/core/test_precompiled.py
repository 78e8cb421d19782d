"""Precomputed legal-move tables and written-out dice: each compiled precondition answers
what ``holds`` answers, and the random policy picks what its first version picked with the
same dice, for every candidate of every bundled scenario in states met along its history
and a random session (the doctrines' choices over the tables are pinned by the Outlook's
summaries in tests/analysis/test_forecast.py)."""

from pathlib import Path

import pytest

from tests.core.test_pinned import SCENARIOS, history_session, random_session
from wargame.core import dice
from wargame.core.bots import RandomPolicy, within_reach
from wargame.core.engine import Engine
from wargame.core.enums import Decision
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced
from wargame.core.legal import holds, legal_moves, static_candidates, why_illegal
from wargame.core.precompiled import candidates, compile_condition, move_check
from wargame.core.state import State
from wargame.core.world import World


def states_of(path: Path) -> tuple[World, list[State]]:
    """States at every resolved turn of the history and of a random session."""
    history, played = history_session(path), random_session(path, turns=60)
    found = [r.state for r in history.resolved()] + [r.state for r in played.resolved()]
    return history.engine.world, found


@pytest.fixture(scope="module", params=SCENARIOS, ids=lambda p: p.stem)
def met(request: pytest.FixtureRequest) -> tuple[World, list[State]]:
    return states_of(request.param)


def test_every_compiled_condition_answers_as_holds(met):
    world, states = met
    checked = 0
    for actor in world.ids:
        for action, target in static_candidates(world, actor):
            for cond in action.preconditions:
                check = compile_condition(world, cond, actor, target)
                for state in states[::3]:
                    assert check(state) is holds(world, state, cond, actor, target), (
                        actor,
                        action.id,
                        target,
                        cond,
                    )
                    checked += 1
    assert checked > 100


def test_the_legal_moves_are_the_candidates_whose_preconditions_hold(met):
    world, states = met
    for state in states[::5]:
        for actor in world.ids:
            expected = [
                (a.id, t)
                for a, t in static_candidates(world, actor)
                if all(holds(world, state, c, actor, t) for c in a.preconditions)
            ]
            assert legal_moves(world, state, actor) == expected
            assert [(a, t) for a, t, _ in candidates(world, actor)] == [
                (a.id, t) for a, t in static_candidates(world, actor)
            ]


def test_a_statically_refused_or_unknown_move_is_never_kept_and_keeps_its_reason(met):
    world, states = met
    actor = world.ids[0]
    assert move_check(world, actor, "no_such_action", None) == (False, None)
    assert move_check(world, "NOBODY", "pass", None) == (False, None)
    assert (actor, "no_such_action", None) not in world.move_checks
    for action in world.actions.values():
        if action.preconditions:
            allowed, _ = move_check(world, actor, action.id, actor)  # never its own target
            assert not allowed
            reason = why_illegal(world, states[0], actor, action.id, actor)
            assert reason is not None
            break


def reference_pick(world, state, actor, rng):
    """The random policy's pick as first written: dice.below over the static candidates,
    within reach and every precondition holding, by rejection then by a full scan."""
    cands = static_candidates(world, actor)
    for _ in range(4 * len(cands)):
        rng, k = dice.below(rng, len(cands))
        action, target = cands[k]
        if within_reach(world, state, actor, action, target) and all(
            holds(world, state, c, actor, target) for c in action.preconditions
        ):
            return rng, action.id, target
    legal = [
        (a, t)
        for a, t in cands
        if within_reach(world, state, actor, a, t)
        and all(holds(world, state, c, actor, t) for c in a.preconditions)
    ]
    rng, k = dice.below(rng, len(legal))
    return rng, legal[k][0].id, legal[k][1]


def test_the_random_policy_picks_what_the_reference_picks_with_the_same_dice(met):
    world, states = met
    policy = RandomPolicy(world)
    for n, state in enumerate(states[::3]):
        for actor in world.ids:
            rng = (n * 7919 + 17) * 0x9E3779B97F4A7C15 & dice.MASK
            assert policy.pick(state, actor, rng) == reference_pick(world, state, actor, rng)


def test_a_ruling_draws_the_die_dice_uniform_draws(met):
    world, _ = met
    engine = Engine(world.scenario)
    state = engine.initial_state(12345)
    engine.fold(state, PhaseAdvanced())
    actor = world.ids[0]
    engine.fold(state, MoveSubmitted(actor, "pass", None))
    engine.fold(state, PhaseAdvanced())
    before = state.rng
    engine.fold(state, MoveAdjudicated(0, Decision.ROLL, reason="dice"))
    assert (state.rng, state.pending[0].roll) == dice.uniform(before)
