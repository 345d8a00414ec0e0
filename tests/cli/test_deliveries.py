"""`alerts deliveries list/retry` on the embedded broker, with dead letters written several to a batch.

Tansu answers "latest" with the newest batch's first offset + 1: a reader that stops at the
reported end misses the rest of that batch when it starts inside it, e.g. after an operator
rewound the retry group to a given letter (kafka-consumer-groups --reset-offsets --to-offset).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from click.testing import CliRunner

from alerts.cli.deliveries import RETRY_GROUP
from alerts.cli.main import main
from alerts.dispatch.envelope import DeadLetter, Envelope
from alerts.stream import topics
from alerts.stream.broker import EmbeddedBroker
from alerts.stream.topics import declare_topics
from tests.notify.support import make_alert

DEAD = TopicPartition(topics.DEADLETTER, 0)


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as b:
        asyncio.run(declare_topics(b.bootstrap, 1))
        yield b


def letter(n: int) -> bytes:
    alert = make_alert(id=f"letter{n:04d}", article_title=f"Report number {n}")
    dead = DeadLetter(
        envelope=Envelope(alert=alert), channel="desk", reason="HTTP 500", failed_at=time.time()
    )
    return dead.model_dump_json().encode()


async def produce_in_batches(bootstrap: str, first: int, count: int) -> list[int]:
    """Dead letters sent without waiting, so the producer packs several into each batch."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=200)
    await producer.start()
    try:
        futures = [
            await producer.send(DEAD.topic, letter(n), partition=0) for n in range(first, first + count)
        ]
        return [int(sent.offset) for sent in await asyncio.gather(*futures)]
    finally:
        await producer.stop()


async def rewind_retry_group(bootstrap: str, offset: int) -> None:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=RETRY_GROUP, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign([DEAD])
        await consumer.commit({DEAD: offset})
    finally:
        await consumer.stop()


async def end_offset(bootstrap: str) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        return int((await consumer.end_offsets([DEAD]))[DEAD])
    finally:
        await consumer.stop()


def config(tmp_path: Path, bootstrap: str) -> Path:
    path = tmp_path / "alerts.yaml"
    path.write_text(json.dumps({"kafka": {"bootstrap": f"kafka://{bootstrap}"}, "state_dir": str(tmp_path)}))
    return path


def listed(cfg: Path) -> list[str]:
    result = CliRunner().invoke(main, ["--config", str(cfg), "deliveries", "list"])
    assert result.exit_code == 0, result.output
    return [line.split()[0] for line in result.output.splitlines() if line.startswith("letter")]


def test_letters_after_a_rewind_inside_a_batch_are_all_listed_and_retried(
    tmp_path: Path, broker: EmbeddedBroker
) -> None:
    offsets = asyncio.run(produce_in_batches(broker.bootstrap, 0, 12))
    assert offsets == list(range(12))
    reported = asyncio.run(end_offset(broker.bootstrap))
    assert reported < 12  # several letters per batch: the broker's "end" is short of the last one
    start = reported  # inside the newest batch: letters from here on are waiting
    asyncio.run(rewind_retry_group(broker.bootstrap, start))
    cfg = config(tmp_path, broker.bootstrap)

    waiting = [f"letter{n:04d}" for n in range(start, 12)]
    assert listed(cfg) == waiting
    assert listed(cfg) == waiting  # listing sends nothing back and marks nothing as retried

    retried = CliRunner().invoke(main, ["--config", str(cfg), "deliveries", "retry"])
    assert retried.exit_code == 0, retried.output
    assert f"{len(waiting)} dead letter(s) sent back" in retried.output
    assert listed(cfg) == []

    more = asyncio.run(produce_in_batches(broker.bootstrap, 100, 5))
    assert len(more) == 5
    assert listed(cfg) == [f"letter{n:04d}" for n in range(100, 105)]
