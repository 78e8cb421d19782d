"""An Outlook history would believe: the figures issue "One model for every crisis" sets.

Each forecast plays 200 rollouts of 12 days with the scenario's doctrines (reciprocity by
default) from a real state of a bundled crisis, with a fixed seed, and compares the spread
with what history did.

A calibration module, not the test of one source module: each case plays a crisis through the
headless session before the forecast runs (README and docs/rules.md cite it by name).
"""

import pytest

from tests.conftest import BUNDLED
from wargame.analysis.forecast import Spec, Summary, forecast, policies_for
from wargame.core.scenario import Move, TurnMoves
from wargame.core.state import State
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.storage.files import load_scenario

RUNS = 200


def outlook(scenario, start: State) -> Summary:
    spec = Spec(horizon=12, runs=RUNS, seed=0, policies=policies_for(start))
    summary = forecast(scenario, start, spec, workers=1)
    assert summary is not None
    return summary


def played(scenario) -> dict[int, State]:
    session = Session(scenario, 0)
    play(session, scenario.history)
    return {r.turn: r.state for r in session.resolved()}


def test_from_18_january_2024_the_outlook_calms_as_history_did(default_scenario):
    track = played(default_scenario)
    summary = outlook(default_scenario, track[3])  # 18 January, after Pakistan's reply
    median_26 = summary.quantiles["global"][8][2]  # 26 January
    assert abs(median_26 - track[11].global_escalation) <= 15.0
    assert summary.at_least("war") < 0.10
    assert summary.at_least("nuclear") < 0.01


def test_after_mutual_restraint_almost_no_rollout_reaches_war(default_scenario):
    session = Session(default_scenario, 0)
    play(session, default_scenario.history[:2])  # Iran's strike of 16 January
    restraint = TurnMoves(
        moves=[
            Move(actor="PAK", action="call_for_de_escalation", target="IRN"),
            Move(actor="IRN", action="call_for_de_escalation", target="PAK"),
        ]
    )
    play(session, [restraint])  # both sides step back on the 17th
    summary = outlook(default_scenario, session.resolved()[-1].state)
    assert summary.at_least("war") < 0.05


@pytest.mark.parametrize(
    "path", [p for p in BUNDLED if "iran_pakistan" not in p.name], ids=lambda p: p.stem
)
def test_from_a_crisis_peak_the_median_falls_within_a_week(path):
    scenario = load_scenario(path)
    track = played(scenario)
    peak_turn = max(track, key=lambda t: track[t].global_escalation)
    peak = track[peak_turn].global_escalation
    summary = outlook(scenario, track[peak_turn])
    week = summary.quantiles["global"][6][2]
    assert week < peak - 0.25 * peak, (scenario.id, peak, week)
