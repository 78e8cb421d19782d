"""Property tests: random legal games keep meters in range and replay exactly.

Not the test of one source module: the games are played through the engine, the bots' random
policy, the session and the save format together.
"""

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import mini_doc
from wargame.core.bots import RandomPolicy
from wargame.core.enums import Decision
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced
from wargame.core.scenario import Scenario
from wargame.session.persist import from_save, to_save
from wargame.session.session import Session


def random_game(scenario, seed: int, turns: int) -> Session:
    session = Session(scenario, seed)
    policy = RandomPolicy(session.engine.world)
    rng = seed
    for _ in range(turns):
        session.dispatch(PhaseAdvanced())  # injects -> orders
        for actor in session.engine.world.ids:
            rng, action, target = policy.pick(session.state, actor, rng)
            session.dispatch(MoveSubmitted(actor, action, target))
        session.dispatch(PhaseAdvanced())
        for i in range(len(session.state.pending)):
            session.dispatch(MoveAdjudicated(i, Decision.ROLL, reason="dice"))
        session.dispatch(PhaseAdvanced())  # resolution
        session.dispatch(PhaseAdvanced())  # review
        session.dispatch(PhaseAdvanced())  # next turn
    return session


def in_range(state) -> bool:
    values = [*state.escalation.values(), state.global_escalation]
    values += [v for m in state.meters.values() for v in m.values()]
    return all(0.0 <= v <= 100.0 for v in values) and all(x > 0 for x in state.ledger.values())


@given(seed=st.integers(0, 2**32), turns=st.integers(1, 25))
def test_meters_stay_in_range(default_scenario, seed, turns):
    session = random_game(default_scenario, seed, turns)
    for r in session.resolved():
        assert in_range(r.state)
    assert in_range(session.state)


@given(seed=st.integers(0, 2**32), turns=st.integers(1, 12))
def test_replay_reproduces_every_digest(default_scenario, seed, turns):
    session = random_game(default_scenario, seed, turns)
    save = to_save(session)
    assert len(save.digests) == turns
    again = from_save(save, verify=True)  # raises on any mismatch
    assert again.state.digest() == session.state.digest()
    assert again.digests() == session.digests()


@given(seed=st.integers(0, 2**32))
def test_mini_scenario_random_games_stay_in_range(seed):
    session = random_game(Scenario.model_validate(mini_doc()), seed, 15)
    assert in_range(session.state)
