"""The MSEL's columns: their names and synonyms, finding the header row, and reading a
cell as text or as a scenario time ("Day N" or a date).

A header is matched loosely: case, spaces and punctuation do not count ("Event #",
"event_number" and "EVENT NO." are one column), a part in brackets is left out ("From
(Sender)" is "From"), a "/" separates alternatives of which any may match ("Scenario
Date/Time", "Inject Message / Description"), and each column has the synonyms that MSEL
templates use ("Time", "Mode", "Expected player action").
"""

import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from wargame.i18n import N_, _

Value = str | int | float | bool | dt.date | dt.datetime | dt.time | None
"""What a spreadsheet cell holds once read (a formula: its saved value, or its text)."""


class Column(enum.Enum):
    """The columns of an MSEL, in the order ``wargame msel export`` writes them."""

    NUMBER = N_("Event #")
    TIME = N_("Scenario time")
    TYPE = N_("Event type")
    TITLE = N_("Title")
    MODE = N_("Inject mode")
    FROM = N_("From")
    TO = N_("To")
    MESSAGE = N_("Message")
    EXPECTED = N_("Expected player action")
    NOTES = N_("Notes")

    @property
    def header(self) -> str:
        """The column's name in the installed language."""
        return _(self.value)


REQUIRED = (Column.TIME, Column.MESSAGE)
"""Columns an MSEL must have; the others may be missing."""

SYNONYMS: dict[Column, tuple[str, ...]] = {
    Column.NUMBER: (
        "event number", "event no", "event nr", "event id", "number", "no", "nr", "id",
        "msel number", "msel no", "msel id", "msel", "inject number", "inject no",
        "inject id", "serial", "serial number", "ref", "reference",
    ),
    Column.TIME: (
        "scenario time", "time", "designated scenario time", "scenario date", "scenario day",
        "date", "day", "date time", "delivery time", "inject time", "when", "timing",
    ),
    Column.TYPE: ("event type", "type", "inject type", "category", "kind"),
    Column.TITLE: (
        "title", "event title", "inject title", "headline", "subject", "short title", "name",
        "event name", "inject name",
    ),
    Column.MODE: (
        "inject mode", "mode", "delivery mode", "delivery method", "method", "means",
        "medium", "channel", "inject method",
    ),
    Column.FROM: ("from", "sender", "source", "originator", "inject from", "sent by"),
    Column.TO: (
        "to", "recipient", "recipients", "receiver", "addressee", "inject to", "player",
        "players", "audience", "sent to",
    ),
    Column.MESSAGE: (
        "message", "inject", "inject text", "inject message", "text", "description",
        "event description", "synopsis", "event synopsis", "content", "details", "body",
    ),
    Column.EXPECTED: (
        "expected player action", "expected player actions", "expected action",
        "expected actions", "expected response", "expected player response", "player action",
        "player actions", "anticipated response", "expected outcome",
    ),
    Column.NOTES: ("notes", "note", "remarks", "comments", "comment", "controller notes"),
}  # fmt: skip
"""The names each column goes by in MSEL templates, already in :func:`normal` form."""


def normal(header: str) -> str:
    """A header reduced to lower-case words: ``"Event #"`` -> ``"event number"``."""
    text = header.replace("#", " number ").replace("№", " number ").lower()
    return " ".join(re.findall(r"[^\W_]+", text))


_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")
"""A part of a header in brackets: "(Sender)", "[dd/mm/yyyy]"."""


