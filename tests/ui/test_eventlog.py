"""The event log: one row per event, a text filter, overrides in bold, undone rows grey, notes
beside their row; a note redraws the log and no view that does not show it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from tests.ui.facilitator import next_phase
from wargame.core.events import NoteAdded, Override, PhaseAdvanced
from wargame.session.session import Session
from wargame.ui.eventlog import LogModel


def test_log_filter(qtbot, window):
    window.injects.fire.click()
    next_phase(qtbot, window, 2)
    qtbot.keyClicks(window.log_panel.filter, "drone and missile units")  # the inject's title
    assert window.log_panel.proxy.rowCount() == 1


def test_an_override_row_is_bold_and_a_note_row_is_not(mini):
    session = Session(mini)
    model = LogModel(session)
    session.dispatch(NoteAdded("the room is quiet"))
    session.dispatch(Override("escalation", 42.0, "room agreed", dyad=("A", "B")))
    model.sync()
    assert model.rowCount() == 2
    note, override = (model.index(r, 0) for r in range(2))
    assert model.data(note, Qt.ItemDataRole.FontRole) is None
    font = model.data(override, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(1, 4).data() == "OVERRIDE escalation Aland – Borduria = 42.0"
    assert model.index(1, 6).data() == "room agreed"


def test_undone_rows_are_greyed_until_redone(mini):
    session = Session(mini)
    model = LogModel(session)
    for text in ("one", "two"):
        session.dispatch(NoteAdded(text))
    session.undo()
    model.sync()
    grey = [model.data(model.index(r, 0), Qt.ItemDataRole.ForegroundRole) for r in range(2)]
    assert grey[0] is None and isinstance(grey[1], QBrush)
    session.redo()
    model.sync()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_bookmarks_and_notes_show_beside_their_row(mini):
    session = Session(mini)
    session.dispatch(NoteAdded("logged"))
    session.dispatch(PhaseAdvanced())
    session.annotate("look here", index=1, bookmark=True)
    session.annotate("and think", index=1)
    model = LogModel(session)
    assert model.index(0, 6).data() == "logged | ★ look here | ✎ and think"
    assert model.index(1, 6).data() == ""
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 4)] == ["#", "Event"]


def test_a_note_redraws_the_log_and_no_view_that_does_not_show_it(qtbot, window, monkeypatch):
    redraws = {"map": 0, "meters": 0, "turn bar": 0, "orders": 0}
    for name, view, method in (
        ("map", window.relations, "restyle"),
        ("meters", window.meters, "_refresh"),
        ("turn bar", window.turn_bar, "_refresh"),
        ("orders", window.orders, "_refresh"),
    ):
        original = getattr(view, method)

        def counted(name=name, original=original) -> None:
            redraws[name] += 1
            original()

        monkeypatch.setattr(view, method, counted)
    rows = window.log_panel.model.rowCount()
    window.session.dispatch(NoteAdded("the room is quiet"))
    assert window.log_panel.model.rowCount() == rows + 1
    assert window.log_panel.model.index(rows, 6).data() == "the room is quiet"
    assert redraws == {"map": 0, "meters": 0, "turn bar": 0, "orders": 0}
    # an override moves a meter: the map and the meters redraw, the others still do not
    window.session.dispatch(Override("escalation", 42.0, "room agreed", dyad=("IRN", "PAK")))
    assert redraws == {"map": 1, "meters": 1, "turn bar": 0, "orders": 0}


def test_the_log_follows_the_cursor_in_playback(qtbot, tmp_path, default_scenario):
    from tests.ui.facilitator import replay_window

    window, _ = replay_window(qtbot, tmp_path, default_scenario)
    try:
        view = window.log_panel.view
        view.resize(view.width(), 200)  # a few rows in view
        for target in (len(window.session.log), 5):
            window.replay_bar.seek(target)
            row = window.log_panel.proxy.mapFromSource(window.log_panel.model.index(target - 1, 0))
            rect = view.visualRect(row)
            assert view.viewport().rect().intersects(rect), target
    finally:
        window.mark_saved()
