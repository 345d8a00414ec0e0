"""fetch(): what a feed server's answers turn into, against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import time
import traceback
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from alerts.errors import FeedError
from alerts.feeds.fetch import Validators, fetch
from alerts.stream.broker import free_port
from alerts.testing.servers import LocalServer

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
ETAG = '"v1-abc"'
LAST_MODIFIED = "Wed, 03 Jan 2024 10:00:00 GMT"
TOKEN = "tok-8f3a9c-SECRET"


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


async def conditional(request: web.Request) -> web.Response:
    """Answers 304 when the client proves it has the current version, as real servers do."""
    if request.headers.get("If-None-Match") == ETAG or request.headers.get("If-Modified-Since") == (
        LAST_MODIFIED
    ):
        return web.Response(status=304)
    return web.Response(
        body=RSS,
        content_type="application/rss+xml",
        headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
    )


async def test_200_returns_body_content_type_and_validators(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    local_server.route("/feed.xml", conditional)
    await local_server.start()

    doc = await fetch(session, feed="f", url=local_server.url("/feed.xml"))

    assert doc is not None
    assert doc.body == RSS
    assert doc.final_url == local_server.url("/feed.xml")
    assert doc.content_type is not None and doc.content_type.startswith("application/rss+xml")
    assert doc.validators == Validators(etag=ETAG, last_modified=LAST_MODIFIED)
    # A first fetch has nothing to validate against: no conditional headers.
    [headers] = local_server.headers_of("/feed.xml")
    assert "If-None-Match" not in headers and "If-Modified-Since" not in headers


async def test_304_when_validators_match_and_the_server_saw_them(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    local_server.route("/feed.xml", conditional)
    await local_server.start()
    first = await fetch(session, feed="f", url=local_server.url("/feed.xml"))
    assert first is not None

    again = await fetch(session, feed="f", url=local_server.url("/feed.xml"), validators=first.validators)

    assert again is None
    second = local_server.headers_of("/feed.xml")[1]
    assert second["If-None-Match"] == ETAG
    assert second["If-Modified-Since"] == LAST_MODIFIED


@pytest.mark.parametrize(
    ("validators", "sent", "not_sent"),
    [
        (Validators(etag=ETAG), "If-None-Match", "If-Modified-Since"),
        (Validators(last_modified=LAST_MODIFIED), "If-Modified-Since", "If-None-Match"),
    ],
)
async def test_each_validator_alone_is_enough_for_304(
    local_server: LocalServer,
    session: aiohttp.ClientSession,
    validators: Validators,
    sent: str,
    not_sent: str,
) -> None:
    local_server.route("/feed.xml", conditional)
    await local_server.start()

    assert await fetch(session, feed="f", url=local_server.url("/feed.xml"), validators=validators) is None
    [headers] = local_server.headers_of("/feed.xml")
    assert sent in headers and not_sent not in headers


async def test_stale_validators_get_the_new_document(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    local_server.route("/feed.xml", conditional)
    await local_server.start()

    doc = await fetch(session, feed="f", url=local_server.url("/feed.xml"), validators=Validators('"old"'))

    assert doc is not None and doc.body == RSS
    assert doc.validators.etag == ETAG


async def test_redirect_is_followed_and_final_url_is_where_it_landed(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently("/new/feed.xml")

    async def temporary(request: web.Request) -> web.Response:
        raise web.HTTPFound("/moved")

    local_server.route("/old", temporary)
    local_server.route("/moved", moved)
    local_server.route("/new/feed.xml", conditional)
    await local_server.start()

    doc = await fetch(session, feed="f", url=local_server.url("/old"))

    assert doc is not None and doc.body == RSS
    # The parser resolves relative links against this, so it must be the last hop, not the first.
    assert doc.final_url == local_server.url("/new/feed.xml")


async def test_redirect_loop_is_an_http_error(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop")

    local_server.route("/loop", loop)
    await local_server.start()

    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=local_server.url("/loop"))
    assert err.value.kind == "http"
    assert "redirect" in err.value.detail
    assert len(local_server.requests) <= 6  # the first request and at most five redirects


async def test_too_large_by_content_length_is_refused_before_reading_the_body(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    async def huge(request: web.Request) -> web.StreamResponse:
        # Declares 50 MB, sends the headers, then never sends the body: only a client that
        # trusts Content-Length answers quickly; one that reads the body would time out.
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        resp.content_length = 50_000_000
        await resp.prepare(request)
        await local_server.release.wait()
        return resp

    local_server.route("/huge", huge)
    await local_server.start()

    started = time.monotonic()
    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=local_server.url("/huge"), max_bytes=1000, timeout=10)
    assert err.value.kind == "too_large"
    assert "50000000 bytes" in err.value.detail
    assert time.monotonic() - started < 5


async def test_too_large_by_streamed_chunked_body_without_content_length(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    sent = 0

    async def endless(request: web.Request) -> web.StreamResponse:
        nonlocal sent
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        while not local_server.release.is_set() and sent < 100_000_000:
            await resp.write(b"x" * 16384)
            sent += 16384
        return resp

    local_server.route("/endless", endless)
    await local_server.start()

    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=local_server.url("/endless"), max_bytes=100_000, timeout=10)
    assert err.value.kind == "too_large"
    assert "100000" in err.value.detail
    assert sent < 10_000_000  # the client stopped reading soon after the cap


async def test_body_exactly_at_the_cap_is_accepted(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    async def chunked(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse()
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        await resp.write(b"a" * 600)
        await resp.write(b"b" * 400)
        return resp

    local_server.route("/exact", chunked)
    await local_server.start()

    doc = await fetch(session, feed="f", url=local_server.url("/exact"), max_bytes=1000)
    assert doc is not None and doc.body == b"a" * 600 + b"b" * 400


async def test_timeout_on_a_server_that_hangs(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    async def hang(request: web.Request) -> web.Response:
        await local_server.release.wait()
        return web.Response(body=RSS)

    local_server.route("/hang", hang)
    await local_server.start()

    started = time.monotonic()
    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=local_server.url("/hang"), timeout=0.5)
    elapsed = time.monotonic() - started
    assert err.value.kind == "timeout"
    assert "0.5s" in err.value.detail
    assert 0.4 < elapsed < 3


async def test_timeout_while_the_body_trickles(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    async def trickle(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse()
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        await resp.write(b"<rss")  # headers and a first byte arrive; the rest never does
        await local_server.release.wait()
        return resp

    local_server.route("/trickle", trickle)
    await local_server.start()

    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=local_server.url("/trickle"), timeout=0.5)
    assert err.value.kind == "timeout"


async def test_connect_error_on_a_closed_port(session: aiohttp.ClientSession) -> None:
    port = free_port()  # bound then released: nothing listens there

    with pytest.raises(FeedError) as err:
        await fetch(session, feed="closed", url=f"http://127.0.0.1:{port}/feed.xml", timeout=5)
    assert err.value.kind == "connect"
    assert err.value.feed == "closed"


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
async def test_http_error_statuses(
    local_server: LocalServer, session: aiohttp.ClientSession, status: int, reason: str
) -> None:
    async def fail(request: web.Request) -> web.Response:
        return web.Response(status=status, text="<html>error page</html>", content_type="text/html")

    local_server.route("/feed.xml", fail)
    await local_server.start()

    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=local_server.url("/feed.xml"))
    assert err.value.kind == "http"
    assert err.value.detail == f"HTTP {status} {reason}"
    assert str(err.value) == f"feed 'f': http: HTTP {status} {reason}"


async def test_token_in_the_url_never_appears_in_any_error(
    local_server: LocalServer, session: aiohttp.ClientSession
) -> None:
    async def not_found(request: web.Request) -> web.Response:
        return web.Response(status=404)

    async def hang(request: web.Request) -> web.Response:
        await local_server.release.wait()
        return web.Response(body=RSS)

    async def huge(request: web.Request) -> web.Response:
        return web.Response(body=b"x" * 5000)

    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound(f"/loop?token={TOKEN}")

    local_server.route("/404", not_found)
    local_server.route("/hang", hang)
    local_server.route("/huge", huge)
    local_server.route("/loop", loop)
    await local_server.start()
    closed = free_port()
    urls = {
        "http": local_server.url(f"/404?token={TOKEN}"),
        "timeout": local_server.url(f"/hang?token={TOKEN}"),
        "too_large": local_server.url(f"/huge?token={TOKEN}"),
        "connect": f"http://127.0.0.1:{closed}/feed?token={TOKEN}",
        "redirects": local_server.url(f"/loop?token={TOKEN}"),
        "userinfo": f"http://user:{TOKEN}@127.0.0.1:{closed}/feed",
        "invalid": f"http://127.0.0.1:99999/feed?token={TOKEN}",
        "bad_host": f"http://{'a' * 64}.example/feed?token={TOKEN}",
    }

    for what, url in urls.items():
        with pytest.raises(FeedError) as err:
            await fetch(session, feed="syria", url=url, timeout=0.5, max_bytes=1000)
        message = str(err.value)
        assert TOKEN not in message, what
        assert TOKEN not in repr(err.value), what
        assert "127.0.0.1" not in message, what  # no part of the URL at all
        # Nor in a chained exception, which a traceback in a log would show.
        assert TOKEN not in "".join(traceback.format_exception(err.value)), what


async def test_an_invalid_host_name_is_a_url_error(session: aiohttp.ClientSession) -> None:
    # A DNS label over 63 characters cannot be IDNA-encoded: no request is ever made.
    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=f"http://{'a' * 64}.example/feed.xml", timeout=5)
    assert err.value.kind == "url"


async def test_file_url_is_read(tmp_path: Path, session: aiohttp.ClientSession) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(RSS)

    doc = await fetch(session, feed="f", url=feed.as_uri())

    assert doc is not None and doc.body == RSS
    assert doc.final_url == feed.as_uri()


async def test_file_url_too_large_and_missing(tmp_path: Path, session: aiohttp.ClientSession) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * 2000)

    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=big.as_uri(), max_bytes=1000)
    assert err.value.kind == "too_large"

    with pytest.raises(FeedError) as err:
        await fetch(session, feed="f", url=(tmp_path / "gone.xml").as_uri())
    assert err.value.kind == "connect"
    assert str(tmp_path) not in str(err.value)


async def test_file_url_with_percent_encoded_path(tmp_path: Path, session: aiohttp.ClientSession) -> None:
    folder = tmp_path / "my feeds"
    folder.mkdir()
    feed = folder / "feed.xml"
    feed.write_bytes(RSS)
    assert "%20" in feed.as_uri()

    doc = await fetch(session, feed="f", url=feed.as_uri())

    assert doc is not None and doc.body == RSS
