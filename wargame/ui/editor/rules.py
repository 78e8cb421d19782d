"""Columns for the declarative parts of actions and injects: effects and conditions.

Each kind of condition names different things (a pair, an actor, a victim and offender, a
flag); the table shows them in shared columns (who, whom, what, from, to, present) and
greys the ones a row's kind does not use.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from wargame.ui.editor import choices
from wargame.ui.editor.columns import Column, Kind
from wargame.ui.editor.days import shown_day, stored_turn
from wargame.ui.editor.model import ScenarioModel

DYAD_KINDS = ("dyad_status", "escalation")
RANGE_KINDS = ("escalation", "global", "variable", "turn")


def _pair_get(key: str, i: int) -> Any:
    def get(row: Any) -> Any:
        pair = row.get(key) if isinstance(row, dict) else None
        return pair[i] if isinstance(pair, list | tuple) and len(pair) == 2 else None

    return get


def _pair_put(key: str, i: int) -> Any:
    def put(row: Any, value: Any) -> Any:
        pair = row.get(key)
        pair = list(pair) if isinstance(pair, list | tuple) and len(pair) == 2 else ["", ""]
        pair[i] = value or ""
        if not any(pair):
            row.pop(key, None)
        else:
            row[key] = pair
        return row

    return put


def effect_columns(model: ScenarioModel) -> list[Column]:
    """Scope, actor, pair, variable, operation and amount of an effect."""

    def named(scope: str) -> Any:
        return lambda row: isinstance(row, dict) and row.get("scope") == scope

    return [
        Column(
            "scope",
            QCoreApplication.translate("rules", "Whom"),
            Kind.CHOICE,
            "self",
            choices=lambda: choices.SCOPES,
        ),
        Column(
            "actor",
            QCoreApplication.translate("rules", "Actor"),
            Kind.CHOICE,
            optional=True,
            choices=lambda: choices.actors(model),
            applies=named("actor"),
        ),
        Column(
            "pair",
            QCoreApplication.translate("rules", "Pair: first"),
            Kind.CHOICE,
            choices=lambda: choices.actors(model),
            get=_pair_get("pair", 0),
            put=_pair_put("pair", 0),
            applies=named("pair"),
        ),
        Column(
            "pair.1",
            QCoreApplication.translate("rules", "Pair: second"),
            Kind.CHOICE,
            choices=lambda: choices.actors(model),
            get=_pair_get("pair", 1),
            put=_pair_put("pair", 1),
            applies=named("pair"),
        ),
        Column(
            "var",
            QCoreApplication.translate("rules", "Meter"),
            Kind.CHOICE,
            "",
            choices=lambda: choices.VARIABLES,
        ),
        Column(
            "op",
            QCoreApplication.translate("rules", "How"),
            Kind.CHOICE,
            "add",
            choices=lambda: choices.OPS,
        ),
        Column("value", QCoreApplication.translate("rules", "Amount"), Kind.FLOAT, 0.0),
    ]


def new_effect() -> dict[str, Any]:
    """A first effect: the target's stability down by 1."""
    return {"scope": "target", "var": "stability", "op": "add", "value": -1.0}


def _kind_put(row: Any, value: Any) -> Any:
    """A new kind starts the condition afresh with what that kind needs."""
    if row.get("kind") == value:
        return row
    fresh: dict[str, Any] = {"kind": value}
    if value == "dyad_status":
        fresh["statuses"] = ["normal"]
    elif value == "variable":
        fresh["var"] = "stability"
    elif value == "flag":
        fresh["flag"] = "flag_name"
    return fresh


Getter = Callable[[Any], Any]
Putter = Callable[[Any, Any], Any]
Side = tuple[str, int | None] | None
"""Where a row names one of its two sides: a plain field (index None), one end of a pair
field (index 0 or 1), or nowhere (None)."""


def side_columns(side_of: Callable[[Any, int], Side]) -> tuple[Getter, Putter, Getter, Putter]:
    """Get and put for a row's first and second side ("who" and "whom"), where
    ``side_of(row, 0 | 1)`` says which field holds it. An emptied side leaves the row."""

    def get(i: int) -> Getter:
        def read(row: Any) -> Any:
            side = side_of(row, i)
            if side is None:
                return None
            key, end = side
            return row.get(key) if end is None else _pair_get(key, end)(row)

        return read

    def put(i: int) -> Putter:
        def write(row: Any, value: Any) -> Any:
            side = side_of(row, i)
            if side is None:
                return row
            key, end = side
            if end is not None:
                return _pair_put(key, end)(row, value)
            if value is None:
                row.pop(key, None)
            else:
                row[key] = value
            return row

        return write

    return get(0), put(0), get(1), put(1)


