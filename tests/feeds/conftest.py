"""Fixtures for the feed tests: a local HTTP server, a seen-ids store, a client session."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from alerts.feeds.seen import SeenStore
from alerts.testing.servers import LocalServer


@pytest.fixture
async def local_server() -> AsyncIterator[LocalServer]:
    server = LocalServer()
    yield server
    await server.close()


@pytest.fixture
def name() -> str:
    """A feed name of its own per test: the metrics registry is shared by the whole process."""
    return f"t-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def seen(tmp_path: Path) -> Iterator[SeenStore]:
    store = SeenStore(tmp_path / "seen.sqlite3")
    yield store
    store.close()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s
