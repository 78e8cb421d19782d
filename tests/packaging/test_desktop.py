"""The freedesktop files: valid by the reference validators, and in step with the app."""

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT
from wargame import __version__
from wargame.about import LICENCE_SPDX, SUMMARY
from wargame.resources import APP_ID, ICONS

DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:  # `make test` installs it when it runs as root
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def test_the_desktop_entry_validates():
    proc = subprocess.run(
        [tool("desktop-file-validate"), DESKTOP], capture_output=True, text=True, check=False
    )
    problems = [line for line in proc.stdout.splitlines() if "hint:" not in line]
    assert proc.returncode == 0 and not problems, proc.stdout + proc.stderr


def test_the_metainfo_validates_without_warnings():
    proc = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--no-color", METAINFO],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not [line for line in proc.stdout.splitlines() if line.startswith(("E:", "W:"))]


def test_the_validators_would_catch_a_broken_file(tmp_path):
    broken = tmp_path / f"{APP_ID}.metainfo.xml"
    broken.write_text(
        METAINFO.read_text().replace("<summary>", "<summary>.").replace("</id>", "</di>")
    )
    proc = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", broken], capture_output=True, check=False
    )
    assert proc.returncode != 0
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(DESKTOP.read_text().replace("Type=Application\n", ""))
    proc = subprocess.run([tool("desktop-file-validate"), entry], capture_output=True, check=False)
    assert proc.returncode != 0


def test_the_files_agree_with_the_application():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP)
    group = entry["Desktop Entry"]
    assert group["Icon"] == APP_ID
    assert group["Exec"].split()[0] == "wargame"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("summary") == SUMMARY
    assert root.findtext("project_license") == LICENCE_SPDX
    assert root.findtext("provides/binary") == "wargame"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert (ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
