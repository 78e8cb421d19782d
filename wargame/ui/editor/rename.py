"""Where a scenario names an actor: renaming an actor everywhere, and taking one out with
what would break without it. Pure functions over the scenario as the editor holds it.

An actor id appears in: the actor itself; relations (``a``, ``b``); grievances (``victim``,
``offender``); the moves of the historical track (``actor``, ``target``); conditions
(``dyad``, ``actor``, ``victim``, ``offender``, and the ``flag`` text) in actions'
preconditions and injects' triggers; effects (``actor``, ``pair``) of actions and injects;
checkpoints and the metric they compare with (``pair``, ``actor``, ``victim``,
``offender``, ``flag``); and flags, whose part after the colon may carry ids: an id
(``mediation:CHN``), a pair key (``talks:IRN-PAK``, the two ids sorted and joined by
``-``), a ledger subject (``IRN<PAK``) or a red line (``redline:IRN>PAK``).
"""

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

from wargame.ui.editor.document import Doc

_PAIR_KEYS = ("dyad", "pair")
_ONE_KEYS = ("actor", "target", "victim", "offender", "a", "b")
_SPLIT = re.compile(r"([-<>])")

SECTIONS = ("relations", "grievances", "actions", "injects", "history", "expectations")
"""The parts of a scenario that may name an actor, in the order a facilitator meets them."""


