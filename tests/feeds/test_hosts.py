"""alerts.feeds.hosts: the per-host gate stays bounded, and a host's pause holds only that host."""

from __future__ import annotations

import asyncio
import time

import pytest

from alerts.errors import AlertsError, HostWaitTooLong
from alerts.feeds.hosts import HostGate


class Clock:
    """A clock the test moves by hand: which host is idle or paused, without sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _visit(gate: HostGate, url: str) -> None:
    async with gate.slot(url):
        pass


async def test_the_gate_forgets_idle_hosts_beyond_its_bound() -> None:
    clock = Clock()
    gate = HostGate(concurrency=2, delay=5, clock=clock, max_hosts=3)
    for i in range(50):
        clock.now += 10  # past each host's spacing: nothing left to remember about them
        await _visit(gate, f"https://site{i}.example.org/page")
        assert len(gate) <= 3
    assert len(gate) == 3


async def test_a_pending_pause_outlives_idle_hosts_and_a_host_in_use_is_kept() -> None:
    clock = Clock()
    gate = HostGate(concurrency=1, delay=0, clock=clock, max_hosts=3)
    gate.hold("https://busy.example.org/feed", 600)  # Retry-After: 10 minutes
    inside, release = asyncio.Event(), asyncio.Event()

    async def long_request() -> None:
        async with gate.slot("https://slow.example.org/a"):
            inside.set()
            await release.wait()

    task = asyncio.create_task(long_request())
    await asyncio.wait_for(inside.wait(), 10)
    for i in range(20):
        await _visit(gate, f"https://site{i}.example.org/page")
    # The paused host is still paused, not forgotten in favour of hosts with nothing to remember.
    assert gate.held_for("https://busy.example.org/other") == 600
    # The host in use keeps its state: its single slot is still taken, so a second request waits.
    second = asyncio.create_task(_visit(gate, "https://slow.example.org/b"))
    await asyncio.sleep(0)  # one turn of the loop for the second request to reach the slot
    assert not second.done()
    release.set()
    await asyncio.wait_for(asyncio.gather(task, second), 10)
    assert len(gate) <= 3


async def test_the_bound_holds_even_when_every_idle_host_has_a_pause() -> None:
    clock = Clock()
    gate = HostGate(concurrency=1, delay=0, clock=clock, max_hosts=4)
    for i in range(30):
        gate.hold(f"https://site{i}.example.org/", 60)
    assert len(gate) == 4
    assert gate.held_for("https://site29.example.org/") == 60  # the latest pauses are the ones kept


async def test_a_paused_host_does_not_hold_up_requests_to_other_hosts() -> None:
    gate = HostGate(concurrency=2, delay=0, max_hosts=1)
    gate.hold("https://paused.example.org/feed", 30)
    started = asyncio.Event()

    async def to_paused_host() -> None:
        async with gate.slot("https://paused.example.org/page"):
            started.set()

    waiting = asyncio.create_task(to_paused_host())
    await asyncio.sleep(0)  # the paused request is now asleep in its host's turn
    # Another host's request goes through while the paused one still waits (30 s, far beyond).
    await asyncio.wait_for(_visit(gate, "https://other.example.org/page"), 10)
    assert not started.is_set()
    assert len(gate) == 2  # past the bound of 1: a host with a request waiting is never forgotten
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    assert not started.is_set()
    # A cancelled wait leaves no request counted in use: past the bound, the host can be
    # forgotten again (a host still in use never is).
    await _visit(gate, "https://third.example.org/page")
    assert len(gate) == 1
    assert gate.held_for("https://paused.example.org/feed") == 0


async def test_a_pause_asked_for_while_a_request_waits_its_turn_still_holds_it() -> None:
    gate = HostGate(concurrency=2, delay=0.2)
    starts: list[float] = []

    async def request() -> None:
        async with gate.slot("https://one.example.org/x"):
            starts.append(time.monotonic())

    first = asyncio.create_task(request())
    await asyncio.wait_for(first, 10)
    second = asyncio.create_task(request())  # spaced: it sleeps until 0.2 s after the first
    await asyncio.sleep(0)
    held_at = time.monotonic()
    gate.hold("https://one.example.org/y", 0.6)  # the server answered 429 to another request
    await asyncio.wait_for(second, 10)
    # A lower bound only (load can only add to it): the pause counts, not just the spacing.
    assert starts[1] - held_at >= 0.59, starts[1] - held_at


async def test_a_request_bounded_by_max_wait_does_not_wait_for_a_longer_pause() -> None:
    clock = Clock()
    gate = HostGate(concurrency=1, delay=0, clock=clock)
    gate.hold("https://busy.example.org/feed", 600)  # Retry-After: 10 minutes

    with pytest.raises(HostWaitTooLong, match=r"pause \(over in 600s\), longer than the 20s") as caught:
        async with gate.slot("https://busy.example.org/page", max_wait=20):
            pytest.fail("the request went out during the pause")
    assert isinstance(caught.value, AlertsError)
    # Within the bound, a request goes out when the pause is over (here: the clock moved past it).
    clock.now += 601
    async with gate.slot("https://busy.example.org/page", max_wait=20):
        pass
    assert len(gate) == 1


async def test_a_pause_asked_for_while_a_bounded_request_waits_ends_its_wait() -> None:
    gate = HostGate(concurrency=2, delay=0.2)
    went: list[str] = []

    async def request(path: str, max_wait: float | None) -> None:
        async with gate.slot(f"https://one.example.org/{path}", max_wait=max_wait):
            went.append(path)

    await asyncio.wait_for(request("first", None), 10)
    second = asyncio.create_task(request("second", 5))  # spaced: it sleeps until 0.2 s after the first
    await asyncio.sleep(0)
    gate.hold("https://one.example.org/y", 600)  # the server answered 429 to another request

    with pytest.raises(HostWaitTooLong):
        await asyncio.wait_for(second, 10)  # it wakes at its turn, sees the pause, and gives up
    assert went == ["first"]
    # The pause still holds the host for whoever comes next.
    assert 599 < gate.held_for("https://one.example.org/z") <= 600
