"""Fixtures for the feed tests: a real aiohttp server on 127.0.0.1 in the test's own event loop."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from alerts.testing.servers import LocalServer


@pytest.fixture
async def local_server() -> AsyncIterator[LocalServer]:
    server = LocalServer()
    yield server
    await server.close()
