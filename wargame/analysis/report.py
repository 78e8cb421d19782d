"""The after-action report: one self-contained HTML file in the shape of an exercise AAR."""

import html
from collections import defaultdict
from collections.abc import Callable, Sequence

from wargame.analysis.compare import HISTORY, track
from wargame.analysis.svgchart import Chart, Series, render
from wargame.core.actions import ActionDef
from wargame.core.enums import Controller
from wargame.core.escalation import band_of
from wargame.core.events import (
    Event,
    InjectFired,
    MoveAdjudicated,
    MoveSubmitted,
    NarrativeRecorded,
    Override,
)
from wargame.core.scenario import Scenario
from wargame.core.state import State
from wargame.session.session import Resolved, Session

COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd")
CSS = """
body { font-family: system-ui, sans-serif; max-width: 980px; margin: 2em auto; color: #1b1f24; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 2px solid #ddd; padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; font-size: 0.92em; }
th, td { border: 1px solid #d0d4da; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f0f2f5; } .muted { color: #5b6470; } .override { font-weight: bold; }
"""


def _history_states(scenario: Scenario) -> list[State]:
    return track(Session(scenario, 0), HISTORY).states()


def _esc(text: object) -> str:
    return html.escape(str(text))


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def inline_svg(svg: str) -> str:
    """Embed a chart as it is (the HTML report)."""
    return svg


def render_report(session: Session, embed: Callable[[str], str] = inline_svg) -> str:
    """The whole report for the session's current branch, as HTML.

    ``embed`` turns each chart's SVG into HTML: inline by default; the PDF export
    swaps in rendered images.
    """
    scenario = session.scenario
    names = {a.id: a.name for a in scenario.actors}
    actions = session.engine.world.actions
    resolved = session.resolved()
    log = session.log[: session.cursor]
    state = session.state
    parts = [f"<h1>After-action report</h1><p class='muted'>{_esc(scenario.title)}</p>"]
    # overview
    teams: dict[str, list[str]] = defaultdict(list)
    for actor, (controller, who) in state.control.items():
        label = (
            who
            if controller is Controller.PLAYER and who
            else (f"bot ({who or 'tit_for_tat'})" if controller is Controller.BOT else "White cell")
        )
        teams[label].append(names[actor])
    first = scenario.date_of(resolved[0].turn) if resolved else scenario.start_date
    last = scenario.date_of(resolved[-1].turn) if resolved else scenario.start_date
    overview = [
        ["Scenario", _esc(scenario.title)],
        ["Days played", f"{first:%d %B %Y} – {last:%d %B %Y} ({len(resolved)} turns)"],
        ["Branch", _esc(session.branch)],
        ["Dice seed", str(session.seed)],
        ["Events in the log", str(len(log))],
        [
            "Who played what",
            "<br>".join(f"{_esc(k)}: {_esc(', '.join(v))}" for k, v in sorted(teams.items())),
        ],
    ]
    parts.append("<h2>Exercise overview</h2>" + _table(["", ""], overview))
    # charts
    parts.append("<h2>Meters</h2>")
    parts.append(_charts(session, resolved, embed))
    # timeline of decisions
    parts.append("<h2>Timeline of decisions</h2>")
    parts.append(_timeline(session, log, names, actions))
    # annotations
    notes = [a for a in session.annotations if a.branch == session.branch]
    rows = []
    for a in sorted(notes, key=lambda a: a.index):
        turn = session.applied(a.index - 1).turn if a.index else 0
        kind = "Bookmark" if a.bookmark else "Note"
        rows.append([f"{scenario.date_of(turn):%d %b}", kind, str(a.index), _esc(a.text)])
    parts.append("<h2>Key decision points and annotations</h2>")
    parts.append(
        _table(["Date", "Kind", "Event", "Text"], rows)
        if rows
        else "<p class='muted'>No bookmarks or notes.</p>"
    )
    # overrides
    rows = []
    for i, event in enumerate(log):
        if isinstance(event, Override):
            subject = "-".join(event.dyad) if event.dyad else event.actor or ""
            turn = session.applied(i).turn
            rows.append(
                [
                    f"{scenario.date_of(turn):%d %b}",
                    _esc(f"{event.meter} {subject}"),
                    f"{event.value:.1f}",
                    _esc(event.reason),
                ]
            )
    parts.append("<h2>Facilitator overrides</h2>")
    parts.append(
        _table(["Date", "Meter", "Set to", "Reason"], rows)
        if rows
        else "<p class='muted'>None.</p>"
    )
    # comparison with history
    parts.append("<h2>Comparison with the historical track</h2>")
    parts.append(_comparison(session, resolved))
    body = "\n".join(parts)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>After-action report — {_esc(scenario.title)}</title><style>{CSS}</style>"
        f"</head><body>{body}</body></html>"
    )


def _hot_dyads(resolved: list[Resolved], count: int = 3) -> list[str]:
    peak: dict[str, float] = defaultdict(float)
    for r in resolved:
        for k, v in r.state.escalation.items():
            peak[k] = max(peak[k], v)
    return sorted(peak, key=lambda k: (-peak[k], k))[:count]


