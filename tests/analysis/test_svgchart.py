"""Line charts as inline SVG: well-formed, scaled to the plot, every label text only."""

import xml.etree.ElementTree as ET

from wargame.analysis.svgchart import BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH, Chart, Series, render

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & <b>co</b>'


def parsed(chart: Chart) -> ET.Element:
    root = ET.fromstring(render(chart))
    assert root.tag == f"{SVG}svg"
    return root


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def test_a_chart_is_valid_svg_with_its_title_as_label():
    root = parsed(Chart("Global escalation", 10.0, [Series("global", "#1f6feb", [(0, 5)])]))
    assert root.get("aria-label") == "Global escalation" and root.get("role") == "img"
    assert root.get("viewBox") == f"0 0 {WIDTH} {HEIGHT}"
    assert [t for t in texts(root) if t.isdigit()] == ["0", "20", "40", "60", "80", "100"]


def test_points_are_scaled_from_the_turns_and_the_0_100_scale_to_the_plot():
    line = Series("IRN-PAK", "#d32f2f", [(0.0, 100.0), (5.0, 50.0), (10.0, 0.0)])
    (polyline,) = parsed(Chart("t", 10.0, [line])).iter(f"{SVG}polyline")
    middle_x = (LEFT + WIDTH - RIGHT) / 2
    middle_y = (TOP + HEIGHT - BOTTOM) / 2
    corners = [(LEFT, TOP), (middle_x, middle_y), (WIDTH - RIGHT, HEIGHT - BOTTOM)]
    assert polyline.get("points") == " ".join(f"{x:.1f},{y:.1f}" for x, y in corners)
    assert polyline.get("stroke") == "#d32f2f" and polyline.get("fill") == "none"


def test_the_historical_track_is_dashed_and_an_empty_series_draws_nothing():
    played = Series("played", "#1f6feb", [(0, 1), (1, 2)])
    history = Series("history", "#888888", [(0, 1), (1, 3)], dashed=True)
    empty = Series("nothing yet", "#000000", [])
    polylines = list(parsed(Chart("t", 1.0, [played, history, empty])).iter(f"{SVG}polyline"))
    assert [p.get("stroke-dasharray") for p in polylines] == [None, "6 4"]


def test_a_chart_of_a_single_turn_does_not_divide_by_zero():
    root = parsed(Chart("turn 0", 0.0, [Series("g", "#000000", [(0.0, 0.0)])]))
    (polyline,) = root.iter(f"{SVG}polyline")
    assert polyline.get("points") == f"{LEFT:.1f},{HEIGHT - BOTTOM:.1f}"


def test_every_label_is_escaped_and_reads_back_as_written():
    chart = Chart(
        HOSTILE,
        4.0,
        [Series(HOSTILE, "#000000", [(0, 1)])],
        x_labels={0: HOSTILE, 4: "19 Jan"},
        marks=[(2.0, HOSTILE + " and a long tail")],
    )
    svg = render(chart)
    assert "<script" not in svg and "<b>" not in svg
    root = parsed(chart)
    assert root.get("aria-label") == HOSTILE
    shown = texts(root)
    assert shown.count(HOSTILE) == 2  # the tick label and the legend
    assert "19 Jan" in shown
    assert f"★ {(HOSTILE + ' and a long tail')[:40]}" in shown  # cut to 40 characters
    assert not any(el.tag in (f"{SVG}script", f"{SVG}b", "script") for el in root.iter())
