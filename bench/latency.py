"""Alert latency at a steady 20 articles/s: produced -> delivered to a local receiver.

The same worker is run twice on one embedded broker: with Faust's own fetch wait (1,500 ms,
the baseline) and with the configured default (kafka.fetch_wait_ms). Raw aiokafka one-hop
latency on the same broker, at both waits, shows what the broker itself adds.
"""

from __future__ import annotations

import asyncio
import json
import re
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import web
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from alerts.config import KafkaConfig
from alerts.models import Article
from alerts.stream import topics
from alerts.stream.broker import EmbeddedBroker, free_port
from alerts.testing.harness import Bot, Receiver, scrape, wait_for, write_config

RATE = 20.0  # articles per second
SECONDS = 10.0
FAUST_WAIT_MS = 1500  # what faust-streaming 0.15.3 passes to aiokafka
RULE = """version: 1
rules:
  - id: latency_watch
    name: Latency probe
    severity: high
    channels: [console]
    message: "{{ article.title }}"
    condition:
      terms: {any: [idlib]}
"""
_ID = re.compile(r"probe-(\d+)-(\d+)")


@dataclass
class TimedReceiver(Receiver):
    """The harness receiver, noting when each alert arrived (this process's monotonic clock)."""

    arrived: dict[str, float] = field(default_factory=dict)

    async def _handle(self, request: web.Request) -> web.Response:
        now = time.monotonic()
        response = await super()._handle(request)
        found = _ID.search(json.dumps(self.posts[-1]) if self.posts else "")
        if found:
            self.arrived.setdefault(found.group(0), now)
        return response


def _article(run: int, i: int) -> Article:
    return Article(
        id=f"probe-{run}-{i}",
        feed="bench",
        url=f"http://127.0.0.1/probe/{run}/{i}",
        title=f"probe-{run}-{i}",
        text=f"Shelling was reported near Idlib, report {run}-{i}.",
        fetched=datetime.now(UTC),
    )


async def _steady(bootstrap: str, run: int, count: int) -> dict[str, float]:
    """Produce `count` articles at RATE per second; returns when each was sent."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    sent: dict[str, float] = {}
    start = time.monotonic()
    try:
        for i in range(count):
            await asyncio.sleep(
                max(0.0, start + i / RATE - time.monotonic())
            )  # pacing, not a wait for a result
            a = _article(run, i)
            sent[a.id] = time.monotonic()
            await producer.send_and_wait(topics.ARTICLES, a.model_dump_json().encode(), key=a.id.encode())
    finally:
        await producer.stop()
    return sent


def _percentiles(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return f"p50 {statistics.median(ms):,.0f} ms, p99 {p99:,.0f} ms, max {ms[-1]:,.0f} ms"


def _pipeline(tmp: Path, bootstrap: str, run: int, wait_ms: int) -> list[float]:
    receiver = TimedReceiver().start()
    rules = tmp / f"rules-{run}"
    rules.mkdir()
    (rules / "latency.yaml").write_text(RULE)
    port = free_port()
    cfg = write_config(
        tmp / f"latency-{run}.yaml",
        feeds=[],
        channels={"console": {"urls": receiver.url}},
        rules_dir=rules,
        state_dir=tmp / f"state-{run}",
        metrics_port=port,
        bootstrap=f"kafka://{bootstrap}",
        extra={"log_level": "WARNING"},
    )
    data: dict[str, Any] = json.loads(cfg.read_text())
    data["kafka"]["fetch_wait_ms"] = wait_ms
    data["kafka"]["partitions"] = 1
    cfg.write_text(json.dumps(data))
    worker = Bot(cfg, "worker").start()
    try:
        wait_for(lambda: scrape(port), 60, what="the worker's metrics")
        # Warm-up: the worker has joined, recovered its tables and delivered once.
        warm = asyncio.run(_steady(bootstrap, run * 1000, 3))
        wait_for(lambda: set(warm) <= set(receiver.arrived), 120, what="the warm-up alerts")
        count = int(RATE * SECONDS)
        sent = asyncio.run(_steady(bootstrap, run, count))
        wait_for(lambda: set(sent) <= set(receiver.arrived), 120, what=f"{count} alerts")
        return [receiver.arrived[k] - t for k, t in sent.items()]
    finally:
        worker.stop()
        receiver.stop()


async def _one_hop(bootstrap: str, wait_ms: int) -> list[float]:
    """Bare aiokafka: produce one message every 1/RATE s, time until a consumer has it."""
    topic = f"bench.hop.{wait_ms}"
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    await admin.create_topics([NewTopic(topic, 1, 1)])
    await admin.close()
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, fetch_max_wait_ms=wait_ms, auto_offset_reset="latest"
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await consumer.start()
    await producer.start()
    await consumer.seek_to_end()
    arrived: dict[bytes, float] = {}

    async def read() -> None:
        async for msg in consumer:
            arrived[msg.value or b""] = time.monotonic()

    reader = asyncio.create_task(read())
    sent: dict[bytes, float] = {}
    start = time.monotonic()
    for i in range(int(RATE * 5)):
        await asyncio.sleep(max(0.0, start + i / RATE - time.monotonic()))
        key = str(i).encode()
        sent[key] = time.monotonic()
        await producer.send_and_wait(topic, key)
    deadline = time.monotonic() + 30
    while set(sent) - set(arrived) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    reader.cancel()
    await producer.stop()
    await consumer.stop()
    return [arrived[k] - t for k, t in sent.items() if k in arrived]


def run() -> list[str]:
    default_ms = KafkaConfig().fetch_wait_ms
    lines = []
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker() as broker:
        for wait_ms in (FAUST_WAIT_MS, default_ms):
            hop = asyncio.run(_one_hop(broker.bootstrap, wait_ms))
            lines.append(f"raw aiokafka one hop, fetch wait {wait_ms} ms: {_percentiles(hop)}")
        results = {}
        for run_no, wait_ms in enumerate((FAUST_WAIT_MS, default_ms), start=1):
            results[wait_ms] = _pipeline(Path(tmp), broker.bootstrap, run_no, wait_ms)
            got = results[wait_ms]
            lines.append(
                f"pipeline at {RATE:.0f} articles/s, fetch wait {wait_ms} ms "
                f"(article -> alert at the receiver, {len(got)} alerts): {_percentiles(got)}"
            )
        base, now = statistics.median(results[FAUST_WAIT_MS]), statistics.median(results[default_ms])
        lines.append(
            f"ratio of median latency, {default_ms} ms / {FAUST_WAIT_MS} ms fetch wait: {now / base:.2f}"
        )
    return lines
