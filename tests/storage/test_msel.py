"""MSEL spreadsheets: the round trip, loose headers, and every bad row located."""

import csv
import datetime as dt
import io
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import mini_doc
from wargame.core.scenario import Scenario
from wargame.storage.msel import MselError, msel_rows, read_msel, write_msel
from wargame.storage.msel_columns import date_or_day

HSEEP = [
    "Event #",
    "Scenario time",
    "Event type",
    "Title",
    "Inject mode",
    "From",
    "To",
    "Message",
    "Expected player action",
    "Notes",
]
HOSTILE_TEXTS = ['=HYPERLINK("http://x","y")', "+1 555 0100", "-5 km", "@SUM(A1:A2)"]


def full_scenario() -> Scenario:
    """The mini crisis with injects that use every MSEL text, formula-like texts included,
    a triggered inject, and a two-day historical track."""
    doc = mini_doc()
    doc["injects"] = [
        {
            "id": "news",
            "title": "News",
            "turn": 1,
            "text": 'Line one, with a comma\nand "quotes" on line two — ünïcode',
            "effects": [{"scope": "pair", "pair": ["A", "C"], "var": "escalation", "value": 5}],
            "mode": "E-mail",
            "sender": "Reuters (SimCell)",
            "recipient": "Team Aland",
            "expected_action": "Convene the crisis cell",
            "notes": "Deliver at 09:00",
        },
        *(
            {"id": f"odd{i}", "title": f"Odd {i}", "turn": 2 + i, "text": t, "notes": t}
            for i, t in enumerate(HOSTILE_TEXTS)
        ),
        {
            "id": "alarm",
            "title": "Alarm",
            "text": "Sirens",
            "trigger": [{"kind": "escalation", "dyad": ["A", "B"], "min": 50}],
            "flags_set": ["alarm:raised"],
        },
        {"id": "late", "title": "Late news", "turn": 3},
    ]
    doc["history"] = [
        {"moves": []},
        {"moves": [{"actor": "A", "action": "hit", "target": "B", "outcome": "success"}]},
    ]
    return Scenario.model_validate(doc)


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_injects(tmp_path, suffix):
    scenario = full_scenario()
    path = tmp_path / f"msel{suffix}"
    written = write_msel(scenario, path)
    assert written == len(scenario.injects) + 2  # and the two history days
    read = read_msel(path, scenario)
    assert read.problems == []
    assert read.injects == scenario.injects
    assert read.warnings == [
        "rows 2, 4: history, not injects: not read (the scenario keeps its own)"
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_of_the_default_scenario(tmp_path, default_scenario, suffix):
    path = tmp_path / f"msel{suffix}"
    write_msel(default_scenario, path)
    read = read_msel(path, default_scenario)
    assert read.problems == []
    assert read.injects == default_scenario.injects


def test_the_export_has_the_hseep_columns_dates_and_history_days(tmp_path):
    scenario = full_scenario()
    path = write_msel(scenario, tmp_path / "m.csv") and tmp_path / "m.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0] == HSEEP
    by_number = {r[0]: r for r in rows[1:]}
    assert by_number["news"][1:8] == [
        "2030-03-02",  # turn 1 of a scenario starting on 1 March 2030
        "Inject",
        "News",
        "E-mail",
        "Reuters (SimCell)",
        "Team Aland",
        'Line one, with a comma\nand "quotes" on line two — ünïcode',
    ]
    assert by_number["alarm"][1] == "Triggered"
    assert by_number["H2"][1:3] == ["2030-03-02", "History"]
    assert by_number["H2"][7] == "Aland: Hit → Borduria (success)"
    # history day 1 (turn 1) comes before the first inject of a later day, after turn 1's
    numbers = [r[0] for r in rows[1:]]
    assert numbers.index("news") < numbers.index("H2") < numbers.index("odd0")


def test_texts_a_spreadsheet_would_run_are_escaped(tmp_path):
    scenario = full_scenario()
    write_msel(scenario, tmp_path / "m.csv")
    raw = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    for text in HOSTILE_TEXTS:
        assert "'" + text.replace('"', '""') in raw
    write_msel(scenario, tmp_path / "m.xlsx")
    with zipfile.ZipFile(tmp_path / "m.xlsx") as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no formula at all
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    cells = [c for row in book.active.iter_rows() for c in row if c.value in HOSTILE_TEXTS]
    assert len(cells) == 2 * len(HOSTILE_TEXTS)  # message and notes, as plain texts
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_headers_are_matched_loosely_and_times_read_as_days_or_dates(tmp_path, default_scenario):
    path = write_csv(
        tmp_path / "loose.csv",
        [
            ["Exercise NIGHTJAR — master scenario events list"],
            [],
            ["EVENT NO.", "Date", "Mode", "Sender", "Recipient(s)", "Description",
             "Expected Player Action", "Remarks", "Objective"],
            ["1.1", "Day 3", "Phone", "Embassy", "Team Pakistan", "A call from the embassy",
             "Call back", "Script B", "O-1"],
            ["1.2", "17 January 2024", "", "", "", "Second call", "", "", ""],
            ["1.3", "2024-01-18 09:30", "", "", "", "Third", "", "", ""],
        ],
        delimiter=";",
    )  # fmt: skip
    read = read_msel(path, default_scenario)
    assert read.problems == []
    first, second, third = read.injects
    assert (first.id, first.turn, first.title, first.text) == (
        "msel_1_1",
        2,  # Day 1 is the start date, turn 0
        "A call from the embassy",
        "A call from the embassy",
    )
    assert (first.mode, first.sender, first.recipient) == ("Phone", "Embassy", "Team Pakistan")
    assert (first.expected_action, first.notes) == ("Call back", "Script B")
    assert (second.turn, third.turn) == (2, 3)
    assert "column not read: 'Objective'" in read.warnings


def test_every_row_that_cannot_be_read_is_located(tmp_path, default_scenario):
    long_title = "T" * 121
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["Event #", "Time", "Title", "Message"],
            ["1", "tomorrow", "", "x"],
            ["2", "Day 0", "", "x"],
            ["3", "2023-12-31", "", "x"],
            ["4", "=TODAY()", "", "x"],
            ["5", "", "", "no day and not in the scenario"],
            ["6", "Day 2", long_title, "x"],
            ["6", "Day 2", "", "the same number again"],
            ["7", "Day 2", "", ""],
            ["8", "01/02/2024", "", "x"],
            ["9", "Day 2", "", "fine"],
        ],
    )
    read = read_msel(path, default_scenario)
    assert read.problems == [
        "row 2, column 'Time': 'tomorrow' is not a date or 'Day N'",
        "row 3, column 'Time': 'Day 0': days count from 'Day 1' (the scenario's start date)",
        "row 4, column 'Time': 2023-12-31 is before the scenario's start date, 2024-01-15",
        "row 5, column 'Time': '=TODAY()' is a formula, not a date or 'Day N' (formulas are "
        "never run)",
        "row 6, column 'Time': no date or 'Day N': only an inject of the scenario with trigger "
        "conditions (its event number the inject's id) goes without one",
        "row 7, column 'Title': is too long: at most 120 characters (it has 121)",
        "row 8, column 'Event #': '6' repeats the event number of row 7",
        "row 9: neither a title nor a message",
        "row 10, column 'Time': '01/02/2024' could be 1 February 2024 or 2 January 2024: "
        "write it as 2024-02-01 or '1 February 2024'",
    ]


