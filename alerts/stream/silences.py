"""Silences live in a compacted Kafka topic (key: silence id, value: JSON, tombstone to remove),
so they persist with the cluster and every worker sees the same set."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime
from typing import Any

import mode
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

from alerts.dispatch.silences import Silence, SilenceSet
from alerts.errors import BrokerError
from alerts.stream import topics
from alerts.stream.catchup import is_marker, read_to_marker

log = logging.getLogger(__name__)


async def publish(bootstrap: str, silence: Silence) -> None:
    await _send(bootstrap, silence.id, silence.to_json().encode())


async def retract(bootstrap: str, silence_id: str) -> None:
    await _send(bootstrap, silence_id, None)


async def _send(bootstrap: str, key: str, value: bytes | None) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topics.SILENCES, value, key=key.encode(), partition=0)
    finally:
        await producer.stop()


def apply(silences: SilenceSet, key: bytes | None, value: bytes | None) -> None:
    if key is None or is_marker(key):
        return
    if value is None:
        silences.remove(key.decode())
        return
    try:
        silences.put(Silence.from_json(value))
    except ValueError:
        log.error("ignored a malformed silence record (%d bytes)", len(value))


async def _catch_up(
    consumer: AIOKafkaConsumer, tp: TopicPartition, bootstrap: str, silences: SilenceSet
) -> None:
    """Apply every record from the consumer's position up to now (never trusting the end
    offset the broker reports: see alerts/stream/catchup.py)."""
    for msg in await read_to_marker(consumer, tp, bootstrap):
        apply(silences, msg.key, msg.value)


async def _open(bootstrap: str) -> tuple[AIOKafkaConsumer, TopicPartition]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    tp = TopicPartition(topics.SILENCES, 0)
    consumer.assign([tp])
    await consumer.seek_to_beginning(tp)
    return consumer, tp


async def read_all(bootstrap: str) -> SilenceSet:
    """Every silence currently recorded (read from the beginning of the topic to its end)."""
    silences = SilenceSet()
    consumer, tp = await _open(bootstrap)
    try:
        await _catch_up(consumer, tp, bootstrap, silences)
    finally:
        await consumer.stop()
    return silences


class SilenceWatcher(mode.Service):
    """Keeps a worker's SilenceSet up to date from the silences topic."""

    def __init__(self, bootstrap: str, silences: SilenceSet, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.bootstrap = bootstrap
        self.silences = silences
        self._ready = asyncio.Event()

    async def wait_ready(self) -> None:
        """Returns once every silence recorded before the worker started is known."""
        await self._ready.wait()

    @mode.Service.task
    async def _follow(self) -> None:
        delay = 1.0
        while not self.should_stop:
            try:
                consumer, tp = await _open(self.bootstrap)
            except KafkaError as exc:
                log.warning("silences not readable yet (%s); retrying in %.0fs", type(exc).__name__, delay)
                await self.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            try:
                await _catch_up(consumer, tp, self.bootstrap, self.silences)
                self._ready.set()
                delay = 1.0
                while not self.should_stop:
                    batch = await consumer.getmany(tp, timeout_ms=1000)
                    for msg in batch.get(tp, []):
                        apply(self.silences, msg.key, msg.value)
                    self.silences.prune(datetime.now(UTC))
            except (KafkaError, BrokerError) as exc:
                # A broker hiccup must not take the worker down; read again from the start.
                log.warning("silences: %s; reconnecting", type(exc).__name__)
            finally:
                with contextlib.suppress(Exception):
                    await consumer.stop()
