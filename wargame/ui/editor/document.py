"""The scenario being edited, as plain JSON data: the template, reading drafts, writing files.

The editor keeps the scenario as the JSON document a file holds, so that a draft with
problems can be edited, saved and read again. The shared catalogue is shown as a list of
actions to enable or disable: :data:`DISABLED` holds the ids switched off while editing, and
:func:`file_doc` turns that into what the file format can say (a scenario that leaves out
part of the catalogue carries the actions it keeps).
"""

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wargame.core.actions import ActionDef
from wargame.core.scenario import SCENARIO_SCHEMA_VERSION, Scenario
from wargame.storage.atomic import atomic_write
from wargame.storage.catalogues import load_catalogue, with_catalogue
from wargame.storage.migrations import SCENARIO_MIGRATIONS, upgrade
from wargame.storage.problems import InvalidFileError, parse_json, read_bytes

Doc = dict[str, Any]
Path_ = tuple[str | int, ...]
"""A place in the document: keys and list indexes, e.g. ``("actors", 1, "name")``."""

CATALOGUE = "standard"
"""The shared catalogue a new scenario offers."""

DISABLED = "_disabled"
"""Editor-only key: ids of the shared catalogue's actions this scenario leaves out."""


def template(today: dt.date | None = None) -> Doc:
    """An empty crisis: no actors yet, the shared catalogue, the default parameters."""
    start = today or dt.date.today()
    return {
        "schema_version": SCENARIO_SCHEMA_VERSION,
        "id": "new_crisis",
        "title": "New crisis",
        "briefing": "",
        "start_date": start.isoformat(),
        "turn_days": 1,
        "turns": 14,
        "actors": [],
        "relations": [],
        "catalogue": CATALOGUE,
        "actions": [],
        "injects": [],
        "history": [],
        "sources": [],
        "expectations": [],
        DISABLED: [],
    }


def catalogue_actions() -> list[ActionDef]:
    """The shared catalogue's actions, in its order."""
    return list(load_catalogue(CATALOGUE).actions)


def _same(entry: Any, action: ActionDef) -> bool:
    try:
        return ActionDef.model_validate(entry) == action
    except ValidationError:
        return False


def editable(doc: Doc) -> Doc:
    """A file's document as the editor holds it: the catalogue named, its actions left out
    of ``actions`` (enabled or disabled in :data:`DISABLED`), the scenario's own actions kept."""
    out = copy.deepcopy(doc)
    actions = out.get("actions", [])
    if not isinstance(actions, list):
        out.setdefault(DISABLED, [])
        return out
    catalogue = {a.id: a for a in catalogue_actions()}
    named = out.get("catalogue") == CATALOGUE
    kept: set[str] = set()
    own = []
    for entry in actions:
        ident = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(ident, str) and ident in catalogue and _same(entry, catalogue[ident]):
            kept.add(ident)
            continue
        own.append(entry)
        if isinstance(ident, str) and ident in catalogue:
            kept.add(ident)  # the scenario's own version replaces the catalogue's
    out["actions"] = own
    if named:
        out[DISABLED] = []
    elif "catalogue" not in out or out.get("catalogue") is None:
        out["catalogue"] = CATALOGUE
        out[DISABLED] = [a for a in catalogue if a not in kept]
    else:
        out.setdefault(DISABLED, [])
    return out


def file_doc(doc: Doc) -> Doc:
    """What the file holds: without :data:`DISABLED`; with actions disabled, the catalogue
    is no longer named and the actions it keeps are written out in full."""
    out = {k: copy.deepcopy(v) for k, v in doc.items() if k != DISABLED}
    disabled = doc.get(DISABLED) or []
    if disabled and out.get("catalogue") == CATALOGUE:
        own = out.get("actions", [])
        own = own if isinstance(own, list) else []
        own_ids = {a.get("id") for a in own if isinstance(a, dict)}
        kept = [
            a.model_dump(mode="json", exclude_none=True)
            for a in catalogue_actions()
            if a.id not in disabled and a.id not in own_ids
        ]
        out["catalogue"] = None
        out["actions"] = kept + own
    return out


