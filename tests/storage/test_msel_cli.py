"""``wargame msel import`` and ``wargame msel export``, through real subprocesses."""

import json

import pytest

from tests.conftest import BUNDLED, DEFAULT_SCENARIO
from tests.test_cli import wargame


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("scenario", BUNDLED, ids=lambda p: p.stem)
def test_export_then_import_writes_the_same_scenario(tmp_path, scenario, suffix):
    sheet = tmp_path / f"msel{suffix}"
    proc = wargame("msel", "export", str(scenario), "-o", str(sheet))
    assert proc.returncode == 0, proc.stderr
    original = json.loads(scenario.read_text())
    history = len(original.get("history") or [])
    assert proc.stdout.strip() == (
        f"{len(original['injects']) + history} events ({len(original['injects'])} injects) "
        f"written to {sheet}"
    )
    out = tmp_path / "out" / "scenario.json"
    proc = wargame("msel", "import", str(sheet), "--scenario", str(scenario), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text()) == original  # the whole file, not only its injects
    assert wargame("validate", str(out)).returncode == 0


def test_an_import_with_bad_rows_writes_nothing_and_names_each_row(tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        "Event #,Time,Message\n1,tomorrow,x\n2,Day 1,fine\n3,=NOW(),y\n", encoding="utf-8"
    )
    out = tmp_path / "scenario.json"
    out.write_text("the old file")
    proc = wargame(
        "msel", "import", str(sheet), "--scenario", str(DEFAULT_SCENARIO), "-o", str(out)
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"{sheet}: warning: row 4: formulas read as their saved values or text (never run)",
        f"{sheet}: row 2, column 'Time': 'tomorrow' is not a date or 'Day N'",
        f"{sheet}: row 4, column 'Time': '=NOW()' is a formula, not a date or 'Day N' "
        "(formulas are never run)",
        f"{sheet}: nothing written (2 problems)",
    ]
    assert out.read_text() == "the old file"
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("latin.csv", "Time,Message\nDay 1,\xe9t\xe9\n".encode("latin-1"), "row 2: not UTF-8"),
        ("fake.xlsx", b"PK\x03\x04 truncated", "not an .xlsx workbook"),
        ("sheet.ods", b"whatever", "only .xlsx and .csv"),
        ("cols.csv", b"Event #,Notes\n1,x\n", "row 1: no column for 'Scenario time' or 'Message'"),
    ],
)
def test_hostile_spreadsheets_exit_2_without_a_traceback(tmp_path, name, data, message):
    sheet = tmp_path / name
    sheet.write_bytes(data)
    out = tmp_path / "out.json"
    proc = wargame(
        "msel", "import", str(sheet), "--scenario", str(DEFAULT_SCENARIO), "-o", str(out)
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"{sheet}: {message}")
    assert "Traceback" not in proc.stderr and not out.exists()


def test_a_bad_scenario_or_output_is_refused(tmp_path):
    sheet = tmp_path / "m.csv"
    assert wargame("msel", "export", str(DEFAULT_SCENARIO), "-o", str(sheet)).returncode == 0
    moves = tmp_path / "moves.json"
    moves.write_text('{"scenario": "x", "turns": []}')
    proc = wargame("msel", "import", str(sheet), "--scenario", str(moves), "-o", "x.json")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"{moves}: $: expected a scenario, found a moves file"
    proc = wargame("msel", "export", str(DEFAULT_SCENARIO), "-o", str(tmp_path / "m.xls"))
    assert proc.returncode == 2 and "(save it as .xlsx)" in proc.stderr


def test_export_from_a_save_uses_its_scenario(tmp_path):
    save = tmp_path / "save.json"
    assert wargame("run", str(DEFAULT_SCENARIO), "--history", "--out", str(save)).returncode == 0
    proc = wargame("msel", "export", str(save), "-o", str(tmp_path / "m.csv"))
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert "deployment_news,2024-01-15,Inject," in text


def test_a_header_only_msel_is_refused_and_writes_nothing(tmp_path):
    sheet = tmp_path / "header.csv"
    sheet.write_text("Event #,Scenario time,Title,Message\n", encoding="utf-8")
    out = tmp_path / "scenario.json"
    proc = wargame(
        "msel", "import", str(sheet), "--scenario", str(DEFAULT_SCENARIO), "-o", str(out)
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"{sheet}: no inject rows under the header: nothing imported",
        f"{sheet}: nothing written (1 problem)",
    ]
    assert not out.exists()
