"""The rows of an MSEL below its header, read into the scenario's injects.

A row's event number becomes the inject's id (``msel_`` before one that is not an id
already, such as ``1.2``); its time a turn (``Day 1`` and the start date are turn 0); its
texts the inject's texts. A row naming an inject of the scenario keeps that inject's
effects, flags and (when its time is empty or "Triggered") trigger conditions. Every row
that cannot be read adds a problem saying where; the rest are read all the same, so one
pass reports them all.
"""

from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from wargame.core.conditions import Id
from wargame.core.scenario import Inject, Scenario
from wargame.i18n import N_, _, ngettext
from wargame.storage.msel_columns import (
    ESCAPED,
    Column,
    Header,
    Unscheduled,
    Value,
    date_or_day,
    normal,
    text_of,
)
from wargame.storage.msel_sheet import Sheet
from wargame.storage.plain_errors import plain

HISTORY = N_("History")
"""The event type of the historical track's days in an exported MSEL."""

FIELDS: dict[Column, str] = {
    Column.TITLE: "title",
    Column.MESSAGE: "text",
    Column.MODE: "mode",
    Column.FROM: "sender",
    Column.TO: "recipient",
    Column.EXPECTED: "expected_action",
    Column.NOTES: "notes",
}
"""The inject's field each text column fills."""

TITLE_LENGTH = 120
"""Longest title an inject may have (a longer first line of a message is cut)."""
_ID_ADAPTER: TypeAdapter[str] = TypeAdapter(Id)


@dataclass
class MselRead:
    """What an MSEL spreadsheet gave."""

    injects: list[Inject] = field(default_factory=list)
    """The injects read, in the spreadsheet's order (complete only without problems)."""
    problems: list[str] = field(default_factory=list)
    """Everything that stops the import, each saying where (row and column)."""
    warnings: list[str] = field(default_factory=list)
    """What the import did that the user should know (dropped injects, formulas, ...)."""
    rows: int = 0
    """Rows of events read below the header (history rows included)."""


