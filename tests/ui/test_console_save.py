"""A console save and a command-line save of the same moves are the same file, apart from
their time stamps: both go through the session's operations (the narrative included)."""

import json
import subprocess
import sys

from PySide6.QtCore import Qt

from tests.ui.facilitator import choose, compose_and_submit, next_phase
from wargame.core.enums import Decision, Outcome, Phase
from wargame.core.events import NarrativeRecorded
from wargame.core.playbook import adjudication_for

TURNS = 3


def comparable(path):
    doc = json.loads(path.read_text())
    for stamp in ("saved_at", "app_version"):
        doc.pop(stamp)
    return doc


def test_console_and_command_line_write_the_same_save(qtbot, window, tmp_path):
    scenario = window.session.scenario
    history = scenario.history[:TURNS]
    world = window.session.engine.world
    for day, turn in enumerate(history):
        if day:
            next_phase(qtbot, window, 2)  # resolution -> review (narrative) -> injects
        assert window.session.state.phase is Phase.INJECTS
        for _ in range(len(window.injects.due_ids())):
            qtbot.mouseClick(window.injects.fire, Qt.MouseButton.LeftButton)
        next_phase(qtbot, window)
        for move in turn.moves:
            compose_and_submit(qtbot, window.composer, move)
        next_phase(qtbot, window)
        orders = window.orders
        for row, move in enumerate(turn.moves):
            ruling = adjudication_for(world, row, move)  # the ruling the command line makes
            orders.table.selectRow(row)
            orders.reason.setText(ruling.reason)
            if ruling.decision is Decision.SET:
                choose(orders.outcome, ruling.outcome or Outcome.SUCCESS)
                qtbot.mouseClick(orders.set_button, Qt.MouseButton.LeftButton)
            elif ruling.decision is Decision.ROLL:
                qtbot.mouseClick(orders.roll, Qt.MouseButton.LeftButton)
            else:
                qtbot.mouseClick(orders.accept, Qt.MouseButton.LeftButton)
        next_phase(qtbot, window)
    narratives = [e for e in window.session.log if isinstance(e, NarrativeRecorded)]
    assert len(narratives) == TURNS - 1
    console = tmp_path / "console.json"
    assert window.save_to(console)

    scenario_file = tmp_path / "scenario.json"
    scenario_file.write_text(scenario.model_dump_json())
    moves = tmp_path / "moves.json"
    moves.write_text(
        json.dumps(
            {
                "scenario": scenario.id,
                "turns": [t.model_dump(mode="json", exclude_none=True) for t in history],
            }
        )
    )
    cli = tmp_path / "cli.json"
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "wargame", "run", str(scenario_file)),
            *("--moves", str(moves), "--seed", "0", "--out", str(cli)),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert comparable(console) == comparable(cli)
