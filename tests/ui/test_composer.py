"""The action composer: legal moves, circumstances, a preview of what a move would do, submit."""

from PySide6.QtCore import Qt

from tests.ui.facilitator import compose, next_phase
from wargame.core.enums import Modifier, Phase


def test_compose_preview_commit_and_every_view_follows(qtbot, window):
    next_phase(qtbot, window)  # injects -> orders
    assert window.session.state.phase is Phase.ORDERS
    compose(window, "IRN", "strike_state_forces", "PAK")
    assert "escalation IRN-PAK" in window.composer.preview.text()
    plain = window.composer.preview.text()
    window.composer.modifiers[Modifier.INTERCEPTED].setChecked(True)  # from the menu
    assert window.composer.circumstances.text() == "Mostly intercepted"
    assert window.composer.preview.text() != plain  # the preview weighs it
    window.composer.modifiers[Modifier.INTERCEPTED].setChecked(False)
    gauge_before = window.meters.gauge.value()
    edge_before = window.relations.edges["IRN-PAK"].pen().widthF()
    log_before = window.log_panel.model.rowCount()
    qtbot.mouseClick(window.composer.submit, Qt.MouseButton.LeftButton)
    assert window.orders.table.rowCount() == 1
    next_phase(qtbot, window)  # -> adjudication
    window.orders.table.selectRow(0)
    qtbot.mouseClick(window.orders.accept, Qt.MouseButton.LeftButton)
    assert window.orders.table.item(0, 3).text() == "accept"
    next_phase(qtbot, window)  # -> resolution
    assert window.meters.gauge.value() > gauge_before
    assert window.relations.edges["IRN-PAK"].pen().widthF() > edge_before
    assert window.log_panel.model.rowCount() == log_before + 4
    _, y = window.chart.data("esc:IRN-PAK")
    assert y[-1] == window.session.state.escalation["IRN-PAK"]
    assert window.meters.pair_bar.value() == window.session.state.escalation["IRN-PAK"]
