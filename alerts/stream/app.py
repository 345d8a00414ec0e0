"""The Faust layer, kept thin: topics, tables and four agents that call the pure pieces.

articles topic --evaluate--> matches topic --notify--> channels (Apprise), one try each
                (a batch's alerts bundled per partition: alerts.stream.bundles)
                                             +--> retry topic (a channel that failed) --retry-->
                                             |      channels when due; dead-letter topic after
                                             |      the channel's retry budget
                                             +--> digest topic (throttled) --digest--> matches

A channel that fails never holds up the matches partition: its alerts wait on the retry
topic, keyed by channel, and the retry agent tries them on that channel's own schedule
(alerts.dispatch.retry). They live in Kafka, so they survive a restart of the worker.

A dead letter sent back (`alerts deliveries retry`) goes to the retry path for each channel the
deliveries table does not show as sent: the retry ledger decides, so a channel delivered by the
retry path, or still waiting there, does not get a second copy.

At-least-once: an article or alert may be processed twice after a crash. The deliveries
table (changelog-backed) records each (alert, channel) sent; the notify agent handles alerts in
batches and flushes their records once per batch, and always before the offsets are committed,
so a re-processed alert is not sent again.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import shutil
import tempfile
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, cast

import faust
from faust import streams as faust_streams
from faust.types import EventT

from alerts import metrics
from alerts.config import Config
from alerts.dispatch.digest import digest_burst
from alerts.dispatch.dispatcher import Dispatcher
from alerts.dispatch.envelope import DeadLetter, Envelope
from alerts.dispatch.evaluate import process
from alerts.dispatch.retry import Done, Ledger, Retry, RetryDesk
from alerts.dispatch.stories import StoryRecord, latest_updates
from alerts.models import Alert, Article, Extractor
from alerts.notify import webhook
from alerts.rules.store import RuleStore
from alerts.stream import bundles, tables, topics
from alerts.stream.flow import App

log = logging.getLogger(__name__)
# Our messages are our own JSON: Faust passes the bytes through untouched.
_RAW: dict[str, Any] = {
    "key_type": bytes,
    "value_type": bytes,
    "key_serializer": "raw",
    "value_serializer": "raw",
}


@dataclass
class Services:
    """The pure parts the agents call; built once per worker."""

    config: Config
    rules: RuleStore
    extract: Extractor
    dispatcher: Dispatcher
    # Failed deliveries, retried per channel; None when there is no retry budget.
    retries: RetryDesk | None = None
    # Awaited before the first alert is handled: the silences must be known by then.
    ready: Callable[[], Awaitable[None]] | None = None
    # kafka.storage durable: this worker's own folder for RocksDB tables; None: tables in memory.
    tables_dir: Path | None = None


def _scratch_dir() -> str:
    # Faust wants a data directory even with in-memory tables; nothing in it outlives the worker.
    path = tempfile.mkdtemp(prefix="alerts-faust-")
    atexit.register(shutil.rmtree, path, True)
    return path


def new_app(config: Config, broker_url: str, tables_dir: Path | None = None) -> App:
    """The worker's Faust app; ``tables_dir`` keeps its tables in RocksDB there (durable storage)."""
    kafka = config.kafka
    app = App(
        topics.APP_ID,
        broker=broker_url,
        # Durable: tables in RocksDB under state_dir, so a restart does not hold them all in memory
        # nor replay every changelog. On Tansu, Faust's recovery check finds the offset RocksDB
        # recorded past the changelog's end offset as Tansu reports it, and stops the worker
        # (ConsistencyError) at every restart: off there; recovery still reads on from that offset.
        store="rocksdb://" if tables_dir else "memory://",
        recovery_consistency_check=not (tables_dir and kafka.embedded),
        web_enabled=False,
        datadir=str(tables_dir) if tables_dir else _scratch_dir(),
        topic_partitions=kafka.partitions,
        topic_replication_factor=1,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        broker_session_timeout=kafka.session_timeout_seconds,
        broker_heartbeat_interval=max(0.5, kafka.session_timeout_seconds / 5),
        broker_commit_interval=kafka.commit_interval_seconds,
        table_standby_replicas=0,
        # Tansu has no transactions: Faust's default at-least-once guarantee it is.
        processing_guarantee="at_least_once",
    )
    app.fetch_wait_ms = kafka.fetch_wait_ms
    # The digest agent holds a window's alerts unacked: a stop or a rebalance must not wait for it.
    app.held_topics = frozenset({topics.DIGEST})
    return app


