"""The whole article: fetch the page an entry links to and keep its main text.

Most news feeds carry a line or two per item; the figures and the warnings are in the page.
As Miniflux's "fetch original content" does, the bot fetches that page with its own client
and limits (timeout, size cap, redirects, politeness per host) and keeps the main text, as
trafilatura finds it among navigation, ads, related links and comments. The feed's title,
link and date are kept; the page's date is used only when the feed gave none.

Any failure falls back to the entry's own text: it is counted by feed and reason and logged
once per failure streak. A page fetched once is not fetched again (kept in the SeenStore).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import aiohttp
import trafilatura
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import DefaultResolver

from alerts import metrics
from alerts.config import FeedConfig, FetchConfig
from alerts.errors import NOT_PUBLIC, FeedError, HostWaitTooLong
from alerts.feeds.addresses import PublicResolver, default_ports, literal_refused
from alerts.feeds.fetch import Fetched, fetch
from alerts.feeds.hosts import HostGate
from alerts.feeds.parse import MAX_TEXT_CHARS
from alerts.feeds.seen import SeenStore
from alerts.models import Article
from alerts.text.clean import dedupe_paragraphs

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A poll spends at most this many fetch timeouts on its article pages, all pages together.
BUDGET_TIMEOUTS = 4
_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
# trafilatura's date search: only what the page states (meta tags, markup), no guessing from URLs.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


@dataclass(frozen=True)
class Page:
    text: str
    published: datetime | None


@dataclass(frozen=True)
class _Failure:
    reason: str  # a metric label: a short word
    detail: str  # never the URL


def wants_page(feed: FeedConfig, article: Article, min_chars: int) -> bool:
    """Whether this entry's page should be fetched, by the feed's `full_text` setting."""
    if feed.full_text == "never" or not article.url.startswith(("http://", "https://")):
        return False
    return feed.full_text == "always" or len(article.text) < min_chars


def extract_page(html: bytes, url: str) -> Page | None:
    """The main text and stated date of an article page; None when no main text is found."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = str(getattr(doc, "text", None) or "").strip()
    if not text:
        return None
    # trafilatura ends each paragraph with a newline; the bot's texts separate paragraphs by a blank line.
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return Page(
        dedupe_paragraphs("\n\n".join(paragraphs))[:MAX_TEXT_CHARS], _date(getattr(doc, "date", None))
    )