def alternatives(header: str) -> list[str]:
    """The names a header may stand for, most likely first: the whole of it, then each
    part between slashes ("Scenario Date/Time": "Scenario Date", "Scenario Time", "Time"),
    without the parts in brackets, and last what the brackets hold ("(Sender)")."""
    bare = _BRACKETS.sub(" ", header)
    parts = [p for p in bare.split("/") if normal(p)]
    found = [bare.replace("/", " ")]
    if len(parts) > 1:
        lead = normal(parts[0]).split()[:-1]  # "Scenario Date/Time": "Scenario" leads both
        for part in parts[1:]:
            if lead and len(normal(part).split()) == 1:
                found.append(" ".join([*lead, normal(part)]))
        found += parts
    for inside in re.findall(r"[(\[{]([^()\[\]{}]*)[)\]}]", header):
        found += [inside, *inside.split("/")]
    keys: list[str] = []
    for text in found:
        key = normal(text)
        if key and key not in keys:
            keys.append(key)
    return keys


def column_of(header: str) -> Column | None:
    """The column a header names, if any (its synonyms, or its translated name), trying
    each of its :func:`alternatives` in turn."""
    for key in alternatives(header):
        column = _column_of_key(key)
        if column is not None:
            return column
    return None


def _column_of_key(key: str) -> Column | None:
    """The column a header in :func:`normal` form names, if any."""
    for column, names in SYNONYMS.items():
        if key in names or key == normal(column.header) or key == normal(column.value):
            return column
    squeezed = key.replace(" ", "")  # "EventNumber", "scenario-time"
    for column, names in SYNONYMS.items():
        if any(squeezed == n.replace(" ", "") for n in names):
            return column
    return None


@dataclass(frozen=True)
class Header:
    """The header row found in a sheet."""

    row: int
    """Its row number (1 = the sheet's first row)."""
    columns: dict[Column, int]
    """Column -> its position in the row (0 = the first)."""
    names: dict[Column, str]
    """Column -> the header text as written in the file."""
    ignored: list[str]
    """Header texts that name no MSEL column."""
    repeated: list[tuple[Column, str, str]]
    """A column named twice: (column, first header, second header)."""
    texts: list[str]
    """Every header text of the row as written, in order (empty cells left out)."""


HEADER_SEARCH = 20
"""Rows searched for the header (MSEL templates put titles and a legend above it)."""


def find_header(rows: Sequence[Sequence[Value]]) -> Header | None:
    """The row among the first :data:`HEADER_SEARCH` that names the most MSEL columns
    (None when no row names any)."""
    best: Header | None = None
    for number, row in enumerate(rows[:HEADER_SEARCH], start=1):
        columns: dict[Column, int] = {}
        names: dict[Column, str] = {}
        ignored: list[str] = []
        repeated: list[tuple[Column, str, str]] = []
        texts: list[str] = []
        for position, cell in enumerate(row):
            text = text_of(cell)
            if not text:
                continue
            texts.append(text)
            column = column_of(text)
            if column is None:
                ignored.append(text)
            elif column in columns:
                repeated.append((column, names[column], text))
            else:
                columns[column], names[column] = position, text
        if columns and (best is None or len(columns) > len(best.columns)):
            best = Header(number, columns, names, ignored, repeated, texts)
    return best


ESCAPED = re.compile(r"'(?=[=+\-@\t\r])")
"""The apostrophe that ``wargame msel export`` puts before a text a spreadsheet would
otherwise take for a formula."""


def text_of(value: Value) -> str:
    """A cell as text: numbers without a needless ``.0``, dates in ISO form, the export's
    formula-guarding apostrophe taken off, surrounding spaces trimmed."""
    match value:
        case None:
            return ""
        case bool():
            return "TRUE" if value else "FALSE"
        case int():
            return str(value)
        case float():
            return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
        case dt.datetime():
            return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
        case dt.date() | dt.time():
            return value.isoformat()
        case str():
            text = value.strip()
            return text[1:] if ESCAPED.match(text) else text


TRIGGERED = N_("Triggered")
"""What the time column says of an inject fired by conditions rather than on a day."""

