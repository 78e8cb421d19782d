"""Moves and rulings: accept, reject with a reason, roll, modify, reorder."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.ui.conftest import on_modal
from tests.ui.facilitator import (
    compose,
    decline_lock,
    leave_curtain,
    model_texts,
    next_phase,
    submit_in_panel,
)
from wargame.core.events import MoveAdjudicated
from wargame.session.session import Session
from wargame.ui.bridge import SessionBridge
from wargame.ui.orders import MIN_ROWS, ModifyDialog, OrdersPanel


def test_reject_needs_a_reason(qtbot, window):
    next_phase(qtbot, window)
    compose(window, "IRN", "strike_state_forces", "PAK")
    qtbot.mouseClick(window.composer.submit, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window)
    window.orders.table.selectRow(0)
    told = {}

    def read_and_close(box):
        told["text"] = box.text()
        box.accept()

    on_modal(read_and_close)
    qtbot.mouseClick(window.orders.reject, Qt.MouseButton.LeftButton)
    assert "reason" in told["text"] and window.session.state.pending[0].decision is None
    qtbot.keyClicks(window.orders.reason, "implausible for Tehran this week")
    qtbot.mouseClick(window.orders.reject, Qt.MouseButton.LeftButton)
    move = window.session.state.pending[0]
    assert move.decision.value == "reject" and "implausible" in move.reason
    assert window.orders.reason.text() == ""  # cleared for the next ruling
    assert window.orders.table.item(0, 4).text() == "rejected"


def reveal_two_moves(qtbot, window):
    decline_lock()
    next_phase(qtbot, window)
    submit_in_panel(qtbot, window, "Team Iran", "IRN", "strike_militant_camps", "JAA")
    submit_in_panel(qtbot, window, "Team Pakistan", "PAK", "recall_ambassador", "IRN")
    leave_curtain(qtbot, window)
    next_phase(qtbot, window)


def test_rulings_reasons_order_rolls_and_narrative(qtbot, team_window):
    window = team_window
    reveal_two_moves(qtbot, window)
    orders = window.orders
    # change the order of resolution
    orders.table.selectRow(1)
    qtbot.mouseClick(orders.up, Qt.MouseButton.LeftButton)
    assert [r[0] for r in orders.rows()] == ["Pakistan", "Iran"]
    # a modification needs a reason
    dialog = ModifyDialog(window.session, 0, window)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.reason, "a downgrade, not a break")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    # a roll is shown with the engine's result and is reproducible from the seed
    orders.table.selectRow(1)
    qtbot.keyClicks(orders.reason, "uncertain strike")
    qtbot.mouseClick(orders.roll, Qt.MouseButton.LeftButton)
    roll = window.session.state.pending[1].roll
    assert roll is not None and f"{roll:.2f}" in orders.rows()[1][5]
    orders.table.selectRow(0)
    qtbot.mouseClick(orders.accept, Qt.MouseButton.LeftButton)
    replay = window.session.state_at(window.session.cursor)
    assert replay.pending[1].roll == roll
    assert any(
        isinstance(e, MoveAdjudicated) and e.reason == "uncertain strike"
        for e in window.session.log
    )
    next_phase(qtbot, window)  # resolution
    next_phase(qtbot, window)  # review: the narrative is recorded in the log
    narrative = window.session.log[-1]
    assert narrative.kind == "narrative"
    assert "strike militant camps across the border" in narrative.text
    assert "recall the ambassador" in narrative.text
    assert narrative.text.replace("\n", " ") in "\n".join(model_texts(window.log_panel.model))


def test_the_ruling_buttons_wrap_in_a_narrow_dock_and_the_table_keeps_its_rows(
    qtbot, default_scenario
):
    panel = OrdersPanel(SessionBridge(Session(default_scenario)))
    qtbot.addWidget(panel)
    o = panel
    buttons = [o.accept, o.roll, o.outcome, o.set_button, o.modify, o.reject, o.accept_all]
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    assert len({b.y() for b in buttons}) == 1  # one row when the dock is wide
    assert panel.minimumSizeHint().width() <= 380
    panel.resize(380, 400)  # a laptop's dock
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) > 1)
    assert all(panel.rect().contains(b.geometry()) for b in buttons)
    rows = panel.table.verticalHeader().defaultSectionSize()
    assert panel.table.minimumHeight() >= MIN_ROWS * rows


def test_a_ruled_move_is_ruled_again_only_after_asking(qtbot, team_window):
    from wargame.core.enums import Decision

    window = team_window
    reveal_two_moves(qtbot, window)
    orders = window.orders
    orders.table.selectRow(0)
    qtbot.keyClicks(orders.reason, "too provocative for day one")
    qtbot.mouseClick(orders.reject, Qt.MouseButton.LeftButton)
    pending = window.session.state.pending
    assert pending[0].decision is Decision.REJECT
    asked: list[str] = []
    on_modal(
        lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.No).click()),
        title="Rule again?",
    )
    orders.table.selectRow(0)
    qtbot.mouseClick(orders.accept, Qt.MouseButton.LeftButton)
    assert asked and "Move 1 is ruled already (reject)" in asked[0]
    assert window.session.state.pending[0].decision is Decision.REJECT  # kept
