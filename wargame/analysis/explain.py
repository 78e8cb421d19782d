"""Answers to "why did this move?": the provenance of a meter, event by event."""

from dataclasses import dataclass

from wargame.core.events import Change, Event
from wargame.session.session import Session

RULE_NAMES = {
    "impulse": "escalation impulse",
    "territorial": "territorial violation of the host",
    "third_party": "third party sides with the victim",
    "calming": "calming pulse of a cooperative act",
    "decay": "decay toward baseline",
    "ledger_pressure": "pressure of open grievances",
    "bounds": "kept within bounds",
    "effect": "declared effect",
    "override": "facilitator override",
    "proportionate_reply": "proportionate reply",
    "over_reaction": "over-reaction",
    "unanswered": "grievance left unanswered",
    "red_line_broken": "red line not carried out",
    "mean_reversion": "drift back to starting value",
    "aggregate": "recomputed from all pairs",
    "harm": "harm suffered",
    "answered": "answered by a reply",
}
"""Readable names of the engine's rules."""


@dataclass(frozen=True, slots=True)
class Cause:
    """One change of one meter, placed in the log."""

    index: int
    """Position of the event in the log."""
    turn: int
    """Turn it happened in."""
    event: Event
    """The event that caused it."""
    change: Change
    """What changed, by which rule, how much."""

    @property
    def rule(self) -> str:
        """Readable rule name."""
        return RULE_NAMES.get(self.change.rule, self.change.rule)

    def line(self) -> str:
        """One line for a tooltip or a table."""
        c = self.change
        cause = f" ({c.cause})" if c.cause else ""
        return f"turn {self.turn}: {c.amount:+.2f} {self.rule}{cause}"


def causes(session: Session, meter: str, subject: str, upto: int | None = None) -> list[Cause]:
    """Every change of ``meter`` on ``subject`` from the start to the cursor (or ``upto``)."""
    end = session.cursor if upto is None else upto
    log = session.log
    out = []
    for i in range(end):
        applied = session.applied(i)
        for c in applied.changes:
            if c.meter == meter and c.subject == subject:
                out.append(Cause(i, applied.turn, log[i], c))
    return out


def why(session: Session, meter: str, subject: str, last: int = 6) -> str:
    """A short answer: the latest changes of a meter, newest first."""
    found = causes(session, meter, subject)
    if not found:
        return "No change since the start of the scenario."
    lines = [cause.line() for cause in reversed(found[-last:])]
    more = len(found) - last
    if more > 0:
        lines.append(f"... and {more} earlier changes")
    return "\n".join(lines)
