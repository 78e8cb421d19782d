"""Saving is atomic: a writer killed mid-save leaves the previous file intact."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

from wargame.storage.atomic import atomic_write

WRITER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from wargame.storage.atomic import atomic_write
    path = Path(sys.argv[1])
    n = 0
    blob = "x" * (8 * 1024 * 1024)
    print("ready", flush=True)
    while True:
        n += 1
        atomic_write(path, json.dumps({"n": n, "blob": blob}).encode())
    """
)


def test_atomic_write_replaces_content(tmp_path):
    path = tmp_path / "f.json"
    atomic_write(path, b'{"a": 1}')
    atomic_write(path, b'{"a": 2}')
    assert json.loads(path.read_text()) == {"a": 2}
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_killed_writer_leaves_a_whole_file(tmp_path):
    path = tmp_path / "save.json"
    atomic_write(path, json.dumps({"n": 0, "blob": ""}).encode())
    for delay in (0.05, 0.2, 0.45):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        ) as proc:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        doc = json.loads(path.read_text())  # never half a file
        assert isinstance(doc["n"], int)
        for leftover in tmp_path.glob(".save.json.*.tmp"):
            leftover.unlink()
