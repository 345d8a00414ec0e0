"""`alerts silence ...` and `alerts deliveries ...`: operations that talk to Kafka directly."""

from __future__ import annotations

import asyncio
import getpass
import re
from collections.abc import Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import click
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

from alerts.config import Config, load_config
from alerts.dispatch.envelope import DeadLetter
from alerts.dispatch.silences import Silence
from alerts.errors import AlertsError
from alerts.stream import silences as silence_log
from alerts.stream import topics
from alerts.stream.runner import bootstrap_of

T = TypeVar("T")
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> timedelta:
    """'90m', '2h', '1d' -> timedelta."""
    m = _DURATION.match(text.strip())
    if not m:
        raise click.BadParameter(f"{text!r}: use a number and a unit, e.g. 30m, 2h, 1d")
    return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a Kafka operation; an unreachable broker is one clear line, not a traceback."""
    try:
        return asyncio.run(coro)
    except KafkaError as exc:
        raise click.ClickException(f"Kafka did not answer: {type(exc).__name__} {exc}") from None


def _config(ctx: click.Context) -> Config:
    root = ctx.find_root()
    try:
        return load_config(root.obj["config"] if root.obj else None)
    except AlertsError as exc:
        raise click.ClickException(str(exc)) from None


def _bootstrap(ctx: click.Context) -> str:
    try:
        return bootstrap_of(_config(ctx))
    except AlertsError as exc:
        raise click.ClickException(str(exc)) from None


@click.group("silence")
def silence_group() -> None:
    """Hold back alerts of a rule for a while; shared by all workers."""


@silence_group.command("add")
@click.option("--rule", "rule", required=True, help="Rule id (a glob such as 'drc-*' matches several).")
@click.option("--for", "duration", required=True, help="How long, e.g. 30m, 2h, 1d.")
@click.option("--reason", required=True, help="Why: shown to whoever wonders where the alerts went.")
@click.option("--place", default=None, help="Only alerts about this place.")
@click.pass_context
def silence_add(ctx: click.Context, rule: str, duration: str, reason: str, place: str | None) -> None:
    from alerts.dispatch.silences import SilenceMatcher

    now = datetime.now(UTC)
    glob = any(ch in rule for ch in "*?[")
    silence = Silence.new(
        rule_id=None if glob or place else rule,
        matcher=SilenceMatcher(rule=rule, place=place) if glob or place else None,
        until=now + parse_duration(duration),
        reason=reason,
        created_by=getpass.getuser(),
        created_at=now,
    )
    _run(silence_log.publish(_bootstrap(ctx), silence))
    click.echo(f"silence {silence.id} on rule {rule} until {silence.until:%Y-%m-%d %H:%M %Z}")


@silence_group.command("list")
@click.pass_context
def silence_list(ctx: click.Context) -> None:
    now = datetime.now(UTC)
    active = _run(silence_log.read_all(_bootstrap(ctx))).active(now)
    if not active:
        click.echo("no active silences")
    for s in active:
        target = s.rule_id or (s.matcher.model_dump_json(exclude_none=True) if s.matcher else "?")
        click.echo(f"{s.id}  {target}  until {s.until:%Y-%m-%d %H:%M %Z}  by {s.created_by}: {s.reason}")


@silence_group.command("remove")
@click.argument("silence_id")
@click.pass_context
def silence_remove(ctx: click.Context, silence_id: str) -> None:
    bootstrap = _bootstrap(ctx)
    if _run(silence_log.read_all(bootstrap)).get(silence_id) is None:
        raise click.ClickException(f"no silence with id {silence_id}")
    _run(silence_log.retract(bootstrap, silence_id))
    click.echo(f"silence {silence_id} removed")


@click.group("deliveries")
def deliveries_group() -> None:
    """Alerts that could not be delivered within the retry budget."""


async def _dead_letters(bootstrap: str, group: str | None) -> tuple[list[DeadLetter], AIOKafkaConsumer]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    tp = TopicPartition(topics.DEADLETTER, 0)
    consumer.assign([tp])
    committed = await consumer.committed(tp) if group else None
    if committed is None:
        await consumer.seek_to_beginning(tp)
    else:
        consumer.seek(tp, committed)
    end = (await consumer.end_offsets([tp]))[tp]
    letters: list[DeadLetter] = []
    while await consumer.position(tp) < end:
        batch = await consumer.getmany(tp, timeout_ms=1000)
        letters.extend(DeadLetter.model_validate_json(m.value) for m in batch.get(tp, []) if m.value)
    return letters, consumer


@deliveries_group.command("list")
@click.pass_context
def deliveries_list(ctx: click.Context) -> None:
    """Dead letters not yet retried."""

    async def go() -> list[DeadLetter]:
        letters, consumer = await _dead_letters(_bootstrap(ctx), "alerts-deadletter-retry")
        await consumer.stop()
        return letters

    letters = _run(go())
    if not letters:
        click.echo("no dead letters waiting")
    for d in letters:
        a = d.envelope.alert
        click.echo(f"{a.id}  {d.channel}  {a.match.rule_id}  {a.article_title[:60]!r}: {d.reason}")


@deliveries_group.command("retry")
@click.pass_context
def deliveries_retry(ctx: click.Context) -> None:
    """Send dead-lettered alerts again (the workers deliver them; each channel still gets one copy)."""

    async def go() -> int:
        bootstrap = _bootstrap(ctx)
        letters, consumer = await _dead_letters(bootstrap, "alerts-deadletter-retry")
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
        await producer.start()
        try:
            for d in letters:
                # "*": the alert failed before any channel was tried; every channel gets a go.
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

    count = _run(go())
    click.echo(f"{count} dead letter(s) sent back for delivery")
