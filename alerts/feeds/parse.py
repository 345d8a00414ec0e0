"""Feed documents (bytes) to Articles, with feedparser doing the format work."""

from __future__ import annotations

import calendar
import io
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import feedparser

from alerts.errors import FeedError
from alerts.models import Article
from alerts.text.clean import dedupe_paragraphs, html_to_text

# Bodies beyond this are cut: rules read the lead of an article, and a hostile feed must not
# make every downstream step (Kafka message, rule scan, message template) unbounded.
MAX_TEXT_CHARS = 100_000
MAX_TITLE_CHARS = 500
_HARMLESS = frozenset({"NonXMLContentType", "CharacterEncodingOverride"})


def parse_feed(
    data: bytes,
    *,
    feed: str,
    base_url: str,
    tags: Sequence[str] = (),
    fetched: datetime | None = None,
    content_type: str | None = None,
) -> list[Article]:
    """Parse an RSS/Atom document into Articles.

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
    return [a for a in (_article(e, feed, tags, now) for e in entries) if a is not None]


def _article(entry: Any, feed: str, tags: Sequence[str], fetched: datetime) -> Article | None:
    title = html_to_text(str(entry.get("title") or ""))[:MAX_TITLE_CHARS]
    link = str(entry.get("link") or "")
    body = _body(entry)
    text = dedupe_paragraphs(html_to_text(body))[:MAX_TEXT_CHARS]
    if not (title or text):
        return None
    guid = entry.get("id") or None
    entry_tags = [str(t.get("term")) for t in entry.get("tags") or [] if t.get("term")]
    return Article(
        id=Article.make_id(guid, link or None, title + "\n" + text),
        feed=feed,
        url=link,
        title=title,
        text=text,
        published=_published(entry),
        fetched=fetched,
        tags=tuple(dict.fromkeys([*tags, *entry_tags]))[:20],
    )


def _body(entry: Any) -> str:
    # Prefer full content over the summary; Atom may carry several content parts.
    contents = entry.get("content") or []
    best = max((str(c.get("value") or "") for c in contents), key=len, default="")
    summary = str(entry.get("summary") or "")
    return best if len(best) >= len(summary) else summary


def _published(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError):
                continue
    return None
