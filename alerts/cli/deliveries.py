"""`alerts deliveries list/retry`: alerts that could not be delivered within the retry budget."""

from __future__ import annotations

import click
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from alerts.cli.common import bootstrap, config_option, run_kafka
from alerts.dispatch.envelope import DeadLetter
from alerts.stream import topics
from alerts.stream.catchup import read_to_marker

# The dead letters already sent back are remembered as this group's committed offset.
RETRY_GROUP = "alerts-deadletter-retry"


@click.group("deliveries")
def deliveries_group() -> None:
    """Alerts that could not be delivered within the retry budget."""


async def _dead_letters(bootstrap: str, group: str | None) -> tuple[list[DeadLetter], AIOKafkaConsumer]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        tp = TopicPartition(topics.DEADLETTER, 0)
        consumer.assign([tp])
        committed = await consumer.committed(tp) if group else None
        if committed is None:
            await consumer.seek_to_beginning(tp)
        else:
            consumer.seek(tp, committed)
        # Up to a marker placed now, never to the end offset the broker reports (see catchup.py).
        records = await read_to_marker(consumer, tp, bootstrap)
        letters = [DeadLetter.model_validate_json(m.value) for m in records if m.value]
    except BaseException:
        await consumer.stop()
        raise
    return letters, consumer


@deliveries_group.command("list")
@config_option
@click.pass_context
def deliveries_list(ctx: click.Context) -> None:
    """Dead letters not yet retried."""

    async def go() -> list[DeadLetter]:
        letters, consumer = await _dead_letters(bootstrap(ctx), RETRY_GROUP)
        await consumer.stop()
        return letters

    letters = run_kafka(go())
    if not letters:
        click.echo("no dead letters waiting")
    for d in letters:
        a = d.envelope.alert
        click.echo(f"{a.id}  {d.channel}  {a.match.rule_id}  {a.article_title[:60]!r}: {d.reason}")


@deliveries_group.command("retry")
@config_option
@click.pass_context
def deliveries_retry(ctx: click.Context) -> None:
    """Send dead-lettered alerts again (the workers deliver them; each channel still gets one copy)."""

    async def go() -> int:
        where = bootstrap(ctx)
        letters, consumer = await _dead_letters(where, RETRY_GROUP)
        producer = AIOKafkaProducer(bootstrap_servers=where, acks="all")
        await producer.start()
        try:
            for d in letters:
                # "*": the alert could not be handled; every channel gets a go. The workers skip a
                # channel already delivered, by the notify stage or by the retry path (its ledger).
                only = None if d.channel == "*" else (d.channel,)
                env = d.envelope.model_copy(update={"only_channels": only, "redelivery": True})
                await producer.send_and_wait(
                    topics.MATCHES, env.model_dump_json().encode(), key=env.kafka_key
                )
            # Only after every letter is back on the matches topic: mark them as retried.
            await consumer.commit()
        finally:
            await producer.stop()
            await consumer.stop()
        return len(letters)

    count = run_kafka(go())
    click.echo(f"{count} dead letter(s) sent back for delivery")
