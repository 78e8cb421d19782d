"""Spreadsheet files as grids of cells: CSV and .xlsx read without running anything in
them, and written so that no spreadsheet takes a text for a formula.

Reading is bounded: the file's size (as every file the app reads), the size an .xlsx
unpacks to, the number of rows and the number of columns a row may use. A formula in an
.xlsx is read as the value the spreadsheet saved for it, or as its text when it saved none;
a CSV cell beginning with ``=`` is text. Neither is ever evaluated.
"""

import _csv
import csv
import datetime as dt
import io
import itertools
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wargame.core.errors import WargameError
from wargame.i18n import _
from wargame.storage.msel_columns import HEADER_SEARCH, Value, find_header
from wargame.storage.problems import InvalidFileError, read_bytes

MAX_ROWS = 10_000
"""Most rows of injects an MSEL may hold (below its header)."""
MAX_COLUMNS = 60
"""Cells of a row that are read; any further right are ignored."""
MAX_UNPACKED = 256 * 1024 * 1024
"""Most bytes the parts of an .xlsx may unpack to (a zip bomb stops here)."""
SUFFIXES = (".csv", ".xlsx")
"""The spreadsheet files read and written."""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""How a text begins that a spreadsheet could run as a formula."""
SHEET_TITLE = "MSEL"
"""The name of the sheet the export writes (and the import prefers)."""


class SheetError(WargameError):
    """A spreadsheet that cannot be read or written at all; the message says why."""


@dataclass
class Sheet:
    """The cells of one sheet, row by row (row 1 first)."""

    rows: list[list[Value]]
    """Each row's cells, empty cells at the end left out."""
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    """(row number, column position) -> the formula's text, for each formula cell."""
    cut: bool = False
    """More rows follow than were read (see :data:`MAX_ROWS`)."""


def _trimmed(cells: Iterable[Value]) -> list[Value]:
    row = list(itertools.islice(cells, MAX_COLUMNS))
    while row and (row[-1] is None or (isinstance(row[-1], str) and not row[-1].strip())):
        row.pop()
    return row


ROW_LIMIT = MAX_ROWS + HEADER_SEARCH
"""Rows read at most: the injects and the rows above them."""


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        hint = _(" (save it as .xlsx)") if suffix in (".xls", ".xlsm", ".ods", ".numbers") else ""
        raise SheetError(
            _("only .xlsx and .csv spreadsheets are read and written, not {suffix!r}{hint}").format(
                suffix=suffix or path.name, hint=hint
            )
        )
    return suffix


def read_sheet(path: Path) -> Sheet:
    """The first sheet of an .xlsx (or the one named MSEL), or a CSV file's rows.

    Raises :class:`SheetError` saying why when the file cannot be read at all."""
    suffix = _suffix(path)
    try:
        data = read_bytes(path)
    except InvalidFileError as exc:
        raise SheetError(exc.problems[0][1]) from exc
    if not data.strip():
        raise SheetError(_("the file is empty"))
    return _read_csv(data) if suffix == ".csv" else _read_xlsx(data)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        raise SheetError(
            _(
                "row {row}: not UTF-8 text (byte 0x{byte:02X}): save the spreadsheet as "
                "'CSV UTF-8' (or as .xlsx)"
            ).format(row=row, byte=data[exc.start])
        ) from exc


def _records(text: str, delimiter: str) -> "_csv.Reader":
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)


def _delimiter(text: str) -> str:
    """The delimiter under which the first rows name the most MSEL columns (a comma, or
    the semicolon or tab that spreadsheets in some languages write)."""
    best, score = ",", -1
    for delimiter in (",", ";", "\t"):
        try:
            head = list(itertools.islice(_records(text, delimiter), HEADER_SEARCH))
        except csv.Error:
            continue
        header = find_header(head)
        found = len(header.columns) if header else 0
        if found > score:
            best, score = delimiter, found
    return best


def _read_csv(data: bytes) -> Sheet:
    text = _decoded(data)
    reader = _records(text, _delimiter(text))
    sheet = Sheet([])
    try:
        for number, record in enumerate(reader, start=1):
            if number > ROW_LIMIT:
                sheet.cut = True
                break
            row: list[Value] = list(_trimmed(record))
            for position, cell in enumerate(row):
                if isinstance(cell, str) and cell.lstrip().startswith("="):
                    sheet.formulas[(number, position)] = cell.strip()
            sheet.rows.append(row)
    except csv.Error as exc:
        raise SheetError(
            _("row {row}: not readable as CSV ({error})").format(row=reader.line_num, error=exc)
        ) from exc
    return sheet


