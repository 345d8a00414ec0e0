"""Workers against one broker: sharing partitions, surviving a crash, dead letters, exactly once."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from alerts.stream import topics
from alerts.testing import workers
from alerts.testing.harness import (
    Bot,
    Receiver,
    metric,
    produce_articles,
    scrape,
    start_broker,
    wait_for,
)
from alerts.testing.workers import articles, titles

pytestmark = pytest.mark.pipeline
RULES = Path(__file__).parent / "rules"


def worker_config(
    tmp: Path, name: str, bootstrap: str, receiver: Receiver, **kafka: float
) -> tuple[Path, int]:
    return workers.worker_config(tmp, name, bootstrap, receiver, RULES, **kafka)


def test_two_workers_share_the_work_and_survive_one_stopping(
    tmp_path: Path, receiver: Receiver, procs: list[Bot]
) -> None:
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    cfg1, port1 = worker_config(tmp_path, "w1", bootstrap, receiver)
    cfg2, port2 = worker_config(tmp_path, "w2", bootstrap, receiver)
    w1, w2 = Bot(cfg1, "worker").start(), Bot(cfg2, "worker").start()
    procs += [w1, w2]
    wait_for(lambda: scrape(port1) and scrape(port2), 60, what="both workers' metrics")

    asyncio.run(produce_articles(bootstrap, articles("a", 20)))
    wait_for(
        lambda: len(titles(receiver)) >= 20,
        120,
        what=lambda: f"20 alerts\n{w1.logs()[-2000:]}\n{w2.logs()[-2000:]}",
    )
    done1 = metric(scrape(port1), "alerts_pipeline_articles_total")
    done2 = metric(scrape(port2), "alerts_pipeline_articles_total")
    assert done1 > 0 and done2 > 0, (done1, done2)  # both workers took partitions
    assert done1 + done2 == 20

    assert w1.stop() == 0
    asyncio.run(produce_articles(bootstrap, articles("b", 40)))
    wait_for(
        lambda: len(titles(receiver)) >= 60,
        120,
        what=lambda: f"40 more alerts after w1 stopped\n{w2.logs()[-3000:]}",
    )
    counts = titles(receiver)
    assert len(counts) == 60
    assert set(counts.values()) == {1}, [t for t, c in counts.items() if c > 1]


def _committed(bootstrap: str) -> int | None:
    async def go() -> int | None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap, group_id=topics.APP_ID, enable_auto_commit=False
        )
        await consumer.start()
        try:
            offsets = [await consumer.committed(TopicPartition(topics.MATCHES, p)) for p in range(2)]
            return max((o or 0) for o in offsets)
        finally:
            await consumer.stop()

    return asyncio.run(go())


def _delivery_records(bootstrap: str) -> int:
    async def go() -> int:
        consumer = AIOKafkaConsumer(
            topics.changelog(topics.DELIVERIES_TABLE),
            bootstrap_servers=bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )
        await consumer.start()
        try:
            batch = await consumer.getmany(timeout_ms=1000)
            return sum(len(v) for v in batch.values())
        finally:
            await consumer.stop()

    return asyncio.run(go())


def test_worker_killed_after_delivery_before_commit_sends_no_duplicate(
    tmp_path: Path, receiver: Receiver, procs: list[Bot]
) -> None:
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    # Offsets are committed once a minute: the kill below lands between delivery and commit.
    cfg, port = worker_config(tmp_path, "w", bootstrap, receiver, commit_interval_seconds=60)
    worker = Bot(cfg, "worker").start()
    procs.append(worker)
    wait_for(lambda: scrape(port), 60, what="the worker's metrics")
    asyncio.run(produce_articles(bootstrap, articles("k", 1)))
    wait_for(lambda: titles(receiver), 90, what=lambda: f"the alert\n{worker.logs()[-3000:]}")
    wait_for(lambda: _delivery_records(bootstrap) >= 1, 30, what="the delivery record in the changelog")
    assert not _committed(bootstrap), "the matches offset was committed before the kill"
    worker.stop(signal.SIGKILL)

    again = Bot(cfg, "worker").start()
    procs.append(again)
    # The restarted worker re-reads the uncommitted alert and finds it already delivered.
    wait_for(
        lambda: metric(scrape(port), "alerts_deliveries_total", outcome="duplicate") >= 1,
        120,
        what=lambda: f"the re-processed alert to be recognised\n{again.logs()[-3000:]}",
    )
    assert titles(receiver) == Counter({"k-0": 1})


def test_dead_letter_then_retry_delivers_once(tmp_path: Path, receiver: Receiver, procs: list[Bot]) -> None:
    broker, bootstrap = start_broker(tmp_path)
    procs.append(broker)
    receiver.fail_with = 500
    cfg, port = worker_config(tmp_path, "w", bootstrap, receiver)
    import json

    data = json.loads(cfg.read_text())
    data["delivery"] = {"retry_budget_seconds": 2, "initial_backoff_seconds": 0.2, "max_backoff_seconds": 0.5}
    cfg.write_text(json.dumps(data))
    worker = Bot(cfg, "worker").start()
    procs.append(worker)
    wait_for(lambda: scrape(port), 60, what="the worker's metrics")
    asyncio.run(produce_articles(bootstrap, articles("d", 1)))
    wait_for(
        lambda: metric(scrape(port), "alerts_dead_letters_total", channel="console") >= 1,
        90,
        what=lambda: f"the dead letter\n{worker.logs()[-3000:]}",
    )
    assert receiver.attempts >= 2

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "alerts", "--config", str(cfg), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    listed = cli("deliveries", "list")
    assert listed.returncode == 0, listed.stderr
    assert "console" in listed.stdout and "HTTP 500" in listed.stdout, listed.stdout
    receiver.fail_with = None
    retried = cli("deliveries", "retry")
    assert retried.returncode == 0, retried.stderr
    assert "1 dead letter" in retried.stdout
    wait_for(lambda: titles(receiver), 60, what="the retried alert")
    # A second retry finds nothing waiting: the alert is not sent twice.
    assert "0 dead letter" in cli("deliveries", "retry").stdout
    wait_for(lambda: metric(scrape(port), "alerts_deliveries_total", outcome="sent") >= 1, 30, what="sent")
    assert titles(receiver) == Counter({"d-0": 1})
