"""JSON webhooks on a keep-alive session: the same request Apprise makes, fewer connections.

The reference is Apprise's own path (``Apprise.async_notify``, requests in a worker thread),
sent to the same real local server; the comparison fails if either side changes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web

from alerts.config import ChannelConfig
from alerts.notify import webhook
from alerts.notify.channels import build_channel
from alerts.notify.deliver import deliver
from alerts.notify.formats import format_alert
from alerts.testing.factories import make_alert
from alerts.testing.servers import serve

_FORMATS = {"text": "text", "markdown": "markdown", "html": "html"}


@dataclass
class Seen:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    peer: tuple[str, int]


@dataclass
class Hook:
    seen: list[Seen] = field(default_factory=list)
    port: int = 0

    async def handle(self, request: web.Request) -> web.Response:
        peer = request.transport.get_extra_info("peername") if request.transport else ("", 0)
        self.seen.append(
            Seen(
                request.method,
                request.raw_path,  # as sent, escapes and all
                request.query_string,
                dict(request.headers),
                await request.read(),
                tuple(peer),
            )
        )
        return web.Response(text="ok")


@pytest.fixture
async def hook() -> AsyncIterator[Hook]:
    server = Hook()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", server.handle)
    runner, server.port = await serve(app)
    yield server
    await runner.cleanup()


@pytest.mark.parametrize(
    "query",
    [
        "",
        # A path with escaped characters is sent as Apprise sends it.
        "/a%20b/c%2Fd~e",
        # Extra headers, payload fields added, renamed and dropped, another method, a query.
        "?+X-Desk=kivu&:source=alert-bot&:title=subject&:version=&method=PUT&-ref=desk",
    ],
)
async def test_the_request_is_the_one_apprise_sends(hook: Hook, query: str) -> None:
    url = f"json://bot:s3cret@127.0.0.1:{hook.port}/hooks/desk{query}"
    channel = build_channel("desk", ChannelConfig(urls=(url,)))
    alert = make_alert(match_message="Families fled <b>north</b> & *east*")
    target = channel.targets[0]
    message = format_alert(alert, target.kind)

    result = await channel.apprise.async_notify(
        body=message.body,
        title=message.title,
        notify_type=message.notify_type,
        body_format=_FORMATS[message.body_format],
        tag=target.tag,
    )
    assert result
    outcome = await deliver(channel, alert)
    assert outcome.sent

    theirs, ours = hook.seen
    assert (ours.method, ours.path, ours.query) == (theirs.method, theirs.path, theirs.query)
    assert ours.body == theirs.body
    for name in ("User-Agent", "Content-Type", "Authorization", "X-Desk"):
        assert ours.headers.get(name) == theirs.headers.get(name), name
    assert ours.headers["Authorization"].startswith("Basic ")


async def test_deliveries_in_a_keep_alive_block_share_one_connection(hook: Hook) -> None:
    channel = build_channel("desk", ChannelConfig(urls=(f"json://127.0.0.1:{hook.port}/hook",)))
    async with webhook.keep_alive():
        for i in range(20):
            assert (await deliver(channel, make_alert(match_article_id=f"a-{i}"))).sent
    assert len(hook.seen) == 20
    assert len({s.peer for s in hook.seen}) == 1


async def test_a_webhook_that_apprise_cannot_prepare_for_is_reported_by_apprise(hook: Hook) -> None:
    channel = build_channel("desk", ChannelConfig(urls=(f"json://127.0.0.1:{hook.port}/hook",)))
    channel.targets[0].service.enabled = False  # as Apprise's own switch for a service turned off
    outcome = await deliver(channel, make_alert())
    assert not outcome.sent and hook.seen == []
