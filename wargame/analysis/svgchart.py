"""Line charts as inline SVG, for reports that must stand alone in one HTML file."""

import html
from dataclasses import dataclass, field

WIDTH, HEIGHT = 920, 320
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 40


@dataclass(frozen=True)
class Series:
    """One line of the chart."""

    label: str
    """Legend text."""
    color: str
    """Stroke colour."""
    points: list[tuple[float, float]]
    """(x, y) pairs; y on 0-100."""
    dashed: bool = False
    """Dashed line (the historical track)."""


@dataclass(frozen=True)
class Chart:
    """A chart over turns: lines, x labels and vertical marks (bookmarks)."""

    title: str
    """Caption."""
    x_max: float
    """Last x."""
    series: list[Series]
    """The lines."""
    x_labels: dict[int, str] = field(default_factory=dict)
    """x -> tick label."""
    marks: list[tuple[float, str]] = field(default_factory=list)
    """(x, label) vertical marks."""


def _x(x: float, x_max: float) -> float:
    return LEFT + (WIDTH - LEFT - RIGHT) * (x / x_max if x_max else 0.0)


def _y(y: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - y / 100.0)


def render(chart: Chart) -> str:
    """The chart as an ``<svg>`` element."""
    e = html.escape
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{e(chart.title)}">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
    ]
    for v in range(0, 101, 20):
        y = _y(v)
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e6ea"/>'
        )
        out.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{v}</text>'
        )
    for tick, label in sorted(chart.x_labels.items()):
        px = _x(tick, chart.x_max)
        out.append(
            f'<text x="{px:.1f}" y="{HEIGHT - BOTTOM + 16}" font-size="11" '
            f'text-anchor="middle">{e(label)}</text>'
        )
    for mark, label in chart.marks:
        px = _x(mark, chart.x_max)
        out.append(
            f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{TOP}" y2="{HEIGHT - BOTTOM}" '
            'stroke="#8e24aa" stroke-dasharray="2 3"/>'
        )
        out.append(
            f'<text x="{px + 3:.1f}" y="{TOP + 10}" font-size="10" fill="#8e24aa">'
            f"★ {e(label[:40])}</text>"
        )
    for i, s in enumerate(chart.series):
        if not s.points:
            continue
        pts = " ".join(f"{_x(x, chart.x_max):.1f},{_y(y):.1f}" for x, y in s.points)
        dash = ' stroke-dasharray="6 4"' if s.dashed else ""
        out.append(
            f'<polyline points="{pts}" fill="none" stroke="{s.color}" '
            f'stroke-width="{1.5 if s.dashed else 2.5}"{dash}/>'
        )
        ly = TOP + 14 + 14 * i
        out.append(
            f'<line x1="{WIDTH - 250}" x2="{WIDTH - 226}" y1="{ly}" y2="{ly}" '
            f'stroke="{s.color}" stroke-width="2.5"{dash}/>'
        )
        out.append(f'<text x="{WIDTH - 220}" y="{ly + 4}" font-size="11">{e(s.label)}</text>')
    out.append("</svg>")
    return "\n".join(out)
