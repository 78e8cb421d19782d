"""The replay bar: VCR controls, scrubbing, jumping to a date, playback, read-only."""

from PySide6.QtCore import QDate, Qt

from tests.ui.conftest import on_modal
from tests.ui.facilitator import replay_window


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
