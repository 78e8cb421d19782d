"""The action composer: legal moves, circumstances, a preview of what a move would do, submit."""

from PySide6.QtCore import Qt

from tests.ui.conftest import white_cell_only
from tests.ui.facilitator import choose, compose, next_phase
from wargame.core.enums import Modifier, Phase
from wargame.session.session import Session
from wargame.ui.bridge import SessionBridge
from wargame.ui.composer import ActionComposer


def test_compose_preview_commit_and_every_view_follows(qtbot, window):
    next_phase(qtbot, window)  # injects -> orders
    assert window.session.state.phase is Phase.ORDERS
    compose(window, "IRN", "strike_state_forces", "PAK")
    assert "escalation Iran – Pakistan" in window.composer.preview.text()
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


def test_the_preview_shows_whole_and_scrolls_only_when_the_dock_is_short(qtbot, default_scenario):
    composer = ActionComposer(SessionBridge(Session(white_cell_only(default_scenario))))
    qtbot.addWidget(composer)
    composer.resize(460, 700)
    composer.show()
    qtbot.waitExposed(composer)
    for box, data in ((composer.actor_box, "CHN"), (composer.action_box, "strike_militant_camps")):
        choose(box, data)
    choose(composer.target_box, "JAA")  # ten lines of predicted changes
    area = composer.preview_area
    qtbot.waitUntil(lambda: area.height() >= composer.preview.sizeHint().height())
    assert composer.preview.text().count("<tr>") == 10
    assert area.verticalScrollBar().maximum() == 0  # whole, nothing clipped
    assert composer.submit.geometry().top() >= area.geometry().bottom()  # right below it
    composer.resize(460, 330)  # a laptop's dock: the preview scrolls, Submit stays
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert composer.rect().contains(composer.submit.geometry())


def test_nothing_is_chosen_for_the_white_cell_and_actors_show_who_plays_them(
    qtbot, default_scenario
):
    from wargame.core.enums import Controller
    from wargame.core.events import ControlAssigned, PhaseAdvanced

    session = Session(white_cell_only(default_scenario))
    composer = ActionComposer(SessionBridge(session))
    qtbot.addWidget(composer)
    session.dispatch(PhaseAdvanced())  # orders
    assert composer.action_box.currentIndex() == -1  # no strike one click away
    assert composer.action_box.placeholderText() == "Choose an action…"
    assert composer.composed() is None and not composer.submit.isEnabled()
    labels = [composer.actor_box.itemText(i) for i in range(composer.actor_box.count())]
    assert "India — White cell" in labels
    session.dispatch(PhaseAdvanced())  # adjudication: control may change again
    session.dispatch(ControlAssigned("IND", Controller.BOT, "dove"))
    labels = [composer.actor_box.itemText(i) for i in range(composer.actor_box.count())]
    assert "India — bot (dove)" in labels  # the label follows the change


def test_the_same_move_twice_asks_and_an_entered_move_says_so(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import on_modal

    next_phase(qtbot, window)  # orders
    compose(window, "IRN", "condemn", "PAK")
    qtbot.mouseClick(window.composer.submit, Qt.MouseButton.LeftButton)
    assert "Entered for Iran" in window.composer.status.text()
    asked: list[str] = []
    on_modal(
        lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.No).click()),
        title="Submit again?",
    )
    qtbot.mouseClick(window.composer.submit, Qt.MouseButton.LeftButton)
    assert asked and "Iran has already entered this move" in asked[0]
    assert len(window.session.state.pending) == 1
