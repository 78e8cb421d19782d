"""What the About dialog and ``wargame --version`` say: the version, the licence, and the
third-party components wargame runs on, read from the installed package metadata (which
the bundle carries too)."""

import re
from dataclasses import dataclass
from importlib import metadata

from wargame import __version__

LICENCE_SPDX = "LicenseRef-proprietary"
"""No licence has been chosen yet; the AppStream file says so in SPDX terms."""

LICENCE = (
    "No licence has been chosen for wargame yet; until one is published, all rights are "
    "reserved. The components listed below keep their own licences."
)

SUMMARY = "Tabletop assistant for crisis-escalation exercises"

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    """A third-party package wargame depends on at run time."""

    name: str
    version: str
    licence: str


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    return str(meta[key]).strip() if key in meta else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    """The SPDX expression, else a short licence field, else the trove classifier."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License")
    if text and len(text) < 80 and "\n" not in text:
        return text
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return str(classifier).rsplit("::", 1)[-1].strip()
    return "see its metadata"


def _requirements(name: str) -> list[str]:
    """The names of a distribution's unconditional requirements (extras left out)."""
    names = []
    for requirement in metadata.requires(name) or []:
        if "extra ==" in requirement:
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def components(root: str = "wargame") -> list[Component]:
    """Every installed package in ``root``'s run-time dependency tree, sorted by name."""
    seen: dict[str, Component] = {}
    todo = _requirements(root)
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement whose environment marker excluded it here
        seen[key] = Component(_field(meta, "Name"), _field(meta, "Version"), _licence(meta))
        todo.extend(_requirements(name))
    return sorted(seen.values(), key=lambda c: c.name.lower())


def version_line() -> str:
    """One line for ``--version``."""
    return f"wargame {__version__}"
