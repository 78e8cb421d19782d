"""``wargame serve``: the session server without the console.

It opens a scenario or a save, prints one JSON line per link, saves after every change
(as the console's autosave does) and stops cleanly on SIGINT or SIGTERM. The session and
the server share the event loop's thread, so the session is mutated on that thread only.
"""

import asyncio
import json
import logging
import signal
import socket
from collections.abc import Callable
from pathlib import Path

from wargame.server.app import SessionServer
from wargame.server.host import DirectHost
from wargame.session.changes import Changes
from wargame.session.persist import to_save
from wargame.session.session import Session
from wargame.storage.files import write_save

logger = logging.getLogger(__name__)

WILDCARDS = {"0.0.0.0", "::", ""}


def parse_bind(text: str, default_port: int = 8765) -> tuple[str, int]:
    """``HOST:PORT``, ``HOST`` or ``:PORT`` (IPv6 in brackets) as a host and a port."""
    text = text.strip()
    host, port = text, str(default_port)
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            raise ValueError(f"{text!r}: an IPv6 address goes in brackets, [::1]:8765")
        host, rest = text[1:end], text[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise ValueError(f"{text!r}: expected HOST:PORT")
            port = rest[1:]
    elif text.count(":") == 1:
        host, port = text.split(":")
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"{text!r}: the port must be a number from 0 to 65535")
    return host or "0.0.0.0", int(port)


def room_address() -> str:
    """This machine's address on the room's network (the route out; nothing is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def default_out(path: Path) -> Path:
    """Where a served file's session is saved unless told: beside it."""
    return path.with_name(f"{path.stem}-served.json")


class Autosave:
    """Writes the session to ``out`` after every change (atomically)."""

    def __init__(self, session: Session, out: Path) -> None:
        self.session = session
        self.out = out
        self.failed = False
        session.subscribe(self)

    def __call__(self, changes: Changes) -> None:
        self.write()

    def write(self) -> None:
        try:
            write_save(self.out, to_save(self.session))
            self.failed = False
        except OSError as exc:
            self.failed = True
            logger.error("could not save the session to %s: %s", self.out, exc)


async def serve(
    session: Session,
    bind: tuple[str, int],
    out: Path,
    say: Callable[[str], None],
    stop: asyncio.Event | None = None,
    tell: Callable[[str], None] = lambda _line: None,
) -> None:
    """Serve ``session`` until SIGINT/SIGTERM (or ``stop`` is set); save to ``out``.

    ``say`` gets the links (one JSON line each), ``tell`` the closing line."""
    host, port = bind
    public = room_address() if host in WILDCARDS else host
    autosave = Autosave(session, out)
    autosave.write()
    server = SessionServer(session, DirectHost(), bind=host, port=port, public_host=public)
    await server.start()
    for link in server.links():
        say(json.dumps(link.as_json()))
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await server.stop()
        server.detach()
        autosave.write()
        if autosave.failed:
            tell(f"stopped; the last save to {out} failed (see the log)")
        else:
            tell(f"stopped; the session is saved in {out}")
