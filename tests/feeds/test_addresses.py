"""Article pages cannot lead the bot into its own network: the address checked is the one connected to.

The resolver is tested with a stub *inner* resolver standing in for DNS (the boundary); the
fetch path is tested end to end against real HTTP on 127.0.0.1, named as `localhost`.
"""

from __future__ import annotations

import ipaddress
import socket

import aiohttp
import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from alerts.config import FeedConfig, FetchConfig
from alerts.errors import AddressRefused, AlertsError
from alerts.feeds.addresses import PublicResolver, is_public, literal_refused
from alerts.feeds.fulltext import FullText
from alerts.feeds.hosts import HostGate
from alerts.feeds.poller import FeedPoller
from alerts.feeds.seen import SeenStore
from alerts.testing.feedserver import FeedServer, RecordingProducer, Route
from alerts.testing.harness import registry_value as value
from alerts.testing.newsroom import FLOOD, Story, article_page, summary_rss
from alerts.testing.servers import LocalServer

REFUSED = [
    "127.0.0.1",  # loopback
    "10.1.2.3",  # private
    "172.16.0.9",
    "192.168.1.1",
    "169.254.169.254",  # link-local: cloud metadata services answer here
    "100.64.0.1",  # shared address space (carrier NAT)
    "0.0.0.0",  # unspecified
    "224.0.0.1",  # multicast
    "240.0.0.1",  # reserved
    "::1",
    "::",
    "fe80::1",
    "fc00::1",  # unique local
    "ff0e::1",  # global-scope multicast: still not a web server
    "::7f00:1",  # IPv4-compatible (deprecated) form of 127.0.0.1
    # IPv6 forms that embed a private IPv4 address: the packet ends up there.
    "::ffff:10.0.0.1",  # IPv4-mapped
    "::ffff:127.0.0.1",
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
    "64:ff9b:1::a00:1",  # local-use NAT64 (RFC 8215)
    "2002:7f00:1::1",  # 6to4 of 127.0.0.1
    "2002:c0a8:101::1",  # 6to4 of 192.168.1.1
    "2001:0:4136:e378:8000:63bf:f5ff:fffe",  # Teredo whose client is 10.0.0.1
    "2001:0:a00:1::1",  # Teredo whose server is 10.0.0.1
]
ALLOWED = [
    "1.1.1.1",
    "2606:4700:4700::1111",
    "::ffff:1.1.1.1",  # mapped public address
    "64:ff9b::101:101",  # NAT64 of 1.1.1.1
    "2002:101:101::1",  # 6to4 of 1.1.1.1
    "2001:0:4136:e378:8000:63bf:fefe:fefe",  # Teredo of public server and client
]


@pytest.mark.parametrize("text", REFUSED)
def test_non_public_and_embedding_addresses_are_refused(text: str) -> None:
    assert not is_public(ipaddress.ip_address(text))
    host = f"[{text}]" if ":" in text else text
    assert literal_refused(f"http://{host}:8080/admin")


@pytest.mark.parametrize("text", ALLOWED)
def test_public_addresses_pass(text: str) -> None:
    assert is_public(ipaddress.ip_address(text))


def test_a_name_in_a_url_is_left_to_the_resolver() -> None:
    assert not literal_refused("http://news.example.org/story")


