"""Shared action catalogues: a scenario that names one offers its actions.

Catalogues ship with wargame in ``assets/catalogues/<name>.json``; a scenario file names
one by id and nothing else (never a path), so a file cannot make the app read anything
but a bundled catalogue.
"""

import re
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from wargame.core.actions import ActionDef
from wargame.resources import CATALOGUES
from wargame.storage.problems import InvalidFileError, parse_json, read_bytes, validate

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")


class Catalogue(BaseModel):
    """A shared catalogue file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_NAME.pattern)
    """Name scenarios use in ``catalogue``."""
    title: str = Field(min_length=1, max_length=200)
    """What it is."""
    description: str = Field(default="", max_length=4000)
    """How scenarios use it."""
    actions: list[ActionDef] = Field(min_length=1)
    """The actions."""


def bundled() -> list[str]:
    """Names of the catalogues that ship with wargame."""
    return sorted(p.stem for p in CATALOGUES.glob("*.json"))


@cache
def load_catalogue(name: str) -> Catalogue:
    """A bundled catalogue by name (read once per process)."""
    path = CATALOGUES / f"{name}.json"
    try:
        cat = validate(Catalogue, parse_json(read_bytes(path)))
    except InvalidFileError as exc:
        exc.file = str(path)
        raise
    return cat


def with_catalogue(doc: dict[str, Any]) -> dict[str, Any]:
    """The scenario document with its catalogue's actions merged into ``actions``.

    The catalogue's actions come first, in its order; an action of the scenario with the
    same id takes the catalogue action's place; the scenario's other actions follow.
    """
    name = doc.get("catalogue")
    if name is None:
        return doc
    if not isinstance(name, str) or not _NAME.match(name) or name not in bundled():
        raise InvalidFileError(
            [
                (
                    "$.catalogue",
                    f"no shared catalogue named {name!r} (bundled: {', '.join(bundled())})",
                )
            ]
        )
    own = doc.get("actions", [])
    if not isinstance(own, list):
        return doc  # validation reports the malformed list
    own_by_id = {a["id"]: a for a in own if isinstance(a, dict) and isinstance(a.get("id"), str)}
    merged: list[Any] = []
    for action in load_catalogue(name).actions:
        if action.id in own_by_id:
            merged.append(own_by_id.pop(action.id))
        else:
            merged.append(action.model_dump(mode="json"))
    taken = {a.id for a in load_catalogue(name).actions}
    merged.extend(a for a in own if not (isinstance(a, dict) and a.get("id") in taken))
    return {**doc, "actions": merged}
