"""Each feed's health as ops ask for it, kept in `state_dir/feeds.json` for `alerts feeds`.

The poller is the only writer; it replaces the file atomically after every poll, so a reader
never sees half a file. Nothing here is secret: feeds are named, errors never carry URLs.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

STATUS_FILE = "feeds.json"


@dataclass
class FeedStatus:
    feed: str
    last_poll: float | None = None  # Unix times throughout
    last_success: float | None = None
    last_error: str | None = None  # "kind: detail", as logged
    last_error_at: float | None = None
    error_streak: int = 0
    items_last_poll: int = 0  # entries in the last document read
    items_seen: int = 0  # distinct articles of this feed remembered
    next_poll: float | None = None
    paused_by_server: bool = False  # the next poll waits for the server's Retry-After


def status_path(state_dir: Path) -> Path:
    return state_dir / STATUS_FILE


class StatusBook:
    """The feeds' statuses in memory, written to disk whole on each save()."""

    def __init__(self, path: Path, feeds: list[str]) -> None:
        self.path = path
        earlier = read_status(path)
        # A restart keeps what is known (last success, counts) of the feeds still configured.
        self.feeds = {name: earlier.get(name) or FeedStatus(name) for name in feeds}

    def __getitem__(self, feed: str) -> FeedStatus:
        return self.feeds[feed]

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"feeds": [asdict(s) for s in self.feeds.values()]}
        fd, tmp = tempfile.mkstemp(prefix=".feeds-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def read_status(path: Path) -> dict[str, FeedStatus]:
    """The statuses on disk by feed name; {} when there is no file or it cannot be read."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    known = {f.name for f in fields(FeedStatus)}
    out: dict[str, FeedStatus] = {}
    for item in raw.get("feeds", []) if isinstance(raw, dict) else []:
        if isinstance(item, dict) and isinstance(item.get("feed"), str):
            values: dict[str, Any] = {k: v for k, v in item.items() if k in known}
            out[item["feed"]] = FeedStatus(**values)
    return out
