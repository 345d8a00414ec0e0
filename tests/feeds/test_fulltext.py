"""Full text: a summary-only feed's articles get their page's main text, failures fall back.

Real HTTP on 127.0.0.1 (the local newsroom); `produce` records what would go to Kafka.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

import aiohttp
import pytest
from aiohttp import web

from alerts.config import FeedConfig, FetchConfig
from alerts.feeds.fulltext import extract_page
from alerts.feeds.poller import FeedPoller
from alerts.feeds.seen import SeenStore
from alerts.models import Article
from alerts.testing.feedserver import FeedServer, RecordingProducer, Route
from alerts.testing.harness import registry_value as value
from alerts.testing.newsroom import (
    FLOOD,
    HUGE,
    LANDSLIDE,
    MISSING,
    SLOW,
    Newsroom,
    Story,
    article_page,
    summary_rss,
)
from alerts.testing.servers import LocalServer

LOG = "alerts.feeds.fulltext"
BOILERPLATE = ("9,000", "Subscribe", "Holiday homes", "Most read", "cookies", "Copyright", "riverwatcher")


@pytest.fixture
def newsroom(feed_server: FeedServer) -> Newsroom:
    return Newsroom(feed_server, page_delay=5.0, huge_bytes=300_000).open()


def poller(
    name: str,
    url: str,
    seen: SeenStore,
    recorder: RecordingProducer,
    mode: Literal["auto", "always", "never"] = "auto",
    **fetch: float,
) -> FeedPoller:
    feed = FeedConfig(name=name, url=url, interval_seconds=60, full_text=mode)
    cfg = FetchConfig(timeout_seconds=1.5, max_bytes=100_000, per_host_delay_seconds=0, **fetch)  # type: ignore[arg-type]
    return FeedPoller(feed, cfg, seen, recorder)


def by_title(recorder: RecordingProducer) -> dict[str, Article]:
    return {a.title: a for batch in recorder.batches for a in batch}


async def test_summary_feed_articles_carry_the_page_body_and_failures_fall_back(
    newsroom: Newsroom,
    seen: SeenStore,
    session: aiohttp.ClientSession,
    name: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOG)
    recorder = RecordingProducer()

    assert await poller(name, newsroom.feeds["summary"], seen, recorder).poll_once(session) == 4

    got = by_title(recorder)
    flood = got[FLOOD.title]
    # The figure only the page's body holds is in the article; the page's clutter is not.
    assert "About 2,350 people fled their homes in the district of Kharun" in flood.text
    assert flood.text.startswith("Rising water reached several villages")
    assert flood.text.endswith("asked residents of low-lying streets to stay alert.")
    for junk in BOILERPLATE:
        assert junk not in flood.text, junk
    # The feed's title and link are kept; the feed gave no date, so the page's is used.
    assert flood.url == newsroom.server.url("/news/river-floods")
    assert flood.published == datetime(2024, 5, 15, 6, 0, tzinfo=UTC)
    # Pages that fail: the summary goes out, each failure counted by its reason.
    assert got[MISSING.title].text == MISSING.summary
    assert got[SLOW.title].text == SLOW.summary
    assert got[HUGE.title].text == HUGE.summary
    assert value("alerts_fulltext_pages_total", feed=name, outcome="fetched") == 1
    assert value("alerts_fulltext_failures_total", feed=name, reason="http") == 1
    assert value("alerts_fulltext_failures_total", feed=name, reason="timeout") == 1
    assert value("alerts_fulltext_failures_total", feed=name, reason="too_large") == 1
    # One warning for the streak of failures, none naming a URL.
    warnings = [r for r in caplog.records if r.name == LOG and r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert f"feed {name!r}: article page not used" in warnings[0].getMessage()
    assert "127.0.0.1" not in caplog.text


async def test_a_full_content_feed_is_taken_as_it_is(
    newsroom: Newsroom, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    recorder = RecordingProducer()

    assert await poller(name, newsroom.feeds["full"], seen, recorder).poll_once(session) == 1

    [article] = recorder.batches[0]
    assert "More than 4,100 people were displaced by landslides" in article.text
    assert newsroom.server.hits["/news/landslides-vell"] == 0
    assert article.published == LANDSLIDE.published


async def test_never_and_always(
    newsroom: Newsroom, tmp_path: Path, session: aiohttp.ClientSession, name: str
) -> None:
    never_store = SeenStore(tmp_path / "never.sqlite3")
    always_store = SeenStore(tmp_path / "always.sqlite3")
    try:
        never = RecordingProducer()
        await poller(f"{name}-n", newsroom.feeds["summary"], never_store, never, "never").poll_once(session)
        assert by_title(never)[FLOOD.title].text == FLOOD.summary
        assert sum(newsroom.server.hits[p] for p in newsroom.server.hits if p.startswith("/news/")) == 0

        always = RecordingProducer()
        await poller(f"{name}-a", newsroom.feeds["full"], always_store, always, "always").poll_once(session)
        assert newsroom.server.hits["/news/landslides-vell"] == 1
        assert "More than 4,100 people" in by_title(always)[LANDSLIDE.title].text
    finally:
        never_store.close()
        always_store.close()


async def test_a_page_fetched_once_is_not_fetched_again(
    newsroom: Newsroom, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    # Two feeds link the same page (a wire story); a failed produce makes the first poll again.
    recorder = RecordingProducer()
    recorder.failing = ConnectionError("broker down")
    first = poller(name, newsroom.feeds["summary"], seen, recorder)
    await first.poll_once(session)
    recorder.failing = None
    await first.poll_once(session)
    await poller(f"{name}-b", newsroom.feeds["summary"], seen, RecordingProducer()).poll_once(session)

    assert newsroom.server.hits["/news/river-floods"] == 1
    assert "About 2,350 people" in by_title(recorder)[FLOOD.title].text
    assert value("alerts_fulltext_pages_total", feed=name, outcome="cached") == 1


async def test_a_page_that_is_not_html_or_holds_no_text_falls_back(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    stories = [
        Story("pdf", "A report", "Short summary one.", ()),
        Story("empty", "An empty page", "Short summary two.", ()),
    ]
    links = {s.slug: feed_server.url(f"/p/{s.slug}") for s in stories}
    feed_server.set("/feed.rss", Route(summary_rss("x", stories, links)))
    feed_server.set("/p/pdf", Route(b"%PDF-1.7 ...", content_type="application/pdf"))
    feed_server.set(
        "/p/empty",
        Route(b"<html><head><title>t</title></head><body></body></html>", content_type="text/html"),
    )
    recorder = RecordingProducer()

    await poller(name, feed_server.url("/feed.rss"), seen, recorder).poll_once(session)

    assert [a.text for a in recorder.batches[0]] == ["Short summary one.", "Short summary two."]
    assert value("alerts_fulltext_failures_total", feed=name, reason="not_html") == 1
    assert value("alerts_fulltext_failures_total", feed=name, reason="no_text") == 1


def test_extraction_keeps_the_article_and_drops_the_page_around_it() -> None:
    page = extract_page(article_page(FLOOD), "http://127.0.0.1/news/river-floods")

    assert page is not None
    assert all(p in page.text for p in FLOOD.body)
    for junk in BOILERPLATE:
        assert junk not in page.text, junk
    assert page.published == FLOOD.page_published


async def test_a_link_into_another_local_address_is_not_followed(
    feed_server: FeedServer,
    local_server: LocalServer,
    seen: SeenStore,
    session: aiohttp.ClientSession,
    name: str,
) -> None:
    # A hostile feed links a page on an internal service (here: another port on 127.0.0.1).
    async def internal(request: web.Request) -> web.Response:
        return web.Response(text="<html><body><article><p>internal secret</p></article></body></html>")

    local_server.route("/admin", internal)
    await local_server.start()
    # One link goes there straight; one to a page of the feed's own site that redirects there.
    feed_server.set("/moved", Route(status=302, headers={"Location": local_server.url("/admin")}))
    stories = [Story("probe", "A probe", "Short summary.", ()), Story("hop", "A hop", "Another one.", ())]
    links = {"probe": local_server.url("/admin"), "hop": feed_server.url("/moved")}
    feed_server.set("/feed.rss", Route(summary_rss("x", stories, links)))
    recorder = RecordingProducer()

    await poller(name, feed_server.url("/feed.rss"), seen, recorder).poll_once(session)

    assert [a.text for a in recorder.batches[0]] == ["Short summary.", "Another one."]
    assert feed_server.hits["/moved"] == 1  # the feed's own host may be asked ...
    assert local_server.requests == []  # ... but neither the link nor the redirect reached the other
    assert value("alerts_fulltext_failures_total", feed=name, reason="not_public") == 2


async def test_a_slow_site_costs_a_poll_its_budget_not_every_page_s_timeout(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    # Six pages that never answer, one at a time: six timeouts would be 6 s; the budget is 4 s.
    stories = [Story(f"s{i}", f"Story {i}", f"Summary {i}.", ()) for i in range(6)]
    links = {s.slug: feed_server.url(f"/slow/{s.slug}") for s in stories}
    feed_server.set("/feed.rss", Route(summary_rss("x", stories, links)))
    for s in stories:
        feed_server.set(f"/slow/{s.slug}", Route(b"<html></html>", content_type="text/html", delay=30))
    recorder = RecordingProducer()
    feed = FeedConfig(name=name, url=feed_server.url("/feed.rss"), interval_seconds=60)
    cfg = FetchConfig(timeout_seconds=1, per_host_concurrency=1, per_host_delay_seconds=0)

    assert await FeedPoller(feed, cfg, seen, recorder).poll_once(session) == 6

    assert [a.text for a in recorder.batches[0]] == [s.summary for s in stories]
    timeouts = value("alerts_fulltext_failures_total", feed=name, reason="timeout")
    over_budget = value("alerts_fulltext_failures_total", feed=name, reason="budget")
    assert over_budget >= 2 and timeouts + over_budget == 6


async def test_a_page_waiting_behind_a_long_pause_falls_back_at_once(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    # One request at a time to the site: the first page's answer asks for a two-minute pause
    # while the second page waits for its turn. The second must not sit out the pause (nor the
    # poll's budget): it goes out with its summary, counted as host_paused.
    stories = [Story("busy", "Busy", "Summary one.", ()), Story("next", "Next", "Summary two.", ())]
    links = {s.slug: feed_server.url(f"/p/{s.slug}") for s in stories}
    feed_server.set("/feed.rss", Route(summary_rss("x", stories, links)))
    feed_server.set(
        "/p/busy", Route(b"slow down", status=429, content_type="text/plain", headers={"Retry-After": "120"})
    )
    feed_server.set("/p/next", Route(article_page(FLOOD), content_type="text/html"))
    recorder = RecordingProducer()
    feed = FeedConfig(name=name, url=feed_server.url("/feed.rss"), interval_seconds=60)
    cfg = FetchConfig(timeout_seconds=1.5, per_host_concurrency=1, per_host_delay_seconds=0)

    assert await FeedPoller(feed, cfg, seen, recorder).poll_once(session) == 2

    assert [a.text for a in recorder.batches[0]] == ["Summary one.", "Summary two."]
    assert feed_server.hits["/p/next"] == 0
    assert value("alerts_fulltext_failures_total", feed=name, reason="http") == 1
    assert value("alerts_fulltext_failures_total", feed=name, reason="host_paused") == 1
    assert value("alerts_fulltext_failures_total", feed=name, reason="budget") == 0
