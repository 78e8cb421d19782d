"""Random and truncated bytes never crash validation.

Not the test of one source module: hostile files go through ``wargame validate``, the
reading, migration and checking of storage and core together, as a user's file would.
"""

import contextlib
import io
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import DEFAULT_SCENARIO, ROOT
from wargame.cli import main
from wargame.session.persist import to_save
from wargame.session.session import Session
from wargame.storage.files import save_from_doc
from wargame.storage.problems import InvalidFileError, parse_json, read_bytes

VALID = DEFAULT_SCENARIO.read_bytes().rstrip()
"""The scenario without trailing whitespace: any cut of it leaves the JSON unfinished."""


def run_validate(tmp_path_factory, data: bytes) -> tuple[int, str]:
    path = tmp_path_factory.mktemp("hostile") / "f.json"
    path.write_bytes(data)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["validate", str(path)])
    return code, err.getvalue()


@given(data=st.binary(max_size=2000))
def test_random_bytes(tmp_path_factory, data):
    code, err = run_validate(tmp_path_factory, data)
    assert code == 2
    assert "Traceback" not in err and "internal error" not in err
    assert all(line.startswith(str(tmp_path_factory.getbasetemp())) for line in err.splitlines())


@given(cut=st.integers(0, len(VALID) - 1))
def test_truncated_scenario(tmp_path_factory, cut):
    code, err = run_validate(tmp_path_factory, VALID[:cut])
    assert code == 2 and "internal error" not in err


@given(pos=st.integers(0, len(VALID) - 1), byte=st.integers(0, 255))
def test_corrupted_scenario_byte(tmp_path_factory, pos, byte):
    data = bytearray(VALID)
    data[pos] = byte
    code, err = run_validate(tmp_path_factory, bytes(data))
    assert code in (0, 2) and "internal error" not in err


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``wargame`` in a child process (with a timeout, so a hang fails instead of blocking)."""
    return subprocess.run(
        [sys.executable, "-m", "wargame", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1e999", "the number 1e999 is too large"),
        ("NaN", "NaN is not a number"),
        ("Infinity", "Infinity is not a number"),
        ("9" * 5000, "a number of 5000 digits is too long"),
    ],
)
def test_numbers_no_file_may_hold_are_refused_by_validate(tmp_path, value, message):
    doc = json.loads(DEFAULT_SCENARIO.read_text())
    doc["params"] = {"civilian_casualties": "@number@"}
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc).replace('"@number@"', value))
    result = cli("validate", str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"{path}: $.params.civilian_casualties: {message}")
    assert "internal error" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_validate_refuses_a_named_pipe_and_a_device(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = cli("validate", str(fifo), timeout=30)
    assert result.returncode == 2 and "a named pipe (FIFO), not a file" in result.stderr
    if Path("/dev/zero").exists():
        result = cli("validate", "/dev/zero", timeout=30)
        assert result.returncode == 2 and "a device, not a file" in result.stderr


def test_a_huge_file_of_bad_events_costs_bounded_memory(tmp_path, mini):
    doc = json.loads(to_save(Session(mini)).model_dump_json())
    event = json.dumps({"kind": "move", "actor": 5, "action": [1], "target": {}})
    head, sep, tail = json.dumps(doc).partition('"events": []')
    assert sep
    count = 50 * 1024 * 1024 // (len(event) + 2)
    path = tmp_path / "big.json"
    path.write_text(f'{head}"events": [{", ".join([event] * count)}]{tail}')
    parsed = parse_json(read_bytes(path))  # ~50 MB of text: the parse is the JSON module's
    tracemalloc.start()
    try:
        with pytest.raises(InvalidFileError) as info:
            save_from_doc(parsed)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024, f"validation peaked at {peak / 2**20:.0f} MB"
    assert len(info.value.problems) <= 50
    assert info.value.problems[0] == ("$.events[0].move.actor", "must be a text")


def test_run_out_to_a_folder_writes_a_timestamped_save(tmp_path):
    folder = tmp_path / "newdir"
    result = cli("run", str(DEFAULT_SCENARIO), "--history", "--out", f"{folder}/")
    assert result.returncode == 0, result.stderr
    (save,) = folder.iterdir()
    assert save.name.startswith("iran_pakistan_2024-") and save.suffix == ".json"
    result = cli("run", str(DEFAULT_SCENARIO), "--history", "--out", str(folder))
    assert result.returncode == 0 and len(list(folder.iterdir())) in (1, 2)  # same second
    assert not (tmp_path / "newdir.json").exists()
    result = cli("report", str(save), "-o", f"{tmp_path}/")
    assert result.returncode == 2 and "is a folder" in result.stderr
