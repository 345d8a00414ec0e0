"""Alert latency at a steady 20, 100 and 300 articles/s offered, one alert each: produced ->
delivered to a local receiver, p50/p99.

Baseline, in the same run on the same embedded broker: raw aiokafka one-hop latency (produce ->
a consumer has it) at each rate, with the same fetch wait; the ratio pipeline/raw says what the
worker (two hops, extractor, rules, delivery through Apprise) adds to what the broker costs.
At 20 articles/s the worker also runs with Faust's own fetch wait (1,500 ms), to show what
kafka.fetch_wait_ms buys. Above the rate the worker can deliver, alerts queue and the latency
grows with the run: the figure then says how far the offered rate is past saturation.
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

RATES = (20.0, 100.0, 300.0)  # articles per second offered
SECONDS = 10.0  # per rate
HOP_SECONDS = 5.0  # per rate, for the raw aiokafka baseline
DRAIN_SECONDS = 300.0  # how long the alerts of one rate may take to arrive, past saturation too
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


async def _steady(bootstrap: str, run: int, count: int, rate: float) -> dict[str, float]:
    """Produce `count` articles at `rate` per second; returns when each was sent.

    Sends are not awaited one by one (that would cap the rate at one broker round trip each):
    the offered rate is what the schedule says, and all are acknowledged before returning."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    sent: dict[str, float] = {}
    acks = []
    start = time.monotonic()
    try:
        for i in range(count):
            await asyncio.sleep(
                max(0.0, start + i / rate - time.monotonic())
            )  # pacing, not a wait for a result
            a = _article(run, i)
            sent[a.id] = time.monotonic()
            acks.append(await producer.send(topics.ARTICLES, a.model_dump_json().encode(), key=a.id.encode()))
        await asyncio.gather(*acks)
    finally:
        await producer.stop()
    return sent


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _percentiles(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return f"p50 {statistics.median(ms):,.0f} ms, p99 {_p99(ms):,.0f} ms, max {ms[-1]:,.0f} ms"


def _await_all(receiver: TimedReceiver, sent: dict[str, float], what: str) -> None:
    # Membership tests only: the receiver's thread adds to `arrived` while this reads it.
    def missing() -> int:
        return sum(1 for k in sent if k not in receiver.arrived)

    wait_for(
        lambda: missing() == 0,
        DRAIN_SECONDS,
        interval=0.1,
        what=lambda: f"{what} ({len(sent) - missing()} arrived)",
    )


def _pipeline(
    tmp: Path,
    bootstrap: str,
    run: int,
    wait_ms: int,
    rates: tuple[float, ...],
    spans: dict[float, float],
) -> dict[float, list[float]]:
    """One worker at `wait_ms`, fed each rate in turn; the latencies of each rate's alerts.
    `spans` gets, per rate, the seconds from the first article sent to the last alert received."""
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
        warm = asyncio.run(_steady(bootstrap, run * 1000, 3, 10.0))
        _await_all(receiver, warm, "the warm-up alerts")
        out: dict[float, list[float]] = {}
        for step, rate in enumerate(rates):
            count = int(rate * SECONDS)
            sent = asyncio.run(_steady(bootstrap, run * 10 + step, count, rate))
            _await_all(receiver, sent, f"{count} alerts at {rate:.0f}/s")
            out[rate] = [receiver.arrived[k] - t for k, t in sent.items()]
            spans[rate] = max(receiver.arrived[k] for k in sent) - min(sent.values())
        return out
    finally:
        worker.stop()
        receiver.stop()


async def _one_hop(bootstrap: str, wait_ms: int, rate: float) -> list[float]:
    """Bare aiokafka: produce one message every 1/rate s, time until a consumer has it."""
    topic = f"bench.hop.{wait_ms}.{rate:.0f}"
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
    acks = []
    start = time.monotonic()
    for i in range(int(rate * HOP_SECONDS)):
        await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
        key = str(i).encode()
        sent[key] = time.monotonic()
        acks.append(await producer.send(topic, key))
    await asyncio.gather(*acks)
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
        hops = {rate: asyncio.run(_one_hop(broker.bootstrap, default_ms, rate)) for rate in RATES}
        faust_hop = asyncio.run(_one_hop(broker.bootstrap, FAUST_WAIT_MS, RATES[0]))
        spans: dict[float, float] = {}
        ours = _pipeline(Path(tmp), broker.bootstrap, 1, default_ms, RATES, spans)
        faust = _pipeline(Path(tmp), broker.bootstrap, 2, FAUST_WAIT_MS, RATES[:1], {})
    for rate in RATES:
        got, hop = ours[rate], hops[rate]
        lines.append(
            f"{rate:>3.0f} articles/s offered, {len(got)} alerts in {spans[rate]:.1f}s "
            f"({len(got) / spans[rate]:,.0f}/s delivered), fetch wait {default_ms} ms: "
            f"pipeline {_percentiles(got)}; raw aiokafka one hop {_percentiles(hop)}; "
            f"ratio pipeline/raw p50 {statistics.median(got) / statistics.median(hop):.1f}, "
            f"p99 {_p99(got) / _p99(hop):.1f}"
        )
    base, now = statistics.median(faust[RATES[0]]), statistics.median(ours[RATES[0]])
    lines.append(
        f"{RATES[0]:.0f} articles/s with Faust's fetch wait {FAUST_WAIT_MS} ms: pipeline "
        f"{_percentiles(faust[RATES[0]])}; raw one hop {_percentiles(faust_hop)}; ratio of median "
        f"latency, {default_ms} ms / {FAUST_WAIT_MS} ms fetch wait: {now / base:.2f}"
    )
    return lines
