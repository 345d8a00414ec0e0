"""The Faust layer, kept thin: topics, tables and two agents that call the pure pieces.

articles topic --evaluate--> matches topic --notify--> channels (Apprise)
                                             +--> dead-letter topic after the retry budget

At-least-once: an article or alert may be processed twice after a crash. The deliveries
table (changelog-backed) records each (alert, channel) sent, and is flushed to Kafka right
after each delivery, before the offset is committed, so a re-processed alert is not sent again.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from dataclasses import dataclass
from typing import Any

import faust
from pydantic import TypeAdapter

from alerts import metrics
from alerts.broker import topics
from alerts.config import Config
from alerts.models import Alert
from alerts.notify.noise import make_digest
from alerts.pipeline.dispatch import Dispatcher
from alerts.pipeline.envelope import Envelope
from alerts.pipeline.novelty import FigureRecord
from alerts.pipeline.processor import Extractor, process
from alerts.rules.store import RuleStore

log = logging.getLogger(__name__)
_DELIVERED = TypeAdapter(dict[str, str])
_HISTORY = TypeAdapter(list[FigureRecord])


@dataclass
class Services:
    """The pure parts the agents call; built once per worker."""

    config: Config
    rules: RuleStore
    extract: Extractor
    dispatcher: Dispatcher


def build_app(services: Services, broker_url: str) -> faust.App:
    cfg = services.config
    partitions = cfg.kafka.partitions
    app = faust.App(
        topics.APP_ID,
        broker=broker_url,
        store="memory://",
        web_enabled=False,
        datadir=tempfile.mkdtemp(prefix="alerts-faust-"),
        topic_partitions=partitions,
        topic_replication_factor=1,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        broker_session_timeout=cfg.kafka.session_timeout_seconds,
        broker_heartbeat_interval=max(0.5, cfg.kafka.session_timeout_seconds / 5),
        broker_commit_interval=cfg.kafka.commit_interval_seconds,
        table_standby_replicas=0,
        # Tansu has no transactions: Faust's default at-least-once guarantee it is.
        processing_guarantee="at_least_once",
    )
    raw: dict[str, Any] = {
        "key_type": bytes,
        "value_type": bytes,
        "key_serializer": "raw",
        "value_serializer": "raw",
    }
    articles_topic = app.topic(topics.ARTICLES, partitions=partitions, **raw)
    matches_topic = app.topic(topics.MATCHES, partitions=partitions, **raw)
    deadletter_topic = app.topic(topics.DEADLETTER, partitions=1, **raw)
    digest_topic = app.topic(topics.DIGEST, partitions=partitions, **raw)

    # Table values are our own JSON, kept as text: typed values would need Faust models, and
    # Faust cannot recover a changelog of plain dicts ("type object 'dict' has no attribute
    # 'from_data'"), which stalls a worker taking over partitions after a rebalance.
    text: dict[str, Any] = {"key_type": str, "value_type": str, "default": None, "partitions": partitions}
    deliveries = app.Table(topics.DELIVERIES_TABLE, **text)
    novelty = app.Table(topics.NOVELTY_TABLE, **text)

    @app.agent(articles_topic)
    async def evaluate(stream: faust.StreamT[bytes]) -> None:
        from alerts.models import Article

        async for payload in stream:
            try:
                article = Article.model_validate_json(payload)
            except ValueError:
                log.error("skipped a malformed article message (%d bytes)", len(payload))
                continue
            ruleset = services.rules.current
            envelopes = process(article, ruleset, services.extract, ruleset.novelty_rule_ids)
            for env in envelopes:
                await matches_topic.send(key=env.kafka_key, value=env.model_dump_json().encode())

    @app.agent(matches_topic)
    async def notify(stream: faust.StreamT[bytes]) -> None:
        async for payload in stream:
            env = Envelope.model_validate_json(payload)
            state_key = env.alert.id
            novelty_key = env.novelty_key
            delivered = _DELIVERED.validate_json(deliveries.get(state_key) or "{}")
            history = _HISTORY.validate_json(novelty.get(novelty_key) or "[]") if novelty_key else []
            result = await services.dispatcher.handle(
                env, delivered=delivered, history=history, now=time.time()
            )
            if novelty_key and result.history is not None:
                novelty[novelty_key] = _HISTORY.dump_json(result.history).decode()
            if result.verdict == "throttled":
                # Held back, not dropped: it goes out in the rule's next digest.
                await digest_topic.send(key=env.alert.match.rule_id.encode(), value=payload)
            for dead in result.dead_letters:
                await deadletter_topic.send(key=state_key.encode(), value=dead.model_dump_json().encode())
            if result.delivered != delivered:
                deliveries[state_key] = _DELIVERED.dump_json(result.delivered).decode()
                # The record of what was sent reaches Kafka before this offset can be committed.
                # (Nothing sent, nothing to make durable: repeats and corroborations skip the wait.)
                await app.producer.flush()

    @app.agent(digest_topic)
    async def digest(stream: faust.StreamT[bytes]) -> None:
        # A burst: whatever a rule's throttle held back within the digest window (or up to max).
        window, most = cfg.delivery.digest_seconds, cfg.delivery.digest_max_alerts
        async for batch in stream.take(most, within=window):
            held = [Envelope.model_validate_json(p).alert for p in batch]
            by_rule: dict[str, list[Alert]] = {}
            for alert in held:
                by_rule.setdefault(alert.match.rule_id, []).append(alert)
            for alerts in by_rule.values():
                summary = Envelope(alert=make_digest(alerts), digest=True)
                await matches_topic.send(key=summary.kafka_key, value=summary.model_dump_json().encode())

    reported: set[tuple[str, int]] = set()

    @app.timer(interval=5.0)
    async def report_lag() -> None:
        assigned = app.consumer.assignment()
        # Partitions taken over by another worker must not keep showing this worker's old lag.
        for topic, partition in reported - {(tp.topic, tp.partition) for tp in assigned}:
            metrics.CONSUMER_LAG.remove(topic, str(partition))
            reported.discard((topic, partition))
        if not assigned:
            return
        highwaters = await app.consumer.highwaters(*assigned)
        for tp in assigned:
            position = await app.consumer.position(tp)
            if position is not None and tp in highwaters:
                metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(
                    max(0, highwaters[tp] - position)
                )
                reported.add((tp.topic, tp.partition))

    @app.task
    async def watch_rules() -> None:
        await services.rules.watch()

    _ = (evaluate, notify, digest, report_lag, watch_rules, asyncio)
    return app
