"""The poller: each feed on its own schedule, new articles produced to Kafka keyed by id.

An article is marked seen only after Kafka acknowledged it, so a crash or a broker outage
re-sends rather than loses (at-least-once; the workers deduplicate deliveries).

A failing feed is not parked: it is retried with exponential backoff and jitter, later when the
server sent Retry-After (429, 503). Requests to one host, for feeds and article pages alike,
go through one HostGate. Each feed's health is written to state_dir/feeds.json for `alerts feeds`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

from alerts import metrics
from alerts.config import FeedConfig, FetchConfig
from alerts.errors import FeedError
from alerts.feeds.fetch import fetch
from alerts.feeds.fulltext import FullText
from alerts.feeds.hosts import HostGate
from alerts.feeds.parse import Entry, parse_entries
from alerts.feeds.seen import SeenStore
from alerts.feeds.status import FeedStatus, StatusBook, status_path
from alerts.models import Article

log = logging.getLogger(__name__)

Produce = Callable[[Sequence[Article]], Awaitable[None]]
# Backoff doubles up to 2^30 intervals at most: beyond, only max_backoff_seconds matters.
_MAX_DOUBLINGS = 30
_JITTER = random.Random()


class FeedPoller:
    """Polls one feed: fetch, parse, skip seen, produce, mark seen. Never raises for a bad feed."""

    def __init__(
        self,
        feed: FeedConfig,
        fetch_cfg: FetchConfig,
        seen: SeenStore,
        produce: Produce,
        *,
        hosts: HostGate | None = None,
        full_text: FullText | None = None,
        status: FeedStatus | None = None,
        claims: dict[str, str] | None = None,
    ) -> None:
        self.feed = feed
        self.fetch_cfg = fetch_cfg
        self.seen = seen
        self.produce = produce
        self.hosts = hosts or HostGate(fetch_cfg.per_host_concurrency, fetch_cfg.per_host_delay_seconds)
        self.full_text = full_text or FullText(fetch_cfg, self.hosts, seen)
        self.status = status or FeedStatus(feed.name)
        # Plain ids being produced right now, by feed: shared by all pollers, so two feeds
        # polled at the same moment see each other's ids before either reached the seen store.
        self.claims = {} if claims is None else claims
        self.error_streak = 0
        self.retry_after: float | None = None  # what the server asked for after the last failure
        metrics.FEED_ERROR_STREAK.labels(feed.name).set(0)
        metrics.FEED_INTERVAL.labels(feed.name).set(feed.interval_seconds)

    async def poll_once(self, session: aiohttp.ClientSession) -> int:
        """One poll; returns the number of new articles produced (0 on failure)."""
        name = self.feed.name
        metrics.FEED_POLLS.labels(name).inc()
        started = time.perf_counter()
        self.status.last_poll = time.time()
        self.retry_after = None
        try:
            produced = await self._poll(session)
        except FeedError as exc:
            self._failed(exc)
            return 0
        except Exception as exc:  # a bug must not stop the other feeds; it still shows
            # Only the type: an exception's text may quote the feed's URL, and with it a token.
            self._failed(FeedError(name, "internal", type(exc).__name__))
            log.debug("feed %r: internal error", name, exc_info=True)
            return 0
        finally:
            metrics.FEED_FETCH_SECONDS.labels(name).observe(time.perf_counter() - started)
        if self.error_streak:
            log.info("feed %r recovered after %d failed polls", name, self.error_streak)
        self.error_streak = 0
        metrics.FEED_ERROR_STREAK.labels(name).set(0)
        now = time.time()
        metrics.FEED_LAST_SUCCESS.labels(name).set(now)
        self.status.last_success = now
        self.status.error_streak = 0
        return produced

    def next_delay(self, rng: random.Random | None = None) -> float:
        """Seconds until the next poll: the interval when healthy, else backoff with jitter.

        After n failures in a row: interval * 2^(n-1), capped at fetch.max_backoff_seconds, times
        a random 0.75-1.25 so feeds failing together (one host down) do not retry together; never
        sooner than the interval, nor than a Retry-After the server sent.
        """
        interval = self.feed.interval_seconds
        if not self.error_streak:
            return interval
        draw = (rng or _JITTER).uniform(0.75, 1.25)
        cap = max(interval, self.fetch_cfg.max_backoff_seconds)
        base = min(cap, interval * 2.0 ** min(self.error_streak - 1, _MAX_DOUBLINGS))
        return max(interval, base * draw, self.retry_after or 0.0)

    async def _poll(self, session: aiohttp.ClientSession) -> int:
        name = self.feed.name
        validators = self.seen.validators(name)
        async with self.hosts.slot(self.feed.url):
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
        entries = await asyncio.to_thread(
            parse_entries,
            doc.body,
            feed=name,
            base_url=doc.final_url,
            tags=self.feed.tags,
            fetched=datetime.now(UTC),
            content_type=doc.content_type,
        )
        metrics.FEED_ENTRIES.labels(name).inc(len(entries))
        self.status.items_last_poll = len(entries)
        fresh = self._fresh(entries)
        try:
            if fresh:
                articles = await self.full_text.complete(session, self.feed, [a for _, a in fresh])
                try:
                    await self.produce(articles)
                except Exception as exc:
                    raise FeedError(
                        name, "produce", f"Kafka did not take the articles: {type(exc).__name__}"
                    ) from exc
                # The feed's own ids are what it is asked about next time, whichever id went out.
                self.seen.mark(name, (plain for plain, _ in fresh))
                metrics.FEED_ARTICLES.labels(name).inc(len(articles))
                log.info("feed %r: %d new article(s)", name, len(articles))
        finally:
            for plain, _ in fresh:  # marked in the seen store now, or to be tried again
                if self.claims.get(plain) == name:
                    del self.claims[plain]
        # Only now: had production failed, the next poll must not be answered 304.
        self.seen.set_validators(name, doc.validators)
        self.status.items_seen = self.seen.count(name)
        return len(fresh)

    def _fresh(self, entries: Sequence[Entry]) -> list[tuple[str, Article]]:
        """(plain id, article to send) for the entries this feed has not produced yet.

        An id another feed already produced is the same article when it comes from a URL or a
        global guid (skipped: it went out once), and a different one when it comes from a guid
        only unique within its feed, such as "1" (sent under the feed-scoped id).
        """
        name = self.feed.name
        by_id = {e.article.id: e for e in entries}  # an id repeated in one document counts once
        new = self.seen.unseen(by_id, feed=name)
        elsewhere = (new - self.seen.unseen(new)) | {i for i in new if self.claims.get(i, name) != name}
        out: list[tuple[str, Article]] = []
        for plain, entry in by_id.items():
            if plain not in new:
                continue
            if plain not in elsewhere:
                self.claims[plain] = name
                out.append((plain, entry.article))
            elif entry.local_id is not None:
                out.append((plain, entry.article.model_copy(update={"id": entry.local_id})))
            else:
                self.seen.mark(name, [plain])  # already sent by another feed: nothing to do
        return out

    def _failed(self, exc: FeedError, exc_info: bool = False) -> None:
        metrics.FEED_ERRORS.labels(exc.feed, exc.kind).inc()
        self.error_streak += 1
        self.retry_after = exc.retry_after
        if exc.retry_after:
            self.hosts.hold(self.feed.url, exc.retry_after)
        metrics.FEED_ERROR_STREAK.labels(exc.feed).set(self.error_streak)
        self.status.error_streak = self.error_streak
        self.status.last_error = f"{exc.kind}: {exc.detail}"
        self.status.last_error_at = time.time()
        # Once per failure streak at WARNING; the rest of the streak is in metrics and DEBUG.
        level = logging.WARNING if self.error_streak == 1 else logging.DEBUG
        log.log(
            level,
            "%s (failing since this poll; retried every %gs, backing off up to %gs)",
            exc,
            self.feed.interval_seconds,
            max(self.feed.interval_seconds, self.fetch_cfg.max_backoff_seconds),
            exc_info=exc_info,
        )


class Poller:
    """Runs a FeedPoller per feed until stopped."""

    def __init__(
        self,
        feeds: Sequence[FeedConfig],
        fetch_cfg: FetchConfig,
        seen: SeenStore,
        produce: Produce,
        status_file: Path | None = None,
    ) -> None:
        self.fetch_cfg = fetch_cfg
        self.hosts = HostGate(fetch_cfg.per_host_concurrency, fetch_cfg.per_host_delay_seconds)
        self.full_text = FullText(fetch_cfg, self.hosts, seen)
        # Beside the seen store, in state_dir, unless told otherwise.
        self.book = StatusBook(status_file or status_path(seen.path.parent), [f.name for f in feeds])
        claims: dict[str, str] = {}
        self.pollers = [
            FeedPoller(
                f,
                fetch_cfg,
                seen,
                produce,
                hosts=self.hosts,
                full_text=self.full_text,
                status=self.book[f.name],
                claims=claims,
            )
            for f in feeds
        ]
        self._stop = asyncio.Event()

    async def run(self) -> None:
        connector = aiohttp.TCPConnector(limit=self.fetch_cfg.concurrency)
        headers = {
            "User-Agent": self.fetch_cfg.user_agent,
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
        }
        async with aiohttp.ClientSession(connector=connector, headers=headers) as session:
            loops = [asyncio.create_task(self._loop(p, session)) for p in self.pollers]
            stopped = asyncio.create_task(self._stop.wait())
            try:
                await asyncio.wait([stopped, *loops], return_when=asyncio.FIRST_EXCEPTION)
            finally:
                # A poll waiting on a host's pause or a slow server must not delay the stop; an
                # article whose produce is cut short is not marked seen, so it is sent next time.
                for task in [stopped, *loops]:
                    task.cancel()
                await asyncio.gather(stopped, *loops, return_exceptions=True)

    async def _loop(self, poller: FeedPoller, session: aiohttp.ClientSession) -> None:
        # Spread the first polls so many feeds do not all fire in the same second.
        first = random.uniform(0, min(2.0, poller.feed.interval_seconds / 10))
        self._scheduled(poller, first)
        if await self._stopped_within(first):
            return
        while not self._stop.is_set():
            held = self.hosts.held_for(poller.feed.url)
            if held > 0:  # another feed on this host was told to wait (Retry-After): so is this one
                self._scheduled(poller, held)
                if await self._stopped_within(held):
                    return
            await poller.poll_once(session)
            delay = max(poller.next_delay(), self.hosts.held_for(poller.feed.url))
            self._scheduled(poller, delay)
            if await self._stopped_within(delay):
                return

    def _scheduled(self, poller: FeedPoller, delay: float) -> None:
        when = time.time() + delay
        poller.status.next_poll = when
        poller.status.paused_by_server = bool(poller.retry_after)
        metrics.FEED_NEXT_POLL.labels(poller.feed.name).set(when)
        try:
            self.book.save()
        except OSError as exc:  # the status file is for people; polling goes on without it
            log.warning("feed status not written to %s: %s", self.book.path, exc.strerror)

    async def _stopped_within(self, seconds: float) -> bool:
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
        except TimeoutError:
            return False
        return True

    def stop(self) -> None:
        self._stop.set()
