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


# -- tamper evidence over the whole file --------------------------------------------------


def sealed_save(scenario, path):
    """A real save of six rolled turns with a note in the log, a bookmark beside it and a
    branch; returns the session that wrote it."""
    from wargame.core.events import NoteAdded

    rolled = [
        t.model_copy(update={"moves": [m.model_copy(update={"outcome": None}) for m in t.moves]})
        for t in scenario.history[:6]
    ]
    session = Session(scenario, seed=9)
    play(session, rolled[:3])
    session.dispatch(NoteAdded("the room disagrees"))
    play(session, rolled[3:6])
    session.annotate("a lesson", index=12, bookmark=True)
    session.seek(session.resolved()[3].index)
    session.branch_from_here("what if")
    play(session, rolled[4:5])
    session.switch_branch("main")
    write_save(path, to_save(session))
    return session


def _turn_events(session, turn):
    return [i for i in range(len(session.log)) if session.applied(i).turn == turn]


def _truncate_last_turn(doc, session):
    cut = _turn_events(session, 5)[0]
    doc["events"] = doc["events"][:cut]
    doc["digests"] = [d for d in doc["digests"] if d["turn"] < 5]
    doc["rulings"] = [r for r in doc["rulings"] if r["turn"] < 5]
    doc["cursor"] = cut


def _swap_turns(doc, session):
    two, three = _turn_events(session, 2), _turn_events(session, 3)
    events = doc["events"]
    doc["events"] = (
        events[: two[0]]
        + [events[i] for i in three]
        + [events[i] for i in two]
        + events[three[-1] + 1 :]
    )


def _reason_of_turn_3(doc, session):
    [i] = [r["event"] for r in doc["rulings"] if r["decision"] == "roll" and r["turn"] == 3]
    doc["events"][i]["reason"] = "a reason nobody gave"


def _note_in_log(doc, session):
    [note] = [e for e in doc["events"] if e["kind"] == "note"]
    note["text"] = "the room agrees"


def _ruling_index(doc, session):
    [r] = [r for r in doc["rulings"] if r["decision"] == "roll" and r["turn"] == 3]
    r["event"] += 1


def _record_ends_early(doc, session):
    doc["counts"] = {**doc["counts"], "turns": 5, "events": _turn_events(session, 5)[0]}
    doc["chain"] = doc["chain"][:5]


def _cut_everything_consistently(doc, session):
    _truncate_last_turn(doc, session)
    doc["counts"] = {"turns": 5, "events": doc["cursor"], "rulings": len(doc["rulings"])}
    doc["chain"] = doc["chain"][:5]


def _branch_reason(doc, session):
    for e in doc["branches"][0]["events"]:
        if e["kind"] == "adjudication":
            e["reason"] = "edited later"


TAMPERING = {
    # name: (edit, turn named, path it starts with, words)
    "drop all rulings": (
        lambda d, s: d.update(rulings=[]),
        1,
        "$.rulings[0]",
        "the ruling of event 12 is missing from the record",
    ),
    "drop one digest": (lambda d, s: d["digests"].pop(2), 2, "$.digests", "no digest recorded"),
    "truncate the last turn": (
        _truncate_last_turn,
        5,
        "$.events[61]",
        "the log ends here, at event 61, but the record goes on to event 64, in turn 5",
    ),
    "swap two turns": (_swap_turns, 2, "$.events[17]", "event 17 cannot be replayed"),
    "edit a note beside the log": (
        lambda d, s: d["annotations"][0].update(text="another lesson"),
        None,
        "$.annotations",
        "the notes and bookmarks were changed after saving",
    ),
    "unmark a bookmark": (
        lambda d, s: d["annotations"][0].update(bookmark=False),
        None,
        "$.annotations",
        "the notes and bookmarks were changed after saving",
    ),
    "edit a reason": (
        _reason_of_turn_3,
        3,
        "$.events[",
        "the events of this turn differ from the record",
    ),
    "edit a note in the log": (
        _note_in_log,
        2,
        "$.events[",
        "the events of this turn differ from the record",
    ),
    "change the seed": (
        lambda d, s: d.update(seed=d["seed"] + 1),
        0,
        "$.digests",
        "replayed state digest",
    ),
    "change a ruling's event": (
        _ruling_index,
        3,
        "$.rulings[6]",
        "the ruling differs: recorded at event 42: success (roll",
    ),
    "the record ends before the log": (
        _record_ends_early,
        4,
        "$.events[61]",
        "the record ends here but the log goes on to turn 5",
    ),
    "cut log, counts and chain alike": (
        _cut_everything_consistently,
        None,
        "$",
        "the timelines (which one is current",
    ),
    "drop the evidence": (
        lambda d, s: d.pop("evidence"),
        None,
        "$.evidence",
        "the tamper evidence of this save is missing",
    ),
    "edit a reason in a branch": (
        _branch_reason,
        1,
        "$.branches[0].events[",
        "the events of this turn differ from the record",
    ),
    "change the cursor": (
        lambda d, s: d.update(cursor=d["cursor"] - 1),
        None,
        "$",
        "were changed after saving",
    ),
}
"""Each way a save is tampered with, and the first departure it must be reported at."""


