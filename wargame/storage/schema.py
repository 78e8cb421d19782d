"""JSON Schemas of the file kinds, for other tools and for the docs."""

from typing import Any

from pydantic import BaseModel

from wargame.core.scenario import Scenario
from wargame.storage.files import FileKind
from wargame.storage.formats import MovesFile, SaveFile


def json_schema(kind: FileKind) -> dict[str, Any]:
    """The JSON Schema of one file kind."""
    models: dict[FileKind, type[BaseModel]] = {
        FileKind.SCENARIO: Scenario,
        FileKind.SAVE: SaveFile,
        FileKind.MOVES: MovesFile,
    }
    schema: dict[str, Any] = models[kind].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
