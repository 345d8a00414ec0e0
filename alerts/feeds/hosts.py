"""Politeness per host, shared by every feed and article page the bot fetches.

Ten feeds of one agency and the pages their items link to all land on one server: at most
`concurrency` requests to a host at once, `delay` seconds between the starts of two, and a
`Retry-After` a host sent (429, 503) holds every request to that host until it has passed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from urllib.parse import urlsplit


def host_of(url: str) -> str:
    """The host a URL reaches (lower case, with a non-default port); '' for file:// and nonsense."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return ""
    return f"{host}:{port}" if host and port else host


class HostGate:
    """Per-host semaphores and spacing; the clock is a parameter so tests need no sleeps."""

    def __init__(self, concurrency: int, delay: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.concurrency = concurrency
        self.delay = delay
        self._clock = clock
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._turns: dict[str, asyncio.Lock] = {}
        self._next_start: dict[str, float] = {}

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Hold one of the host's slots for a request, starting no sooner than the host allows."""
        host = host_of(url)
        if not host:  # file:// reads touch no server
            yield
            return
        semaphore = self._slots.setdefault(host, asyncio.Semaphore(self.concurrency))
        turn = self._turns.setdefault(host, asyncio.Lock())
        async with semaphore:
            async with turn:  # one request at a time takes its start time, in arrival order
                wait = self._next_start.get(host, 0.0) - self._clock()
                if wait > 0:
                    await asyncio.sleep(wait)  # the politeness pause itself, not a test wait
                self._next_start[host] = max(self._next_start.get(host, 0.0), self._clock() + self.delay)
            yield

    def hold(self, url: str, seconds: float) -> None:
        """The host asked for a pause (Retry-After): no request to it starts before then."""
        host = host_of(url)
        if host and seconds > 0:
            until = self._clock() + seconds
            self._next_start[host] = max(self._next_start.get(host, 0.0), until)

    def held_for(self, url: str) -> float:
        """Seconds before the next request to this URL's host may start (0 when it may now)."""
        return max(0.0, self._next_start.get(host_of(url), 0.0) - self._clock())
