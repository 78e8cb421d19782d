"""The pure domain: scenario models, events, the rules engine and seeded dice.

Nothing in this package touches Qt, files or the clock. One exception, opt-in: when
WARGAME_COMPILED_CORE names a folder built by ``make compiled`` from these very sources, the
engine's hot modules load from its mypyc extensions; the .py files stay the reference.
"""

import hashlib as _hashlib
import os as _os
import warnings as _warnings
from pathlib import Path as _Path


def _use_compiled(folder: str) -> bool:
    """Put ``folder`` first on this package's path if it was built from these sources."""
    here, there = _Path(__file__).parent, _Path(folder)
    try:
        lines = (there / "SOURCES").read_text().split("\n")
        built = dict(line.split(" ", 1) for line in lines if line)
        stale = [
            m
            for m, digest in built.items()
            if _hashlib.sha256((here / f"{m}.py").read_bytes()).hexdigest() != digest
        ]
    except (OSError, ValueError) as exc:
        _warnings.warn(f"WARGAME_COMPILED_CORE: no usable build in {folder} ({exc})", stacklevel=2)
        return False
    if stale:
        _warnings.warn(
            f"WARGAME_COMPILED_CORE: {', '.join(stale)} changed since the build "
            "(make compiled): running the pure-Python engine",
            stacklevel=2,
        )
        return False
    __path__.insert(0, str(there))
    return True


COMPILED = bool(_os.environ.get("WARGAME_COMPILED_CORE")) and _use_compiled(
    _os.environ["WARGAME_COMPILED_CORE"]
)
"""True when the engine's hot modules are the mypyc-compiled ones."""
