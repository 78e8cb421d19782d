"""What each entry of the event log says, in the user's language.

The console's log table, the projector and the report read the same words from here.
Texts go through :mod:`wargame.i18n`; ids are put in words by :mod:`wargame.session.wording`
(actor names, action labels, inject titles, pair names); a move still sealed (a player's
move before its turn's reveal) says who moved and nothing else.
"""

from dataclasses import dataclass
from typing import assert_never

from wargame.core.enums import Decision
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
from wargame.i18n import _
from wargame.session.session import Session
from wargame.session.wording import Wording, wording


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the log, ready to show."""

    actor: str
    """Who acted, by name ("" for the clock, the White cell for the facilitator)."""
    text: str
    """What happened."""
    outcome: str = ""
    """The ruling's outcome, for rulings."""
    reason: str = ""
    """The reason, rationale or note."""
    override: bool = False
    """A facilitator's hand on a meter: shown in bold, read out in the review."""
    sealed: bool = False
    """A player's move before its reveal: the text says only who moved."""


def describe(session: Session, index: int, event: Event) -> Entry:
    """The log entry of event ``index`` of the current timeline."""
    white = _("White cell")
    words = wording(session)
    match event:
        case MoveSubmitted():
            if index in session.sealed():  # the team, not which of its actors
                team = session.team_of_move(index) or ""
                return Entry(team, _("sealed move by {0}").format(team), sealed=True)
            actor = words.actor(event.actor)
            move = words.action(event.action)
            if event.target:
                move += " → " + words.actor(event.target)
            return Entry(actor, _("move: {0}").format(move), "", event.note or "")
        case MoveWithdrawn():
            if event.index is None:
                text = _("sealed move of {0} dropped by an undo (the team moves again)")
            else:
                text = _("sealed move withdrawn by {0}")
            return Entry(white if event.index is None else event.team, text.format(event.team))
        case MoveAdjudicated():
            return _ruling(session, words, index, event)
        case PhaseAdvanced():
            return Entry("", _("next phase"))
        case InjectFired():
            return Entry("", _("inject fired: {0}").format(words.inject(event.inject)))
        case InjectSkipped():
            text = _("inject skipped: {0}").format(words.inject(event.inject))
            return Entry(white, text, "", event.reason)
        case InjectHeld():
            text = _("inject held: {0}").format(words.inject(event.inject))
            return Entry(white, text, "", event.reason)
        case Override():
            subject = words.pair_of(*event.dyad) if event.dyad else words.actor(event.actor)
            text = _("OVERRIDE {0} {1} = {2:.1f}").format(
                words.meter(event.meter), subject, event.value
            )
            return Entry(white, text, "", event.reason, override=True)
        case NoteAdded():
            return Entry(white, _("note"), "", event.text)
        case NarrativeRecorded():
            return Entry("", _("turn narrative"), "", event.text.replace("\n", " "))
        case MovesReordered():
            order = ", ".join(str(i + 1) for i in event.order)  # counted from one
            return Entry(white, _("resolution order: moves {0}").format(order))
        case ControlAssigned():
            who = words.controller(event.controller, event.team)
            return Entry(white, _("{0} played by {1}").format(words.actor(event.actor), who))
        case TeamPinSet():
            text = _("PIN set for {0}") if event.pin_hash else _("PIN removed for {0}")
            return Entry(white, text.format(words.team(event.team)))
        case _:
            assert_never(event)


def _ruling(session: Session, words: Wording, index: int, event: MoveAdjudicated) -> Entry:
    text = _("ruling on move {0}: {1}").format(event.index + 1, event.decision.value)
    if event.decision is Decision.MODIFY and (event.action or event.target):
        move = session.state_at(index + 1).pending[event.index]  # as the ruling left it
        now = words.action(move.final_action)
        if move.final_target:
            now += " → " + words.actor(move.final_target)
        text += " " + _("(now {0})").format(now)
    outcome = ""
    for c in session.applied(index).changes:
        if c.meter == "ruling" and c.detail:
            outcome = str(c.detail.get("outcome", ""))
            roll = c.detail.get("roll")
            if isinstance(roll, float):
                outcome += " " + _("(roll {0:.2f})").format(roll)
    if event.decision is Decision.REJECT:
        outcome = _("rejected")
    return Entry(_("White cell"), text, outcome, event.reason)