def _condition_side(row: Any, i: int) -> Side:
    kind = row.get("kind") if isinstance(row, dict) else None
    if kind in DYAD_KINDS:
        return ("dyad", i)
    key = ({"variable": "actor", "grievance": "victim"}, {"grievance": "offender"})[i].get(
        str(kind)
    )
    return (key, None) if key else None


_who_get, _who_put, _whom_get, _whom_put = side_columns(_condition_side)


def _what_get(row: Any) -> Any:
    kind = row.get("kind")
    if kind == "variable":
        return row.get("var")
    if kind == "flag":
        return row.get("flag")
    if kind == "dyad_status":
        statuses = row.get("statuses")
        return ", ".join(statuses) if isinstance(statuses, list) else statuses
    return None


def _what_put(row: Any, value: Any) -> Any:
    kind = row.get("kind")
    text = str(value or "").strip()
    if kind == "variable":
        row["var"] = text
    elif kind == "flag":
        row["flag"] = text
    elif kind == "dyad_status":
        row["statuses"] = [s.strip() for s in text.split(",") if s.strip()]
    return row


def _present_key(row: Any) -> str | None:
    kind = row.get("kind") if isinstance(row, dict) else None
    return {"flag": "present", "grievance": "present", "nuclear": "value"}.get(str(kind))


def _bound(model: ScenarioModel, key: str) -> tuple[Any, Any]:
    """Get and put of a condition's ``min`` or ``max``: for a turn condition, a day number
    (Day 1 is the start date, turn 0 in the file)."""

    def get(row: Any) -> Any:
        value = row.get(key) if isinstance(row, dict) else None
        return shown_day(model.doc, value) if row.get("kind") == "turn" else value

    def put(row: Any, value: Any) -> Any:
        if row.get("kind") == "turn" and isinstance(value, float) and value.is_integer():
            value = stored_turn(model.doc, int(value))
        if value is None:
            row.pop(key, None)
        else:
            row[key] = value
        return row

    return get, put


def condition_columns(model: ScenarioModel) -> list[Column]:
    """Kind, who, whom, what, from, to and present of a condition."""

    def kinds(*names: str) -> Any:
        return lambda row: isinstance(row, dict) and row.get("kind") in names

    return [
        Column(
            "kind",
            QCoreApplication.translate("rules", "Condition"),
            Kind.CHOICE,
            choices=lambda: choices.CONDITION_KINDS,
            put=_kind_put,
        ),
        Column(
            "who",
            QCoreApplication.translate("rules", "Who / pair"),
            Kind.CHOICE,
            optional=True,
            choices=lambda: choices.actors(model),
            get=_who_get,
            put=_who_put,
            applies=kinds(*DYAD_KINDS, "variable", "grievance"),
            tip=QCoreApplication.translate(
                "rules",
                "The actor, the victim, or the pair's first actor (empty: the move's actor)",
            ),
        ),
        Column(
            "whom",
            QCoreApplication.translate("rules", "Whom"),
            Kind.CHOICE,
            optional=True,
            choices=lambda: choices.actors(model),
            get=_whom_get,
            put=_whom_put,
            applies=kinds(*DYAD_KINDS, "grievance"),
            tip=QCoreApplication.translate(
                "rules", "The offender, or the pair's second actor (empty: the move's target)"
            ),
        ),
        Column(
            "what",
            QCoreApplication.translate("rules", "Meter, flag or status"),
            get=_what_get,
            put=_what_put,
            applies=kinds("variable", "flag", "dyad_status"),
            tip=QCoreApplication.translate(
                "rules", "A variable (or deterrence), a flag, or statuses separated by commas"
            ),
        ),
        Column(
            "min",
            QCoreApplication.translate("rules", "From"),
            Kind.FLOAT,
            optional=True,
            get=_bound(model, "min")[0],
            put=_bound(model, "min")[1],
            applies=kinds(*RANGE_KINDS, "grievance"),
        ),
        Column(
            "max",
            QCoreApplication.translate("rules", "To"),
            Kind.FLOAT,
            optional=True,
            get=_bound(model, "max")[0],
            put=_bound(model, "max")[1],
            applies=kinds(*RANGE_KINDS),
        ),
        Column(
            "present",
            QCoreApplication.translate("rules", "Holds"),
            Kind.BOOL,
            True,
            get=lambda row: row.get(_present_key(row) or "present", True),
            put=lambda row, v: {**row, (_present_key(row) or "present"): bool(v)},
            applies=kinds("flag", "grievance", "nuclear"),
            tip=QCoreApplication.translate(
                "rules", "Must the flag be set, the grievance open, the actor nuclear?"
            ),
        ),
    ]


def new_condition() -> dict[str, Any]:
    """A first condition: global escalation of at least 40."""
    return {"kind": "global", "min": 40.0}