def _read_xlsx(data: bytes) -> Sheet:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SheetError(
            _("not an .xlsx workbook (it is not a zip archive): save it as .xlsx or .csv")
        ) from exc
    if unpacked > MAX_UNPACKED:
        raise SheetError(
            _("the workbook unpacks to {size:,} bytes; the limit is {limit:,}").format(
                size=unpacked, limit=MAX_UNPACKED
            )
        )
    import openpyxl  # noqa: PLC0415 - only an .xlsx needs it, and it is slow to import

    books: list[Any] = []
    try:
        with warnings.catch_warnings():  # openpyxl warns of what it does not keep (styles,
            warnings.simplefilter("ignore")  # validations): nothing the MSEL's cells need
            for data_only in (False, True):  # the formulas' texts, then their saved values
                books.append(
                    openpyxl.load_workbook(
                        io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False
                    )
                )
            return _cells(*(_worksheet(book) for book in books))
    except SheetError:
        raise
    except Exception as exc:  # a malformed workbook makes the parser raise all sorts
        raise SheetError(
            _("not a readable .xlsx workbook ({error})").format(
                error=f"{type(exc).__name__}: {exc}"[:200]
            )
        ) from exc
    finally:
        for book in books:
            book.close()


def _worksheet(book: Any) -> Any:
    """The sheet named MSEL, else the first; sized by its cells, not by what it claims."""
    sheets = book.worksheets
    if not sheets:
        raise SheetError(_("the workbook has no worksheet"))
    named = [s for s in sheets if SHEET_TITLE.lower() in str(s.title).lower()]
    sheet = named[0] if named else sheets[0]
    if hasattr(sheet, "reset_dimensions"):  # a read-only sheet trusts the size it states
        sheet.reset_dimensions()
    return sheet


def _cells(formulas: Any, values: Any) -> Sheet:
    """The cells of the same sheet read twice: for its formulas and for their values."""
    sheet = Sheet([])
    rows = zip(
        formulas.iter_rows(max_col=MAX_COLUMNS), values.iter_rows(max_col=MAX_COLUMNS), strict=False
    )
    for number, (row_f, row_v) in enumerate(rows, start=1):
        if number > ROW_LIMIT:
            sheet.cut = True
            break
        row: list[Value] = []
        for position, (cell_f, cell_v) in enumerate(zip(row_f, row_v, strict=False)):
            value = getattr(cell_v, "value", None)
            if getattr(cell_f, "data_type", None) == "f":
                raw = cell_f.value
                formula = str(getattr(raw, "text", raw) or "")  # an array formula has .text
                sheet.formulas[(number, position)] = formula
                if value is None:
                    value = formula
            row.append(value if isinstance(value, Value) else str(value))
        sheet.rows.append(_trimmed(row))
    return sheet


def guarded(text: str) -> str:
    """``text`` with an apostrophe before it when a spreadsheet would run it as a formula
    (OWASP's advice against CSV injection); the import takes the apostrophe off again."""
    return "'" + text if text.startswith(FORMULA_START) else text


Out = str | dt.date
"""A cell to write: a text, or a date (a real date cell in an .xlsx, ISO in a CSV)."""


def write_bytes(path: Path, rows: Sequence[Sequence[Out]]) -> bytes:
    """The file for ``path``'s kind (.csv or .xlsx), header first; raises :class:`SheetError`
    for another kind."""
    if _suffix(path) == ".csv":
        return _csv_bytes(rows)
    return _xlsx_bytes(rows)


def _csv_bytes(rows: Sequence[Sequence[Out]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([c.isoformat() if isinstance(c, dt.date) else guarded(c) for c in row])
    return buffer.getvalue().encode("utf-8-sig")  # the mark tells spreadsheets it is UTF-8


def _xlsx_bytes(rows: Sequence[Sequence[Out]]) -> bytes:
    import openpyxl  # noqa: PLC0415 - see _read_xlsx
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(r, c)
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
                cell.data_type = "s"  # a text, even when it begins with "="
                if value.startswith(FORMULA_START):
                    cell.quotePrefix = True  # and stays one when edited
                cell.alignment = wrap
            if r == 1:
                cell.font = Font(bold=True)
    widths = (10, 14, 12, 30, 12, 16, 16, 60, 40, 30)
    for c, width in enumerate(widths[: len(rows[0]) if rows else 0], start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
