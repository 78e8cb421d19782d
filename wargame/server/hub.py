"""The latest snapshot, the pages listening for the next one, and who is connected.

Only the server's event loop touches a :class:`Hub`. The session thread hands it each new
snapshot through :meth:`asyncio.AbstractEventLoop.call_soon_threadsafe`.
"""

import asyncio
import time
from collections.abc import Callable

from wargame.server.views import Snapshot

SEEN_FOR = 15.0
"""A page that polled this recently counts as connected, as one with a live stream does."""


class Hub:
    """Fans snapshots out to the streams and keeps the presence of each role.

    Attributes:
        snapshot: the latest snapshot (None before the first).
        on_presence: called with the set of connected roles whenever it changes.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.snapshot: Snapshot | None = None
        self.on_presence: Callable[[frozenset[str]], None] = lambda _who: None
        self._clock = clock
        self._queues: dict[asyncio.Queue[Snapshot | None], str] = {}
        self._seen: dict[str, float] = {}
        self._present: frozenset[str] = frozenset()

    def publish(self, snapshot: Snapshot) -> None:
        """Make ``snapshot`` the latest and wake every stream."""
        self.snapshot = snapshot
        for queue in self._queues:
            if queue.full():  # a slow page only ever needs the newest
                queue.get_nowait()
            queue.put_nowait(snapshot)

    def close(self) -> None:
        """End every stream (the server is stopping)."""
        for queue in self._queues:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(None)

    def listen(self, who: str) -> "asyncio.Queue[Snapshot | None]":
        """A queue that receives each new snapshot (None when the server stops)."""
        queue: asyncio.Queue[Snapshot | None] = asyncio.Queue(maxsize=1)
        self._queues[queue] = who
        self._update()
        return queue

    def leave(self, queue: "asyncio.Queue[Snapshot | None]") -> None:
        """The stream of ``queue`` has ended."""
        who = self._queues.pop(queue, None)
        if who is not None:
            self._seen[who] = self._clock()
        self._update()

    def seen(self, who: str) -> None:
        """A page of ``who`` asked for its view."""
        self._seen[who] = self._clock()
        self._update()

    def present(self) -> frozenset[str]:
        """The roles with a live stream or a recent request."""
        now = self._clock()
        recent = {who for who, at in self._seen.items() if now - at <= SEEN_FOR}
        return frozenset(self._queues.values()) | frozenset(recent)

    def _update(self) -> None:
        now = self.present()
        if now != self._present:
            self._present = now
            self.on_presence(now)

    def tick(self) -> None:
        """Forget pages gone quiet (called every few seconds)."""
        self._update()
