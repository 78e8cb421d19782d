"""Trainers: replay with VCR controls, bookmarks and notes, branches."""

from PySide6.QtCore import QDate, Qt

from tests.ui.conftest import on_modal
from wargame.core.events import NoteAdded
from wargame.session.headless import play
from wargame.session.persist import from_save, to_save
from wargame.session.session import Session
from wargame.ui.app import build_window
from wargame.ui.mainwindow import MainWindow


def saved_history(tmp_path, default_scenario, days=6):
    session = Session(default_scenario, seed=3)
    play(session, default_scenario.history[:days])
    session.annotate("Pakistan's reply", index=40, bookmark=True)
    path = tmp_path / "played.json"
    from wargame.storage.files import write_save

    write_save(path, to_save(session))
    return path, session


def replay_window(qtbot, tmp_path, default_scenario) -> tuple[MainWindow, Session]:
    path, original = saved_history(tmp_path, default_scenario)
    window = build_window(path, tmp_path / "auto", ask=lambda _p: False, replay=True)
    window.show()
    qtbot.waitExposed(window)
    return window, original


def test_replay_reproduces_every_turn_and_drives_every_view(qtbot, tmp_path, default_scenario):
    window, original = replay_window(qtbot, tmp_path, default_scenario)
    try:
        bar = window.replay_bar
        assert window.session.read_only and window.session.cursor == 0
        assert "[replay]" in window.windowTitle()
        for r in original.resolved():  # every resolved turn, exactly as played
            bar.seek(r.index)
            assert window.session.state.digest() == r.digest
            assert window.meters.gauge.value() == r.state.global_escalation
            assert window.meters.deterrence["PAK"].value() == r.state.meters["PAK"]["deterrence"]
            assert window.log_panel.model.index(r.index - 1, 0).data() == str(r.index)
        qtbot.mouseClick(bar.first, Qt.MouseButton.LeftButton)
        assert window.session.cursor == 0 and bar.slider.value() == 0
        qtbot.mouseClick(bar.next_turn, Qt.MouseButton.LeftButton)
        assert window.session.state.turn == 1 and window.session.cursor > 0
        qtbot.mouseClick(bar.prev_event, Qt.MouseButton.LeftButton)
        assert window.session.state.turn == 0
        qtbot.mouseClick(bar.last, Qt.MouseButton.LeftButton)
        assert window.session.cursor == len(window.session.log)
        bar.slider.setValue(10)  # scrub
        assert window.session.cursor == 10
        bar.date.setDate(QDate(2024, 1, 18))
        qtbot.mouseClick(bar.go, Qt.MouseButton.LeftButton)
        assert window.session.state.turn == 3
        assert window.relations.edges["IRN-PAK"].pen().widthF() > 5
        # read-only: the turn cannot be advanced
        assert not window.act_next.isEnabled()
        told = []
        on_modal(lambda box: (told.append(box.text()), box.accept()))
        window.next_phase()
        assert "replay" in told[0]
        # playback runs by itself
        bar.seek(0)
        bar.speed.setCurrentIndex(2)
        qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session.cursor >= 3, timeout=3000)
        qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
        assert not bar.timer.isActive()
    finally:
        window.mark_saved()
        window.close()


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
