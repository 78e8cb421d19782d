"""Atomic file writes: temp file in the same folder, fsync, ``os.replace``.

A write follows a symbolic link to the file it names, keeps that file's permission bits,
refuses a read-only file, and never leaves more than a short-named temp file behind
(:func:`remove_stale_temps` sweeps those a killed writer left).
"""

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path

TEMP_PREFIX = ".wg-"
"""Start of our temp files' names (hidden, then a hash of the target's name)."""
TEMP_SUFFIX = ".tmp"
"""End of our temp files' names."""
_TEMP_NAME = re.compile(r"\.wg-[0-9a-f]{8}-[0-9a-z_]{8}\.tmp")
"""Exactly the names :func:`atomic_write` gives its temp files (mkstemp adds 8 characters)."""
STALE_AFTER = 300.0
"""Seconds after which a temp file of ours is taken for the leftover of a killed write."""


class ReadOnlyFileError(PermissionError):
    """The file to replace is read-only (decided from its mode bits, so also for root)."""


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()
"""The process umask, read once at import: reading it means setting it for a moment,
which must not happen while a worker thread (the PDF export) creates a file."""


def _umask() -> int:
    return _UMASK


def _temp_prefix(name: str) -> str:
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{TEMP_PREFIX}{digest}-"


def remove_stale_temps(folder: Path, older_than: float = STALE_AFTER) -> int:
    """Remove temp files of ours in ``folder`` older than ``older_than`` seconds (leftovers
    of killed writes); return how many went. Only names of our exact pattern, only regular
    files (never a link), and never an error: a sweep must not fail a save or a start-up."""
    removed = 0
    cutoff = time.time() - older_than
    try:
        entries = os.scandir(folder)
    except OSError:
        return 0
    with entries:
        for entry in entries:
            if not _TEMP_NAME.fullmatch(entry.name):
                continue
            try:
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode) and st.st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


def _existing(target: Path) -> os.stat_result | None:
    """The target's status, or None when it does not exist yet; refuses a folder or a
    read-only file before anything is written."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(
            errno.EISDIR, f"{target.name} is a folder: give a file name", str(target)
        )
    if not stat.S_ISREG(st.st_mode):
        raise OSError(
            errno.EINVAL, f"{target.name} is not a regular file: cannot replace it", str(target)
        )
    if not st.st_mode & 0o222:
        raise ReadOnlyFileError(
            errno.EACCES,
            f"{target.name} is read-only: make it writable or save under another name",
            str(target),
        )
    return st


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    A link is followed (its target is replaced, the link stays), an existing file keeps its
    permission bits, and a read-only file is refused with :class:`ReadOnlyFileError`."""
    target = Path(os.path.realpath(path))
    folder = target.parent
    old = _existing(target)
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=TEMP_SUFFIX, dir=folder)
    try:
        if old is not None:
            os.fchmod(fd, stat.S_IMODE(old.st_mode) & 0o777)
            if hasattr(os, "fchown") and (old.st_uid, old.st_gid) != (
                os.geteuid(),
                os.getegid(),
            ):
                with contextlib.suppress(OSError):
                    os.fchown(fd, old.st_uid, old.st_gid)
        else:
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        remove_stale_temps(folder)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
