"""The columns of the editor's tables: what each edits, how a value is shown and typed."""

import copy
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any

Choices = Callable[[], list[tuple[str, Any]]]


class Kind(Enum):
    """How a column's values are shown and typed."""

    TEXT = auto()
    INT = auto()
    FLOAT = auto()
    CHOICE = auto()
    BOOL = auto()
    LIST = auto()
    """A list of texts, typed comma-separated."""


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowTable`."""

    key: str
    """The field it edits (dotted for a nested one: ``variables.military``); problems at
    that JSON path focus this column."""
    header: str
    """Its heading."""
    kind: Kind = Kind.TEXT
    """How values are shown and typed."""
    default: Any = None
    """Shown when the entry has no value."""
    optional: bool = False
    """A blank cell removes the value."""
    choices: Choices | None = None
    """(label, value) pairs, for :attr:`Kind.CHOICE`."""
    get: Callable[[Any], Any] | None = None
    """The value from an entry (default: the field at :attr:`key`)."""
    put: Callable[[Any, Any], Any] | None = None
    """The entry with a new value (default: the field at :attr:`key` replaced)."""
    applies: Callable[[Any], bool] | None = None
    """Whether the column means anything for this entry (else the cell is greyed)."""
    tip: str = ""
    """Tooltip of the heading."""
    label: Callable[[Any], str] | None = None
    """The text a cell shows for a value (default: the value as typed, see :func:`show`)."""


def value_of(col: Column, row: Any) -> Any:
    """The value a column shows for an entry."""
    if col.get is not None:
        return col.get(row)
    node = row
    for part in col.key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return col.default if node is None else node


def with_value(col: Column, row: Any, value: Any) -> Any:
    """The entry with the column's value replaced."""
    if col.put is not None:
        return col.put(copy.deepcopy(row), value)
    out = copy.deepcopy(row) if isinstance(row, dict) else {}
    parts = col.key.split(".")
    node = out
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    if value is None:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value
    return out


def shown(col: Column, value: Any) -> str:
    """The text a cell shows for ``value`` (its :attr:`Column.label`, else as typed)."""
    if col.label is not None and value is not None:
        return col.label(value)
    return show(col, value)


def show(col: Column, value: Any) -> str:
    """The text a cell's editor starts from for ``value``."""
    if value is None:
        return ""
    if col.kind is Kind.CHOICE and col.choices is not None:
        for label, data in col.choices():
            if data == value:
                return label
    if col.kind is Kind.LIST and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse(col: Column, text: str) -> Any:
    """The value typed into a cell: a number where one is expected (the text as it is when
    it is not one, so that validation says what is wrong), None when blank and optional."""
    text = text.strip()
    if not text:
        if col.optional:
            return None
        return [] if col.kind is Kind.LIST else ("" if col.kind is Kind.TEXT else None)
    if col.kind is Kind.INT:
        try:
            return int(text)
        except ValueError:
            return text
    if col.kind is Kind.FLOAT:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return text
    if col.kind is Kind.LIST:
        return [part.strip() for part in text.split(",") if part.strip()]
    return text
