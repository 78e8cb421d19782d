"""The override dialog: a meter set by hand needs a reason, and the log says so."""

from PySide6.QtWidgets import QDialogButtonBox

from wargame.ui.override import OverrideDialog


def test_override_needs_a_reason(qtbot, window):
    dialog = OverrideDialog(window.session, "IRN-PAK", window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.value.setValue(42.0)
    qtbot.keyClicks(dialog.reason, "room agreed the border is hotter")
    assert ok.isEnabled() and dialog.value.value() == 42.0
    event = dialog.event_value()
    window.session.dispatch(event)
    assert window.session.state.escalation["IRN-PAK"] == 42.0
    assert window.meters.pair_bar.value() == 42.0
    row = window.log_panel.model.rowCount() - 1
    assert "OVERRIDE escalation" in window.log_panel.model.index(row, 4).data()
    assert "room agreed" in window.log_panel.model.index(row, 6).data()
