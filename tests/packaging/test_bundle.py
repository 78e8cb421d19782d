"""Smoke checks of the built bundle (``make package-test``): the frozen binary, moved away
from the source tree and run with no Python environment, does what the README promises."""

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT
from wargame import __version__
from wargame.resources import APP_ID

pytestmark = pytest.mark.bundle

DIST = ROOT / "dist" / "wargame"
SCENARIO = Path("_internal/assets/scenarios/iran_pakistan_2024.json")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """A copy of dist/wargame in a folder of its own, away from the checkout."""
    assert (DIST / "wargame").is_file(), "no bundle in dist/wargame: run `make package`"
    target = tmp_path_factory.mktemp("elsewhere") / "wargame"
    shutil.copytree(DIST, target, symlinks=True)
    return target


@pytest.fixture
def home(tmp_path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def run(
    bundle: Path,
    home: Path,
    *args: str,
    binary: Path | None = None,
    platform: str = "offscreen",
    wrapper: tuple[str, ...] = (),
):
    """The binary with a bare environment: no virtualenv, no PYTHONPATH, a fresh home."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": platform,
        "XDG_RUNTIME_DIR": str(home),
    }
    return subprocess.run(
        [*wrapper, str(binary or bundle / "wargame"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=180,
        check=False,
    )


def test_version(bundle, home):
    proc = run(bundle, home, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"wargame {__version__}"


def test_about_lists_the_bundled_components(bundle, home):
    proc = run(bundle, home, "about")
    assert proc.returncode == 0, proc.stderr
    for name in ("PySide6_Essentials", "pyqtgraph", "networkx", "pydantic", "numpy"):
        assert any(line.startswith(f"{name} ") for line in proc.stdout.splitlines()), name
    # licence texts travel with the component metadata
    assert list((bundle / "_internal").glob("pyside6_essentials-*.dist-info"))


def test_validate_accepts_the_scenario_and_explains_a_bad_file(bundle, home):
    proc = run(bundle, home, "validate", str(bundle / SCENARIO))
    assert proc.returncode == 0, proc.stderr
    assert "valid scenario file" in proc.stdout
    bad = home / "bad.json"
    bad.write_text('{"id": "x", "turns": "many"')
    proc = run(bundle, home, "validate", str(bad))
    assert proc.returncode == 2
    assert "bad.json" in proc.stderr and "Traceback" not in proc.stderr


def test_every_bundled_scenario_checks_against_history_in_the_bundle(bundle, home):
    scenarios = sorted((bundle / SCENARIO.parent).glob("*.json"))
    assert len(scenarios) >= 4  # with the shared catalogue they name
    for path in scenarios:
        proc = run(bundle, home, "check", str(path))
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert proc.stdout.splitlines()[-1].endswith("checkpoints hold")


def test_run_history_then_replay(bundle, home):
    proc = run(bundle, home, "run", str(bundle / SCENARIO), "--history", "--out", "s.json")
    assert proc.returncode == 0, proc.stderr
    proc = run(bundle, home, "replay", "s.json")
    assert proc.returncode == 0, proc.stderr
    assert "every digest matches" in proc.stdout


@pytest.mark.parametrize("start", ["fork", "spawn"])  # spawn is what the console uses
def test_forecast_on_two_worker_processes(bundle, home, start):
    args = ("forecast", str(bundle / SCENARIO), "--runs", "20", "--horizon", "2", "--json")
    proc = run(bundle, home, *args, "--workers", "2", "--start-method", start)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["runs"] == 20
    one = run(bundle, home, *args, "--workers", "1")
    assert json.loads(one.stdout) == summary  # the processes really ran the same rollouts


def test_gui_starts_offscreen_and_draws_the_console(bundle, home):
    shot = home / "console.png"
    proc = run(bundle, home, "gui", "--screenshot", str(shot))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, 400, 23)}
    assert len(colours) > 10  # a drawn window, not a blank surface


def test_gui_starts_on_an_x_server(bundle, home):
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:  # `make package-test` installs it when it runs as root
        pytest.skip("xvfb-run is not installed (Debian: xvfb)")
    shot = home / "x11.png"
    wrapper = (xvfb, "-a", "-s", "-screen 0 1600x1000x24")
    proc = run(bundle, home, "gui", "--screenshot", str(shot), platform="xcb", wrapper=wrapper)
    assert proc.returncode == 0, proc.stderr
    assert "could not load the Qt platform plugin" not in proc.stderr
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 600


def test_install_script_puts_the_app_in_the_menu_and_removes_it(bundle, home):
    prefix = home / "prefix"
    proc = subprocess.run(
        [bundle / "install.sh", "--prefix", prefix], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    installed = prefix / "bin" / "wargame"
    assert run(bundle, home, "--version", binary=installed).stdout.startswith("wargame ")
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    execs = [line for line in desktop.read_text().splitlines() if line.startswith("Exec=")]
    assert execs == [f"Exec={prefix}/lib/wargame/wargame gui %f"]
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    for size in ("48x48", "256x256", "scalable"):
        assert list((prefix / "share/icons/hicolor" / size / "apps").glob(f"{APP_ID}.*"))
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", desktop], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    proc = subprocess.run(
        [bundle / "install.sh", "--uninstall", "--prefix", prefix],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    caches = {"mimeinfo.cache", "icon-theme.cache"}  # the desktop's shared indexes stay
    left = [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]
    assert [p for p in left if p.name not in caches] == []


def test_tarball_holds_the_bundle():
    tarballs = list((ROOT / "dist").glob(f"wargame-{__version__}-linux-*.tar.gz"))
    assert len(tarballs) == 1
    with tarfile.open(tarballs[0]) as tar:
        names = set(tar.getnames())
    assert {"wargame/wargame", "wargame/install.sh", f"wargame/{SCENARIO}"} <= names
    assert os.access(DIST / "install.sh", os.X_OK)


def test_serve_hands_out_working_links_from_the_bundle(bundle, home):
    """The frozen binary serves the players' pages (their files travel in the bundle) and
    the API, and stops cleanly on SIGTERM."""
    import signal
    import urllib.request
    from urllib.parse import urlsplit

    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    proc = subprocess.Popen(
        [
            str(bundle / "wargame"),
            "serve",
            str(bundle / SCENARIO),
            "--bind",
            "127.0.0.1:0",
            "--out",
            "served.json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=home,
    )
    try:
        assert proc.stdout is not None
        links = [json.loads(proc.stdout.readline()) for _ in range(3)]
        team = urlsplit(links[1]["url"])
        base = f"http://{team.hostname}:{team.port}"
        with urllib.request.urlopen(base + "/team", timeout=10) as page:
            assert b"/static/team.js" in page.read()
        with urllib.request.urlopen(base + "/static/team.js", timeout=10) as script:
            assert b"follow(render)" in script.read()
        request = urllib.request.Request(
            base + "/api/view", headers={"Authorization": f"Bearer {team.fragment}"}
        )
        with urllib.request.urlopen(request, timeout=10) as reply:
            assert json.loads(reply.read())["team"] == links[1]["team"]
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert (home / "served.json").is_file()
