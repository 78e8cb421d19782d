"""Declarative conditions: data told apart by ``kind``, with subjects left to the move."""

import pytest
from pydantic import TypeAdapter, ValidationError

from wargame.core.conditions import (
    Condition,
    DyadStatusCond,
    EscalationCond,
    FlagCond,
    GlobalCond,
    GrievanceCond,
    NuclearCond,
    TurnCond,
    VariableCond,
)
from wargame.core.enums import DiploStatus

CONDITION = TypeAdapter(Condition)


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (
            {"kind": "dyad_status", "statuses": ["normal", "downgraded"]},
            DyadStatusCond(statuses=[DiploStatus.NORMAL, DiploStatus.DOWNGRADED]),
        ),
        (
            {"kind": "escalation", "dyad": ["IRN", "PAK"], "min": 40},
            EscalationCond(dyad=("IRN", "PAK"), min=40.0),
        ),
        ({"kind": "global", "max": 25}, GlobalCond(max=25.0)),
        ({"kind": "variable", "var": "military", "min": 30}, VariableCond(var="military", min=30)),
        ({"kind": "flag", "flag": "talks:{dyad}"}, FlagCond(flag="talks:{dyad}")),
        ({"kind": "grievance", "present": False}, GrievanceCond(present=False)),
        ({"kind": "nuclear"}, NuclearCond()),
        ({"kind": "turn", "min": 2, "max": 5}, TurnCond(min=2, max=5)),
    ],
    ids=lambda v: v["kind"] if isinstance(v, dict) else None,
)
def test_each_kind_reads_into_its_own_model(doc, expected):
    assert CONDITION.validate_python(doc) == expected


def test_empty_subjects_and_defaults_mean_the_move_itself():
    assert EscalationCond().dyad is None  # the move's actor and target
    assert VariableCond(var="economy").actor is None  # the move's actor
    grievance = GrievanceCond()
    assert (grievance.victim, grievance.offender) == (None, None)  # actor, target
    assert (grievance.min, grievance.present) == (0.5, True)
    assert FlagCond(flag="x").present and NuclearCond().value


@pytest.mark.parametrize(
    "doc",
    [
        {"kind": "python", "code": "__import__('os')"},  # no such kind
        {"kind": "global", "min": 1, "expr": "1 + 1"},  # no extra fields
        {"kind": "escalation", "dyad": ["IRN", "PAK-X"]},  # ids never hold a '-'
        {"kind": "escalation", "dyad": ["IRN", "9PAK"]},  # ids start with a letter
        {"kind": "flag", "flag": "x" * 81},  # flag templates stay short
        {"min": 1},  # no kind at all
    ],
)
def test_anything_but_known_data_is_refused(doc):
    with pytest.raises(ValidationError):
        CONDITION.validate_python(doc)


def test_a_condition_cannot_be_changed_once_read():
    cond = CONDITION.validate_python({"kind": "turn", "min": 1})
    with pytest.raises(ValidationError):
        cond.min = 3
