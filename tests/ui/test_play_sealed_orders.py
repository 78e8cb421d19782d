"""End to end: three teams play sealed orders on a shared screen for two days.

A scenario module, not the test of one source module: it crosses the curtain, the team
panels, the projector, the event log, the orders panel, the bots and the save file, and
scans every visible text for a sealed move before its reveal.
"""

import itertools
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import on_modal
from tests.ui.facilitator import (
    choose,
    decline_lock,
    leave_curtain,
    model_texts,
    next_phase,
    submit_in_panel,
)
from wargame.core.enums import Controller, Phase
from wargame.core.events import WHITE_CELL, ControlAssigned, TeamPinSet
from wargame.session.teams import pin_hash

SECRET = "NIGHTJAR-7"


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


def test_nobody_sees_a_sealed_move_before_the_reveal(qtbot, team_window, tmp_path):
    window = team_window
    three_teams(window)
    window.show_projector()
    decline_lock()  # the console offers the White cell a PIN: not this time
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
    no_pin = " · no PIN: anyone can open this panel"
    assert statuses == [
        "Team Iran: ✔ submitted" + no_pin,
        "Team Pakistan: … waiting" + no_pin,
        "Team India: … waiting" + no_pin,
    ]
    assert "No White-cell PIN is set" in curtain.lock.text()
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
    leave_curtain(qtbot, window)
    window.bots_move()
    next_phase(qtbot, window)  # reveal
    assert window.session.state.phase is Phase.ADJUDICATION
    revealed = visible_texts()
    assert SECRET in revealed  # the scan does find the move once it is revealed
    assert SECRET not in window.projector.status.toPlainText()
    actors = [row[0] for row in window.orders.rows()]
    assert actors == [
        "Iran",
        "Pakistan",
        "India",
        "Jaish al-Adl",
        "Baloch separatists (BLA/BLF)",
    ]  # the bots moved too
    # play on: rule, resolve, review, and a second day with the projector still open
    qtbot.mouseClick(window.orders.accept_all, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window, 3)  # resolution, review, next day's injects
    next_phase(qtbot, window)  # orders again
    for team, actor in (("Team Iran", "IRN"), ("Team Pakistan", "PAK"), ("Team India", "IND")):
        submit_in_panel(
            qtbot, window, team, actor, "call_for_de_escalation", "PAK" if actor != "PAK" else "IRN"
        )
    assert SECRET not in window.projector.status.toPlainText()
    leave_curtain(qtbot, window)
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


ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


def every_text() -> str:
    """Every text role of every widget, item model, scene item and menu action in every
    open top-level window, shown or not (a hidden dock or tab is one click away)."""
    texts: list[str] = []

    def model_roles(model) -> None:
        texts.extend(model_texts(model, ROLES))

    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for w in [top, *top.findChildren(QWidget)]:
            texts += [
                w.windowTitle(),
                w.toolTip(),
                w.statusTip(),
                w.whatsThis(),
                w.accessibleName(),
                w.accessibleDescription(),
            ]
            if isinstance(w, QLabel | QAbstractButton | QLineEdit):
                texts.append(w.text())
            if isinstance(w, QLineEdit):
                texts.append(w.placeholderText())
            if isinstance(w, QTextEdit):
                texts.append(w.toPlainText())
            if isinstance(w, QComboBox):
                model_roles(w.model())
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                model_roles(w.model())
            if isinstance(w, QGraphicsView) and w.scene() is not None:
                for item in w.scene().items():
                    texts.append(item.toolTip())
                    text = getattr(item, "text", None)
                    texts.append(text() if callable(text) else str(text or ""))
            for action in w.actions():
                texts += [action.text(), action.toolTip(), action.statusTip()]
    return "\n".join(t for t in texts if t)


PINS = {"Team Iran": "1357", "Team Pakistan": "2468", "Team India": "3579", WHITE_CELL: "9999"}
MOVES = {  # team -> (actor, action, target, rationale)
    "Team Iran": ("IRN", "strike_state_forces", "PAK", "SECRET-IRAN-OSPREY"),
    "Team Pakistan": ("PAK", "recall_ambassador", "IRN", "SECRET-PAKISTAN-HERON"),
    "Team India": ("IND", "appeal_for_restraint", "PAK", "SECRET-INDIA-EGRET"),
}


