"""The worker's tables and how their values are stored.

Table values are our own JSON, kept as text: typed values would need Faust models, and
Faust cannot recover a changelog of plain dicts ("type object 'dict' has no attribute
'from_data'"), which stalls a worker taking over partitions after a rebalance.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import faust
from faust.streams import current_event
from faust.types import TP, EventT, TableT
from pydantic import TypeAdapter

from alerts import metrics
from alerts.config import Config
from alerts.dispatch.expiry import RECOVERED, Expiry, Table, story_ends_at
from alerts.stream import topics

log = logging.getLogger(__name__)

T = TypeVar("T")


class JsonText(Generic[T]):
    """A table value codec: T <-> JSON text, with the value an absent key stands for."""

    def __init__(self, kind: Any, empty: str) -> None:
        self._adapter: TypeAdapter[T] = TypeAdapter(kind)
        self._empty = empty

    def load(self, text: str | None) -> T:
        return self._adapter.validate_json(text or self._empty)

    def dump(self, value: T) -> str:
        return self._adapter.dump_json(value).decode()


# alert id -> {channel: when it was delivered}
DELIVERED: JsonText[dict[str, str]] = JsonText(dict[str, str], "{}")
# story key -> the story (alerts.dispatch.stories.StoryRecord as JSON text), read and written whole
# channel + alert id (alerts.dispatch.retry.ledger_key) -> alerts.dispatch.retry.Ledger as JSON text


# --- bounded state: entries that expire (alerts.dispatch.expiry says when and why it is safe) ---

# A delivery record keeps, beside its channels, the story it belongs to and when it was written,
# so that a worker recovering it from the changelog knows its lifetime. Channel names cannot
# start with NUL (alerts.config), and the table's readers never see these keys (Entries.get).
_OWNER = "\x00owner"
_WRITTEN = "\x00at"


@dataclass(frozen=True)
class Lifetimes:
    """How long entries are kept, from the configuration."""

    retention: float  # state.retention_seconds
    story_window: float  # a story without a window of its own: novelty.window_hours
    retry_round: float  # a retry round at its longest: the retry budget and the longest backoff

    @classmethod
    def of(cls, config: Config) -> Lifetimes:
        d = config.delivery
        return cls(
            retention=config.state.retention_seconds,
            story_window=config.novelty.window_hours * 3600,
            retry_round=d.retry_budget_seconds + d.max_backoff_seconds,
        )


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        return value.decode()
    return value if isinstance(value, str) else None


@dataclass
class Expiring:
    """The expiry of the tables written from one input topic (one space of partitions)."""

    lifetimes: Lifetimes
    index: Expiry = field(default_factory=Expiry)
    tables: dict[Table, Entries] = field(default_factory=dict)

    def due_of(self, name: Table, value: str, written: float | None) -> tuple[float, str | None]:
        """When an entry with this stored value expires, and the story it belongs to.

        ``written``: when it is being written; None for an entry read back from the changelog.
        """
        life = self.lifetimes
        record = json.loads(value)
        if name == "stories":
            return story_ends_at(
                float(record["last_at"]), record.get("window_seconds"), life.story_window
            ), None
        if name == "deliveries":
            at = written if written is not None else float(record[_WRITTEN])
            return at + life.retention, record.get(_OWNER)
        # A ledger entry: its round began at ``round``; read back, that is all we know of it.
        at = written if written is not None else float(record["round"])
        return at + max(life.retention, life.retry_round), None

    def written(self, name: Table, key: str, value: str, event: EventT[Any], now: float) -> None:
        due, owner = self.due_of(name, value, now)
        message = event.message
        self.index.touch(name, key, partition=message.partition, due=due, offset=message.offset, owner=owner)

    def recovered(self, name: Table, event: EventT[Any]) -> None:
        """A changelog record read back while the worker recovers its tables."""
        tombstone = event.message.value is None
        self._read_back(
            name, _text(event.key), None if tombstone else _text(event.value), event.message.partition
        )

    def stored(self, table: TableT[str, str | None], name: Table, partitions: set[int]) -> None:
        """Durable storage: index the entries RocksDB kept from an earlier run.

        Recovery reads the changelog only past the offset RocksDB recorded, so the entries kept
        before it are never read back. Faust has no public way to list a partition's keys:
        the store's own per-partition databases are read (faust-streaming 0.15.3, pinned);
        with another store there is nothing to do (memory: recovery read everything).
        """
        store: Any = table.data
        dbs, items = getattr(store, "_dbs", None), getattr(store, "_visible_items", None)
        if not isinstance(dbs, Mapping) or items is None:
            return
        for partition, db in list(dbs.items()):
            if partition not in partitions:
                continue
            for raw_key, raw_value in items(db):
                key = _text(store._decode_key(raw_key))
                if key is not None and not self.index.known(name, key):
                    self._read_back(name, key, _text(store._decode_value(raw_value)), partition)

    def _read_back(self, name: Table, key: str | None, value: str | None, partition: int) -> None:
        if key is None or key.startswith("\x00"):
            return  # a batch-end marker (alerts.stream.app), not an entry
        if not value:
            self.index.forget(name, key)
            return
        try:
            due, owner = self.due_of(name, value, None)
        except (ValueError, KeyError, TypeError):
            # Written before entries expired, or unreadable: kept for the longest lifetime.
            due, owner = time.time() + max(self.lifetimes.retention, self.lifetimes.retry_round), None
        self.index.touch(name, key, partition=partition, due=due, offset=RECOVERED, owner=owner)

    def sweep(self, app: faust.App, event: EventT[Any]) -> int:
        """Delete the entries due on ``event``'s partition; ``event`` must be the current event.

        The tombstones go to the changelog partition of the current event, which is the one the
        entries were written to: they were written while handling an event of the same input
        partition (Faust's rule for a table write), and the index keeps them by that partition.
        """
        tp = event.message.tp
        consumer = app.consumer
        if self.index.needs_floor(tp.partition):
            # Messages before this end may come again after a crash until it is committed:
            # entries recovered from the changelog may have been written by any of them.
            self.index.set_floor(tp.partition, max(0, consumer.highwater(tp) - 1))
        gone = self.index.due(tp.partition, time.time(), _committed(consumer, tp))
        for name, key in gone:
            del self.tables[name].table[key]
            metrics.STATE_EXPIRED.labels(name).inc()
        for name in self.tables:
            metrics.STATE_ENTRIES.labels(name).set(self.index.count(name))
        if gone:
            log.debug("%d table entries expired on partition %d", len(gone), tp.partition)
        return len(gone)


class Entries:
    """A table of JSON text whose entries expire; read and written as the Faust table.

    A write records when the entry expires (``Expiring``); ``sweep`` deletes those due on the
    current event's partition.
    """

    def __init__(self, table: TableT[str, str | None], name: Table, expiring: Expiring) -> None:
        self.table, self.name, self.expiring = table, name, expiring
        expiring.tables[name] = self

    def get(self, key: str) -> str | None:
        value = self.table.get(key)
        if value and self.name == "deliveries":
            record = json.loads(value)
            if _OWNER in record or _WRITTEN in record:
                record.pop(_OWNER, None)
                record.pop(_WRITTEN, None)
                return json.dumps(record, separators=(",", ":"))
        return value

    def __setitem__(self, key: str, value: str) -> None:
        event = current_event()
        if not value or event is None:
            # A batch-end marker, never an entry (and Faust refuses a write outside an event).
            self.table[key] = value
            return
        now = time.time()
        if self.name == "deliveries":
            record = json.loads(value)
            owner = _text(event.message.key)
            if owner and owner != key:
                record[_OWNER] = owner  # the story key the alert went under
            record[_WRITTEN] = now
            value = json.dumps(record, separators=(",", ":"))
        self.table[key] = value
        self.expiring.written(self.name, key, value, event, now)

    def __delitem__(self, key: str) -> None:
        del self.table[key]
        self.expiring.index.forget(self.name, key)

    def sweep(self, app: faust.App) -> int:
        """Expire what is due on the current event's partition (see ``Expiring.sweep``)."""
        event = current_event()
        return 0 if event is None else self.expiring.sweep(app, event)


@dataclass(frozen=True)
class Tables:
    deliveries: Entries
    stories: Entries
    retries: Entries


def _committed(consumer: Any, tp: TP) -> int | None:
    # The offset Faust last committed for the partition: a private mapping of faust-streaming
    # 0.15.3 (pinned). Without it nothing expires, which is never too early.
    committed = getattr(consumer, "_committed_offset", None)
    value = committed.get(tp) if isinstance(committed, Mapping) else None
    return value if isinstance(value, int) else None


def declare(app: faust.App, partitions: int, config: Config) -> Tables:
    text: dict[str, Any] = {"key_type": str, "value_type": str, "default": None, "partitions": partitions}
    lifetimes = Lifetimes.of(config)
    matches_side, retry_side = Expiring(lifetimes), Expiring(lifetimes)

    def table(name: str, side: Expiring, kind: Table) -> Entries:
        async def on_changelog_event(event: EventT[Any]) -> None:
            side.recovered(kind, event)

        faust_table = app.Table(name, on_changelog_event=on_changelog_event, **text)

        async def on_recover() -> None:
            # After a rebalance: partitions this worker no longer has are their new owner's to
            # expire (it rebuilds them from the changelog), and Faust reads a partition's
            # changelog again from its start when one comes back.
            changelog = topics.changelog(name)
            mine = {tp.partition for tp in app.assignor.assigned_actives() if tp.topic == changelog}
            side.index.keep_partitions(mine)
            side.stored(faust_table, kind, mine)

        faust_table.on_recover(on_recover)
        return Entries(faust_table, kind, side)

    return Tables(
        deliveries=table(topics.DELIVERIES_TABLE, matches_side, "deliveries"),
        stories=table(topics.STORIES_TABLE, matches_side, "stories"),
        retries=table(topics.RETRIES_TABLE, retry_side, "retries"),
    )
