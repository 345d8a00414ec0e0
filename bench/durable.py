"""The durable embedded broker against the memory one, measured in one run: start time, raw
aiokafka produce+consume, and articles/s through a worker (extractor + rules + delivery)."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from alerts.stream.broker import EmbeddedBroker, Storage, free_port
from alerts.stream.topics import declare_topics
from alerts.testing.harness import REPO, Bot, Receiver, metric, scrape, wait_for, write_config
from bench.pipeline import _articles, _produce, _raw_rate

RAW = 1000  # messages for the raw produce+consume rate
ARTICLES = 300  # articles through the worker


def _start(storage: Storage, data: Path) -> tuple[EmbeddedBroker, float]:
    """A broker started and its topics declared: ready for the bot. Returns it and the seconds it took."""
    started = time.perf_counter()
    broker = EmbeddedBroker(storage=storage, data_dir=data, log_file=data.parent / f"{storage}.log").start()
    asyncio.run(declare_topics(broker.bootstrap, 2))
    return broker, time.perf_counter() - started


def _pipeline_rate(broker: EmbeddedBroker, storage: Storage, tmp: Path) -> float:
    articles = _articles(ARTICLES)
    payloads = [(a.id.encode(), a.model_dump_json().encode()) for a in articles]
    receiver = Receiver().start()
    port = free_port()
    try:
        cfg = write_config(
            tmp / f"{storage}.yaml",
            feeds=[],
            channels={"console": {"urls": receiver.url}},
            rules_dir=REPO / "rules",
            state_dir=tmp / f"{storage}-worker",
            metrics_port=port,
            bootstrap=broker.url,
            extra={"log_level": "WARNING"},
        )
        # The worker's tables follow the storage too: RocksDB when durable.
        cfg.write_text(cfg.read_text().replace('"storage": "memory"', f'"storage": "{storage}"'))
        worker = Bot(cfg, "worker").start()
        try:
            wait_for(lambda: scrape(port), 120, what="the worker's metrics")
            started = time.perf_counter()
            asyncio.run(_produce(broker.bootstrap, payloads))
            wait_for(
                lambda: metric(scrape(port), "alerts_pipeline_articles_total") >= ARTICLES,
                900,
                interval=0.05,
                what=f"{ARTICLES} articles processed on the {storage} broker",
            )
            return ARTICLES / (time.perf_counter() - started)
        finally:
            worker.stop()
    finally:
        receiver.stop()


def run() -> list[str]:
    payloads = [a.model_dump_json().encode() for a in _articles(RAW)]
    starts: dict[str, float] = {}
    raw: dict[str, float] = {}
    pipeline: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for storage in ("memory", "durable"):
            broker, starts[storage] = _start(storage, tmp / storage)
            try:
                raw[storage] = asyncio.run(_raw_rate(broker.bootstrap, payloads))
                pipeline[storage] = _pipeline_rate(broker, storage, tmp)
            finally:
                broker.stop()
        # A restart on the data just written: what `make run` pays every time after the first.
        broker, starts["durable again"] = _start("durable", tmp / "durable")
        broker.stop()
    return [
        f"start to topics declared: memory {starts['memory']:.2f}s, durable {starts['durable']:.2f}s "
        f"(first), {starts['durable again']:.2f}s (restart on its data)",
        f"raw aiokafka produce+consume ({RAW} messages): memory {raw['memory']:,.0f} msg/s, "
        f"durable {raw['durable']:,.0f} msg/s; ratio durable/memory {raw['durable'] / raw['memory']:.3f}",
        f"worker, extractor + rules + delivery ({ARTICLES} articles): memory {pipeline['memory']:,.1f}/s, "
        f"durable {pipeline['durable']:,.1f}/s; ratio durable/memory "
        f"{pipeline['durable'] / pipeline['memory']:.3f}",
    ]
