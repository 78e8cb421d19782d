"""The console driven as a facilitator would: clicks, keys, dialogs."""

import json
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.conftest import ROOT
from tests.ui.conftest import on_modal
from wargame.core.enums import Modifier, Phase
from wargame.ui.override import OverrideDialog


def next_phase(qtbot, window, times=1):
    button = window.turn_bar.buttons[-1]
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def compose(window, actor, action, target):
    c = window.composer
    choose(c.actor_box, actor)
    choose(c.action_box, action)
    choose(c.target_box, target)


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


def test_undo_and_redo_restore_the_views(qtbot, window):
    next_phase(qtbot, window)
    compose(window, "PAK", "recall_ambassador", "IRN")
    qtbot.mouseClick(window.composer.submit, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window)
    window.orders.table.selectRow(0)
    qtbot.mouseClick(window.orders.accept, Qt.MouseButton.LeftButton)
    before = window.meters.gauge.value()
    next_phase(qtbot, window)
    after = window.meters.gauge.value()
    assert after != before
    assert window.relations.edges["IRN-PAK"].pen().style() == Qt.PenStyle.DashLine
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.meters.gauge.value() == before
    assert window.relations.edges["IRN-PAK"].pen().style() == Qt.PenStyle.SolidLine
    assert window.session.state.phase is Phase.ADJUDICATION
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.meters.gauge.value() == after


def test_every_phase_advances_and_the_turn_bar_shows_it(qtbot, window):
    seen = []
    for _ in range(5):
        current = [p for p, chip in window.turn_bar.chips.items() if chip.property("current")]
        seen.extend(current)
        next_phase(qtbot, window)
    assert seen == list(Phase)
    assert window.turn_bar.turn_label.text().startswith("Turn 1 · Tue 16 Jan 2024")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.session.state.phase is Phase.ORDERS


def test_injects_fire_from_the_queue(qtbot, window):
    panel = window.injects
    assert len(panel.due_ids()) == 2
    qtbot.mouseClick(panel.fire, Qt.MouseButton.LeftButton)
    assert window.session.state.injects == {"deployment_news": "fired"}
    assert "inject fired: deployment_news" in window.log_panel.model.index(0, 4).data()
    # the phase column names the phase as the turn bar does
    assert window.log_panel.model.index(0, 2).data() == window.turn_bar.chips[Phase.INJECTS].text()


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


def test_why_popup_lists_the_provenance(qtbot, window):
    next_phase(qtbot, window)
    compose(window, "IRN", "strike_state_forces", "PAK")
    qtbot.mouseClick(window.composer.submit, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window)
    window.orders.table.selectRow(0)
    qtbot.mouseClick(window.orders.accept, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window)
    window.bridge.select("IRN-PAK")
    rows = {}

    def read_and_close(dialog):
        rows["n"] = dialog.table.rowCount()
        rows["rules"] = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
        dialog.reject()

    on_modal(read_and_close)
    qtbot.mouseClick(window.meters.pair_bar, Qt.MouseButton.LeftButton)
    assert rows["n"] >= 2
    assert "escalation impulse" in rows["rules"]


def test_malformed_file_shows_an_error_and_keeps_the_session(qtbot, window, tmp_path):
    session = window.session
    session.annotate("keep me")
    bad = tmp_path / "bad.json"
    bad.write_text('{"events": [1, 2, 3], "scenario": 5}')
    seen = {}

    def read_and_close(box):
        seen["text"] = box.text() + box.informativeText()
        box.accept()

    on_modal(read_and_close)
    assert window.open_path(bad) is False
    assert "could not be opened" in seen["text"] and "$.scenario" in seen["text"]
    assert window.session is session and session.annotations[0].text == "keep me"


def test_newer_save_is_refused_in_a_dialog(qtbot, window, tmp_path):
    path = tmp_path / "s.json"
    window.save_to(path)
    doc = json.loads(path.read_text())
    doc["schema_version"] = 7
    path.write_text(json.dumps(doc))
    seen = {}
    on_modal(lambda box: (seen.setdefault("t", box.informativeText()), box.accept()))
    assert window.open_path(path) is False
    assert "newer" in seen["t"]


def test_save_and_reopen(qtbot, window, tmp_path):
    next_phase(qtbot, window, 3)
    path = tmp_path / "session.json"
    assert window.save_to(path)
    assert not window.is_dirty() and window.windowTitle().startswith("session.json")
    assert window.open_path(path)
    assert window.session.cursor == 3 and window.path == path


def test_close_with_unsaved_changes_asks(qtbot, window):
    next_phase(qtbot, window)
    assert window.is_dirty()
    assert window.autosaver.path.exists()
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert window.close() is False
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    assert window.close() is True
    assert not window.autosaver.path.exists()  # a clean exit leaves no autosave


def test_clicking_the_map_selects(qtbot, window):
    view = window.relations
    node = view.nodes["PAK"]
    point = view.mapFromScene(node.scenePos())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.bridge.selection == "PAK"


def test_log_filter(qtbot, window):
    window.injects.fire.click()
    next_phase(qtbot, window, 2)
    qtbot.keyClicks(window.log_panel.filter, "deployment")
    assert window.log_panel.proxy.rowCount() == 1


def test_dark_theme_for_projectors(qtbot, window):
    window.act_dark.trigger()
    assert window.palette().window().color().lightness() < 60
    window.act_dark.trigger()
    assert window.palette().window().color().lightness() > 200


def test_screenshots_render_every_screen(tmp_path):
    from wargame.ui.screenshots import render_all

    files = render_all(tmp_path)
    readme = (ROOT / "README.md").read_text()
    shown = set(re.findall(r"docs/screenshots/([\w-]+\.png)", readme)) - {"report-page.png"}
    assert shown <= {f.name for f in files}  # every screen the README shows is rendered
    for f in files:
        assert f.stat().st_size > 5000, f
