"""The JSON schemas shipped for scenario, save and moves files."""

import json

import pytest

from wargame.storage.files import FileKind


@pytest.mark.parametrize("kind", list(FileKind))
def test_shipped_json_schemas_are_current(kind):
    from tests.conftest import ROOT
    from wargame.storage.schema import json_schema

    shipped = json.loads((ROOT / "assets" / "schema" / f"{kind.value}.schema.json").read_text())
    assert shipped == json_schema(kind), "regenerate with: wargame schema KIND > assets/schema/..."
