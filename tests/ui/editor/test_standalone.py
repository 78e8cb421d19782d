"""`wargame edit [FILE]`: the editor on its own; Play opens a console beside it."""

from tests.ui.editor.steps import close_editor
from wargame.cli import build_parser, cmd_edit
from wargame.resources import DEFAULT_SCENARIO
from wargame.ui.editor.document import write_doc
from wargame.ui.editor.standalone import Consoles, build_editor


def test_wargame_edit_takes_an_optional_file():
    args = build_parser().parse_args(["edit", "crisis.json"])
    assert args.fn is cmd_edit and args.file == "crisis.json"
    assert build_parser().parse_args(["edit"]).file is None


def test_the_editor_alone_opens_a_draft_and_plays_in_a_new_console(qtbot, tmp_path):
    consoles = Consoles(tmp_path / "autosave")
    editor = build_editor(DEFAULT_SCENARIO, consoles)
    try:
        assert editor.path == DEFAULT_SCENARIO and editor.checked.problems == []
        draft = dict(editor.model.doc, title="")
        path = tmp_path / "draft.json"
        write_doc(draft, path)
        again = build_editor(path, consoles)
        try:
            assert [p.line() for p in again.checked.problems] == ["$.title: must not be empty"]
            assert not again.act_play.isEnabled()
        finally:
            close_editor(again)
        assert editor.save_to(tmp_path / "copy.json")
        assert editor.play()
        assert len(consoles.windows) == 1
        console = consoles.windows[0]
        assert console.session.scenario.id == "iran_pakistan_2024"
        console.mark_saved()
        console.close()
        console.deleteLater()
    finally:
        close_editor(editor)