class StubDNS(AbstractResolver):
    """DNS standing in for the boundary: answers from a queue per name, last answer repeated."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, int]] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.asked.append((host, port))
        queue = self.answers[host.lower().rstrip(".")]
        addresses = queue.pop(0) if len(queue) > 1 else queue[0]
        return [
            ResolveResult(
                hostname=host,
                host=a,
                port=port,
                family=socket.AF_INET6 if ":" in a else socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
            for a in addresses
        ]

    async def close(self) -> None:
        pass


async def test_a_name_that_rebinds_to_loopback_is_refused_when_it_does() -> None:
    # Public for the first lookup, loopback for the next: each lookup the connector makes is checked.
    dns = StubDNS({"news.example.org": [["1.1.1.1"], ["127.0.0.1"]]})
    resolver = PublicResolver(dns)

    first = await resolver.resolve("news.example.org", 443)
    assert [r["host"] for r in first] == ["1.1.1.1"]
    with pytest.raises(AddressRefused, match="private or local address") as caught:
        await resolver.resolve("news.example.org", 443)
    # In our tree, and an OSError: what aiohttp expects a failed lookup to raise.
    assert isinstance(caught.value, AlertsError) and isinstance(caught.value, OSError)


@pytest.mark.parametrize("answer", [["1.1.1.1", "10.0.0.7"], ["::ffff:192.168.0.1"], ["64:ff9b::7f00:1"]])
async def test_a_private_address_anywhere_in_the_answer_refuses_the_name(answer: list[str]) -> None:
    resolver = PublicResolver(StubDNS({"mixed.example.org": [answer]}))
    with pytest.raises(AddressRefused):
        await resolver.resolve("mixed.example.org", 80)


async def test_the_feed_s_own_host_and_port_are_exempt_and_nothing_else() -> None:
    dns = StubDNS({"intranet.lan": [["10.0.0.5"]]})
    resolver = PublicResolver(dns, exempt=[("intranet.lan", 8080)])

    assert [r["host"] for r in await resolver.resolve("INTRANET.lan.", 8080)] == ["10.0.0.5"]
    with pytest.raises(AddressRefused):
        await resolver.resolve("intranet.lan", 22)


def _poller(feed_url: str, seen: SeenStore, recorder: RecordingProducer, name: str) -> FeedPoller:
    feed = FeedConfig(name=name, url=feed_url, interval_seconds=60)
    cfg = FetchConfig(timeout_seconds=3, max_bytes=100_000, per_host_delay_seconds=0)
    return FeedPoller(feed, cfg, seen, recorder)


def _local(url: str) -> str:
    """The same server, named by a host name that resolves to 127.0.0.1."""
    return url.replace("//127.0.0.1:", "//localhost:", 1)


async def test_a_link_to_a_name_resolving_to_loopback_is_refused_at_connect(
    feed_server: FeedServer,
    local_server: LocalServer,
    seen: SeenStore,
    session: aiohttp.ClientSession,
    name: str,
) -> None:
    async def internal(request: web.Request) -> web.Response:
        return web.Response(text="<html><body><article><p>internal secret</p></article></body></html>")

    local_server.route("/admin", internal)
    await local_server.start()
    # The feed is on 127.0.0.1:P; its links name `localhost`, another port (an internal service),
    # straight and through a redirect from the feed's own site.
    feed_server.set("/moved", Route(status=302, headers={"Location": _local(local_server.url("/admin"))}))
    stories = [Story("probe", "A probe", "Short summary.", ()), Story("hop", "A hop", "Another one.", ())]
    links = {"probe": _local(local_server.url("/admin")), "hop": feed_server.url("/moved")}
    feed_server.set("/feed.rss", Route(summary_rss("x", stories, links)))
    recorder = RecordingProducer()

    await _poller(feed_server.url("/feed.rss"), seen, recorder, name).poll_once(session)

    assert [a.text for a in recorder.batches[0]] == ["Short summary.", "Another one."]
    assert feed_server.hits["/moved"] == 1
    assert local_server.requests == []
    assert value("alerts_fulltext_failures_total", feed=name, reason="not_public") == 2


async def test_a_feed_on_a_local_name_may_have_its_own_pages_fetched(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    # An intranet feed: the feed and its pages on `localhost`, one port.
    page = _local(feed_server.url("/news/river"))
    feed_server.set("/news/river", Route(article_page(FLOOD), content_type="text/html"))
    feed_server.set("/feed.rss", Route(summary_rss("x", [FLOOD], {FLOOD.slug: page})))
    recorder = RecordingProducer()

    await _poller(_local(feed_server.url("/feed.rss")), seen, recorder, name).poll_once(session)

    [article] = recorder.batches[0]
    assert FLOOD.body[0] in article.text
    assert feed_server.hits["/news/river"] == 1
    assert value("alerts_fulltext_failures_total", feed=name, reason="not_public") == 0


async def test_the_resolver_given_to_full_text_is_the_one_that_decides(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    # A public-looking name whose DNS answers 127.0.0.1 where the bot connects: refused, and
    # the server behind that address (the feed server itself, on another name) is not asked.
    dns = StubDNS({"news.example.org": [["127.0.0.1"]]})
    port = feed_server.port
    feed_server.set("/news/river", Route(article_page(FLOOD), content_type="text/html"))
    link = f"http://news.example.org:{port}/news/river"
    feed_server.set("/feed.rss", Route(summary_rss("x", [FLOOD], {FLOOD.slug: link})))
    feed = FeedConfig(name=name, url=feed_server.url("/feed.rss"), interval_seconds=60)
    cfg = FetchConfig(timeout_seconds=3, per_host_delay_seconds=0)
    full_text = FullText(cfg, HostGate(2, 0), seen, resolver=dns)
    recorder = RecordingProducer()

    await FeedPoller(feed, cfg, seen, recorder, full_text=full_text).poll_once(session)

    assert recorder.batches[0][0].text == FLOOD.summary
    assert dns.asked == [("news.example.org", port)]
    assert feed_server.hits["/news/river"] == 0
    assert value("alerts_fulltext_failures_total", feed=name, reason="not_public") == 1