@pytest.fixture(scope="module")
def sealed(tmp_path_factory):
    from tests.conftest import DEFAULT_SCENARIO
    from wargame.storage.files import load_scenario

    path = tmp_path_factory.mktemp("sealed") / "sealed.json"
    session = sealed_save(load_scenario(DEFAULT_SCENARIO), path)
    return path, session


def test_a_fresh_save_carries_its_evidence_and_round_trips(sealed, tmp_path):
    from wargame.session.persist import verify_save

    path, _ = sealed
    save = load_save(path)
    assert save.schema_version == 3 and save.evidence is not None and save.legacy_schema is None
    assert save.counts.model_dump() == {"turns": 6, "events": 64, "rulings": len(save.rulings)}
    assert len(save.chain) == 6  # turns 0 to 5
    [branch] = save.branches
    assert branch.counts.turns == 5 and len(branch.chain) == 5
    assert verify_save(save) == 6
    again = tmp_path / "again.json"
    write_save(again, to_save(from_save(save)))
    resaved = load_save(again)
    assert resaved.evidence == save.evidence and resaved.chain == save.chain
    assert resaved.branches[0].chain == branch.chain


@pytest.mark.parametrize("case", TAMPERING)
def test_each_tampering_is_reported_at_its_first_departure(sealed, case):
    from wargame.core.errors import ReplayError
    from wargame.session.persist import verify_save
    from wargame.storage.files import save_from_doc

    path, session = sealed
    edit, turn, where, words = TAMPERING[case]
    doc = json.loads(path.read_text())
    edit(doc, session)
    with pytest.raises(ReplayError) as err:
        verify_save(save_from_doc(doc))
    assert err.value.turn == turn and err.value.path.startswith(where)
    assert words in str(err.value)
    if turn is not None:
        assert str(err.value).startswith(f"turn {turn}: ")


def test_swapped_rulings_say_what_differs_not_the_same_words_twice(sealed):
    from wargame.core.errors import RulingMismatchError
    from wargame.session.persist import verify_save
    from wargame.storage.files import save_from_doc

    path, _ = sealed
    doc = json.loads(path.read_text())
    rulings = doc["rulings"]
    rulings[6], rulings[7] = rulings[7], rulings[6]  # a roll and an accept of turn 3
    with pytest.raises(RulingMismatchError) as err:
        verify_save(save_from_doc(doc))
    recorded, replayed = str(err.value).split("recorded ", 1)[1].split(", replayed ")
    assert recorded != replayed
    assert recorded.startswith("at event 42 on ") and "decided by accept" in recorded
    assert replayed.startswith("at event 41 on ") and "decided by roll" in replayed
    assert err.value.turn == 3 and err.value.path == "$.rulings[6]"


def test_a_ruling_that_draws_another_die_sets_record_beside_replay(sealed):
    from wargame.core.errors import RulingMismatchError
    from wargame.session.persist import verify_save
    from wargame.storage.files import save_from_doc

    path, _ = sealed
    doc = json.loads(path.read_text())
    first = doc["rulings"][0]
    first.update(outcome="failure", roll=0.99)
    with pytest.raises(RulingMismatchError) as err:
        verify_save(save_from_doc(doc))
    assert str(err.value).startswith(
        "turn 1: the ruling differs: recorded failure (roll 0.9900), replayed success (roll "
    )