def _charts(session: Session, resolved: list[Resolved], embed: Callable[[str], str]) -> str:
    scenario = session.scenario
    history = _history_states(scenario)
    x_max = float(max([r.turn for r in resolved] + [s.turn for s in history] + [1]))
    labels = {t: f"{scenario.date_of(t):%d %b}" for t in range(0, int(x_max) + 1, 2)}
    marks = []
    for a in session.annotations:
        if a.branch == session.branch and a.bookmark:
            turn = session.applied(a.index - 1).turn if a.index else 0
            marks.append((float(turn), a.text))
    series = [
        Series(
            "Global escalation", COLORS[0], [(r.turn, r.state.global_escalation) for r in resolved]
        )
    ]
    if history:
        series.append(
            Series(
                "Global (history)",
                COLORS[0],
                [(s.turn, s.global_escalation) for s in history],
                dashed=True,
            )
        )
    for i, dyad in enumerate(_hot_dyads(resolved), start=1):
        color = COLORS[i % len(COLORS)]
        series.append(
            Series(
                f"Escalation {dyad}", color, [(r.turn, r.state.escalation[dyad]) for r in resolved]
            )
        )
        if history:
            series.append(
                Series(
                    f"{dyad} (history)",
                    color,
                    [(s.turn, s.escalation[dyad]) for s in history],
                    dashed=True,
                )
            )
    chart = Chart("Escalation over the exercise", x_max, series, labels, marks)
    det = [
        Series(
            f"Deterrence {a.id}",
            COLORS[i % len(COLORS)],
            [(r.turn, r.state.meters[a.id]["deterrence"]) for r in resolved],
        )
        for i, a in enumerate(scenario.actors[:4])
    ]
    det_chart = Chart("Deterrence", x_max, det, labels, marks)
    return (
        embed(render(chart)) + "<p class='muted'>Solid: this exercise. Dashed: the historical "
        "track. Purple marks: bookmarks.</p>" + embed(render(det_chart))
    )


def _timeline(
    session: Session,
    log: Sequence[Event],
    names: dict[str, str],
    actions: dict[str, ActionDef],
) -> str:
    scenario = session.scenario
    by_turn: dict[int, list[str]] = defaultdict(list)
    moves: dict[int, list[MoveSubmitted]] = defaultdict(list)
    for i, event in enumerate(log):
        turn = session.applied(i).turn
        date = f"{scenario.date_of(turn):%d %b %Y}"
        if isinstance(event, InjectFired):
            title = next((j.title for j in scenario.injects if j.id == event.inject), event.inject)
            by_turn[turn].append(
                f"<tr><td>{date}</td><td colspan='5'>Inject: {_esc(title)}</td></tr>"
            )
        elif isinstance(event, MoveSubmitted):
            moves[turn].append(event)
        elif isinstance(event, MoveAdjudicated):
            ruling = next((c for c in session.applied(i).changes if c.meter == "ruling"), None)
            move = session.state_at(i).pending[event.index]
            detail = ruling.detail if ruling is not None and ruling.detail else {}
            action = actions[move.action].label
            target = names.get(move.target or "", "")
            roll = detail.get("roll")
            engine = (
                f"{detail.get('engine', '')} (roll {roll:.2f})" if isinstance(roll, float) else ""
            )
            by_turn[turn].append(
                "<tr>"
                + "".join(
                    f"<td>{c}</td>"
                    for c in [
                        date,
                        _esc(f"{names[move.actor]}: {action}" + (f" → {target}" if target else "")),
                        _esc(move.note or ""),
                        _esc(f"{event.decision.value}: {detail.get('outcome', '')}"),
                        _esc(engine),
                        _esc(event.reason),
                    ]
                )
                + "</tr>"
            )
        elif isinstance(event, NarrativeRecorded):
            text = _esc(event.text).replace("\n", "<br>")
            by_turn[turn].append(
                f"<tr><td>{date}</td><td colspan='5' class='muted'>{text}</td></tr>"
            )
    rows = "".join(row for turn in sorted(by_turn) for row in by_turn[turn])
    head = "".join(
        f"<th>{h}</th>" for h in ("Date", "Move", "Rationale", "Ruling", "Engine's roll", "Reason")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _comparison(session: Session, resolved: list[Resolved]) -> str:
    scenario = session.scenario
    history = {s.turn: s for s in _history_states(scenario)}
    if not history:
        return "<p class='muted'>This scenario has no historical track.</p>"
    dyads = _hot_dyads(resolved, 2)
    bands = scenario.params.bands
    rows = []
    for r in resolved:
        h = history.get(r.turn)
        if h is None:
            continue
        cells = [
            f"{scenario.date_of(r.turn):%d %b}",
            f"{r.state.global_escalation:.1f} ({band_of(bands, r.state.global_escalation).name})",
            f"{h.global_escalation:.1f}",
        ]
        for d in dyads:
            cells += [f"{r.state.escalation[d]:.1f}", f"{h.escalation[d]:.1f}"]
        rows.append(cells)
    headers = ["Date", "Global (exercise)", "Global (history)"]
    for d in dyads:
        headers += [f"{d} (exercise)", f"{d} (history)"]
    return _table(headers, rows)
