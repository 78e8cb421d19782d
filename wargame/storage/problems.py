"""Reading untrusted JSON into models, turning every failure into located problems."""

import gc
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from wargame.core.errors import SaveFormatError

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest file the app will read (a 1,000-turn save is well under 1 MB)."""

M = TypeVar("M", bound=BaseModel)


class InvalidFileError(SaveFormatError):
    """A file with one or more problems, each at a JSON path."""

    def __init__(self, problems: Sequence[tuple[str, str]], file: str = "") -> None:
        self.problems = list(problems)
        self.file = file
        path, message = self.problems[0]
        super().__init__(message, path)

    def lines(self) -> list[str]:
        """One ``file: path: message`` line per problem."""
        prefix = f"{self.file}: " if self.file else ""
        return [f"{prefix}{path}: {message}" for path, message in self.problems]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def json_path(loc: Sequence[int | str]) -> str:
    """``$.a[0].b`` from a pydantic error location (union tags dropped)."""
    out = "$"
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.startswith(("function-", "tagged-union[", "json-or-python")):
            continue
        else:
            out += f".{part}"
    return out


def validation_problems(
    err: ValidationError, skip_tags: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """Located, readable problems from a pydantic error (at most 50)."""
    out = []
    for e in err.errors(include_url=False)[:50]:
        loc = [p for p in e["loc"] if not (isinstance(p, str) and p in skip_tags)]
        out.append((json_path(loc), e["msg"]))
    return out


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector around a big parse (see DESIGN.md)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing missing, unreadable or oversized files."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidFileError([("$", f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")])
        return path.read_bytes()
    except InvalidFileError:
        raise
    except OSError as exc:
        raise InvalidFileError([("$", f"cannot read file: {exc.strerror or exc}")]) from exc


JSON_SYNTAX = (
    ("Unterminated string", "a text in quotes is not closed"),
    ("Expecting ',' delimiter", "a comma is missing between two items"),
    ("Expecting ':' delimiter", "a colon is missing after a key"),
    ("Expecting property name", "a key must be a text in double quotes (or a comma is too many)"),
    ("Expecting value", "a value is missing, or is not a number, text, list or object"),
    ("Extra data", "something follows the end of the document"),
    ("Invalid control character", "a line break or tab inside a text in quotes"),
    ("Invalid \\escape", "a backslash that starts no valid escape"),
)
"""The JSON parser's messages, in plain words."""


def _plain(message: str) -> str:
    for start, words in JSON_SYNTAX:
        if message.startswith(start):
            return words
    return message


def parse_json(data: bytes) -> Any:
    """Parse JSON (UTF-8, with or without a byte-order mark), reporting the line and column
    of a syntax error in plain words."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidFileError(
            [
                (
                    "$",
                    f"not UTF-8 text (byte {exc.start}): a scenario or save is a JSON text "
                    "file; this looks like another kind of file",
                )
            ]
        ) from exc
    try:
        with gc_paused():
            return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidFileError(
            [("$", f"invalid JSON at line {exc.lineno} column {exc.colno}: {_plain(exc.msg)}")]
        ) from exc
    except RecursionError as exc:
        raise InvalidFileError([("$", "JSON nested too deeply")]) from exc


def validate(
    model: type[M], data: Any, extra: Callable[[M], list[tuple[str, str]]] | None = None
) -> M:
    """Validate parsed JSON into ``model``; raise :class:`InvalidFileError` on any problem."""
    if not isinstance(data, dict):
        raise InvalidFileError([("$", f"expected a JSON object, found {type(data).__name__}")])
    try:
        with gc_paused():
            obj = model.model_validate(data)
    except ValidationError as exc:
        raise InvalidFileError(validation_problems(exc)) from exc
    except RecursionError as exc:
        raise InvalidFileError([("$", "JSON nested too deeply")]) from exc
    if extra is not None:
        problems = extra(obj)
        if problems:
            raise InvalidFileError(problems)
    return obj
