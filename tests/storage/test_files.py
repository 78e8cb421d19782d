"""Save, scenario and moves files: round trips, versions, located problems."""

import json

import pytest

from tests.conftest import DEFAULT_SCENARIO, mini_doc
from wargame.session.headless import play
from wargame.session.persist import from_save, to_save
from wargame.session.session import Session
from wargame.storage.files import (
    FileKind,
    detect_kind,
    load_moves,
    load_save,
    load_scenario,
    write_save,
)
from wargame.storage.migrations import upgrade
from wargame.storage.problems import InvalidFileError


def write(tmp_path, name, doc):
    path = tmp_path / name
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc)
    return path


def test_default_scenario_loads():
    scn = load_scenario(DEFAULT_SCENARIO)
    assert scn.id == "iran_pakistan_2024" and len(scn.actors) == 8


def test_save_round_trip_keeps_everything(tmp_path, default_scenario):
    session = Session(default_scenario, seed=11)
    play(session, default_scenario.history[:5])
    session.annotate("reply here", index=10, bookmark=True)
    session.seek(20)
    session.branch_from_here("what-if")
    path = tmp_path / "s.json"
    write_save(path, to_save(session))
    save = load_save(path)
    assert save.saved_at and save.app_version
    again = from_save(save)
    assert again.branch == "what-if" and set(again.branches) == {"main", "what-if"}
    assert again.cursor == 20 and again.state.digest() == session.state.digest()
    assert [(a.index, a.text, a.bookmark) for a in again.annotations] == [(10, "reply here", True)]
    again.switch_branch("main")
    assert len(again.log) == len(session.branches["main"].events)


def test_newer_save_is_refused_with_a_clear_message(tmp_path, mini):
    session = Session(mini)
    doc = json.loads(to_save(session).model_dump_json())
    doc["schema_version"] = 99
    with pytest.raises(InvalidFileError) as info:
        load_save(write(tmp_path, "new.json", doc))
    assert info.value.problems[0][0] == "$.schema_version"
    assert "newer" in info.value.problems[0][1]


def test_migration_hook_upgrades_old_documents():
    def v1_to_v2(doc):
        doc["events"] = doc.pop("log")
        return doc

    old = {"schema_version": 1, "log": [1, 2]}
    assert upgrade(old, 2, {1: v1_to_v2}, "save") == {"schema_version": 2, "events": [1, 2]}
    with pytest.raises(InvalidFileError, match="no migration"):
        upgrade({"schema_version": 1, "log": []}, 3, {1: v1_to_v2}, "save")


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


def test_no_code_in_flag_templates(mini):
    # templates are filled by plain replacement, never format(): attribute access stays text
    from wargame.core.legal import fill

    assert fill("{actor.__class__}{target}", "A", "B") == "{actor.__class__}B"


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


@pytest.mark.parametrize("kind", list(FileKind))
def test_shipped_json_schemas_are_current(kind):
    from tests.conftest import ROOT
    from wargame.storage.schema import json_schema

    shipped = json.loads((ROOT / "assets" / "schema" / f"{kind.value}.schema.json").read_text())
    assert shipped == json_schema(kind), "regenerate with: wargame schema KIND > assets/schema/..."


def test_every_branch_keeps_its_rulings_and_replay_checks_them(default_scenario):
    from wargame.core.errors import ReplayMismatchError

    session = Session(default_scenario, seed=5)
    play(session, default_scenario.history[:3])
    session.seek(session.resolved()[0].index)  # the end of 15 January
    session.branch_from_here("other")
    play(session, default_scenario.history[1:3])
    session.switch_branch("main")
    save = to_save(session)
    [other] = save.branches
    assert other.rulings and len(other.rulings) == sum(
        e.kind == "adjudication" for e in other.events
    )
    doc = json.loads(save.model_dump_json())
    doc["branches"][0]["rulings"][0]["roll"] = (other.rulings[0].roll + 0.5) % 1.0
    from wargame.storage.files import save_from_doc

    with pytest.raises(ReplayMismatchError, match="ruling"):
        from_save(save_from_doc(doc))
