"""The projector: what the whole room may see, and nothing sealed."""

import pytest

from wargame.core.events import MoveSubmitted, NoteAdded, Override, PhaseAdvanced
from wargame.session.headless import play
from wargame.session.operations import advance
from wargame.session.session import Session
from wargame.ui.bridge import SessionBridge
from wargame.ui.projector import HOT_PAIRS, ProjectorWindow

SECRET = "NIGHTJAR-7"


@pytest.fixture
def projector(qtbot, default_scenario) -> ProjectorWindow:
    window = ProjectorWindow(SessionBridge(Session(default_scenario)))
    qtbot.addWidget(window)
    return window


def test_the_header_names_the_turn_the_day_and_the_phase(projector):
    assert projector.header.text() == "Turn 0 · Monday 15 January 2024 · Injects"
    projector.bridge.session.dispatch(PhaseAdvanced())
    assert projector.header.text().endswith("· Orders")
    assert projector.gauge.value() == projector.bridge.session.state.global_escalation


def test_the_hottest_pairs_are_shown_hottest_first(projector):
    session = projector.bridge.session
    session.dispatch(Override("escalation", 61.0, "room agreed", dyad=("IND", "PAK")))
    session.dispatch(Override("escalation", 44.0, "room agreed", dyad=("IRN", "USA")))
    values = [bar.value() for bar in projector.pairs]
    assert len(values) == HOT_PAIRS and values == sorted(values, reverse=True)
    assert values[:2] == [61.0, 44.0]
    assert projector.pairs[0].accessibleName() == "India – Pakistan"
    assert values[-1] == sorted(session.state.escalation.values())[-HOT_PAIRS]


def test_in_orders_the_room_sees_who_has_moved_and_never_what(projector):
    session = projector.bridge.session
    session.dispatch(PhaseAdvanced())
    assert projector.status.toPlainText() == "Sealed orders: Team Iran …   Team Pakistan …"
    session.dispatch(MoveSubmitted("IRN", "strike_state_forces", "PAK", SECRET))
    shown = projector.status.toPlainText()
    assert shown == "Sealed orders: Team Iran ✔   Team Pakistan …"
    session.dispatch(PhaseAdvanced())  # the reveal: the orders panel shows it, not the room
    assert SECRET not in projector.status.toPlainText()


def test_in_review_the_room_reads_the_turns_narrative(projector):
    session = projector.bridge.session
    for _ in range(3):
        session.dispatch(PhaseAdvanced())  # orders, adjudication, resolution
    advance(session)  # review, with the turn's narrative in the log
    narrative = session.log[-1].text
    assert narrative and projector.status.toPlainText() == narrative
    advance(session)  # the next turn's injects
    assert projector.status.toPlainText() == ""


def test_once_closed_it_no_longer_follows_the_session(projector, monkeypatch):
    projector.show()
    projector.close()
    redraws: list[None] = []
    monkeypatch.setattr(projector, "_refresh", lambda: redraws.append(None))
    projector.bridge.session.dispatch(NoteAdded("after the show"))
    projector.bridge.session.dispatch(PhaseAdvanced())
    assert redraws == []


def test_on_a_full_hd_projector_the_hottest_pairs_are_named_in_full(qtbot, default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:4])  # Baloch separatists – Pakistan runs hot
    window = ProjectorWindow(SessionBridge(session))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    names = [bar.accessibleName() for bar in window.pairs]
    assert "Baloch separatists (BLA/BLF) – Pakistan" in names
    assert [bar.shown_label() for bar in window.pairs] == names


def test_it_fits_a_small_projector(projector):
    least = projector.minimumSizeHint()
    assert least.width() <= 1024 and least.height() <= 720, least
