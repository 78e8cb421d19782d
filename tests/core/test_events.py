"""Events as data: every kind reads back from its JSON form, and the rules of a record
(a reason where one is owed, bounded values, known fields only) hold when a file is read."""

from typing import get_args

import pytest
from pydantic import TypeAdapter, ValidationError

from wargame.core.enums import Controller, Decision, EventKind, Modifier, Outcome
from wargame.core.events import (
    ControlAssigned,
    Event,
    InjectFired,
    InjectHeld,
    InjectSkipped,
    MoveAdjudicated,
    MovesReordered,
    MoveSubmitted,
    MoveWithdrawn,
    NarrativeRecorded,
    NoteAdded,
    Override,
    PhaseAdvanced,
    TeamPinSet,
)

EVENT = TypeAdapter(Event)
EXAMPLES = [
    InjectFired("news"),
    InjectSkipped("news", "not needed"),
    InjectHeld("news", "later"),
    MoveSubmitted("IRN", "strike_state_forces", "PAK", "at night", (Modifier.INTERCEPTED,)),
    MoveWithdrawn("Team Iran", 0),
    MoveAdjudicated(0, Decision.MODIFY, Outcome.PARTIAL, "recall", "PAK", "scaled down"),
    PhaseAdvanced(),
    Override("escalation", 42.0, "room agreed", dyad=("IRN", "PAK")),
    NoteAdded("the room is quiet"),
    MovesReordered((1, 0)),
    ControlAssigned("IND", Controller.BOT, "dove"),
    TeamPinSet("Team Iran", "ab" * 32),
    NarrativeRecorded("Turn 0: quiet."),
]


def test_the_examples_cover_every_kind():
    assert {type(e) for e in EXAMPLES} == set(get_args(get_args(Event)[0]))
    assert {e.kind for e in EXAMPLES} == set(EventKind)


@pytest.mark.parametrize("event", EXAMPLES, ids=lambda e: e.kind.value)
def test_every_event_reads_back_from_json_as_it_was(event):
    doc = EVENT.dump_python(event, mode="json")
    assert doc["kind"] == event.kind.value
    assert EVENT.validate_python(doc) == event
    assert EVENT.validate_json(EVENT.dump_json(event)) == event


@pytest.mark.parametrize(
    "doc",
    [
        {"kind": "override", "meter": "escalation", "value": 40, "reason": "", "dyad": ["A", "B"]},
        {"kind": "override", "meter": "deterrence", "value": 140, "reason": "x", "actor": "A"},
        {"kind": "inject_skipped", "inject": "news"},  # a skip says why
        {"kind": "note", "text": ""},
        {"kind": "adjudication", "index": -1, "decision": "accept"},
        {"kind": "team_pin", "team": "Blue", "pin_hash": "1234"},  # a PIN is never stored
        {"kind": "move", "actor": "IRN", "action": "x", "script": "rm -rf /"},  # unknown field
        {"kind": "move", "actor": "IRN; drop", "action": "x"},  # not an id
        {"kind": "teleport", "actor": "IRN"},
    ],
    ids=[
        "empty reason",
        "meter above 100",
        "skip without reason",
        "empty note",
        "negative index",
        "bare PIN",
        "unknown field",
        "bad id",
        "unknown kind",
    ],
)
def test_a_record_that_breaks_the_rules_is_refused(doc):
    with pytest.raises(ValidationError):
        EVENT.validate_python(doc)


def test_events_are_values():
    assert MoveSubmitted("IRN", "condemn", "PAK") == MoveSubmitted("IRN", "condemn", "PAK")
    assert {NoteAdded("a"), NoteAdded("a")} == {NoteAdded("a")}
    with pytest.raises(AttributeError):
        NoteAdded("a").text = "b"  # frozen
