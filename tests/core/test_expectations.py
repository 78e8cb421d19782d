"""Historical checkpoints as data: the days a checkpoint covers and how it names its metric."""

import datetime as dt

import pytest
from pydantic import ValidationError

from wargame.core.expectations import Checkpoint, MetricKind, MetricRef

NAMES = {"IRN": "Iran", "PAK": "Pakistan"}


def test_a_checkpoint_covers_one_day_or_a_span():
    one = Checkpoint(
        name="peak", metric="escalation", pair=("IRN", "PAK"), test="peaks", on=dt.date(2024, 1, 18)
    )
    assert one.days() == (dt.date(2024, 1, 18), dt.date(2024, 1, 18))
    span = one.model_copy(update={"on": [dt.date(2024, 1, 18), dt.date(2024, 1, 31)]})
    assert span.days() == (dt.date(2024, 1, 18), dt.date(2024, 1, 31))


@pytest.mark.parametrize(
    ("ref", "with_names", "without"),
    [
        (
            MetricRef(metric="escalation", pair=("IRN", "PAK")),
            "Iran–Pakistan escalation",
            "IRN–PAK escalation",
        ),
        (MetricRef(metric="deterrence", actor="PAK"), "Pakistan's deterrence", "PAK's deterrence"),
        (MetricRef(metric="global"), "global escalation", "global escalation"),
        (
            MetricRef(metric="owed", victim="PAK", offender="IRN"),
            "what Pakistan is owed by Iran",
            "what PAK is owed by IRN",
        ),
        (
            MetricRef(metric="flag", flag="talks:IRN-PAK"),
            "flag talks:IRN-PAK",
            "flag talks:IRN-PAK",
        ),
    ],
    ids=[k.value for k in MetricKind],
)
def test_a_metric_is_named_for_the_room(ref, with_names, without):
    assert ref.label(NAMES) == with_names
    assert ref.label() == without


def test_a_metric_missing_its_subject_is_named_with_a_question_mark():
    assert MetricRef(metric="escalation").label() == "?–? escalation"
    assert MetricRef(metric="deterrence", actor="CHN").label(NAMES) == "CHN's deterrence"


def test_a_span_has_two_days_and_a_checkpoint_no_code():
    with pytest.raises(ValidationError):
        Checkpoint(name="x", metric="global", test="rises", on=[dt.date(2024, 1, 18)])
    with pytest.raises(ValidationError):
        Checkpoint.model_validate(
            {"name": "x", "metric": "global", "test": "rises", "on": "2024-01-18", "eval": "1"}
        )
