"""How the server reaches the session: every call runs on the session's own thread.

Headless (``wargame serve``) the session lives on the server's event loop, so a call runs
at once (:class:`DirectHost`). In the console the session lives on the Qt thread; the
console's host queues each call there and the request awaits its result.
"""

from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Host(Protocol):
    """Runs a function on the session thread and hands back its result (or exception)."""

    def call(self, fn: Callable[[], T]) -> Awaitable[T]: ...


class DirectHost:
    """The session lives on the server's own event loop thread."""

    async def _run(self, fn: Callable[[], T]) -> T:
        return fn()

    def call(self, fn: Callable[[], T]) -> Awaitable[T]:
        return self._run(fn)
