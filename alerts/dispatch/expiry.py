"""When the worker's table entries expire, and which are due: bounded state, pure.

The worker keeps three kinds of entry (alerts.stream.tables): a story per story key, a delivery
record per alert (which channels took it, so that a re-processed alert is not sent again) and a
retry ledger entry per (channel, alert). Each has a lifetime; when it is over the stream deletes
the entry, which writes a tombstone to the table's changelog, so that compaction frees it and a
restarted worker does not recover it. Without this the tables grow with every distinct alert.

Lifetimes, and why an expiry never lets an alert be sent twice:

- A **story** ends ``window`` after its last report (``story_ends_at``): a later report
  opens a new story whether or not the old entry is still there (``stories.decide``), so deleting
  it then changes no decision.
- A **delivery record** lives at least ``state.retention_seconds`` after it was last written,
  and never less than the story it belongs to (its owner: the message key it was written under).
  A record is what stops a second send of the same alert id, and the same alert id can come back
  only (1) when its matches message is processed again after a crash, which happens only to
  messages past the last committed offset, and (2) when its article comes back (a feed
  republishes it, a poller re-reads it), which the story catches as a repeat while the story
  lives. So a record is deleted only when its story has ended (a report after that opens a new
  story and alerting it again is the rule's documented ``window`` semantics) and, checked at
  the sweep, only when the offset of the message that last wrote it has been committed, so no
  crash can bring that message back. Alerts without a story keep their record for the retention.
- A **retry ledger** entry lives ``state.retention_seconds`` after it was last written, and
  never less than the retry budget plus the longest backoff: by then the retry round it
  records has ended (sent or dead-lettered), with its offsets committed (checked as above).

The index here is the worker's own memory of what to delete when, per partition of the table's
changelog (a delete must go to the partition the entry was written to: Faust writes it to the
partition of the current event, so the stream sweeps a partition while handling one of its
events). It is rebuilt from the changelog when a worker recovers its tables.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Literal

Table = Literal["stories", "deliveries", "retries"]
# The offset of an entry read back from the changelog: its message is somewhere before the end
# of the input partition as this worker first saw it (``Expiry.floor``).
RECOVERED = -1
TABLES: tuple[Table, ...] = ("stories", "deliveries", "retries")


def story_ends_at(last_at: float, window_seconds: float | None, default_window: float) -> float:
    """When a report no longer joins a story (``stories.decide`` opens a new one): it expires then."""
    return last_at + (window_seconds or default_window)


@dataclass
class _Entry:
    partition: int
    due: float
    offset: int  # of the message that last wrote it; RECOVERED: read back from the changelog
    owner: str | None  # the story whose life the entry shares (deliveries only)


@dataclass
class Expiry:
    """Which entries are due for deletion, partition by partition; the stream deletes them."""

    _entries: dict[tuple[Table, str], _Entry] = field(default_factory=dict)
    # Per partition: (due, table, key), lazily cleaned: an entry written again leaves its old
    # item behind, recognised at the pop by a due that no longer matches the entry's.
    _heaps: dict[int, list[tuple[float, Table, str]]] = field(default_factory=dict)
    # Per partition: the input partition's end when this worker started on it. A recovered entry
    # was written by a message before it, which a crash may bring back until that is committed.
    _floors: dict[int, int] = field(default_factory=dict)
    _counts: dict[Table, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))

    def touch(
        self,
        table: Table,
        key: str,
        *,
        partition: int,
        due: float,
        offset: int = RECOVERED,
        owner: str | None = None,
    ) -> None:
        """Entry ``key`` of ``table`` was written (or recovered): it expires at ``due``."""
        if (table, key) not in self._entries:
            self._counts[table] += 1
        self._entries[(table, key)] = _Entry(partition, due, offset, owner)
        heapq.heappush(self._heaps.setdefault(partition, []), (due, table, key))

    def forget(self, table: Table, key: str) -> None:
        """The entry was deleted: nothing left to expire."""
        if self._entries.pop((table, key), None) is not None:
            self._counts[table] -= 1

    def drop_partition(self, partition: int) -> None:
        """The partition went to another worker: its entries are that worker's to expire."""
        self._heaps.pop(partition, None)
        self._floors.pop(partition, None)
        for k in [k for k, e in self._entries.items() if e.partition == partition]:
            del self._entries[k]
            self._counts[k[0]] -= 1

    def keep_partitions(self, partitions: set[int]) -> None:
        """Drop every partition but these (the worker's own after a rebalance)."""
        for partition in set(self._heaps) - partitions:
            self.drop_partition(partition)

    def known(self, table: Table, key: str) -> bool:
        return (table, key) in self._entries

    def needs_floor(self, partition: int) -> bool:
        return partition not in self._floors

    def set_floor(self, partition: int, end_offset: int) -> None:
        """The input partition's end offset when this worker first handled it (see RECOVERED)."""
        self._floors.setdefault(partition, end_offset)

    def count(self, table: Table) -> int:
        return self._counts[table]

    def due(self, partition: int, now: float, committed: int | None) -> list[tuple[Table, str]]:
        """Entries of ``partition`` to delete now, forgotten here as they are returned.

        ``committed``: the committed offset of the input partition that wrote them (None: not
        known yet); an entry last written at or past it waits, as the message could come again.
        """
        heap = self._heaps.get(partition)
        out: list[tuple[Table, str]] = []
        later: list[tuple[float, Table, str]] = []
        while heap and heap[0][0] <= now:
            due, table, key = heapq.heappop(heap)
            entry = self._entries.get((table, key))
            if entry is None or entry.due != due or entry.partition != partition:
                continue  # deleted, or written again since: its newer item is in a heap
            owner = self._entries.get(("stories", entry.owner)) if entry.owner else None
            if owner is not None and owner.due > now:
                # Its story lives on: the record must outlive it (a repeat is caught by both).
                entry.due = owner.due
                later.append((owner.due, table, key))
                continue
            written = entry.offset if entry.offset != RECOVERED else self._floors.get(partition)
            if written is None or committed is None or written >= committed:
                # The message that wrote it may be processed again after a crash: not yet.
                later.append((due, table, key))
                continue
            del self._entries[(table, key)]
            self._counts[table] -= 1
            out.append((table, key))
        for item in later:
            heapq.heappush(self._heaps.setdefault(partition, []), item)
        return out

    def next_due(self, partition: int) -> float | None:
        heap = self._heaps.get(partition)
        return heap[0][0] if heap else None
