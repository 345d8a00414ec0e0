"""Fetch feed documents over HTTP with the limits feedparser lacks: timeouts, a size cap,
redirects, and conditional GET (ETag / Last-Modified)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import aiohttp

from alerts.errors import AddressRefused, FeedError


@dataclass(frozen=True)
class Validators:
    """What the server told us last time, to ask 'has it changed?'."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    body: bytes
    final_url: str
    content_type: str | None
    validators: Validators


NOT_MODIFIED = None  # fetch() returns None for a 304


MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
CheckUrl = Callable[[str], Awaitable[None]]


async def fetch(
    session: aiohttp.ClientSession,
    *,
    feed: str,
    url: str,
    validators: Validators = Validators(),
    timeout: float = 20.0,
    max_bytes: int = 5_000_000,
    accept: str | None = None,
    check_url: CheckUrl | None = None,
) -> Fetched | None:
    """GET a feed document; None when the server says it has not changed (304).

    Raises FeedError with a kind (timeout, connect, http, too_large) and a detail that never
    includes the URL, which may carry a token. With `check_url`, redirects are followed here,
    one by one, and every URL is checked (it raises FeedError to refuse one) before it is asked.
    """
    if url.startswith("file://"):
        return await _read_file(feed, url, max_bytes)
    headers = {}
    if accept:
        headers["Accept"] = accept
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    try:
        async with asyncio.timeout(timeout):
            if check_url is None:
                async with session.get(
                    url, headers=headers, allow_redirects=True, max_redirects=MAX_REDIRECTS
                ) as resp:
                    return await _read(resp, feed, max_bytes)
            for _ in range(MAX_REDIRECTS + 1):
                await check_url(url)
                async with session.get(url, headers=headers, allow_redirects=False) as resp:
                    location = resp.headers.get("Location")
                    if resp.status not in _REDIRECTS or not location:
                        return await _read(resp, feed, max_bytes)
                    url = urljoin(str(resp.url), location)
            raise FeedError(feed, "http", "too many redirects")
    except TimeoutError:
        raise FeedError(feed, "timeout", f"no complete answer within {timeout:g}s") from None
    except aiohttp.TooManyRedirects:
        raise FeedError(feed, "http", "too many redirects") from None
    except aiohttp.ClientConnectorError as exc:
        if isinstance(exc.os_error, AddressRefused):  # the resolver refused where it connects
            raise FeedError(feed, "not_public", str(exc.os_error)) from None
        raise FeedError(feed, "connect", type(exc).__name__) from None
    except aiohttp.ClientConnectionError as exc:
        raise FeedError(feed, "connect", type(exc).__name__) from None
    except aiohttp.ClientError as exc:
        raise FeedError(feed, "http", type(exc).__name__) from None
    except (ValueError, UnicodeError) as exc:  # e.g. an invalid host name (IDNA) in the URL
        raise FeedError(feed, "url", f"the URL is not valid ({type(exc).__name__})") from None


async def _read(resp: aiohttp.ClientResponse, feed: str, max_bytes: int) -> Fetched | None:
    if resp.status == 304:
        return NOT_MODIFIED
    if resp.status >= 400:
        wait = retry_after(resp.headers.get("Retry-After")) if resp.status in (429, 503) else None
        detail = f"HTTP {resp.status} {resp.reason or ''}".strip()
        if wait is not None:
            detail += f"; asked to retry after {wait:.0f}s"
        raise FeedError(feed, "http", detail, retry_after=wait)
    declared = resp.content_length
    if declared is not None and declared > max_bytes:
        raise FeedError(feed, "too_large", f"{declared} bytes is over the {max_bytes} cap")
    body = bytearray()
    async for chunk in resp.content.iter_chunked(65536):
        body.extend(chunk)
        if len(body) > max_bytes:
            raise FeedError(feed, "too_large", f"more than the {max_bytes} byte cap")
    return Fetched(
        body=bytes(body),
        final_url=str(resp.url),
        content_type=resp.headers.get("Content-Type"),
        validators=Validators(resp.headers.get("ETag"), resp.headers.get("Last-Modified")),
    )


async def _read_file(feed: str, url: str, max_bytes: int) -> Fetched:
    path = Path(unquote(urlsplit(url).path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FeedError(feed, "too_large", f"{size} bytes is over the {max_bytes} cap")
        body = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise FeedError(feed, "connect", exc.strerror or type(exc).__name__) from None
    return Fetched(body=body, final_url=url, content_type=None, validators=Validators())


# A server asking for a day's pause is obeyed; beyond that the header is more likely wrong.
MAX_RETRY_AFTER = 24 * 3600.0


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; a date without a zone is read as such
        return None
    seconds = when.timestamp() - (time.time() if now is None else now)
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)
