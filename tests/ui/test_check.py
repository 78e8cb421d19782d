"""Scenario ▸ Check against history: the table of the open scenario's checkpoints."""

from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import on_modal
from tests.ui.facilitator import _menu_action
from wargame.ui.check import CheckDialog


def test_the_check_table_shows_every_checkpoint_of_the_open_scenario(window):
    seen = {}

    def read(dialog):
        table = dialog.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())
        ]
        seen["summary"] = dialog.summary.text()
        dialog.copy_text()
        dialog.reject()

    on_modal(read)
    _menu_action(window, "Scenario", "Check against history…").trigger()
    expectations = window.session.scenario.expectations
    assert [row[1] for row in seen["rows"]] == [cp.name for cp in expectations]
    assert {row[0] for row in seen["rows"]} == {"Pass"}
    assert f"{len(expectations)} of {len(expectations)} checkpoints hold" in seen["summary"]
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].startswith(f"PASS {expectations[0].name}: ")
    assert window.session.log == []  # the open session is not touched


def test_a_failing_checkpoint_shows_as_fail_with_its_values(qtbot, default_scenario):
    wrong = default_scenario.expectations[1].model_copy(update={"on": default_scenario.date_of(2)})
    scenario = default_scenario.model_copy(update={"expectations": [wrong]})
    dialog = CheckDialog(scenario)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Fail"
    assert "on 18 Jan" in dialog.table.item(0, 2).text()
    assert "0 of 1 checkpoints hold" in dialog.summary.text()


def test_a_scenario_without_checkpoints_says_so(qtbot, default_scenario):
    dialog = CheckDialog(default_scenario.model_copy(update={"expectations": []}))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and "no historical checkpoints" in dialog.summary.text()
