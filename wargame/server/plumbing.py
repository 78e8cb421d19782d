"""What every answer of the session server shares: JSON errors, security headers, body
limits and validation, and the pages' files.

Every error leaves the server as ``{"error": "message"}`` with its status; nothing else
(no traceback, no framework's HTML page) ever reaches a browser.
"""

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError

from wargame.core.errors import WargameError
from wargame.server.room import RefusedError
from wargame.server.static import PAGES
from wargame.server.tokens import TokenError

logger = logging.getLogger(__name__)

B = TypeVar("B", bound=BaseModel)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

MAX_BODY = 16 * 1024
"""The largest request body, in bytes (a move with a long rationale fits many times)."""

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
}


def json_error(status: int, message: str) -> web.Response:
    """An error answer: its status and one message in plain words."""
    return web.json_response({"error": message}, status=status)


def located(exc: ValidationError) -> str:
    """A pydantic error in one line: where and what."""
    parts = []
    for err in exc.errors()[:3]:
        if err["type"] == "json_invalid":
            return "the request body is not valid JSON"
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


async def read_body(request: web.Request, model: type[B]) -> B:
    """The request's body as ``model``; 413 past :data:`MAX_BODY` (before reading a byte
    when the request says its length), 400 naming the field that is wrong."""
    if (request.content_length or 0) > MAX_BODY:
        raise web.HTTPRequestEntityTooLarge(MAX_BODY, request.content_length or 0)
    raw = await request.read()
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise web.HTTPBadRequest(reason=located(exc)) from None


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every failure as a JSON error; the security headers on every answer."""
    try:
        response = await handler(request)
    except web.HTTPRequestEntityTooLarge:
        response = json_error(413, f"the request is larger than {MAX_BODY // 1024} KB")
    except web.HTTPException as exc:
        response = json_error(exc.status, exc.reason if exc.status != 404 else "not found")
    except (TokenError, RefusedError) as exc:
        response = json_error(exc.status, str(exc))
    except WargameError as exc:
        response = json_error(422, str(exc))
    except Exception:
        logger.exception("the server failed on %s %s", request.method, request.path)
        response = json_error(500, "the server failed on this request; the session is intact")
    if not response.prepared:
        response.headers.update(SECURITY_HEADERS)
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _page(name: str) -> Handler:
    async def handler(_request: web.Request) -> web.StreamResponse:
        body, kind = PAGES[name]
        return web.Response(body=body, content_type=kind, charset="utf-8")

    return handler


async def _static(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    if name not in PAGES or name.endswith(".html"):
        raise web.HTTPNotFound()
    body, kind = PAGES[name]
    return web.Response(body=body, content_type=kind, charset="utf-8")


async def _no_icon(_request: web.Request) -> web.StreamResponse:
    return web.Response(status=204)  # browsers ask on every page; there is none


def add_pages(app: web.Application) -> None:
    """The pages' routes: the landing page, the team and White-cell pages, their files."""
    app.router.add_get("/", _page("index.html"))
    app.router.add_get("/team", _page("team.html"))
    app.router.add_get("/white", _page("white.html"))
    app.router.add_get("/static/{name}", _static)
    app.router.add_get("/favicon.ico", _no_icon)
