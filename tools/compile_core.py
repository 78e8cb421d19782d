"""Compile the engine's hot modules with mypyc into a directory of their own.

    python tools/compile_core.py [OUT]        (default: build/compiled-core)

The checkout is never touched: the package is copied to a temporary folder, compiled there,
and only the extension modules are kept in OUT, with the digest of the sources they were
built from. They are used only when WARGAME_COMPILED_CORE names OUT (see
wargame/core/__init__.py), so the .py files stay the reference everywhere else.
"""

import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "wargame" / "core"
MODULES = (
    "engine",
    "resolve",
    "escalation",
    "ledger",
    "adjudication",
    "bots",
    "legal",
    "precompiled",
    "targets",
    "dice",
    "state",
    "world",
)
"""The hot modules. Not compiled: events (its dataclasses' pydantic config becomes a field
and the module fails to import), enums (their docstrings, hence the JSON schemas, are lost),
and the pydantic models (scenario, actions, conditions, params)."""


def manifest(core: Path) -> str:
    """One line per compiled module: its name and the SHA-256 of the source it came from."""
    return "".join(
        f"{m} {hashlib.sha256((core / f'{m}.py').read_bytes()).hexdigest()}\n" for m in MODULES
    )


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "compiled-core").resolve()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(
            ROOT / "wargame", work / "wargame", ignore=shutil.ignore_patterns("__pycache__", "*.so")
        )
        os.chdir(work)
        ext = mypycify(
            ["--config-file", str(ROOT / "pyproject.toml")]
            + [f"wargame/core/{m}.py" for m in MODULES],
            opt_level="3",
            group_name="wargame.core.compiled",
        )
        setup(
            name="wargame-compiled-core",
            ext_modules=ext,
            script_args=["-q", "build_ext", "--inplace"],
        )
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        for so in (work / "wargame" / "core").glob("*.so"):
            shutil.copy2(so, out / so.name)
    (out / "SOURCES").write_text(manifest(CORE))
    print(f"compiled {len(MODULES)} modules into {out} in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
