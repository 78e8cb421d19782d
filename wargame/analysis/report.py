"""The after-action report: the session's facts gathered into plain records, rendered to one
self-contained HTML file by the Jinja2 templates in ``assets/templates/``.

The templates escape everything they print (``autoescape``); the only text marked safe is
the charts' SVG (or the PDF export's ``<img>`` tags), which we generate ourselves. Nothing
that comes from the scenario or the session (names, notes, reasons, narrative) is ever
marked safe. Fixed texts are translated with :mod:`wargame.i18n`, in the templates and here;
ids (actors, actions, pairs, doctrines, meters) reach the page only as words, through
:mod:`wargame.session.wording`.
"""

import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, assert_never

import jinja2
from markupsafe import Markup

from wargame import i18n
from wargame.analysis import svgchart
from wargame.analysis.compare import HISTORY, track
from wargame.core.enums import Controller
from wargame.core.escalation import band_of
from wargame.core.events import (
    ControlAssigned,
    Event,
    InjectFired,
    InjectHeld,
    InjectSkipped,
    MoveAdjudicated,
    MovesReordered,
    MoveSubmitted,
    MoveWithdrawn,
    NarrativeRecorded,
    NoteAdded,
    Override,
    PhaseAdvanced,
    TeamPinSet,
)
from wargame.core.state import State
from wargame.i18n import _
from wargame.resources import TEMPLATES
from wargame.session.session import Resolved, Session
from wargame.session.wording import Wording, wording

COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd")
TEMPLATE = "report.html.j2"
"""The report's top template, in the templates folder."""

Embed = Callable[[str], str]
"""Turns a chart's SVG into HTML (inline for the HTML report, an ``<img>`` for the PDF)."""


@dataclass(frozen=True)
class Team:
    """Who played a set of actors: a player team, a bot doctrine or the White cell."""

    label: str
    """Team name, ``bot (doctrine in words)`` or ``White cell``."""
    actors: list[str]
    """Names of the actors it played."""


@dataclass(frozen=True)
class Overview:
    """The exercise at a glance."""

    title: str
    """Scenario title."""
    first_day: str
    """Date of the first resolved turn (or the start date)."""
    last_day: str
    """Date of the last resolved turn (or the start date)."""
    turns: int
    """Resolved turns."""
    branch: str
    """The branch reported on."""
    seed: int
    """Dice seed."""
    events: int
    """Events applied on the branch."""
    teams: list[Team]
    """Who played what, sorted by team label."""


@dataclass(frozen=True)
class InjectRow:
    """A fired inject, in the timeline."""

    kind: ClassVar[str] = "inject"
    date: str
    """Day it fired."""
    title: str
    """Inject title."""


@dataclass(frozen=True)
class MoveRow:
    """An adjudicated move, in the timeline."""

    kind: ClassVar[str] = "move"
    date: str
    """Day it was ruled on."""
    actor: str
    """Acting actor's name."""
    action: str
    """Action label, as submitted."""
    target: str
    """Target's name, as submitted; empty when the move has none."""
    rationale: str
    """The team's note on the move."""
    decision: str
    """The facilitator's decision (``accept``, ``roll``, ``set``, ...)."""
    outcome: str
    """The outcome that applied."""
    engine: str
    """The engine's own outcome; empty when no die was rolled."""
    roll: float | None
    """The engine's roll, when there was one."""
    reason: str
    """The facilitator's reason."""
    modified: str = ""
    """The move as the White cell's ``modify`` left it ("Raise alert → Pakistan"); empty
    when it resolves as submitted."""


@dataclass(frozen=True)
class NarrativeRow:
    """The recorded narrative of a turn, in the timeline."""

    kind: ClassVar[str] = "narrative"
    date: str
    """Day it tells of."""
    lines: list[str]
    """Its lines."""


TimelineRow = InjectRow | MoveRow | NarrativeRow


@dataclass(frozen=True)
class AnnotationRow:
    """A trainer's bookmark or note."""

    date: str
    """Day of the annotated point."""
    bookmark: bool
    """A bookmark (else a note)."""
    index: int
    """Events applied at the annotated point."""
    text: str
    """The note."""


@dataclass(frozen=True)
class OverrideRow:
    """A facilitator's override of a meter."""

    date: str
    """Day of the override."""
    meter: str
    """Meter, in words."""
    subject: str
    """Actor's name or pair ("Iran – Pakistan"); empty for global meters."""
    value: float
    """The value it was set to."""
    reason: str
    """The facilitator's reason."""


@dataclass(frozen=True)
class ComparisonRow:
    """One day of the exercise beside the historical track."""

    date: str
    """Day."""
    exercise: float
    """Global escalation in the exercise."""
    band: str
    """Its band's name."""
    history: float
    """Global escalation on the historical track."""
    dyads: list[tuple[float, float]]
    """(exercise, history) escalation of each compared dyad."""


