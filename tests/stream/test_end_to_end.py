"""The whole pipeline with real parts: HTTP feeds -> embedded Kafka -> Faust -> Apprise -> HTTP receiver."""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.stream.broker import free_port
from alerts.testing.feedserver import FeedServer, Item, Route, build_rss
from alerts.testing.harness import (
    REPO,
    SAMPLE_ARTICLE,
    Bot,
    Receiver,
    Samples,
    metric,
    scrape,
    wait_for,
    write_config,
)

pytestmark = pytest.mark.pipeline
SECRET = "tok3n-s3cret-4455"


def seed_item(server: FeedServer) -> Item:
    # Our own article with a figure and an Idlib warning (third-party text stays out of the repository).
    text = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    return Item.from_text("seed-1", text, server.url("/news/idlib-families-leave"))


def idlib_alerts(receiver: Receiver) -> list[str]:
    return [b for b in receiver.bodies() if "Idlib" in b and "offensive" in b.lower()]


def test_seed_article_alerts_once_with_broken_feeds_around(
    tmp_path: Path, feed_server: FeedServer, receiver: Receiver, procs: list[Bot]
) -> None:
    feed_server.set("/seed.xml", Route(build_rss("Seed", [seed_item(feed_server)])))
    feed_server.set("/slow.xml", Route(b"<rss/>", delay=8))
    feed_server.set("/bad.xml", Route(b'<rss version="2.0"><channel><title>x</title><<<>>> &&& </rss>'))
    feed_server.set(
        "/page.xml", Route(b"<html><body><h1>Welcome</h1></body></html>", content_type="text/html")
    )
    port = free_port()
    feeds = [
        {"name": "seed", "url": feed_server.url("/seed.xml"), "interval_seconds": 1},
        {"name": "missing", "url": feed_server.url(f"/404.xml?token={SECRET}"), "interval_seconds": 1},
        {"name": "slow", "url": feed_server.url("/slow.xml"), "interval_seconds": 1},
        {"name": "invalid", "url": feed_server.url("/bad.xml"), "interval_seconds": 1},
        {"name": "html", "url": feed_server.url("/page.xml"), "interval_seconds": 1},
    ]
    cfg = write_config(
        tmp_path / "alerts.yaml",
        feeds=feeds,
        channels={"console": {"urls": receiver.url}},
        rules_dir=REPO / "rules",
        state_dir=tmp_path / "state",
        metrics_port=port,
    )
    bot = Bot(cfg).start()
    procs.append(bot)

    wait_for(lambda: idlib_alerts(receiver), 120, what=lambda: f"the Idlib alert\n{bot.logs()[-3000:]}")
    alert = idlib_alerts(receiver)[0]
    assert "Families leave southern Idlib" in alert
    assert feed_server.url("/news/idlib-families-leave") in alert

    def delivered() -> Samples:
        """The metrics once they count the delivery; {} (falsy: keep waiting) before."""
        s = scrape(port)
        return s if metric(s, "alerts_deliveries_total", outcome="sent") >= 1 else {}

    samples = wait_for(delivered, 30, what="the delivery in /metrics")
    assert metric(samples, "alerts_feed_articles_total", feed="seed") == 1
    assert metric(samples, "alerts_alert_latency_seconds_count") >= 1

    # Every broken feed is counted by kind, and the good one still alerted.
    def errors() -> dict[str, float]:
        s = scrape(port)
        return {
            "missing": metric(s, "alerts_feed_errors_total", feed="missing", kind="http"),
            "slow": metric(s, "alerts_feed_errors_total", feed="slow", kind="timeout"),
            "invalid": metric(s, "alerts_feed_errors_total", feed="invalid"),
            "html": metric(s, "alerts_feed_errors_total", feed="html", kind="not_a_feed"),
        }

    wait_for(
        lambda: all(v >= 2 for v in errors().values()), 60, what=f"two failures of each bad feed: {errors()}"
    )
    # Polling the same feed again sends nothing new.
    polls = metric(scrape(port), "alerts_feed_polls_total", feed="seed")
    wait_for(
        lambda: metric(scrape(port), "alerts_feed_polls_total", feed="seed") >= polls + 3, 30, what="3 polls"
    )
    logs = bot.logs()
    assert SECRET not in logs
    # One log line per failure streak, naming the feed.
    assert logs.count("feed 'missing'") == 1, logs[-3000:]
    assert len(idlib_alerts(receiver)) == 1

    # A restart: the article is remembered on disk, so no second alert.
    assert bot.stop() == 0
    assert not bot.alive()
    bot2 = Bot(cfg).start()
    procs.append(bot2)
    wait_for(
        lambda: metric(scrape(port), "alerts_feed_polls_total", feed="seed") >= 3,
        90,
        what="polls after restart",
    )
    assert len(idlib_alerts(receiver)) == 1
    assert metric(scrape(port), "alerts_feed_articles_total", feed="seed") == 0


def test_channel_down_at_first_gets_the_alert_when_it_comes_back(
    tmp_path: Path, feed_server: FeedServer, receiver: Receiver, procs: list[Bot]
) -> None:
    feed_server.set("/seed.xml", Route(build_rss("Seed", [seed_item(feed_server)])))
    receiver.fail_with = 503
    port = free_port()
    cfg = write_config(
        tmp_path / "alerts.yaml",
        feeds=[{"name": "seed", "url": feed_server.url("/seed.xml"), "interval_seconds": 1}],
        channels={"console": {"urls": receiver.url}},
        rules_dir=REPO / "rules",
        state_dir=tmp_path / "state",
        metrics_port=port,
    )
    bot = Bot(cfg).start()
    procs.append(bot)
    wait_for(lambda: receiver.attempts >= 3, 120, what=lambda: f"3 refused attempts\n{bot.logs()[-3000:]}")
    assert idlib_alerts(receiver) == []
    wait_for(
        lambda: metric(scrape(port), "alerts_deliveries_total", outcome="retrying") >= 1, 30, what="retrying"
    )
    receiver.fail_with = None
    wait_for(lambda: idlib_alerts(receiver), 60, what="the alert after the channel came back")
    wait_for(lambda: metric(scrape(port), "alerts_feed_polls_total", feed="seed") >= 8, 30, what="more polls")
    assert len(idlib_alerts(receiver)) == 1
