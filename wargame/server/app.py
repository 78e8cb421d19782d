"""The session server: routes, token checks, limits and the pages' files.

:class:`SessionServer` is built on the session thread (it subscribes to the session and
publishes a snapshot after each change) and started on an asyncio event loop, the same
thread headless or a worker thread in the console (:mod:`wargame.server.thread`).
"""

import asyncio
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from wargame.server import room
from wargame.server.host import Host
from wargame.server.hub import Hub
from wargame.server.plumbing import MAX_BODY, SECURITY_HEADERS, add_pages, errors, read_body
from wargame.server.requests import (
    PlainBody,
    PreviewBody,
    RuleBody,
    SubmitBody,
    WithdrawBody,
)
from wargame.server.tokens import Grant, RateLimit, SeenRequests, TokenError, Tokens
from wargame.server.views import Snapshot, snapshot
from wargame.session.changes import Changes
from wargame.session.session import Session

logger = logging.getLogger(__name__)


KEEP_ALIVE = 15.0
"""Seconds between the comments that keep a quiet stream open."""


@dataclass(frozen=True, slots=True)
class Link:
    """The address one role opens: ``role`` is "team" or "white"."""

    role: str
    team: str | None
    url: str

    def as_json(self) -> dict[str, str]:
        out = {"role": self.role}
        if self.team is not None:
            out["team"] = self.team
        out["url"] = self.url
        return out


