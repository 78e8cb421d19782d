"""Monte Carlo outlook: reproducible, ordered, sensitive to the starting point, cancellable."""

import hashlib
import json
from pathlib import Path

import pytest

from wargame.analysis.forecast import Spec, forecast, policies_for
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.storage.files import load_scenario


@pytest.fixture(scope="module")
def starts(default_scenario):
    session = Session(default_scenario, 0)
    play(session, default_scenario.history)
    by_turn = {r.turn: r.state for r in session.resolved()}
    return by_turn[3], by_turn[14]  # 18 and 29 January


def test_same_seed_same_summary_on_one_and_two_workers(default_scenario, starts):
    spec = Spec(horizon=4, runs=24, seed=11)
    one = forecast(default_scenario, starts[0], spec, workers=1)
    again = forecast(default_scenario, starts[0], spec, workers=1)
    two = forecast(default_scenario, starts[0], spec, workers=2)
    assert one == again == two
    other = forecast(default_scenario, starts[0], Spec(horizon=4, runs=24, seed=12), workers=1)
    assert other != one


def test_quantiles_are_ordered_and_in_range(default_scenario, starts):
    summary = forecast(default_scenario, starts[0], Spec(horizon=5, runs=30, seed=1), workers=1)
    assert summary is not None and summary.runs == 30
    for rows in summary.quantiles.values():
        assert len(rows) == 5
        for row in rows:
            assert row == sorted(row) and row[0] >= 0.0 and row[-1] <= 100.0
    shares = list(summary.highest_band.values())
    assert all(0.0 <= x <= 1.0 for x in shares) and sum(shares) == pytest.approx(1.0)
    assert list(summary.highest_band) == [b.name for b in default_scenario.params.bands]


def test_the_18th_has_a_heavier_upper_tail_than_the_29th(default_scenario, starts):
    spec = Spec(horizon=6, runs=60, seed=3)
    hot = forecast(default_scenario, starts[0], spec, workers=1)
    calm = forecast(default_scenario, starts[1], spec, workers=1)
    assert hot is not None and calm is not None

    assert hot.at_least("limited strikes") > calm.at_least("limited strikes")
    assert hot.quantiles["global"][0][4] > calm.quantiles["global"][0][4]


@pytest.mark.parametrize("workers", [1, 2])
def test_cancelling_stops_the_rollouts(default_scenario, starts, workers):
    seen = []

    def stop_after_first(done, total):
        seen.append(done)
        return False

    result = forecast(
        default_scenario,
        starts[0],
        Spec(horizon=3, runs=40, seed=0),
        workers=workers,
        progress=stop_after_first,
    )
    assert result is None and len(seen) == 1 and seen[0] < 40


def test_dask_cluster_gives_the_same_summary(default_scenario, starts):
    from distributed import LocalCluster

    spec = Spec(horizon=3, runs=20, seed=4)
    local = forecast(default_scenario, starts[0], spec, workers=1)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        on_dask = forecast(default_scenario, starts[0], spec, dask=cluster.scheduler_address)
    assert on_dask == local


def test_a_withdrawn_move_is_not_a_habit():
    from wargame.analysis.forecast import habits_of
    from wargame.core.events import MoveSubmitted, MoveWithdrawn, PhaseAdvanced

    log = [
        PhaseAdvanced(),
        MoveSubmitted("IRN", "strike_state_forces", "PAK"),
        MoveWithdrawn("Team Iran", 0),
        MoveSubmitted("IRN", "condemn", "PAK"),
        PhaseAdvanced(),
    ]
    assert habits_of(log) == {"IRN": {"condemn": 1}}


PINNED = json.loads((Path(__file__).parents[1] / "core" / "data" / "pinned.json").read_text())
SCENARIOS = sorted((Path(__file__).parents[2] / "assets" / "scenarios").glob("*.json"))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_the_outlook_of_every_bundled_scenario_is_unchanged(path):
    """The same summary, to the last digit, as the Outlook gave before the bots read
    precomputed legal-move tables and the rollouts stopped recording provenance."""
    scenario = load_scenario(path)
    session = Session(scenario, 0)
    play(session, scenario.history)
    start = session.resolved()[min(3, len(session.resolved()) - 1)].state
    spec = Spec(horizon=8, runs=40, seed=3, policies=policies_for(start))
    summary = forecast(scenario, start, spec, workers=1)
    assert summary is not None
    canonical = json.dumps(summary.to_json(), sort_keys=True, separators=(",", ":"))
    assert hashlib.sha256(canonical.encode()).hexdigest() == PINNED[path.name]["forecast"]
