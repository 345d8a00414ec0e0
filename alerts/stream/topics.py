"""Topic names and declaration. Tansu creates no topic on first use, so we declare all of them."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError

from alerts.errors import BrokerError

log = logging.getLogger(__name__)

APP_ID = "alerts"
# Versioned names: a change of message format gets a new topic, never a surprise to old workers.
ARTICLES = "alerts.articles.v1"
# v2: envelopes carry a story report, not a novelty key; v3: a message may bundle several
# envelopes of one partition (alerts.stream.bundles)
MATCHES = "alerts.matches.v3"
DEADLETTER = "alerts.deadletter.v1"
# Alerts held back by a rule's throttle wait here to be sent as one digest per burst.
DIGEST = "alerts.digest.v1"
SILENCES = "alerts.silences.v1"
# A channel's failed deliveries, keyed by channel, each with its next try (alerts.dispatch.retry).
RETRY = "alerts.retry.v1"
# Faust names a table's changelog "<app id>-<table name>-changelog".
DELIVERIES_TABLE = "deliveries-v1"
STORIES_TABLE = "stories-v1"
# (channel, alert) -> where it stands on the retry path; co-partitioned with RETRY.
RETRIES_TABLE = "retries-v1"
TABLES = (DELIVERIES_TABLE, STORIES_TABLE, RETRIES_TABLE)


def changelog(table: str) -> str:
    return f"{APP_ID}-{table}-changelog"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    compacted: bool = False


def all_topics(partitions: int) -> list[TopicSpec]:
    """Every topic the bot uses. A source topic and its tables' changelogs share a partition count."""
    return [
        TopicSpec(ARTICLES, partitions),
        TopicSpec(MATCHES, partitions),
        TopicSpec(DIGEST, partitions),
        TopicSpec(RETRY, partitions),
        TopicSpec(DEADLETTER, 1),
        TopicSpec(SILENCES, 1, compacted=True),
        *(TopicSpec(changelog(t), partitions, compacted=True) for t in TABLES),
    ]


async def declare_topics(bootstrap: str, partitions: int, timeout: float = 30.0) -> None:
    """Create the topics that do not exist yet; an existing topic is left as it is."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        try:
            await admin.start()
            break
        except KafkaConnectionError as exc:
            if asyncio.get_running_loop().time() > deadline:
                raise BrokerError(f"cannot reach Kafka at {bootstrap}: {exc}") from exc
            await asyncio.sleep(0.5)  # the broker is starting; retried until the deadline
    try:
        existing = set(await admin.list_topics())
        wanted = [t for t in all_topics(partitions) if t.name not in existing]
        if wanted:
            new = [
                NewTopic(
                    t.name,
                    t.partitions,
                    1,
                    topic_configs={"cleanup.policy": "compact"} if t.compacted else {},
                )
                for t in wanted
            ]
            response = await admin.create_topics(new)
            for name, code, message in _errors(response):
                if code not in (0, 36):  # 36: already exists (another worker was quicker)
                    raise BrokerError(f"cannot create topic {name}: error {code} {message or ''}")
            log.info("declared topics: %s", ", ".join(t.name for t in wanted))
    except KafkaError as exc:
        raise BrokerError(f"cannot declare topics on {bootstrap}: {exc}") from exc
    finally:
        await admin.close()


def _errors(response: object) -> list[tuple[str, int, str | None]]:
    out = []
    for item in getattr(response, "topic_errors", []):
        name, code = item[0], item[1]
        message = item[2] if len(item) > 2 else None
        out.append((str(name), int(code), message))
    return out
