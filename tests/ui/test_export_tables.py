"""File ▸ Export tables for analysts: the console writes the same tables as `wargame export`."""

import pandas as pd
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import on_modal
from wargame.session.headless import play


def test_the_console_exports_the_tables_of_its_session(qtbot, window, tmp_path, monkeypatch):
    scenario = window.session.scenario
    play(window.session, scenario.history[:3])
    folder = tmp_path / "for the analysts"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.act_tables.trigger()
    meters = pd.read_csv(folder / "meters.csv")
    resolved = window.session.resolved()
    assert list(meters["turn"]) == [r.turn for r in resolved]
    last = resolved[-1].state
    assert abs(meters["E:IRN-PAK"].iloc[-1] - last.escalation["IRN-PAK"]) < 1e-3
    decisions = pd.read_csv(folder / "decisions.csv")
    assert len(decisions) == sum(len(t.moves) for t in scenario.history[:3])
    assert (folder / "events.jsonl").read_text().count("\n") == len(window.session.log)
    assert "Tables written to for the analysts" in window.status.text()


def test_a_folder_that_cannot_be_written_is_explained(qtbot, window, tmp_path, monkeypatch):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(blocked))
    seen = []

    def read(box):
        seen.append(box.text())
        box.accept()

    on_modal(read, title="Cannot export the tables")
    window.act_tables.trigger()
    assert seen and "cannot write" in seen[0]
    assert not blocked.is_dir()
