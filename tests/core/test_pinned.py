"""The engine's numbers pinned: state digests and provenance of every bundled scenario's
history and of a random session on each, against a fixture written by the engine as it was
before the fold stopped recording (``data/pinned.json``); and provenance on demand, which
must give the records the engine makes when it records every step."""

import hashlib
import json
import random
from pathlib import Path

import pytest

from wargame.core.bots import RandomPolicy
from wargame.core.engine import Engine
from wargame.core.enums import Decision
from wargame.core.events import Change, MoveAdjudicated, MoveSubmitted, PhaseAdvanced
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.storage.files import load_scenario

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = sorted((ROOT / "assets" / "scenarios").glob("*.json"))
PINNED = json.loads((Path(__file__).parent / "data" / "pinned.json").read_text())
ADVANCE = PhaseAdvanced()


def random_session(path: Path, turns: int = 120, seed: int = 11) -> Session:
    """Every actor makes a random plausible legal move each turn, every move rolled."""
    session = Session(load_scenario(path), seed)
    policy = RandomPolicy(session.engine.world)
    rng = seed
    for _ in range(turns):
        session.dispatch(ADVANCE)
        for actor in session.engine.world.ids:
            rng, action, target = policy.pick(session.state, actor, rng)
            session.dispatch(MoveSubmitted(actor, action, target))
        session.dispatch(ADVANCE)
        for i in range(len(session.state.pending)):
            session.dispatch(MoveAdjudicated(i, Decision.ROLL, reason="dice"))
        for _ in range(3):
            session.dispatch(ADVANCE)
    return session


def history_session(path: Path) -> Session:
    scenario = load_scenario(path)
    session = Session(scenario, 0)
    assert scenario.history is not None
    play(session, scenario.history)
    return session


def recorded_always(session: Session) -> list[list[Change]]:
    """The records of every event of the log, made by stepping with recording on from the
    start (the reference the on-demand records must equal)."""
    engine = Engine(session.scenario)
    state = engine.initial_state(session.seed)
    return [engine.step(state, event) for event in session.log]


def provenance_hash(session: Session, changes: list[list[Change]]) -> str:
    """A hash of every event's records, each event's taken as a set: the engine before this
    fixture listed a victim's allies in an order that changed with the hash seed."""
    h = hashlib.sha256()
    for i, made in enumerate(changes):
        applied = session.applied(i)
        records = sorted(repr(tuple(c)) for c in made)
        h.update(repr((i, applied.turn, applied.phase.value, records)).encode())
    return h.hexdigest()


def sha(value: object) -> str:
    return hashlib.sha256(
        json.dumps(value, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()


@pytest.fixture(scope="module", params=SCENARIOS, ids=lambda p: p.stem)
def sessions(request: pytest.FixtureRequest) -> tuple[str, Session, Session]:
    path: Path = request.param
    return path.name, history_session(path), random_session(path)


def test_every_bundled_scenario_is_pinned():
    assert sorted(PINNED) == [p.name for p in SCENARIOS]


def test_history_digests_are_unchanged(sessions):
    name, history, _ = sessions
    assert [[t, d] for t, d in history.digests()] == PINNED[name]["history_digests"]


def test_random_session_digests_are_unchanged(sessions):
    name, _, played = sessions
    assert sha([[t, d] for t, d in played.digests()]) == PINNED[name]["random_digests"]


@pytest.mark.parametrize("which", ["history", "random"])
def test_provenance_on_demand_is_the_provenance_recorded_always(sessions, which):
    name, history, played = sessions
    session = history if which == "history" else played
    always = recorded_always(session)
    on_demand = [session.applied(i).changes for i in range(len(session.log))]
    assert on_demand == always
    assert sum(map(len, always)) > len(session.log)  # the records are not all empty
    assert provenance_hash(session, always) == PINNED[name][f"{which}_provenance"]


def test_provenance_asked_in_any_order_is_the_same(sessions):
    _, history, _ = sessions
    always = recorded_always(history)
    fresh = Session.from_events(history.scenario, history.seed, list(history.log))
    order = list(range(len(always)))
    random.Random(3).shuffle(order)
    for i in order:
        assert fresh.applied(i).changes == always[i], i


@pytest.mark.parametrize("which", ["history", "random"])
def test_the_fold_gives_the_state_the_recording_step_gives(sessions, which):
    """On the history (injects, set outcomes) and the random play (rolls) alike."""
    _, history, played = sessions
    session = history if which == "history" else played
    engine = Engine(session.scenario)
    folded, stepped = engine.initial_state(session.seed), engine.initial_state(session.seed)
    for event in session.log:
        engine.fold(folded, event)
        engine.step(stepped, event)
        assert folded == stepped


def test_provenance_after_an_undo_and_another_event_is_that_of_the_new_log(sessions):
    """Undo, then a different event: the records asked for are those of the log as it now
    stands, never the records of the events cut away."""
    from wargame.core.events import NoteAdded

    _, history, _ = sessions
    session = Session.from_events(history.scenario, history.seed, list(history.log))
    before = [session.applied(i).changes for i in range(len(session.log))]  # all cached
    assert before[-5:] != [[]] * 5
    for _ in range(5):
        session.undo()
    session.set_aside_tail(confirmed=True)
    session.dispatch(NoteAdded("a different path"))
    assert [session.applied(i).changes for i in range(len(session.log))] == recorded_always(session)
