"""Delivery rate at saturation, against the local receiver alone (issue 13, item 2).

Three runs in one process, on one local json:// receiver:
  receiver alone   the same JSON bodies POSTed one after the other on one keep-alive session
  apprise          Notifier.attempt, one alert after the other (what the notify stage does)
  notify stage     a worker on an embedded broker, every alert already on alerts.matches.v3:
                   dispatch, delivery log and delivery, as fast as it goes
Each prints alerts/s and its ratio to the receiver alone.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
from aiokafka import AIOKafkaProducer

from alerts.config import ChannelConfig, Config, DeliveryConfig
from alerts.dispatch.envelope import Envelope
from alerts.models import Alert, Match
from alerts.notify import webhook
from alerts.notify.notifier import Notifier
from alerts.stream import topics
from alerts.stream.broker import EmbeddedBroker, free_port
from alerts.testing.harness import Bot, Receiver, scrape, wait_for, write_config

DIRECT = 300  # alerts per in-process run
STAGE = 600  # alerts through the worker
RULE = """version: 1
rules:
  - id: delivery_bench
    name: Delivery bench
    severity: high
    channels: [console]
    message: "{{ article.title }}"
    condition:
      terms: {any: [idlib]}
"""


def _alert(run: str, i: int) -> Alert:
    match = Match(
        rule_id="delivery_bench",
        rule_name="Delivery bench",
        severity="high",
        channels=("console",),
        article_id=f"{run}-{i}",
        message=f"Delivery probe {run}-{i}",
    )
    return Alert(
        id=Alert.make_id("delivery_bench", f"{run}-{i}"),
        match=match,
        article_title=f"Delivery probe {run}-{i}",
        article_url=f"http://127.0.0.1/{run}/{i}",
        feed="bench",
        fetched=datetime.now(UTC),
    )


async def _receiver_alone(receiver: Receiver, n: int) -> float:
    body = {"version": "1.0", "title": "Delivery probe", "message": "x" * 200, "type": "info"}
    async with aiohttp.ClientSession() as session:
        start = time.perf_counter()
        for _ in range(n):
            async with session.post(f"http://127.0.0.1:{receiver.port}/", json=body) as response:
                await response.read()
        return n / (time.perf_counter() - start)


async def _apprise(receiver: Receiver, n: int) -> float:
    config = Config(channels={"console": ChannelConfig(urls=(receiver.url,))}, delivery=DeliveryConfig())
    notifier = Notifier.from_config(config)
    alerts = [_alert("direct", i) for i in range(n)]
    async with webhook.keep_alive():  # as the worker's notify agent sends
        start = time.perf_counter()
        for alert in alerts:
            outcome = await notifier.attempt("console", alert)
            assert outcome.sent, outcome.reason
        return n / (time.perf_counter() - start)


async def _put_on_matches(bootstrap: str, run: str, n: int) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        futures = []
        for i in range(n):
            env = Envelope(alert=_alert(run, i))
            futures.append(
                await producer.send(topics.MATCHES, env.model_dump_json().encode(), key=env.kafka_key)
            )
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def _count(receiver: Receiver, run: str) -> int:
    return sum(1 for p in list(receiver.posts) if f"probe {run}-" in json.dumps(p))


def _problems(logs: str) -> str:
    return "\n".join(line for line in logs.splitlines() if "delivered to channel" not in line)[-4000:]


def _stage(tmp: Path, bootstrap: str, receiver: Receiver, n: int) -> float:
    rules = tmp / "rules"
    rules.mkdir()
    (rules / "bench.yaml").write_text(RULE)
    port = free_port()
    cfg = write_config(
        tmp / "delivery.yaml",
        feeds=[],
        channels={"console": {"urls": receiver.url}},
        rules_dir=rules,
        state_dir=tmp / "state",
        metrics_port=port,
        bootstrap=f"kafka://{bootstrap}",
        extra={"log_level": "WARNING"},
    )
    data: dict[str, Any] = json.loads(cfg.read_text())
    data["kafka"]["partitions"] = 1
    cfg.write_text(json.dumps(data))
    worker = Bot(cfg, "worker").start()
    try:
        wait_for(lambda: scrape(port), 60, what="the worker's metrics")
        asyncio.run(_put_on_matches(bootstrap, "warm", 5))
        wait_for(lambda: _count(receiver, "warm") >= 5, 120, what="the warm-up alerts")
        asyncio.run(_put_on_matches(bootstrap, "stage", n))  # queued before the clock starts
        start = time.perf_counter()
        wait_for(
            lambda: _count(receiver, "stage") >= n,
            60,
            interval=0.05,
            what=lambda: f"{n} alerts, {_count(receiver, 'stage')} arrived\n{_problems(worker.logs())}",
        )
        return n / (time.perf_counter() - start)
    finally:
        worker.stop()


def run() -> list[str]:
    receiver = Receiver().start()
    try:
        alone = asyncio.run(_receiver_alone(receiver, DIRECT))
        lines = [f"receiver alone (one keep-alive session, {DIRECT} posts): {alone:,.0f} alerts/s"]
        direct = asyncio.run(_apprise(receiver, DIRECT))
        lines.append(f"apprise, one alert after another: {direct:,.0f} alerts/s, ratio {direct / alone:.3f}")
        with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker() as broker:
            stage = _stage(Path(tmp), broker.bootstrap, receiver, STAGE)
        lines.append(
            f"notify stage at saturation ({STAGE} alerts queued on the matches topic, 1 partition): "
            f"{stage:,.0f} alerts/s, ratio {stage / alone:.3f}"
        )
        return lines
    finally:
        receiver.stop()


if __name__ == "__main__":
    for line in run():
        print(line)