# The notify agent takes what is waiting, up to this many alerts, waiting at most this long for
# more: alerts of different keys are delivered at once, and the delivery log is flushed once
# per batch instead of once per alert.
NOTIFY_BATCH = 200
NOTIFY_WITHIN = 0.02
# The evaluate agent takes what is waiting, up to this many articles, waiting at most this long
# for more: the wait is added to an article's latency only when fewer are waiting.
EVALUATE_BATCH = 100
EVALUATE_WITHIN = 0.005
# The key of the marker that closes a batch in a table's changelog (never an alert or story key).
BATCH_END = "\x00batch-end"


@dataclass
class Told:
    """What a batch of alerts told about their stories, kept until the batch ends.

    A story told several times in one batch is written to the stories table once, its last
    state, and of its growing source counts only the highest goes to the digest (the digest
    keeps only the highest of a window anyway: ``latest_updates``). Nothing is lost by waiting:
    the batch's offsets are committed only after it ends and the producer is flushed, so a
    crash before that handles the whole batch again.
    """

    # story key -> its state after the batch's latest report of it, and how to make that
    # report's event current (the write goes to its changelog partition)
    stories: dict[str, tuple[StoryRecord, Callable[[], None]]] = field(default_factory=dict)
    updates: list[Alert] = field(default_factory=list)
    # story id -> the story key its update is sent under (keyed by story, as before)
    update_keys: dict[str, str] = field(default_factory=dict)

    def story(self, key: str, table: tables.Entries) -> StoryRecord | None:
        """The story as this batch left it, else as the table has it."""
        if key in self.stories:
            return self.stories[key][0]
        stored = table.get(key)
        return StoryRecord.model_validate_json(stored) if stored else None

    def update(self, key: str, alert: Alert) -> None:
        self.updates.append(alert)
        self.update_keys[alert.story_id or alert.id] = key


