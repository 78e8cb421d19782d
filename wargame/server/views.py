"""What each role sees, as plain JSON-able data built on the session thread.

:func:`snapshot` runs after every change of the session and freezes what the White cell
and each team may see *now*. The server answers reads from the latest snapshot without
touching the session, so fifty phones polling never wait on the facilitator's console.

A team's view holds the public picture (what the projector shows), its own actors'
private picture and legal moves, and its own moves this turn, nothing of another team's.
"""

from dataclasses import dataclass
from typing import Any

from wargame.core.enums import PHASE_ORDER, Controller, Phase
from wargame.core.escalation import band_of
from wargame.core.events import InjectFired, PhaseAdvanced
from wargame.core.legal import legal_moves
from wargame.i18n import N_, _
from wargame.session.briefing import hottest_pairs, private_picture
from wargame.session.narrative import latest_narrative
from wargame.session.session import Session
from wargame.session.teams import submitted_teams, teams
from wargame.session.wording import wording

PASS = "pass"
"""The catalogue's pass action: a team passes with its page's own button."""
HOT_PAIRS = 5
"""How many of the hottest pairs the pages show (as the projector)."""

PHASE_NAMES = {
    Phase.INJECTS: N_("Injects"),
    Phase.ORDERS: N_("Orders"),
    Phase.ADJUDICATION: N_("Adjudication"),
    Phase.RESOLUTION: N_("Resolution"),
    Phase.REVIEW: N_("Review"),
}

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Every role's view at one moment; never changed once built.

    Attributes:
        version: counts the snapshots of this server, so a page knows what is new.
        white: the White cell's view.
        teams: team name -> that team's view.
    """

    version: int
    white: JSON
    teams: dict[str, JSON]

    def view(self, team: str | None) -> JSON | None:
        """The White cell's view (``team`` None) or a team's (None for an unknown team)."""
        return self.white if team is None else self.teams.get(team)


def writable(session: Session) -> str | None:
    """Why a device cannot change the session now (None when it can)."""
    if session.read_only:
        return _("the session is open for replay: the White cell must start a branch")
    if session.can_redo():
        return _("the White cell is looking at an earlier moment: try again in a moment")
    return None


def fired_this_turn(session: Session) -> list[JSON]:
    """The injects fired since this turn began, in order: the news the room has heard."""
    log, state = session.log, session.state
    phases = PHASE_ORDER.index(state.phase)  # phase changes since the turn began
    fired: list[JSON] = []
    by_id = {j.id: j for j in session.scenario.injects}
    for i in range(session.cursor - 1, -1, -1):
        event = log[i]
        if isinstance(event, PhaseAdvanced):
            if phases == 0:
                break
            phases -= 1
        elif isinstance(event, InjectFired) and event.inject in by_id:
            inject = by_id[event.inject]
            fired.append({"title": inject.title, "text": inject.text})
    return fired[::-1]


def public(session: Session) -> JSON:
    """The picture the whole room sees on the projector."""
    state = session.state
    scenario = session.scenario
    words = wording(session)
    world = session.engine.world
    band = band_of(scenario.params.bands, state.global_escalation)
    hot = hottest_pairs(state, HOT_PAIRS)
    done = submitted_teams(state)
    return {
        "title": scenario.title,
        "turn": state.turn,
        "date": scenario.date_of(state.turn).isoformat(),
        "date_label": scenario.date_of(state.turn).strftime("%A %d %B %Y"),
        "phase": state.phase.value,
        "phase_label": _(PHASE_NAMES[state.phase]),
        "gauge": {"value": round(state.global_escalation, 1), "band": band.name},
        "hottest": [
            {
                "pair": words.pair(key),
                "value": round(state.escalation[key], 1),
                "baseline": round(world.baseline[key], 1),
            }
            for key in hot
        ],
        "teams": [
            {"name": t, "submitted": t in done if state.phase is Phase.ORDERS else False}
            for t in teams(state)
        ],
        "news": fired_this_turn(session),
        "narrative": latest_narrative(session) if state.phase is Phase.REVIEW else "",
        "blocked": writable(session),
    }


def team_view(session: Session, team: str, picture: JSON) -> JSON:
    """``team``'s page: the public picture, its actors, their legal moves, its own moves."""
    state = session.state
    words = wording(session)
    world = session.engine.world
    orders = state.phase is Phase.ORDERS
    actors = []
    for actor in private_picture(session, team):
        options: dict[str, list[JSON]] = {}
        if orders:
            for action, target in legal_moves(world, state, actor.id):
                if action == PASS:
                    continue  # the page's own button: Pass this turn
                chosen = options.setdefault(action, [])
                if target is not None:
                    chosen.append({"id": target, "name": words.actor(target)})
        actors.append(
            {
                "id": actor.id,
                "name": actor.name,
                "profile": actor.profile,
                "variables": [{"label": k, "value": round(v, 1)} for k, v in actor.variables],
                "deterrence": round(actor.deterrence, 1),
                "owed": [{"from": k, "amount": round(v, 1)} for k, v in actor.owed],
                "actions": [
                    {
                        "id": action,
                        "label": words.action(action),
                        "targets": targets if world.actions[action].target else None,
                    }
                    for action, targets in options.items()
                ],
            }
        )
    mine = {a["id"] for a in actors}
    own = [
        {
            "index": index,
            "actor": words.actor(m.actor),
            "action": words.action(m.action),
            "target": words.actor(m.target),
            "note": m.note or "",
            "ids": {"actor": m.actor, "action": m.action, "target": m.target},
        }
        for index, m in enumerate(state.pending)
        if m.actor in mine
    ]
    return {
        "role": "team",
        "team": team,
        "briefing": session.scenario.briefing,
        "public": picture,
        "actors": actors,
        "own_moves": own,
        "can_move": orders and picture["blocked"] is None,
        "moves_per_actor": world.params.moves_per_actor,
    }


def white_view(session: Session, picture: JSON) -> JSON:
    """The White cell's page: the phase, who has submitted, what holds the turn up."""
    state = session.state
    words = wording(session)
    moves = []  # after the reveal, by their place in this turn's submissions
    if state.phase is not Phase.ORDERS:
        for index, m in enumerate(state.pending):
            moves.append(
                {
                    "index": index,
                    "actor": words.actor(m.actor),
                    "action": words.action(m.final_action or m.action),
                    "target": words.actor(m.final_target if m.final_action else m.target),
                    "note": m.note or "",
                    "ruling": m.decision.value if m.decision is not None else None,
                    "outcome": m.outcome.value if m.outcome is not None else None,
                }
            )
    bots = [
        words.actor(a)
        for a, (c, _doctrine) in state.control.items()
        if c is Controller.BOT and a not in {m.actor for m in state.pending}
    ]
    return {
        "role": "white",
        "public": picture,
        "due_injects": [words.inject(j.id) for j in session.engine.due_injects(state)]
        if state.phase is Phase.INJECTS
        else [],
        "bots_waiting": bots if state.phase is Phase.ORDERS else [],
        "moves": moves,
        "next_label": _("Reveal the moves") if state.phase is Phase.ORDERS else _("Next phase"),
    }


def snapshot(session: Session, version: int) -> Snapshot:
    """Every role's view of ``session`` now."""
    picture = public(session)
    return Snapshot(
        version=version,
        white=white_view(session, picture),
        teams={t: team_view(session, t, picture) for t in teams(session.state)},
    )
