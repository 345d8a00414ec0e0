"""What the poller has already produced, kept on disk so a restart does not send it again.

Ids are remembered per feed: two feeds that both number their items 1, 2, 3 must not hide
each other's articles. The main text of article pages already fetched is kept too, so a page
is fetched once, whichever feed links it and however often its article is retried.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from alerts.feeds.fetch import Validators

# Feeds keep an item for days or weeks; a year of ids costs a few MB and rules out repeats.
RETENTION_SECONDS = 365 * 24 * 3600
# A page is wanted while its article is new: a month covers any feed's retries and republishing.
PAGE_RETENTION_SECONDS = 30 * 24 * 3600
_CHUNK = 500  # SQLite caps the number of bound parameters


class SeenStore:
    """SQLite: article ids produced per feed, each feed's ETag / Last-Modified, fetched pages."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._migrate_seen()
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS seen ("
            "feed TEXT NOT NULL, id TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (feed, id))"
        )
        self._db.execute("CREATE INDEX IF NOT EXISTS seen_id ON seen (id)")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS validators (feed TEXT PRIMARY KEY, etag TEXT, last_modified TEXT)"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, text TEXT NOT NULL, "
            "published REAL, at REAL NOT NULL)"
        )
        now = time.time()
        self._db.execute("DELETE FROM seen WHERE at < ?", (now - RETENTION_SECONDS,))
        self._db.execute("DELETE FROM pages WHERE at < ?", (now - PAGE_RETENTION_SECONDS,))

    def _migrate_seen(self) -> None:
        # Before ids were kept per feed, `id` alone was the key; its rows keep their feed.
        columns = {row[1]: row[5] for row in self._db.execute("PRAGMA table_info(seen)")}
        if columns and columns.get("feed") == 0:
            self._db.execute("BEGIN")
            self._db.execute("ALTER TABLE seen RENAME TO seen_v1")
            self._db.execute(
                "CREATE TABLE seen ("
                "feed TEXT NOT NULL, id TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (feed, id))"
            )
            self._db.execute("INSERT OR IGNORE INTO seen (feed, id, at) SELECT feed, id, at FROM seen_v1")
            self._db.execute("DROP TABLE seen_v1")
            self._db.execute("COMMIT")

    def unseen(self, ids: Iterable[str], feed: str | None = None) -> set[str]:
        """The ids not yet produced by `feed` (by any feed when None)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            if feed is None:
                rows = self._db.execute(f"SELECT id FROM seen WHERE id IN ({marks})", chunk)
            else:
                rows = self._db.execute(
                    f"SELECT id FROM seen WHERE feed = ? AND id IN ({marks})", [feed, *chunk]
                )
            found.update(r[0] for r in rows)
        return set(wanted) - found

    def mark(self, feed: str, ids: Iterable[str]) -> None:
        now = time.time()
        self._db.executemany(
            "INSERT OR IGNORE INTO seen (feed, id, at) VALUES (?, ?, ?)", [(feed, i, now) for i in ids]
        )

    def count(self, feed: str) -> int:
        """Articles of this feed remembered (produced within the retention)."""
        row = self._db.execute("SELECT COUNT(*) FROM seen WHERE feed = ?", (feed,)).fetchone()
        return int(row[0])

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

    def page(self, url: str) -> tuple[str, datetime | None] | None:
        """The main text and date of a page fetched before, or None."""
        row = self._db.execute("SELECT text, published FROM pages WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        published = datetime.fromtimestamp(row[1], UTC) if row[1] is not None else None
        return str(row[0]), published

    def set_page(self, url: str, text: str, published: datetime | None) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO pages (url, text, published, at) VALUES (?, ?, ?, ?)",
            (url, text, published.timestamp() if published else None, time.time()),
        )

    def close(self) -> None:
        self._db.close()
