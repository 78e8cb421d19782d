"""The history chart: a branch compared with its parent or with the historical track, the
divergence marked, and the decisions of both lines side by side."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import on_modal
from wargame.analysis.compare import HISTORY
from wargame.core.enums import Decision
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced
from wargame.session.headless import play


def test_branch_against_parent_and_history(qtbot, window, default_scenario):
    session = window.session
    play(session, default_scenario.history[:4])
    chart = window.chart
    assert chart.compare.currentData() == HISTORY
    assert chart.divergence_turn is None  # played exactly as history: nothing diverges
    end_of_day_2 = next(r.index for r in session.resolved() if r.turn == 2)
    session.seek(end_of_day_2)
    session.branch_from_here("restraint")
    for _ in range(3):
        session.dispatch(PhaseAdvanced())  # review, next day's injects, orders
    session.dispatch(MoveSubmitted("PAK", "call_for_de_escalation", "IRN", "no strike"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveAdjudicated(0, Decision.ACCEPT))
    session.dispatch(PhaseAdvanced())
    assert chart.divergence_turn == 3  # against the historical track
    chart.compare.setCurrentIndex(chart.compare.findData("main"))
    assert chart.divergence_turn == 3 and chart.divergence_line is not None
    x, y = chart.history["esc:IRN-PAK"].getData()
    assert list(x) == [0.0, 1.0, 2.0, 3.0]
    assert y[3] > chart.data("esc:IRN-PAK")[1][3]  # the strike line peaks above restraint
    seen = {}

    def read(dialog):
        table = dialog.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())
        ]
        dialog.reject()

    on_modal(read)
    chart.decisions.click()
    first = seen["rows"][0]
    assert first[0] == "18 Jan 2024"
    assert "Call for de-escalation" in first[1]
    assert "Strike militant camps across the border" in first[2]


def ticks(axis, lo: float, hi: float, size: float) -> tuple[list[float], list[str]]:
    """The dated ticks the axis draws over ``lo``..``hi`` on ``size`` pixels, and their labels."""
    values = [v for _spacing, level in axis.tickValues(lo, hi, size) for v in level]
    return values, axis.tickStrings(values, 1.0, 1.0)


def test_the_date_axis_names_each_day_once_and_thins_out_when_crowded(qtbot, window):
    axis = window.chart.plot.getAxis("bottom")
    label = QFontMetrics(QApplication.font()).horizontalAdvance("30 Sep")
    for lo, hi, size in [(0, 3, 800), (0.3, 2.6, 800), (0, 30, 900), (0, 30, 250), (0, 365, 600)]:
        values, labels = ticks(axis, lo, hi, size)
        assert labels and len(set(labels)) == len(labels), (lo, hi, labels)  # no date twice
        assert all(v == int(v) and lo <= v <= hi for v in values)  # whole turns only
        assert len(labels) * label <= size  # room for every label
    assert ticks(axis, 0, 3, 800)[1] == ["15 Jan", "16 Jan", "17 Jan", "18 Jan"]  # every day
    assert len(ticks(axis, 0, 30, 250)[0]) < 8  # crowded: every few days
    # as drawn: a chart zoomed in on four days labels each of them once
    window.docks["chart"].raise_()
    window.chart.plot.setXRange(0, 3, padding=0)
    QApplication.processEvents()
    shown = ticks(axis, *axis.range, axis.width())[1]
    assert shown == ["15 Jan", "16 Jan", "17 Jan", "18 Jan"]


def test_the_legend_sits_above_the_plot_and_names_the_lines_shown(qtbot, window):
    chart = window.chart
    window.docks["chart"].raise_()
    QApplication.processEvents()
    assert chart.plot.plotItem.legend is None  # nothing drawn over the lines
    key = chart.key
    assert key.isVisible()
    assert "Global escalation" in key.text() and "Escalation Iran – Pakistan" in key.text()
    bottom_of_key = key.mapTo(chart, QPoint(0, key.height())).y()
    assert bottom_of_key <= chart.plot.mapTo(chart, QPoint(0, 0)).y()
    chart.series.item(0).setCheckState(Qt.CheckState.Unchecked)  # global escalation
    assert "Global escalation" not in key.text() and "Escalation Iran – Pakistan" in key.text()
    # a long series name elides in the list, whole in its tooltip
    names = [chart.series.item(i) for i in range(chart.series.count())]
    assert all(item.toolTip() == item.text() for item in names)
