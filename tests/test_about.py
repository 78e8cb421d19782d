"""What the About dialog and ``wargame --version`` say: the version, the licence, and the
components wargame runs on, from the installed package metadata."""

import email.message
import re
from importlib import metadata

from wargame import __version__
from wargame.about import _licence, components, version_line


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def package(**fields: str | list[str]) -> email.message.Message:
    """Package metadata with the given fields (a list gives a repeated field)."""
    meta = email.message.Message()
    for key, value in fields.items():
        for v in value if isinstance(value, list) else [value]:
            meta[key.replace("_", "-")] = v
    return meta


def test_the_version_line():
    assert version_line() == f"wargame {__version__}"


def test_the_components_are_the_run_time_dependency_tree():
    found = components()
    names = [normalised(c.name) for c in found]
    direct = {"pydantic", "networkx", "numpy", "pyqtgraph", "pyside6-essentials", "jinja2"}
    assert direct <= set(names)
    assert {"shiboken6", "pydantic-core", "markupsafe"} <= set(names)  # what those need
    # development tools and optional extras are not run-time components
    assert not {"pytest", "ruff", "hypothesis", "mypy", "dask", "pyinstaller"} & set(names)
    assert "wargame" not in names
    assert len(names) == len(set(names))
    assert [c.name.lower() for c in found] == sorted(c.name.lower() for c in found)
    for c in found:
        assert c.version == metadata.version(c.name) and c.licence, c


def test_a_component_tree_starts_below_its_root():
    names = {normalised(c.name) for c in components("pydantic")}
    assert "pydantic-core" in names and "pydantic" not in names
    assert "email-validator" not in names  # an extra


def test_the_licence_is_the_spdx_expression_else_a_short_field_else_the_classifier():
    classifier = "License :: OSI Approved :: MIT License"
    assert _licence(package(License_Expression="BSD-3-Clause", License="BSD")) == "BSD-3-Clause"
    assert _licence(package(License="Apache 2.0", Classifier=classifier)) == "Apache 2.0"
    full_text = "Copyright (c) 2024\n\nPermission is hereby granted, free of charge..."
    topics = ["Programming Language :: Python", classifier]
    assert _licence(package(License=full_text, Classifier=topics)) == "MIT License"
    assert _licence(package(License="x" * 90)) == "see its metadata"