@dataclass(frozen=True)
class Comparison:
    """The exercise against the scenario's historical track."""

    available: bool
    """False when the scenario has no historical track."""
    dyads: list[str] = field(default_factory=list)
    """Compared dyads (the two hottest of the exercise), by key."""
    pairs: list[str] = field(default_factory=list)
    """The same pairs in words ("Iran – Pakistan"), for the headers."""
    rows: list[ComparisonRow] = field(default_factory=list)
    """Days present in both."""


@dataclass(frozen=True)
class Report:
    """Everything the report shows, as plain data; the templates only lay it out."""

    overview: Overview
    """The exercise at a glance."""
    escalation_chart: Markup
    """Escalation chart, already embedded (our own SVG or image tag)."""
    deterrence_chart: Markup
    """Deterrence chart, already embedded."""
    timeline: list[TimelineRow]
    """Injects, rulings and narratives, by day."""
    annotations: list[AnnotationRow]
    """Bookmarks and notes of the branch, in log order."""
    overrides: list[OverrideRow]
    """Facilitator overrides, in log order."""
    comparison: Comparison
    """The exercise against history."""


def inline_svg(svg: str) -> str:
    """Embed a chart as it is (the HTML report)."""
    return svg


@functools.cache
def environment(templates: Path = TEMPLATES) -> jinja2.Environment:
    """The Jinja2 environment of the templates in ``templates``: escaping, strict about
    undefined names, with ``_``/``gettext``/``ngettext`` bound to :mod:`wargame.i18n`."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # added by the i18n extension, so unknown to the type checker
    env.install_gettext_callables(  # type: ignore[attr-defined]
        i18n.gettext, i18n.ngettext, newstyle=True
    )
    return env


def render_report(session: Session, embed: Embed = inline_svg, templates: Path = TEMPLATES) -> str:
    """The whole report for the session's current branch, as HTML.

    ``embed`` turns each chart's SVG into HTML: inline by default; the PDF export
    swaps in rendered images. ``templates`` is the folder of the templates.
    """
    report = gather(session, embed)
    return environment(templates).get_template(TEMPLATE).render(report=report)


def gather(session: Session, embed: Embed = inline_svg) -> Report:
    """The facts of the report for the session's current branch."""
    resolved = session.resolved()
    log = session.log[: session.cursor]
    history = track(Session(session.scenario, 0), HISTORY).states()
    escalation, deterrence = _charts(session, resolved, history)
    timeline, overrides = _walk(session, log)
    return Report(
        overview=_overview(session, resolved, len(log)),
        escalation_chart=Markup(embed(svgchart.render(escalation))),
        deterrence_chart=Markup(embed(svgchart.render(deterrence))),
        timeline=timeline,
        annotations=_annotations(session),
        overrides=overrides,
        comparison=_comparison(session, resolved, history),
    )


def _day(session: Session, index: int) -> int:
    """The turn of the point where ``index`` events are applied."""
    return session.applied(index - 1).turn if index else 0


def _overview(session: Session, resolved: list[Resolved], events: int) -> Overview:
    scenario = session.scenario
    words = wording(session)
    doctrines = session.engine.world.doctrine
    teams: dict[str, list[str]] = defaultdict(list)
    for actor, (controller, who) in session.state.control.items():
        if controller is Controller.PLAYER and who:
            label = who
        elif controller is Controller.BOT:
            label = words.controller(controller, who or doctrines[actor].value)
        else:
            label = _("White cell")
        teams[label].append(words.actor(actor))
    first = scenario.date_of(resolved[0].turn) if resolved else scenario.start_date
    last = scenario.date_of(resolved[-1].turn) if resolved else scenario.start_date
    return Overview(
        title=scenario.title,
        first_day=f"{first:%d %B %Y}",
        last_day=f"{last:%d %B %Y}",
        turns=len(resolved),
        branch=session.branch,
        seed=session.seed,
        events=events,
        teams=[Team(label, actors) for label, actors in sorted(teams.items())],
    )


def _hot_dyads(resolved: list[Resolved], count: int = 3) -> list[str]:
    peak: dict[str, float] = defaultdict(float)
    for r in resolved:
        for k, v in r.state.escalation.items():
            peak[k] = max(peak[k], v)
    return sorted(peak, key=lambda k: (-peak[k], k))[:count]


