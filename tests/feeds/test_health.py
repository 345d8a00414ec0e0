"""Feed health: backoff with jitter, Retry-After, politeness per host, the status file.

Real HTTP on 127.0.0.1; `produce` records what would go to Kafka.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import aiohttp
from aiohttp import web

from alerts.config import FeedConfig, FetchConfig
from alerts.feeds.fetch import MAX_RETRY_AFTER, retry_after
from alerts.feeds.hosts import HostGate, host_of
from alerts.feeds.poller import FeedPoller, Poller
from alerts.feeds.seen import SeenStore
from alerts.feeds.status import read_status
from alerts.models import Article
from alerts.testing.feedserver import FeedServer, RecordingProducer, Route, rss_route
from alerts.testing.harness import registry_value as value
from alerts.testing.servers import LocalServer


def make(name: str, url: str, seen: SeenStore, interval: float = 60, max_backoff: float = 3600) -> FeedPoller:
    feed = FeedConfig(name=name, url=url, interval_seconds=interval, full_text="never")
    cfg = FetchConfig(timeout_seconds=2, max_backoff_seconds=max_backoff, per_host_delay_seconds=0)
    return FeedPoller(feed, cfg, seen, RecordingProducer())


async def test_a_failing_feed_backs_off_exponentially_with_jitter_and_is_never_parked(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    poller = make(name, feed_server.url("/down.xml"), seen, interval=60, max_backoff=1000)
    assert poller.next_delay() == 60  # healthy: the interval

    delays = []
    for _ in range(8):
        await poller.poll_once(session)
        draws = [poller.next_delay(random.Random(seed)) for seed in range(50)]
        delays.append((min(draws), max(draws)))

    # After n failures: 60 * 2^(n-1), jittered by 0.75-1.25, capped at 1000 (never below 60).
    for n, (low, high) in enumerate(delays, start=1):
        base = min(1000, 60 * 2 ** (n - 1))
        assert max(60, 0.75 * base) <= low <= high <= 1.25 * base, (n, low, high)
        assert high > low  # jittered: feeds failing together do not retry together
    assert delays[-1][1] <= 1250  # still polled (about every 1000 s), not parked

    feed_server.set("/down.xml", rss_route("a"))
    assert await poller.poll_once(session) == 1
    assert poller.next_delay() == 60  # recovered: back to the interval


async def test_retry_after_on_429_and_503_is_honoured_for_the_feed_and_its_host(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    feed_server.set("/busy.xml", Route(status=429, headers={"Retry-After": "900"}))
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=1800), usegmt=True)
    feed_server.set("/maint.xml", Route(status=503, headers={"Retry-After": later}))
    busy = make(name, feed_server.url("/busy.xml"), seen)
    maint = make(f"{name}-m", feed_server.url("/maint.xml"), seen)

    await busy.poll_once(session)
    await maint.poll_once(session)

    assert 900 <= busy.next_delay() <= 1.25 * 900
    assert 1700 <= maint.next_delay() <= 1.25 * 1800
    # The host's pause holds every feed on it, through the gate they share.
    assert busy.hosts.held_for(feed_server.url("/other.xml")) > 800
    assert value("alerts_feed_errors_total", feed=name, kind="http") == 1


def test_retry_after_header_forms() -> None:
    now = float(int(time.time()))  # HTTP dates have whole seconds
    assert retry_after("120") == 120
    assert retry_after(format_datetime(datetime.fromtimestamp(now + 60, UTC), usegmt=True), now) == 60
    assert retry_after(format_datetime(datetime.fromtimestamp(now - 60, UTC), usegmt=True), now) == 0
    assert retry_after("9999999999") == MAX_RETRY_AFTER
    assert retry_after("soon") is None
    assert retry_after(None) is None


def test_host_of_names_the_server_a_request_reaches() -> None:
    assert host_of("https://News.Example.org/a?b=1") == "news.example.org"
    assert host_of("http://127.0.0.1:8080/feed") == "127.0.0.1:8080"
    assert host_of("file:///tmp/feed.xml") == ""
    assert host_of("http://[::1") == ""


async def test_host_gate_limits_requests_at_once_per_host() -> None:
    gate = HostGate(concurrency=2, delay=0)
    inside: dict[str, int] = {"a": 0, "b": 0}
    most: dict[str, int] = {"a": 0, "b": 0}
    release = asyncio.Event()

    async def request(host: str) -> None:
        async with gate.slot(f"http://{host}.example.org/x"):
            inside[host] += 1
            most[host] = max(most[host], inside[host])
            await release.wait()
            inside[host] -= 1

    tasks = [asyncio.create_task(request(h)) for h in "aaaaab"]
    deadline = time.monotonic() + 5
    while sum(inside.values()) < 3 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)  # yield to the tasks until they are in, bounded by the deadline
    assert inside == {"a": 2, "b": 1}  # host b is not held up by host a
    release.set()
    await asyncio.gather(*tasks)
    assert most == {"a": 2, "b": 1}


async def test_host_gate_spaces_request_starts_per_host() -> None:
    gate = HostGate(concurrency=4, delay=0.2)
    starts: list[float] = []

    async def request() -> None:
        async with gate.slot("http://one.example.org/x"):
            starts.append(time.monotonic())

    await asyncio.gather(*(request() for _ in range(3)))
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert all(g >= 0.19 for g in gaps), gaps  # a lower bound only: load can only add to it
    async with gate.slot("http://two.example.org/x"):
        pass  # another host is not spaced behind the first (no wait asserted: timing is bench's)


async def test_two_feeds_with_the_same_short_guid_do_not_hide_each_other(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    # Both feeds number their items "a", "b": different articles under the same guids.
    feed_server.set("/one.xml", rss_route("a", "b"))
    feed_server.set("/two.xml", Route(rss_route("a", "b").body.replace(b"Body of", b"Other text of")))
    one, two = (
        make(f"{name}-1", feed_server.url("/one.xml"), seen),
        make(f"{name}-2", feed_server.url("/two.xml"), seen),
    )
    r1, r2 = RecordingProducer(), RecordingProducer()
    one.produce, two.produce = r1, r2

    assert await one.poll_once(session) == 2
    assert await two.poll_once(session) == 2
    assert await two.poll_once(session) == 0  # and each only once

    ids1 = {a.id for a in r1.batches[0]}
    ids2 = {a.id for a in r2.batches[0]}
    assert not ids1 & ids2  # distinct articles downstream (the workers key alerts by id)
    assert [a.text for a in r2.batches[0]] == ["Other text of a.", "Other text of b."]


async def test_two_feeds_polled_at_the_same_moment_do_not_take_the_same_short_guid(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    # Both polls are in flight together: neither has reached the seen store when the other looks.
    feed_server.set("/one.xml", rss_route("a"))
    feed_server.set("/two.xml", Route(rss_route("a").body.replace(b"Body of", b"Other text of")))
    claims: dict[str, str] = {}
    batches: list[list[Article]] = []
    both_in = asyncio.Event()

    async def produce(articles: Sequence[Article]) -> None:
        batches.append(list(articles))
        if len(batches) == 2:
            both_in.set()
        await asyncio.wait_for(both_in.wait(), 10)  # each produce waits for the other's

    pollers = []
    for i, path in enumerate(("/one.xml", "/two.xml")):
        feed = FeedConfig(name=f"{name}-{i}", url=feed_server.url(path), full_text="never")
        cfg = FetchConfig(per_host_delay_seconds=0)
        pollers.append(FeedPoller(feed, cfg, seen, produce, claims=claims))

    assert await asyncio.gather(*(p.poll_once(session) for p in pollers)) == [1, 1]

    [first], [second] = batches
    assert first.id != second.id
    assert claims == {}  # nothing held once both are in the seen store


async def test_one_article_carried_by_two_feeds_under_its_url_goes_out_once(
    feed_server: FeedServer, seen: SeenStore, session: aiohttp.ClientSession, name: str
) -> None:
    doc = rss_route("x").body.replace(
        b'isPermaLink="false">x<', b'isPermaLink="true">https://wire.example.org/x<'
    )
    feed_server.set("/one.xml", Route(doc))
    feed_server.set("/two.xml", Route(doc))
    one, two = (
        make(f"{name}-1", feed_server.url("/one.xml"), seen),
        make(f"{name}-2", feed_server.url("/two.xml"), seen),
    )
    r1, r2 = RecordingProducer(), RecordingProducer()
    one.produce, two.produce = r1, r2

    assert await one.poll_once(session) == 1
    await two.poll_once(session)

    assert r1.titles == ["Title x"]
    assert r2.titles == []


def test_seen_ids_of_the_old_layout_are_kept_per_feed(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    db = tmp_path / "seen.sqlite3"
    with closing(sqlite3.connect(db)) as raw, raw:
        raw.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, feed TEXT NOT NULL, at REAL NOT NULL)")
        raw.execute("INSERT INTO seen VALUES ('old-1', 'feed-a', ?)", (time.time(),))

    store = SeenStore(db)
    try:
        assert store.unseen(["old-1"], feed="feed-a") == set()
        assert store.unseen(["old-1"], feed="feed-b") == {"old-1"}
        store.mark("feed-b", ["old-1"])  # the same id for another feed is now possible
        assert store.count("feed-a") == store.count("feed-b") == 1
    finally:
        store.close()


async def test_the_poller_writes_each_feeds_status_and_names_itself(
    feed_server: FeedServer, local_server: LocalServer, seen: SeenStore, name: str
) -> None:
    feed_server.set("/ok.xml", rss_route("a", "b", "c"))

    async def unavailable(request: web.Request) -> web.Response:
        return web.Response(status=503, headers={"Retry-After": "600"})

    local_server.route("/bad.xml", unavailable)  # another host: its pause does not hold the first
    await local_server.start()
    feeds = [
        FeedConfig(name=f"{name}-ok", url=feed_server.url("/ok.xml"), interval_seconds=30, full_text="never"),
        FeedConfig(name=f"{name}-bad", url=local_server.url("/bad.xml"), interval_seconds=30),
    ]
    cfg = FetchConfig(timeout_seconds=2, user_agent="alerts-bot/test (+https://example.org/bot)")
    recorder = RecordingProducer()
    poller = Poller(feeds, cfg, seen, recorder)
    task = asyncio.create_task(poller.run())
    path = seen.path.parent / "feeds.json"

    def both_polled() -> bool:
        status = read_status(path)
        return all(status.get(f.name) and status[f.name].last_poll for f in feeds)

    deadline = time.monotonic() + 20
    while not both_polled() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)  # the poller runs in this loop: yield to it, bounded
    poller.stop()
    await asyncio.wait_for(task, 10)

    status = read_status(path)
    ok, bad = status[f"{name}-ok"], status[f"{name}-bad"]
    now = time.time()
    assert ok.last_success and now - 30 < ok.last_success <= now
    assert ok.items_seen == 3 and ok.items_last_poll == 3 and ok.error_streak == 0
    assert ok.next_poll and 20 < ok.next_poll - now <= 31
    assert bad.last_success is None and bad.error_streak == 1
    assert bad.last_error == "http: HTTP 503 Service Unavailable; asked to retry after 600s"
    assert bad.paused_by_server and bad.next_poll and bad.next_poll - now > 500
    assert "127.0.0.1" not in path.read_text()
    assert json.loads(path.read_text())["feeds"][0]["feed"] == f"{name}-ok"
    assert feed_server.user_agents == {"alerts-bot/test (+https://example.org/bot)"}
    assert (
        local_server.headers_of("/bad.xml")[0]["User-Agent"] == "alerts-bot/test (+https://example.org/bot)"
    )


def test_feed_status_survives_a_restart_for_the_feeds_still_configured(tmp_path: Path) -> None:
    from alerts.feeds.status import FeedStatus, StatusBook

    path = tmp_path / "state" / "feeds.json"
    first = StatusBook(path, ["kept", "removed"])
    first.feeds["kept"] = FeedStatus("kept", last_success=1000.0, items_seen=12)
    first.save()

    again = StatusBook(path, ["kept", "added"])

    assert again["kept"].last_success == 1000.0 and again["kept"].items_seen == 12
    assert again["added"] == FeedStatus("added")
    assert "removed" not in again.feeds
    path.write_text("{not json")
    assert StatusBook(path, ["kept"])["kept"] == FeedStatus("kept")  # a damaged file is not fatal
