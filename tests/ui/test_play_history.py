"""A facilitator can play the whole January 2024 crisis from the window alone."""

from PySide6.QtCore import Qt

from tests.ui.test_console import choose, next_phase
from wargame.core.enums import Modifier, Outcome, Phase
from wargame.session.headless import play
from wargame.session.session import Session


def test_the_whole_crisis_through_the_widgets_matches_the_headless_run(
    qtbot, window, default_scenario, tmp_path
):
    history = default_scenario.history
    for day, turn in enumerate(history):
        if day:
            next_phase(qtbot, window, 2)  # resolution -> review -> next day's injects
        assert window.session.state.phase is Phase.INJECTS
        for _ in range(len(window.injects.due_ids())):
            qtbot.mouseClick(window.injects.fire, Qt.MouseButton.LeftButton)
        assert window.injects.due_ids() == []
        next_phase(qtbot, window)  # -> orders
        composer = window.composer
        for move in turn.moves:
            choose(composer.actor_box, move.actor)
            choose(composer.action_box, move.action)
            choose(composer.target_box, move.target)
            composer.civilians.setChecked(Modifier.CIVILIAN_CASUALTIES in move.modifiers)
            composer.note.setText(move.note or "")  # typed text: non-ASCII aborts QTest
            qtbot.mouseClick(composer.submit, Qt.MouseButton.LeftButton)
        next_phase(qtbot, window)  # -> adjudication
        for row, move in enumerate(turn.moves):
            window.orders.table.selectRow(row)
            choose(window.orders.outcome, move.outcome or Outcome.SUCCESS)
            qtbot.mouseClick(window.orders.set_button, Qt.MouseButton.LeftButton)
        next_phase(qtbot, window)  # -> resolution
    headless = Session(default_scenario, seed=0)
    play(headless, history)
    assert window.session.digests() == headless.digests()
    assert window.meters.gauge.value() == headless.state.global_escalation
    path = tmp_path / "january.json"
    assert window.save_to(path) and path.stat().st_size > 10000
