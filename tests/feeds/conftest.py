"""A real aiohttp server on 127.0.0.1, in the test's own event loop, recording what it was asked."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from multidict import CIMultiDict

from tests.stream.conftest import procs  # noqa: F401  (bot processes, for the pipeline tests here)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class LocalServer:
    """Routes added before start(); every request's path and headers are kept in `requests`."""

    app: web.Application = field(default_factory=web.Application)
    requests: list[tuple[str, CIMultiDict[str]]] = field(default_factory=list)
    # Handlers that hang wait on this; set at teardown so the server can shut down at once.
    release: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0
    _runner: web.AppRunner | None = None

    def route(self, path: str, handler: Handler) -> None:
        async def recorded(request: web.Request) -> web.StreamResponse:
            self.requests.append((request.path, CIMultiDict(request.headers)))
            return await handler(request)

        self.app.router.add_get(path, recorded)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def headers_of(self, path: str) -> list[CIMultiDict[str]]:
        return [h for p, h in self.requests if p == path]

    async def start(self) -> LocalServer:
        self._runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        return self

    async def close(self) -> None:
        self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def local_server() -> AsyncIterator[LocalServer]:
    server = LocalServer()
    yield server
    await server.close()
