"""A crisis built from the template through the editor's widgets, saved, and played
headless by the real command line."""

import json
import subprocess
import sys

from PySide6.QtCore import Qt

from tests.ui.conftest import on_modal
from tests.ui.editor.steps import build_small_crisis, close_editor, open_editor
from wargame.storage.files import load_scenario
from wargame.ui.check import CheckDialog


def wargame(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wargame", *args], capture_output=True, text=True, timeout=120
    )


def test_a_crisis_built_in_the_editor_plays_and_checks_headless(qtbot, tmp_path):
    editor = open_editor(qtbot)
    try:
        build_small_crisis(qtbot, editor)
        assert [p.line() for p in editor.checked.problems] == []
        assert editor.act_check.isEnabled()
        seen = []

        def read_check(dialog):
            assert isinstance(dialog, CheckDialog)
            seen.append((dialog.summary.text(), dialog.table.item(0, 0).text()))
            dialog.reject()

        on_modal(read_check)
        editor.act_check.trigger()
        assert seen and "1 of 1 checkpoints hold" in seen[0][0] and seen[0][1] == "Pass"
        path = tmp_path / "border.json"
        assert editor.save_to(path)
        assert not editor.is_dirty()
    finally:
        close_editor(editor)
    doc = json.loads(path.read_text())
    assert doc["catalogue"] == "standard" and "_disabled" not in doc
    assert [a["id"] for a in doc["actors"]] == ["ALP", "BET", "GRP"]
    assert doc["actors"][2]["kind"] == "non_state"
    rels = {(r["a"], r["b"]): r for r in doc["relations"]}
    assert rels[("BET", "GRP")]["type"] == "host"
    assert rels[("ALP", "BET")]["type"] == "rival" and rels[("ALP", "BET")]["baseline"] == 5.0
    assert doc["injects"][0]["turn"] == 1
    assert doc["injects"][0]["text"] == "Villagers report shelling overnight."
    assert doc["history"][1]["moves"][0] == {
        "actor": "GRP",
        "action": "militant_attack",
        "target": "ALP",
        "outcome": "success",
    }
    scenario = load_scenario(path)
    assert scenario.title == "Border crisis in Alpland" and scenario.briefing
    run = wargame("run", str(path), "--history", "--out", str(tmp_path / "save.json"))
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "save.json").is_file()
    check = wargame("check", str(path))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "1 of 1 checkpoints hold" in check.stdout


def test_the_template_is_an_empty_crisis_with_the_shared_catalogue(qtbot):
    editor = open_editor(qtbot)
    try:
        doc = editor.model.doc
        assert doc["actors"] == [] and doc["catalogue"] == "standard"
        assert "params" not in doc  # the default parameters
        assert editor.actions_tab.catalogue.rowCount() > 40
        item = editor.actions_tab.catalogue.item(0, 0)
        assert item.checkState() == Qt.CheckState.Checked
    finally:
        close_editor(editor)
