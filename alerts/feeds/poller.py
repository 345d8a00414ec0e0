"""The poller: each feed on its own schedule, new articles produced to Kafka keyed by id.

An article is marked seen only after Kafka acknowledged it, so a crash or a broker outage
re-sends rather than loses (at-least-once; the workers deduplicate deliveries).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime

import aiohttp

from alerts import metrics
from alerts.config import FeedConfig, FetchConfig
from alerts.errors import FeedError
from alerts.feeds.fetch import fetch
from alerts.feeds.parse import parse_feed
from alerts.feeds.seen import SeenStore
from alerts.models import Article

log = logging.getLogger(__name__)

Produce = Callable[[Sequence[Article]], Awaitable[None]]


class FeedPoller:
    """Polls one feed: fetch, parse, skip seen, produce, mark seen. Never raises for a bad feed."""

    def __init__(self, feed: FeedConfig, fetch_cfg: FetchConfig, seen: SeenStore, produce: Produce) -> None:
        self.feed = feed
        self.fetch_cfg = fetch_cfg
        self.seen = seen
        self.produce = produce
        self.error_streak = 0
        metrics.FEED_ERROR_STREAK.labels(feed.name).set(0)
        metrics.FEED_INTERVAL.labels(feed.name).set(feed.interval_seconds)

    async def poll_once(self, session: aiohttp.ClientSession) -> int:
        """One poll; returns the number of new articles produced (0 on failure)."""
        name = self.feed.name
        metrics.FEED_POLLS.labels(name).inc()
        started = time.perf_counter()
        try:
            produced = await self._poll(session)
        except FeedError as exc:
            self._failed(exc)
            return 0
        except Exception as exc:  # a bug must not stop the other feeds; it still shows
            self._failed(FeedError(name, "internal", f"{type(exc).__name__}: {exc}"), exc_info=True)
            return 0
        finally:
            metrics.FEED_FETCH_SECONDS.labels(name).observe(time.perf_counter() - started)
        if self.error_streak:
            log.info("feed %r recovered after %d failed polls", name, self.error_streak)
        self.error_streak = 0
        metrics.FEED_ERROR_STREAK.labels(name).set(0)
        metrics.FEED_LAST_SUCCESS.labels(name).set(time.time())
        return produced

    async def _poll(self, session: aiohttp.ClientSession) -> int:
        name = self.feed.name
        validators = self.seen.validators(name)
        doc = await fetch(
            session,
            feed=name,
            url=self.feed.url,
            validators=validators,
            timeout=self.fetch_cfg.timeout_seconds,
            max_bytes=self.fetch_cfg.max_bytes,
        )
        if doc is None:
            metrics.FEED_NOT_MODIFIED.labels(name).inc()
            return 0
        articles = await asyncio.to_thread(
            parse_feed,
            doc.body,
            feed=name,
            base_url=doc.final_url,
            tags=self.feed.tags,
            fetched=datetime.now(UTC),
            content_type=doc.content_type,
        )
        metrics.FEED_ENTRIES.labels(name).inc(len(articles))
        fresh_ids = self.seen.unseen(a.id for a in articles)
        fresh = list({a.id: a for a in articles if a.id in fresh_ids}.values())
        if fresh:
            try:
                await self.produce(fresh)
            except Exception as exc:
                raise FeedError(
                    name, "produce", f"Kafka did not take the articles: {type(exc).__name__}"
                ) from exc
            self.seen.mark(name, (a.id for a in fresh))
            metrics.FEED_ARTICLES.labels(name).inc(len(fresh))
            log.info("feed %r: %d new article(s)", name, len(fresh))
        # Only now: had production failed, the next poll must not be answered 304.
        self.seen.set_validators(name, doc.validators)
        return len(fresh)

    def _failed(self, exc: FeedError, exc_info: bool = False) -> None:
        metrics.FEED_ERRORS.labels(exc.feed, exc.kind).inc()
        self.error_streak += 1
        metrics.FEED_ERROR_STREAK.labels(exc.feed).set(self.error_streak)
        # Once per failure streak at WARNING; the rest of the streak is in metrics and DEBUG.
        level = logging.WARNING if self.error_streak == 1 else logging.DEBUG
        log.log(
            level,
            "%s (failing since this poll; retried every %gs)",
            exc,
            self.feed.interval_seconds,
            exc_info=exc_info,
        )


class Poller:
    """Runs a FeedPoller per feed until stopped."""

    def __init__(
        self, feeds: Sequence[FeedConfig], fetch_cfg: FetchConfig, seen: SeenStore, produce: Produce
    ) -> None:
        self.fetch_cfg = fetch_cfg
        self.pollers = [FeedPoller(f, fetch_cfg, seen, produce) for f in feeds]
        self._stop = asyncio.Event()

    async def run(self) -> None:
        connector = aiohttp.TCPConnector(limit=self.fetch_cfg.concurrency)
        headers = {
            "User-Agent": self.fetch_cfg.user_agent,
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
        }
        async with aiohttp.ClientSession(connector=connector, headers=headers) as session:
            await asyncio.gather(*(self._loop(p, session) for p in self.pollers))

    async def _loop(self, poller: FeedPoller, session: aiohttp.ClientSession) -> None:
        # Spread the first polls so many feeds do not all fire in the same second.
        first = random.uniform(0, min(2.0, poller.feed.interval_seconds / 10))
        if await self._stopped_within(first):
            return
        while not self._stop.is_set():
            await poller.poll_once(session)
            if await self._stopped_within(poller.feed.interval_seconds):
                return

    async def _stopped_within(self, seconds: float) -> bool:
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
        except TimeoutError:
            return False
        return True

    def stop(self) -> None:
        self._stop.set()
