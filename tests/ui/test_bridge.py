"""The bridge between the Qt-free session and the widgets: signals, and refusals shown."""

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.conftest import on_modal
from wargame.core.enums import Decision
from wargame.core.events import MoveAdjudicated, NoteAdded
from wargame.session.changes import EVERYTHING, Changes
from wargame.session.session import Session
from wargame.ui.bridge import SessionBridge


@pytest.fixture
def bridge(mini) -> SessionBridge:
    return SessionBridge(Session(mini))


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_every_operation_of_the_session_is_signalled_with_its_flags(qtbot, bridge):
    with qtbot.waitSignal(bridge.changed, timeout=1000) as signal:
        bridge.session.dispatch(NoteAdded("hello"))
    assert signal.args == [Changes.LOG]


def test_a_refusal_is_shown_in_a_warning_and_run_says_it_failed(qtbot, bridge, parent):
    told: dict[str, str] = {}

    def read(box: QMessageBox) -> None:
        told.update(title=box.windowTitle(), text=box.text(), icon=box.icon().name)
        box.accept()

    on_modal(read)
    ruling = MoveAdjudicated(0, Decision.ACCEPT)  # nothing to rule on in the injects phase
    assert bridge.run(parent, lambda: bridge.session.dispatch(ruling)) is False
    assert told["title"] == "Not allowed" and told["icon"] == "Warning"
    assert "adjudication phase" in told["text"]
    assert bridge.session.log == []
    on_modal(lambda box: (told.update(title=box.windowTitle()), box.accept()))
    assert not bridge.run(parent, lambda: bridge.session.seek(5), "Cannot jump")
    assert told["title"] == "Cannot jump"


def test_an_operation_that_works_shows_nothing(bridge, parent):
    assert bridge.run(parent, lambda: bridge.session.dispatch(NoteAdded("fine"))) is True
    assert len(bridge.session.log) == 1


def test_any_other_exception_is_a_bug_and_goes_through(bridge, parent):
    def broken() -> Changes:
        raise KeyError("lost actor")

    with pytest.raises(KeyError, match="lost actor"):
        bridge.run(parent, broken)


def test_another_session_redraws_everything_and_the_old_one_is_let_go(qtbot, bridge, mini):
    old = bridge.session
    new = Session(mini, seed=1)
    seen: list[object] = []
    bridge.sessionReplaced.connect(lambda: seen.append("replaced"))
    bridge.changed.connect(seen.append)
    with qtbot.waitSignals([bridge.sessionReplaced, bridge.changed], order="strict"):
        bridge.replace(new)
    assert seen == ["replaced", EVERYTHING]
    assert bridge.session is new
    with qtbot.assertNotEmitted(bridge.changed):
        old.dispatch(NoteAdded("into the void"))


def test_a_selection_is_signalled_once(qtbot, bridge):
    with qtbot.waitSignal(bridge.selectionChanged, timeout=1000) as signal:
        bridge.select("A-B")
    assert signal.args == ["A-B"] and bridge.selection == "A-B"
    with qtbot.assertNotEmitted(bridge.selectionChanged):
        bridge.select("A-B")
