"""Reading untrusted JSON: every failure becomes problems located by JSON path."""

import gc
import json
import os
import threading
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.conftest import mini_doc
from wargame.core.errors import SaveFormatError, WargameError
from wargame.core.scenario import Scenario
from wargame.storage import problems
from wargame.storage.problems import (
    InvalidFileError,
    gc_paused,
    json_path,
    parse_json,
    read_bytes,
    validate,
    validation_problems,
)


def test_a_file_error_lists_its_problems_one_per_line():
    err = InvalidFileError([("$.actors[1].kind", "bad kind"), ("$.turns", "too many")], "s.json")
    assert isinstance(err, SaveFormatError) and isinstance(err, WargameError)
    assert (err.path, err.message) == ("$.actors[1].kind", "bad kind")  # the first problem
    assert err.lines() == ["s.json: $.actors[1].kind: bad kind", "s.json: $.turns: too many"]
    assert str(err) == "s.json: $.actors[1].kind: bad kind\ns.json: $.turns: too many"
    assert InvalidFileError([("$", "empty")]).lines() == ["$: empty"]


def test_json_paths_index_lists_and_drop_validator_tags():
    assert json_path([]) == "$"
    assert json_path(["actors", 1, "kind"]) == "$.actors[1].kind"
    tagged = ["events", 3, "tagged-union[InjectFired,MoveSubmitted]", "move", "note"]
    assert json_path(tagged) == "$.events[3].move.note"
    assert json_path(["x", "function-after[check(), int]", 0]) == "$.x[0]"
    assert json_path(["json-or-python[json=int,python=int]", "y"]) == "$.y"


def test_pydantic_errors_become_located_problems():
    doc = mini_doc()
    doc["actors"][1]["kind"] = "empire"
    doc["actions"][0]["goldstein"] = -40
    with pytest.raises(ValidationError) as err:
        Scenario.model_validate(doc)
    found = validation_problems(err.value)
    assert [path for path, _ in found] == ["$.actors[1].kind", "$.actions[0].goldstein"]
    assert all(message for _, message in found)


def test_at_most_fifty_problems_are_reported():
    doc = mini_doc()
    doc["actors"] = [{"id": f"A{i}"} for i in range(80)]  # each misses its name and kind
    with pytest.raises(InvalidFileError) as err:
        validate(Scenario, doc)
    assert len(err.value.problems) == 50


def test_unreadable_missing_and_oversized_files_are_problems(tmp_path, monkeypatch):
    with pytest.raises(InvalidFileError, match="cannot read file") as err:
        read_bytes(tmp_path / "absent.json")
    assert err.value.path == "$"
    with pytest.raises(InvalidFileError, match="cannot read file"):
        read_bytes(tmp_path)  # a folder
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 101)
    monkeypatch.setattr(problems, "MAX_FILE_BYTES", 100)
    with pytest.raises(InvalidFileError, match="file is 101 bytes; the limit is 100"):
        read_bytes(big)
    big.write_bytes(b"[]")
    assert read_bytes(big) == b"[]"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"id": "\xff"}', "not UTF-8 text (byte 8)"),
        (b'{\n  "id": "x",\n  oops\n}', "invalid JSON at line 3 column 3"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
    ],
    ids=["bytes", "syntax", "nesting"],
)
def test_bad_json_says_where_it_breaks(data, message):
    with pytest.raises(InvalidFileError) as err:
        parse_json(data)
    assert err.value.problems[0][0] == "$"
    assert err.value.problems[0][1].startswith(message)


def test_validation_needs_an_object_and_runs_the_extra_checks():
    with pytest.raises(InvalidFileError, match="expected a JSON object, found list"):
        validate(Scenario, [1, 2])
    assert validate(Scenario, mini_doc()).id == "mini"

    def no_group(scn: Scenario) -> list[tuple[str, str]]:
        return [(f"$.actors[{i}]", "no groups") for i, a in enumerate(scn.actors) if a.id == "G"]

    with pytest.raises(InvalidFileError) as err:
        validate(Scenario, mini_doc(), no_group)
    assert err.value.problems == [("$.actors[3]", "no groups")]


def test_the_garbage_collector_is_paused_only_for_the_parse():
    assert gc.isenabled()
    with pytest.raises(InvalidFileError), gc_paused():
        assert not gc.isenabled()
        parse_json(b"{")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"title": "Crisis', "a text in quotes is not closed"),
        (b'{"a": 1 "b": 2}', "a comma is missing between two items"),
        (b'{"a" 1}', "a colon is missing after a key"),
        (b"{a: 1}", "a key must be a text in double quotes"),
        (b'{"a": }', "a value is missing"),
        (b"{} {}", "something follows the end of the document"),
    ],
)
def test_syntax_errors_are_told_in_plain_words(data, words):
    with pytest.raises(InvalidFileError) as err:
        parse_json(data)
    message = err.value.problems[0][1]
    assert words in message and "Expecting" not in message and "Unterminated" not in message


def test_a_byte_order_mark_is_accepted():
    assert parse_json(b'\xef\xbb\xbf{"id": "x"}') == {"id": "x"}


