"""Politeness per host, shared by every feed and article page the bot fetches.

Ten feeds of one agency and the pages their items link to all land on one server: at most
`concurrency` requests to a host at once, `delay` seconds between the starts of two, and a
`Retry-After` a host sent (429, 503) holds every request to that host until it has passed.
The gate remembers a bounded number of hosts: idle ones are forgotten, least recently used first.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from alerts.errors import HostWaitTooLong


def host_of(url: str) -> str:
    """The host a URL reaches (lower case, with a non-default port); '' for file:// and nonsense."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return ""
    return f"{host}:{port}" if host and port else host


# Hosts remembered at most (idle ones beyond this are forgotten, least recently used first).
# Article pages link to any number of sites: per-host state must not grow with every host ever
# named. A forgotten idle host is one whose next request could start at once anyway.
DEFAULT_MAX_HOSTS = 1024


@dataclass
class _Host:
    slots: asyncio.Semaphore
    next_start: float = 0.0  # spacing: the earliest start of the next request (reserved in order)
    held_until: float = 0.0  # the host's own pause (Retry-After)
    last_start: float = float("-inf")  # when the latest request really started
    users: int = 0  # requests holding or waiting for a slot: a host in use is never forgotten

    def free_at(self) -> float:
        return max(self.next_start, self.held_until)


class HostGate:
    """Per-host semaphores and spacing; the clock is a parameter so tests need no sleeps.

    Waits happen outside any lock, and a waiting request looks at its host again when it wakes:
    a pause the host asks for meanwhile (Retry-After) still holds it back, and requests to other
    hosts never queue behind it.
    """

    def __init__(
        self,
        concurrency: int,
        delay: float,
        clock: Callable[[], float] = time.monotonic,
        max_hosts: int = DEFAULT_MAX_HOSTS,
    ) -> None:
        self.concurrency = concurrency
        self.delay = delay
        self.max_hosts = max(1, max_hosts)
        self._clock = clock
        # Least recently used first: eviction looks at the front.
        self._hosts: OrderedDict[str, _Host] = OrderedDict()

    def __len__(self) -> int:
        """How many hosts the gate remembers now (bounded by max_hosts plus the hosts in use)."""
        return len(self._hosts)

    @asynccontextmanager
    async def slot(self, url: str, max_wait: float | None = None) -> AsyncIterator[None]:
        """Hold one of the host's slots for a request, starting no sooner than the host allows.

        With `max_wait`, a request the host's pause (Retry-After, including one asked for while
        the request waits) would hold past `max_wait` seconds from its call raises
        HostWaitTooLong instead, as soon as it knows (at once, or when it wakes): the caller
        has something better to do than wait (an article page: send the entry's own text).
        Queueing for a slot and the spacing between requests are politeness the bot sets
        itself and are not bounded here (a poll's budget bounds those).
        """
        host = host_of(url)
        if not host:  # file:// reads touch no server
            yield
            return
        state = self._state(host)
        state.users += 1
        deadline = None if max_wait is None else self._clock() + max_wait
        try:
            self._check_pause(state, deadline, max_wait)  # no point queueing behind a long pause
            async with state.slots:
                await self._take_turn(state, deadline, max_wait)
                yield
        finally:
            state.users -= 1

    def _check_pause(self, state: _Host, deadline: float | None, max_wait: float | None) -> None:
        if deadline is not None and max_wait is not None and state.held_until > deadline:
            now = self._clock()
            raise HostWaitTooLong(max_wait - (deadline - now), state.held_until - now, max_wait)

    async def _take_turn(self, state: _Host, deadline: float | None, max_wait: float | None) -> None:
        # No await between reading and reserving a start time, so the reservation needs no lock
        # (one event loop): requests reserve in arrival order, then each sleeps on its own.
        while True:
            # Before reserving: a request that will not go must not push back the next one.
            self._check_pause(state, deadline, max_wait)
            now = self._clock()
            start = max(state.free_at(), state.last_start + self.delay, now)
            state.next_start = start + self.delay
            if start <= now:
                state.last_start = now
                return
            await asyncio.sleep(start - now)  # the politeness pause itself, not a test wait
            if state.held_until > self._clock():
                continue  # the host asked for a pause while this request slept: wait for it too
            # The request ahead may have woken late (a busy loop) and started after its reserved
            # time: `delay` is promised between real starts, so this one keeps its distance.
            late = state.last_start + self.delay - self._clock()
            if late > 0:
                await asyncio.sleep(late)
            state.last_start = self._clock()
            return

    def hold(self, url: str, seconds: float) -> None:
        """The host asked for a pause (Retry-After): no request to it starts before then."""
        host = host_of(url)
        if host and seconds > 0:
            state = self._state(host)
            state.held_until = max(state.held_until, self._clock() + seconds)

    def held_for(self, url: str) -> float:
        """Seconds before the next request to this URL's host may start (0 when it may now)."""
        state = self._hosts.get(host_of(url))
        return 0.0 if state is None else max(0.0, state.free_at() - self._clock())

    def _state(self, host: str) -> _Host:
        state = self._hosts.get(host)
        if state is not None:
            self._hosts.move_to_end(host)
            return state
        state = self._hosts[host] = _Host(asyncio.Semaphore(self.concurrency))
        if len(self._hosts) > self.max_hosts:
            self._evict(keep=host)
        return state

    def _evict(self, keep: str) -> None:
        now = self._clock()
        idle = [name for name, st in self._hosts.items() if st.users == 0 and name != keep]
        # First the idle hosts with nothing left to remember (a new state would behave the same);
        # then, only if that is not enough, the least recently used idle ones even with a pause
        # pending: forgetting one pause is better than memory that grows without bound.
        settled = [name for name in idle if self._hosts[name].free_at() <= now]
        pending = [name for name in idle if self._hosts[name].free_at() > now]
        for name in settled + pending:
            if len(self._hosts) <= self.max_hosts:
                break
            del self._hosts[name]
