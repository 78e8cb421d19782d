"""How the editor names a turn: as a day counted from 1, with its date.

The file counts turns from 0 (turn 0 is the start date); the editor, like an MSEL
spreadsheet, counts calendar days from 1, so the start date is "Day 1 · Tue 10 Jun 2025".
With turns of several days, turn ``k`` begins on day ``k × turn_days + 1``.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from wargame.ui.editor.document import Doc, start_date, turn_days


def day_of(doc: Doc, turn: int) -> int:
    """The day number (from 1) on which ``turn`` begins."""
    return turn * turn_days(doc) + 1


def turn_of(doc: Doc, day: int) -> int:
    """The turn that day number ``day`` falls in (day 1 is turn 0; day 0 or less gives a
    negative turn, which validation reports)."""
    return (day - 1) // turn_days(doc)


def date_words(day: dt.date) -> str:
    """A date as the editor writes it: ``Tue 10 Jun 2025``."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def day_name(doc: Doc, turn: int) -> str:
    """``Day 1 · Tue 10 Jun 2025`` for turn 0 (``Day 1`` without a valid start date)."""
    start = start_date(doc)
    number = day_of(doc, turn)
    if start is None or turn < 0:
        return QCoreApplication.translate("days", "Day {0}").format(number)
    try:
        when = start + dt.timedelta(days=number - 1)
    except OverflowError:
        return QCoreApplication.translate("days", "Day {0}").format(number)
    return QCoreApplication.translate("days", "Day {0} · {1}").format(number, date_words(when))


def shown_day(doc: Doc, turn: Any) -> Any:
    """The day number a turn value is typed as (a value that is not a turn as it is)."""
    if isinstance(turn, int) and not isinstance(turn, bool):
        return day_of(doc, turn)
    return turn


def stored_turn(doc: Doc, day: Any) -> Any:
    """The turn a typed day number stands for (anything else as it is, for validation to
    report)."""
    if isinstance(day, int) and not isinstance(day, bool):
        return turn_of(doc, day)
    return day


def short_name(doc: Doc, value: Any) -> str:
    """``Day 2 · 16 Jan`` for an ISO date (a table cell's short form of :func:`day_name`);
    anything that is not a date after the start date as it is."""
    start = start_date(doc)
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if start is None or day < start:
        return str(value)
    number = (day - start).days + 1
    return QCoreApplication.translate("days", "Day {0} · {1}").format(number, f"{day.day} {day:%b}")
