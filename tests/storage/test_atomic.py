"""Saving is atomic: a writer killed mid-save leaves the previous file intact."""

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time

import pytest

from wargame.storage.atomic import ReadOnlyFileError, atomic_write, remove_stale_temps

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
        for leftover in tmp_path.glob(".wg-*.tmp"):
            leftover.unlink()


def test_a_link_is_followed_and_stays_a_link(tmp_path):
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_permission_bits_are_kept(tmp_path):
    path = tmp_path / "private.json"
    path.write_bytes(b"old")
    path.chmod(0o600)
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_read_only_file_is_refused_even_for_root(tmp_path):
    path = tmp_path / "locked.json"
    path.write_bytes(b"old")
    path.chmod(0o444)
    with pytest.raises(ReadOnlyFileError, match=r"locked\.json is read-only") as info:
        atomic_write(path, b"new")
    assert isinstance(info.value, OSError) and "read-only" in str(info.value.strerror)
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError, match="is a folder"):
        atomic_write(tmp_path, b"x")


def test_the_longest_legal_name_can_be_written(tmp_path):
    path = tmp_path / ("n" * 245 + ".json")  # 250 characters
    atomic_write(path, b"ok")
    atomic_write(path, b"ok2")
    assert path.read_bytes() == b"ok2"


def test_a_failed_write_leaves_no_temp_file_and_sweeps_old_ones(tmp_path, monkeypatch):
    stale = tmp_path / ".wg-0123abcd-abcd_123.tmp"
    stale.write_bytes(b"x" * 100)
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    path = tmp_path / "f.json"
    path.write_bytes(b"old")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="No space"):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_only_our_old_temp_files_are_swept(tmp_path):
    old = time.time() - 3600
    ours = tmp_path / ".wg-0123abcd-abcd_123.tmp"
    young = tmp_path / ".wg-0123abcd-zzzz_999.tmp"
    theirs = [tmp_path / n for n in (".f.json.abc.tmp", "wg-0123abcd-abcd_123.tmp", "x.tmp")]
    for p in (ours, young, *theirs):
        p.write_bytes(b"x")
    for p in (ours, *theirs):
        os.utime(p, (old, old))
    link = tmp_path / ".wg-89abcdef-abcd_123.tmp"
    link.symlink_to(theirs[0])
    os.utime(link, (old, old), follow_symlinks=False)
    assert remove_stale_temps(tmp_path) == 1
    assert not ours.exists() and young.exists() and link.is_symlink()
    assert all(p.exists() for p in theirs)
    assert remove_stale_temps(tmp_path / "absent") == 0


def test_killed_writes_are_swept_once_stale(tmp_path):
    path = tmp_path / "save.json"
    atomic_write(path, b"{}")
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(0.3)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert remove_stale_temps(tmp_path) == 0  # a fresh one may be a live writer's
    leftovers = len(list(tmp_path.glob(".wg-*.tmp")))
    assert remove_stale_temps(tmp_path, older_than=-1) == leftovers
    assert [p.name for p in tmp_path.iterdir()] == ["save.json"]