def _in_thread(fn, *args):
    """Run ``fn`` with a timeout, so that a regression that blocks cannot hang the suite."""
    box: list[BaseException | object] = []

    def run():
        try:
            box.append(fn(*args))
        except BaseException as exc:  # handed to the test
            box.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "blocked"
    return box[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = _in_thread(read_bytes, fifo)
    assert isinstance(result, InvalidFileError)
    assert result.problems == [("$", "cannot read file: a named pipe (FIFO), not a file")]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused():
    result = _in_thread(read_bytes, Path("/dev/zero"))
    assert isinstance(result, InvalidFileError) and "a device, not a file" in str(result)


def test_the_size_limit_does_not_trust_stat(monkeypatch):
    proc = Path("/proc/self/status")  # reports size 0, holds more
    if not proc.exists():
        pytest.skip("no /proc")
    monkeypatch.setattr(problems, "MAX_FILE_BYTES", 10)
    with pytest.raises(InvalidFileError, match="more than 10 bytes; the limit is 10"):
        read_bytes(proc)
    monkeypatch.setattr(problems, "MAX_FILE_BYTES", 1_000_000)
    assert b"Name:" in read_bytes(proc)


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        (b'{"a": [1, NaN]}', "$.a[1]", "NaN is not a number a file may hold"),
        (b'{"a": {"b": Infinity}}', "$.a.b", "Infinity is not a number"),
        (b'{"a": -Infinity}', "$.a", "-Infinity is not a number"),
        (b'{"a": 1e999}', "$.a", "the number 1e999 is too large"),
        (b'{"a": -1e999}', "$.a", "the number -1e999 is too large"),
        (b'{"p": {"x": ' + b"7" * 5000 + b"}}", "$.p.x", "a number of 5000 digits is too long"),
    ],
)
def test_numbers_no_file_may_hold_are_located(text, path, message):
    with pytest.raises(InvalidFileError) as err:
        parse_json(text)
    assert err.value.problems[0][0] == path and err.value.problems[0][1].startswith(message)


def test_ordinary_numbers_still_parse():
    assert parse_json(b'{"a": [1e300, -0.5, 12345678901234567890, 0]}') == {
        "a": [1e300, -0.5, 12345678901234567890, 0]
    }


def test_a_long_list_is_validated_in_chunks_and_located(mini):
    from wargame.session.persist import to_save
    from wargame.session.session import Session
    from wargame.storage.files import save_from_doc

    doc = json.loads(to_save(Session(mini)).model_dump_json())
    doc["events"] = [{"kind": "advance"}] * (problems.CHUNK_ITEMS * 4)
    doc["events"][problems.CHUNK_ITEMS * 2 + 7] = {"kind": "advance", "x": 1}
    doc["events"][-1] = {"kind": "nope"}
    with pytest.raises(InvalidFileError) as err:
        save_from_doc(doc)
    assert err.value.problems == [
        (f"$.events[{problems.CHUNK_ITEMS * 2 + 7}].advance.x", "Unexpected keyword argument")
    ]  # the first chunk with problems, and nothing after it
    doc["events"][problems.CHUNK_ITEMS * 2 + 7] = {"kind": "advance"}
    doc["events"][-1] = {"kind": "advance"}
    doc["cursor"] = 0
    save = save_from_doc(doc)
    assert len(save.events) == problems.CHUNK_ITEMS * 4


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(actors=[]), ("$.actors", "needs at least 2 actors (it has 0)")),
        (
            lambda d: d["actors"][1].update(id=""),
            (
                "$.actors[1].id",
                "is empty: an id is a letter followed by letters, digits or _ (at most 32)",
            ),
        ),
        (
            lambda d: d["actors"][1].update(id="1st"),
            (
                "$.actors[1].id",
                "'1st' is not valid: an id is a letter followed by letters, digits or _ "
                "(at most 32)",
            ),
        ),
        (
            lambda d: d["actors"][1].update(kind="empire"),
            ("$.actors[1].kind", "'empire' is not one of 'state', 'non_state' or 'organization'"),
        ),
        (
            lambda d: d["actions"][0].update(goldstein=-40),
            ("$.actions[0].goldstein", "must be at least -10 (it is -40)"),
        ),
        (
            lambda d: d["actions"][0].update(goldstein="x"),
            ("$.actions[0].goldstein", "must be a number"),
        ),
        (lambda d: d["actors"][1].pop("name"), ("$.actors[1].name", "is required")),
        (
            lambda d: d["actors"][1].update(colour="red"),
            ("$.actors[1].colour", "is not a field here (a misspelt name?)"),
        ),
        (
            lambda d: d.update(start_date="soon"),
            ("$.start_date", "must be a date such as 2024-01-17"),
        ),
        (lambda d: d.update(turns=2.5), ("$.turns", "must be a whole number")),
        (lambda d: d.update(title=""), ("$.title", "must not be empty")),
        (
            lambda d: d["injects"][0].update(title="T" * 121),
            ("$.injects[0].title", "is too long: at most 120 characters (it has 121)"),
        ),
        (
            lambda d: d["injects"][1]["trigger"][0].update(kind="bogus"),
            (
                "$.injects[1].trigger[0]",
                "'kind' is 'bogus', not one of 'dyad_status', 'escalation', 'global', "
                "'variable', 'flag', 'grievance', 'nuclear', 'turn'",
            ),
        ),
    ],
)
def test_pydantic_errors_are_put_in_plain_words_at_their_path(change, expected):
    doc = mini_doc()
    change(doc)
    with pytest.raises(InvalidFileError) as err:
        validate(Scenario, doc)
    assert err.value.problems == [expected]
