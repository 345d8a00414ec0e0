"""SeenStore: what was produced stays produced, across restarts of the bot."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from alerts.feeds.fetch import Validators
from alerts.feeds.seen import RETENTION_SECONDS, SeenStore


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state" / "seen.sqlite3"  # the folder does not exist yet


@pytest.fixture
def store(db: Path) -> Iterator[SeenStore]:
    s = SeenStore(db)
    yield s
    s.close()


def test_unseen_then_mark_round_trip(store: SeenStore) -> None:
    assert store.unseen(["a", "b", "c"]) == {"a", "b", "c"}

    store.mark("feed-1", ["a", "b"])

    assert store.unseen(["a", "b", "c"]) == {"c"}
    assert store.unseen([]) == set()
    assert store.unseen(iter(["c", "c", "a"])) == {"c"}  # any iterable, duplicates collapse


def test_marking_twice_is_harmless(store: SeenStore) -> None:
    store.mark("feed-1", ["a"])
    store.mark("feed-1", ["a"])
    store.mark("feed-2", ["a"])

    assert store.unseen(["a"]) == set()


def test_seen_ids_survive_close_and_reopen(db: Path) -> None:
    first = SeenStore(db)
    first.mark("feed-1", ["a", "b"])
    first.close()

    second = SeenStore(db)
    try:
        assert second.unseen(["a", "b", "new"]) == {"new"}
    finally:
        second.close()


def test_validators_persist_per_feed(db: Path) -> None:
    first = SeenStore(db)
    assert first.validators("feed-1") == Validators()
    first.set_validators("feed-1", Validators('"etag-1"', "Wed, 03 Jan 2024 10:00:00 GMT"))
    first.set_validators("feed-2", Validators(None, "Thu, 04 Jan 2024 10:00:00 GMT"))
    first.set_validators("feed-1", Validators('"etag-2"', None))  # the newest wins
    first.close()

    second = SeenStore(db)
    try:
        assert second.validators("feed-1") == Validators('"etag-2"', None)
        assert second.validators("feed-2") == Validators(None, "Thu, 04 Jan 2024 10:00:00 GMT")
        assert second.validators("feed-3") == Validators()
    finally:
        second.close()


@pytest.mark.parametrize("count", [499, 500, 501, 1234, 5000])
def test_large_id_lists_cross_the_query_chunks(store: SeenStore, count: int) -> None:
    ids = [f"id-{i:05d}" for i in range(count)]
    seen_half = ids[::2]
    store.mark("big", seen_half)

    assert store.unseen(ids) == set(ids[1::2])
    assert store.unseen(seen_half) == set()
    # The last id of each chunk boundary, seen or not, is answered right.
    assert store.unseen([ids[-1]]) == (set() if (count - 1) % 2 == 0 else {ids[-1]})


def test_more_ids_than_sqlite_binds_in_one_statement(store: SeenStore) -> None:
    # Above SQLITE_MAX_VARIABLE_NUMBER of any SQLite build (999 before 3.32, 250000 since): one
    # unchunked query would fail with "too many SQL variables".
    limit = 250_000
    ids = [f"id-{i:06d}" for i in range(limit + 10_000)]
    marked = [ids[0], ids[499], ids[500], ids[limit - 1], ids[limit], ids[-1]]
    store.mark("huge", marked)

    assert store.unseen(ids) == set(ids) - set(marked)


def test_ids_older_than_retention_are_forgotten_on_open(db: Path) -> None:
    store = SeenStore(db)
    store.mark("f", ["old", "recent"])
    store.close()
    with closing(sqlite3.connect(db)) as raw, raw:
        raw.execute("UPDATE seen SET at = ? WHERE id = 'old'", (time.time() - RETENTION_SECONDS - 60,))

    reopened = SeenStore(db)
    try:
        assert reopened.unseen(["old", "recent"]) == {"old"}
    finally:
        reopened.close()
