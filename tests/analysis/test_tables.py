"""The analysts' tables: read back with pandas, values from the session, sealed moves kept
out."""

import json

import pandas as pd
import pytest

from tests.conftest import DEFAULT_SCENARIO
from tests.test_cli import wargame
from wargame.analysis.tables import DECISION_COLUMNS, TablesError, export_tables
from wargame.core.enums import Controller, Decision, Outcome
from wargame.core.escalation import band_of
from wargame.core.events import (
    ControlAssigned,
    MoveAdjudicated,
    MoveSubmitted,
    MoveWithdrawn,
    PhaseAdvanced,
    TeamPinSet,
)
from wargame.session.headless import play
from wargame.session.operations import advance
from wargame.session.session import Session

WITHDRAWN = "NIGHTJAR-7 plan that was taken back"
PENDING = "OSPREY-3 plan not revealed yet"
PIN_HASH = "ab" * 32


@pytest.fixture(scope="module")
def history(default_scenario) -> Session:
    session = Session(default_scenario, seed=7)
    play(session, default_scenario.history or [])
    return session


@pytest.fixture
def sealed(default_scenario) -> Session:
    """A turn with a withdrawn team move, a hostile rationale and every ruling, then the
    next turn's orders with a team move still sealed."""
    session = Session(default_scenario, seed=3)
    for event in (
        ControlAssigned("IRN", Controller.PLAYER, "Team Iran"),
        TeamPinSet("Team Iran", PIN_HASH),
        PhaseAdvanced(),  # orders
        MoveSubmitted("IRN", "condemn", "GCC", WITHDRAWN),
        MoveWithdrawn("Team Iran", 0),
        MoveSubmitted("IRN", "condemn", "PAK", '=HYPERLINK("http://x", "click"), then "quotes"'),
        MoveSubmitted("PAK", "condemn", "IRN", "line one\nline two"),
        MoveSubmitted("USA", "condemn", "IRN"),
        PhaseAdvanced(),  # adjudication: the reveal
        MoveAdjudicated(0, Decision.ROLL, reason="let the dice say"),
        MoveAdjudicated(1, Decision.MODIFY, Outcome.PARTIAL, "recall_ambassador", "IRN", "tone"),
        MoveAdjudicated(2, Decision.REJECT, reason="not today"),
    ):
        session.dispatch(event)
    advance(session)  # resolution
    advance(session)  # review
    advance(session)  # turn 1: injects
    advance(session)  # orders
    session.dispatch(MoveSubmitted("IRN", "condemn", "USA", PENDING))
    return session


def test_meters_csv_holds_the_state_of_every_resolved_turn(tmp_path, history):
    paths = export_tables(history, tmp_path / "new" / "tables")
    assert [p.name for p in paths] == ["meters.csv", "decisions.csv", "events.jsonl"]
    meters = pd.read_csv(paths[0])
    resolved = history.resolved()
    assert list(meters["turn"]) == [r.turn for r in resolved] == list(range(17))
    scenario = history.scenario
    pairs = sorted(resolved[0].state.escalation)
    assert list(meters.columns) == [
        "turn",
        "date",
        "global_escalation",
        "band",
        *(f"E:{p}" for p in pairs),
        *(f"D:{a.id}" for a in scenario.actors),
    ]
    assert "E:IRN-PAK" in meters.columns and "D:IRN" in meters.columns
    for r, row in zip(resolved, meters.itertuples(index=False), strict=True):
        values = row._asdict()
        assert values["date"] == scenario.date_of(r.turn).isoformat()
        assert values["global_escalation"] == r.state.global_escalation  # exactly
        assert values["band"] == band_of(scenario.params.bands, r.state.global_escalation).name
    peak = meters.loc[meters["E:IRN-PAK"].idxmax()]
    assert peak["date"] == "2024-01-18"  # as the README says of the historical track
    third = resolved[3].state
    assert meters.loc[3, "E:IRN-PAK"] == third.escalation["IRN-PAK"]
    assert meters.loc[3, "D:PAK"] == third.meters["PAK"]["deterrence"]


