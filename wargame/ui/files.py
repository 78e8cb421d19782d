"""Opening, saving, autosave and crash recovery, for the main window."""

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from wargame.core.errors import ReplayError, WargameError
from wargame.resources import SCENARIOS, frozen, root
from wargame.session.documents import Opened, open_document
from wargame.session.persist import to_save
from wargame.session.session import Session
from wargame.storage.atomic import atomic_write
from wargame.storage.files import load_scenario, write_save
from wargame.storage.problems import InvalidFileError, parse_json, read_bytes

AUTOSAVE_NAME = "autosave.json"
ORIGIN_NAME = "autosave.origin"

logger = logging.getLogger(__name__)


class OpenError(Exception):
    """A file that cannot be opened, with a message for the dialog."""

    def __init__(self, path: Path, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.path = path
        self.lines = lines


def open_file(path: Path, seed: int = 0) -> Opened:
    """Read a scenario (starting a new session) or a save (replayed and checked)."""
    try:
        opened = open_document(path, seed)
    except InvalidFileError as exc:
        exc.file = str(path)
        raise OpenError(path, exc.lines()) from exc
    except ReplayError as exc:
        raise OpenError(
            path, [f"{path}: {exc.path}: the replay does not match the recorded session: {exc}"]
        ) from exc
    except WargameError as exc:
        raise OpenError(path, [f"{path}: {exc}"]) from exc
    logger.info("opened %s %s", opened.kind.value, path)
    return opened


def bundled_scenarios() -> list[tuple[Path, str]]:
    """The scenarios that ship, with their titles, ordered by title (unreadable ones are
    left out: File ▸ Open reports their problems)."""
    out = []
    for path in sorted(SCENARIOS.glob("*.json")):
        try:
            out.append((path, load_scenario(path).title))
        except WargameError:
            continue
    return sorted(out, key=lambda pt: pt[1])


def save_session(session: Session, path: Path) -> None:
    """Write the session atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_save(path, to_save(session))
    # the autosave is written after every event: only --debug logs it
    level = logging.DEBUG if path.name == AUTOSAVE_NAME else logging.INFO
    logger.log(level, "saved %d events to %s", len(session.log), path)


def default_autosave_dir() -> Path:
    """The user's data folder for autosaves."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) if base else Path.home() / ".wargame"


def saves_dir() -> Path:
    """Where the file dialogs start: ``saves/`` in a checkout, the user's documents
    folder (``Documents/wargame``) in an installed bundle, whose own folder may be
    read-only."""
    if not frozen():
        return root() / "saves"
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = (Path(docs) if docs else Path.home()) / "wargame"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Autosaver:
    """Writes the session after every committed event; the file is removed on a clean exit.

    A leftover file at start-up means the last run did not end cleanly: the app
    offers to recover it. Beside it, ``autosave.origin`` names the file the session
    was saved to, so a recovered session keeps its name.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / AUTOSAVE_NAME
        self.origin_path = folder / ORIGIN_NAME
        self.last_error = ""

    def save(self, session: Session, origin: Path | None = None) -> bool:
        """Write the autosave (and the name of the session's file); on failure remember
        why and return False."""
        try:
            save_session(session, self.path)
            if origin is not None:
                atomic_write(self.origin_path, str(origin.resolve()).encode())
            else:
                self.origin_path.unlink(missing_ok=True)
        except OSError as exc:
            self.last_error = str(exc)
            return False
        self.last_error = ""
        return True

    def clear(self) -> None:
        """Forget the autosave (clean exit)."""
        self.path.unlink(missing_ok=True)
        self.origin_path.unlink(missing_ok=True)

    def pending(self) -> Path | None:
        """The autosave left by a run that did not end cleanly, if any."""
        return self.path if self.path.exists() else None

    def origin(self) -> Path | None:
        """The file the autosaved session belonged to (None if it was never saved)."""
        try:
            text = self.origin_path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return Path(text) if text else None


@dataclass(frozen=True)
class AutosaveInfo:
    """What the recovery prompt says about an autosave."""

    title: str
    """The scenario's title ("" if the file cannot be read)."""
    saved_at: dt.datetime | None
    """When it was written (local time), if known."""
    origin: Path | None
    """The file the session belonged to, if it had been saved."""


def autosave_info(path: Path) -> AutosaveInfo:
    """Read the title and time of an autosave, and the file it belonged to, for the
    recovery prompt (what cannot be read is left empty: opening it reports the problem)."""
    title, saved_at = "", None
    try:
        doc = parse_json(read_bytes(path))
    except InvalidFileError:
        doc = {}
    scenario = doc.get("scenario") if isinstance(doc, dict) else None
    if isinstance(scenario, dict) and isinstance(scenario.get("title"), str):
        title = scenario["title"]
    stamp = doc.get("saved_at") if isinstance(doc, dict) else None
    if isinstance(stamp, str):
        try:
            saved_at = dt.datetime.fromisoformat(stamp).astimezone()
        except ValueError:
            saved_at = None
    return AutosaveInfo(title, saved_at, Autosaver(path.parent).origin())
