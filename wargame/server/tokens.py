"""Who may do what: a secret token per team and one for the White cell.

A token is 128 random bits, carried in the link's fragment (never sent in a URL a proxy
logs) and sent by the page as an ``Authorization: Bearer`` header. A team's token gives
only its own actors; revoking a link makes its token answer 403 from then on.
"""

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

WHITE = "White cell"
"""The role name of the White cell's token."""


@dataclass(frozen=True, slots=True)
class Grant:
    """What a valid token stands for: the White cell, or one player team."""

    team: str | None
    """The team's name; None for the White cell."""

    @property
    def white(self) -> bool:
        return self.team is None

    @property
    def who(self) -> str:
        return WHITE if self.team is None else self.team


class TokenError(Exception):
    """A request's token is missing, unknown (401) or revoked (403)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def new_token() -> str:
    """128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)


class Tokens:
    """The live tokens of one server: issue, look up, revoke and re-issue.

    Only the server's event loop touches it; the console asks through the server."""

    def __init__(self) -> None:
        self._live: dict[str, Grant] = {}
        self._revoked: set[str] = set()

    def issue(self, grant: Grant) -> str:
        """A new token for ``grant`` (any earlier token of the same role stays valid)."""
        token = new_token()
        self._live[token] = grant
        return token

    def token_of(self, grant: Grant) -> str | None:
        """The current token of a role, if it has one."""
        for token, held in self._live.items():
            if held == grant:
                return token
        return None

    def token_of_team(self, team: str | None) -> str | None:
        """The current token of ``team`` (None: the White cell's)."""
        return self.token_of(Grant(team))

    def reissue(self, grant: Grant) -> str:
        """Revoke every token of ``grant`` and issue a new one."""
        for token in [t for t, g in self._live.items() if g == grant]:
            del self._live[token]
            self._revoked.add(token)
        return self.issue(grant)

    def grants(self) -> list[Grant]:
        """Every role with a live token, in issue order."""
        return list(dict.fromkeys(self._live.values()))

    def check(self, header: str | None) -> tuple[str, Grant]:
        """The token of an ``Authorization`` header and its grant; raises TokenError."""
        if not header or not header.startswith("Bearer "):
            raise TokenError(401, "This page needs your team's link (ask the White cell for it).")
        token = header.removeprefix("Bearer ").strip()
        for live, grant in self._live.items():
            if secrets.compare_digest(live, token):
                return live, grant
        if any(secrets.compare_digest(old, token) for old in self._revoked):
            raise TokenError(403, "This link was revoked: ask the White cell for the new one.")
        raise TokenError(
            401,
            "This link is not valid for this session: ask the White cell for your team's link.",
        )


class RateLimit:
    """A token bucket per token: ``rate`` requests a second, bursts up to ``burst``."""

    def __init__(
        self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str) -> bool:
        """Take one request from ``key``'s bucket; False when it is empty."""
        now = self._clock()
        level, then = self._buckets.get(key, (self.burst, now))
        level = min(self.burst, level + (now - then) * self.rate)
        if level < 1.0:
            self._buckets[key] = (level, now)
            return False
        self._buckets[key] = (level - 1.0, now)
        return True


class SeenRequests:
    """The request ids each token has used, so a replayed submission is refused.

    Bounded: the oldest ids are forgotten past ``size`` per token."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._seen: dict[str, OrderedDict[str, None]] = {}

    def first_time(self, token: str, request_id: str) -> bool:
        """Record ``request_id`` for ``token``; False if it was seen before."""
        seen = self._seen.setdefault(token, OrderedDict())
        if request_id in seen:
            return False
        seen[request_id] = None
        while len(seen) > self.size:
            seen.popitem(last=False)
        return True