def rename_flag(flag: str, old: str, new: str) -> str:
    """``flag`` with actor ``old`` renamed ``new`` in its part after the colon; a pair key
    (``A-B``) stays sorted."""
    prefix, colon, body = flag.partition(":")
    if not colon:
        return flag
    parts = _SPLIT.split(body)
    ids = [new if p == old else p for p in parts[::2]]
    if ids == parts[::2]:
        return flag
    if len(parts) == 3 and parts[1] == "-" and "*" not in body:
        ids = sorted(ids)
    out = [ids[i // 2] if i % 2 == 0 else p for i, p in enumerate(parts)]
    return f"{prefix}:{''.join(out)}"


def flag_names(flag: Any, ident: str) -> bool:
    """Whether a flag's text names actor ``ident`` (after its colon)."""
    if not isinstance(flag, str):
        return False
    _prefix, colon, body = flag.partition(":")
    return bool(colon) and ident in _SPLIT.split(body)[::2]


def _rename_node(node: dict[str, Any], old: str, new: str, ids: bool) -> None:
    """Rename ``old`` in the fields of one entry that hold ids (``ids``: else only in its
    flags), not in nested entries."""
    for key in _ONE_KEYS if ids else ():
        if node.get(key) == old:
            node[key] = new
    for key in _PAIR_KEYS if ids else ():
        pair = node.get(key)
        if isinstance(pair, list):
            node[key] = [new if p == old else p for p in pair]
    if ids and isinstance(node.get("flag"), str):
        node["flag"] = rename_flag(node["flag"], old, new)
    for key in ("flags_set", "flags_clear"):
        flags = node.get(key)
        if isinstance(flags, list):
            node[key] = [rename_flag(f, old, new) if isinstance(f, str) else f for f in flags]


def _places(doc: Doc) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every entry that may name an actor in its own fields: relations, grievances, the
    conditions and effects of actions and injects, moves, checkpoints and the metrics they
    compare with; with each, whether its id fields count (False: actions and injects
    themselves, for their flags only)."""
    for section in ("relations", "grievances"):
        for entry in _list(doc.get(section)):
            yield entry, True
    for section, parts in (("actions", ("preconditions", "effects")), ("injects", PARTS)):
        for entry in _list(doc.get(section)):
            yield entry, False
            for part in parts:
                for inner in _list(entry.get(part)):
                    yield inner, True
    for day in _list(doc.get("history")):
        for move in _list(day.get("moves")):
            yield move, True
    for checkpoint in _list(doc.get("expectations")):
        yield checkpoint, True
        if isinstance(checkpoint.get("other"), dict):
            yield checkpoint["other"], True


PARTS = ("trigger", "effects")
"""The parts of an inject that may name an actor."""


def _list(value: Any) -> list[dict[str, Any]]:
    """The dicts of a list (none for anything else)."""
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def can_rename(doc: Doc, old: Any, new: Any) -> bool:
    """Whether renaming ``old`` to ``new`` can carry through the scenario: ``old`` names
    exactly one actor and no other actor is called ``new``."""
    ids = [a.get("id") for a in doc.get("actors") or [] if isinstance(a, dict)]
    return (
        isinstance(old, str)
        and isinstance(new, str)
        and bool(old)
        and bool(new)
        and old != new
        and ids.count(old) == 1
        and new not in ids
    )


def rename_actor(doc: Doc, old: str, new: str) -> Doc:
    """A copy of ``doc`` with actor ``old`` called ``new`` everywhere it is named."""
    out = copy.deepcopy(doc)
    for actor in out.get("actors") or []:
        if isinstance(actor, dict) and actor.get("id") == old:
            actor["id"] = new
    for node, ids in _places(out):
        _rename_node(node, old, new, ids)
    return out


def _names(node: Any, ident: str) -> bool:
    """Whether one entry (a relation, move, effect, condition, checkpoint) names ``ident``
    in its own fields."""
    if not isinstance(node, dict):
        return False
    if any(node.get(key) == ident for key in _ONE_KEYS):
        return True
    if any(isinstance(node.get(k), list) and ident in node[k] for k in _PAIR_KEYS):
        return True
    return flag_names(node.get("flag"), ident)


def _checkpoint_names(node: Any, ident: str) -> bool:
    return _names(node, ident) or (isinstance(node, dict) and _names(node.get("other"), ident))


def _kept(items: Any, drop: Callable[[Any], bool]) -> tuple[Any, int]:
    """``items`` without those ``drop`` says, and how many went."""
    if not isinstance(items, list):
        return items, 0
    kept = [x for x in items if not drop(x)]
    return kept, len(items) - len(kept)


def _flags_kept(node: dict[str, Any], ident: str) -> int:
    gone = 0
    for key in ("flags_set", "flags_clear"):
        if isinstance(node.get(key), list):
            node[key], n = _kept(node[key], lambda f: flag_names(f, ident))
            gone += n
    return gone


def remove_actor(doc: Doc, ident: str) -> tuple[Doc, dict[str, int]]:
    """A copy of ``doc`` without actor ``ident`` and what names it: its relations and
    grievances, the moves it made or suffered, the effects, conditions and flags that
    name it, the checkpoints on it. Also how many were taken out, per section of
    :data:`SECTIONS` (sections with none are left out)."""
    out = copy.deepcopy(doc)
    gone = dict.fromkeys(SECTIONS, 0)
    actors = out.get("actors")
    if isinstance(actors, list):
        out["actors"] = [a for a in actors if not (isinstance(a, dict) and a.get("id") == ident)]
    for section in ("relations", "grievances"):
        out[section], gone[section] = _kept(out.get(section), lambda r: _names(r, ident))
    for section, parts in (("actions", ("preconditions", "effects")), ("injects", PARTS)):
        for entry in out.get(section) or []:
            if not isinstance(entry, dict):
                continue
            for part in parts:
                entry[part], n = _kept(entry.get(part), lambda c: _names(c, ident))
                if entry[part] is None:
                    del entry[part]
                gone[section] += n
            gone[section] += _flags_kept(entry, ident)
    for day in out.get("history") or []:
        if isinstance(day, dict):
            day["moves"], n = _kept(day.get("moves"), lambda m: _names(m, ident))
            if day["moves"] is None:
                del day["moves"]
            gone["history"] += n
    out["expectations"], gone["expectations"] = _kept(
        out.get("expectations"), lambda c: _checkpoint_names(c, ident)
    )
    for section in SECTIONS:
        if section not in doc and out.get(section) is None:
            out.pop(section, None)
    return out, {k: v for k, v in gone.items() if v}


def uses(doc: Doc, ident: str) -> dict[str, int]:
    """How many entries name actor ``ident``, per section (those :func:`remove_actor` takes
    out with it)."""
    return remove_actor(doc, ident)[1]
