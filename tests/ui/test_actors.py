"""The actors panel: who controls each actor, its meters and what it is owed; a click selects."""

import pytest
from PySide6.QtCore import Qt

from wargame.core.actions import VARIABLES
from wargame.core.enums import Controller
from wargame.core.events import ControlAssigned, NoteAdded, Override
from wargame.session.session import Session
from wargame.ui.actors import ActorsPanel, controller_label
from wargame.ui.bridge import SessionBridge


@pytest.fixture
def panel(qtbot, default_scenario) -> ActorsPanel:
    panel = ActorsPanel(SessionBridge(Session(default_scenario)))
    qtbot.addWidget(panel)
    return panel


def row_of(panel: ActorsPanel, actor: str) -> list[str]:
    ids = [a.id for a in panel.bridge.session.scenario.actors]
    row = ids.index(actor)
    return [panel.item(row, c).text() for c in range(panel.columnCount())]


def test_control_in_words():
    assert controller_label(Controller.PLAYER, "Team Iran") == "Team Iran"
    assert controller_label(Controller.PLAYER, None) == "a player team"
    assert controller_label(Controller.FACILITATOR, None) == "White cell"
    assert controller_label(Controller.BOT, "tit_for_tat") == "bot (tit for tat)"


def test_one_row_per_actor_with_its_meters_and_grievances(panel, default_scenario):
    assert panel.rowCount() == len(default_scenario.actors)
    assert panel.columnCount() == 3 + len(VARIABLES) + 1
    state = panel.bridge.session.state
    for actor in default_scenario.actors:
        row = row_of(panel, actor.id)
        assert row[0] == f"{actor.name} ({actor.id})"
        assert row[2] == f"{state.meters[actor.id]['deterrence']:.1f}"
    assert row_of(panel, "IRN")[1] == "Team Iran" and row_of(panel, "CHN")[1] == "White cell"
    for g in default_scenario.grievances:  # the grievances open at the start
        assert f"{g.offender} {g.amount:.1f}" in row_of(panel, g.victim)[-1]
    assert row_of(panel, "CHN")[-1] == "—"


def test_the_table_follows_meters_and_control(panel):
    session = panel.bridge.session
    session.dispatch(Override("deterrence", 12.5, "lost face", actor="PAK"))
    assert row_of(panel, "PAK")[2] == "12.5"
    session.dispatch(ControlAssigned("IND", Controller.BOT, "hawk"))
    assert row_of(panel, "IND")[1] == "bot (hawk)"


def test_a_note_leaves_the_table_alone(panel, monkeypatch):
    redraws: list[None] = []
    monkeypatch.setattr(panel, "_refresh", lambda: redraws.append(None))
    panel.bridge.session.dispatch(NoteAdded("nothing moved"))
    assert redraws == []
    panel.bridge.session.dispatch(ControlAssigned("IND", Controller.BOT, "dove"))
    assert redraws == [None]


def test_clicking_a_row_selects_its_actor(qtbot, panel):
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    cell = panel.visualRect(panel.model().index(1, 3)).center()
    with qtbot.waitSignal(panel.bridge.selectionChanged, timeout=1000) as signal:
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert signal.args == [panel.bridge.session.scenario.actors[1].id] == ["PAK"]