@dataclass
class Notify:
    """The notify agent's work on one alert: dispatch it, record what was delivered, route the rest."""

    app: faust.App
    services: Services
    tables: tables.Tables
    matches: faust.TopicT
    digest: faust.TopicT
    deadletter: faust.TopicT
    retry: faust.TopicT

    async def batch(self, events: Sequence[EventT[bytes]], bind: Callable[[EventT[bytes]], None]) -> None:
        """Handle a batch: one key's alerts in order, different keys at once, one flush at the end.

        ``bind`` makes an event Faust's current event: a table write goes to the changelog
        partition of the current event, which must be the alert's own. The offsets of the batch
        are committed after it returns, and Faust flushes the producer before every commit, so
        a crash re-processes alerts whose records may be lost, never the other way round.
        """
        by_key: dict[bytes, list[tuple[EventT[bytes], Envelope, bytes | None]]] = {}
        for event in events:
            payload = event.value
            try:
                envelopes = bundles.unpack(payload)
            except ValueError as exc:
                metrics.PIPELINE_ERRORS.labels("notify").inc()
                log.error("malformed alert message skipped (%d bytes): %s", len(payload), exc)
                continue
            # A message of one envelope is that envelope's bytes (reused if it is held back).
            own = payload if len(envelopes) == 1 else None
            for env in envelopes:
                # Same key, same story state (and same alert): handled one after the other.
                by_key.setdefault(env.kafka_key, []).append((event, env, own))

        told = Told()

        async def in_order(group: list[tuple[EventT[bytes], Envelope, bytes | None]]) -> None:
            for event, env, payload in group:
                try:
                    await self.handle(env, payload, told, partial(bind, event))
                except Exception as exc:
                    metrics.PIPELINE_ERRORS.labels("notify").inc()
                    log.exception("alert %s could not be handled; dead-lettered", env.alert.id)
                    await self.dead_letter(env, exc)

        await asyncio.gather(*(in_order(group) for group in by_key.values()))
        # A task of its own: the writes set the current event of each story's partition in turn.
        await asyncio.create_task(self._tell(told))
        # Entries past their lifetime go, tombstones with the batch's records (bounded state); in
        # a task of its own, as the sweep sets the current event of each partition in turn.
        await asyncio.create_task(self._expire(events, bind))
        # The batch's delivery records reach Kafka before the next batch is taken.
        await self.app.producer.flush()
        await asyncio.create_task(self._end_batch(events))  # a task: its own current event

    async def _tell(self, told: Told) -> None:
        """The latest source count of each story that more sources reported, sent once for the
        digest, and then the batch's stories, each written once (``_handed``: the record after
        the message it counts on)."""
        handed = []
        for update in latest_updates(told.updates):
            key = told.update_keys[update.story_id or update.id]
            envelope = Envelope(alert=update, update=True)
            handed.append(await self.digest.send(key=key.encode(), value=envelope.model_dump_json().encode()))
        await _handed(handed)
        for key, (story, bind) in told.stories.items():
            bind()
            # One value per story key, replaced whole: a closed story is overwritten by the next.
            self.tables.stories[key] = story.model_dump_json()

    async def _expire(self, events: Sequence[EventT[bytes]], bind: Callable[[EventT[bytes]], None]) -> None:
        for event in {e.message.partition: e for e in events}.values():
            bind(event)
            self.tables.stories.sweep(self.app)

    async def _end_batch(self, events: Sequence[EventT[bytes]]) -> None:
        """Close each changelog partition the batch wrote with one record alone in its batch.

        Tansu reports a partition's end as the first record of its newest producer batch, and
        Faust's table recovery stops there (docs/operations.md, "End offsets"): the rest of a
        batch of delivery records would be missing from the table a worker takes over, and
        those alerts sent again. One marker per partition, flushed on its own, makes the
        reported end exact. It costs a record and a flush per batch, not per alert.
        """
        for event in {e.message.partition: e for e in events}.values():
            _make_current(event)
            self.tables.deliveries[BATCH_END] = ""
            self.tables.stories[BATCH_END] = ""
        await self.app.producer.flush()

    async def handle(
        self, env: Envelope, payload: bytes | None, told: Told, bind: Callable[[], None] = lambda: None
    ) -> None:
        deliveries = self.tables.deliveries
        state_key, story_key = env.alert.id, env.story.key if env.story is not None else None
        delivered = tables.DELIVERED.load(deliveries.get(state_key))
        story = told.story(story_key, self.tables.stories) if story_key else None
        recorded = dict(delivered)

        async def record(now_delivered: dict[str, str]) -> None:
            # Recorded as soon as a channel took it; sent to Kafka with the batch, before the
            # offset can be committed.
            bind()
            deliveries[state_key] = tables.DELIVERED.dump(now_delivered)
            recorded.clear()
            recorded.update(now_delivered)

        result = await self.services.dispatcher.handle(
            env, delivered=delivered, story=story, now=time.time(), record=record
        )
        if story_key and result.story is not None:
            told.stories[story_key] = (result.story, bind)
        # Each message this alert hands on is in Kafka before any record that counts on it is
        # written (see ``_handed``): the deliveries entry below, the story at the batch's end.
        handed: list[Awaitable[Any]] = []
        if result.verdict == "throttled" and env.update:
            # A story update the throttle holds back is not kept: the next window's count says more.
            log.debug("story update %s held back by its rule's throttle", env.alert.id)
        elif result.verdict == "throttled":
            # Held back, not dropped: it goes out in the rule's next digest, with what its story said.
            if result.alert is not None:
                value = env.model_copy(update={"alert": result.alert}).model_dump_json().encode()
            else:
                value = payload if payload is not None else env.model_dump_json().encode()
            handed.append(await self.digest.send(key=env.alert.match.rule_id.encode(), value=value))
        if result.verdict == "corroboration" and result.alert is not None and story_key:
            # More sources for a story already alerted: gathered into one update per window.
            told.update(story_key, result.alert)
        for dead in result.dead_letters:
            handed.append(
                await self.deadletter.send(key=state_key.encode(), value=dead.model_dump_json().encode())
            )
        for retry in result.retries:
            # Keyed by channel: one channel's retries are tried in order, by one worker.
            handed.append(
                await self.retry.send(key=retry.channel.encode(), value=retry.model_dump_json().encode())
            )
        await _handed(handed)
        if result.delivered != recorded:
            bind()
            deliveries[state_key] = tables.DELIVERED.dump(result.delivered)

    async def dead_letter(self, env: Envelope, exc: Exception) -> None:
        # Never lost: an alert that cannot be handled goes to the dead letters with why.
        dead = DeadLetter(
            envelope=env, channel="*", reason=f"internal error: {type(exc).__name__}", failed_at=time.time()
        )
        await self.deadletter.send(key=env.alert.id.encode(), value=dead.model_dump_json().encode())


# The longest the retry agent waits in place for an item to come due. A later one goes back on
# the topic: a channel that backs off for minutes must not hold up the channels behind it, and
# going round costs at most one message a second per partition.
HOLD_SECONDS = 1.0


