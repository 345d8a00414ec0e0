"""Feed documents (bytes) to Articles, with feedparser doing the format work."""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from alerts.errors import FeedError
from alerts.models import Article
from alerts.text.clean import dedupe_paragraphs, html_to_text
from alerts.text.dates import date_in_address

# Bodies beyond this are cut: rules read the lead of an article, and a hostile feed must not
# make every downstream step (Kafka message, rule scan, message template) unbounded.
MAX_TEXT_CHARS = 100_000
MAX_TITLE_CHARS = 500
_HARMLESS = frozenset({"NonXMLContentType", "CharacterEncodingOverride"})
# A guid with a scheme (http:, tag:, urn:) or as long as a UUID or hash names the article
# everywhere; anything shorter ("1234", "item-7") is only unique within its own feed.
_GLOBAL_GUID = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S|^\S{32,}$")


def feed_local_id(feed: str, guid: str | None) -> str | None:
    """For a guid unique only within its feed ("1234"), an id scoped to the feed; else None.

    Ids stay as they were (a change would re-send every article remembered on disk); the poller
    uses this one only when another feed already took the plain id for a different article.
    """
    if not guid or _GLOBAL_GUID.match(guid):
        return None
    return Article.make_id(f"{feed}\x00{guid}", None, "")


@dataclass(frozen=True)
class Entry:
    """An Article as parsed, and the feed-scoped id to use if its plain id is taken elsewhere."""

    article: Article
    local_id: str | None


def parse_feed(
    data: bytes,
    *,
    feed: str,
    base_url: str,
    tags: Sequence[str] = (),
    fetched: datetime | None = None,
    content_type: str | None = None,
) -> list[Article]:
    """Parse an RSS/Atom document into Articles (see parse_entries)."""
    return [
        e.article
        for e in parse_entries(
            data, feed=feed, base_url=base_url, tags=tags, fetched=fetched, content_type=content_type
        )
    ]


def parse_entries(
    data: bytes,
    *,
    feed: str,
    base_url: str,
    tags: Sequence[str] = (),
    fetched: datetime | None = None,
    content_type: str | None = None,
) -> list[Entry]:
    """Parse an RSS/Atom document into Entries.

    A "bozo" document (feedparser's word for not well-formed) still yields the entries it
    could read; only a document with no entries and a fatal problem raises FeedError.
    ``base_url`` is the final URL after redirects, so relative links resolve.
    """
    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        version = parsed.get("version") or ""
        problem_type = type(parsed.get("bozo_exception")).__name__
        # A content type that is not XML (file://, text/html, text/plain) is feedparser's warning,
        # not a fault: a well-formed feed with no items is a quiet feed, not a failing one.
        if parsed.get("bozo") and not (version and problem_type in _HARMLESS):
            problem = type(parsed.get("bozo_exception")).__name__
            if not version:
                raise FeedError(feed, "not_a_feed", f"the document is not RSS or Atom ({problem})")
            raise FeedError(feed, "parse", f"no readable entries ({problem})")
        if not version:
            raise FeedError(feed, "not_a_feed", "the document is not RSS or Atom")
        return []
    now = fetched or datetime.now(UTC)
    return [a for a in (_entry(e, feed, tags, now) for e in entries) if a is not None]


def _entry(entry: Any, feed: str, tags: Sequence[str], fetched: datetime) -> Entry | None:
    title = html_to_text(str(entry.get("title") or ""))[:MAX_TITLE_CHARS]
    link = str(entry.get("link") or "")
    body = _body(entry)
    text = dedupe_paragraphs(html_to_text(body))[:MAX_TEXT_CHARS]
    if not (title or text):
        return None
    guid = entry.get("id") or None
    entry_tags = [str(t.get("term")) for t in entry.get("tags") or [] if t.get("term")]
    article = Article(
        id=Article.make_id(guid, link or None, title + "\n" + text),
        feed=feed,
        url=link,
        title=title,
        text=text,
        published=_published(entry, fetched),
        fetched=fetched,
        tags=tuple(dict.fromkeys([*tags, *entry_tags]))[:20],
    )
    return Entry(article, feed_local_id(feed, guid))


def _body(entry: Any) -> str:
    # Prefer full content over the summary; Atom may carry several content parts.
    contents = entry.get("content") or []
    best = max((str(c.get("value") or "") for c in contents), key=len, default="")
    summary = str(entry.get("summary") or "")
    return best if len(best) >= len(summary) else summary


def _published(entry: Any, fetched: datetime) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError):
                continue
    # no date in the entry: the date its address files it under ("/2016/11/"), at noon as for
    # a date with no time
    # (a date after the fetch is an id or a typo, not when the story was filed)
    day = date_in_address(str(entry.get("link") or ""), fetched.date())
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC) if day else None