class SessionServer:
    """Serves one session to the room: a page per team and one for the White cell.

    Build it on the session thread; :meth:`start` and everything after run on the loop.

    Attributes:
        tokens: the live links' tokens.
        hub: the latest snapshot, the streams and who is connected.
        port: the port bound (after :meth:`start`).
    """

    def __init__(
        self,
        session: Session,
        host: Host,
        bind: str = "127.0.0.1",
        port: int = 0,
        public_host: str | None = None,
        read_rate: tuple[float, float] = (20.0, 60.0),
        write_rate: tuple[float, float] = (5.0, 15.0),
    ) -> None:
        self.session = session
        self.host = host
        self.bind = bind
        self.port = port
        self.public_host = public_host or bind
        self.tokens = Tokens()
        self.hub = Hub()
        self.seen = SeenRequests()
        self.reads = RateLimit(*read_rate)
        self.writes = RateLimit(*write_rate)
        self.failures = RateLimit(2.0, 20.0)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread = 0
        self._runner: web.AppRunner | None = None
        self._tick_task: asyncio.Task[None] | None = None
        self._version = 0
        self._bodies: dict[str | None, tuple[int, bytes]] = {}
        self._pending = snapshot(session, 0)
        self._unsubscribe = session.subscribe(self._changed)
        self.white_token = self.tokens.issue(Grant(None))
        self.on_links: Callable[[], None] = lambda: None
        """Called on the loop when a team gains its first link or loses its actors."""

    # -- the session thread ---------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if not changes & ~Changes.ANNOTATIONS:
            return
        self._version += 1
        snap = snapshot(self.session, self._version)
        if self._loop is None:
            self._pending = snap
        elif threading.get_ident() == self._loop_thread:  # headless: the same thread
            self._publish(snap)
        else:
            self._loop.call_soon_threadsafe(self._publish, snap)

    def detach(self) -> None:
        """Stop following the session (on the session thread, when the server stops)."""
        self._unsubscribe()

    # -- the loop -----------------------------------------------------------------------

    def _publish(self, snap: Snapshot) -> None:
        new = [team for team in snap.teams if self.tokens.token_of(Grant(team)) is None]
        for team in new:
            self.tokens.issue(Grant(team))
        teams_before = set(self.hub.snapshot.teams) if self.hub.snapshot else set()
        self.hub.publish(snap)
        if new or teams_before - set(snap.teams):
            self.on_links()

    async def start(self) -> None:
        """Bind and serve; the port is known afterwards."""
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        self._publish(self._pending)
        app = web.Application(client_max_size=MAX_BODY, middlewares=[errors])
        add_pages(app)
        app.router.add_get("/api/view", self._view)
        app.router.add_get("/api/stream", self._stream)
        app.router.add_post("/api/preview", self._preview)
        app.router.add_post("/api/submit", self._submit)
        app.router.add_post("/api/withdraw", self._withdraw)
        app.router.add_post("/api/pass", self._pass)
        app.router.add_post("/api/white/{op}", self._white)
        # a stop waits this long for requests in flight (one may wait on the console)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.bind, self.port, reuse_address=True)
        try:
            await site.start()
        except BaseException:
            await self._runner.cleanup()
            self._runner = None
            raise
        self.port = int(self._runner.addresses[0][1])
        self._tick_task = asyncio.get_running_loop().create_task(self._ticks())
        logger.info("serving the session on %s:%d", self.bind, self.port)

    async def stop(self) -> None:
        """End every stream and stop serving."""
        self.hub.close()
        if self._tick_task is not None:
            self._tick_task.cancel()
            self._tick_task = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        logger.info("stopped serving the session")

    async def _ticks(self) -> None:
        while self._runner is not None:
            await asyncio.sleep(5.0)
            self.hub.tick()

    def links(self) -> list[Link]:
        """The White cell's link, then each team's (on the loop)."""
        host = f"[{self.public_host}]" if ":" in self.public_host else self.public_host
        base = f"http://{host}:{self.port}"
        out = []
        for grant in self.tokens.grants():
            token = self.tokens.token_of(grant)
            if grant.white:
                out.append(Link("white", None, f"{base}/white#{token}"))
            elif self.hub.snapshot is None or grant.team in self.hub.snapshot.teams:
                out.append(Link("team", grant.team, f"{base}/team#{token}"))
        return sorted(out, key=lambda link: (link.role != "white", link.team or ""))

    def reissue(self, team: str | None) -> None:
        """Revoke the link of ``team`` (None: the White cell's) and make a new one."""
        token = self.tokens.reissue(Grant(team))
        if team is None:
            self.white_token = token
        if self.hub.snapshot is not None:
            self.hub.publish(self.hub.snapshot)  # streams on the old token hear it now

    # -- plumbing -----------------------------------------------------------------------

    def _grant(self, request: web.Request, writes: bool = False) -> tuple[str, Grant]:
        try:
            token, grant = self.tokens.check(request.headers.get("Authorization"))
        except TokenError:
            if not self.failures.allow(request.remote or "?"):
                raise TokenError(429, "Too many tries with a wrong link: wait a moment.") from None
            raise
        if not (self.writes if writes else self.reads).allow(token):
            raise TokenError(429, "Too many requests from this link: wait a moment.")
        snap = self.hub.snapshot
        if grant.team is not None and snap is not None and grant.team not in snap.teams:
            raise TokenError(
                403, f"{grant.team} has no actors in this session now: ask the White cell."
            )
        self.hub.seen(grant.who)
        return token, grant

    def _fresh(self, token: str, request_id: str) -> None:
        if not self.seen.first_time(token, request_id):
            raise room.RefusedError("this request was received already; nothing changed")

    def _body_of(self, team: str | None) -> bytes:
        snap = self.hub.snapshot
        assert snap is not None  # published in start()
        cached = self._bodies.get(team)
        if cached is not None and cached[0] == snap.version:
            return cached[1]
        view = snap.view(team)
        body = json.dumps({"version": snap.version, **(view or {})}).encode()
        self._bodies[team] = (snap.version, body)
        return body

    async def _done(self, fn: Callable[[], str]) -> web.Response:
        message = await self.host.call(fn)
        version = self.hub.snapshot.version if self.hub.snapshot else 0
        return web.json_response({"ok": True, "message": message, "version": version})

    # -- reads ----------------------------------------------------------------------------

    async def _view(self, request: web.Request) -> web.StreamResponse:
        _token, grant = self._grant(request)
        return web.Response(body=self._body_of(grant.team), content_type="application/json")

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        token, grant = self._grant(request)
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
        )
        response.headers.update(SECURITY_HEADERS)
        await response.prepare(request)
        queue = self.hub.listen(grant.who)
        sent = -1
        try:
            snap: Snapshot | None = self.hub.snapshot
            while snap is not None:
                if self.tokens.token_of(grant) != token:
                    await response.write(b"event: revoked\ndata: {}\n\n")
                    break
                if snap.view(grant.team) is None:  # the team lost its actors
                    await response.write(b"event: gone\ndata: {}\n\n")
                    break
                if snap.version != sent:
                    await response.write(b"data: " + self._body_of(grant.team) + b"\n\n")
                    sent = snap.version
                try:
                    snap = await asyncio.wait_for(queue.get(), KEEP_ALIVE)
                except TimeoutError:
                    await response.write(b": still here\n\n")
                    snap = self.hub.snapshot
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self.hub.leave(queue)
        return response

    async def _preview(self, request: web.Request) -> web.StreamResponse:
        _token, grant = self._grant(request)
        body = await read_body(request, PreviewBody)
        team = self._team(grant)
        lines = await self.host.call(lambda: room.preview(self.session, team, body))
        return web.json_response({"lines": lines})

    # -- writes ---------------------------------------------------------------------------

    @staticmethod
    def _team(grant: Grant) -> str:
        if grant.team is None:
            raise room.RefusedError("the White cell's link moves no actor", status=403)
        return grant.team

    async def _submit(self, request: web.Request) -> web.StreamResponse:
        token, grant = self._grant(request, writes=True)
        body = await read_body(request, SubmitBody)
        team = self._team(grant)
        self._fresh(token, body.request_id)
        return await self._done(lambda: room.submit(self.session, team, body))

    async def _withdraw(self, request: web.Request) -> web.StreamResponse:
        token, grant = self._grant(request, writes=True)
        body = await read_body(request, WithdrawBody)
        team = self._team(grant)
        self._fresh(token, body.request_id)
        return await self._done(lambda: room.withdraw(self.session, team, body))

    async def _pass(self, request: web.Request) -> web.StreamResponse:
        token, grant = self._grant(request, writes=True)
        body = await read_body(request, PlainBody)
        team = self._team(grant)
        self._fresh(token, body.request_id)
        return await self._done(lambda: room.pass_turn(self.session, team))

    async def _white(self, request: web.Request) -> web.StreamResponse:
        token, grant = self._grant(request, writes=True)
        if not grant.white:
            raise room.RefusedError("only the White cell's link runs the turn", status=403)
        op = request.match_info["op"]
        session = self.session
        plain: dict[str, Callable[[Session], str]] = {
            "advance": room.advance,
            "injects": room.fire_injects,
            "bots": room.bots_move,
        }
        if op == "rule":
            ruling = await read_body(request, RuleBody)
            self._fresh(token, ruling.request_id)
            return await self._done(lambda: room.rule(session, ruling))
        if op not in plain:
            raise web.HTTPNotFound()
        body = await read_body(request, PlainBody)
        self._fresh(token, body.request_id)
        fn = plain[op]
        return await self._done(lambda: fn(session))
