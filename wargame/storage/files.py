"""Loading and writing scenario, save and moves files."""

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Any

from wargame import __version__
from wargame.core.checks import scenario_problems
from wargame.core.errors import SaveFormatError
from wargame.core.scenario import SCENARIO_SCHEMA_VERSION, Scenario
from wargame.storage.atomic import atomic_write
from wargame.storage.catalogues import with_catalogue
from wargame.storage.formats import SAVE_SCHEMA_VERSION, MovesFile, SaveFile
from wargame.storage.migrations import SAVE_MIGRATIONS, SCENARIO_MIGRATIONS, upgrade
from wargame.storage.problems import InvalidFileError, gc_paused, parse_json, read_bytes, validate
from wargame.storage.streaming import document_in_one_pass


class FileKind(StrEnum):
    """The three file kinds the app reads."""

    SCENARIO = "scenario"
    SAVE = "save"
    MOVES = "moves"


def detect_kind(doc: Any) -> FileKind:
    """Tell a scenario, a save and a moves file apart by their keys."""
    if isinstance(doc, dict):
        if "events" in doc:
            return FileKind.SAVE
        if "turns" in doc and "actors" not in doc:
            return FileKind.MOVES
        if "actors" in doc:
            return FileKind.SCENARIO
    raise InvalidFileError(
        [
            (
                "$",
                "not a wargame file: expected a scenario ('actors'), "
                "save ('events') or moves ('turns')",
            )
        ]
    )


def _scenario_problems(scn: Scenario) -> list[tuple[str, str]]:
    return scenario_problems(scn)


def scenario_from_doc(doc: Any) -> Scenario:
    """Validate a parsed scenario document."""
    if not isinstance(doc, dict):
        raise InvalidFileError([("$", "expected a JSON object")])
    doc = upgrade(doc, SCENARIO_SCHEMA_VERSION, SCENARIO_MIGRATIONS, "scenario")
    doc = with_catalogue(doc)
    return validate(Scenario, doc, _scenario_problems)


def save_from_doc(doc: Any) -> SaveFile:
    """Validate a parsed save document (cross-references included, replay not)."""
    if not isinstance(doc, dict):
        raise InvalidFileError([("$", "expected a JSON object")])
    doc = upgrade(doc, SAVE_SCHEMA_VERSION, SAVE_MIGRATIONS, "save")

    def extra(save: SaveFile) -> list[tuple[str, str]]:
        problems = [(f"$.scenario{p[1:]}", m) for p, m in scenario_problems(save.scenario)]
        if save.cursor > len(save.events):
            problems.append(("$.cursor", f"cursor {save.cursor} beyond {len(save.events)} events"))
        for i, br in enumerate(save.branches):
            if br.cursor > len(br.events):
                problems.append((f"$.branches[{i}].cursor", "cursor beyond the branch's events"))
        names = [save.branch, *(b.name for b in save.branches)]
        if len(set(names)) != len(names):
            problems.append(("$.branches", "branch names repeat"))
        if save.parent is not None and save.parent not in names:
            problems.append(("$.parent", f"no branch {save.parent!r} in this save"))
        for i, br in enumerate(save.branches):
            if br.parent is not None and br.parent not in names:
                problems.append(
                    (f"$.branches[{i}].parent", f"no branch {br.parent!r} in this save")
                )
        return problems

    return validate(SaveFile, doc, extra)


def moves_from_doc(doc: Any) -> MovesFile:
    """Validate a parsed moves document."""
    return validate(MovesFile, doc)


def _load(path: Path, fn: Any) -> Any:
    path = Path(path)
    try:
        return fn(parse_json(read_bytes(path)))
    except InvalidFileError as exc:
        exc.file = str(path)
        raise


def load_scenario(path: Path) -> Scenario:
    """Read a scenario file; raise :class:`InvalidFileError` naming each problem."""
    result: Scenario = _load(path, scenario_from_doc)
    return result


def load_save(path: Path) -> SaveFile:
    """Read a save file; raise :class:`InvalidFileError` naming each problem."""
    path = Path(path)
    try:
        return read_save(path)
    except InvalidFileError as exc:
        exc.file = str(path)
        raise


def read_save(path: Path) -> SaveFile:
    """Read a save file as :func:`load_save` does, leaving the file's name off the
    problems (for callers that name the file their own way). A clean save of the current
    schema is read in one pass (:mod:`wargame.storage.streaming`): its bytes are let go
    once decoded and its log is validated as it is parsed."""
    data = read_bytes(Path(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return save_from_doc(parse_json(data))  # raises, saying why
    del data  # the text is all the reader needs: the bytes are not kept beside it
    return _one_pass(text) or save_from_doc(parse_json(text.encode()))


def quick_save(path: Path) -> SaveFile | None:
    """The save in the file at ``path`` when it is a clean save of the current schema,
    read in one pass; None for anything else (another kind of file, an older schema, a
    problem: read it the general way to learn which)."""
    try:
        data = read_bytes(Path(path))
        text = data.decode("utf-8-sig")
    except (InvalidFileError, UnicodeDecodeError):
        return None
    del data
    return _one_pass(text)


def _one_pass(text: str, lean: bool = True) -> SaveFile | None:
    doc = document_in_one_pass(text, lean)
    if doc is None:
        return None
    try:
        return save_from_doc(doc)
    except InvalidFileError:
        return None


def save_from_bytes(data: bytes, lean: bool = True) -> SaveFile:
    """A save from its bytes: in one pass when it is clean, else by the general reader
    (raising :class:`InvalidFileError` with the problems it has always named). ``lean``
    as in :func:`~wargame.storage.streaming.document_in_one_pass`."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return save_from_doc(parse_json(data))
    return _one_pass(text, lean) or save_from_doc(parse_json(data))


def load_moves(path: Path) -> MovesFile:
    """Read a moves file; raise :class:`InvalidFileError` naming each problem."""
    result: MovesFile = _load(path, moves_from_doc)
    return result


def dump_save(save: SaveFile) -> bytes:
    """Serialise a save to JSON bytes."""
    with gc_paused():
        return save.model_dump_json(indent=None).encode()


class UnreadableSaveError(SaveFormatError, OSError):
    """A save that would not read back: refused before the file on disk is touched.

    Also an :class:`OSError`, so every caller that reports a failed write (the console,
    the command line) reports this one the same way."""


def write_save(path: Path, save: SaveFile) -> None:
    """Write a save atomically, stamping version and time.

    The bytes are read back through the same reader and checks as :func:`load_save` before
    they replace anything: a save that could not be opened again is refused with
    :class:`UnreadableSaveError` and the old file stays as it was."""
    stamped = save.model_copy(
        update={
            "app_version": __version__,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    )
    data = dump_save(stamped)
    try:
        save_from_bytes(data, lean=False)  # only read through: nothing is kept
    except InvalidFileError as exc:
        where, message = exc.problems[0]
        raise UnreadableSaveError(
            f"not saved: the save would not open again ({message}); the file on disk is unchanged",
            where,
        ) from exc
    atomic_write(Path(path), data)