def test_decisions_csv_has_a_row_per_ruling_with_the_moves_as_played(tmp_path, history):
    export_tables(history, tmp_path)
    decisions = pd.read_csv(tmp_path / "decisions.csv", keep_default_na=True)
    assert tuple(decisions.columns) == DECISION_COLUMNS
    played = [
        (turn, m.actor, m.action, m.target or "", m.outcome.value if m.outcome else "")
        for turn, day in enumerate(history.scenario.history or [])
        for m in day.moves
    ]
    got = [
        (r.turn, r.actor, r.action, r.target if isinstance(r.target, str) else "", r.outcome)
        for r in decisions.itertuples()
    ]
    assert got == played
    first = decisions.iloc[0]
    assert (first["actor_name"], first["target_name"]) == ("Iran", "Jaish al-Adl")
    assert first["action_label"] == "Strike militant camps across the border"
    assert first["rationale"].startswith("Night strike with missiles and drones")


def test_every_ruling_shows_the_engine_roll_and_what_resolved(tmp_path, sealed):
    export_tables(sealed, tmp_path)
    decisions = pd.read_csv(tmp_path / "decisions.csv")
    pending = sealed.state_at(12).pending  # after the three rulings
    assert list(decisions["ruling"]) == ["roll", "modify", "reject"]
    roll, modify, reject = (decisions.iloc[i] for i in range(3))
    assert roll["roll"] == pending[0].roll and 0 <= roll["roll"] < 1
    assert roll["outcome"] == roll["engine_result"] == pending[0].outcome.value
    assert roll["rationale"] == '\'=HYPERLINK("http://x", "click"), then "quotes"'
    assert (modify["action"], modify["final_action"], modify["final_target"]) == (
        "condemn",
        "recall_ambassador",
        "IRN",
    )
    assert modify["outcome"] == "partial" and modify["reason"] == "tone"
    assert modify["rationale"] == "line one\nline two"
    assert reject["reason"] == "not today" and reject["actor"] == "USA"


def test_sealed_and_withdrawn_moves_and_pins_stay_out(tmp_path, sealed):
    export_tables(sealed, tmp_path)
    everything = "".join(
        (tmp_path / name).read_text() for name in ("meters.csv", "decisions.csv", "events.jsonl")
    )
    for secret in ("NIGHTJAR", "OSPREY", PIN_HASH):
        assert secret not in everything
    events = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert len(events) == sealed.cursor
    assert [e["position"] for e in events] == list(range(sealed.cursor))
    rulings = [e for e in events if e["kind"] == "adjudication"]
    assert [(r["index"], r["decision"]) for r in rulings] == [
        (0, "roll"),
        (1, "modify"),
        (2, "reject"),
    ]
    moves = [e for e in events if e["kind"] == "move"]
    assert [m["sealed"] for m in moves] == [True, False, False, False, True]
    assert moves[0] == {
        "position": 3,
        "turn": 0,
        "date": "2024-01-15",
        "phase": "orders",
        "kind": "move",
        "sealed": True,
        "team": "Team Iran",
    }
    assert moves[-1]["team"] == "Team Iran" and set(moves[-1]) == set(moves[0])
    assert {m.get("target") for m in moves[1:4]} == {"PAK", "IRN"}  # never GCC nor USA
    pin = next(e for e in events if e["kind"] == "team_pin")
    assert pin == {
        "position": 1,
        "turn": 0,
        "date": "2024-01-15",
        "phase": "injects",
        "kind": "team_pin",
        "team": "Team Iran",
        "pin_set": True,
    }


def test_the_undone_tail_is_left_out(tmp_path, sealed):
    sealed.seek(5)
    export_tables(sealed, tmp_path)
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    assert len(lines) == 5
    assert pd.read_csv(tmp_path / "decisions.csv").empty
    assert pd.read_csv(tmp_path / "meters.csv").empty


def test_an_unwritable_folder_raises_a_wargame_error(tmp_path, history):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(TablesError, match="cannot write"):
        export_tables(history, blocker / "tables")


def test_export_command_writes_the_tables_of_a_save(tmp_path):
    save = tmp_path / "save.json"
    assert wargame("run", str(DEFAULT_SCENARIO), "--history", "--out", str(save)).returncode == 0
    out = tmp_path / "tables"
    proc = wargame("export", str(save), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (
        proc.stdout.strip() == f"tables written to {out}: meters.csv, decisions.csv, events.jsonl"
    )
    assert len(pd.read_csv(out / "meters.csv")) == 17
    proc = wargame("export", str(DEFAULT_SCENARIO), "-o", str(out))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"{DEFAULT_SCENARIO}: $: expected a save, found a scenario file"
    proc = wargame("export", str(save), "-o", str(save))
    assert proc.returncode == 2 and "is a file" in proc.stderr
