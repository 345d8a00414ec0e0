"""Bounded state in the running worker: story and delivery entries expire, with tombstones.

Real parts only: `alerts broker` (the embedded Tansu broker) in its own process, so that a worker
can be restarted against the same changelogs, and `alerts worker` posting to a local receiver.
Short lifetimes here (a story window of seconds, a retention of one second) stand for hours.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer

from alerts.models import Alert, Article
from alerts.stream import topics
from alerts.stream.broker import free_port
from alerts.testing.harness import (
    Bot,
    Receiver,
    metric,
    produce_articles,
    scrape,
    start_broker,
    wait_for,
    write_config,
)

pytestmark = pytest.mark.pipeline

WINDOW_SECONDS = 8
RULES = f"""version: 1
rules:
  - id: story_watch
    name: Story probe
    severity: high
    channels: [console]
    message: "{{{{ article.title }}}}"
    story: {{group_by: [feed], window: {WINDOW_SECONDS}s}}
    condition:
      terms: {{any: [idlib]}}
  - id: plain_watch
    name: Plain probe
    severity: low
    channels: [console]
    message: "{{{{ article.title }}}}"
    condition:
      terms: {{any: [harbour]}}
"""
DURABLE_TABLES = {
    "bootstrap": "embedded",
    "storage": "durable",
    "partitions": 2,
    "session_timeout_seconds": 6,
}
STORY_FEEDS = [f"desk-{n}" for n in range(6)]


def article(article_id: str, feed: str, text: str) -> Article:
    return Article(
        id=article_id,
        feed=feed,
        url=f"http://127.0.0.1/{feed}/{article_id}",
        title=f"Report {article_id}",
        text=text,
        fetched=datetime.now(UTC),
    )


def story_article(n: int, copy: int = 0) -> Article:
    # Copy 0 is a desk's first report; a later copy has its own id and the same words.
    return article(
        f"s{n}-{copy}", STORY_FEEDS[n], "Shelling was reported near Idlib overnight, a local council said."
    )


def titles(receiver: Receiver) -> Counter[str]:
    """How many posts name each report ("s0-0"): the message starts with the article's title."""
    found: Counter[str] = Counter()
    for p in receiver.posts:
        words = str(p.get("message", "")).split()
        found.update(words[1:2] if words[:1] == ["Report"] else [])
    return found


def entries(port: int, table: str) -> float:
    return metric(scrape(port), "alerts_state_entries", table=table)


def changelog_last_values(bootstrap: str, table: str) -> dict[str, bytes | None]:
    """The last record of each key in the table's changelog (None: a tombstone)."""

    async def go() -> dict[str, bytes | None]:
        consumer = AIOKafkaConsumer(
            topics.changelog(table),
            bootstrap_servers=bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )
        await consumer.start()
        last: dict[str, bytes | None] = {}
        try:
            while batch := await consumer.getmany(timeout_ms=2000):
                for records in batch.values():
                    for r in records:
                        last[json.loads(r.key or b'""')] = r.value  # Faust writes keys as JSON
        finally:
            await consumer.stop()
        return last

    return asyncio.run(go())


def expire_all(
    bootstrap: str, port: int, ticks: Iterator[int], *, stories: int, deliveries: int, bot: Bot
) -> None:
    """Send plain alerts, one a second, until no story is held and so many entries have expired."""

    def expired() -> bool:
        asyncio.run(
            produce_articles(bootstrap, [article(f"t{next(ticks)}", "tick", "The harbour reopened.")])
        )
        samples = scrape(port)
        return (
            entries(port, "stories") == 0
            and metric(samples, "alerts_state_expired_total", table="stories") >= stories
            and metric(samples, "alerts_state_expired_total", table="deliveries") >= deliveries
        )

    wait_for(
        expired,
        120,
        interval=1.0,
        what=lambda: f"the entries to expire: {scrape(port)}\n{bot.logs()[-3000:]}",
    )


