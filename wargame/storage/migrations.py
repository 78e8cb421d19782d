"""Upgrading older save and scenario documents to the current schema."""

from collections.abc import Callable
from typing import Any

from wargame.storage.problems import InvalidFileError

Migration = Callable[[dict[str, Any]], dict[str, Any]]

SAVE_MIGRATIONS: dict[int, Migration] = {}
"""``SAVE_MIGRATIONS[n]`` turns a schema-``n`` save into schema ``n + 1``."""

SCENARIO_MIGRATIONS: dict[int, Migration] = {}
"""``SCENARIO_MIGRATIONS[n]`` turns a schema-``n`` scenario into schema ``n + 1``."""


def upgrade(
    doc: dict[str, Any], current: int, steps: dict[int, Migration], what: str
) -> dict[str, Any]:
    """Bring ``doc`` to schema ``current``; refuse newer documents with a clear message."""
    version = doc.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidFileError([("$.schema_version", f"not a valid schema version: {version!r}")])
    if version > current:
        raise InvalidFileError(
            [
                (
                    "$.schema_version",
                    f"this {what} was written by a newer wargame (schema {version}); "
                    f"this version reads up to schema {current}. Update wargame to open it.",
                )
            ]
        )
    while version < current:
        step = steps.get(version)
        if step is None:
            raise InvalidFileError(
                [("$.schema_version", f"no migration from {what} schema {version}")]
            )
        doc = step(dict(doc))
        version += 1
        doc["schema_version"] = version
    return doc
