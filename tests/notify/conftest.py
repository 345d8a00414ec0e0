"""Fixtures: the local servers of alerts/testing/servers.py, started and stopped per test."""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator, Iterator

import pytest
from aiohttp import web
from aiosmtpd.controller import Controller
from apprise.plugins.matrix import NotifyMatrix
from apprise.plugins.slack import NotifySlack

from alerts.stream.broker import free_port
from alerts.testing.factories import MEGABYTE
from alerts.testing.servers import (
    Homeserver,
    HttpService,
    Mailbox,
    Synapse,
    running,
    running_synapse,
    serve,
)


@pytest.fixture
async def http_service() -> AsyncIterator[HttpService]:
    async with running(HttpService()) as service:
        yield service


@pytest.fixture
async def slack_hook(http_service: HttpService, monkeypatch: pytest.MonkeyPatch) -> HttpService:
    """Apprise's real Slack plugin, with its webhook host pointed at a local server."""
    monkeypatch.setattr(NotifySlack, "webhook_url", f"http://127.0.0.1:{http_service.port}/services")
    return http_service


@pytest.fixture
async def homeserver(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Homeserver]:
    # Apprise waits 0.5 s between Matrix requests to spare real homeservers; this one is local.
    monkeypatch.setattr(NotifyMatrix, "request_rate_per_sec", 0)
    server = Homeserver()
    app = web.Application(client_max_size=16 * MEGABYTE)
    app.router.add_post("/_matrix/client/v3/login", server.login)
    app.router.add_post("/_matrix/client/v3/join/{room}", server.join)
    app.router.add_put("/_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}", server.send)
    # Apprise logs out when a plugin holding a memory-only token is collected.
    app.router.add_post("/_matrix/client/v3/logout", server.logout)
    runner, server.port = await serve(app)
    yield server
    await runner.cleanup()


@pytest.fixture
def synapse(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Synapse]:
    """A real Synapse, when matrix-synapse (a dev dependency) is installed."""
    if importlib.util.find_spec("synapse") is None:
        pytest.skip("matrix-synapse is not installed (pip install -e '.[dev]')")
    monkeypatch.setattr(NotifyMatrix, "request_rate_per_sec", 0)  # as for the local homeserver
    with running_synapse(tmp_path_factory.mktemp("synapse")) as server:
        yield server


@pytest.fixture
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, data_size_limit=16 * MEGABYTE)
    controller.start()
    yield mailbox, port
    controller.stop()