@pytest.mark.parametrize("storage", ["memory", "durable"])
def test_story_and_delivery_entries_expire_with_tombstones_and_a_restart_does_not_recover_them(
    tmp_path: Path, receiver: Receiver, procs: list[Bot], storage: str
) -> None:
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "state.yaml").write_text(RULES)
    port = free_port()
    cfg = write_config(
        tmp_path / "worker.yaml",
        feeds=[],
        channels={"console": {"urls": receiver.url}},
        rules_dir=rules,
        # Durable: the worker keeps its tables in RocksDB and finds them again at its restart (it
        # joins the broker above through the broker.json in the broker's state folder).
        state_dir=tmp_path / ("broker-state" if storage == "durable" else "state"),
        metrics_port=port,
        bootstrap="embedded" if storage == "durable" else f"kafka://{bootstrap}",
        extra={
            "state": {"retention_seconds": 1},
            **({"kafka": DURABLE_TABLES} if storage == "durable" else {}),
        },
    )
    worker = Bot(cfg, "worker").start()
    procs.append(worker)
    wait_for(lambda: scrape(port), 60, what="the worker's metrics")

    # Six stories, one per desk: six alerts, six story entries, six delivery records.
    asyncio.run(produce_articles(bootstrap, [story_article(n) for n in range(len(STORY_FEEDS))]))
    wait_for(
        lambda: len(receiver.posts) >= len(STORY_FEEDS),
        90,
        what=lambda: f"six alerts\n{worker.logs()[-3000:]}",
    )
    # Within the window the story is still known: a republished report and a copy under a new id
    # are not alerted again.
    asyncio.run(produce_articles(bootstrap, [story_article(0), story_article(0, copy=1)]))
    wait_for(
        lambda: (
            metric(scrape(port), "alerts_story_reports_total", rule="story_watch", verdict="repeat") >= 1
            and metric(
                scrape(port), "alerts_story_reports_total", rule="story_watch", verdict="corroboration"
            )
            >= 1
        ),
        60,
        what=lambda: f"the repeat and the copy to be judged\n{worker.logs()[-3000:]}",
    )
    assert metric(scrape(port), "alerts_story_reports_total", rule="story_watch", verdict="repeat") == 1
    assert entries(port, "stories") == len(STORY_FEEDS)
    assert titles(receiver) == Counter({f"s{n}-0": 1 for n in range(len(STORY_FEEDS))})

    # Past the window, entries go as their partitions handle more alerts: a trickle of plain
    # alerts (no story; their own records expire after the retention) until every story is gone.
    ticks = count()
    expire_all(bootstrap, port, ticks, stories=len(STORY_FEEDS), deliveries=len(STORY_FEEDS) + 1, bot=worker)
    samples = scrape(port)
    assert metric(samples, "alerts_state_expired_total", table="stories") == len(STORY_FEEDS)
    # The plain alerts' records come and go: far fewer are held than were delivered.
    assert entries(port, "deliveries") < next(ticks) - 1

    # The changelogs end each expired key with a tombstone: compaction frees them.
    stories = changelog_last_values(bootstrap, topics.STORIES_TABLE)
    story_keys = [k for k in stories if k.startswith("story_watch|")]
    assert len(story_keys) == len(STORY_FEEDS)
    assert all(stories[k] is None for k in story_keys), stories
    deliveries = changelog_last_values(bootstrap, topics.DELIVERIES_TABLE)
    story_alerts = [Alert.make_id("story_watch", f"s{n}-0") for n in range(len(STORY_FEEDS))]
    assert all(k in deliveries and deliveries[k] is None for k in story_alerts), deliveries
    for value in deliveries.values():
        # A live record names its channels, never a channel's URL.
        assert value is None or receiver.url.encode() not in value

    # One story is live when the worker stops: the restarted worker recovers it and expires it.
    asyncio.run(produce_articles(bootstrap, [story_article(1, copy=2)]))
    wait_for(lambda: titles(receiver)["s1-2"] == 1, 60, what="a new story on the second desk")
    worker.stop()

    # A restarted worker recovers the tables from the changelogs, tombstones included: the first
    # desk's report, published again after its story ended, is a new story and is alerted again
    # (a recovered delivery record would have held it back as already sent).
    again = Bot(cfg, "worker").start()
    procs.append(again)
    wait_for(lambda: scrape(port), 60, what="the restarted worker's metrics")
    asyncio.run(produce_articles(bootstrap, [story_article(0)]))
    wait_for(
        lambda: titles(receiver)["s0-0"] == 2,
        90,
        what=lambda: f"the report alerted again after expiry\n{again.logs()[-3000:]}",
    )
    assert metric(scrape(port), "alerts_story_reports_total", rule="story_watch", verdict="new") == 1
    # Both stories, the recovered one and the new one, expire in their turn.
    expire_all(bootstrap, port, ticks, stories=2, deliveries=2, bot=again)
    stories = changelog_last_values(bootstrap, topics.STORIES_TABLE)
    assert all(v is None for k, v in stories.items() if k.startswith("story_watch|")), stories
    assert titles(receiver)["s1-2"] == 1
