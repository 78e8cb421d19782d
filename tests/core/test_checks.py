"""Cross-reference checks of a scenario, each problem at its JSON path."""

import json

import pytest

from tests.conftest import DEFAULT_SCENARIO, mini_doc
from wargame.core.checks import scenario_problems
from wargame.core.scenario import Scenario
from wargame.storage.files import scenario_from_doc
from wargame.storage.problems import InvalidFileError


def problems_after(edit) -> list[tuple[str, str]]:
    """The problems of the synthetic scenario once ``edit`` has changed its document."""
    doc = mini_doc()
    edit(doc)
    return scenario_problems(Scenario.model_validate(doc))


def test_the_synthetic_and_the_default_scenarios_are_consistent(mini, default_scenario):
    assert scenario_problems(mini) == []
    assert scenario_problems(default_scenario) == []


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda d: d["actors"].append(dict(d["actors"][0])),
            [("$.actors[4].id", "duplicate id 'A'")],
        ),
        (
            lambda d: d.update(actions=[]),
            [("$.actions", "the scenario offers no actions (give some, or a 'catalogue')")],
        ),
        (
            lambda d: d["relations"][0].update(b="Q"),
            [("$.relations[0].b", "unknown actor 'Q'")],
        ),
        (
            lambda d: d["relations"][0].update(b="A"),
            [("$.relations[0]", "a relation joins two different actors")],
        ),
        (
            lambda d: d["relations"].append({"a": "B", "b": "A", "type": "ally"}),
            [("$.relations[3]", "second relation for B-A")],
        ),
        (
            lambda d: d["relations"][2].update(a="G", b="B"),
            [("$.relations[2]", "a host relation has a state 'a' and a non-state group 'b'")],
        ),
        (
            lambda d: d["relations"].append({"a": "C", "b": "G", "type": "host"}),
            [("$.relations[3].b", "G already has a host")],
        ),
        (
            lambda d: d.update(grievances=[{"victim": "A", "offender": "Z", "amount": 5}]),
            [("$.grievances[0].offender", "unknown actor 'Z'")],
        ),
    ],
    ids=[
        "duplicate actor",
        "no actions",
        "unknown side",
        "self relation",
        "second relation",
        "host reversed",
        "hosted twice",
        "grievance",
    ],
)
def test_actors_relations_and_grievances(edit, expected):
    assert problems_after(edit) == expected


def test_effects_and_conditions_of_actions_and_injects():
    def edit(doc):
        boost = doc["actions"][5]  # the action with an effect
        boost["effects"][0]["var"] = "morale"
        recall = doc["actions"][3]  # the action with a precondition
        recall["preconditions"][0]["dyad"] = ["A", "Z"]
        news, alarm = doc["injects"]
        news["effects"][0]["pair"] = ["A", "A"]
        news["effects"].append({"scope": "self", "var": "economy", "value": 1})
        alarm["trigger"][0] = {"kind": "escalation", "min": 50}  # no dyad

    assert problems_after(edit) == [  # in the order of the document
        ("$.actions[3].preconditions[0]", "unknown actor 'Z'"),
        ("$.actions[5].effects[0].var", "unknown variable 'morale'"),
        ("$.injects[0].effects[0].pair", "scope 'pair' needs two different actors"),
        ("$.injects[0].effects[1].scope", "an inject's effect names its actor or pair"),
        ("$.injects[1].trigger[0].dyad", "an inject's condition names its dyad"),
    ]


def test_an_inject_is_scheduled_or_triggered():
    assert problems_after(lambda d: d["injects"][1].update(trigger=[])) == [
        ("$.injects[1]", "an inject is scheduled (turn) or triggered (trigger)")
    ]


def test_the_historical_track_names_known_actors_and_actions():
    track = [{"moves": []}, {"moves": [{"actor": "Z", "action": "nuke", "target": "Q"}]}]
    assert problems_after(lambda d: d.update(history=track)) == [
        ("$.history[1].moves[0].actor", "unknown actor 'Z'"),
        ("$.history[1].moves[0].action", "unknown action 'nuke'"),
        ("$.history[1].moves[0].target", "unknown actor 'Q'"),
    ]


def test_display_bands_ascend_from_zero():
    bands = [{"name": "calm", "min": 5}, {"name": "hot", "min": 50}]
    assert problems_after(lambda d: d.update(params={"bands": bands})) == [
        ("$.params.bands", "bands ascend by 'min' from 0")
    ]


def test_checkpoints_need_a_track_and_known_actors():
    checkpoint = {
        "name": "rises",
        "metric": "escalation",
        "pair": ["A", "Z"],
        "test": "rises",
        "on": "2030-03-02",
    }
    assert problems_after(lambda d: d.update(expectations=[checkpoint])) == [
        ("$.expectations[0].pair", "unknown actor 'Z'"),
        ("$.expectations[0]", "checkpoints need the scenario's historical track ('history')"),
    ]


def test_checkpoint_dates_must_fall_on_the_track():
    doc = json.loads(DEFAULT_SCENARIO.read_text())
    doc["expectations"][0]["on"] = "2024-03-01"
    with pytest.raises(InvalidFileError) as err:
        scenario_from_doc(doc)
    assert err.value.problems[0][0] == "$.expectations[0].on"
    assert "outside the track" in err.value.problems[0][1]
