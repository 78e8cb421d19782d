"""Session ▸ Open to players' devices: the session server run from the console.

The server runs on a worker thread; every request that reads or changes the session is
queued to the Qt thread (:class:`QtHost`), so the session is still mutated on one thread
only and the console's views follow remote moves as they follow their own. The links and
their QR codes are shown here, on the facilitator's screen, never on the projector.
"""

import asyncio
import concurrent.futures
import functools
import io
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import segno
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

from wargame.server.app import Link, SessionServer
from wargame.server.thread import ServerThread
from wargame.ui.bridge import SessionBridge

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_PORT = 8765
LOOPBACK = "127.0.0.1"


class QtHost(QObject):
    """Runs the server's calls on the Qt thread, where the session lives."""

    _queued = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queued.connect(self._run)

    @Slot(object, object)
    def _run(self, fn: Callable[[], Any], future: "concurrent.futures.Future[Any]") -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn())
        except BaseException as exc:  # handed to the request, which answers with it
            future.set_exception(exc)

    def call(self, fn: Callable[[], T]) -> Awaitable[T]:
        """From the server's loop: ``fn``'s result, once the Qt thread has run it."""
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._queued.emit(fn, future)
        return asyncio.wrap_future(future)


def room_addresses() -> list[tuple[str, str]]:
    """(label, address) of each IPv4 address this computer has on a network that is up;
    this computer alone (loopback) first."""
    out = [("", LOOPBACK)]
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        up = interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        if not up or interface.flags() & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            address: QHostAddress = entry.ip()
            if address.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                out.append((interface.humanReadableName(), address.toString()))
    return out


class RoomService(QObject):
    """The console's session server: start, links, re-issue, who is connected, stop.

    Signals:
        linksChanged(): a team gained its first link or lost its actors.
        presenceChanged(frozenset): the roles (team names, "White cell") with a page open.
        runningChanged(bool): the server started or stopped.
    """

    presenceChanged = Signal(object)  # noqa: N815 - Qt's camelCase for signals
    runningChanged = Signal(bool)  # noqa: N815
    linksChanged = Signal()  # noqa: N815 - a team joined or left: its link came or went
    _heard = Signal(object)  # from the server's loop; queued to the Qt thread

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.host = QtHost(self)
        self.address = ""
        self.present: frozenset[str] = frozenset()
        self._server: SessionServer | None = None
        self._thread: ServerThread | None = None
        bridge.sessionReplaced.connect(self.stop)
        self._heard.connect(self._on_presence)

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def port(self) -> int:
        return self._server.port if self._server is not None else 0

    def start(self, address: str, port: int) -> None:
        """Serve the console's session on ``address``:``port``; raises OSError when the
        address cannot be bound (in use, not this computer's)."""
        self.stop()
        server = SessionServer(self.bridge.session, self.host, bind=address, port=port)
        server.hub.on_presence = self._heard.emit
        server.on_links = self.linksChanged.emit  # queued: emitted on the server's loop
        thread = ServerThread(server)
        try:
            thread.start()
        except BaseException:
            server.detach()
            raise
        self._server, self._thread, self.address = server, thread, address
        logger.info("players' devices: serving on %s:%d", address, server.port)
        self.runningChanged.emit(True)

    @Slot(object)
    def _on_presence(self, present: frozenset[str]) -> None:
        if self._server is None:
            return  # heard from a server that has stopped since
        self.present = present
        self.presenceChanged.emit(present)

    def links(self) -> list[Link]:
        """The White cell's link, then each team's."""
        if self._thread is None or self._server is None:
            return []
        return self._thread.call(self._server.links)

    def reissue(self, team: str | None) -> None:
        """Revoke a link (None: the White cell's) and issue a new one."""
        if self._thread is not None and self._server is not None:
            server = self._server
            self._thread.call(lambda: server.reissue(team))

    def stop(self) -> None:
        """Close every page's connection and stop serving."""
        if self._thread is None or self._server is None:
            return
        self._thread.stop()
        self._server.detach()
        self._server = self._thread = None
        self.present = frozenset()
        self.presenceChanged.emit(self.present)
        logger.info("players' devices: stopped serving")
        self.runningChanged.emit(False)


@functools.lru_cache(maxsize=64)
def qr_png(text: str, scale: int = 5) -> bytes:
    """A QR code of ``text`` as PNG bytes."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
