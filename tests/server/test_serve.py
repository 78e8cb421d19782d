"""``wargame serve`` as a real subprocess: links on stdout, a save after every change, a
clean stop on SIGTERM and SIGINT, clear errors for a bad address or file."""

import json
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import DEFAULT_SCENARIO
from tests.server.conftest import Client
from wargame.server.serve import parse_bind


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "wargame", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _links(proc: subprocess.Popen[str], count: int) -> list[dict[str, str]]:
    assert proc.stdout is not None
    return [json.loads(proc.stdout.readline()) for _ in range(count)]


def _client(link: dict[str, str]) -> Client:
    url = urlsplit(link["url"])
    assert url.hostname == "127.0.0.1"
    return Client(int(url.port or 0), url.fragment)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_links_saves_each_change_and_stops_cleanly(
    tmp_path: Path, sig: signal.Signals
) -> None:
    out = tmp_path / "served.json"
    proc = _start(str(DEFAULT_SCENARIO), "--bind", "127.0.0.1:0", "--out", str(out))
    try:
        links = _links(proc, 3)
        assert [(link["role"], link.get("team")) for link in links] == [
            ("white", None),
            ("team", "Team Iran"),
            ("team", "Team Pakistan"),
        ]
        assert list(links[1]) == ["role", "team", "url"]
        assert json.loads(out.read_text())["events"] == []  # saved before the first request
        white = _client(links[0])
        assert white.post("/api/white/injects").status == 200
        assert white.post("/api/white/advance").status == 200
        saved = json.loads(out.read_text())
        kinds = [e["kind"] for e in saved["events"]]
        assert kinds[-1] == "advance"  # written after the change, before the answer came
        iran = _client(links[1])
        move = {"actor": "IRN", "action": "condemn", "target": "PAK", "note": "on record"}
        assert iran.post("/api/submit", move).status == 200
    finally:
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    replay = subprocess.run(
        [sys.executable, "-m", "wargame", "replay", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert replay.returncode == 0, replay.stderr
    saved = json.loads(out.read_text())
    events = saved["events"]
    assert events[-1]["kind"] == "move" and events[-1]["note"] == "on record"


def test_serve_goes_on_from_a_save(tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    proc = _start(str(DEFAULT_SCENARIO), "--bind", "127.0.0.1:0", "--out", str(first))
    try:
        white = _client(_links(proc, 3)[0])
        assert white.post("/api/white/advance").status == 200
    finally:
        proc.terminate()
        proc.communicate(timeout=20)
    proc = _start(str(first), "--bind", "127.0.0.1:0")
    try:
        white = _client(_links(proc, 3)[0])
        assert white.view()["public"]["phase"] == "orders"
    finally:
        proc.terminate()
        proc.communicate(timeout=20)
    assert (tmp_path / "first-served.json").exists()  # beside the file, by default


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--bind", "127.0.0.1:99999"], "port must be a number"),
        (["--bind", "[::1"], "brackets"),
        (["--bind", "203.0.113.9:0"], "cannot serve there"),
    ],
)
def test_serve_says_what_is_wrong_with_the_address(
    tmp_path: Path, args: list[str], words: str
) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "wargame",
            "serve",
            str(DEFAULT_SCENARIO),
            *args,
            "--out",
            str(tmp_path / "x.json"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert words in proc.stderr
    assert "Traceback" not in proc.stderr


def test_serve_refuses_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 99}')
    proc = subprocess.run(
        [sys.executable, "-m", "wargame", "serve", str(bad), "--bind", "127.0.0.1:0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert str(bad) in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "bad-served.json").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("127.0.0.1:8765", ("127.0.0.1", 8765)),
        ("0.0.0.0", ("0.0.0.0", 8765)),
        (":9000", ("0.0.0.0", 9000)),
        ("[::1]:9000", ("::1", 9000)),
        ("[::]", ("::", 8765)),
    ],
)
def test_bind_addresses(text: str, expected: tuple[str, int]) -> None:
    assert parse_bind(text) == expected
