"""Debian's Chromium driven through chromium-driver (Selenium), for the players' pages.

``make test`` installs both when it can; without them the browser tests are skipped and
say why. The browser is started as the machine's probe found it must be here: headless,
no sandbox (root in a container), and no background traffic to the closed network.
"""

import shutil
from pathlib import Path

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
