"""Domain errors: one family apart from Python's own errors, each carrying where it happened."""

import inspect

import pytest

from wargame.core import errors
from wargame.core.errors import (
    EventNotReplayableError,
    ReplayError,
    ReplayMismatchError,
    SaveFormatError,
    ScenarioError,
    WargameError,
)

DOMAIN_ERRORS = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, Exception) and cls.__module__ == errors.__name__
]


def test_domain_errors_are_not_value_errors():
    assert not issubclass(WargameError, ValueError)
    assert len(DOMAIN_ERRORS) >= 10
    for cls in DOMAIN_ERRORS:
        assert issubclass(cls, WargameError), cls
        assert not issubclass(cls, ValueError | KeyError | IndexError), cls


def test_a_handler_for_refusals_lets_a_bugs_value_error_through():
    def refuse_or_fail(exc: Exception) -> str:
        try:
            raise exc
        except WargameError:
            return "shown to the user"

    assert refuse_or_fail(ScenarioError("no such actor")) == "shown to the user"
    with pytest.raises(ValueError, match="a bug"):
        refuse_or_fail(ValueError("a bug"))


def test_file_errors_carry_their_json_path():
    err = ScenarioError("unknown actor 'Q'", "$.relations[0].b")
    assert (err.path, err.message) == ("$.relations[0].b", "unknown actor 'Q'")
    assert str(err) == "$.relations[0].b: unknown actor 'Q'"
    assert SaveFormatError("not a save").path == "$"


def test_a_digest_mismatch_names_its_turn_and_path_and_shortens_the_digests():
    err = ReplayMismatchError(3, "a" * 64, "b" * 64)
    assert isinstance(err, ReplayError)
    assert (err.turn, err.path) == (3, "$.digests")
    assert str(err) == (
        "turn 3: replayed state digest bbbbbbbbbbbb differs from recorded aaaaaaaaaaaa"
    )


def test_a_ruling_mismatch_keeps_both_values_and_its_place():
    err = ReplayMismatchError(
        2, "partial", "success", what="ruling at event 7", path="$.branches[0].rulings"
    )
    assert (err.turn, err.path) == (2, "$.branches[0].rulings")
    assert str(err) == "turn 2: replayed ruling at event 7 success differs from recorded partial"


def test_an_event_the_rules_refuse_points_into_the_events_by_default():
    err = EventNotReplayableError("inject 'x' is not due now", 4)
    assert (err.turn, err.path) == (4, "$.events")
    assert str(err) == "turn 4: inject 'x' is not due now"
    assert EventNotReplayableError("no", 1, "$.events[12]").path == "$.events[12]"
