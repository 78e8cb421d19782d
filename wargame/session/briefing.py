"""What one team may see of its own actors, and the engine's preview of a move, in words.

The console's team panel and the players' pages (the network server) both show these, so
the two cannot disagree about what is private to a team or how a preview reads.
"""

from collections import defaultdict
from dataclasses import dataclass

from wargame.core.actions import VARIABLES
from wargame.core.events import Change
from wargame.core.state import State
from wargame.i18n import _
from wargame.session.session import Session
from wargame.session.teams import teams
from wargame.session.wording import Wording


@dataclass(frozen=True, slots=True)
class ActorPicture:
    """One of a team's actors as only that team sees it.

    Attributes:
        id: the actor's id (for the forms; never shown).
        name: its name.
        profile: the scenario's description of it.
        variables: each variable's label and value, in the catalogue's order.
        deterrence: its deterrence meter.
        owed: who it holds a grievance against (by name) and how much.
    """

    id: str
    name: str
    profile: str
    variables: tuple[tuple[str, float], ...]
    deterrence: float
    owed: tuple[tuple[str, float], ...]


def private_picture(session: Session, team: str) -> list[ActorPicture]:
    """The actors ``team`` controls, with what only that team may know of them."""
    state = session.state
    mine = set(teams(state).get(team, []))
    names = {a.id: a.name for a in session.scenario.actors}
    epsilon = session.scenario.params.grievance_epsilon
    out = []
    for actor in session.scenario.actors:
        if actor.id not in mine:
            continue
        m = state.meters[actor.id]
        owed = tuple(
            (names.get(offender, offender), amount)
            for (victim, offender), amount in sorted(state.ledger.items())
            if victim == actor.id and amount > epsilon
        )
        out.append(
            ActorPicture(
                id=actor.id,
                name=actor.name,
                profile=actor.profile,
                variables=tuple((v.capitalize(), m[v]) for v in VARIABLES),
                deterrence=m["deterrence"],
                owed=owed,
            )
        )
    return out


def hottest_pairs(state: State, count: int) -> list[str]:
    """The ``count`` pairs of highest escalation, hottest first (ties by key): what the
    projector and the players' pages show of the room's pairs."""
    return sorted(state.escalation, key=lambda k: (-state.escalation[k], k))[:count]


def summarize(changes: list[Change], words: Wording | None = None) -> list[tuple[str, float]]:
    """Net predicted change per meter, largest first (flags and status listed as text);
    with ``words``, pairs, actors and grievances are named as the room knows them."""
    net: dict[str, float] = defaultdict(float)
    notes: list[str] = []
    for c in changes:
        if c.meter in ("flag", "status"):
            to = c.detail.get("to", "") if c.detail else ""
            if words is not None and c.meter == "flag":
                text = _("{0} begins") if c.rule == "set" else _("{0} ends")
                notes.append(text.format(words.flag(c.subject)))
                continue
            subject = c.subject
            if words is not None and c.meter == "status":
                subject = words.pair(c.subject)
            notes.append(f"{c.meter} {subject} {c.rule}{' → ' + str(to) if to else ''}")
            continue
        subject = c.subject
        if words is not None:
            if c.meter == "escalation":
                subject = words.pair(c.subject)
            elif c.meter == "ledger":
                subject = words.grievance(c.subject)
            elif c.subject in words.names:
                subject = words.actor(c.subject)
        label = {
            "escalation": "escalation {0}",
            "ledger": "{0}",
            "global": "global escalation",
        }.get(c.meter, f"{c.meter} {{0}}")
        net[label.format(subject)] += c.amount
    out = sorted(((k, v) for k, v in net.items() if abs(v) >= 0.005), key=lambda kv: -abs(kv[1]))
    return out + [(n, 0.0) for n in notes]


def signed(value: float) -> str:
    """A preview figure as the room reads it: "+3.2", "-1.0", or nothing for a note."""
    return "" if value == 0 else f"{value:+.1f}"
