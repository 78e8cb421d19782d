"""Opening, saving, autosave and crash recovery, for the main window."""

import datetime as dt
import hashlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from wargame.core.errors import ReplayError, WargameError
from wargame.resources import SCENARIOS, frozen, root
from wargame.session.documents import Opened, open_document
from wargame.session.persist import to_save
from wargame.session.session import Session
from wargame.storage.atomic import atomic_write
from wargame.storage.files import load_scenario, write_save
from wargame.storage.problems import InvalidFileError, parse_json, read_bytes

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


def save_session(session: Session, path: Path, autosave: bool = False) -> None:
    """Write the session atomically (an ``autosave`` is logged only with --debug: it is
    written after every event)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_save(path, to_save(session))
    level = logging.DEBUG if autosave else logging.INFO
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
    """Writes the session after every committed event, to its own file; the file is
    removed on a clean exit.

    Each console writes its own ``session-<id>.json`` in the autosave folder and holds
    a lock beside it (``.lock``, a QLockFile) while it runs, so that two consoles never
    share an autosave, a second console never takes the first one's file for a crash,
    and nobody deletes another's. A leftover file whose lock nobody holds means a run
    that did not end cleanly: the app offers to recover it. Beside each, ``.origin``
    names the file the session was saved to, so a recovered session keeps its name.

    Attributes:
        path: the autosave file. origin_path: the name of the session's own file.
        last_error: why the last autosave failed ("" after a success).
    """

    def __init__(self, folder: Path, name: str | None = None) -> None:
        self.folder = folder
        name = name or f"session-{secrets.token_hex(4)}"
        self.path = folder / f"{name}.json"
        self.origin_path = self.path.with_suffix(".origin")
        self.last_error = ""
        self._origin: Path | None = None
        self._origin_known = False
        """The name written beside the autosave (so it is written only when it changes)."""
        self._lock = QLockFile(str(self.path.with_suffix(".lock")))
        self._lock.setStaleLockTime(0)  # stale only when its owner is gone, never by age
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.last_error = exc.strerror or str(exc)
        self._lock.tryLock(0)

    @classmethod
    def adopt(cls, path: Path) -> "Autosaver | None":
        """Take over a leftover autosave (a recovered session writes where it was); None
        when another console has taken it meanwhile (its lock is held)."""
        adopted = cls(path.parent, path.stem)
        if not adopted.owns():
            return None
        return adopted

    def owns(self) -> bool:
        """Whether this console holds the autosave's lock."""
        return self._lock.isLocked()

    def let_go(self) -> None:
        """Release the lock without touching the files (a recovery declined or failed)."""
        if self._lock.isLocked():
            self._lock.unlock()

    def save(self, session: Session, origin: Path | None = None) -> bool:
        """Write the autosave (and the name of the session's file); on failure remember
        why and return False."""
        try:
            lock_file = self.path.with_suffix(".lock")
            if not self._lock.isLocked() or not lock_file.exists():
                # the folder was missing, or went away with the lock in it: lock anew
                if self._lock.isLocked():
                    self._lock.unlock()
                self.folder.mkdir(parents=True, exist_ok=True)
                self._lock.tryLock(0)
            save_session(session, self.path, autosave=True)
            named = origin.resolve() if origin is not None else None
            if named != self._origin or not self._origin_known:  # only when it changes
                if named is not None:
                    atomic_write(self.origin_path, str(named).encode())
                else:
                    self.origin_path.unlink(missing_ok=True)
                self._origin, self._origin_known = named, True
        except OSError as exc:
            self.last_error = exc.strerror or str(exc)
            return False
        self.last_error = ""
        return True

    def clear(self) -> None:
        """Forget the autosave (clean exit) and let the lock go."""
        self.path.unlink(missing_ok=True)
        self.origin_path.unlink(missing_ok=True)
        self._origin_known = False
        if self._lock.isLocked():
            self._lock.unlock()

    def pending(self) -> Path | None:
        """The autosave left by a run that did not end cleanly, if any (the newest whose
        owner is gone; never this console's own)."""
        for path in orphaned_autosaves(self.folder):
            if path != self.path:
                return path
        return None

    def origin(self) -> Path | None:
        """The file the autosaved session belonged to (None if it was never saved)."""
        return _origin_of(self.origin_path)


def _origin_of(origin_path: Path) -> Path | None:
    try:
        text = origin_path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text) if text else None


def orphaned_autosaves(folder: Path) -> list[Path]:
    """Autosaves in ``folder`` whose console is gone (nobody holds their lock), newest
    first. A console that is running keeps its lock: its autosave is never listed."""
    try:
        candidates = [p for p in folder.glob("*.json") if p.is_file()]
    except OSError:
        return []
    out: list[tuple[float, Path]] = []
    for path in candidates:
        lock = QLockFile(str(path.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):  # free (or its owner died): an orphan
            lock.unlock()
            try:
                out.append((path.stat().st_mtime, path))
            except OSError:
                continue  # gone meanwhile (another console recovered or discarded it)
    return [path for _, path in sorted(out, reverse=True)]


def discard_autosave(path: Path) -> None:
    """Delete an orphaned autosave the user chose not to recover (with its origin)."""
    path.unlink(missing_ok=True)
    path.with_suffix(".origin").unlink(missing_ok=True)


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
    return AutosaveInfo(title, saved_at, _origin_of(path.with_suffix(".origin")))


class FileClaim:
    """Which save file this console has open, claimed with a lock in the autosave folder,
    so that a second console opening the same file can say so (and open a copy)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path: Path | None = None
        self._lock: QLockFile | None = None

    def _lock_for(self, path: Path) -> QLockFile:
        key = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
        lock = QLockFile(str(self.folder / f"open-{key}.lock"))
        lock.setStaleLockTime(0)
        return lock

    def claim(self, path: Path | None) -> bool:
        """Hold ``path`` (letting the previous file go); False when another console holds
        it (nothing is claimed then)."""
        if path is not None and self.path is not None and path.resolve() == self.path.resolve():
            return True
        lock = None
        if path is not None:
            lock = self._lock_for(path)
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                self.release()
                self.path = path
                return True  # nowhere to keep claims: do not stand in the way
            if not lock.tryLock(0) and lock.error() is QLockFile.LockError.LockFailedError:
                return False  # held by another console
            if not lock.isLocked():
                lock = None  # cannot keep a claim here: do not stand in the way
        self.release()
        self.path, self._lock = path, lock
        return True

    def held_elsewhere(self, path: Path) -> bool:
        """Whether another console has ``path`` open now."""
        if self.path is not None and path.resolve() == self.path.resolve():
            return False
        lock = self._lock_for(path)
        if lock.tryLock(0):
            lock.unlock()
            return False
        # only a lock held by a live console counts; a folder we cannot write is no claim
        return lock.error() is QLockFile.LockError.LockFailedError

    def release(self) -> None:
        """Let the claimed file go."""
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()
        self.path, self._lock = None, None


def confirm_discard(parent: QWidget, text: str, save: Callable[[], bool]) -> bool:
    """Ask before unsaved changes are lost (``text`` says what has them): Save (then
    ``save()``), Discard or Cancel. True when the caller may go on."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Files", "Unsaved changes"),
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard
