"""What the poller has already produced, kept on disk so a restart does not send it again."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from alerts.feeds.fetch import Validators

# Feeds keep an item for days or weeks; a year of ids costs a few MB and rules out repeats.
RETENTION_SECONDS = 365 * 24 * 3600


class SeenStore:
    """SQLite: article ids produced, and each feed's ETag / Last-Modified."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY, feed TEXT NOT NULL, at REAL NOT NULL)"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS validators (feed TEXT PRIMARY KEY, etag TEXT, last_modified TEXT)"
        )
        self._db.execute("DELETE FROM seen WHERE at < ?", (time.time() - RETENTION_SECONDS,))

    def unseen(self, ids: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        found: set[str] = set()
        for i in range(0, len(wanted), 500):  # SQLite caps the number of bound parameters
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(f"SELECT id FROM seen WHERE id IN ({marks})", chunk))
        return set(wanted) - found

    def mark(self, feed: str, ids: Iterable[str]) -> None:
        now = time.time()
        self._db.executemany(
            "INSERT OR IGNORE INTO seen (id, feed, at) VALUES (?, ?, ?)", [(i, feed, now) for i in ids]
        )

    def validators(self, feed: str) -> Validators:
        row = self._db.execute(
            "SELECT etag, last_modified FROM validators WHERE feed = ?", (feed,)
        ).fetchone()
        return Validators(row[0], row[1]) if row else Validators()

    def set_validators(self, feed: str, v: Validators) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO validators (feed, etag, last_modified) VALUES (?, ?, ?)",
            (feed, v.etag, v.last_modified),
        )

    def close(self) -> None:
        self._db.close()
