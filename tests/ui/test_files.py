"""Where file dialogs start, from a checkout and from an installed bundle."""

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from tests.conftest import ROOT
from wargame.ui.files import saves_dir


def test_a_checkout_saves_beside_the_code():
    assert saves_dir() == ROOT / "saves"


def test_a_bundle_saves_in_the_users_documents(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = saves_dir()
    assert folder == Path(docs) / "wargame"
    assert folder.is_dir()
    assert folder.is_relative_to(tmp_path / "home")  # not inside the (read-only) bundle
