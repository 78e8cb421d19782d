"""The compiled engine (make test-compiled runs tests/core and tests/session on it): the
extensions really are the modules loaded, and a build from other sources is refused."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import wargame.core
from wargame.core import engine

COMPILED = os.environ.get("WARGAME_COMPILED_CORE")


@pytest.mark.skipif(not COMPILED, reason="the pure-Python run; make test-compiled runs this")
def test_the_compiled_modules_are_the_ones_loaded():
    """Every module the build lists loads from its extension, none from its .py file."""
    import importlib

    assert wargame.core.COMPILED
    sources = (Path(str(COMPILED)) / "SOURCES").read_text().splitlines()
    built = [line.split()[0] for line in sources if line]
    assert "engine" in built and len(built) >= 10
    for name in built:
        module = importlib.import_module(f"wargame.core.{name}")
        assert Path(str(module.__file__)).suffix == ".so", name
    assert Path(engine.__file__).suffix == ".so"


def test_a_build_of_other_sources_is_refused_with_a_warning(tmp_path):
    """A stale build (its SOURCES digests another engine.py) leaves the pure engine in use."""
    (tmp_path / "SOURCES").write_text("engine " + "0" * 64 + "\n")
    code = (
        "import warnings, wargame.core as c\n"
        "print(c.COMPILED, c.engine.__file__ if hasattr(c, 'engine') else '')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-W", "default", "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "WARGAME_COMPILED_CORE": str(tmp_path)},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("False")
    assert "engine changed since the build" in proc.stderr
