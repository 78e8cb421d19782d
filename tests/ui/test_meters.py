"""The meters dock: the global gauge, the selected (or hottest) pair, deterrence per actor."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import on_modal
from wargame.core.events import NoteAdded, Override
from wargame.session.session import Session
from wargame.ui.bridge import SessionBridge
from wargame.ui.meters import MetersPanel


@pytest.fixture
def panel(qtbot, default_scenario) -> MetersPanel:
    panel = MetersPanel(SessionBridge(Session(default_scenario)))
    qtbot.addWidget(panel)
    return panel


def test_the_panel_shows_the_state(panel, default_scenario):
    state = panel.bridge.session.state
    assert panel.gauge.value() == state.global_escalation
    assert list(panel.deterrence) == [a.id for a in default_scenario.actors]
    for actor in default_scenario.actors:
        assert panel.deterrence[actor.id].value() == state.meters[actor.id]["deterrence"]
        assert panel.deterrence[actor.id].accessibleName() == actor.name
    # with nothing selected the pair box shows the hottest pair
    assert panel.pair_bar.value() == max(state.escalation.values())


def test_the_pair_box_follows_the_selection_and_the_overrides(panel):
    session = panel.bridge.session
    panel.bridge.select("IRN-PAK")
    assert panel.pair_bar.accessibleName() == "Iran – Pakistan"
    assert panel.pair_bar.value() == session.state.escalation["IRN-PAK"]
    baseline = session.engine.world.baseline["IRN-PAK"]
    assert panel.pair_band.text().endswith(f"· baseline {baseline:.1f}")
    before = panel.gauge.value()
    session.dispatch(Override("escalation", 42.0, "room agreed", dyad=("PAK", "IRN")))
    assert panel.pair_bar.value() == 42.0
    assert panel.pair_band.text().startswith("limited strikes ·")  # 40 to 55
    assert panel.gauge.value() == session.state.global_escalation > before
    session.dispatch(Override("deterrence", 20.0, "lost face", actor="PAK"))
    assert panel.deterrence["PAK"].value() == 20.0
    panel.bridge.select("PAK")  # an actor, not a pair: the hottest pair, now Iran-Pakistan
    assert panel.selected_pair() == "IRN-PAK"


def test_the_meters_explain_themselves(qtbot, panel):
    session = panel.bridge.session
    session.dispatch(Override("deterrence", 20.0, "lost face", actor="PAK"))
    tip = panel.deterrence["PAK"].tip_provider()
    assert tip.startswith("Why did this move? (click for the full record)\n")
    assert "facilitator override (override: lost face)" in tip
    titles: list[str] = []
    on_modal(lambda dialog: (titles.append(dialog.windowTitle()), dialog.reject()))
    qtbot.mouseClick(panel.deterrence["PAK"], Qt.MouseButton.LeftButton)
    assert titles == ["Why did this move? — Pakistan"]


def test_a_note_moves_no_meter(panel, monkeypatch):
    redraws: list[None] = []
    monkeypatch.setattr(panel, "_refresh", lambda: redraws.append(None))
    panel.bridge.session.dispatch(NoteAdded("nothing moved"))
    assert redraws == []
    panel.bridge.session.dispatch(Override("deterrence", 20.0, "lost face", actor="PAK"))
    assert redraws == [None]


def test_another_scenario_brings_its_own_actors(panel, mini):
    panel.bridge.replace(Session(mini))
    assert list(panel.deterrence) == ["A", "B", "C", "G"]
    assert panel.deterrence["G"].value() == 10.0
    assert panel.pair_bar.accessibleName() == "Aland – Borduria"  # the only pair above 0


def test_the_pair_box_says_whether_it_follows_a_selection_or_the_hottest_pair(
    qtbot, default_scenario
):
    from wargame.session.session import Session
    from wargame.ui.bridge import SessionBridge
    from wargame.ui.meters import MetersPanel

    bridge = SessionBridge(Session(default_scenario))
    panel = MetersPanel(bridge)
    qtbot.addWidget(panel)
    assert panel.pair_box.title().startswith("Hottest pair")
    bridge.select("IND-PAK")
    assert panel.pair_box.title() == "Selected pair"
    assert panel.pair_bar.accessibleName() == "India – Pakistan"
