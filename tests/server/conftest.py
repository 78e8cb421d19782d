"""A real session server on loopback, run headless on its own thread, and a plain HTTP client.

The session belongs to the server's loop thread (as under ``wargame serve``): tests read it
only through :meth:`Served.call`.
"""

import http.client
import json
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest

from tests.conftest import DEFAULT_SCENARIO
from wargame.core.enums import Controller
from wargame.core.events import ControlAssigned
from wargame.server.app import SessionServer
from wargame.server.host import DirectHost
from wargame.server.thread import ServerThread
from wargame.session.session import Session
from wargame.storage.files import load_scenario

T = TypeVar("T")


@dataclass
class Reply:
    status: int
    data: Any
    headers: dict[str, str]


class Client:
    """Requests to one server with one link's token (or none)."""

    def __init__(self, port: int, token: str | None) -> None:
        self.port = port
        self.token = token
        self.sequence = 0

    def request(
        self, method: str, path: str, body: bytes | None = None, token: str | None = None
    ) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        headers = {"Content-Type": "application/json"}
        if (token or self.token) is not None:
            headers["Authorization"] = f"Bearer {token or self.token}"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        raw = response.read()
        conn.close()
        kind = response.getheader("Content-Type", "")
        data = json.loads(raw) if "json" in kind else raw.decode()
        return Reply(response.status, data, dict(response.getheaders()))

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post(self, path: str, body: dict[str, Any] | None = None) -> Reply:
        self.sequence += 1
        payload = {"request_id": f"req-{secrets.token_hex(8)}", **(body or {})}
        return self.request("POST", path, json.dumps(payload).encode())

    def view(self) -> dict[str, Any]:
        reply = self.get("/api/view")
        assert reply.status == 200, reply.data
        return reply.data  # type: ignore[no-any-return]


@dataclass
class Served:
    server: SessionServer
    thread: ServerThread
    session: Session

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the session's (the server's) thread."""
        return self.thread.call(fn)

    def token(self, team: str | None) -> str:
        return self.call(lambda: self.server.tokens.token_of_team(team))

    def client(self, team: str | None) -> Client:
        return Client(self.server.port, self.token(team))

    def log_length(self) -> int:
        return self.call(lambda: len(self.session.log))


def three_teams(session: Session) -> None:
    """Iran and Pakistan are player teams in the scenario; India joins as a third."""
    session.dispatch(ControlAssigned("IND", Controller.PLAYER, "Team India"))


@contextmanager
def serve_session(session: Session, **options: Any) -> Iterator[Served]:
    server = SessionServer(session, DirectHost(), bind="127.0.0.1", port=0, **options)
    thread = ServerThread(server)
    thread.start()
    try:
        yield Served(server, thread, session)
    finally:
        thread.stop()
        server.detach()


@pytest.fixture
def served() -> Iterator[Served]:
    """The default scenario with three teams, served on a free loopback port."""
    session = Session(load_scenario(DEFAULT_SCENARIO), seed=7)
    three_teams(session)
    with serve_session(session) as running:
        yield running


def to_orders(served: Served) -> None:
    """The White cell fires the due injects and opens the Orders phase."""
    white = served.client(None)
    assert white.post("/api/white/injects").status == 200
    reply = white.post("/api/white/advance")
    assert reply.status == 200, reply.data
