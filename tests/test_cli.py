"""The command line, through real subprocesses."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import DEFAULT_SCENARIO, ROOT

KEYS = {"turn", "date", "escalation", "global", "band", "deterrence", "ledger", "flags"}


def wargame(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "wargame", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd or ROOT,
        env=env,
    )


@pytest.fixture(scope="module")
def history_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "history.json"
    proc = wargame("run", str(DEFAULT_SCENARIO), "--history", "--jsonl", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    return out, [json.loads(line) for line in proc.stdout.splitlines()]


def test_run_history_prints_the_contract(history_run):
    out, lines = history_run
    assert out.exists()
    assert [r["turn"] for r in lines] == list(range(17))
    assert lines[0]["date"] == "2024-01-15" and lines[-1]["date"] == "2024-01-31"
    for r in lines:
        assert set(r) == KEYS
        for key in r["escalation"]:
            a, b = key.split("-")
            assert a < b
        assert set(r["deterrence"]) == {"IRN", "PAK", "CHN", "USA", "IND", "GCC", "JAA", "BLA"}
        for entry in r["ledger"]:
            assert set(entry) == {"victim", "offender", "amount"} and entry["amount"] > 0
        assert isinstance(r["band"], str) and 0 <= r["global"] <= 100
    peak = max(lines, key=lambda r: r["escalation"]["IRN-PAK"])
    assert peak["date"] == "2024-01-18"
    assert "mediation:CHN" in lines[3]["flags"] and "mediation:CHN" not in lines[2]["flags"]
    assert not [e for e in lines[3]["ledger"] if (e["victim"], e["offender"]) == ("IRN", "PAK")]


def test_replay_prints_the_same_lines(history_run):
    out, lines = history_run
    proc = wargame("replay", str(out), "--jsonl")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x) for x in proc.stdout.splitlines()] == lines


def test_replay_detects_a_tampered_digest(history_run, tmp_path):
    out, _ = history_run
    doc = json.loads(out.read_text())
    doc["digests"][5]["digest"] = "0" * 64
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    proc = wargame("replay", str(bad))
    assert proc.returncode == 3
    assert "turn 5" in proc.stderr and "Traceback" not in proc.stderr


def test_replay_detects_a_tampered_event(history_run, tmp_path):
    out, _ = history_run
    doc = json.loads(out.read_text())
    for ev in doc["events"]:
        if ev["kind"] == "move" and ev["action"] == "strike_militant_camps":
            ev["modifiers"] = []  # the strike without its civilian toll
            break
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    proc = wargame("replay", str(bad))
    assert proc.returncode == 3 and "turn 1" in proc.stderr


def test_validate_accepts_every_kind(history_run, tmp_path):
    out, _ = history_run
    moves = tmp_path / "m.json"
    moves.write_text(json.dumps({"scenario": "iran_pakistan_2024", "turns": [{"moves": []}]}))
    for path, kind in ((DEFAULT_SCENARIO, "scenario"), (out, "save"), (moves, "moves")):
        proc = wargame("validate", str(path))
        assert proc.returncode == 0, proc.stderr
        assert f"valid {kind} file" in proc.stdout


def test_validate_reports_each_problem_with_file_and_path(tmp_path):
    doc = json.loads(DEFAULT_SCENARIO.read_text())
    doc["actors"][0]["kind"] = "empire"
    doc["relations"][0]["a"] = "XYZ"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    proc = wargame("validate", str(bad))
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert any(line.startswith(f"{bad}: $.actors[0].kind:") for line in lines)
    assert "Traceback" not in proc.stderr
    doc["actors"][0]["kind"] = "state"
    bad.write_text(json.dumps(doc))
    proc = wargame("validate", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"{bad}: $.relations[0].a: unknown actor 'XYZ'")


def test_validate_garbage_and_missing_files(tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x00\xff garbage")
    proc = wargame("validate", str(junk))
    assert proc.returncode == 2 and proc.stderr.startswith(f"{junk}: $:")
    proc = wargame("validate", str(tmp_path / "missing.json"))
    assert proc.returncode == 2 and "cannot read file" in proc.stderr


def moves_file(tmp_path, turns):
    path = tmp_path / "moves.json"
    path.write_text(json.dumps({"scenario": "iran_pakistan_2024", "turns": turns}))
    return path


def test_run_moves_plays_and_rolls_with_the_seed(tmp_path):
    turns = [{"moves": [{"actor": "IRN", "action": "strike_state_forces", "target": "PAK"}]}]
    path = moves_file(tmp_path, turns)
    results = set()
    for seed in range(6):
        proc = wargame(
            "run",
            str(DEFAULT_SCENARIO),
            "--moves",
            str(path),
            "--seed",
            str(seed),
            "--jsonl",
            "--out",
            str(tmp_path / f"s{seed}.json"),
        )
        assert proc.returncode == 0, proc.stderr
        results.add(json.loads(proc.stdout)["escalation"]["IRN-PAK"])
    assert len(results) > 1  # success chance 0.8: different seeds, different outcomes
    again = wargame(
        "run",
        str(DEFAULT_SCENARIO),
        "--moves",
        str(path),
        "--seed",
        "0",
        "--jsonl",
        "--out",
        str(tmp_path / "again.json"),
    )
    first = wargame("replay", str(tmp_path / "s0.json"), "--jsonl")
    assert again.stdout == first.stdout


def test_run_moves_illegal_move_names_turn_and_move(tmp_path):
    turns = [
        {"moves": [{"actor": "PAK", "action": "recall_ambassador", "target": "IRN"}]},
        {
            "moves": [
                {"actor": "PAK", "action": "pass"},
                {"actor": "PAK", "action": "recall_ambassador", "target": "IRN"},
            ]
        },
    ]
    proc = wargame(
        "run",
        str(DEFAULT_SCENARIO),
        "--moves",
        str(moves_file(tmp_path, turns)),
        "--out",
        str(tmp_path / "o.json"),
    )
    assert proc.returncode == 2
    # the path counts from 0 as tools do; the words count moves from 1, as a table shows them
    assert proc.stderr.splitlines() == [
        f"{tmp_path / 'moves.json'}: $.turns[1].moves[1]: 16 January 2024, move 2 (Pakistan: "
        "Recall the ambassador → Iran): “Recall the ambassador” needs relations of Iran – "
        "Pakistan normal (they are downgraded)"
    ]
    assert not (tmp_path / "o.json").exists()


def test_run_moves_unknown_actor_and_action(tmp_path):
    for move, word in (
        ({"actor": "ZZZ", "action": "pass"}, "ZZZ"),
        ({"actor": "IRN", "action": "teleport"}, "teleport"),
    ):
        proc = wargame(
            "run",
            str(DEFAULT_SCENARIO),
            "--moves",
            str(moves_file(tmp_path, [{"moves": [move]}])),
            "--out",
            str(tmp_path / "o.json"),
        )
        assert proc.returncode == 2
        assert "$.turns[0].moves[0]" in proc.stderr and word in proc.stderr


def test_run_moves_for_another_scenario(tmp_path):
    path = tmp_path / "moves.json"
    path.write_text(json.dumps({"scenario": "other", "turns": []}))
    proc = wargame("run", str(DEFAULT_SCENARIO), "--moves", str(path))
    assert proc.returncode == 2 and "$.scenario" in proc.stderr


@pytest.mark.parametrize("kind", ["scenario", "save", "moves"])
def test_schema_prints_json_schema(kind):
    proc = wargame("schema", kind)
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    assert schema["type"] == "object" and "properties" in schema


def test_schema_validates_the_default_scenario():
    import jsonschema

    schema = json.loads(wargame("schema", "scenario").stdout)
    jsonschema.validate(json.loads(DEFAULT_SCENARIO.read_text()), schema)


def test_save_records_every_roll_and_replay_checks_them(tmp_path):
    turns = [{"moves": [{"actor": "IRN", "action": "strike_state_forces", "target": "PAK"}]}]
    out = tmp_path / "s.json"
    proc = wargame(
        "run",
        str(DEFAULT_SCENARIO),
        "--moves",
        str(moves_file(tmp_path, turns)),
        "--seed",
        "9",
        "--out",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text())
    [ruling] = doc["rulings"]
    assert ruling["actor"] == "IRN" and ruling["decision"] == "roll"
    assert 0.0 <= ruling["roll"] < 1.0 and ruling["outcome"] == ruling["engine"]
    doc["rulings"][0]["roll"] = (ruling["roll"] + 0.5) % 1.0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    proc = wargame("replay", str(bad))
    assert proc.returncode == 3 and "turn 0" in proc.stderr and "ruling" in proc.stderr
    assert wargame("validate", str(bad)).returncode == 2


def test_report_writes_a_self_contained_html_file(history_run, tmp_path):
    save, _ = history_run
    out = tmp_path / "aar.html"
    proc = wargame("report", str(save), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text()
    assert html.startswith("<!DOCTYPE html>") and html.count("<svg") == 2
    assert 'src="http' not in html and "<script" not in html  # nothing fetched, nothing run
    assert "Strike militant camps across the border" in html
    assert "outcome fixed in moves file" in html


def test_report_refuses_a_save_that_does_not_reproduce(history_run, tmp_path):
    save, _ = history_run
    doc = json.loads(save.read_text())
    doc["digests"][2]["digest"] = "f" * 64
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    proc = wargame("report", str(bad), "-o", str(tmp_path / "aar.html"))
    assert proc.returncode == 3 and "does not reproduce" in proc.stderr
    assert not (tmp_path / "aar.html").exists()


def test_forecast_from_a_save(history_run):
    save, _ = history_run
    proc = wargame(
        "forecast",
        str(save),
        "--turn",
        "3",
        "--runs",
        "16",
        "--horizon",
        "3",
        "--workers",
        "1",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["start_turn"] == 3 and summary["runs"] == 16
    assert len(summary["quantiles"]["global"]) == 3
    text = wargame(
        "forecast", str(DEFAULT_SCENARIO), "--runs", "8", "--horizon", "2", "--workers", "1"
    )
    assert text.returncode == 0 and "highest band reached within the horizon" in text.stdout
    shares = [
        float(line.split()[-1].rstrip("%"))
        for line in text.stdout.splitlines()
        if line.startswith("  ") and line.rstrip().endswith("%")
    ]
    assert len(shares) == 8 and abs(sum(shares) - 100.0) < 0.5
    bad = wargame("forecast", str(save), "--turn", "99", "--runs", "4")
    assert bad.returncode == 2 and "never resolved" in bad.stderr


def test_version_and_about():
    from importlib import metadata

    from wargame import __version__
    from wargame.about import LICENCE

    assert wargame("--version").stdout.strip() == f"wargame {__version__}"
    about = wargame("about")
    assert about.returncode == 0
    lines = about.stdout.splitlines()
    assert lines[0] == f"wargame {__version__}" and lines[1] == f"licence: {LICENCE}"
    qt = f"PySide6_Essentials {metadata.version('PySide6-Essentials')} (LGPL"
    assert any(line.startswith(qt) for line in lines)


def test_gui_screenshot_opens_a_save_and_draws_it(history_run, tmp_path):
    from PySide6.QtGui import QImage

    save, _ = history_run
    shot = tmp_path / "replay.png"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = str(tmp_path)  # no user settings

    def gui(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wargame", "gui", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )

    proc = gui(str(save), "--replay", "--screenshot", str(shot))
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 600
    unwritable = gui("--screenshot", str(tmp_path / "no" / "such" / "dir.png"))
    assert unwritable.returncode == 1 and "could not write" in unwritable.stderr


def test_an_illegal_historical_move_is_refused_with_its_threshold(tmp_path):
    doc = json.loads(DEFAULT_SCENARIO.read_text())
    # a conventional offensive needs the pair's escalation at 40 or more; on 15 January it is
    # 7 (baseline 6, and the inject on the deployments adds 1)
    doc["history"][0]["moves"] = [
        {"actor": "IRN", "action": "conventional_offensive", "target": "PAK"}
    ]
    path = tmp_path / "illegal.json"
    path.write_text(json.dumps(doc))
    for command in ("validate", "run", "check"):
        args = (command, str(path)) + (
            ("--history", "--out", str(tmp_path / "s.json")) if command == "run" else ()
        )
        proc = wargame(*args)
        assert proc.returncode == 2, command
        line = proc.stderr.strip()
        assert line == (
            f"{path}: $.history[0].moves[0]: 15 January 2024, move 1 (Iran: Conventional "
            "offensive → Pakistan): “Conventional offensive” needs escalation of Iran – Pakistan "
            "at least 40 (it is 7.0)"
        )


# -- honest errors: the log file and --debug ------------------------------------------------


# A genuine internal error from outside would be a bug that its fix takes away, so the
# child breaks one command on purpose and runs the real `main`.
BROKEN = """
import sys
import wargame.cli as cli

