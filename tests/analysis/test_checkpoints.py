"""Checkpoints as data: every bundled scenario tells its history, and each test of a
checkpoint judges what it says it judges."""

import datetime as dt
import json

import pytest

from tests.conftest import BUNDLED, DEFAULT_SCENARIO
from tests.test_cli import wargame
from wargame.analysis.checkpoints import check_history, verdict_line
from wargame.core.expectations import Checkpoint, Criterion, MetricKind
from wargame.storage.files import load_scenario


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_wargame_check_passes_on_every_bundled_scenario(path):
    proc = wargame("check", str(path))
    scenario = load_scenario(path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert len(scenario.expectations) >= 10
    assert [ln.split(" ", 1)[0] for ln in lines[:-1]] == ["PASS"] * len(scenario.expectations)
    assert (
        lines[-1]
        == f"{len(scenario.expectations)} of {len(scenario.expectations)} checkpoints hold"
    )


def test_the_january_2024_scenario_keeps_the_nine_checkpoints_of_the_rules(default_scenario):
    kinds = {(cp.metric, cp.test, cp.days()) for cp in default_scenario.expectations}
    jan = lambda n: dt.date(2024, 1, n)  # noqa: E731
    assert (MetricKind.ESCALATION, Criterion.RISES, (jan(16), jan(16))) in kinds
    assert (MetricKind.ESCALATION, Criterion.PEAKS, (jan(18), jan(18))) in kinds
    assert (MetricKind.ESCALATION, Criterion.FALLS, (jan(19), jan(19))) in kinds
    assert (MetricKind.ESCALATION, Criterion.RECOVERS, (jan(26), jan(29))) in kinds
    assert (MetricKind.DETERRENCE, Criterion.NOT_BELOW, (jan(18), jan(31))) in kinds
    assert (MetricKind.OWED, Criterion.NONZERO, (jan(17), jan(17))) in kinds
    assert (MetricKind.OWED, Criterion.ZERO, (jan(18), jan(31))) in kinds
    assert (MetricKind.ESCALATION, Criterion.RISES, (jan(17), jan(17))) in kinds  # US-Iran
    assert (MetricKind.FLAG, Criterion.NONZERO, (jan(18), jan(31))) in kinds


def with_expectations(scenario, *checkpoints):
    return scenario.model_copy(
        update={"expectations": [Checkpoint.model_validate(c) for c in checkpoints]}
    )


E = {"metric": "escalation", "pair": ["PAK", "IRN"]}


def test_each_test_judges_the_played_values(default_scenario):
    scn = with_expectations(
        default_scenario,
        {"name": "peak on the 18th", **E, "test": "peaks", "on": "2024-01-18"},
        {"name": "peak on the 17th", **E, "test": "peaks", "on": "2024-01-17"},
        {"name": "rises by 15", **E, "test": "rises", "on": "2024-01-16", "by": 15},
        {"name": "rises by 90", **E, "test": "rises", "on": "2024-01-16", "by": 90},
        {"name": "falls", **E, "test": "falls", "on": "2024-01-20"},
        {"name": "does not fall", **E, "test": "falls", "on": "2024-01-17"},
        {"name": "above", **E, "test": "above", "on": "2024-01-18", "ref": "baseline"},
        {"name": "below", **E, "test": "below", "on": "2024-01-18", "ref": "baseline"},
        {
            "name": "owed",
            "metric": "owed",
            "victim": "PAK",
            "offender": "IRN",
            "test": "nonzero",
            "on": "2024-01-17",
        },
        {
            "name": "not owed",
            "metric": "owed",
            "victim": "PAK",
            "offender": "IRN",
            "test": "zero",
            "on": "2024-01-17",
        },
        {
            "name": "less",
            "metric": "escalation",
            "pair": ["IRN", "USA"],
            "test": "rises_less_than",
            "on": "2024-01-16",
            "other": E,
        },
        {
            "name": "more",
            **E,
            "test": "rises_less_than",
            "on": "2024-01-16",
            "other": {"metric": "escalation", "pair": ["IRN", "USA"]},
        },
        {"name": "recovers half", **E, "test": "recovers", "on": "2024-01-31", "share": 0.5},
        {"name": "recovers on the 19th", **E, "test": "recovers", "on": "2024-01-19", "share": 0.9},
    )
    verdicts = {v.checkpoint.name: v.passed for v in check_history(scn)}
    assert verdicts == {
        "peak on the 18th": True,
        "peak on the 17th": False,
        "rises by 15": True,
        "rises by 90": False,
        "falls": True,
        "does not fall": False,
        "above": True,
        "below": False,
        "owed": True,
        "not owed": False,
        "less": True,
        "more": False,
        "recovers half": True,
        "recovers on the 19th": False,
    }


def test_a_failed_checkpoint_says_what_was_measured(default_scenario):
    scn = with_expectations(
        default_scenario, {"name": "peak on the 17th", **E, "test": "peaks", "on": "2024-01-17"}
    )
    (verdict,) = check_history(scn)
    assert verdict_line(verdict).startswith("FAIL peak on the 17th: peak ")
    assert "on 18 Jan" in verdict.measured


def test_check_exits_4_when_a_checkpoint_fails_and_2_on_a_bad_file(tmp_path):
    doc = json.loads(DEFAULT_SCENARIO.read_text())
    doc["expectations"][1]["on"] = "2024-01-17"  # the peak was on the 18th
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(doc))
    proc = wargame("check", str(wrong))
    assert proc.returncode == 4
    assert sum(line.startswith("FAIL ") for line in proc.stdout.splitlines()) == 1
    doc["expectations"][1]["pair"] = ["IRN", "XXX"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    proc = wargame("check", str(bad))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"{bad}: $.expectations[1].pair: unknown actor 'XXX'" in proc.stderr
