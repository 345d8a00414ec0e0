"""A small local HTTP server of RSS feeds built from text articles: for `make demo` and tests.

Each article is a text whose first line is the title. Routes can also be made to fail
(status codes, slow answers, HTML instead of a feed) to show how the bot copes.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from aiohttp import web

from alerts.models import Article


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    body: str
    link: str
    published: datetime = field(default_factory=lambda: datetime.now(UTC))

    @classmethod
    def from_text(cls, guid: str, text: str, link: str) -> Item:
        title, _, body = text.strip().partition("\n")
        return cls(guid=guid, title=title.strip(), body=body.strip(), link=link)


def build_rss(title: str, items: list[Item]) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>sample</description>",
    ]
    for it in items:
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in it.body.split("\n\n") if p.strip())
        parts.append(
            f"<item><title>{escape(it.title)}</title><link>{escape(it.link)}</link>"
            f'<guid isPermaLink="false">{escape(it.guid)}</guid>'
            f"<pubDate>{format_datetime(it.published)}</pubDate>"
            f"<description>{escape(paragraphs)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)  # e.g. Retry-After


class FeedServer:
    """aiohttp on 127.0.0.1 in a thread of its own, so it serves while the caller blocks."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()  # requests per path, to show what was (not) fetched again
        self.user_agents: set[str] = set()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def set(self, path: str, route: Route) -> None:
        self.routes[path] = route

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.hits[request.path] += 1
        self.user_agents.add(request.headers.get("User-Agent", ""))
        route = self.routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="not found")
        if route.delay:
            await asyncio.sleep(route.delay)  # simulates a server that hangs: the client must time out
        return web.Response(
            status=route.status, body=route.body, content_type=route.content_type, headers=route.headers
        )

    def start(self) -> FeedServer:
        self._thread = threading.Thread(target=self._serve, name="feed-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("feed server did not start")
        return self

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        self._ready.set()
        loop.run_forever()
        loop.run_until_complete(self._runner.cleanup())
        loop.close()

    def stop(self) -> None:
        loop, self._loop = self._loop, None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# A fixed publication time for items that need one.
WHEN = datetime(2024, 4, 1, 9, 0, tzinfo=UTC)


class RecordingProducer:
    """The poller's produce boundary: records each batch, or raises like a broker that is down."""

    def __init__(self) -> None:
        self.batches: list[list[Article]] = []
        self.failing: Exception | None = None
        self.calls = 0

    async def __call__(self, articles: Sequence[Article]) -> None:
        self.calls += 1
        if self.failing is not None:
            raise self.failing
        self.batches.append(list(articles))

    @property
    def titles(self) -> list[str]:
        return [a.title for batch in self.batches for a in batch]


def items(*guids: str) -> list[Item]:
    return [Item(g, f"Title {g}", f"Body of {g}.", f"https://news.example.org/{g}", WHEN) for g in guids]


def rss_route(*guids: str) -> Route:
    return Route(body=build_rss("test feed", items(*guids)))