def test_missing_columns_are_named_with_the_header_found(tmp_path, default_scenario):
    path = write_csv(tmp_path / "m.csv", [["Event #", "Type", "Notes"], ["1", "Inject", "x"]])
    read = read_msel(path, default_scenario)
    assert read.injects == []
    assert read.problems == [
        "row 1: no column for 'Scenario time' or 'Message' (the header row has: 'Event #', "
        "'Type', 'Notes')"
    ]
    path = write_csv(tmp_path / "n.csv", [["a", "b"], ["1", "2"]])
    assert read_msel(path, default_scenario).problems == [
        "no header row naming the MSEL's columns in the first rows: it needs 'Scenario time' "
        "and 'Message' (row 1 has: 'a', 'b')"
    ]


def test_files_that_are_no_spreadsheet_are_refused_with_a_reason(tmp_path, default_scenario):
    def problems(name: str, data: bytes) -> list[str]:
        (tmp_path / name).write_bytes(data)
        return read_msel(tmp_path / name, default_scenario).problems

    assert problems("empty.csv", b"") == ["the file is empty"]
    assert problems("blank.csv", b"\r\n \n") == ["the file is empty"]
    assert problems("old.xls", b"\xd0\xcf\x11\xe0") == [
        "only .xlsx and .csv spreadsheets are read and written, not '.xls' (save it as .xlsx)"
    ]
    assert problems("m.json", b"{}") == [
        "only .xlsx and .csv spreadsheets are read and written, not '.json'"
    ]
    assert problems("fake.xlsx", b"Event #,Time,Message\n") == [
        "not an .xlsx workbook (it is not a zip archive): save it as .xlsx or .csv"
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    (found,) = problems("zip.xlsx", buffer.getvalue())
    assert found.startswith("not a readable .xlsx workbook (")
    latin = "Event #,Time,Message\n1,Day 1,ok\n2,Day 1,café\n".encode("latin-1")
    assert problems("latin.csv", latin) == [
        "row 3: not UTF-8 text (byte 0xE9): save the spreadsheet as 'CSV UTF-8' (or as .xlsx)"
    ]
    assert read_msel(tmp_path / "missing.csv", default_scenario).problems == [
        "cannot read file: No such file or directory"
    ]
    empty = openpyxl.Workbook()
    empty.save(tmp_path / "empty.xlsx")
    assert (
        read_msel(tmp_path / "empty.xlsx", default_scenario).problems[0].startswith("no header row")
    )


def xlsx_with_cached_values(path: Path) -> Path:
    """A workbook as a spreadsheet application saves it: formulas with the values it
    computed (openpyxl writes none, so they are put in by hand)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Event #", "Scenario time", "Title", "Message", "Notes"])
    sheet.append([1, "Day 2", "Cached", '=CONCAT("a","b")', '=WEBSERVICE("http://x")'])
    sheet.append([2, "=TODAY()", "No cache", "x", None])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml = xml.replace('<f>CONCAT("a","b")</f><v />', '<f>CONCAT("a","b")</f><v>ab</v>', 1)
    xml = xml.replace('<c r="D2"', '<c r="D2" t="str"', 1)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_formulas_are_read_as_their_saved_values_or_text_never_run(tmp_path, default_scenario):
    path = xlsx_with_cached_values(tmp_path / "f.xlsx")
    read = read_msel(path, default_scenario)
    assert read.problems == [
        "row 3, column 'Scenario time': '=TODAY()' is a formula, not a date or 'Day N' "
        "(formulas are never run)"
    ]
    (cached,) = read.injects
    assert cached.text == "ab"  # the value the spreadsheet saved
    assert cached.notes == '=WEBSERVICE("http://x")'  # no saved value: its text
    assert "rows 2-3: formulas read as their saved values or text (never run)" in read.warnings
    csv_path = write_csv(tmp_path / "f.csv", [["Time", "Message"], ["Day 1", "=1+1"]])
    read = read_msel(csv_path, default_scenario)
    assert [j.text for j in read.injects] == ["=1+1"]


def test_ten_thousand_rows_are_read_quickly_and_one_more_is_refused(tmp_path, default_scenario):
    rows = [["Event #", "Scenario time", "Message"]]
    rows += [[str(i), f"Day {i % 17 + 1}", f"message {i}"] for i in range(1, 10_001)]
    start = time.perf_counter()
    read = read_msel(write_csv(tmp_path / "big.csv", rows), default_scenario)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("MSEL")
    for row in rows:
        sheet.append(row)
    book.save(tmp_path / "big.xlsx")
    read_x = read_msel(tmp_path / "big.xlsx", default_scenario)
    assert time.perf_counter() - start < 30  # a few seconds on a busy 2-core machine
    assert read.problems == read_x.problems == []
    assert len(read.injects) == len(read_x.injects) == 10_000
    assert read.injects[-1].turn == 10_000 % 17 and read.injects[-1].id == "msel_10000"
    more = read_msel(
        write_csv(tmp_path / "more.csv", [*rows, ["x", "Day 1", "y"]]), default_scenario
    )
    assert more.problems == ["more than 10,000 rows below the header: split the MSEL"]


def test_ten_thousand_bad_rows_are_each_reported(tmp_path, default_scenario):
    rows = [["Event #", "Scenario time", "Message"]]
    rows += [[str(i), "soon", "x"] for i in range(1, 10_001)]
    start = time.perf_counter()
    read = read_msel(write_csv(tmp_path / "bad.csv", rows), default_scenario)
    assert time.perf_counter() - start < 20
    assert len(read.problems) == 10_000
    assert read.problems[0] == "row 2, column 'Scenario time': 'soon' is not a date or 'Day N'"
    assert read.problems[-1].startswith("row 10001, column 'Scenario time'")


def test_injects_of_the_scenario_keep_what_a_spreadsheet_cannot_hold(tmp_path):
    scenario = full_scenario()
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["Event #", "Scenario time", "Message"],
            ["alarm", "", "Sirens, now louder"],
            ["news", "Day 3", "Rewritten"],
            ["fresh", "Day 1", "New one"],
        ],
    )
    read = read_msel(path, scenario)
    assert read.problems == []
    alarm, news, fresh = read.injects
    old = {j.id: j for j in scenario.injects}
    assert alarm.trigger == old["alarm"].trigger and alarm.turn is None
    assert alarm.flags_set == ["alarm:raised"] and alarm.text == "Sirens, now louder"
    assert news.effects == old["news"].effects and news.turn == 2
    assert news.title == "Rewritten"  # no title column: the message's first line
    assert fresh.effects == [] and fresh.trigger == [] and fresh.turn == 0
    assert read.warnings == [
        "the spreadsheet replaces the scenario's injects; not in it: odd0, odd1, odd2, odd3, late"
    ]
    dated = write_csv(
        tmp_path / "d.csv", [["Event #", "Scenario time", "Message"], ["alarm", "Day 4", "x"]]
    )
    read = read_msel(dated, scenario)
    assert read.injects[0].turn == 3 and read.injects[0].trigger == []
    assert "row 2: 'alarm' is given a day, so its trigger conditions are dropped" in read.warnings


def test_the_history_rows_follow_the_days_they_tell(default_scenario):
    rows = msel_rows(default_scenario)
    history = [r for r in rows[1:] if r[2] == "History"]
    assert len(history) == len(default_scenario.history or [])
    assert [r[1] for r in history] == [
        default_scenario.date_of(k) for k in range(len(default_scenario.history or []))
    ]
    assert "Iran: Strike militant camps across the border → Jaish al-Adl" in str(history[1][7])


def test_write_msel_refuses_what_it_cannot_write(tmp_path, default_scenario):
    with pytest.raises(MselError, match=r"not '\.ods'"):
        write_msel(default_scenario, tmp_path / "m.ods")
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(MselError, match=r"folder\.csv"):
        write_msel(default_scenario, tmp_path / "folder.csv")
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"old")
    locked.chmod(0o444)
    with pytest.raises(MselError, match="read-only"):
        write_msel(default_scenario, locked)
    assert locked.read_bytes() == b"old"


def test_a_date_cell_of_a_workbook_is_a_day(tmp_path, default_scenario):
    book = openpyxl.Workbook()
    book.active.append(["Scenario time", "Message"])
    book.active.append([dt.datetime(2024, 1, 20, 14, 0), "five days in"])
    book.active.append([dt.date(2024, 1, 15), "the first day"])
    book.save(tmp_path / "d.xlsx")
    read = read_msel(tmp_path / "d.xlsx", default_scenario)
    assert [j.turn for j in read.injects] == [5, 0]


def test_days_inside_a_longer_turn_fall_in_that_turn(tmp_path):
    scenario = full_scenario().model_copy(update={"turn_days": 7, "turns": 3})
    path = write_csv(
        tmp_path / "weeks.csv",
        [
            ["Scenario time", "Message"],
            ["Day 1", "week one"],
            ["Day 9", "week two, second day"],
            ["2030-03-15", "week three"],
            ["Day 22", "week four: after the planned turns"],
        ],
    )
    read = read_msel(path, scenario)
    assert [j.turn for j in read.injects] == [0, 1, 2, 3]
    assert read.warnings[:2] == [
        "row 3: a day inside a turn of 7 days read as that turn",
        "row 5: after the scenario's 3 planned turns",
    ]
    write_msel(scenario.model_copy(update={"injects": read.injects}), tmp_path / "out.csv")
    again = read_msel(tmp_path / "out.csv", scenario)
    assert again.injects == read.injects  # written as the first day of each turn


def test_msel_texts_are_kept_in_the_scenario_and_absent_while_empty(default_scenario):
    # A scenario without them dumps as before they existed: a save's tamper evidence digests
    # the scenario's dump, so the saves written before must still prove.
    for inject in default_scenario.model_dump(mode="json")["injects"]:
        assert not {"mode", "sender", "recipient", "expected_action", "notes"} & set(inject)
    scenario = full_scenario()
    again = Scenario.model_validate_json(scenario.model_dump_json())
    assert again.injects == scenario.injects
    assert again.injects[0].expected_action == "Convene the crisis cell"


def test_the_sheet_named_msel_is_read_and_a_zip_bomb_is_not(
    tmp_path, default_scenario, monkeypatch
):
    book = openpyxl.Workbook()
    book.active.title = "Cover"
    book.active.append(["Exercise NIGHTJAR", "not the MSEL"])
    msel = book.create_sheet("Exercise MSEL")
    msel.append(["Scenario time", "Message"])
    msel.append(["Day 2", "from the second sheet"])
    book.save(tmp_path / "two.xlsx")
    read = read_msel(tmp_path / "two.xlsx", default_scenario)
    assert [(j.turn, j.text) for j in read.injects] == [(1, "from the second sheet")]
    from wargame.storage import msel_sheet

    monkeypatch.setattr(msel_sheet, "MAX_UNPACKED", 1000)
    (problem,) = read_msel(tmp_path / "two.xlsx", default_scenario).problems
    assert problem.startswith("the workbook unpacks to ") and problem.endswith("the limit is 1,000")


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("Day 3", 3),
        ("day 2, 09:00", 2),
        ("2024-01-17", dt.date(2024, 1, 17)),
        ("Wed, 17 Jan 2024", dt.date(2024, 1, 17)),
        ("Jan 17, 2024", dt.date(2024, 1, 17)),
        ("17-Jan-2024", dt.date(2024, 1, 17)),
        ("Sept 3, 2024", dt.date(2024, 9, 3)),
        (dt.datetime(2024, 1, 17, 23, 59), dt.date(2024, 1, 17)),
        ("2024-02-30", "'2024-02-30' is not a date or 'Day N'"),
        ("17 Foo 2024", "'17 Foo 2024' is not a date or 'Day N'"),
        (3.0, "'3' is a number, not a date or 'Day N'"),
    ],
)
def test_the_times_an_msel_may_give(cell, day):
    assert date_or_day(cell) == day


def test_planner_headers_with_brackets_and_slashes_are_understood(tmp_path, default_scenario):
    header = [
        "MSEL No.",
        "Scenario Date/Time",
        "Inject Message / Description",
        "From (Sender)",
        "To (Recipient)",
        "Expected Player Action",
    ]
    path = write_csv(
        tmp_path / "planner.csv",
        [header, ["1", "17/01/2024", "Border closed", "MFA", "Team Pakistan", "Convene"]],
    )
    read = read_msel(path, default_scenario)
    assert read.problems == [] and read.warnings[:1] == [
        "the spreadsheet replaces the scenario's injects; not in it: "
        + ", ".join(j.id for j in default_scenario.injects)
    ]
    (inject,) = read.injects
    assert (inject.text, inject.sender) == ("Border closed", "MFA")
    assert inject.recipient == "Team Pakistan"
    assert (inject.turn, inject.expected_action) == (2, "Convene")  # 15 January is turn 0


def test_missing_columns_list_the_whole_header_row_as_found(tmp_path, default_scenario):
    path = write_csv(
        tmp_path / "m.csv",
        [["MSEL No.", "Objective", "Scenario Date/Time", "Controller"], ["1", "O-1", "Day 1", "x"]],
    )
    assert read_msel(path, default_scenario).problems == [
        "row 1: no column for 'Message' (the header row has: 'MSEL No.', 'Objective', "
        "'Scenario Date/Time', 'Controller')"
    ]


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("13/06/2025", dt.date(2025, 6, 13)),
        ("06/13/2025", dt.date(2025, 6, 13)),
        ("13.06.2025 09:30", dt.date(2025, 6, 13)),
        ("05/05/2024", dt.date(2024, 5, 5)),
        (
            "01/02/2024",
            "'01/02/2024' could be 1 February 2024 or 2 January 2024: write it as 2024-02-01 "
            "or '1 February 2024'",
        ),
        ("31/02/2024", "'31/02/2024' is not a date or 'Day N'"),
    ],
)
def test_numeric_dates_are_read_when_day_and_month_cannot_be_mixed_up(cell, day):
    assert date_or_day(cell) == day


@pytest.mark.parametrize(
    "rows",
    [
        [HSEEP],
        [HSEEP, [""] * len(HSEEP), []],
        [HSEEP, ["H1", "2024-01-15", "History", "What happened", "", "", "", "x", "", ""]],
    ],
)
def test_an_msel_without_inject_rows_is_refused(tmp_path, default_scenario, rows):
    read = read_msel(write_csv(tmp_path / "empty.csv", rows), default_scenario)
    assert read.problems == ["no inject rows under the header: nothing imported"]
    assert read.injects == []
    assert not any("replaces the scenario's injects" in w for w in read.warnings)
