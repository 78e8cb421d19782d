"""Random and truncated bytes never crash validation.

Not the test of one source module: hostile files go through ``wargame validate``, the
reading, migration and checking of storage and core together, as a user's file would.
"""

import contextlib
import io

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import DEFAULT_SCENARIO
from wargame.cli import main

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
