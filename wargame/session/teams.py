"""Player teams on a shared screen: who controls what, PINs, sealed moves, bot moves."""

import hashlib
import hmac

from wargame.core.bots import Doctrine, doctrine_move
from wargame.core.enums import Controller, Phase
from wargame.core.events import MoveSubmitted
from wargame.core.state import State
from wargame.session.session import Session

PIN_ROUNDS = 60_000


def pin_hash(team: str, pin: str) -> str:
    """Salted PBKDF2 hash of a team's PIN (the PIN itself is never stored)."""
    digest = hashlib.pbkdf2_hmac(
        "sha256", pin.encode(), f"wargame-team:{team}".encode(), PIN_ROUNDS
    )
    return digest.hex()


def pin_ok(state: State, team: str, pin: str) -> bool:
    """Whether ``pin`` opens ``team``'s panel (always true for a team without a PIN)."""
    stored = state.pins.get(team)
    return stored is None or hmac.compare_digest(stored, pin_hash(team, pin))


def teams(state: State) -> dict[str, list[str]]:
    """Player team -> its actors, in actor order."""
    out: dict[str, list[str]] = {}
    for actor, (controller, team) in state.control.items():
        if controller is Controller.PLAYER and team:
            out.setdefault(team, []).append(actor)
    return out


def team_of(state: State, actor: str) -> str | None:
    """The player team that controls ``actor``, if any."""
    controller, team = state.control.get(actor, (Controller.FACILITATOR, None))
    return team if controller is Controller.PLAYER else None


def submitted_teams(state: State) -> set[str]:
    """Teams that have submitted at least one move (or a pass) this turn."""
    return {t for m in state.pending if (t := team_of(state, m.actor)) is not None}


def is_sealed(state: State, actor: str) -> bool:
    """Whether a move of ``actor`` is still sealed: a player's move before the reveal."""
    return state.phase is Phase.ORDERS and team_of(state, actor) is not None


def bot_moves(session: Session) -> list[MoveSubmitted]:
    """The moves every bot actor's doctrine picks now (bots that already moved are skipped)."""
    state = session.state
    world = session.engine.world
    moved = {m.actor for m in state.pending}
    out = []
    for actor, (controller, doctrine) in state.control.items():
        if controller is not Controller.BOT or actor in moved:
            continue
        try:
            chosen = Doctrine(doctrine or world.doctrine[actor])
        except ValueError:
            chosen = world.doctrine[actor]
        action, target = doctrine_move(world, state, actor, chosen)
        out.append(MoveSubmitted(actor, action, target, f"bot ({chosen.value})"))
    return out
