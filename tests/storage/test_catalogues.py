"""Shared action catalogues: named by id only, merged into a scenario's own actions."""

import json

import pytest

from tests.conftest import mini_doc
from wargame.resources import CATALOGUES
from wargame.storage import catalogues
from wargame.storage.catalogues import bundled, load_catalogue, with_catalogue
from wargame.storage.files import scenario_from_doc
from wargame.storage.problems import InvalidFileError


def test_the_bundled_catalogues_are_the_files_that_ship():
    assert bundled() == sorted(p.stem for p in CATALOGUES.glob("*.json"))
    assert "standard" in bundled()


def test_a_catalogue_is_read_once_per_process():
    standard = load_catalogue("standard")
    assert standard.id == "standard" and standard.actions
    assert load_catalogue("standard") is standard


def test_a_scenario_without_a_catalogue_is_left_as_it_is():
    doc = mini_doc()
    assert with_catalogue(doc) is doc


def test_catalogue_actions_come_first_and_the_scenarios_own_replace_or_follow():
    catalogue_ids = [a.id for a in load_catalogue("standard").actions]
    assert "condemn" in catalogue_ids and "own_move" not in catalogue_ids
    mine = {"id": "condemn", "label": "Condemn in the strongest terms", "category": "status_quo"}
    extra = {"id": "own_move", "label": "Our own move", "category": "status_quo"}
    merged = with_catalogue({"catalogue": "standard", "actions": [extra, mine]})["actions"]
    assert [a["id"] for a in merged] == [*catalogue_ids, "own_move"]
    assert merged[catalogue_ids.index("condemn")] is mine  # in the catalogue action's place
    assert merged[0] == load_catalogue("standard").actions[0].model_dump(mode="json")


def test_a_scenario_with_the_catalogue_loads_with_its_actions():
    doc = mini_doc()
    doc["catalogue"] = "standard"
    scenario = scenario_from_doc(doc)
    ids = {a.id for a in scenario.actions}
    assert {a.id for a in load_catalogue("standard").actions} <= ids
    assert {"hit", "camps", "boost"} <= ids  # the scenario's own actions stay


@pytest.mark.parametrize("name", ["nonexistent", "../scenarios/iran_pakistan_2024", 7])
def test_only_a_bundled_catalogue_can_be_named(name):
    with pytest.raises(InvalidFileError) as err:
        with_catalogue({"catalogue": name, "actions": []})
    (path, message), *_ = err.value.problems
    assert path == "$.catalogue"
    assert f"no shared catalogue named {name!r}" in message and "standard" in message


def test_malformed_own_actions_are_left_for_validation_to_report():
    doc = {"catalogue": "standard", "actions": {"not": "a list"}}
    assert with_catalogue(doc) is doc


def test_a_broken_catalogue_file_is_named_in_the_problem(tmp_path, monkeypatch):
    (tmp_path / "broken.json").write_text(json.dumps({"id": "broken", "title": "x"}))
    monkeypatch.setattr(catalogues, "CATALOGUES", tmp_path)
    load_catalogue.cache_clear()
    try:
        with pytest.raises(InvalidFileError) as err:
            load_catalogue("broken")
    finally:
        load_catalogue.cache_clear()  # no catalogue of this folder outlives the test
    assert err.value.file == str(tmp_path / "broken.json")
    assert ("$.actions", "is required") in err.value.problems
