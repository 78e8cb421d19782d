"""The README's screenshots: every screen it shows is rendered."""

import re

from tests.conftest import ROOT
from tests.server.test_page_screenshots import PAGES


def test_screenshots_render_every_screen(tmp_path):
    from wargame.ui.screenshots import render_all

    files = render_all(tmp_path)
    readme = (ROOT / "README.md").read_text()
    by_browser = {"report-page.png"} | set(PAGES)  # photographed by Chromium (make screenshots)
    shown = set(re.findall(r"docs/screenshots/([\w-]+\.png)", readme)) - by_browser
    assert shown <= {f.name for f in files}  # every screen the README shows is rendered
    for f in files:
        assert f.stat().st_size > 5000, f
