"""The injects panel: the queue of due injects and firing them."""

from PySide6.QtCore import Qt

from wargame.core.enums import Phase


def test_injects_fire_from_the_queue(qtbot, window):
    panel = window.injects
    assert len(panel.due_ids()) == 2
    qtbot.mouseClick(panel.fire, Qt.MouseButton.LeftButton)
    assert window.session.state.injects == {"deployment_news": "fired"}
    assert "inject fired: deployment_news" in window.log_panel.model.index(0, 4).data()
    # the phase column names the phase as the turn bar does
    assert window.log_panel.model.index(0, 2).data() == window.turn_bar.chips[Phase.INJECTS].text()
