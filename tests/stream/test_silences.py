"""Silences read back from the topic whole, however the records were batched (embedded broker)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from aiokafka import AIOKafkaProducer

from alerts.dispatch.silences import Silence, SilenceSet
from alerts.stream import silences as silence_log
from alerts.stream import topics
from alerts.stream.broker import EmbeddedBroker
from alerts.stream.silences import SilenceWatcher
from alerts.stream.topics import declare_topics

NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as b:
        asyncio.run(declare_topics(b.bootstrap, 1))
        yield b


def silence(n: int) -> Silence:
    return Silence.new(
        rule_id=f"rule_{n}",
        until=NOW + timedelta(hours=2),
        reason=f"known story {n}",
        created_by="desk",
        created_at=NOW,
    )


async def publish_at_once(bootstrap: str, wanted: list[Silence], producers: int = 3) -> None:
    """Several producers at once, each packing several silences into one batch."""
    clients = [
        AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=100) for _ in range(producers)
    ]
    for c in clients:
        await c.start()
    try:
        futures = [
            await clients[i % producers].send(
                topics.SILENCES, s.to_json().encode(), key=s.id.encode(), partition=0
            )
            for i, s in enumerate(wanted)
        ]
        await asyncio.gather(*futures)
    finally:
        for c in clients:
            await c.stop()


async def watched(bootstrap: str) -> SilenceSet:
    known = SilenceSet()
    watcher = SilenceWatcher(bootstrap, known)
    await watcher.start()
    try:
        await asyncio.wait_for(watcher.wait_ready(), 60)
        return known
    finally:
        await watcher.stop()


def test_every_silence_is_known_to_the_cli_and_to_a_starting_worker(broker: EmbeddedBroker) -> None:
    wanted = [silence(n) for n in range(15)]
    asyncio.run(publish_at_once(broker.bootstrap, wanted))
    asyncio.run(silence_log.retract(broker.bootstrap, wanted[0].id))
    expected = {s.id for s in wanted[1:]}

    assert {s.id for s in asyncio.run(silence_log.read_all(broker.bootstrap)).active(NOW)} == expected
    known = asyncio.run(watched(broker.bootstrap))
    assert {s.id for s in known.active(NOW)} == expected
    # Reading again finds the same set: the catch-ups' own markers never show up as silences.
    assert len(asyncio.run(silence_log.read_all(broker.bootstrap))) == len(expected)