def _date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class FullText:
    """Replaces short entries' text by their page's main text, for one poller and all its feeds."""

    def __init__(
        self,
        cfg: FetchConfig,
        hosts: HostGate,
        store: SeenStore,
        resolver: AbstractResolver | None = None,
    ) -> None:
        self.cfg = cfg
        self.hosts = hosts
        self.store = store
        # The name lookups pages go through (aiohttp's default when None); every answer is
        # checked by PublicResolver. Tests give a resolver of their own: DNS is the boundary.
        self._resolver = resolver
        self._streaks: dict[str, int] = {}
        self._feed_hosts: dict[str, frozenset[tuple[str, int]]] = {}

    def _check_address(self, feed: str, url: str) -> None:
        """Links in a feed are third-party data: they must not lead the bot into its own network.

        A page on a loopback, private, link-local or reserved address is fetched only when the
        feed itself is on that host (an intranet feed linking its own pages); otherwise a hostile
        feed could have internal pages fetched and their text posted to a channel. Here: an
        address written in the URL (the connector does not resolve those). A host name is
        checked by the connector's resolver, on the very addresses it connects to.
        """
        if _on_host(url, self._feed_hosts.get(feed, frozenset())):
            return
        if literal_refused(url):
            raise FeedError(feed, "not_public", NOT_PUBLIC)

    @asynccontextmanager
    async def _pages_session(
        self, session: aiohttp.ClientSession, feed: FeedConfig
    ) -> AsyncIterator[aiohttp.ClientSession]:
        """A session for one feed's pages whose resolver refuses non-public addresses.

        One per poll of a feed, so its resolver can exempt exactly that feed's own host (and
        nothing cached in it serves another feed). The poller's headers (User-Agent) are kept.
        """
        inner = self._resolver or DefaultResolver()
        resolver = PublicResolver(inner, exempt=self._feed_hosts[feed.name])
        connector = aiohttp.TCPConnector(limit=self.cfg.concurrency, resolver=resolver)
        try:
            async with aiohttp.ClientSession(connector=connector, headers=session.headers) as pages:
                yield pages
        finally:
            if self._resolver is None:  # made here; an injected one belongs to its maker
                await inner.close()

    async def complete(
        self, session: aiohttp.ClientSession, feed: FeedConfig, articles: Sequence[Article]
    ) -> list[Article]:
        """The articles, each with its page's text where it was wanted and could be had."""
        self._feed_hosts[feed.name] = feed_host(feed.url)
        wanted = [a for a in articles if wants_page(feed, a, self.cfg.full_text_min_chars)]
        if not wanted:
            return list(articles)
        # A page waits for its host's pause (Retry-After) at most this long, then the entry's
        # own text goes out (`host_paused`): a pause must not hold up the feed's new articles.
        max_wait = min(self.cfg.timeout_seconds, feed.interval_seconds)
        budget = BUDGET_TIMEOUTS * self.cfg.timeout_seconds
        async with self._pages_session(session, feed) as pages:
            tasks = [asyncio.create_task(self._page(pages, feed.name, a, max_wait)) for a in wanted]
            # One slow site must not hold a feed's new articles for pages x timeout: what is not
            # fetched within the budget goes out with the entry's own text.
            _, late = await asyncio.wait(tasks, timeout=budget)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        outcomes = [
            _Failure("budget", f"not fetched within the poll's {budget:g}s for pages")
            if t in late
            else t.result()
            for t in tasks
        ]
        found: dict[str, Page] = {}
        # Counted and logged in the feed's order, not in the order the pages answered, so a
        # failure streak is the same whichever page was fastest.
        for article, outcome in zip(wanted, outcomes, strict=True):
            if isinstance(outcome, Page):
                found[article.id] = outcome
                self._succeeded(feed.name)
            else:
                self._failed(feed.name, outcome)
        return [_with_page(a, found[a.id]) if a.id in found else a for a in articles]

    async def _page(
        self, session: aiohttp.ClientSession, feed: str, article: Article, max_wait: float
    ) -> Page | _Failure:
        cached = self.store.page(article.url)
        if cached is not None:
            metrics.FULLTEXT_PAGES.labels(feed, "cached").inc()
            return Page(*cached)
        try:
            page = await self._fetch(session, feed, article, max_wait)
        except FeedError as exc:
            return _Failure(exc.kind, exc.detail)
        except Exception as exc:  # a bug in extraction must cost this page only, and still show
            log.warning("feed %r: reading an article page failed unexpectedly", feed, exc_info=True)
            return _Failure("internal", type(exc).__name__)
        self.store.set_page(article.url, page.text, page.published)
        metrics.FULLTEXT_PAGES.labels(feed, "fetched").inc()
        return page

    def _succeeded(self, feed: str) -> None:
        if self._streaks.get(feed):
            log.info("feed %r: article pages fetched again after %d failures", feed, self._streaks[feed])
        self._streaks[feed] = 0

    async def _fetch(
        self, session: aiohttp.ClientSession, feed: str, article: Article, max_wait: float
    ) -> Page:
        try:
            async with self.hosts.slot(article.url, max_wait=max_wait):
                doc = await self._ask(session, feed, article)
        except HostWaitTooLong as exc:
            # The host asked for a pause longer than the page may wait: the summary goes out now.
            raise FeedError(feed, "host_paused", str(exc)) from None
        if doc is None:  # no validators were sent, so a 304 is the server's confusion
            raise FeedError(feed, "http", "HTTP 304 to an unconditional request")
        ctype = (doc.content_type or "").split(";")[0].strip().lower()
        if ctype and ctype not in _HTML_TYPES:
            raise FeedError(feed, "not_html", f"the page is {ctype[:60]}, not HTML")
        page = await asyncio.to_thread(extract_page, doc.body, doc.final_url)
        if page is None:
            raise FeedError(feed, "no_text", "no main text found in the page")
        return page

    async def _ask(self, session: aiohttp.ClientSession, feed: str, article: Article) -> Fetched | None:
        async def check(url: str) -> None:
            self._check_address(feed, url)

        try:
            return await fetch(
                session,
                feed=feed,
                url=article.url,
                timeout=self.cfg.timeout_seconds,
                max_bytes=self.cfg.max_bytes,
                accept=_ACCEPT,
                # Every hop: a public page must not redirect the bot into its own network.
                check_url=check,
            )
        except FeedError as exc:
            if exc.retry_after:
                self.hosts.hold(article.url, exc.retry_after)
            raise

    def _failed(self, feed: str, failure: _Failure) -> None:
        metrics.FULLTEXT_FAILURES.labels(feed, failure.reason).inc()
        streak = self._streaks.get(feed, 0) + 1
        self._streaks[feed] = streak
        # Once per failure streak at WARNING (the URL is never logged: it may carry a token).
        level = logging.WARNING if streak == 1 else logging.DEBUG
        log.log(
            level,
            "feed %r: article page not used (%s: %s); the entry's own text is used instead",
            feed,
            failure.reason,
            failure.detail,
        )


def feed_host(url: str) -> frozenset[tuple[str, int]]:
    """The (host, port) pairs that count as a feed's own host: its port, or both defaults.

    As host_of() compares hosts, a feed at http://intranet/feed owns http:// and https://
    pages on `intranet`, not intranet:8443.
    """
    host, ports = default_ports(url)
    return frozenset((host, port) for port in ports) if host else frozenset()


def _on_host(url: str, own: frozenset[tuple[str, int]]) -> bool:
    try:
        parts = urlsplit(url)
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        return False
    port = port or (443 if parts.scheme == "https" else 80)
    return (host.rstrip("."), port) in own


def _with_page(article: Article, page: Page) -> Article:
    text = page.text
    # Pages repeat their headline above the article; the title is in the Article already.
    first, _, rest = text.partition("\n\n")
    if rest and first.strip().casefold() == article.title.strip().casefold():
        text = rest
    # A main text shorter than the entry's own is the wrong block of the page: keep the entry's.
    if len(text) <= len(article.text):
        return article
    update: dict[str, object] = {"text": text}
    if article.published is None and page.published is not None:
        update["published"] = page.published
    return article.model_copy(update=update)