def broken(args):
    raise KeyError("a bug")

cli.cmd_about = broken  # build_parser() reads the command functions when main() runs
raise SystemExit(cli.main(sys.argv[1:]))
"""


def broken_about(tmp_path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "APPDATA": str(home / "appdata"),
    }
    return subprocess.run(
        [sys.executable, "-c", BROKEN, *args, "about"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )


def test_an_internal_error_names_the_log_that_holds_its_traceback(tmp_path):
    proc = broken_about(tmp_path)
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert lines[0] == "wargame: internal error: KeyError: 'a bug'"
    assert lines[1].startswith("wargame: the full report is in ")
    assert "Traceback" not in proc.stderr and len(lines) == 2
    log = lines[1].removeprefix("wargame: the full report is in ")
    assert log.startswith(str(tmp_path / "home")) and log.endswith("wargame.log")
    with open(log, encoding="utf-8") as f:
        text = f.read()
    assert "ERROR wargame.cli: internal error in 'wargame about'" in text
    assert "Traceback (most recent call last)" in text
    assert ", in broken\n" in text and "KeyError: 'a bug'" in text


def test_debug_prints_the_traceback(tmp_path):
    proc = broken_about(tmp_path, "--debug")
    assert proc.returncode == 1
    assert "Traceback (most recent call last)" in proc.stderr
    assert ", in broken\n" in proc.stderr and "\nKeyError: 'a bug'\n" in proc.stderr
    assert proc.stderr.rstrip().endswith("wargame: internal error: KeyError: 'a bug'")
    assert "the full report is in" not in proc.stderr


def test_debug_is_offered_and_debug_messages_reach_stderr():
    assert "--debug" in wargame("--help").stdout
    proc = wargame("--debug", "schema", "moves")
    assert proc.returncode == 0 and json.loads(proc.stdout)
    assert "DEBUG wargame.cli: wargame --debug schema moves" in proc.stderr
    assert "DEBUG" not in wargame("schema", "moves").stderr


def test_a_data_folder_that_cannot_be_made_does_not_stop_a_command(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(blocker)}
    proc = subprocess.run(
        [sys.executable, "-m", "wargame", "about"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("wargame")
    assert "no log file: cannot write" in proc.stderr and "Traceback" not in proc.stderr


def test_a_seed_beyond_64_bits_and_a_bad_dask_address_are_refused_plainly(tmp_path):
    run = wargame("run", str(DEFAULT_SCENARIO), "--history", "--seed", str(10**26))
    assert run.returncode == 2 and "--seed" in run.stderr and "internal" not in run.stderr
    dask = wargame("forecast", str(DEFAULT_SCENARIO), "--runs", "10", "--dask", "nonsense")
    assert dask.returncode == 2 and "Dask scheduler 'nonsense'" in dask.stderr


# -- tamper evidence over the whole save ---------------------------------------------------

CLI_TAMPERING = [
    "drop all rulings",
    "drop one digest",
    "truncate the last turn",
    "swap two turns",
    "edit a note beside the log",
    "unmark a bookmark",
    "edit a reason",
    "change the seed",
    "change a ruling's event",
    "the record ends before the log",
]


@pytest.fixture(scope="module")
def sealed_file(tmp_path_factory):
    from tests.session.test_persist import sealed_save
    from wargame.storage.files import load_scenario

    path = tmp_path_factory.mktemp("sealed") / "sealed.json"
    return path, sealed_save(load_scenario(DEFAULT_SCENARIO), path)


def test_a_fresh_save_replays_with_its_evidence_intact(sealed_file):
    path, _ = sealed_file
    proc = wargame("replay", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "6 turns replayed, every digest matches" in proc.stdout
    assert "tamper evidence intact" in proc.stdout
    proc = wargame("validate", str(path))
    assert proc.returncode == 0 and proc.stdout.strip().endswith("valid save file")


@pytest.mark.parametrize("case", CLI_TAMPERING)
def test_replay_and_validate_name_the_first_departure(sealed_file, tmp_path, case):
    from tests.session.test_persist import TAMPERING

    path, session = sealed_file
    edit, turn, where, words = TAMPERING[case]
    doc = json.loads(path.read_text())
    edit(doc, session)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    replay = wargame("replay", str(bad))
    validate = wargame("validate", str(bad))
    assert replay.returncode == 3, replay.stderr
    assert validate.returncode == 2, validate.stderr
    for proc in (replay, validate):
        assert proc.stderr.startswith(f"{bad}: {where}")
        assert words in proc.stderr and "Traceback" not in proc.stderr
        assert "internal error" not in proc.stderr
        if turn is not None:
            assert f"turn {turn}: " in proc.stderr


def test_a_report_goes_into_a_folder_that_does_not_exist_yet(history_run, tmp_path):
    save, _ = history_run
    out = tmp_path / "debrief" / "day-one" / "aar.html"
    proc = wargame("report", str(save), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text().startswith("<!DOCTYPE html>")
