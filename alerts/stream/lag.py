"""Consumer lag per assigned partition: the end of the log minus what the group committed.

Measured against the committed offsets (what was processed), not the fetch position: Faust
fetches ahead, so the position stays near the end while an agent is stuck. The committed
offsets are read the public way, with an OffsetFetch for the worker's group from a
consumer of our own that never joins the group (so it cannot trigger a rebalance).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

import mode
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from alerts import metrics

log = logging.getLogger(__name__)


async def measure(
    consumer: AIOKafkaConsumer, partitions: Iterable[TopicPartition]
) -> dict[TopicPartition, int]:
    """Lag of each partition; a partition the group never committed counts from its beginning."""
    tps = list(partitions)
    if not tps:
        return {}
    ends = await consumer.end_offsets(tps)
    starts = await consumer.beginning_offsets(tps)
    lag = {}
    for tp in tps:
        committed = await consumer.committed(tp)
        done = starts[tp] if committed is None else committed
        # max: an end offset can read lower than a commit (see docs/operations.md, "End offsets").
        lag[tp] = max(0, ends[tp] - done)
    return lag


class LagReporter(mode.Service):
    """Sets alerts_consumer_lag for the partitions this worker holds, every `interval` seconds."""

    def __init__(
        self,
        bootstrap: str,
        group: str,
        assigned: Callable[[], Iterable[Any]],
        topics: Iterable[str],
        interval: float = 5.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.bootstrap = bootstrap
        self.group = group
        self.assigned = assigned
        # Only the topics the group commits: a table changelog is read for recovery, never committed.
        self.topics = frozenset(topics)
        self.interval = interval
        self._consumer: AIOKafkaConsumer | None = None
        self._reported: set[tuple[str, int]] = set()

    async def on_stop(self) -> None:
        if self._consumer is not None:
            with contextlib.suppress(Exception):
                await self._consumer.stop()

    @mode.Service.task
    async def _report(self) -> None:
        while not self.should_stop:
            await self.sleep(self.interval)
            try:
                await self.report_once()
            except KafkaError as exc:  # a broker hiccup; the next tick measures again
                log.debug("consumer lag not measured: %s", exc)
            except Exception:
                # A metric must never take the worker down.
                log.exception("consumer lag not measured")

    async def report_once(self) -> None:
        held = {TopicPartition(tp.topic, tp.partition) for tp in self.assigned() if tp.topic in self.topics}
        # Partitions taken over by another worker must not keep showing this worker's old lag.
        for topic, partition in self._reported - {(tp.topic, tp.partition) for tp in held}:
            metrics.CONSUMER_LAG.remove(topic, str(partition))
            self._reported.discard((topic, partition))
        if not held:
            return
        if self._consumer is None:
            self._consumer = AIOKafkaConsumer(
                bootstrap_servers=self.bootstrap, group_id=self.group, enable_auto_commit=False
            )
            await self._consumer.start()
        for tp, lag in (await measure(self._consumer, held)).items():
            metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(lag)
            self._reported.add((tp.topic, tp.partition))
