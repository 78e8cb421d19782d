"""Sealed moves on a shared screen: curtain, team panels, reveal, projector, narrative."""

import json

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import on_modal
from tests.ui.test_console import choose, next_phase
from wargame.core.enums import Controller, Phase
from wargame.core.events import ControlAssigned, MoveAdjudicated, TeamPinSet
from wargame.session.teams import pin_hash
from wargame.ui.curtain import TeamPanel
from wargame.ui.orders import ModifyDialog

SECRET = "NIGHTJAR-7"


def model_texts(model) -> list[str]:
    out = []

    def count(fn, parent: QModelIndex) -> int:
        try:
            return int(fn(parent))
        except TypeError:  # list models keep these private in PySide6
            return 1 if fn is model.columnCount else 0

    def walk(parent: QModelIndex) -> None:
        for r in range(count(model.rowCount, parent)):
            for c in range(count(model.columnCount, parent)):
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value:
                        out.append(str(value))
                if index.isValid() and c == 0 and count(model.rowCount, index) > 0:
                    walk(index)

    walk(QModelIndex())
    return out


def visible_texts() -> str:
    """Every text any visible widget of any window shows (or shows on hover)."""
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            texts += [w.windowTitle(), w.toolTip(), w.accessibleDescription()]
            if isinstance(w, QLabel | QAbstractButton | QLineEdit):
                texts.append(w.text())
            if isinstance(w, QTextEdit):
                texts.append(w.toPlainText())
            if isinstance(w, QComboBox):
                texts += [w.itemText(i) for i in range(w.count())]
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                texts += model_texts(w.model())
            if isinstance(w, QGraphicsView) and w.scene() is not None:
                for item in w.scene().items():
                    texts.append(item.toolTip())
                    text = getattr(item, "text", None)
                    texts.append(text() if callable(text) else str(text or ""))
    return "\n".join(t for t in texts if t)


def three_teams(window):
    window.session.dispatch(ControlAssigned("IND", Controller.PLAYER, "Team India"))
    window.session.dispatch(ControlAssigned("JAA", Controller.BOT, "hawk"))


def submit_in_panel(qtbot, window, team, actor, action, target, note=""):
    def fill(panel):
        assert isinstance(panel, TeamPanel) and panel.team == team
        choose(panel.composer.actor_box, actor)
        choose(panel.composer.action_box, action)
        choose(panel.composer.target_box, target)
        panel.composer.note.setText(note)
        qtbot.mouseClick(panel.composer.submit, Qt.MouseButton.LeftButton)
        assert panel.own_moves.count() == 1
        qtbot.mouseClick(panel.finish, Qt.MouseButton.LeftButton)

    on_modal(fill)
    assert window.curtain.open_team(team)


def test_nobody_sees_a_sealed_move_before_the_reveal(qtbot, team_window, tmp_path):
    window = team_window
    three_teams(window)
    window.show_projector()
    next_phase(qtbot, window)  # -> orders, curtain up
    curtain = window.curtain
    assert curtain.isVisible() and "Team Iran" in curtain.call.text()
    submit_in_panel(qtbot, window, "Team Iran", "IRN", "strike_state_forces", "PAK", SECRET)
    # the White cell, the curtain and the projector see only who has submitted
    shown = visible_texts()
    assert SECRET not in shown
    label = "Strike the state's forces"
    assert all(label not in " ".join(row) for row in window.orders.rows())
    assert "sealed move by Team Iran" in "\n".join(model_texts(window.log_panel.model))
    assert label not in "\n".join(model_texts(window.log_panel.model))
    statuses = [curtain.status.item(i).text() for i in range(curtain.status.count())]
    assert statuses == [
        "Team Iran: ✔ submitted",
        "Team Pakistan: … waiting",
        "Team India: … waiting",
    ]
    assert "Team Iran ✔" in window.projector.status.toPlainText()

    # the next team's panel shows nothing of Iran's move
    def peek(panel):
        assert panel.team == "Team Pakistan"
        assert panel.own_moves.count() == 0
        assert SECRET not in visible_texts()
        qtbot.mouseClick(panel.finish, Qt.MouseButton.LeftButton)

    on_modal(peek)
    curtain.open_team("Team Pakistan")
    submit_in_panel(qtbot, window, "Team Pakistan", "PAK", "condemn", "IRN")
    submit_in_panel(qtbot, window, "Team India", "IND", "appeal_for_restraint", "PAK")
    assert "Every team has submitted" in curtain.call.text()
    window.bots_move()
    next_phase(qtbot, window)  # reveal
    assert window.session.state.phase is Phase.ADJUDICATION
    revealed = visible_texts()
    assert SECRET in revealed  # the scan does find the move once it is revealed
    assert SECRET not in window.projector.status.toPlainText()
    actors = [row[0] for row in window.orders.rows()]
    assert actors == ["IRN", "PAK", "IND", "JAA", "BLA"]  # the bots moved too
    # play on: rule, resolve, review, and a second day with the projector still open
    qtbot.mouseClick(window.orders.accept_all, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window, 3)  # resolution, review, next day's injects
    next_phase(qtbot, window)  # orders again
    for team, actor in (("Team Iran", "IRN"), ("Team Pakistan", "PAK"), ("Team India", "IND")):
        submit_in_panel(
            qtbot, window, team, actor, "call_for_de_escalation", "PAK" if actor != "PAK" else "IRN"
        )
    assert SECRET not in window.projector.status.toPlainText()
    next_phase(qtbot, window)
    qtbot.mouseClick(window.orders.accept_all, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window, 2)
    path = tmp_path / "three-teams.json"
    assert window.save_to(path)
    doc = json.loads(path.read_text())
    notes = [e.get("note") for e in doc["events"] if e["kind"] == "move"]
    assert SECRET in notes  # the sealed move is on record
    assert len(doc["rulings"]) == 5 + 3
    assert all(0.0 <= r["roll"] < 1.0 for r in doc["rulings"])
    assert [e["kind"] for e in doc["events"]].count("narrative") == 2


