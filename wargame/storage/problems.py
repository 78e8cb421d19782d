"""Reading untrusted JSON into models, turning every failure into located problems."""

import gc
import json
import math
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from wargame.core.errors import SaveFormatError
from wargame.storage.plain_errors import plain

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest file the app will read (a 1,000-turn save is well under 1 MB)."""

MAX_PROBLEMS = 50
"""Most problems reported for one file."""

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
    """Located problems from a pydantic error, in plain words (at most
    :data:`MAX_PROBLEMS`; see :mod:`wargame.storage.plain_errors`)."""
    out = []
    for e in err.errors(include_url=False)[:MAX_PROBLEMS]:
        loc = [p for p in e["loc"] if not (isinstance(p, str) and p in skip_tags)]
        out.append((json_path(loc), plain(e)))
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


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _too_big(size: str) -> InvalidFileError:
    return InvalidFileError([("$", f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")])


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing missing, unreadable, oversized or non-regular files
    (a FIFO, a device, a folder). At most the limit plus one byte is ever read: the size
    ``stat`` reports is only a hint."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; no effect on a regular file.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InvalidFileError([("$", f"cannot read file: {exc.strerror or exc}")]) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InvalidFileError([("$", f"cannot read file: {_kind_of(st.st_mode)}, not a file")])
        if st.st_size > MAX_FILE_BYTES:
            raise _too_big(str(st.st_size))
        chunks: list[bytes] = []
        total = 0
        step = max(st.st_size + 1, 64 * 1024)
        while total <= MAX_FILE_BYTES:
            chunk = os.read(fd, min(step, MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_FILE_BYTES:
            raise _too_big(f"more than {MAX_FILE_BYTES}")
        return b"".join(chunks)
    except OSError as exc:
        raise InvalidFileError([("$", f"cannot read file: {exc.strerror or exc}")]) from exc
    finally:
        os.close(fd)


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


MAX_INT_DIGITS = 100
"""Longest integer a file may hold (a seed has 20 digits; Python refuses 4,300)."""


class _Refused:
    """Stands in the parsed document for a number the parser refused, until located."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class _Numbers:
    """The parser's number hooks: refuse NaN, infinities and overlong integers, leaving a
    marker in the document so the problem can be reported at its JSON path."""

    def __init__(self) -> None:
        self.refused = 0

    def _refuse(self, message: str) -> _Refused:
        self.refused += 1
        return _Refused(message)

    def constant(self, name: str) -> Any:
        return self._refuse(f"{name} is not a number a file may hold (only finite numbers)")

    def float_(self, text: str) -> Any:
        value = float(text)
        if not math.isfinite(value):
            return self._refuse(f"the number {text[:40]} is too large")
        return value

    def int_(self, text: str) -> Any:
        digits = len(text.lstrip("-"))
        if digits > MAX_INT_DIGITS:
            return self._refuse(f"a number of {digits} digits is too long")
        return int(text)


def _refused_at(doc: Any, limit: int = MAX_PROBLEMS) -> list[tuple[str, str]]:
    """JSON paths of the refused numbers in ``doc`` (at most ``limit``)."""
    out: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("$", doc)]
    while stack and len(out) < limit:
        path, node = stack.pop()
        if isinstance(node, _Refused):
            out.append((path, node.message))
        elif isinstance(node, dict):
            stack.extend((f"{path}.{k}", v) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(node))))
    return out


def parse_json(data: bytes) -> Any:
    """Parse JSON (UTF-8, with or without a byte-order mark), reporting the line and column
    of a syntax error in plain words, and the JSON path of any number no file may hold
    (NaN, Infinity, 1e999, an integer of more than :data:`MAX_INT_DIGITS` digits)."""
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
    numbers = _Numbers()
    try:
        with gc_paused():
            doc = json.loads(
                text,
                parse_constant=numbers.constant,
                parse_float=numbers.float_,
                parse_int=numbers.int_,
            )
    except json.JSONDecodeError as exc:
        raise InvalidFileError(
            [("$", f"invalid JSON at line {exc.lineno} column {exc.colno}: {_plain(exc.msg)}")]
        ) from exc
    except RecursionError as exc:
        raise InvalidFileError([("$", "JSON nested too deeply")]) from exc
    if numbers.refused:
        raise InvalidFileError(_refused_at(doc))
    return doc


