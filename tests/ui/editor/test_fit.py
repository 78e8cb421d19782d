"""The editor on a 1366 x 768 laptop: the window, each tab's tables and buttons and the main
actions are on screen and in sight, on a bundled scenario as on the template."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from tests.ui.editor.steps import close_editor
from wargame.resources import DEFAULT_SCENARIO
from wargame.ui.editor.document import read_doc
from wargame.ui.editor.window import EditorWindow
from wargame.ui.screenfit import FRAME

LAPTOPS = {
    "1366x768": QRect(0, 0, 1366, 768),
    "1366x768 under a top bar": QRect(0, 27, 1366, 741),
}


def on_screen(win: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(win, QPoint(0, 0)) + win.geometry().topLeft(), widget.size())


def main_parts(editor: EditorWindow) -> list[tuple[QWidget | None, QWidget]]:
    """Each tab's main widgets (None: the toolbar and the side panels)."""
    bar = editor.toolbar
    buttons = [
        bar.widgetForAction(a)
        for a in (
            editor.act_save,
            editor.act_undo,
            editor.act_redo,
            editor.act_check,
            editor.act_play,
        )
    ]
    e = editor
    return [
        *((None, b) for b in buttons),
        (None, e.problems.summary),
        (None, e.preview),
        (e.overview, e.overview.title),
        (e.overview, e.overview.briefing),
        (e.overview, e.overview.sources.add),
        (e.actors, e.actors.rows.table),
        (e.actors, e.actors.rows.delete),
        (e.actors, e.actors.profile),
        (e.actors, e.actors.host),
        (e.relations, e.relations.matrix),
        (e.relations, e.relations.kind),
        (e.relations, e.relations.rung_ba),
        (e.actions_tab, e.actions_tab.catalogue),
        (e.actions_tab, e.actions_tab.own.table),
        (e.actions_tab, e.actions_tab.effects.add),
        (e.injects, e.injects.rows.table),
        (e.injects, e.injects.import_button),
        (e.injects, e.injects.export_button),
        (e.injects, e.injects.text),
        (e.history, e.history.days),
        (e.history, e.history.add_day),
        (e.history, e.history.moves.table),
        (e.history, e.history.moves.duplicate),
        (e.expectations, e.expectations.rows.table),
        (e.expectations, e.expectations.rows.add),
    ]


@pytest.mark.parametrize("name", list(LAPTOPS))
def test_on_a_laptop_every_tab_and_main_action_is_on_screen(qtbot, name):
    screen = LAPTOPS[name]
    editor = EditorWindow(read_doc(DEFAULT_SCENARIO), DEFAULT_SCENARIO, available=screen)
    editor.show()
    qtbot.waitExposed(editor)
    try:
        least = editor.minimumSizeHint()
        assert least.width() <= screen.width() - FRAME.width(), least
        assert least.height() <= screen.height() - FRAME.height(), least
        assert screen.contains(editor.frameGeometry()), (editor.frameGeometry(), screen)
        editor.actors.rows.table.setCurrentCell(0, 0)
        editor.history.days.setCurrentRow(1)
        for tab, widget in main_parts(editor):
            if tab is not None:
                editor.tabs.setCurrentWidget(tab)
            QApplication.processEvents()
            label = f"{type(tab).__name__}: {widget.accessibleName() or type(widget).__name__}"
            assert widget.isVisible(), label
            assert screen.contains(on_screen(editor, widget)), label
            if isinstance(widget, QAbstractScrollArea):
                shown = widget.viewport().visibleRegion().boundingRect()
                assert shown.height() >= 90 and shown.width() >= 180, (label, shown)
            else:
                assert widget.visibleRegion().boundingRect() == widget.rect(), label
    finally:
        close_editor(editor)