def test_pins_keep_teams_out_of_each_others_panels(qtbot, team_window):
    window = team_window
    window.session.dispatch(TeamPinSet("Team Pakistan", pin_hash("Team Pakistan", "2468")))
    next_phase(qtbot, window)

    def wrong_pin(dialog):
        dialog.setTextValue("1111")
        dialog.accept()
        on_modal(lambda box: (seen.append(box.text()), box.accept()))

    seen: list[str] = []
    on_modal(wrong_pin)
    assert window.curtain.open_team("Team Pakistan") is False
    assert seen == ["Wrong PIN."]

    def right_pin(dialog):
        dialog.setTextValue("2468")
        dialog.accept()
        on_modal(lambda panel: (opened.append(panel.team), panel.reject()))

    opened: list[str] = []
    on_modal(right_pin)
    assert window.curtain.open_team("Team Pakistan") is True
    assert opened == ["Team Pakistan"]


def reveal_two_moves(qtbot, window):
    next_phase(qtbot, window)
    submit_in_panel(qtbot, window, "Team Iran", "IRN", "strike_militant_camps", "JAA")
    submit_in_panel(qtbot, window, "Team Pakistan", "PAK", "recall_ambassador", "IRN")
    next_phase(qtbot, window)


def test_rulings_reasons_order_rolls_and_narrative(qtbot, team_window):
    window = team_window
    reveal_two_moves(qtbot, window)
    orders = window.orders
    # change the order of resolution
    orders.table.selectRow(1)
    qtbot.mouseClick(orders.up, Qt.MouseButton.LeftButton)
    assert [r[0] for r in orders.rows()] == ["PAK", "IRN"]
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


def test_closing_orders_early_asks(qtbot, team_window):
    window = team_window
    next_phase(qtbot, window)
    on_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    next_phase(qtbot, window)
    assert window.session.state.phase is Phase.ORDERS
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    next_phase(qtbot, window)
    assert window.session.state.phase is Phase.ADJUDICATION


def test_setup_dialog_assigns_teams_and_bots(qtbot, team_window):
    from wargame.ui.setup import SetupDialog

    window = team_window
    dialog = SetupDialog(window.bridge, window)
    qtbot.addWidget(dialog)
    choose(dialog.controllers["IND"], "player")
    dialog.who["IND"].setCurrentText("Team India")
    choose(dialog.controllers["BLA"], "bot")
    dialog.who["BLA"].setCurrentText("dove")
    events = dialog.assignments()
    assert [(e.actor, e.controller.value, e.team) for e in events] == [
        ("IND", "player", "Team India"),
        ("BLA", "bot", "dove"),
    ]
    dialog._apply()
    assert window.session.state.control["IND"] == (Controller.PLAYER, "Team India")
    assert "India" not in [
        window.composer.actor_box.itemData(i) for i in range(window.composer.actor_box.count())
    ]