def submit_behind_pin(qtbot, window, team):
    actor, action, target, note = MOVES[team]
    submit_in_panel(qtbot, window, team, actor, action, target, note, pin=PINS[team])


def refused(qtbot, window, event):
    """Dispatch through the console and accept the refusal it shows."""
    seen: list[str] = []
    on_modal(lambda box: (seen.append(box.text()), box.accept()))
    assert not window.bridge.run(window, lambda: window.session.dispatch(event))
    return seen[0]


def test_three_teams_with_pins_leave_nothing_to_read_before_the_reveal(
    qtbot, team_window, tmp_path
):
    window = team_window
    session = window.session
    ticks = itertools.count(0.0, 100.0)
    window.bridge.pins.clock = lambda: next(ticks)  # wrong PINs cost no waiting in this test
    session.dispatch(ControlAssigned("IND", Controller.PLAYER, "Team India"))
    for team, pin in PINS.items():
        session.dispatch(TeamPinSet(team, pin_hash(pin)))
    window.show_projector()
    next_phase(qtbot, window)  # -> orders: no PIN offer (the White cell has one), curtain up
    curtain = window.curtain
    assert curtain.isModal() and "locked behind the White cell's PIN" in curtain.lock.text()
    secrets_ = [note for *_, note in MOVES.values()]

    def nothing_sealed_shows(step: str) -> None:
        shown = every_text()
        leaked = [s for s in secrets_ if s in shown]
        assert not leaked, f"after {step}: {leaked}"
        log = "\n".join(model_texts(window.log_panel.model))
        assert "Strike the state's forces" not in log, step

    for team in MOVES:
        submit_behind_pin(qtbot, window, team)
        nothing_sealed_shows(f"{team} submitted")
    assert "Every team has submitted" in curtain.call.text()

    # Esc on the curtain asks for the White cell's PIN; a wrong one keeps the curtain up
    def wrong(dialog):
        dialog.setTextValue("0000")
        dialog.accept()
        on_modal(lambda box: (warned.append(box.text()), box.accept()))

    warned: list[str] = []
    on_modal(wrong)
    qtbot.keyClick(curtain, Qt.Key.Key_Escape)
    assert warned == ["Wrong PIN."]
    assert curtain.isVisible()
    nothing_sealed_shows("Esc on the curtain")
    leave_curtain(qtbot, window, PINS[WHITE_CELL])

    window.undo()  # Team India's move goes to the undone tail: still sealed
    nothing_sealed_shows("undo")
    window.redo()
    nothing_sealed_shows("redo")
    window.act_replay.trigger()  # replay mode, back to the first event
    window.bridge.run(window, lambda: session.seek(0))
    nothing_sealed_shows("replay mode")
    window.bridge.run(window, lambda: session.seek(len(session.log)))
    window.act_replay.trigger()
    assert not session.read_only

    assert "reveal" in refused(qtbot, window, ControlAssigned("IRN", Controller.FACILITATOR))
    nothing_sealed_shows("a control change")
    assert "sealed" in refused(qtbot, window, TeamPinSet("Team Iran"))
    nothing_sealed_shows("a PIN change")

    # a branch before India's move: the White cell is asked, the log says it was dropped
    window.undo()
    on_modal(
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
        title="Drop a sealed move?",
    )
    assert window.bridge.run(window, lambda: session.branch_from_here("what if"))
    assert "sealed move of Team India dropped" in "\n".join(model_texts(window.log_panel.model))
    nothing_sealed_shows("a branch")
    choose(window.chart.compare, "main")
    nothing_sealed_shows("compare")
    compared: list[str] = []
    on_modal(lambda dialog: (compared.append(every_text()), dialog.reject()))
    window.chart.show_decisions()
    assert compared and not [s for s in secrets_ if s in compared[0]]
    assert "Team India: sealed move" in compared[0] and "IND: " not in compared[0]

    on_modal(  # India waits
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(), title="Close orders?"
    )
    next_phase(qtbot, window)  # the reveal
    assert session.state.phase is Phase.ADJUDICATION
    shown = every_text()
    assert "SECRET-IRAN-OSPREY" in shown and "SECRET-PAKISTAN-HERON" in shown  # the scan finds
    assert "SECRET-INDIA-EGRET" not in shown  # dropped before the reveal: never revealed