@dataclass
class Retrying:
    """The retry agent's work on one Retry: wait until it is due, try, record, route the rest."""

    app: faust.App
    desk: RetryDesk
    ledger: tables.Entries
    retry: faust.TopicT
    deadletter: faust.TopicT

    async def handle(self, item: Retry, tp: object) -> None:
        self.desk.waiting(item)
        if not await self._until_due(item, tp):
            # Not due within HOLD_SECONDS, or a rebalance or a stop: put it back (its offset will
            # be committed) and let go, so the retries behind it on this partition, other
            # channels' too, are not held up for its whole backoff.
            await self._put_back(item.model_copy(update={"seq": item.seq + 1}))
            return
        told = self.ledger.get(item.key)
        ledger = Ledger.model_validate_json(told) if told else None
        done = await self.desk.handle(item, ledger, time.time())
        await self.record(item, done)

    async def record(self, item: Retry, done: Done) -> None:
        handed = []
        if done.again is not None:
            handed.append(await self._put_back(done.again))
        if done.dead is not None:
            key = item.envelope.alert.id.encode()
            handed.append(await self.deadletter.send(key=key, value=done.dead.model_dump_json().encode()))
        # The ledger entry names the copy put back (its seq): written before that copy is in
        # Kafka, a crash would leave the ledger ahead, and every copy left would be dropped as stale.
        await _handed(handed)
        entry = done.ledger(item)
        if entry is not None:
            self.ledger[item.key] = entry.model_dump_json()
            self.ledger.sweep(self.app)
            # Before this retry's offset can be committed: a crash now must not send it again.
            await self.app.producer.flush()

    async def _put_back(self, item: Retry) -> Awaitable[Any]:
        return await self.retry.send(key=item.channel.encode(), value=item.model_dump_json().encode())

    async def _until_due(self, item: Retry, tp: object) -> bool:
        """Wait for the retry's time if it comes within HOLD_SECONDS; False if it does not, or if
        the partition is being taken away meanwhile."""
        held_until = time.time() + HOLD_SECONDS
        while True:
            left = self.desk.due_at(item) - time.time()
            if left <= 0:
                return True
            if time.time() + left > held_until:
                return False
            # Polled, not awaited whole: a rebalance waits for this event to be acknowledged.
            if getattr(self.app, "rebalancing", False) or self.app.should_stop:
                return False
            if tp not in self.app.consumer.assignment():
                return False
            await asyncio.sleep(min(left, 0.25))


async def _handed(acks: Sequence[Awaitable[Any]]) -> None:
    """Wait until Kafka has taken the messages sent (their acks), before the table write that
    counts on them.

    A table write is in this worker's RocksDB at once (kafka.storage durable), and reaches its
    changelog with the producer's next batch, in no set order with the messages sent before it.
    A power cut between the two left a record ahead of its message: an alert's deliveries entry
    said "queued" for a channel whose retry never reached the retry topic, and after the restart
    the re-processed alert was taken for one already queued and never sent (tests/stream/
    test_durable.py). With the ack first, a cut before the record re-processes the alert and
    sends it; the round trip is paid only by alerts that failed, were held back or grew a story.
    """
    for ack in acks:
        await ack


def _make_current(event: EventT[bytes]) -> None:
    """Make ``event`` Faust's current event in this task, for the table writes that follow.

    Faust writes a table change to the changelog partition of the current event, a context
    variable it sets per message; in a batch, each key's task (asyncio copies the context per
    task) sets its own. Never Stream._set_current_event: it also sets the stream's attribute,
    which take_events reads for the next message while a batch is handled, and the batch would
    then hold an old event in place of the new one. No public way in (faust-streaming pinned).
    """
    faust_streams._current_event.set(weakref.ref(event))


