"""The injects panel: the queue of due injects and firing them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import mini_doc
from tests.ui.conftest import _close, _open
from wargame.core.enums import Phase
from wargame.core.scenario import Scenario
from wargame.ui.injects import MIN_ROWS


def test_injects_fire_from_the_queue(qtbot, window):
    panel = window.injects
    assert len(panel.due_ids()) == 2
    qtbot.mouseClick(panel.fire, Qt.MouseButton.LeftButton)
    assert window.session.state.injects == {"deployment_news": "fired"}
    title = "Iran moves drone and missile units to its borders"  # the inject's title, not its id
    assert f"inject fired: {title}" in window.log_panel.model.index(0, 4).data()
    # the phase column names the phase as the turn bar does
    assert window.log_panel.model.index(0, 2).data() == window.turn_bar.chips[Phase.INJECTS].text()


def test_hold_or_skip_without_a_reason_says_so_and_changes_nothing(qtbot, window):
    from tests.ui.conftest import on_modal

    panel = window.injects
    before = len(window.session.log)
    told: list[str] = []

    def empty_reason(dialog):
        dialog.setTextValue("   ")
        dialog.accept()
        on_modal(lambda box: (told.append(box.text()), box.accept()))

    on_modal(empty_reason)
    qtbot.mouseClick(panel.skip, Qt.MouseButton.LeftButton)
    assert told and "a reason is required" in told[0]
    assert len(window.session.log) == before


def test_an_inject_that_cannot_fire_says_why(qtbot, window):
    panel = window.injects
    qtbot.mouseClick(panel.fire, Qt.MouseButton.LeftButton)  # fire the first due inject
    fired = next(iter(window.session.state.injects))
    item = next(
        panel.tree.topLevelItem(i)
        for i in range(panel.tree.topLevelItemCount())
        if panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == fired
    )
    panel.tree.setCurrentItem(item)
    assert not panel.fire.isEnabled() and panel.fire.toolTip() == "Already fired."
    assert "Already fired." in panel.text.toPlainText()


def test_the_queue_shows_several_injects_before_the_panel_scrolls(qtbot, window):
    tree = window.injects.tree
    window.docks["injects"].raise_()
    QApplication.processEvents()
    row = tree.visualItemRect(tree.topLevelItem(0)).height()
    assert tree.minimumHeight() >= tree.header().height() + MIN_ROWS * row
    assert tree.viewport().height() >= MIN_ROWS * row


def test_the_card_shows_how_an_inject_is_delivered_and_what_is_expected(qtbot, tmp_path):
    doc = mini_doc()
    doc["injects"][0].update(
        turn=0,
        text="Border closed.\nMore to follow.",
        mode="E-mail",
        sender="Reuters (SimCell)",
        recipient="Team Aland",
        expected_action="Convene crisis cell",
        notes="Deliver at 09:00",
    )
    doc["injects"].append({"id": "bare", "title": "Bare news", "turn": 0, "text": "Only text"})
    window = _open(qtbot, tmp_path, Scenario.model_validate(doc))
    try:
        panel = window.injects
        shown = panel.text.toPlainText()
        assert "E-mail · from Reuters (SimCell) · to Team Aland" in shown
        assert "Border closed.\nMore to follow." in shown
        assert "Expected player action: Convene crisis cell" in shown
        assert "Notes: Deliver at 09:00" in shown
        bare = next(
            panel.tree.topLevelItem(i)
            for i in range(panel.tree.topLevelItemCount())
            if panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "bare"
        )
        panel.tree.setCurrentItem(bare)
        shown = panel.text.toPlainText()
        assert "Only text" in shown
        assert not any(w in shown for w in ("from ", "Expected player action", "Notes:"))
    finally:
        _close(window)
