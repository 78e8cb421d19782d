"""Session ▸ Open to players' devices, end to end: the console serves its session on
loopback, teams move over HTTP from other threads, and the console follows.

The HTTP requests run on a worker thread while the test spins the Qt event loop, since
the console's session answers every request on the Qt thread.
"""

import json
import socket
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTextEdit

from tests.server.conftest import Client, Reply
from tests.ui.conftest import on_modal
from tests.ui.facilitator import next_phase
from wargame.core.enums import Phase
from wargame.ui.devicesdialog import DevicesDialog

POOL = ThreadPoolExecutor(max_workers=2)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def in_background(qtbot, fn) -> Reply:
    """Run an HTTP request off the Qt thread; spin Qt until it is answered."""
    future: Future = POOL.submit(fn)
    qtbot.waitUntil(future.done, timeout=5000)
    return future.result()


def client_of(card) -> Client:
    url = urlsplit(card.link.url)
    return Client(int(url.port or 0), url.fragment)


@pytest.fixture
def serving(qtbot, team_window):
    """The console with its devices dialog open, serving on a free loopback port."""
    window = team_window
    window.show_devices()
    dialog = window.devices_dialog
    assert isinstance(dialog, DevicesDialog)
    assert dialog.network.currentData() == "127.0.0.1"  # this computer only, by default
    dialog.port.setValue(free_port())
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert window.room.running
    yield window, dialog
    window.room.stop()


def cards(dialog) -> dict[str, object]:
    return {card.link.team or "White cell": card for card in dialog.cards}


def test_links_show_with_qr_codes_on_the_facilitators_screen_only(qtbot, serving):
    window, dialog = serving
    shown = cards(dialog)
    assert list(shown) == ["White cell", "Team Iran", "Team Pakistan"]
    for card in shown.values():
        assert not card.qr.pixmap().isNull()
        assert card.qr.pixmap().width() >= 150
    # the teams' codes show; the White cell's waits for a click, away from players' cameras
    assert [card.qr.isVisible() for card in shown.values()] == [False, True, True]
    white = shown["White cell"]
    qtbot.mouseClick(white.reveal, Qt.MouseButton.LeftButton)
    assert white.qr.isVisible()
    # a page opening updates the states in place: the shown code stays shown
    iran = client_of(shown["Team Iran"])
    in_background(qtbot, iran.view)
    qtbot.waitUntil(lambda: shown["Team Iran"].status.text().startswith("page open"))
    assert cards(dialog)["White cell"] is white and white.qr.isVisible()
    for card in shown.values():
        assert card.url.text().startswith(f"http://127.0.0.1:{window.room.port}/")
    assert "Serving on 127.0.0.1" in dialog.advice.text()
    assert dialog.start.text() == "&Stop serving"
    window.show_projector()
    tokens = [urlsplit(card.link.url).fragment for card in shown.values()]
    texts = " ".join(
        [w.text() for w in window.projector.findChildren(QLabel)]
        + [w.toPlainText() for w in window.projector.findChildren(QTextEdit)]
    )
    assert "Turn 0" in texts  # the projector's words were read
    assert not any(token in texts for token in tokens)
    window.projector.close()


def test_a_team_moves_from_its_device_and_the_console_follows(qtbot, serving):
    window, dialog = serving
    iran = client_of(cards(dialog)["Team Iran"])
    white = client_of(cards(dialog)["White cell"])
    next_phase(qtbot, window)  # injects -> orders: no curtain while teams are on devices
    assert window.session.state.phase is Phase.ORDERS
    assert window.curtain is None
    view = in_background(qtbot, iran.view)
    assert view["can_move"] and view["public"]["phase"] == "orders"
    devices = window.orders.devices
    qtbot.waitUntil(lambda: "Team Iran: page open, waiting" in devices.text())
    assert "from their devices" in window.orders.hint.text()
    move = {"actor": "IRN", "action": "condemn", "target": "PAK", "note": "for the record"}
    reply = in_background(qtbot, lambda: iran.post("/api/submit", move))
    assert reply.status == 200, reply.data
    assert window.orders.rows()[0][:2] == ["Team Iran", "sealed"]
    qtbot.waitUntil(lambda: "Team Iran: page open, submitted" in devices.text())
    assert "Team Pakistan: no page open, waiting" in devices.text()
    assert "submitted" in cards(window.devices_dialog)["Team Iran"].status.text()
    # the console reveals (asked first: Pakistan has not submitted); the pages see it
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), title="Close orders?")
    next_phase(qtbot, window)
    assert window.session.state.phase is Phase.ADJUDICATION
    seen = in_background(qtbot, white.view)
    assert [(m["actor"], m["action"], m["note"]) for m in seen["moves"]] == [
        ("Iran", "Condemn publicly", "for the record")
    ]


