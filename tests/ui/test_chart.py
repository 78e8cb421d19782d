"""The history chart: a branch compared with its parent or with the historical track, the
divergence marked, and the decisions of both lines side by side."""

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
