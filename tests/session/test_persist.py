"""Sessions as save files and back: branches, annotations, the cursor, rulings checked on replay."""

import json

import pytest

from wargame.session.headless import play
from wargame.session.persist import from_save, to_save
from wargame.session.session import Session
from wargame.storage.files import load_save, write_save


def test_save_round_trip_keeps_everything(tmp_path, default_scenario):
    session = Session(default_scenario, seed=11)
    play(session, default_scenario.history[:5])
    session.annotate("reply here", index=10, bookmark=True)
    session.seek(20)
    session.branch_from_here("what-if")
    path = tmp_path / "s.json"
    write_save(path, to_save(session))
    save = load_save(path)
    assert save.saved_at and save.app_version
    again = from_save(save)
    assert again.branch == "what-if" and set(again.branches) == {"main", "what-if"}
    assert again.cursor == 20 and again.state.digest() == session.state.digest()
    assert [(a.index, a.text, a.bookmark) for a in again.annotations] == [(10, "reply here", True)]
    again.switch_branch("main")
    assert len(again.log) == len(session.branches["main"].events)


def test_every_branch_keeps_its_rulings_and_replay_checks_them(default_scenario):
    from wargame.core.errors import ReplayMismatchError

    session = Session(default_scenario, seed=5)
    play(session, default_scenario.history[:3])
    session.seek(session.resolved()[0].index)  # the end of 15 January
    session.branch_from_here("other")
    play(session, default_scenario.history[1:3])
    session.switch_branch("main")
    save = to_save(session)
    [other] = save.branches
    assert other.rulings and len(other.rulings) == sum(
        e.kind == "adjudication" for e in other.events
    )
    doc = json.loads(save.model_dump_json())
    doc["branches"][0]["rulings"][0]["roll"] = (other.rulings[0].roll + 0.5) % 1.0
    from wargame.storage.files import save_from_doc

    with pytest.raises(ReplayMismatchError, match="ruling"):
        from_save(save_from_doc(doc))
