"""The editor counts days from Day 1, the start date, with their dates, as an MSEL does;
the file keeps turns from 0."""

from tests.conftest import DEFAULT_SCENARIO
from tests.ui.editor.steps import cell, close_editor, edit_cell, open_editor
from wargame.ui.editor.document import read_doc
from wargame.ui.editor.problems import where


def test_history_injects_and_expectations_say_day_1_for_the_start_date(qtbot):
    editor = open_editor(qtbot)
    try:
        editor.load(read_doc(DEFAULT_SCENARIO), None)  # starts on Mon 15 Jan 2024
        days = editor.history.days
        assert days.item(0).text().startswith("Day 1 · Mon 15 Jan 2024 · ")
        assert days.item(1).text().startswith("Day 2 · Tue 16 Jan 2024 · ")
        assert days.item(0).text().endswith(" moves")
        editor.tabs.setCurrentWidget(editor.injects)
        rows = editor.injects.rows
        turns = [i.get("turn") for i in editor.model.doc["injects"]]
        assert turns[0] == 0 and turns[2] == 1
        assert rows.table.horizontalHeaderItem(2).text() == "Day"
        assert cell(rows, 0, "turn") == "Day 1 · Mon 15 Jan 2024"
        assert cell(rows, 2, "turn") == "Day 2 · Tue 16 Jan 2024"
        edit_cell(qtbot, rows, 2, "turn", "3")  # typed as a day number
        assert editor.model.doc["injects"][2]["turn"] == 2
        assert cell(rows, 2, "turn") == "Day 3 · Wed 17 Jan 2024"
        labels = [label for label, _value in editor.expectations.rows.columns[6].choices()]
        assert labels[0] == "Day 1 · Mon 15 Jan 2024"
        assert where("$.history[0].moves[0]", editor.model) == "History ▸ Day 1 · Mon 15 Jan 2024"
    finally:
        close_editor(editor)


def test_a_turn_condition_is_typed_as_day_numbers(qtbot):
    editor = open_editor(qtbot)
    try:
        editor.load(read_doc(DEFAULT_SCENARIO), None)
        editor.tabs.setCurrentWidget(editor.injects)
        editor.injects.rows.table.setCurrentCell(0, 0)
        trigger = editor.injects.trigger
        editor.injects.parts.setCurrentWidget(trigger)
        trigger.add_row()
        edit_cell(qtbot, trigger, 0, "kind", "turn")
        edit_cell(qtbot, trigger, 0, "min", "2")
        assert editor.model.doc["injects"][0]["trigger"][0] == {"kind": "turn", "min": 1}
        assert cell(trigger, 0, "min") == "2"
    finally:
        close_editor(editor)
