"""End to end: teams and the White cell play the whole January 2024 crisis through the
widgets, and the console ends where the headless run does.

A scenario module, not the test of one source module: it crosses the injects panel, the
curtain and team panels, the composer, the orders panel, the meters and the save file.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import on_modal
from tests.ui.facilitator import (
    choose,
    compose_and_submit,
    decline_lock,
    leave_curtain,
    next_phase,
)
from wargame.core.enums import Outcome, Phase
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.session.teams import team_of
from wargame.ui.curtain import TeamPanel


def test_the_whole_crisis_through_the_widgets_matches_the_headless_run(
    qtbot, team_window, default_scenario, tmp_path
):
    window = team_window
    for day, turn in enumerate(default_scenario.history):
        if day:
            next_phase(qtbot, window, 2)  # resolution -> review -> next day's injects
        assert window.session.state.phase is Phase.INJECTS
        for _ in range(len(window.injects.due_ids())):
            qtbot.mouseClick(window.injects.fire, Qt.MouseButton.LeftButton)
        assert window.injects.due_ids() == []
        if day == 0:
            decline_lock()  # the console offers the White cell a PIN, once a session
        next_phase(qtbot, window)  # -> orders; the curtain comes up for the teams
        assert window.curtain is not None and window.curtain.isVisible()
        for move in turn.moves:
            team = team_of(window.session.state, move.actor)
            if team is None:  # the White cell's own move: back to the console, then the curtain
                leave_curtain(qtbot, window)
                compose_and_submit(qtbot, window.composer, move)
                window.show_curtain()
                continue

            def in_panel(panel, move=move):
                assert isinstance(panel, TeamPanel)
                compose_and_submit(qtbot, panel.composer, move)
                qtbot.mouseClick(panel.finish, Qt.MouseButton.LeftButton)

            on_modal(in_panel)
            assert window.curtain.open_team(team)
        leave_curtain(qtbot, window)
        submitted = {m.actor for m in window.session.state.pending}
        if not {"IRN", "PAK"} <= submitted:  # a team sat the day out: close orders anyway
            on_modal(
                lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
                title="Close orders?",
            )
        next_phase(qtbot, window)  # -> adjudication: everything revealed
        assert window.session.state.phase is Phase.ADJUDICATION
        for row, move in enumerate(turn.moves):
            window.orders.table.selectRow(row)
            choose(window.orders.outcome, move.outcome or Outcome.SUCCESS)
            qtbot.keyClicks(window.orders.reason, "as it happened")
            qtbot.mouseClick(window.orders.set_button, Qt.MouseButton.LeftButton)
        next_phase(qtbot, window)  # -> resolution
    headless = Session(default_scenario, seed=0)
    play(headless, default_scenario.history)
    assert window.session.digests() == headless.digests()
    assert window.meters.gauge.value() == headless.state.global_escalation
    path = tmp_path / "january.json"
    assert window.save_to(path) and path.stat().st_size > 10000
