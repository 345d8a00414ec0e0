"""alerts_consumer_lag: what the group has not processed yet, on the partitions a worker holds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from alerts import metrics
from alerts.stream.broker import EmbeddedBroker
from alerts.stream.lag import LagReporter
from alerts.stream.topics import declare_topics

TOPIC = "alerts.articles.v1"
GROUP = "lag-test"


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as b:
        yield b


def gauge(topic: str, partition: int) -> float | None:
    return metrics.REGISTRY.get_sample_value(
        "alerts_consumer_lag", {"topic": topic, "partition": str(partition)}
    )


async def test_lag_counts_from_the_commit_and_is_dropped_with_the_partition(broker: EmbeddedBroker) -> None:
    await declare_topics(broker.bootstrap, 2)
    tp = TopicPartition(TOPIC, 0)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
    await producer.start()
    try:
        for i in range(5):
            await producer.send_and_wait(TOPIC, f"record {i}".encode(), partition=0)
    finally:
        await producer.stop()

    held = {tp, TopicPartition(TOPIC, 1), TopicPartition("alerts-deliveries-v1-changelog", 0)}
    reporter = LagReporter(broker.bootstrap, GROUP, assigned=lambda: held, topics=[TOPIC])
    try:
        await reporter.report_once()
        assert gauge(TOPIC, 0) == 5  # nothing committed yet: all of it waits
        assert gauge(TOPIC, 1) == 0
        assert gauge("alerts-deliveries-v1-changelog", 0) is None  # recovery, not processing

        committer = AIOKafkaConsumer(
            bootstrap_servers=broker.bootstrap, group_id=GROUP, enable_auto_commit=False
        )
        await committer.start()
        try:
            committer.assign([tp])
            await committer.commit({tp: 2})
        finally:
            await committer.stop()
        await reporter.report_once()
        assert gauge(TOPIC, 0) == 3

        held.discard(tp)  # another worker took the partition over
        await reporter.report_once()
        assert gauge(TOPIC, 0) is None
        assert gauge(TOPIC, 1) == 0
    finally:
        await reporter.on_stop()
