"""FeedPoller.poll_once against real HTTP feed servers.

`produce` is where the poller hands articles to Kafka; a recording coroutine stands in for the
producer there, so the poller's own logic (dedup, at-least-once, error streaks, metrics) is what
is tested.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from alerts.config import FeedConfig, FetchConfig
from alerts.feeds.poller import FeedPoller
from alerts.feeds.seen import SeenStore
from alerts.metrics import REGISTRY
from alerts.models import Article
from alerts.stream.broker import free_port
from alerts.testing.feedserver import (
    FeedServer,
    RecordingProducer,
    Route,
    build_rss,
    items,
    rss_route,
)
from alerts.testing.harness import registry_value as value
from alerts.testing.servers import LocalServer

POLLER_LOG = "alerts.feeds.poller"
TOKEN = "tok-77d1e0-SECRET"


def make_poller(
    name: str,
    url: str,
    seen: SeenStore,
    produce: RecordingProducer,
    *,
    timeout: float = 5.0,
    max_bytes: int = 1_000_000,
    interval: float = 60,
) -> FeedPoller:
    feed = FeedConfig(name=name, url=url, interval_seconds=interval, tags=("syria",))
    return FeedPoller(feed, FetchConfig(timeout_seconds=timeout, max_bytes=max_bytes), seen, produce)


def poller_records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == POLLER_LOG and r.levelno == level]


async def test_new_entries_produced_once(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    feed_server.set("/feed.xml", rss_route("a", "b"))
    recorder = RecordingProducer()
    poller = make_poller(name, feed_server.url("/feed.xml"), seen, recorder)
    before = time.time()

    assert await poller.poll_once(session) == 2
    assert await poller.poll_once(session) == 0

    assert recorder.titles == ["Title a", "Title b"]
    assert len(recorder.batches) == 1  # the second poll did not call produce at all
    article = recorder.batches[0][0]
    assert article.feed == name
    assert article.tags == ("syria",)
    assert article.url == "https://news.example.org/a"
    assert value("alerts_feed_polls_total", feed=name) == 2
    assert value("alerts_feed_entries_total", feed=name) == 4
    assert value("alerts_feed_articles_total", feed=name) == 2
    assert value("alerts_feed_error_streak", feed=name) == 0
    assert value("alerts_feed_interval_seconds", feed=name) == 60
    assert value("alerts_feed_last_success_timestamp_seconds", feed=name) >= before

    # A new item later: only it is produced.
    feed_server.set("/feed.xml", rss_route("c", "a", "b"))
    assert await poller.poll_once(session) == 1
    assert recorder.titles == ["Title a", "Title b", "Title c"]
    assert value("alerts_feed_articles_total", feed=name) == 3


async def test_an_id_repeated_in_one_document_is_produced_once(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    feed_server.set("/feed.xml", rss_route("a", "a", "b"))
    recorder = RecordingProducer()

    assert await make_poller(name, feed_server.url("/feed.xml"), seen, recorder).poll_once(session) == 2
    assert recorder.titles == ["Title a", "Title b"]


async def test_seen_survives_a_restart_of_the_poller(
    feed_server: FeedServer, tmp_path: Path, session: aiohttp.ClientSession, name: str
) -> None:
    feed_server.set("/feed.xml", rss_route("a", "b"))
    recorder = RecordingProducer()
    store = SeenStore(tmp_path / "restart.sqlite3")
    await make_poller(name, feed_server.url("/feed.xml"), store, recorder).poll_once(session)
    store.close()

    reopened = SeenStore(tmp_path / "restart.sqlite3")
    try:
        again = make_poller(name, feed_server.url("/feed.xml"), reopened, recorder)
        assert await again.poll_once(session) == 0
    finally:
        reopened.close()
    assert recorder.titles == ["Title a", "Title b"]


async def test_produce_failure_loses_nothing(
    feed_server: FeedServer,
    seen: SeenStore,
    session: aiohttp.ClientSession,
    name: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=POLLER_LOG)
    feed_server.set("/feed.xml", rss_route("a", "b"))
    recorder = RecordingProducer()
    recorder.failing = ConnectionError("broker unreachable")
    poller = make_poller(name, feed_server.url("/feed.xml"), seen, recorder)

    assert await poller.poll_once(session) == 0  # does not raise

    assert recorder.calls == 1
    assert value("alerts_feed_errors_total", feed=name, kind="produce") == 1
    assert value("alerts_feed_articles_total", feed=name) == 0
    assert value("alerts_feed_error_streak", feed=name) == 1
    ids = [Article.make_id(g, None, "") for g in ("a", "b")]
    assert seen.unseen(ids) == set(ids)  # nothing marked seen
    [warning] = poller_records(caplog, logging.WARNING)
    assert f"feed {name!r}: produce: Kafka did not take the articles: ConnectionError" in warning.getMessage()

    recorder.failing = None
    assert await poller.poll_once(session) == 2

    assert recorder.titles == ["Title a", "Title b"]
    assert seen.unseen(ids) == set()
    assert value("alerts_feed_articles_total", feed=name) == 2
    assert value("alerts_feed_error_streak", feed=name) == 0
    assert await poller.poll_once(session) == 0  # and now they are done


async def test_validators_are_kept_only_after_produce_succeeded(
    local_server: LocalServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    """Had the ETag been kept after a failed produce, the retry would be answered 304: lost."""
    body = build_rss("etag feed", items("a"))

    async def conditional(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304)
        return web.Response(body=body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    local_server.route("/feed.xml", conditional)
    await local_server.start()
    recorder = RecordingProducer()
    recorder.failing = TimeoutError()
    poller = make_poller(name, local_server.url("/feed.xml"), seen, recorder)

    await poller.poll_once(session)
    recorder.failing = None
    assert await poller.poll_once(session) == 1  # the retry got the document, not a 304
    assert await poller.poll_once(session) == 0

    sent = [h.get("If-None-Match") for h in local_server.headers_of("/feed.xml")]
    assert sent == [None, None, '"v1"']
    assert recorder.titles == ["Title a"]
    assert value("alerts_feed_not_modified_total", feed=name) == 1
    assert value("alerts_feed_errors_total", feed=name, kind="produce") == 1
    assert value("alerts_feed_error_streak", feed=name) == 0  # a 304 is a healthy poll


async def test_error_streak_warns_once_then_recovers(
    feed_server: FeedServer,
    seen: SeenStore,
    session: aiohttp.ClientSession,
    name: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=POLLER_LOG)
    recorder = RecordingProducer()
    poller = make_poller(name, feed_server.url("/feed.xml"), seen, recorder)  # no route yet: 404
    before = time.time()

    for _ in range(3):
        assert await poller.poll_once(session) == 0

    assert value("alerts_feed_errors_total", feed=name, kind="http") == 3
    assert value("alerts_feed_error_streak", feed=name) == 3
    assert value("alerts_feed_last_success_timestamp_seconds", feed=name) == 0
    [warning] = poller_records(caplog, logging.WARNING)
    assert warning.getMessage().startswith(f"feed {name!r}: http: HTTP 404 Not Found")
    assert "retried every 60s" in warning.getMessage()
    assert len(poller_records(caplog, logging.DEBUG)) == 2  # the rest of the streak

    feed_server.set("/feed.xml", rss_route("a"))
    assert await poller.poll_once(session) == 1

    recovered = [r.getMessage() for r in poller_records(caplog, logging.INFO)]
    assert f"feed {name!r} recovered after 3 failed polls" in recovered
    assert value("alerts_feed_error_streak", feed=name) == 0
    assert value("alerts_feed_last_success_timestamp_seconds", feed=name) >= before

    # A new streak warns again, once.
    feed_server.set("/feed.xml", Route(status=500))
    await poller.poll_once(session)
    await poller.poll_once(session)
    assert len(poller_records(caplog, logging.WARNING)) == 2
    assert value("alerts_feed_errors_total", feed=name, kind="http") == 5
    assert value("alerts_feed_error_streak", feed=name) == 2


async def test_each_failure_is_counted_by_kind(
    feed_server: FeedServer,
    local_server: LocalServer,
    seen: SeenStore,
    session: aiohttp.ClientSession,
    name: str,
) -> None:
    async def hang(request: web.Request) -> web.Response:
        await local_server.release.wait()
        return web.Response(status=200)

    local_server.route("/hang", hang)
    await local_server.start()
    feed_server.set(
        "/page.html", Route(body=b"<html><body><p>Home</p></body></html>", content_type="text/html")
    )
    feed_server.set("/big.xml", Route(body=build_rss("big", items(*[f"g{i}" for i in range(50)]))))
    cases = {
        "not_a_feed": (feed_server.url("/page.html"), {}),
        "too_large": (feed_server.url("/big.xml"), {"max_bytes": 2000}),
        "timeout": (local_server.url("/hang"), {"timeout": 0.5}),
        "connect": (f"http://127.0.0.1:{free_port()}/feed.xml", {}),
        "http": (feed_server.url("/missing.xml"), {}),
    }

    for kind, (url, options) in cases.items():
        feed = f"{name}-{kind.replace('_', '-')}"
        recorder = RecordingProducer()
        poller = make_poller(feed, url, seen, recorder, **options)  # type: ignore[arg-type]
        assert await poller.poll_once(session) == 0
        assert value("alerts_feed_errors_total", feed=feed, kind=kind) == 1, kind
        assert value("alerts_feed_error_streak", feed=feed) == 1, kind
        assert recorder.calls == 0, kind


async def test_an_unexpected_error_is_contained_and_counted(
    feed_server: FeedServer,
    tmp_path: Path,
    session: aiohttp.ClientSession,
    name: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=POLLER_LOG)
    feed_server.set("/feed.xml", rss_route("a"))
    store = SeenStore(tmp_path / "closed.sqlite3")
    store.close()  # every use now raises sqlite3.ProgrammingError: a bug, not a feed problem
    poller = make_poller(name, feed_server.url("/feed.xml"), store, RecordingProducer())

    assert await poller.poll_once(session) == 0

    assert value("alerts_feed_errors_total", feed=name, kind="internal") == 1
    [warning] = poller_records(caplog, logging.WARNING)
    assert warning.exc_info is not None  # a bug shows its traceback


async def test_token_in_the_feed_url_never_appears_in_logs_or_metrics(
    feed_server: FeedServer,
    local_server: LocalServer,
    seen: SeenStore,
    session: aiohttp.ClientSession,
    name: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level: aiohttp's included

    async def hang(request: web.Request) -> web.Response:
        await local_server.release.wait()
        return web.Response(status=200)

    local_server.route("/hang", hang)
    await local_server.start()
    feed_server.set("/ok.xml", rss_route("a", "b"))
    feed_server.set("/page.html", Route(body=b"<html><p>x</p></html>", content_type="text/html"))
    feed_server.set("/broken.xml", Route(status=503))
    query = f"?token={TOKEN}"
    urls = [
        feed_server.url("/ok.xml" + query),
        feed_server.url("/page.html" + query),
        feed_server.url("/broken.xml" + query),
        feed_server.url("/missing.xml" + query),
        local_server.url("/hang" + query),
        f"http://127.0.0.1:{free_port()}/feed{query}",
        f"http://reader:{TOKEN}@127.0.0.1:{free_port()}/feed",
    ]
    failing_produce = RecordingProducer()
    failing_produce.failing = RuntimeError("refused")

    for i, url in enumerate(urls):
        for recorder in (failing_produce, RecordingProducer()):
            poller = make_poller(f"{name}-{i}", url, seen, recorder, timeout=0.5)
            for _ in range(2):  # the WARNING of a first failure and the DEBUG of the next
                await poller.poll_once(session)

    assert caplog.records, "the poller logged nothing: the check below would prove nothing"
    assert any(r.levelno == logging.WARNING for r in caplog.records)
    assert TOKEN not in caplog.text
    for record in caplog.records:
        assert TOKEN not in record.getMessage(), record.name
    for family in REGISTRY.collect():
        for sample in family.samples:
            assert all(TOKEN not in v and "127.0.0.1" not in v for v in sample.labels.values())
