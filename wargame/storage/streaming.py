"""A save of the current schema read in one pass: its long lists (events, digests, rulings,
chain) parsed an item at a time and validated a chunk at a time as they go, so the memory a
load takes follows the validated log, never the whole JSON document beside it.

It is a fast path, not a second reader: it gives up on anything unusual (a syntax error, a
number no file may hold, an older schema, a problem in any field) and returns None, and the
caller reads the file the general way, which reports every problem as it always has.
"""

import json
import re
import sys
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from wargame.storage.formats import SAVE_SCHEMA_VERSION, SaveFile
from wargame.storage.problems import (
    CHUNK_ITEMS,
    _adapter,
    _list_item,
    _Numbers,
    _submodel,
    gc_paused,
)

STREAMED = ("events", "digests", "rulings", "chain")
"""The top-level lists of a save read an item at a time."""

_SPACE = re.compile(r"[ \t\n\r]*")
_WHITE = frozenset(" \t\n\r")


SHARED_TEXT = 64
"""Texts up to this long in a streamed item are shared (interned): a log repeats its
actor and action ids, decisions and outcomes hundreds of thousands of times."""


def _shared(chunk: list[Any]) -> list[Any]:
    """The chunk with its short texts interned, so every repeat is one object."""
    intern = sys.intern
    for item in chunk:
        if type(item) is dict:
            for key, value in item.items():
                if type(value) is str and len(value) <= SHARED_TEXT:
                    item[key] = intern(value)
    return chunk


def _as_is(items: list[Any]) -> list[Any]:
    return items


def _leaner(model: type[BaseModel]) -> Callable[[list[Any]], list[Any]]:
    """Models that were given every field come to share one record of which were: pydantic
    keeps a set per instance (728 bytes for a ruling, more than its values), and a long
    log holds a ruling per move. Sharing is safe: the set is only ever added to, with names
    it already holds."""
    every = set(model.model_fields)

    def lean(models: list[Any]) -> list[Any]:
        for m in models:
            if m.__pydantic_fields_set__ == every:
                object.__setattr__(m, "__pydantic_fields_set__", every)
        return models

    return lean


class _UnusualError(Exception):
    """The one-pass reader stops: the general reader takes over."""


class _Reader:
    """A cursor over the text of one save."""

    def __init__(self, text: str, lean: bool) -> None:
        self.text = text
        self.lean = lean
        self.numbers = _Numbers()
        self.decode = json.JSONDecoder(
            parse_constant=self.numbers.constant,
            parse_float=self.numbers.float_,
            parse_int=self.numbers.int_,
        ).raw_decode
        self.pos = 0

    def skip(self) -> str:
        """Skip white space; the next character ('' at the end)."""
        char = self.text[self.pos : self.pos + 1]
        if char not in _WHITE:  # a save as wargame writes it has none between items
            return char
        match = _SPACE.match(self.text, self.pos)
        assert match is not None  # the pattern matches the empty string
        self.pos = match.end()
        return self.text[self.pos : self.pos + 1]

    def expect(self, char: str) -> None:
        if self.skip() != char:
            raise _UnusualError
        self.pos += 1

    def value(self) -> Any:
        self.skip()
        value, self.pos = self.decode(self.text, self.pos)
        return value

    def items(self, name: str) -> list[Any]:
        """A list read an item at a time, each chunk validated as the general reader does."""
        item = _list_item(SaveFile.model_fields[name].annotation)
        adapter = _adapter(SaveFile, name, item)
        model = _submodel(item)
        lean = _leaner(model) if model is not None and self.lean else _as_is
        share = _shared if self.lean else _as_is
        self.expect("[")
        out: list[Any] = []
        chunk: list[Any] = []
        if self.skip() == "]":
            self.pos += 1
            return out
        while True:
            chunk.append(self.value())
            if len(chunk) == CHUNK_ITEMS:
                out += lean(adapter.validate_python(share(chunk)))
                chunk = []
            after = self.skip()
            self.pos += 1
            if after == "]":
                break
            if after != ",":
                raise _UnusualError
        if chunk:
            out += lean(adapter.validate_python(share(chunk)))
        return out

    def document(self) -> dict[str, Any]:
        """The top-level object, with the streamed lists already validated."""
        doc: dict[str, Any] = {}
        self.expect("{")
        while True:
            if self.skip() != '"':
                raise _UnusualError
            key = self.value()
            self.expect(":")
            if key in STREAMED and self.skip() == "[":
                doc[key] = self.items(key)
            else:
                doc[key] = self.value()
            after = self.skip()
            self.pos += 1
            if after == "}":
                break
            if after != ",":
                raise _UnusualError
        if self.skip() != "" or self.numbers.refused:
            raise _UnusualError
        return doc


def document_in_one_pass(text: str, lean: bool = True) -> dict[str, Any] | None:
    """The save document in ``text`` (decoded JSON) with its long lists validated, when it
    is a save of the current schema that parses and validates cleanly so far; None
    otherwise (the general reader then reads it, and says why). ``lean``: repeated texts
    and the models' records of their fields are shared (for a save that is kept; a check
    that only reads a save through may skip it)."""
    try:
        with gc_paused():
            doc = _Reader(text, lean).document()
    except (_UnusualError, ValueError, ValidationError, RecursionError):
        return None  # json.JSONDecodeError is a ValueError
    version = doc.get("schema_version")
    if type(version) is not int or version != SAVE_SCHEMA_VERSION:
        return None
    return doc
