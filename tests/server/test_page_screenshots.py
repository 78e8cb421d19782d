"""`make screenshots` photographs the players' pages at phone size (docs/page_screenshots.py)."""

import struct
import subprocess
import sys

from tests.chromium import needs_chromium
from tests.conftest import ROOT

PAGES = ("team-page-390.png", "team-page-390-top.png", "white-page-390.png")
"""The pages' screenshots in the README."""


@needs_chromium
def test_the_pages_are_photographed_at_phone_size(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "page_screenshots.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    readme = (ROOT / "README.md").read_text()
    for name in PAGES:
        png = (tmp_path / name).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (390, 844), name
        assert len(png) > 20_000, name  # a drawn page, not a blank one
        assert f"docs/screenshots/{name}" in readme
