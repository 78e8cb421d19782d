"""Start-up: the window on a scenario or a save, and the offer to recover an autosave."""

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import DEFAULT_SCENARIO
from tests.ui.conftest import on_modal
from tests.ui.facilitator import saved_history
from wargame.core.events import NoteAdded, PhaseAdvanced
from wargame.session.session import Session
from wargame.ui.app import ask_recover, build_window
from wargame.ui.files import Autosaver


@pytest.fixture
def windows():
    """Windows a test builds, closed without questions at its end."""
    built = []
    yield built
    for window in built:
        window.mark_saved()
        window.close()


def left_behind(folder, default_scenario) -> Session:
    """An autosave as a run that did not end cleanly leaves it."""
    session = Session(default_scenario, seed=9)
    session.dispatch(NoteAdded("before the crash"))
    assert Autosaver(folder, "autosave").save(session)  # autosave.json, as 0.1 named it
    return session


def never_asked(path):
    raise AssertionError(f"asked about {path}")


def test_a_scenario_opens_a_new_session_without_asking(tmp_path, windows):
    window = build_window(DEFAULT_SCENARIO, tmp_path / "auto", ask=never_asked)
    windows.append(window)
    assert window.session.scenario.id == "iran_pakistan_2024" and window.session.log == []
    assert window.path is None and not window.session.read_only


def test_an_autosave_is_recovered_when_the_user_says_so(tmp_path, windows, default_scenario):
    crashed = left_behind(tmp_path / "auto", default_scenario)
    asked = []
    window = build_window(DEFAULT_SCENARIO, tmp_path / "auto", ask=lambda p: not asked.append(p))
    windows.append(window)
    assert asked == [tmp_path / "auto" / "autosave.json"]
    assert window.session.log == crashed.log and window.session.seed == 9
    assert window.is_dirty() and window.path is None  # saved nowhere yet
    assert window.autosaver.path == tmp_path / "auto" / "autosave.json"  # it writes on there
    assert window.status.text() == "Recovered from autosave"


def test_a_declined_autosave_leaves_a_fresh_session(tmp_path, windows, default_scenario):
    left_behind(tmp_path / "auto", default_scenario)
    window = build_window(DEFAULT_SCENARIO, tmp_path / "auto", ask=lambda _p: False)
    windows.append(window)
    assert window.session.log == []


def test_an_unreadable_autosave_is_reported_and_the_scenario_opens(tmp_path, windows):
    folder = tmp_path / "auto"
    folder.mkdir()
    (folder / "autosave.json").write_text('{"events": "broken"')
    told = []
    on_modal(lambda box: (told.append(box.text()), box.accept()))
    window = build_window(DEFAULT_SCENARIO, folder, ask=lambda _p: True)
    windows.append(window)
    assert told and "autosave.json" in told[0]
    assert window.session.log == [] and window.session.scenario.id == "iran_pakistan_2024"


def test_a_save_opens_for_replay_at_its_first_event(tmp_path, windows, default_scenario):
    path, played = saved_history(tmp_path, default_scenario)
    window = build_window(path, tmp_path / "auto", ask=never_asked, replay=True)
    windows.append(window)
    assert window.session.read_only and window.session.cursor == 0
    assert len(window.session.log) == len(played.log) and window.path == path


def test_a_file_that_cannot_be_opened_stops_the_start(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    told = []
    on_modal(lambda box: (told.append(box.text()), box.accept()))
    with pytest.raises(SystemExit) as stop:
        build_window(bad, tmp_path / "auto", ask=never_asked)
    assert stop.value.code == 2
    assert told and "invalid JSON" in told[0]


@pytest.mark.parametrize(
    ("button", "recover"),
    [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)],
)
def test_the_recovery_question_names_the_session_not_the_autosave_file(
    tmp_path, default_scenario, button, recover
):
    autosaver = Autosaver(tmp_path / "auto")
    assert autosaver.save(Session(default_scenario), tmp_path / "january.json")
    seen = []
    on_modal(
        lambda box: (seen.append((box.text(), box.detailedText())), box.button(button).click())
    )
    assert ask_recover(autosaver.path) is recover
    text, details = seen[0]
    assert "did not close cleanly" in text and default_scenario.title in text
    assert "january.json" in text and str(autosaver.path) not in text
    assert str(autosaver.path) in details


def test_a_recovered_session_keeps_its_file_and_asks_to_be_saved(qtbot, tmp_path, default_scenario):
    saved = tmp_path / "january.json"
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())
    Autosaver(tmp_path / "auto").save(session, saved)
    window = build_window(DEFAULT_SCENARIO, tmp_path / "auto", ask=lambda _p: True)
    try:
        assert window.path == saved.resolve() and window.is_dirty()
        assert window.windowTitle().startswith("*january.json")
        assert window.save() and saved.exists()  # Ctrl+S writes the session's own file
    finally:
        window._saved_mark = window._mark()
        window.close()
