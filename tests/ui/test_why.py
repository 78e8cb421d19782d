"""The "why did this move?" popup: every change of one meter with its cause."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import on_modal
from tests.ui.facilitator import compose, next_phase
from wargame.core.events import NoteAdded, Override
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.ui.why import WhyDialog


def test_why_popup_lists_the_provenance(qtbot, window):
    next_phase(qtbot, window)
    compose(window, "IRN", "strike_state_forces", "PAK")
    qtbot.mouseClick(window.composer.submit, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window)
    window.orders.table.selectRow(0)
    qtbot.mouseClick(window.orders.accept, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window)
    window.bridge.select("IRN-PAK")
    rows = {}

    def read_and_close(dialog):
        rows["n"] = dialog.table.rowCount()
        rows["rules"] = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
        dialog.reject()

    on_modal(read_and_close)
    qtbot.mouseClick(window.meters.pair_bar, Qt.MouseButton.LeftButton)
    assert rows["n"] >= 2
    assert "escalation impulse" in rows["rules"]


def test_the_dialog_lists_a_meters_changes_newest_first(qtbot, mini):
    session = Session(mini)
    session.dispatch(Override("deterrence", 40.0, "lost face", actor="C"))
    session.dispatch(NoteAdded("no change of C here"))
    session.dispatch(Override("deterrence", 45.0, "face partly saved", actor="C"))
    session.dispatch(Override("deterrence", 30.0, "another actor", actor="A"))
    dialog = WhyDialog(session, "deterrence", "C", "Carpania")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Why did this move? — Carpania"
    rows = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert rows == [  # turn, change, rule, cause, position in the log (from one)
        ["0", "+5.00", "facilitator override", "override: face partly saved", "3"],
        ["0", "-10.00", "facilitator override", "override: lost face", "1"],
    ]
    summary = dialog.findChild(QLabel).text()
    assert summary == "2 changes since the start, net -5.00."


def test_a_played_crisis_lists_every_change_from_the_latest(qtbot, default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:4])
    dialog = WhyDialog(session, "escalation", "IRN-PAK", "IRN-PAK")
    qtbot.addWidget(dialog)
    table = dialog.table
    turns = [int(table.item(r, 0).text()) for r in range(table.rowCount())]
    positions = [int(table.item(r, 4).text()) for r in range(table.rowCount())]
    assert table.rowCount() > 4 and turns[0] == 3 and turns[-1] == 0
    assert turns == sorted(turns, reverse=True)
    assert positions == sorted(positions, reverse=True)
    net = sum(float(table.item(r, 1).text()) for r in range(table.rowCount()))
    baseline = session.engine.world.baseline["IRN-PAK"]
    tolerance = 0.005 * len(turns)  # each change is shown to two decimals
    assert baseline + net == pytest.approx(session.state.escalation["IRN-PAK"], abs=tolerance)


def test_a_meter_that_never_moved_has_an_empty_record(qtbot, mini):
    dialog = WhyDialog(Session(mini), "deterrence", "G", "Group")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.findChild(QLabel).text() == "0 changes since the start, net +0.00."
