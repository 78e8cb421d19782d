"""MSEL spreadsheets in and out: a scenario's injects as the rows of a master scenario
events list (HSEEP columns), and back.

Reading (:func:`read_msel`) never raises for a bad spreadsheet: it returns the injects it
read with every problem it found, each located by row and column, and the caller writes
nothing when there is one. The spreadsheet **replaces** the scenario's injects: an inject
of the scenario that no row names is dropped (a warning lists them). A row whose event
number is the id of one of the scenario's injects keeps what a spreadsheet cannot hold:
that inject's effects, flags and trigger conditions (its time left empty or "Triggered").
Rows of event type "History" are the export's record of the historical track, and are not
read back.

Writing (:func:`write_msel`) gives the injects in the scenario's order, each day of the
historical track as an event of type "History" before the first inject of a later day.
"""

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wargame.core.errors import WargameError
from wargame.core.scenario import SCENARIO_SCHEMA_VERSION, Inject, Scenario, TurnMoves
from wargame.i18n import N_, _, ngettext
from wargame.storage.atomic import atomic_write
from wargame.storage.files import FileKind, detect_kind, save_from_doc, scenario_from_doc
from wargame.storage.migrations import SCENARIO_MIGRATIONS, upgrade
from wargame.storage.msel_columns import (
    HEADER_SEARCH,
    REQUIRED,
    TRIGGERED,
    Column,
    Value,
    find_header,
    text_of,
)
from wargame.storage.msel_rows import HISTORY, MselRead, Rows
from wargame.storage.msel_sheet import MAX_ROWS, Out, SheetError, read_sheet, write_bytes
from wargame.storage.problems import InvalidFileError, parse_json, read_bytes

INJECT = N_("Inject")
"""The event type of an inject in an exported MSEL."""

__all__ = ["MselError", "MselRead", "read_msel", "write_msel"]


class MselError(WargameError):
    """An MSEL spreadsheet that cannot be written (or read at all); the message says why."""


def read_msel(path: Path, scenario: Scenario) -> MselRead:
    """Read the injects of the MSEL spreadsheet at ``path`` (.xlsx or .csv) for
    ``scenario``. Never raises for a bad file: see :attr:`MselRead.problems`."""
    out = MselRead()
    try:
        sheet = read_sheet(Path(path))
    except SheetError as exc:
        out.problems.append(str(exc))
        return out
    header = find_header(sheet.rows)
    if header is None:
        out.problems.append(
            _("no header row naming the MSEL's columns in the first rows: it needs {columns}")
            .format(columns=_names(REQUIRED)) + _first_row(sheet.rows)
        )  # fmt: skip
        return out
    missing = [c for c in REQUIRED if c not in header.columns]
    if missing:
        found = ", ".join(repr(_cut(t)) for t in header.texts)
        out.problems.append(
            _("row {row}: no column for {missing} (the header row has: {found})").format(
                row=header.row, missing=_(" or ").join(repr(c.header) for c in missing), found=found
            )
        )
    for column, first, second in header.repeated:
        out.problems.append(
            _("row {row}: columns {first!r} and {second!r} both read as {column!r}").format(
                row=header.row, first=first, second=second, column=column.header
            )
        )
    rows = sheet.rows[header.row :]
    if sheet.cut or len(rows) > MAX_ROWS:
        out.problems.append(
            _("more than {limit:,} rows below the header: split the MSEL").format(limit=MAX_ROWS)
        )
    if out.problems:
        return out
    if header.ignored:
        out.warnings.append(
            ngettext("column not read: {names}", "columns not read: {names}", len(header.ignored))
            .format(names=", ".join(map(repr, header.ignored)))
        )  # fmt: skip
    Rows(scenario, header, sheet, out).read(rows)
    return out


def _names(columns: Sequence[Column]) -> str:
    return _(" and ").join(repr(c.header) for c in columns)


def _first_row(rows: Sequence[Sequence[Value]]) -> str:
    """`` (row 3 has: 'a', 'b')``: the first row with a text, as a header would be quoted."""
    for number, row in enumerate(rows[:HEADER_SEARCH], start=1):
        texts = [_cut(t) for t in map(text_of, row) if t]
        if texts:
            return _(" (row {row} has: {texts})").format(
                row=number, texts=", ".join(map(repr, texts))
            )
    return ""


def _cut(text: str, longest: int = 40) -> str:
    """A header text short enough to quote in a message."""
    return text if len(text) <= longest else text[: longest - 1] + "…"


# -- writing ------------------------------------------------------------------------------


