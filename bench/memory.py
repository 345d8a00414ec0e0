"""Worker memory (RSS) after 5,000 and 50,000 distinct alerts, against the same worker idle.

One worker (`alerts worker`, a subprocess) on the embedded broker, one rule that matches every
article, articles that each carry their own id: each one is one distinct alert, delivered to a
local receiver and recorded in the worker's deliveries table (memory storage, as in the tests).
VmRSS is read from /proc/PID/status after a warm-up (the baseline), after 5,000 alerts and after
50,000. Articles go in chunks, each delivered before the next, so the figures measure what the
worker keeps, not a backlog waiting in its buffers.

50,000 deliveries through Apprise take a while: the rate of the first 5,000 sizes the second
step to fit SECOND_STEP_BUDGET seconds, so that `make bench` stays within about ten minutes;
if 50,000 does not fit, the line says how many were measured instead.
`python -m bench.memory --full` goes to 50,000 however long it takes.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaProducer

from alerts.models import Article
from alerts.stream import topics
from alerts.stream.broker import EmbeddedBroker, free_port
from alerts.testing.harness import Bot, Receiver, scrape, wait_for, write_config

STEPS = (5_000, 50_000)
WARM = 20
CHUNK = 1_000
SECOND_STEP_BUDGET = 180.0  # seconds the step from 5,000 to 50,000 may take in `make bench`
RULE = """version: 1
rules:
  - id: memory_watch
    name: Memory probe
    severity: high
    channels: [console]
    message: "{{ article.title }}"
    condition:
      terms: {any: [idlib]}
"""


def rss_kb(pid: int) -> int:
    """The process's resident set size in KB, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


def _article(i: int, now: datetime) -> Article:
    return Article(
        id=f"mem-{i}",
        feed="bench",
        url=f"http://127.0.0.1/mem/{i}",
        title=f"Report mem-{i}",
        text=f"Shelling was reported near Idlib, report number {i}.",
        fetched=now,
    )


async def _produce(bootstrap: str, first: int, last: int) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    now = datetime.now(UTC)
    try:
        acks = []
        for i in range(first, last):
            a = _article(i, now)
            acks.append(await producer.send(topics.ARTICLES, a.model_dump_json().encode(), key=a.id.encode()))
        await asyncio.gather(*acks)
    finally:
        await producer.stop()


def _delivered(receiver: Receiver, count: int) -> None:
    wait_for(
        lambda: len(receiver.posts) >= count,
        600,
        interval=0.2,
        what=lambda: f"{count} alerts delivered ({len(receiver.posts)} so far)",
    )


def _feed(bootstrap: str, receiver: Receiver, first: int, last: int) -> None:
    """Articles first..last-1 in chunks, each chunk's alerts delivered before the next is sent."""
    for start in range(first, last, CHUNK):
        end = min(last, start + CHUNK)
        asyncio.run(_produce(bootstrap, start, end))
        _delivered(receiver, end)


def run(budget: float | None = SECOND_STEP_BUDGET) -> list[str]:
    """The RSS lines; `budget` caps the seconds of each step after the first (None: no cap)."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as name, EmbeddedBroker() as broker:
        tmp = Path(name)
        rules = tmp / "rules"
        rules.mkdir()
        (rules / "memory.yaml").write_text(RULE)
        receiver = Receiver().start()
        port = free_port()
        cfg = write_config(
            tmp / "memory.yaml",
            feeds=[],
            channels={"console": {"urls": receiver.url}},
            rules_dir=rules,
            state_dir=tmp / "state",
            metrics_port=port,
            bootstrap=f"kafka://{broker.bootstrap}",
            extra={"log_level": "WARNING"},
        )
        worker = Bot(cfg, "worker").start()
        try:
            assert worker.proc is not None
            pid = worker.proc.pid
            wait_for(lambda: scrape(port), 60, what="the worker's metrics")
            _feed(broker.bootstrap, receiver, 0, WARM)
            idle = rss_kb(pid)
            lines.append(f"worker RSS after a warm-up of {WARM} alerts (baseline): {idle / 1024:,.1f} MB")
            done, rss, took = WARM, idle, 0.0
            for target in STEPS:
                started = time.perf_counter()
                if done > WARM and budget is not None:
                    rate = (done - WARM) / took
                    fits = int((done + rate * budget) // CHUNK * CHUNK)
                    if fits < target:
                        lines.append(
                            f"{target:,} alerts would take ~{(target - done) / rate:,.0f}s more at "
                            f"{rate:,.0f} alerts/s: measured at {fits:,} instead"
                        )
                        target = fits
                _feed(broker.bootstrap, receiver, done, target)
                took = time.perf_counter() - started
                before, rss = rss, rss_kb(pid)
                lines.append(
                    f"worker RSS after {target:,} distinct alerts: {rss / 1024:,.1f} MB "
                    f"({(target - done) / took:,.0f} alerts/s delivered in this step); "
                    f"ratio to baseline {rss / idle:.2f}; "
                    f"{(rss - before) * 1024 / (target - done):,.0f} bytes per alert since {done:,}"
                )
                done = target
        finally:
            worker.stop()
            receiver.stop()
    return lines


if __name__ == "__main__":
    for line in run(None if "--full" in sys.argv[1:] else SECOND_STEP_BUDGET):
        print(line, flush=True)
