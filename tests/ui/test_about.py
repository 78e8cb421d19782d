"""Help ▸ About: version, licence, the scenario's sources, the components."""

from importlib import metadata

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import on_modal
from tests.ui.facilitator import _menu_action
from wargame import __version__
from wargame.about import LICENCE
from wargame.ui.about import AboutDialog


def test_help_about_shows_version_licence_sources_and_components(window):
    seen = {}

    def read(dialog):
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.body.toPlainText()
        seen["buttons"] = [b.text() for b in dialog.findChildren(type(dialog.about_qt))]
        dialog.reject()

    on_modal(read)
    _menu_action(window, "Help", "About wargame").trigger()
    text = seen["text"]
    assert seen["title"] == "About wargame"
    assert f"wargame {__version__}" in text
    assert LICENCE in text
    for source in window.session.scenario.sources:
        assert source in text
    for dist in ("PySide6_Essentials", "pyqtgraph", "networkx", "pydantic", "numpy"):
        assert f"{dist}\n{metadata.version(dist)}\n" in text  # one table row
    assert "About Qt" in seen["buttons"]


def test_about_shows_hostile_scenario_text_as_text(qtbot, default_scenario):
    hostile = default_scenario.model_copy(
        update={
            "title": "<b>bold</b> title",
            "sources": ['<img src="file:///etc/passwd">', "<a href='x'>link</a>"],
        }
    )
    dialog = AboutDialog(hostile)
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    assert "<b>bold</b> title" in text
    assert '<img src="file:///etc/passwd">' in text
    assert "<a href='x'>link</a>" in text
    assert "<img" not in dialog.body.toHtml().replace("&lt;img", "")


def test_about_says_when_a_scenario_names_no_sources(qtbot, default_scenario):
    dialog = AboutDialog(default_scenario.model_copy(update={"sources": []}))
    qtbot.addWidget(dialog)
    assert "The scenario names no sources." in dialog.body.toPlainText()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert not dialog.isVisible()