def msel_rows(scenario: Scenario) -> list[list[Out]]:
    """The MSEL of ``scenario``: the header, then a row per inject and per history day."""
    rows: list[list[Out]] = [[c.header for c in Column]]
    days = list(enumerate(scenario.history or []))
    for inject in scenario.injects:
        due = inject.turn if inject.turn is not None else -1  # triggered: stays in place
        while days and days[0][0] < due:
            rows.append(_history_row(scenario, *days.pop(0)))
        rows.append(_inject_row(scenario, inject))
    rows.extend(_history_row(scenario, *day) for day in days)
    return rows


def _inject_row(scenario: Scenario, inject: Inject) -> list[Out]:
    when: Out = scenario.date_of(inject.turn) if inject.turn is not None else _(TRIGGERED)
    return [
        inject.id,
        when,
        _(INJECT),
        inject.title,
        inject.mode,
        inject.sender,
        inject.recipient,
        inject.text,
        inject.expected_action,
        inject.notes,
    ]


def _history_row(scenario: Scenario, turn: int, day: TurnMoves) -> list[Out]:
    names = {a.id: a.name for a in scenario.actors}
    labels = {a.id: a.label for a in scenario.actions}
    lines = []
    for move in day.moves:
        line = f"{names.get(move.actor, move.actor)}: {labels.get(move.action, move.action)}"
        if move.target:
            line += " → " + names.get(move.target, move.target)
        if move.outcome is not None:
            line += f" ({move.outcome.value})"
        if move.note:
            line += f". {move.note}"
        lines.append(line)
    date: dt.date = scenario.date_of(turn)
    title = _("What happened on {date}").format(date=f"{date:%d %B %Y}")
    text = "\n".join(lines) or _("no moves on the historical track")
    return [f"H{turn + 1}", date, _(HISTORY), title, "", "", "", text, "", ""]


def write_msel(scenario: Scenario, path: Path) -> int:
    """Write the scenario's injects and history days as an MSEL spreadsheet (.xlsx or .csv,
    by ``path``'s suffix), atomically; return the rows written below the header.

    Raises :class:`MselError` when the file cannot be written."""
    path = Path(path)
    rows = msel_rows(scenario)
    try:
        data = write_bytes(path, rows)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except SheetError as exc:
        raise MselError(f"{path}: {exc}") from exc
    except OSError as exc:
        raise MselError(
            _("{path}: cannot write: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    return len(rows) - 1


@dataclass(frozen=True)
class Source:
    """A scenario as its file holds it (migrated, the catalogue not merged in), and read."""

    document: dict[str, Any]
    """The file's JSON, brought to the current schema."""
    scenario: Scenario
    """The scenario it gives."""


def scenario_source(path: Path, saves: bool = False) -> Source:
    """Read a scenario file (``saves``: or the scenario a save embeds); raise
    :class:`~wargame.storage.problems.InvalidFileError` naming each problem."""
    try:
        doc = parse_json(read_bytes(Path(path)))
        kind = detect_kind(doc)
        if kind is FileKind.SAVE and saves:
            scenario = save_from_doc(doc).scenario
            return Source(scenario.model_dump(mode="json"), scenario)
        if kind is not FileKind.SCENARIO:
            raise InvalidFileError([("$", f"expected a scenario, found a {kind.value} file")])
        doc = upgrade(doc, SCENARIO_SCHEMA_VERSION, SCENARIO_MIGRATIONS, "scenario")
        return Source(doc, scenario_from_doc(doc))
    except InvalidFileError as exc:
        exc.file = str(path)
        raise


def scenario_bytes(source: Source, injects: Sequence[Inject]) -> tuple[bytes, Scenario]:
    """The scenario file of ``source`` with its injects replaced by ``injects``, and the
    scenario it reads back as; raises :class:`~wargame.storage.problems.InvalidFileError`
    if it would not read back."""
    dumped = [_tidy(j.model_dump(mode="json")) for j in injects]
    before = {j.id: j for j in source.scenario.injects}
    written = {j.get("id"): j for j in source.document.get("injects", []) if isinstance(j, dict)}
    for inject, out in zip(injects, dumped, strict=True):
        old, text = before.get(inject.id), written.get(inject.id, {})
        for key in ("trigger", "effects", "flags_set"):  # as the file wrote them, if the same
            if old is not None and key in out and getattr(old, key) == getattr(inject, key):
                out[key] = text.get(key, out[key])
    doc = {**source.document, "injects": dumped}
    data = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()
    return data, scenario_from_doc(parse_json(data))


def _tidy(inject: dict[str, Any]) -> dict[str, Any]:
    """An inject's JSON without its empty top-level fields (nested models stay whole: a
    condition's ``kind`` is a default, and tells the conditions apart)."""
    return {k: v for k, v in inject.items() if v not in ([], None, "")}
