"""Upgrading older save and scenario documents to the current schema."""

from collections.abc import Callable
from typing import Any

from wargame.storage.problems import InvalidFileError

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _scenario_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 2: nuclear status in three steps, and every rate of the model in days.

    ``nuclear: true`` becomes ``nuclear_status: declared``; ``half_life`` and ``window``
    (in turns) become ``half_life_days`` and ``window_days``; ``beta`` (erosion per unit of
    grievance, replaced by erosion toward a floor) is dropped.
    """
    actors = doc.get("actors")
    if isinstance(actors, list):
        upgraded = []
        for actor in actors:
            if isinstance(actor, dict) and "nuclear" in actor:
                new = {k: v for k, v in actor.items() if k != "nuclear"}
                new["nuclear_status"] = "declared" if actor["nuclear"] is True else "none"
                upgraded.append(new)
            else:
                upgraded.append(actor)
        doc["actors"] = upgraded
    params = doc.get("params")
    if isinstance(params, dict):
        params = dict(params)
        days = doc.get("turn_days", 1)
        days = days if isinstance(days, int) and not isinstance(days, bool) else 1
        for old, renamed in (("half_life", "half_life_days"), ("window", "window_days")):
            if old in params:
                value = params.pop(old)
                params[renamed] = value * days if isinstance(value, int | float) else value
        params.pop("beta", None)
        doc["params"] = params
    return doc


def _save_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 2: the embedded scenario is upgraded; the per-turn digests, taken under the
    older rules, are dropped (the replay recomputes the meters; every roll is still
    checked against the record)."""
    scenario = doc.get("scenario")
    if isinstance(scenario, dict):
        doc["scenario"] = upgrade(dict(scenario), 2, SCENARIO_MIGRATIONS, "scenario")
    doc["digests"] = []
    doc["migrated_from"] = 1
    branches = doc.get("branches")
    if isinstance(branches, list):
        doc["branches"] = [{**b, "digests": []} if isinstance(b, dict) else b for b in branches]
    return doc


def _save_2_to_3(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 3: saves carry tamper evidence (a chain over the turns, counts, digests of
    the annotations, the timelines and the scenario). An older save has none: it is
    marked with the schema it was written under, and only the replay of its log proves it
    (its digests and rolls are still checked)."""
    doc["legacy_schema"] = doc.get("migrated_from") or 2
    doc["evidence"] = None
    doc["chain"] = []
    doc["counts"] = None
    branches = doc.get("branches")
    if isinstance(branches, list):
        doc["branches"] = [
            {**b, "chain": [], "counts": None} if isinstance(b, dict) else b for b in branches
        ]
    return doc


SAVE_MIGRATIONS: dict[int, Migration] = {1: _save_1_to_2, 2: _save_2_to_3}
"""``SAVE_MIGRATIONS[n]`` turns a schema-``n`` save into schema ``n + 1``."""

SCENARIO_MIGRATIONS: dict[int, Migration] = {1: _scenario_1_to_2}
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
