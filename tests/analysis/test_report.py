"""The after-action report contains every decision, reason and annotation."""

from html.parser import HTMLParser

from wargame.analysis.report import render_report
from wargame.core.enums import Decision, Outcome
from wargame.core.events import MoveAdjudicated, MoveSubmitted, Override, PhaseAdvanced
from wargame.session.headless import play
from wargame.session.session import Session


class Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag, attrs):
        self.svgs += tag == "svg"

    def handle_data(self, data):
        self.chunks.append(data)


def parsed(html: str) -> Text:
    p = Text()
    p.feed(html)
    return p


def test_report_lists_every_decision_reason_annotation_and_override(default_scenario):
    session = Session(default_scenario, seed=2)
    play(session, default_scenario.history[:3])
    session.annotate("Turning point: Pakistan must answer", bookmark=True)
    session.annotate("[lesson] retortion before force")
    session.dispatch(PhaseAdvanced())
    session.dispatch(PhaseAdvanced())  # next day
    session.dispatch(Override("deterrence", 45.0, "cabinet crisis in Islamabad", actor="PAK"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveSubmitted("PAK", "strike_state_forces", "IRN", "hit back hard"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveAdjudicated(0, Decision.SET, Outcome.PARTIAL, reason="weather"))
    session.dispatch(PhaseAdvanced())
    html = render_report(session)
    page = parsed(html)
    text = " ".join(page.chunks)
    assert page.svgs == 2
    for event in session.log:
        if isinstance(event, MoveAdjudicated) and event.reason:
            assert event.reason in text, event.reason
    assert "hit back hard" in text and "weather" in text
    assert "Turning point: Pakistan must answer" in text
    assert "[lesson] retortion before force" in text
    assert "cabinet crisis in Islamabad" in text
    assert "Comparison with the historical track" in text
    assert "Team Iran: Iran" in text
