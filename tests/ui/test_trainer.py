"""The trainer's panels: bookmarks and notes, branches."""

from PySide6.QtCore import Qt

from tests.ui.conftest import on_modal
from tests.ui.facilitator import replay_window
from wargame.core.events import NoteAdded
from wargame.session.persist import from_save, to_save


def test_bookmarks_and_notes_round_trip_and_survive_a_branch(qtbot, tmp_path, default_scenario):
    window, _ = replay_window(qtbot, tmp_path, default_scenario)
    try:
        window.replay_bar.seek(25)
        notes = window.notes

        def type_text(dialog, text):
            dialog.setTextValue(text)
            dialog.accept()

        on_modal(lambda d: type_text(d, "Decision to recall"))
        qtbot.mouseClick(notes.bookmark, Qt.MouseButton.LeftButton)
        notes.kind.setCurrentIndex(1)
        on_modal(lambda d: type_text(d, "they chose retortion first"))
        qtbot.mouseClick(notes.note, Qt.MouseButton.LeftButton)
        texts = [notes.items.item(i).text() for i in range(notes.items.count())]
        assert any("Decision to recall" in t for t in texts)
        assert any("[decision point] they chose retortion first" in t for t in texts)
        # navigate by double click
        window.replay_bar.seek(0)
        item = next(
            notes.items.item(i)
            for i in range(notes.items.count())
            if "Pakistan's reply" in notes.items.item(i).text()
        )
        notes.items.itemDoubleClicked.emit(item)
        assert window.session.cursor == 40
        # branch "what if" from here: the parent is untouched and notes stay
        parent_log = list(window.session.log)  # a snapshot: the log is a live view
        on_modal(lambda d: type_text(d, "no reply"))
        qtbot.mouseClick(window.branches.new_branch, Qt.MouseButton.LeftButton)
        session = window.session
        assert session.branch == "no reply" and not session.read_only
        session.dispatch(NoteAdded("what if Pakistan had not replied?"))
        assert session.branches["main"].events == parent_log
        assert [a.text for a in session.annotations if a.branch == "main"] == [
            "Pakistan's reply",
            "Decision to recall",
            "[decision point] they chose retortion first",
        ]
        again = from_save(to_save(session))
        assert [(a.branch, a.index, a.text) for a in again.annotations] == [
            (a.branch, a.index, a.text) for a in session.annotations
        ]
        assert again.branches["no reply"].parent == "main"
        assert again.branches["no reply"].fork == 40
        rows = [window.branches.items.item(i).text() for i in range(window.branches.items.count())]
        assert any(r.startswith("▶ no reply") and "from main at event 40" in r for r in rows)
    finally:
        window.mark_saved()
        window.close()


def test_the_notes_panel_keeps_the_fork_point_bookmarks_and_dates_them_as_the_replay_bar(
    qtbot, tmp_path, default_scenario
):
    window, _ = replay_window(qtbot, tmp_path, default_scenario)
    try:
        session = window.session
        window.replay_bar.seek(40)  # where the save's bookmark "Pakistan's reply" stands
        window.bridge.run(window, lambda: session.branch_from_here("no reply"))
        notes = window.notes
        texts = [notes.items.item(i).text() for i in range(notes.items.count())]
        assert len(texts) == 1 and "Pakistan's reply" in texts[0]
        date = session.scenario.date_of(session.state.turn).strftime("%d %b")
        assert date in texts[0] and date in window.replay_bar.position.text()
    finally:
        window.mark_saved()
