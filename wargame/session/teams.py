"""Player teams on a shared screen: who controls what, PINs, sealed moves, bot moves."""

import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable

from wargame.core.bots import Doctrine, doctrine_move
from wargame.core.enums import Controller, Phase
from wargame.core.events import MoveSubmitted
from wargame.core.state import State
from wargame.session.session import Session

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
"""scrypt's cost: 32 MiB of memory and about 0.1 s a try, so a 4-digit PIN copied out of a
save takes hours to search, not minutes."""
LEGACY_ROUNDS = 60_000
"""PBKDF2 rounds of the PINs in saves of version 0.1 (team name as the salt)."""

logger = logging.getLogger(__name__)


def pin_hash(pin: str) -> str:
    """A new salted, memory-hard hash of a PIN (the PIN itself is never stored):
    ``scrypt$N$r$p$salt$hash``, with a random salt for every PIN."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=32)


def _matches(stored: str, pin: str, team: str) -> bool:
    if stored.startswith("scrypt$"):
        _, n, r, p, salt, digest = stored.split("$")
        actual = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
        return hmac.compare_digest(actual.hex(), digest)
    legacy = hashlib.pbkdf2_hmac(
        "sha256", pin.encode(), f"wargame-team:{team}".encode(), LEGACY_ROUNDS
    )
    return hmac.compare_digest(stored, legacy.hex())


def pin_ok(state: State, team: str, pin: str) -> bool:
    """Whether ``pin`` opens ``team``'s panel (always true for a team without a PIN)."""
    stored = state.pins.get(team)
    return stored is None or _matches(stored, pin, team)


class PinGuard:
    """Wrong PINs cost time: after each wrong try at a team's PIN the next one waits
    longer (1, 2, 4 ... up to 60 seconds). Every try is logged with the team and the
    time, never the PIN.

    Attributes:
        clock: seconds, monotonic (a test may pass its own).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._failures: dict[str, int] = {}
        self._until: dict[str, float] = {}

    def wait(self, team: str) -> float:
        """Seconds before ``team``'s PIN may be tried again (0: now)."""
        return max(0.0, self._until.get(team, 0.0) - self.clock())

    def check(self, state: State, team: str, pin: str) -> bool:
        """Try ``pin`` for ``team``. Refused without trying while the delay runs."""
        if self.wait(team) > 0:
            logger.warning("PIN try for %s refused: still waiting after wrong PINs", team)
            return False
        if pin_ok(state, team, pin):
            self._failures.pop(team, None)
            self._until.pop(team, None)
            logger.info("PIN accepted for %s", team)
            return True
        failures = self._failures.get(team, 0) + 1
        self._failures[team] = failures
        self._until[team] = self.clock() + min(60.0, 2.0 ** (failures - 1))
        logger.warning("wrong PIN for %s (%d in a row)", team, failures)
        return False


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