class Rows:
    """One pass over the rows below the header."""

    def __init__(self, scenario: Scenario, header: Header, sheet: Sheet, out: MselRead) -> None:
        self.scenario = scenario
        self.header = header
        self.sheet = sheet
        self.out = out
        self.known = {j.id: j for j in scenario.injects}
        self.seen: dict[str, int] = {}
        self.formulas: list[int] = []
        self.history: list[int] = []
        self.late: list[int] = []
        self.between: list[int] = []

    def cell(self, row: list[Value], column: Column) -> Value:
        """The row's cell in ``column`` (None when the sheet lacks it or the row is short)."""
        position = self.header.columns.get(column)
        return row[position] if position is not None and position < len(row) else None

    def problem(self, number: int, column: Column | None, message: str) -> None:
        """Add a problem of row ``number``, in ``column`` as the file names it."""
        if column is None:
            self.out.problems.append(_("row {row}: {message}").format(row=number, message=message))
            return
        name = self.header.names.get(column, column.header)
        self.out.problems.append(
            _("row {row}, column {column!r}: {message}").format(
                row=number, column=name, message=message
            )
        )

    def read(self, rows: list[list[Value]]) -> None:
        """Read every row (empty ones skipped, history rows counted), then sum up."""
        for number, row in enumerate(rows, start=self.header.row + 1):
            if not any(text_of(v) for v in row):
                continue
            self.out.rows += 1
            if any((number, p) in self.sheet.formulas for p in self.header.columns.values()):
                self.formulas.append(number)
            kind = normal(text_of(self.cell(row, Column.TYPE)))
            if kind and kind in (normal(HISTORY), normal(_(HISTORY))):
                self.history.append(number)
                continue
            inject = self.inject(number, row)
            if inject is not None:
                self.out.injects.append(inject)
        self.summarise()

    def ident(self, number: int, row: list[Value]) -> str | None:
        """The inject id of the row's event number; None after saying what is wrong."""
        text = text_of(self.cell(row, Column.NUMBER))
        if not text:
            ident = f"msel_row{number}"
        elif _valid_id(text):
            ident = text
        else:
            ident = "msel_" + "".join(ch if ch.isalnum() and ch.isascii() else "_" for ch in text)
            if not _valid_id(ident):
                self.problem(
                    number,
                    Column.NUMBER,
                    _("{value!r} is too long for an event number (at most 26 characters)").format(
                        value=text[:60]
                    ),
                )
                return None
        if ident in self.seen:
            self.problem(
                number,
                Column.NUMBER,
                _("{value!r} repeats the event number of row {first}").format(
                    value=text, first=self.seen[ident]
                ),
            )
            return None
        self.seen[ident] = number
        return ident

    def inject(self, number: int, row: list[Value]) -> Inject | None:
        """The row's inject; None after saying what is wrong with it (all of it)."""
        ident = self.ident(number, row)
        timing = self.timing(number, row, self.known.get(ident or ""))
        if ident is None or timing is None:
            return None
        doc: dict[str, Any] = {"id": ident, **timing}
        texts = {name: _text(self.cell(row, column)) for column, name in FIELDS.items()}
        if not texts["title"]:
            texts["title"] = _title_from(texts["text"])
        if not texts["title"]:
            self.problem(number, None, _("neither a title nor a message"))
            return None
        doc.update((k, v) for k, v in texts.items() if v)
        old = self.known.get(ident)
        if old is not None:
            doc.update(effects=old.effects, flags_set=old.flags_set)
        try:
            return Inject.model_validate(doc)
        except ValidationError as exc:
            by_field = {name: column for column, name in FIELDS.items()}
            for error in exc.errors(include_url=False):
                name = str(error["loc"][0]) if error["loc"] else ""
                self.problem(number, by_field.get(name), plain(error))
            return None

    def timing(self, number: int, row: list[Value], old: Inject | None) -> dict[str, Any] | None:
        """``turn`` (or ``trigger``) of the row's inject; None after saying what is wrong."""
        value = date_or_day(self.cell(row, Column.TIME))
        scenario = self.scenario
        if isinstance(value, str):
            self.problem(number, Column.TIME, value)
            return None
        if isinstance(value, Unscheduled):
            if old is not None and old.trigger:
                return {"trigger": old.trigger}
            self.problem(
                number,
                Column.TIME,
                _(
                    "no date or 'Day N': only an inject of the scenario with trigger conditions "
                    "(its event number the inject's id) goes without one"
                ),
            )
            return None
        days = value - 1 if isinstance(value, int) else (value - scenario.start_date).days
        if days < 0:
            self.problem(
                number,
                Column.TIME,
                _("{date} is before the scenario's start date, {start}").format(
                    date=value, start=scenario.start_date.isoformat()
                ),
            )
            return None
        turn, part = divmod(days, scenario.turn_days)
        if part:
            self.between.append(number)
        if turn >= scenario.turns:
            self.late.append(number)
        if old is not None and old.trigger:
            self.out.warnings.append(
                _(
                    "row {row}: {ident!r} is given a day, so its trigger conditions are dropped"
                ).format(row=number, ident=old.id)
            )
        return {"turn": turn}

    def summarise(self) -> None:
        """The warnings that name many rows, each once; a problem when no row is an inject
        (an import of nothing would drop every inject of the scenario)."""
        warn = self.out.warnings.append
        if self.formulas:
            warn(
                _("{rows}: formulas read as their saved values or text (never run)").format(
                    rows=_rows(self.formulas)
                )
            )
        if self.history:
            warn(
                _("{rows}: history, not injects: not read (the scenario keeps its own)").format(
                    rows=_rows(self.history)
                )
            )
        if self.between:
            warn(
                ngettext(
                    "{rows}: a day inside a turn of {days} days read as that turn",
                    "{rows}: days inside a turn of {days} days read as that turn",
                    len(self.between),
                ).format(rows=_rows(self.between), days=self.scenario.turn_days)
            )
        if self.late:
            warn(
                _("{rows}: after the scenario's {turns} planned turns").format(
                    rows=_rows(self.late), turns=self.scenario.turns
                )
            )
        if not self.out.injects and not self.out.problems:
            self.out.problems.append(_("no inject rows under the header: nothing imported"))
        dropped = [j.id for j in self.scenario.injects if j.id not in self.seen]
        if dropped and not self.out.problems:
            warn(
                _("the spreadsheet replaces the scenario's injects; not in it: {ids}").format(
                    ids=", ".join(dropped)
                )
            )


def _valid_id(text: str) -> bool:
    try:
        _ID_ADAPTER.validate_python(text)
    except ValidationError:
        return False
    return True


def _text(value: Value) -> str:
    """A text cell as written (surrounding spaces kept unless it holds nothing else)."""
    text = text_of(value)
    if not text or not isinstance(value, str):
        return text
    return value[1:] if ESCAPED.match(value) else value


def _title_from(message: str) -> str:
    """A headline from a message without one: its first line, cut at a word."""
    line = message.strip().split("\n", 1)[0].strip()
    if len(line) <= TITLE_LENGTH:
        return line
    return line[: TITLE_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _rows(numbers: list[int], shown: int = 12) -> str:
    """``row 3`` or ``rows 3-5, 9, 12 (and 40 more)``: row numbers, runs joined."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    more = len(parts) - shown
    text = ", ".join(parts[:shown])
    text += _(" (and {count} more)").format(count=more) if more > 0 else ""
    return ngettext("row {rows}", "rows {rows}", len(numbers)).format(rows=text)
