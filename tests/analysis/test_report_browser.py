"""The after-action report opens in a real headless browser (Debian's Chromium)."""

import shutil
import subprocess

import pytest

from wargame.analysis.report import render_report
from wargame.session.headless import play
from wargame.session.session import Session

CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed and could not be "
    "installed by `make test` here (see the Makefile's browser target)",
)
def test_report_renders_in_headless_chromium(default_scenario, tmp_path):
    session = Session(default_scenario)
    play(session, default_scenario.history[:4])
    session.annotate("bookmark for the browser", bookmark=True)
    page = tmp_path / "report.html"
    page.write_text(render_report(session))
    assert CHROMIUM is not None
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert dom.count("<svg") == 2 and "<polyline" in dom
    assert "bookmark for the browser" in dom
    assert "Timeline of decisions" in dom
