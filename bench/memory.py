"""Worker memory (RSS) after 5,000 and 50,000 distinct alerts, against the same worker idle.

One worker (`alerts worker`, a subprocess) on the embedded broker, one rule that matches every
article and groups its alerts into stories by feed, articles that each carry their own id and
feed: each one is one distinct alert and one story, delivered to a local receiver and recorded
in the worker's stories and deliveries tables (memory storage, as in the tests). The story window
and the retention are short (WINDOW_SECONDS), so entries expire during the run (bounded state,
alerts.dispatch.expiry): the RSS after 50,000 should be about the RSS after 5,000.
`--no-expiry` keeps the defaults (72 h), for the figures without expiry.
VmRSS is read from /proc/PID/status after a warm-up (the baseline), after 5,000 alerts and after
50,000, with the entries the worker holds (alerts_state_entries, when the worker has it).
Articles go in chunks, each delivered before the next, so the figures measure what the worker
keeps, not a backlog waiting in its buffers.

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
from alerts.testing.harness import Bot, Receiver, metric, scrape, wait_for, write_config

STEPS = (5_000, 50_000)
WARM = 20
CHUNK = 1_000
SECOND_STEP_BUDGET = 180.0  # seconds the step from 5,000 to 50,000 may take in `make bench`
WINDOW_SECONDS = 20  # story window and retention: entries expire within the run
RULE = """version: 1
rules:
  - id: memory_watch
    name: Memory probe
    severity: high
    channels: [console]
    message: "{{{{ article.title }}}}"
    story: {{group_by: [feed]{window}}}
    condition:
      terms: {{any: [idlib]}}
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
        feed=f"bench-{i}",  # a story of its own
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


def _held(port: int) -> str:
    samples = scrape(port)
    if not any(name == "alerts_state_entries" for name, _ in samples):
        return "entries held: not measured"
    held = {t: int(metric(samples, "alerts_state_entries", table=t)) for t in ("stories", "deliveries")}
    return f"entries held: {held['stories']:,} stories, {held['deliveries']:,} deliveries"


def run(budget: float | None = SECOND_STEP_BUDGET, expiry: bool = True) -> list[str]:
    """The RSS lines; `budget` caps the seconds of each step after the first (None: no cap)."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as name, EmbeddedBroker() as broker:
        tmp = Path(name)
        rules = tmp / "rules"
        rules.mkdir()
        (rules / "memory.yaml").write_text(
            RULE.format(window=f", window: {WINDOW_SECONDS}s" if expiry else "")
        )
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
            extra={
                "log_level": "WARNING",
                **({"state": {"retention_seconds": WINDOW_SECONDS}} if expiry else {}),
            },
        )
        worker = Bot(cfg, "worker").start()
        try:
            assert worker.proc is not None
            pid = worker.proc.pid
            wait_for(lambda: scrape(port), 60, what="the worker's metrics")
            _feed(broker.bootstrap, receiver, 0, WARM)
            idle = rss_kb(pid)
            on = f"on: story window and retention {WINDOW_SECONDS}s"
            lines.append(f"expiry {on if expiry else 'off (defaults, 72 h)'}")
            lines.append(f"worker RSS after a warm-up of {WARM} alerts (baseline): {idle / 1024:,.1f} MB")
            done, rss, took = WARM, idle, 0.0
            measured: dict[int, int] = {}
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
                    f"{(rss - before) * 1024 / (target - done):,.0f} bytes per alert since {done:,}; "
                    + _held(port)
                )
                measured[target] = rss
                done = target
            if len(measured) == len(STEPS):
                first, last = (measured[t] for t in sorted(measured))
                lines.append(f"RSS after {max(measured):,} / RSS after {min(measured):,}: {last / first:.2f}")
        finally:
            worker.stop()
            receiver.stop()
    return lines


if __name__ == "__main__":
    args = sys.argv[1:]
    for line in run(None if "--full" in args else SECOND_STEP_BUDGET, expiry="--no-expiry" not in args):
        print(line, flush=True)
