"""Answers to "why did this move?": the provenance of a meter, event by event, in words
(names, labels and titles through :mod:`wargame.session.wording`; the raw records stay
available for tooltips)."""

from dataclasses import dataclass

from wargame.core.events import Change, Event, PhaseAdvanced
from wargame.i18n import N_, _, ngettext
from wargame.session.session import Session
from wargame.session.wording import Wording, wording

RULE_NAMES = {
    "impulse": N_("escalation impulse"),
    "territorial": N_("territorial violation of the host"),
    "third_party": N_("third party sides with the victim"),
    "calming": N_("calming pulse of a cooperative act"),
    "decay": N_("decay toward baseline"),
    "ledger_pressure": N_("pressure of open grievances"),
    "bounds": N_("kept within bounds"),
    "effect": N_("declared effect"),
    "override": N_("facilitator override"),
    "proportionate_reply": N_("proportionate reply"),
    "over_reaction": N_("over-reaction"),
    "unanswered": N_("grievance left unanswered"),
    "red_line_broken": N_("red line not carried out"),
    "mean_reversion": N_("drift back to starting value"),
    "aggregate": N_("recomputed from all pairs"),
    "harm": N_("harm suffered"),
    "answered": N_("answered by a reply"),
    "responsibility": N_("held responsible for a group it backs"),
    "settled": N_("settled by a non-military reply"),
    "waived": N_("waived: the victim denies being struck"),
    "fading": N_("grievance fading"),
    "faded": N_("grievance faded away"),
    "set": N_("set"),
    "cleared": N_("cleared"),
    "void": N_("move void at resolution"),
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
    words: Wording
    """The words of the scenario's ids, for :attr:`source` and :meth:`line`."""

    @property
    def rule(self) -> str:
        """Readable rule name."""
        name = RULE_NAMES.get(self.change.rule)
        return _(name) if name is not None else self.change.rule

    @property
    def source(self) -> str:
        """What caused the change, in words: the change's own cause, else the event's kind."""
        if self.change.cause:
            return self.words.cause(self.change)
        if isinstance(self.event, PhaseAdvanced):
            return _("end of turn {0}").format(self.turn)
        return self.event.kind.value.replace("_", " ")

    @property
    def raw(self) -> str:
        """The engine's own record of the cause, with its ids (for a tooltip)."""
        return self.change.cause

    def line(self) -> str:
        """One line for a tooltip or a table."""
        c = self.change
        words = self.words.cause(c)
        cause = f" ({words})" if words else ""
        return _("turn {0}: {1:+.2f} {2}").format(self.turn, c.amount, self.rule) + cause


def causes(session: Session, meter: str, subject: str, upto: int | None = None) -> list[Cause]:
    """Every change of ``meter`` on ``subject`` from the start to the cursor (or ``upto``)."""
    end = session.cursor if upto is None else upto
    log = session.log
    words = wording(session)
    out = []
    for i in range(end):
        applied = session.applied(i)
        for c in applied.changes:
            if c.meter == meter and c.subject == subject:
                out.append(Cause(i, applied.turn, log[i], c, words))
    return out


def why(session: Session, meter: str, subject: str, last: int = 6) -> str:
    """A short answer: the latest changes of a meter, newest first."""
    found = causes(session, meter, subject)
    if not found:
        return _("No change since the start of the scenario.")
    lines = [cause.line() for cause in reversed(found[-last:])]
    more = len(found) - last
    if more > 0:
        lines.append(
            ngettext("... and {0} earlier change", "... and {0} earlier changes", more).format(more)
        )
    return "\n".join(lines)