def merged_actions(doc: Doc) -> list[Any]:
    """Every action the scenario offers (the catalogue's kept ones, then its own), as the
    loader sees them: ``$.actions[i]`` of a problem is entry ``i``."""
    try:
        merged = with_catalogue(file_doc(doc)).get("actions", [])
    except InvalidFileError:
        merged = doc.get("actions", [])
    return merged if isinstance(merged, list) else []


def read_doc(path: Path) -> Doc:
    """A scenario file read for editing, drafts with problems included: only what is not
    JSON at all, or a newer schema, is refused (with :class:`InvalidFileError`)."""
    try:
        raw = parse_json(read_bytes(path))
        if not isinstance(raw, dict) or "actors" not in raw:
            raise InvalidFileError([("$", "not a scenario file: it has no 'actors'")])
        return editable(upgrade(raw, SCENARIO_SCHEMA_VERSION, SCENARIO_MIGRATIONS, "scenario"))
    except InvalidFileError as exc:
        exc.file = str(path)
        raise


def from_scenario(scenario: Scenario) -> Doc:
    """A loaded scenario (catalogue merged) as the editor holds it."""
    return editable(scenario.model_dump(mode="json", exclude_none=True))


def write_doc(doc: Doc, path: Path) -> None:
    """Write the scenario atomically as readable JSON, problems and all (a draft)."""
    text = json.dumps(file_doc(doc), indent=2, ensure_ascii=False) + "\n"
    atomic_write(path, text.encode())


def get_at(doc: Any, path: Path_, default: Any = None) -> Any:
    """The value at ``path``, or ``default`` where the path leads nowhere."""
    node = doc
    for part in path:
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            continue
        if not (isinstance(node, dict) and isinstance(part, str) and part in node):
            return default
        node = node[part]
    return node


def set_at(doc: Doc, path: Path_, value: Any) -> None:
    """Put ``value`` at ``path`` (a key is removed when ``value`` is None and the key is
    not a list entry); missing dicts on the way are made."""
    node: Any = doc
    for part in path[:-1]:
        if isinstance(node, dict):
            if not isinstance(node.get(part), dict | list):
                node[part] = {}
            node = node[part]
        else:
            node = node[part]
    last = path[-1]
    if isinstance(node, dict):
        if value is None:
            node.pop(last, None)
        else:
            node[last] = value
    else:
        node[last] = value


def parse_path(text: str) -> Path_:
    """``("actors", 1, "name")`` from ``$.actors[1].name``."""
    out: list[str | int] = []
    token = ""
    i = 1 if text.startswith("$") else 0
    while i < len(text):
        ch = text[i]
        if ch == ".":
            if token:
                out.append(token)
            token = ""
        elif ch == "[":
            if token:
                out.append(token)
            token = ""
            end = text.find("]", i)
            inner = text[i + 1 : end if end >= 0 else len(text)]
            out.append(int(inner) if inner.isdigit() else inner)
            i = end if end >= 0 else len(text)
        else:
            token += ch
        i += 1
    if token:
        out.append(token)
    return tuple(out)


def actor_names(doc: Doc) -> dict[str, str]:
    """Actor id -> name (the id where the name is empty), in the document's order."""
    out: dict[str, str] = {}
    for actor in doc.get("actors", []) or []:
        if isinstance(actor, dict) and isinstance(actor.get("id"), str):
            name = actor.get("name")
            out[actor["id"]] = name if isinstance(name, str) and name else actor["id"]
    return out


def start_date(doc: Doc) -> dt.date | None:
    """The scenario's start date, if it is a valid date."""
    try:
        return dt.date.fromisoformat(str(doc.get("start_date")))
    except ValueError:
        return None


def turn_days(doc: Doc) -> int:
    """Days per turn (1 when the document's value is not a positive whole number)."""
    days = doc.get("turn_days", 1)
    return days if isinstance(days, int) and not isinstance(days, bool) and days > 0 else 1


def track_dates(doc: Doc) -> list[dt.date]:
    """The date of each day of the historical track (entry k is turn k)."""
    start = start_date(doc)
    step = turn_days(doc)
    history = doc.get("history") or []
    if start is None or not isinstance(history, list):
        return []
    return [start + dt.timedelta(days=k * step) for k in range(len(history))]
