"""The turn bar: turn and date, the current phase lit, the next-phase button."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.ui.facilitator import go_on_when_reminded, next_phase
from wargame.core.enums import Phase
from wargame.core.events import NoteAdded, PhaseAdvanced
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.ui.bridge import SessionBridge
from wargame.ui.turnbar import TurnBar, phase_label


def test_every_phase_advances_and_the_turn_bar_shows_it(qtbot, window):
    seen = []
    for _ in range(5):
        current = [p for p, chip in window.turn_bar.chips.items() if chip.property("current")]
        seen.extend(current)
        next_phase(qtbot, window)
    assert seen == list(Phase)
    assert window.turn_bar.turn_label.text().startswith("Turn 1 · Tue 16 Jan 2024")
    go_on_when_reminded(window)  # the day's injects are due: go on without them
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.session.state.phase is Phase.ORDERS


@pytest.fixture
def bar(qtbot, default_scenario) -> TurnBar:
    next_action = QAction("Next phase")
    bar = TurnBar(SessionBridge(Session(default_scenario)), [next_action])
    qtbot.addWidget(bar)
    bar.next_action = next_action  # kept alive with the bar
    return bar


def lit(bar: TurnBar) -> list[Phase]:
    return [p for p, chip in bar.chips.items() if chip.property("current")]


def test_the_bar_names_the_turn_its_date_and_the_phases(bar):
    assert bar.turn_label.text() == "Turn 0 · Mon 15 Jan 2024"
    assert [chip.text() for chip in bar.chips.values()] == [phase_label(p) for p in Phase]
    assert phase_label(Phase.ADJUDICATION) == "Adjudication"
    assert lit(bar) == [Phase.INJECTS]
    assert bar.chips[Phase.INJECTS].accessibleName() == "Injects phase (current)"
    assert bar.chips[Phase.ORDERS].accessibleName() == "Orders phase"
    assert [b.defaultAction() for b in bar.buttons] == [bar.next_action]


def test_the_bar_follows_the_phase_the_turn_and_a_jump_back(bar, default_scenario):
    session = bar.bridge.session
    session.dispatch(PhaseAdvanced())
    assert lit(bar) == [Phase.ORDERS]
    assert bar.chips[Phase.ORDERS].accessibleName() == "Orders phase (current)"
    session.undo()
    assert lit(bar) == [Phase.INJECTS]
    play(session, default_scenario.history[:2])
    assert lit(bar) == [Phase.RESOLUTION]
    assert bar.turn_label.text() == "Turn 1 · Tue 16 Jan 2024"


def test_a_note_does_not_redraw_the_bar(bar, monkeypatch):
    redraws: list[None] = []
    refresh = bar._refresh
    monkeypatch.setattr(bar, "_refresh", lambda: redraws.append(None) or refresh())
    bar.bridge.session.dispatch(NoteAdded("nothing moved"))
    assert redraws == []
    bar.bridge.session.dispatch(PhaseAdvanced())
    assert len(redraws) == 1
