"""Save, scenario and moves files: loading, kinds, versions, located problems."""

import json
import math

import pytest

from tests.conftest import DEFAULT_SCENARIO, mini_doc
from wargame.session.persist import to_save
from wargame.session.session import Session
from wargame.storage import files
from wargame.storage.files import (
    FileKind,
    UnreadableSaveError,
    detect_kind,
    load_moves,
    load_save,
    load_scenario,
    write_save,
)
from wargame.storage.problems import InvalidFileError


def write(tmp_path, name, doc):
    path = tmp_path / name
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc)
    return path


def test_default_scenario_loads():
    scn = load_scenario(DEFAULT_SCENARIO)
    assert scn.id == "iran_pakistan_2024" and len(scn.actors) == 8


def test_newer_save_is_refused_with_a_clear_message(tmp_path, mini):
    session = Session(mini)
    doc = json.loads(to_save(session).model_dump_json())
    doc["schema_version"] = 99
    with pytest.raises(InvalidFileError) as info:
        load_save(write(tmp_path, "new.json", doc))
    assert info.value.problems[0][0] == "$.schema_version"
    assert "newer" in info.value.problems[0][1]


def test_syntax_error_reports_line_and_column(tmp_path):
    with pytest.raises(InvalidFileError) as info:
        load_scenario(write(tmp_path, "bad.json", '{\n  "id": "x",\n  oops\n}'))
    assert "line 3 column 3" in info.value.problems[0][1]
    assert info.value.lines()[0].startswith(str(tmp_path / "bad.json"))


def test_field_problems_name_their_json_path(tmp_path):
    doc = mini_doc()
    doc["actors"][1]["kind"] = "empire"
    doc["actions"][0]["goldstein"] = -40
    with pytest.raises(InvalidFileError) as info:
        load_scenario(write(tmp_path, "s.json", doc))
    paths = [p for p, _ in info.value.problems]
    assert "$.actors[1].kind" in paths and "$.actions[0].goldstein" in paths


def test_cross_reference_problems_name_their_json_path(tmp_path):
    doc = mini_doc()
    doc["relations"][0]["b"] = "Q"
    doc["injects"][0]["effects"][0]["pair"] = ["A", "Z"]
    doc["actors"].append(dict(doc["actors"][0]))
    with pytest.raises(InvalidFileError) as info:
        load_scenario(write(tmp_path, "s.json", doc))
    paths = [p for p, _ in info.value.problems]
    assert "$.relations[0].b" in paths
    assert "$.injects[0].effects[0].pair" in paths
    assert "$.actors[4].id" in paths


def test_moves_file_and_kind_detection(tmp_path):
    path = write(tmp_path, "m.json", {"scenario": "mini", "turns": [{"moves": []}]})
    assert load_moves(path).scenario == "mini"
    assert detect_kind({"turns": []}) is FileKind.MOVES
    assert detect_kind({"actors": []}) is FileKind.SCENARIO
    assert detect_kind({"events": []}) is FileKind.SAVE
    with pytest.raises(InvalidFileError):
        detect_kind([1, 2])


def test_huge_nesting_is_a_problem_not_a_crash(tmp_path):
    path = write(tmp_path, "deep.json", "[" * 200000 + "]" * 200000)
    with pytest.raises(InvalidFileError):
        load_scenario(path)


def test_a_save_that_would_not_read_back_leaves_the_old_file(tmp_path, mini, monkeypatch):
    path = tmp_path / "s.json"
    save = to_save(Session(mini))
    write_save(path, save)
    before = path.read_bytes()
    monkeypatch.setattr(files, "dump_save", lambda _save: b'{"events": [{"kind": "?"}]}')
    with pytest.raises(UnreadableSaveError, match="the file on disk is unchanged") as info:
        write_save(path, save)
    assert isinstance(info.value, OSError)  # reported like any failed write
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_a_non_finite_number_is_never_saved(tmp_path, mini):
    params = mini.params.model_copy(
        update={"category_points": {**mini.params.category_points, "posturing": math.inf}}
    )
    save = to_save(Session(mini))
    bad = save.model_copy(update={"scenario": mini.model_copy(update={"params": params})})
    with pytest.raises(UnreadableSaveError):
        write_save(tmp_path / "s.json", bad)
    assert not (tmp_path / "s.json").exists()
    write_save(tmp_path / "s.json", save)
    assert load_save(tmp_path / "s.json").scenario == mini
