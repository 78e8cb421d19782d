"""The editor from the console: File ▸ New scenario, File ▸ Edit scenario, and Play back
into the console."""

from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import on_modal
from tests.ui.editor.steps import close_editor, type_into
from wargame.storage.files import load_scenario


def file_menu_action(window, text):
    menu = window.menuBar().actions()[0].menu()
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_new_scenario_opens_the_editor_on_the_template(qtbot, window):
    file_menu_action(window, "New scenario (editor)…").trigger()
    editors = [w for w in window.findChildren(type(window.new_scenario())) if w.isVisible()]
    try:
        editor = editors[0]
        assert editor.model.doc["actors"] == [] and editor.path is None
        assert not editor.act_play.isEnabled()
    finally:
        for e in editors:
            close_editor(e)


def test_edit_scenario_then_play_it_in_the_console(qtbot, window, tmp_path):
    file_menu_action(window, "Edit scenario…").trigger()
    editor = window.findChildren(type(window.new_scenario()))[0]
    try:
        scenario = window.session.scenario
        assert editor.checked.problems == []
        # the shared catalogue's actions stay the catalogue's: none is the scenario's own
        assert editor.model.doc["actions"] == [] and editor.model.doc["_disabled"] == []
        assert editor.actors.rows.table.rowCount() == len(scenario.actors)
        type_into(qtbot, editor.overview.title, "Iran and Pakistan, replayed")
        path = tmp_path / "edited.json"
        assert editor.save_to(path)
        type_into(qtbot, editor.overview.title, "Iran and Pakistan, once more")
        editor.validate_now()
        assert editor.is_dirty() and editor.act_play.isEnabled()

        def save_first(box):
            assert isinstance(box, QMessageBox)
            box.button(QMessageBox.StandardButton.Save).click()

        on_modal(save_first, title="Save before playing")
        assert editor.play()
        assert not editor.is_dirty()
        assert load_scenario(path).title == "Iran and Pakistan, once more"
        assert window.session.scenario.title == "Iran and Pakistan, once more"
        assert window.session.scenario.actions == scenario.actions
    finally:
        for e in window.findChildren(type(editor)):
            close_editor(e)
