"""A Faust app whose rebalance cannot drop a message it has already fetched, and whose
consumer does not sit on a fetch for 1.5 s.

Rebalance. Faust clears every stream queue each time `app.flow_control.resume()` is called.
After a rebalance it calls resume twice: once when it starts reading the table changelogs,
and again after it has resumed the stream partitions and seeked them to their committed
offsets. Messages fetched between those two calls sit in the queues when the second
resume wipes them, and they are never fetched again: the consumer's read offset is
already past them, so the copies it fetches next are dropped as "already read". Offsets
after them are processed, the hole is committed as a gap, and the alert is lost.

Seen with faust-streaming 0.15.3: a worker taking over a stopped worker's partitions
skipped one article in about one rebalance in twenty (tests/stream/test_workers.py).

Clearing is only needed on a real suspended -> running transition (the queues then hold
messages fetched before the rebalance, which the seek fetches again), so that is the only
time this flow control clears.

Partitions never committed. While the changelogs are read, the consumer also fetches the
stream partitions, and a fetch that returns once recovery has resumed them consumes their
records before the agents may take them: the records are dropped and the read position is
past them. Faust relies on its seek to the committed offsets to fetch them again, but
aiokafka's ``seek_to_committed`` leaves a partition with no committed offset where it is.
So a worker restarted before its first commit (or taking over a partition no one committed)
skipped what it read during recovery: the article was never evaluated, the alert never
handled. Seen under load in tests/stream/test_workers.py (a worker SIGKILLed after a delivery,
commit interval 60 s): the restarted worker's fetch positions on the articles and matches
partitions stood at 1 after recovery, the records at 0 were never handled, and it sat idle.
The consumer thread below seeks such partitions to their beginning, where a partition without
a commit starts (``consumer_auto_offset_reset="earliest"``, set by alerts.stream.app): they are
read again, and what is read twice is deduplicated as after any crash.

Fetch wait. faust-streaming 0.15.3 builds the worker's aiokafka consumer with
`fetch_max_wait_ms=1500` written into the call (faust/transport/drivers/aiokafka.py,
`_create_worker_consumer`), with no setting to change it. Tansu 0.6.0 answers a fetch only
after sleeping part of that wait, even when the data is there (docs/operations.md,
"Latency"), so every hop of an alert cost hundreds of milliseconds. The consumer thread
below sets the wait the configuration asks for (`kafka.fetch_wait_ms`) before the consumer
starts, which is when aiokafka hands it to its fetcher.

Held messages. Before it stops, Faust waits until every message its agents have taken is
acked (`stream_wait_empty`). The digest agent holds a burst's messages for its whole window
(`delivery.digest_seconds`, ten minutes by default) before it sends the digest and acks them,
so a worker told to stop hung for up to that window, and was killed by whoever asked it to
stop. When the worker stops, messages of a topic in `App.held_topics` are not waited for:
unacked, their offsets are not committed, and the worker that reads the partition next reads
them again and sends the digest then (tests/stream/test_noise_control.py). Every other
agent's messages are still waited for. A rebalance still waits for them all: there the
worker keeps its digest buffer, and a partition read again would send the digest twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import aiokafka
import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, TransportT
from mode.utils.objects import cached_property
from mode.utils.queues import FlowControlEvent

DEFAULT_FETCH_WAIT_MS = 100


class SafeFlowControl(FlowControlEvent):
    def resume(self) -> None:
        if self.is_active():
            return  # already running: what the queues hold was fetched after the seek
        super().resume()


class _QuickFetchThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # No public way in: Faust passes 1500 itself. aiokafka (pinned) reads this attribute
        # in start(), which has not run yet.
        consumer._fetch_max_wait_ms = getattr(self.app, "fetch_wait_ms", DEFAULT_FETCH_WAIT_MS)
        return consumer

    async def seek_to_committed(self) -> Mapping[TP, int]:
        committed: Mapping[TP, int] = await super().seek_to_committed()
        if self.app.conf.consumer_auto_offset_reset != "earliest":
            return committed
        # Not the changelogs: recovery seeks those itself, and nothing commits them.
        changelogs = self.app.tables.changelog_topics
        never = [tp for tp, offset in committed.items() if not offset and tp.topic not in changelogs]
        if never:
            await self.seek_to_beginning(*never)
        return committed


class _QuickFetchConsumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _QuickFetchThread(self, loop=self.loop, beacon=self.beacon)

    def _waited_for(self) -> bool:
        held: frozenset[str] = frozenset()
        if getattr(self.app, "stopping", False):
            held = getattr(self.app, "held_topics", held)
        return any(message.topic not in held for message in self._unacked_messages)

    async def wait_empty(self) -> None:
        """Faust's wait_empty (faust-streaming 0.15.3), minus held topics' messages when stopping."""
        while not self.should_stop and self._waited_for():
            await self.commit()
            if not self._waited_for():
                break
            await self._wait_for_ack(timeout=1)
            self._clean_unacked_messages()
        await self.commit_and_end_transactions()


class _QuickFetchTransport(faust_aiokafka.Transport):
    Consumer: ClassVar[type[faust_aiokafka.Consumer]] = _QuickFetchConsumer


class App(faust.App):
    # Set per worker from the configuration (kafka.fetch_wait_ms).
    fetch_wait_ms: int = DEFAULT_FETCH_WAIT_MS
    # Topics whose agent holds messages unacked for a long window: not waited for when the
    # worker stops (see "Held messages" above).
    held_topics: frozenset[str] = frozenset()
    stopping: bool = False

    async def on_stop(self) -> None:
        self.stopping = True
        await super().on_stop()

    @cached_property
    def flow_control(self) -> FlowControlEvent:
        return SafeFlowControl(loop=self.loop)

    def _new_transport(self) -> TransportT:
        # Our brokers are Kafka (kafka://): the aiokafka transport, with the consumer above.
        return _QuickFetchTransport(self.conf.broker_consumer, self)