def test_a_refused_move_changes_nothing_in_the_console(qtbot, serving):
    window, dialog = serving
    pakistan = client_of(cards(dialog)["Team Pakistan"])
    next_phase(qtbot, window)
    before = len(window.session.log)
    move = {"actor": "IRN", "action": "condemn", "target": "PAK"}
    reply = in_background(qtbot, lambda: pakistan.post("/api/submit", move))
    assert reply.status == 403
    assert len(window.session.log) == before
    assert window.orders.table.rowCount() == 0


def test_revoking_a_link_locks_out_its_old_holder(qtbot, serving):
    _window, dialog = serving
    old = client_of(cards(dialog)["Team Iran"])
    on_modal(
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(), title="Revoke the link?"
    )
    qtbot.mouseClick(cards(dialog)["Team Iran"].reissue, Qt.MouseButton.LeftButton)
    new = client_of(cards(dialog)["Team Iran"])
    assert new.token != old.token
    refused = in_background(qtbot, lambda: old.get("/api/view"))
    assert refused.status == 403 and "revoked" in refused.data["error"]
    assert in_background(qtbot, lambda: new.get("/api/view")).status == 200


def test_opening_another_session_stops_serving(qtbot, serving, default_scenario):
    window, dialog = serving
    port = window.room.port
    from wargame.session.session import Session

    window.bridge.replace(Session(default_scenario, seed=3))
    assert not window.room.running
    assert window.orders.devices.isHidden()
    assert window.orders.presence is None
    assert dialog.start.text() == "&Start serving"
    with socket.socket() as probe:  # the port is free again
        probe.bind(("127.0.0.1", port))


def test_a_port_in_use_is_explained(qtbot, window):
    window.show_devices()
    dialog = window.devices_dialog
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog.port.setValue(taken.getsockname()[1])
        seen: list[str] = []

        def read(box):
            seen.append(box.text())
            box.accept()

        on_modal(read, title="Cannot serve there")
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert seen and "Choose another port" in seen[0]
    assert not window.room.running
    assert dialog.start.text() == "&Start serving"


def test_a_turn_with_devices_and_the_console_equals_the_shared_screen(qtbot, serving, tmp_path):
    """Three teams move from their devices, the White cell runs the turn in the console:
    the save equals the same turn played on the shared screen, time stamps aside."""
    from tests.server.conftest import three_teams
    from tests.server.shared_screen import assert_same_save, play_on_shared_screen
    from tests.server.test_pages_browser import MOVES

    window, _dialog = serving
    three_teams(window.session)  # Team India joins: its link appears
    qtbot.waitUntil(lambda: "Team India" in cards(window.devices_dialog))
    for _ in range(len(window.injects.due_ids())):
        qtbot.mouseClick(window.injects.fire, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window)
    shown = cards(window.devices_dialog)
    for team, (actor, action, target, note) in MOVES.items():
        device = client_of(shown[team])
        move = {"actor": actor, "action": action, "target": target, "note": note}
        reply = in_background(
            qtbot, lambda device=device, move=move: device.post("/api/submit", move)
        )
        assert reply.status == 200, reply.data
    window.act_bots.trigger()
    next_phase(qtbot, window)  # the reveal: nobody is waited for
    assert window.session.state.phase is Phase.ADJUDICATION
    orders = window.orders
    for row in range(orders.table.rowCount()):
        orders.table.selectRow(row)
        orders.reason.setText("dice")
        qtbot.mouseClick(orders.roll, Qt.MouseButton.LeftButton)
    next_phase(qtbot, window, 2)  # resolution, review
    path = tmp_path / "console.json"
    assert window.save_to(path)
    assert_same_save(json.loads(path.read_text()), play_on_shared_screen(MOVES, seed=0))
