"""The server on a worker thread with its own event loop (the console's way to run it).

The session stays on the caller's thread: the server reaches it only through the
:class:`~wargame.server.host.Host` it was built with. Everything the caller asks of the
server (links, re-issue, stop) is run on the loop and waited for.
"""

import asyncio
import threading
from collections.abc import Callable
from typing import TypeVar

from wargame.server.app import SessionServer

T = TypeVar("T")

TIMEOUT = 10.0
"""Seconds to wait for the loop to start, answer or stop."""


class ServerThread:
    """Runs one :class:`SessionServer` on a daemon thread until :meth:`stop`."""

    def __init__(self, server: SessionServer) -> None:
        self.server = server
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="wargame-server", daemon=True)
        self._started = threading.Event()
        self._error: BaseException | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.server.start())
        except BaseException as exc:  # reported to start() on the caller's thread
            self._error = exc
            self._loop.close()
            self._started.set()
            return
        self._started.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._loop.shutdown_asyncgens())
        self._loop.close()

    def start(self) -> None:
        """Bind and serve; raises what binding raised (an address in use, say)."""
        self._thread.start()
        if not self._started.wait(TIMEOUT):
            raise TimeoutError("the session server did not start")
        if self._error is not None:
            raise self._error

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the server's loop and return its result."""

        async def run() -> T:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(TIMEOUT)

    def stop(self) -> None:
        """End the streams, close the sockets and the thread."""
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(TIMEOUT)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(TIMEOUT)
