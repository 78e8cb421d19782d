"""Debian's Chromium driven through chromium-driver (Selenium), for the players' pages.

``make test`` installs both when it can; without them the browser tests are skipped and
say why. The browser is started as the machine's probe found it must be here: headless,
no sandbox (root in a container), and no background traffic to the closed network.
"""

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="chromium and chromium-driver are not installed and could not be installed by "
    "`make test` here (see the Makefile's browser target)",
)


def start_chromium(profile: Path, width: int = 390, height: int = 844):
    """A headless Chromium with a phone-sized window and an empty profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--window-size={width},{height}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    # a headless window is at least 500 px wide: emulate the phone's viewport exactly
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True},
    )
    return driver


def wait_on_page(
    check: Callable[[], Any], timeout: float = 20.0, pause: Callable[[], None] | None = None
) -> Any:
    """What ``check()`` gives once it is true; checks that raise count as not yet (the page
    is still drawing). ``pause`` waits between tries: ``lambda: qtbot.wait(50)`` when the
    Qt thread must run meanwhile (the console answers the page's requests)."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    seen: Any = None
    while time.monotonic() < deadline:
        try:
            found = seen = check()
            if found:
                return found
        except Exception as exc:  # not there yet: try again
            last = exc
        if pause is None:
            time.sleep(0.05)
        else:
            pause()
    raise AssertionError(f"timed out waiting on the page (last seen: {seen!r}, error: {last})")
