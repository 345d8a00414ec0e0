from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
from aiohttp import web

from alerts.native import stale_extensions
from alerts.testing.feedserver import FeedServer
from alerts.testing.harness import Bot, Receiver
from alerts.testing.servers import HttpService, ThreadedService, serve


def pytest_sessionstart(session: pytest.Session) -> None:
    # A compiled module older than its edited .py would be what the tests exercise, silently.
    stale = stale_extensions()
    if stale:
        pytest.exit(
            "compiled modules older than their sources (rebuild: make .venv/.installed; or run "
            "pure Python: make pure):\n  " + "\n  ".join(stale),
            returncode=2,
        )


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


@pytest.fixture
def threaded_service() -> Iterator[ThreadedService]:
    service = HttpService()
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", service.handle)
        runner, service.port = loop.run_until_complete(serve(app))
        ready.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10), "the receiver did not start"
    yield ThreadedService(service, loop, thread)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


@pytest.fixture
def procs() -> Iterator[list[Bot]]:
    """Bot processes a test starts; stopped in reverse order (workers before their broker)."""
    started: list[Bot] = []
    yield started
    for p in reversed(started):
        p.stop()