def _charts(
    session: Session, resolved: list[Resolved], history: list[State]
) -> tuple[svgchart.Chart, svgchart.Chart]:
    """The escalation chart (exercise against history) and the deterrence chart."""
    scenario = session.scenario
    words = wording(session)
    x_max = float(max([r.turn for r in resolved] + [s.turn for s in history] + [1]))
    labels = {t: f"{scenario.date_of(t):%d %b}" for t in range(0, int(x_max) + 1, 2)}
    marks = [
        (float(_day(session, a.index)), a.text)
        for a in session.annotations
        if a.branch == session.branch and a.bookmark
    ]
    series = [
        svgchart.Series(
            _("Global escalation"),
            COLORS[0],
            [(r.turn, r.state.global_escalation) for r in resolved],
        )
    ]
    if history:
        series.append(
            svgchart.Series(
                _("Global (history)"),
                COLORS[0],
                [(s.turn, s.global_escalation) for s in history],
                dashed=True,
            )
        )
    for i, dyad in enumerate(_hot_dyads(resolved), start=1):
        color = COLORS[i % len(COLORS)]
        series.append(
            svgchart.Series(
                _("Escalation {dyad}").format(dyad=words.pair(dyad)),
                color,
                [(r.turn, r.state.escalation[dyad]) for r in resolved],
            )
        )
        if history:
            series.append(
                svgchart.Series(
                    _("{dyad} (history)").format(dyad=words.pair(dyad)),
                    color,
                    [(s.turn, s.escalation[dyad]) for s in history],
                    dashed=True,
                )
            )
    det = [
        svgchart.Series(
            _("Deterrence {actor}").format(actor=a.name),
            COLORS[i % len(COLORS)],
            [(r.turn, r.state.meters[a.id]["deterrence"]) for r in resolved],
        )
        for i, a in enumerate(scenario.actors[:4])
    ]
    return (
        svgchart.Chart(_("Escalation over the exercise"), x_max, series, labels, marks),
        svgchart.Chart(_("Deterrence"), x_max, det, labels, marks),
    )


def _walk(session: Session, log: Sequence[Event]) -> tuple[list[TimelineRow], list[OverrideRow]]:
    """One pass over the log: the timeline of decisions and the facilitator's overrides."""
    scenario = session.scenario
    words = wording(session)
    by_turn: dict[int, list[TimelineRow]] = defaultdict(list)
    overrides: list[OverrideRow] = []
    for i, event in enumerate(log):
        turn = session.applied(i).turn
        date = f"{scenario.date_of(turn):%d %b %Y}"
        match event:
            case InjectFired():
                by_turn[turn].append(InjectRow(date, words.inject(event.inject)))
            case MoveAdjudicated():
                by_turn[turn].append(_ruling(session, i, event, date, words))
            case NarrativeRecorded():
                by_turn[turn].append(NarrativeRow(date, event.text.split("\n")))
            case Override():
                subject = words.pair_of(*event.dyad) if event.dyad else words.actor(event.actor)
                overrides.append(
                    OverrideRow(
                        f"{scenario.date_of(turn):%d %b}",
                        words.meter(event.meter),
                        subject,
                        event.value,
                        event.reason,
                    )
                )
            case (
                InjectSkipped()
                | InjectHeld()
                | MoveSubmitted()
                | MoveWithdrawn()
                | PhaseAdvanced()
                | NoteAdded()
                | MovesReordered()
                | ControlAssigned()
                | TeamPinSet()
            ):
                pass  # not part of the report: the rulings and the narrative tell their story
            case _:
                assert_never(event)
    timeline = [row for turn in sorted(by_turn) for row in by_turn[turn]]
    return timeline, overrides


def _ruling(
    session: Session, index: int, event: MoveAdjudicated, date: str, words: Wording
) -> MoveRow:
    """The timeline row of the ruling at ``index`` in the log: the move as submitted, and
    as a ``modify`` left it."""
    ruling = next((c for c in session.applied(index).changes if c.meter == "ruling"), None)
    move = session.state_at(index + 1).pending[event.index]  # with the ruling's result
    detail = ruling.detail if ruling is not None and ruling.detail else {}
    roll = detail.get("roll")
    modified = ""
    final = (move.final_action, move.final_target)
    if move.final_action is not None and final != (move.action, move.target):
        modified = words.action(move.final_action)
        if move.final_target:
            modified += " → " + words.actor(move.final_target)
    return MoveRow(
        date=date,
        actor=words.actor(move.actor),
        action=words.action(move.action),
        target=words.actor(move.target),
        rationale=move.note or "",
        decision=event.decision.value,
        outcome=str(detail.get("outcome", "")),
        engine=str(detail.get("engine", "")),
        roll=roll if isinstance(roll, float) else None,
        reason=event.reason,
        modified=modified,
    )


def _annotations(session: Session) -> list[AnnotationRow]:
    scenario = session.scenario
    notes = [a for a in session.annotations if a.branch == session.branch]
    return [
        AnnotationRow(
            f"{scenario.date_of(_day(session, a.index)):%d %b}", a.bookmark, a.index, a.text
        )
        for a in sorted(notes, key=lambda a: a.index)
    ]


def _comparison(session: Session, resolved: list[Resolved], history: list[State]) -> Comparison:
    scenario = session.scenario
    by_turn = {s.turn: s for s in history}
    if not by_turn:
        return Comparison(available=False)
    dyads = _hot_dyads(resolved, 2)
    bands = scenario.params.bands
    rows = []
    for r in resolved:
        h = by_turn.get(r.turn)
        if h is None:
            continue
        rows.append(
            ComparisonRow(
                date=f"{scenario.date_of(r.turn):%d %b}",
                exercise=r.state.global_escalation,
                band=band_of(bands, r.state.global_escalation).name,
                history=h.global_escalation,
                dyads=[(r.state.escalation[d], h.escalation[d]) for d in dyads],
            )
        )
    words = wording(session)
    return Comparison(available=True, dyads=dyads, pairs=[words.pair(d) for d in dyads], rows=rows)
