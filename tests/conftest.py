"""Shared fixtures: the default scenario and a small synthetic one."""

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from wargame.core.scenario import Scenario
from wargame.storage.files import load_scenario

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCENARIO = ROOT / "assets" / "scenarios" / "iran_pakistan_2024.json"

settings.register_profile(
    "repo", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("repo")


@pytest.fixture(scope="session", autouse=True)
def private_data_dir(tmp_path_factory):
    """The tests and their child processes log into a temporary folder, never the user's."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg")))
        yield


def mini_doc() -> dict[str, Any]:
    """A four-actor scenario whose numbers are easy to follow by hand."""
    state = "state"
    return {
        "id": "mini",
        "title": "Mini crisis",
        "start_date": "2030-03-01",
        "turns": 10,
        "actors": [
            {"id": "A", "name": "Aland", "kind": state, "deterrence": 50},
            {
                "id": "B",
                "name": "Borduria",
                "kind": state,
                "nuclear_status": "declared",
                "deterrence": 50,
            },
            {"id": "C", "name": "Carpania", "kind": state, "deterrence": 50},
            {"id": "G", "name": "Group", "kind": "non_state", "deterrence": 10},
        ],
        "relations": [
            {"a": "A", "b": "B", "type": "rival", "baseline": 10},
            {"a": "B", "b": "C", "type": "ally", "baseline": 0},
            {"a": "B", "b": "G", "type": "host", "baseline": 0},
        ],
        "actions": [
            {
                "id": "hit",
                "label": "Hit",
                "category": "violent_escalation",
                "cameo": "195",
                "goldstein": -10,
                "rung": 9,
                "actor_kinds": [state],
                "target": "state",
                "success": 0.5,
            },
            {
                "id": "camps",
                "label": "Camps",
                "category": "violent_escalation",
                "cameo": "195",
                "goldstein": -10,
                "rung": 8,
                "actor_kinds": [state],
                "target": "hosted_group",
                "territorial": True,
            },
            {
                "id": "talk",
                "label": "Talk",
                "category": "de_escalation",
                "cameo": "0356",
                "goldstein": 7,
                "rung": 0,
                "actor_kinds": [state],
                "target": "state",
            },
            {
                "id": "recall",
                "label": "Recall",
                "category": "non_violent_escalation",
                "cameo": "161",
                "goldstein": -4,
                "rung": 7,
                "actor_kinds": [state],
                "target": "state",
                "set_status": "downgraded",
                "preconditions": [{"kind": "dyad_status", "statuses": ["normal"]}],
            },
            {
                "id": "warn",
                "label": "Warn",
                "category": "non_violent_escalation",
                "cameo": "13",
                "goldstein": -6,
                "rung": 3,
                "actor_kinds": [state],
                "target": "actor",
                "red_line": True,
            },
            {
                "id": "boost",
                "label": "Boost",
                "category": "status_quo",
                "cameo": "010",
                "goldstein": 0,
                "rung": 0,
                "actor_kinds": [state],
                "target": "none",
                "effects": [{"scope": "self", "var": "economy", "value": 10}],
            },
            {
                "id": "pass",
                "label": "Pass",
                "category": "status_quo",
                "cameo": "010",
                "goldstein": 0,
                "rung": 0,
                "actor_kinds": [state, "non_state"],
            },
        ],
        "injects": [
            {
                "id": "news",
                "title": "News",
                "turn": 1,
                "effects": [{"scope": "pair", "pair": ["A", "C"], "var": "escalation", "value": 5}],
            },
            {
                "id": "alarm",
                "title": "Alarm",
                "trigger": [{"kind": "escalation", "dyad": ["A", "B"], "min": 50}],
            },
        ],
    }


@pytest.fixture
def mini() -> Scenario:
    """The synthetic scenario as a model."""
    return Scenario.model_validate(mini_doc())


@pytest.fixture(scope="session")
def default_scenario() -> Scenario:
    """The shipped Iran-Pakistan scenario (with the shared catalogue's actions)."""
    return load_scenario(DEFAULT_SCENARIO)


BUNDLED = sorted((ROOT / "assets" / "scenarios").glob("*.json"))
"""Every scenario that ships."""
