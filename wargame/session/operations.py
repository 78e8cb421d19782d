"""The workflows of a turn as named operations over a session.

The console's menus, the command line and the network server all call these, so a move
made from any of them leaves the same events in the log (and a save written by
``wargame run`` equals a console save of the same moves, timestamps aside).
"""

from wargame.core.enums import Controller, Phase
from wargame.core.events import MoveSubmitted, NarrativeRecorded, PhaseAdvanced
from wargame.session.changes import Changes
from wargame.session.narrative import turn_narrative
from wargame.session.session import Session
from wargame.session.teams import bot_moves, submitted_teams, teams


def advance(session: Session) -> Changes:
    """Next phase. Entering Review records the turn's narrative in the log, so that every
    save, however it was played, tells the story of each turn it resolved."""
    changes = session.dispatch(PhaseAdvanced())
    if session.state.phase is Phase.REVIEW:
        text = turn_narrative(session)
        if text:
            changes |= session.dispatch(NarrativeRecorded(text))
    return changes


def start_next_turn(session: Session) -> Changes:
    """From Resolution or Review, on to the next turn's Injects phase."""
    changes = Changes.NONE
    while session.state.phase in (Phase.RESOLUTION, Phase.REVIEW):
        changes |= advance(session)
    return changes


def waiting_teams(session: Session) -> list[str]:
    """Player teams that have not submitted (or passed) in this Orders phase, by name."""
    state = session.state
    if state.phase is not Phase.ORDERS:
        return []
    return sorted(set(teams(state)) - submitted_teams(state))


def pass_team(session: Session, team: str) -> Changes:
    """A team passes: every actor of ``team`` that has not moved this turn enters "pass".

    Raises the first refusal (the passes before it stay entered)."""
    state = session.state
    moved = {m.actor for m in state.pending}
    changes = Changes.NONE
    for actor in teams(state).get(team, []):
        if actor not in moved:
            changes |= session.dispatch(MoveSubmitted(actor, "pass", None, "pass"))
    return changes


def bots_waiting(session: Session) -> list[str]:
    """Bot actors without a move in this Orders phase (none outside it)."""
    state = session.state
    if state.phase is not Phase.ORDERS:
        return []
    moved = {m.actor for m in state.pending}
    return [a for a, (c, _) in state.control.items() if c is Controller.BOT and a not in moved]


def bots_move(session: Session) -> Changes:
    """Enter the move of every bot actor that has not moved, as its doctrine picks it.

    Raises the first refusal (the moves before it stay entered)."""
    changes = Changes.NONE
    for event in bot_moves(session):
        changes |= session.dispatch(event)
    return changes
