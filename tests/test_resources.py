"""Shipped files are found from a checkout and from a bundle alike."""

import sys

from tests.conftest import ROOT
from wargame import resources


def test_a_checkout_finds_its_assets():
    assert not resources.frozen()
    assert resources.root() == ROOT
    assert resources.DEFAULT_SCENARIO.is_file()
    assert list(resources.TRANSLATIONS.glob("wargame_*.ts"))


def test_a_bundle_looks_beside_its_code(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.frozen()
    assert resources.root() == tmp_path
