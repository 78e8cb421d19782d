"""Opening files as sessions, and the one set of rules that proves a save."""

import json

import pytest

from tests.conftest import DEFAULT_SCENARIO
from wargame.core.errors import EventNotReplayableError, ReplayError, ReplayMismatchError
from wargame.session.documents import open_document
from wargame.session.headless import play
from wargame.session.persist import to_save, verify_save
from wargame.session.session import Session
from wargame.storage.files import FileKind, save_from_doc, write_save
from wargame.storage.problems import InvalidFileError


@pytest.fixture
def saved(tmp_path, default_scenario):
    session = Session(default_scenario, seed=3)
    play(session, default_scenario.history[:4])
    session.seek(session.resolved()[1].index)
    session.branch_from_here("what if")
    play(session, default_scenario.history[2:3])
    session.annotate("a lesson", bookmark=True)
    path = tmp_path / "s.json"
    write_save(path, to_save(session))
    return path, session


def test_a_save_opens_as_it_was_left(saved):
    path, session = saved
    opened = open_document(path)
    assert opened.kind is FileKind.SAVE and opened.migrated_from is None
    again = opened.session
    assert again.branch == "what if" and set(again.branches) == {"main", "what if"}
    assert again.cursor == session.cursor and again.state.digest() == session.state.digest()
    assert [a.text for a in again.annotations] == ["a lesson"]


def test_a_scenario_opens_a_new_session_and_a_moves_file_is_refused(tmp_path):
    opened = open_document(DEFAULT_SCENARIO, seed=7)
    assert opened.kind is FileKind.SCENARIO and opened.session.seed == 7
    assert opened.session.cursor == 0
    with pytest.raises(InvalidFileError, match="expected a save"):
        open_document(DEFAULT_SCENARIO, saves_only=True)
    moves = tmp_path / "m.json"
    moves.write_text(json.dumps({"scenario": "iran_pakistan_2024", "turns": []}))
    with pytest.raises(InvalidFileError, match="wargame run"):
        open_document(moves)


def tampered(path, edit):
    doc = json.loads(path.read_text())
    edit(doc)
    return save_from_doc(doc)


def test_every_resolved_turn_needs_its_digest(saved):
    path, _ = saved
    with pytest.raises(ReplayError, match="no digest recorded") as err:
        verify_save(tampered(path, lambda d: d["digests"].pop(1)))
    assert err.value.path == "$.digests" and err.value.turn == 1
    with pytest.raises(ReplayError, match="never resolved"):
        verify_save(tampered(path, lambda d: d["digests"].append({"turn": 40, "digest": "0" * 64})))


def test_a_tampered_branch_is_located(saved):
    path, _ = saved

    def edit(doc):
        doc["branches"][0]["digests"][0]["digest"] = "0" * 64

    with pytest.raises(ReplayMismatchError) as err:
        verify_save(tampered(path, edit))
    assert err.value.path == "$.branches[0].digests" and err.value.turn == 0


def test_an_event_the_rules_refuse_names_its_place_and_turn(saved):
    path, session = saved
    events = session.branches["what if"].events
    first_move = next(i for i, e in enumerate(events) if e.kind == "move")
    turn = session.applied(first_move).turn

    def edit(doc):
        doc["events"].insert(first_move, {"kind": "inject_fired", "inject": "erbil_idlib"})

    with pytest.raises(EventNotReplayableError) as err:
        verify_save(tampered(path, edit))
    assert err.value.path == f"$.events[{first_move}]" and err.value.turn == turn == 1


def test_replay_reports_each_resolved_turn_of_each_branch(saved):
    path, _ = saved
    seen: list[tuple[str, int]] = []
    turns = verify_save(tampered(path, lambda d: None), lambda b, s: seen.append((b, s.turn)))
    assert turns == len([t for b, t in seen if b == "what if"])
    assert ("main", 3) in seen and ("what if", 2) in seen