def build_app(services: Services, broker_url: str) -> faust.App:
    cfg = services.config
    partitions = cfg.kafka.partitions
    app = new_app(cfg, broker_url, services.tables_dir)
    articles_topic = app.topic(topics.ARTICLES, partitions=partitions, **_RAW)
    matches_topic = app.topic(topics.MATCHES, partitions=partitions, **_RAW)
    digest_topic = app.topic(topics.DIGEST, partitions=partitions, **_RAW)
    retry_topic = app.topic(topics.RETRY, partitions=partitions, **_RAW)
    deadletter_topic = app.topic(topics.DEADLETTER, partitions=1, **_RAW)
    declared = tables.declare(app, partitions, cfg)
    notify_work = Notify(
        app,
        services,
        declared,
        matches=matches_topic,
        digest=digest_topic,
        deadletter=deadletter_topic,
        retry=retry_topic,
    )

    @app.agent(articles_topic)
    async def evaluate(stream: faust.StreamT[bytes]) -> None:
        # In batches: what is waiting (up to EVALUATE_BATCH) is evaluated in one go and its
        # matches sent together, instead of a trip round the event loop per article.
        async for batch in stream.take(EVALUATE_BATCH, within=EVALUATE_WITHIN):
            out: list[Envelope] = []
            for payload in batch:
                try:
                    article = Article.model_validate_json(payload)
                    ruleset = services.rules.current
                    envelopes = process(article, ruleset, services.extract, ruleset.story_rules)
                except Exception as exc:
                    # One bad article must not stop the partition; it is logged and counted.
                    metrics.PIPELINE_ERRORS.labels("evaluate").inc()
                    log.error(
                        "article message skipped (%d bytes): %s: %s", len(payload), type(exc).__name__, exc
                    )
                    continue
                out.extend(envelopes)
            # One message per partition for the whole batch (alerts.stream.bundles).
            for message in bundles.pack(out, partitions):
                await matches_topic.send(key=message.key, value=message.value, partition=message.partition)

    @app.agent(matches_topic)
    async def notify(stream: faust.StreamT[bytes]) -> None:
        if services.ready is not None:
            await services.ready()
        concrete = cast(faust.Stream[bytes], stream)
        # JSON webhooks keep their connections open for as long as the agent runs.
        async with webhook.keep_alive():
            async for events in concrete.take_events(NOTIFY_BATCH, within=NOTIFY_WITHIN):
                await notify_work.batch(events, _make_current)

    if services.retries is not None:
        desk = services.retries

        @app.on_partitions_revoked.connect
        def forget_backlog(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
            # The retries of partitions taken away are counted by their new owner; those this
            # worker keeps are counted again as the retry agent passes over them.
            desk.forget()

    @app.agent(retry_topic)
    async def retry(stream: faust.StreamT[bytes]) -> None:
        desk = services.retries
        work = None if desk is None else Retrying(app, desk, declared.retries, retry_topic, deadletter_topic)
        async with webhook.keep_alive():
            await _retry_loop(stream, work)

    async def _retry_loop(stream: faust.StreamT[bytes], work: Retrying | None) -> None:
        async for event in stream.events():
            payload = event.value
            try:
                item = Retry.model_validate_json(payload)
            except ValueError as exc:
                metrics.PIPELINE_ERRORS.labels("retry").inc()
                log.error("malformed retry message skipped (%d bytes): %s", len(payload), exc)
                continue
            if work is None:
                # Left from a run with a retry budget; this one has none: dead-lettered as it is.
                dead = DeadLetter(
                    envelope=item.envelope, channel=item.channel, reason=item.reason, failed_at=time.time()
                )
                key = item.envelope.alert.id.encode()
                await _handed([await deadletter_topic.send(key=key, value=dead.model_dump_json().encode())])
                # The ledger must not say "queued" for it: a redelivery would be taken as a copy.
                declared.retries[item.key] = Ledger(
                    state="dead", round=item.first_failed_at, seq=item.seq
                ).model_dump_json()
                continue
            try:
                await work.handle(item, event.message.tp)
            except Exception as exc:
                metrics.PIPELINE_ERRORS.labels("retry").inc()
                log.exception("retry of alert %s could not be handled; dead-lettered", item.envelope.alert.id)
                dead = DeadLetter(
                    envelope=item.envelope,
                    channel=item.channel,
                    reason=f"internal error: {type(exc).__name__}",
                    failed_at=time.time(),
                )
                await deadletter_topic.send(
                    key=item.envelope.alert.id.encode(), value=dead.model_dump_json().encode()
                )

    @app.agent(digest_topic)
    async def digest(stream: faust.StreamT[bytes]) -> None:
        # A burst: what rules' throttles held back, and stories' new sources, within the digest
        # window (or up to max).
        window, most = cfg.delivery.digest_seconds, cfg.delivery.digest_max_alerts
        async for batch in stream.take(most, within=window):
            envelopes = []
            for p in batch:
                try:
                    envelopes.append(Envelope.model_validate_json(p))
                except ValueError as exc:
                    # One bad record must not stop the digests of every rule.
                    metrics.PIPELINE_ERRORS.labels("digest").inc()
                    log.error("malformed held-back alert skipped (%d bytes): %s", len(p), exc)
            held = [e.alert for e in envelopes if not e.update]
            outgoing = [Envelope(alert=alert, digest=True) for alert in digest_burst(held)]
            # A story's growing source count: the latest count per story, once per window.
            updates = latest_updates([e.alert for e in envelopes if e.update])
            outgoing += [Envelope(alert=alert, update=True) for alert in updates]
            for env in outgoing:
                await matches_topic.send(key=env.kafka_key, value=env.model_dump_json().encode())

    @app.task
    async def watch_rules() -> None:
        await services.rules.watch()

    _ = (evaluate, notify, retry, digest, watch_rules)
    return app
