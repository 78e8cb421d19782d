"""Session set-up: who controls each actor (a team, the White cell, a bot)."""

from tests.ui.facilitator import choose
from wargame.core.enums import Controller


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


def open_setup(qtbot, window):
    from wargame.ui.setup import SetupDialog

    dialog = SetupDialog(window.bridge, window)
    qtbot.addWidget(dialog)
    return dialog


def test_cancel_changes_nothing_and_new_teams_get_distinct_names_and_pins(qtbot, team_window):
    from PySide6.QtCore import Qt

    from wargame.session.teams import pin_ok

    window = team_window
    session = window.session
    before = (len(session.log), dict(session.state.control), dict(session.state.pins))
    dialog = open_setup(qtbot, window)
    choose(dialog.controllers["IND"], "player")
    choose(dialog.controllers["BLA"], "player")
    assert dialog.who["IND"].currentText() == "Team 1"
    assert dialog.who["BLA"].currentText() == "Team 2"  # not a second "Team 1"
    choose(dialog.pin_team, "Team 2")  # a team made in the dialog gets its PIN at once
    dialog.pin.setText("8642")
    qtbot.mouseClick(dialog.set_pin, Qt.MouseButton.LeftButton)
    assert "apply on OK" in dialog.pin_status.text()
    dialog.reject()
    assert (len(session.log), dict(session.state.control), dict(session.state.pins)) == before

    dialog = open_setup(qtbot, window)
    choose(dialog.controllers["BLA"], "player")
    choose(dialog.pin_team, "Team 1")
    dialog.pin.setText("8642")
    qtbot.mouseClick(dialog.set_pin, Qt.MouseButton.LeftButton)
    dialog._apply()
    assert session.state.control["BLA"] == (Controller.PLAYER, "Team 1")
    assert pin_ok(session.state, "Team 1", "8642") and not pin_ok(session.state, "Team 1", "1")
    assert "8642" not in repr(session.log)


def test_clearing_a_pin_asks_for_the_pin_in_force(qtbot, team_window):
    from PySide6.QtCore import Qt

    from tests.ui.conftest import on_modal
    from wargame.core.events import TeamPinSet
    from wargame.session.teams import pin_hash

    window = team_window
    session = window.session
    session.dispatch(TeamPinSet("Team Iran", pin_hash("1357")))
    now = [0.0]
    window.bridge.pins.clock = lambda: now[0]
    dialog = open_setup(qtbot, window)
    choose(dialog.pin_team, "Team Iran")
    warned: list[str] = []

    def answer(pin):
        def typed(prompt):
            assert "PIN in force for Team Iran" in prompt.labelText()
            prompt.setTextValue(pin)
            prompt.accept()
            if pin != "1357":
                on_modal(lambda box: (warned.append(box.text()), box.accept()))

        on_modal(typed)

    answer("0000")
    qtbot.mouseClick(dialog.clear_pin, Qt.MouseButton.LeftButton)
    assert warned == ["Wrong PIN."] and dialog.pin_changes == {}
    now[0] += 5.0  # past the delay a wrong PIN costs
    answer("1357")
    qtbot.mouseClick(dialog.clear_pin, Qt.MouseButton.LeftButton)
    assert dialog.pin_changes == {"Team Iran": ""}
    assert "Team Iran" in session.state.pins  # not before OK
    dialog._apply()
    assert "Team Iran" not in session.state.pins
