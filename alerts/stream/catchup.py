"""Reading a partition "up to now" without trusting the broker's end offset.

Tansu (0.6.0, the embedded broker) answers ListOffsets "latest" with the newest record
batch's first offset + 1, not the offset after its last record: with several records in a
batch (a producer with linger, or several producers at once) the end it reports is too low.
A reader that stops at that end, starting inside the newest batch, skips its remaining
records; a reader that waits for the end to be reached may stop before records it should see.

So a catch-up never asks for the end: it produces a marker record of its own to the
partition and reads until it has read that very marker: everything recorded before the
catch-up began lies before it. The marker is recognised by its own key, not by the offset the
broker answers for it: with several producers at once, that answer was seen to fall short
too, and a reader stopping there missed records. Markers have a reserved key prefix and no
value (for a compacted topic: tombstones, so compaction frees them); every reader skips them.
"""

from __future__ import annotations

import asyncio
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord

from alerts.errors import BrokerError

MARKER_KEY = b"\x00alerts:catch-up-marker"


def is_marker(key: bytes | None) -> bool:
    return key is not None and key.startswith(MARKER_KEY)


async def place_marker(bootstrap: str, tp: TopicPartition) -> bytes:
    """Append a marker of this catch-up's own to the partition; returns its key."""
    key = MARKER_KEY + b":" + uuid.uuid4().hex.encode()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(tp.topic, None, key=key, partition=tp.partition)
    finally:
        await producer.stop()
    return key


async def read_to_marker(
    consumer: AIOKafkaConsumer, tp: TopicPartition, bootstrap: str, timeout: float = 60.0
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record from the consumer's position up to now (through a marker placed now).

    Markers (this one and other readers') are left out. Records written after the marker
    and fetched with it are included: the consumer's position is past them, so dropping
    them would lose them for a reader that commits its position.
    """
    marker = await place_marker(bootstrap, tp)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    records: list[ConsumerRecord[bytes, bytes]] = []
    reached = False
    while not reached:
        if loop.time() > deadline:
            raise BrokerError(f"{tp.topic}: did not read this catch-up's marker within {timeout:.0f}s")
        batch = await consumer.getmany(tp, timeout_ms=1000)
        for m in batch.get(tp, []):
            reached = reached or m.key == marker
            if not is_marker(m.key):
                records.append(m)
    return records