CHUNK_ITEMS = 1000
"""Items of a long list validated at a time: validation stops at the first chunk with
problems, so a huge file of bad items never makes millions of error objects."""

_ADAPTERS: dict[tuple[type[BaseModel], str], TypeAdapter[Any]] = {}


def _adapter(model: type[BaseModel], name: str, item: Any) -> TypeAdapter[Any]:
    key = (model, name)
    if key not in _ADAPTERS:
        _ADAPTERS[key] = TypeAdapter(list[item])
    return _ADAPTERS[key]


def _submodel(tp: Any) -> type[BaseModel] | None:
    return tp if isinstance(tp, type) and issubclass(tp, BaseModel) else None


def _list_item(tp: Any) -> Any:
    if get_origin(tp) is list:
        args = get_args(tp)
        return args[0] if len(args) == 1 else None
    return None


def _prevalidate(
    model: type[BaseModel], data: dict[str, Any], path: str
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Validate the long lists inside ``data`` (at any depth of submodels) chunk by chunk.

    Returns ``data`` with each long list replaced by its validated items (so the whole
    model does not validate them twice), or the problems of the first chunk that fails."""
    out = data
    for name, field in model.model_fields.items():
        key = field.alias or name
        value = data.get(key)
        sub = _submodel(field.annotation)
        new: Any = value
        if sub is not None and isinstance(value, dict):
            new, problems = _prevalidate(sub, value, f"{path}.{key}")
            if problems:
                return data, problems
        elif isinstance(value, list) and (item := _list_item(field.annotation)) is not None:
            if (sub := _submodel(item)) is not None:
                for i, entry in enumerate(value):
                    if isinstance(entry, dict):
                        done, problems = _prevalidate(sub, entry, f"{path}.{key}[{i}]")
                        if problems:
                            return data, problems
                        if done is not entry:
                            if new is value:
                                new = list(value)
                            new[i] = done
            if len(new) > CHUNK_ITEMS:
                adapter = _adapter(model, name, item)
                checked: list[Any] = []
                for start in range(0, len(new), CHUNK_ITEMS):
                    try:
                        checked += adapter.validate_python(new[start : start + CHUNK_ITEMS])
                    except ValidationError as exc:
                        return data, [
                            (f"{path}.{key}{where[1:]}", message)
                            for where, message in _offset(validation_problems(exc), start)
                        ]
                new = checked
        if new is not value:
            if out is data:
                out = dict(data)
            out[key] = new
    return out, []


def _offset(problems: list[tuple[str, str]], start: int) -> list[tuple[str, str]]:
    """Problems of a chunk, their leading list index moved to the index in the whole list."""
    out = []
    for where, message in problems:
        head, _, tail = where[2:].partition("]")
        index = int(head) + start if head.isdigit() else head
        out.append((f"$[{index}]{tail}", message))
    return out


def validate(
    model: type[M], data: Any, extra: Callable[[M], list[tuple[str, str]]] | None = None
) -> M:
    """Validate parsed JSON into ``model``; raise :class:`InvalidFileError` on any problem.

    Long lists are validated a chunk at a time first (see :data:`CHUNK_ITEMS`), so the
    memory a bad file costs stays bounded whatever its length."""
    if not isinstance(data, dict):
        raise InvalidFileError([("$", f"expected a JSON object, found {type(data).__name__}")])
    try:
        with gc_paused():
            data, problems = _prevalidate(model, data, "$")
            if problems:
                raise InvalidFileError(problems)
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
