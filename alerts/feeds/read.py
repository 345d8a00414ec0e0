"""Articles from a document the user names (`alerts rules test ARTICLE`): a text file, an
RSS/Atom file, an HTML page, a URL, or stdin.

URLs are fetched by the bot's own client (alerts.feeds.fetch) with its default limits, and
feeds are parsed by the poller's parser, so a document reads here exactly as the bot reads it.
A feed is recognised by its content, not its name, whatever its encoding: UTF-8, or UTF-16 /
UTF-32 with or without a byte order mark. A text file's first non-empty line is the title.
"""

from __future__ import annotations

import asyncio
import codecs
import re
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

from alerts.config import FetchConfig
from alerts.errors import FeedError
from alerts.feeds.fetch import Fetched, fetch
from alerts.feeds.parse import parse_feed
from alerts.models import Article
from alerts.text.clean import html_to_text

FEED_NAME = "cli"  # the `feed` of articles read here, and the name fetch errors carry
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HEAD_BYTES = 4096  # enough to see the root element after an XML declaration and comments
# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def encoding_of(data: bytes) -> tuple[str, int]:
    """(codec, length of the byte order mark) of a document; UTF-8 unless it says otherwise.

    Without a mark, a document starting with an ASCII character (as XML and HTML do) shows
    UTF-16 or UTF-32 by where its zero bytes fall (XML 1.0, appendix F).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    head = data[:4]
    if len(head) == 4:
        zeros = tuple(b == 0 for b in head)
        if zeros == (True, True, True, False):
            return "utf-32-be", 0
        if zeros == (False, True, True, True):
            return "utf-32-le", 0
        if zeros == (True, False, True, False):
            return "utf-16-be", 0
        if zeros == (False, True, False, True):
            return "utf-16-le", 0
    return "utf-8", 0


def decode(data: bytes) -> str:
    """The document as text, in its own encoding; undecodable bytes become U+FFFD."""
    codec, skip = encoding_of(data)
    return data[skip:].decode(codec, errors="replace")


def _head(data: bytes) -> str:
    return decode(data[:_HEAD_BYTES]).lstrip().lower()


def is_feed(data: bytes) -> bool:
    head = _head(data)
    return head.startswith("<") and any(tag in head for tag in ("<rss", "<feed", "<rdf:rdf"))


def _is_html(data: bytes) -> bool:
    head = _head(data)
    return head.startswith(("<!doctype html", "<html")) or "<html" in head


def from_text(text: str, source: str) -> Article:
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    body = "\n".join(lines[1:]).strip()
    return Article(
        id=Article.make_id(None, None, text),
        feed=FEED_NAME,
        url=source,
        title=title,
        text=body,
        fetched=datetime.now(UTC),
    )


def from_bytes(data: bytes, source: str, content_type: str | None = None) -> list[Article]:
    """Articles in a document: every entry of a feed, else one article from HTML or text."""
    if is_feed(data):
        # feedparser finds the encoding itself (BOM, XML declaration, HTTP header), as in the poller.
        return parse_feed(data, feed=FEED_NAME, base_url=source, content_type=content_type)
    text = decode(data)
    if _is_html(data):
        m = _TITLE.search(text)
        title = html_to_text(m.group(1)) if m else ""
        body = html_to_text(text[m.end() :] if m else text)
        return [from_text(f"{title}\n{body}", source)]
    return [from_text(text, source)]


def read_articles(arg: str, stdin: bytes | None = None, limits: FetchConfig | None = None) -> list[Article]:
    """ARTICLE as given on the command line: a path, a URL, or `-` for stdin.

    Raises FeedError when a URL cannot be fetched or a feed not parsed, OSError for a file.
    """
    if arg == "-":
        return from_bytes(stdin or b"", "stdin")
    if re.match(r"^https?://", arg):
        got = asyncio.run(download(arg, limits or FetchConfig()))
        return from_bytes(got.body, got.final_url, got.content_type)
    path = Path(arg)
    return from_bytes(path.read_bytes(), path.resolve().as_uri())


async def download(url: str, limits: FetchConfig) -> Fetched:
    """GET one document with the bot's client: its timeout, size cap, redirects and User-Agent."""
    async with aiohttp.ClientSession(headers={"User-Agent": limits.user_agent}) as session:
        got = await fetch(
            session, feed=FEED_NAME, url=url, timeout=limits.timeout_seconds, max_bytes=limits.max_bytes
        )
    if got is None:  # 304 Not Modified: cannot happen without validators, but say so if it does
        raise FeedError(FEED_NAME, "http", "HTTP 304 Not Modified to a plain GET")
    return got
