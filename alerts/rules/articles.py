"""Articles for `alerts rules test`: from a text file, an RSS/Atom file, a URL, or stdin.

A text file's first non-empty line is the title, the rest the body. Feeds are recognised by
their content, not their name, and parsed exactly as the poller parses them.
"""

from __future__ import annotations

import asyncio
import importlib
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from alerts.errors import FeedError
from alerts.models import Article, Facts

FETCH_TIMEOUT_SECONDS = 20.0
MAX_BYTES = 5_000_000
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)

Extractor = Callable[[str], Facts]


def default_extractor() -> Extractor | None:
    """The figure and warning extractor, when installed (the pipeline runs it on article.text)."""
    # Imported by name: the rule language works (without facts) before the extractor exists.
    try:
        module = importlib.import_module("alerts.extract")
    except ImportError:
        return None
    extract: Extractor | None = getattr(module, "extract_facts", None)
    return extract


def is_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _is_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def from_text(text: str, source: str) -> Article:
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    body = "\n".join(lines[1:]).strip()
    return Article(
        id=Article.make_id(None, None, text),
        feed="cli",
        url=source,
        title=title,
        text=body,
        fetched=datetime.now(UTC),
    )


def from_bytes(data: bytes, source: str, content_type: str | None = None) -> list[Article]:
    """Articles in a document: every entry of a feed, else one article from HTML or text."""
    if is_feed(data):
        from alerts.feeds.parse import parse_feed

        return parse_feed(data, feed="cli", base_url=source, content_type=content_type)
    text = data.decode("utf-8", errors="replace")
    if _is_html(data):
        from alerts.text.clean import html_to_text

        m = _TITLE.search(text)
        title = html_to_text(m.group(1)) if m else ""
        body = html_to_text(text[m.end() :] if m else text)
        return [from_text(f"{title}\n{body}", source)]
    return [from_text(text, source)]


def read_articles(arg: str, stdin: bytes | None = None) -> list[Article]:
    """ARTICLE as given on the command line: a path, a URL, or `-` for stdin."""
    if arg == "-":
        return from_bytes(stdin or b"", "stdin")
    if re.match(r"^https?://", arg):
        data, final_url, content_type = asyncio.run(fetch(arg))
        return from_bytes(data, final_url, content_type)
    path = Path(arg)
    return from_bytes(path.read_bytes(), path.resolve().as_uri())


async def fetch(url: str) -> tuple[bytes, str, str | None]:
    """GET a URL with a timeout and a size limit; returns (body, final URL, content type)."""
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=FETCH_TIMEOUT_SECONDS)
    async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url) as resp:
        if resp.status >= 400:
            raise FeedError("cli", "http", f"HTTP {resp.status}")
        data = await resp.content.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise FeedError("cli", "too_large", f"more than {MAX_BYTES} bytes")
        return data, str(resp.url), resp.headers.get("Content-Type")
