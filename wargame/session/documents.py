"""Opening a file as a session: the one path the console, the command line and the server
share to read a scenario or a save, so that all three trust a file on the same rules."""

from dataclasses import dataclass
from pathlib import Path

from wargame.session.persist import from_save
from wargame.session.session import Session
from wargame.storage.files import FileKind, detect_kind, save_from_doc, scenario_from_doc
from wargame.storage.problems import InvalidFileError, parse_json, read_bytes


@dataclass(frozen=True)
class Opened:
    """A session read from a file."""

    session: Session
    """The session, its cursor where the save left it (a new session is at the start)."""
    kind: FileKind
    """Whether the file was a scenario (a new session) or a save."""
    migrated_from: int | None = None
    """The older schema a save was written in, when its meters were recomputed."""


def open_document(path: Path, seed: int = 0, *, saves_only: bool = False) -> Opened:
    """Read a scenario (starting a new session with ``seed``) or a save (replayed and
    proved, every timeline).

    Raises :class:`~wargame.storage.problems.InvalidFileError` for a file that cannot be
    read or is not a scenario or a save (``saves_only``: not a save), and
    :class:`~wargame.core.errors.ReplayError` for a save that does not reproduce.
    """
    doc = parse_json(read_bytes(path))
    kind = detect_kind(doc)
    if kind is FileKind.SAVE:
        save = save_from_doc(doc)
        return Opened(from_save(save, verify=True), kind, save.migrated_from)
    if saves_only:
        raise InvalidFileError([("$", f"expected a save, found a {kind.value} file")])
    if kind is FileKind.SCENARIO:
        return Opened(Session(scenario_from_doc(doc), seed), kind)
    raise InvalidFileError([("$", "a moves file is played with 'wargame run', not opened")])