_DAY = re.compile(r"^day\s*(\d{1,6})(?:[\s,]+\d{1,2}[:h.]\d{2}(?::\d{2})?)?$", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_FULL_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {n: i for i, m in enumerate(_FULL_MONTHS, start=1) for n in (m, m[:3])} | {"sept": 9}
"""English month names and their abbreviations (parsed by hand: strptime follows the locale)."""
_NUMERIC = re.compile(
    r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T,]+\d{1,2}[:h.]\d{2}(?::\d{2})?)?$"
)
"""``13/06/2025``, ``6/13/2025``, ``13.06.2025`` (a time of day may follow)."""
_DAY_MONTH = re.compile(r"^(?:[a-z]+,? )?(\d{1,2}) ([a-z]{3,9})\.? (\d{4})$")
_MONTH_DAY = re.compile(r"^(?:[a-z]+,? )?([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$")


class Unscheduled(enum.Enum):
    """A time cell that gives no day: empty, or saying the inject is triggered."""

    EMPTY = "empty"
    TRIGGERED = "triggered"


def date_or_day(value: Value) -> dt.date | int | Unscheduled | str:
    """A time cell as a date, as ``Day N`` (the int ``N``), or why it gives neither:
    :class:`Unscheduled`, or a message saying what is wrong with it. A time of day is
    ignored (a turn is a whole day)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = text_of(value)
    if not text:
        return Unscheduled.EMPTY
    if normal(text) in (normal(TRIGGERED), normal(_(TRIGGERED))):
        return Unscheduled.TRIGGERED
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _("{value!r} is a number, not a date or 'Day N'").format(value=text)
    if text.startswith("="):
        return _("{value!r} is a formula, not a date or 'Day N' (formulas are never run)").format(
            value=text[:60]
        )
    day = _DAY.match(text)
    if day:
        n = int(day.group(1))
        if n < 1:
            return _("{value!r}: days count from 'Day 1' (the scenario's start date)").format(
                value=text
            )
        return n
    numeric = _NUMERIC.match(text)
    if numeric:
        return _numeric_date(text, int(numeric[1]), int(numeric[3]), int(numeric[4]))
    found = _date(text)
    return (
        found
        if found is not None
        else _("{value!r} is not a date or 'Day N'").format(value=text[:60])
    )


def _numeric_date(text: str, first: int, second: int, year: int) -> dt.date | str:
    """A date written with numbers only: day first (13/06/2025) or month first
    (06/13/2025) when one of them is over 12 or both are the same; otherwise a message
    saying it could be either, and how to write it."""
    orders = []
    for day, month in ((first, second), (second, first)):
        try:
            orders.append(dt.date(year, month, day))
        except ValueError:
            continue
    dates = sorted(set(orders))
    if len(dates) == 1:
        return dates[0]
    if not dates:
        return _("{value!r} is not a date or 'Day N'").format(value=text[:60])
    day_first = dt.date(year, second, first)
    month_first = dt.date(year, first, second)
    return _(
        "{value!r} could be {day_first} or {month_first}: write it as {iso} or {words!r}"
    ).format(
        value=text[:60],
        day_first=_words(day_first),
        month_first=_words(month_first),
        iso=day_first.isoformat(),
        words=_words(day_first),
    )


def _words(date: dt.date) -> str:
    """``1 February 2024`` (English month names, as :func:`date_or_day` reads them)."""
    return f"{date.day} {_FULL_MONTHS[date.month - 1].capitalize()} {date.year}"


def _date(text: str) -> dt.date | None:
    """``2024-01-17``, ``17 January 2024``, ``Jan 17, 2024`` (English month names whatever
    the locale), or None."""
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(x) for x in iso.group(1).split("-"))
    else:
        words = " ".join(text.lower().replace("-", " ").replace(",", ", ").split())
        words = words.replace(" ,", ",")
        if m := _DAY_MONTH.match(words):
            day, name, year = int(m.group(1)), m.group(2), int(m.group(3))
        elif m := _MONTH_DAY.match(words):
            name, day, year = m.group(1), int(m.group(2)), int(m.group(3))
        else:
            return None
        if name not in _MONTHS:
            return None
        month = _MONTHS[name]
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
