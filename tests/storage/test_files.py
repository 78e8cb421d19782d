"""Save, scenario and moves files: loading, kinds, versions, located problems."""

import json
import math

import pytest

from tests.conftest import DEFAULT_SCENARIO, mini_doc
from wargame.core.bots import RandomPolicy
from wargame.core.enums import Decision
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced
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
from wargame.storage.problems import CHUNK_ITEMS, InvalidFileError, parse_json


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


def long_session(scenario, turns=50, seed=5):
    """A session of random plausible moves, long enough for its log, rulings and digests
    to run past one validation chunk, with a branch and notes beside it."""
    session = Session(scenario, seed)
    policy = RandomPolicy(session.engine.world)
    rng = seed
    for turn in range(turns):
        session.dispatch(PhaseAdvanced())
        for actor in session.engine.world.ids:
            rng, action, target = policy.pick(session.state, actor, rng)
            session.dispatch(MoveSubmitted(actor, action, target))
        session.dispatch(PhaseAdvanced())
        for i in range(len(session.state.pending)):
            session.dispatch(MoveAdjudicated(i, Decision.ROLL, reason="dice"))
        for _ in range(3):
            session.dispatch(PhaseAdvanced())
        if turn == 3:
            session.annotate("a note", bookmark=True)
    end = session.cursor
    session.seek(40)
    session.branch_from_here("what if")
    session.dispatch(PhaseAdvanced())
    session.switch_branch("main")
    session.seek(end)
    return session


@pytest.fixture(scope="module")
def long_save(tmp_path_factory, default_scenario):
    path = tmp_path_factory.mktemp("long") / "long.json"
    session = long_session(default_scenario)
    write_save(path, to_save(session))
    doc = json.loads(path.read_text())
    assert len(doc["events"]) > CHUNK_ITEMS and doc["branches"]
    return path


def general(path):
    """The save as the general reader reads it (the whole document, then the model)."""
    return files.save_from_doc(parse_json(path.read_bytes()))


def test_a_clean_save_is_read_in_one_pass_as_the_general_reader_reads_it(long_save):
    quick = files.quick_save(long_save)
    assert quick is not None  # the one-pass reader took it
    assert quick == general(long_save) == load_save(long_save)
    assert quick.model_dump_json() == general(long_save).model_dump_json()


def test_long_lists_read_in_one_pass_share_their_repeated_texts(long_save):
    quick = files.quick_save(long_save)
    assert quick is not None
    first, second = quick.rulings[0], quick.rulings[1]
    assert first.decision == second.decision and first.decision is second.decision


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("events", 1010, "kind"), "teleport"),  # a bad event past the first chunk
        (("rulings", 3, "roll"), 1.5),
        (("digests", 2, "digest"), "not a digest"),
        (("chain", 1), "x"),
        (("cursor",), 10**9),
        (("seed",), -1),
    ],
)
def test_a_save_the_one_pass_reader_refuses_gets_the_general_readers_problems(
    tmp_path, long_save, where, value
):
    doc = json.loads(long_save.read_text())
    node = doc
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    path = write(tmp_path, "bad.json", doc)
    assert files.quick_save(path) is None
    with pytest.raises(InvalidFileError) as general_problems:
        general(path)
    with pytest.raises(InvalidFileError) as loaded:
        load_save(path)
    assert loaded.value.problems == general_problems.value.problems
    assert loaded.value.file == str(path)


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace('"roll":', '"roll":NaN,"x":', 1),  # a number no file holds
        lambda text: text.replace('{"kind":"advance"}', '{"kind":"advance",}', 1),  # syntax
        lambda text: text.replace('"schema_version":3', '"schema_version":2', 1),  # older
        lambda text: text[:-1] + "} x",  # something after the end
    ],
)
def test_unusual_text_is_left_to_the_general_reader(tmp_path, long_save, edit):
    text = edit(long_save.read_text())
    path = write(tmp_path, "odd.json", text)
    assert files.quick_save(path) is None
    try:
        expected = general(path)
    except InvalidFileError as exc:
        with pytest.raises(InvalidFileError) as loaded:
            load_save(path)
        assert loaded.value.problems == exc.problems
    else:
        assert load_save(path) == expected


def test_a_save_laid_out_by_hand_is_read_in_one_pass_too(tmp_path, long_save):
    path = write(tmp_path, "indented.json", json.dumps(json.loads(long_save.read_text()), indent=2))
    quick = files.quick_save(path)
    assert quick is not None
    assert quick == general(path) == general(long_save)
