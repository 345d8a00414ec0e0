"""`alerts feeds`: each feed's health from the status file the poller writes."""

from __future__ import annotations

import json
import time
from pathlib import Path

from click.testing import CliRunner

from alerts.cli.main import main
from alerts.feeds.status import FeedStatus, StatusBook, status_path


def write_config(tmp: Path) -> Path:
    cfg = tmp / "alerts.yaml"
    cfg.write_text(
        json.dumps(
            {
                "state_dir": str(tmp / "state"),
                "feeds": [
                    {"name": "agency-news", "url": "https://agency.example.org/rss?token=s3cr3t"},
                    {"name": "wire", "url": "https://wire.example.org/feed", "interval_seconds": 600},
                    {"name": "new-feed", "url": "https://new.example.org/feed"},
                ],
            }
        )
    )
    return cfg


def run(cfg: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--config", str(cfg), "feeds", *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_feeds_shows_last_success_last_error_items_and_next_poll(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    now = time.time()
    book = StatusBook(status_path(tmp_path / "state"), ["agency-news", "wire"])
    book.feeds["agency-news"] = FeedStatus(
        "agency-news", last_poll=now - 600, last_success=now - 600, items_seen=42, next_poll=now + 290
    )
    book.feeds["wire"] = FeedStatus(
        "wire",
        last_poll=now - 5,
        last_success=now - 7200,
        last_error="http: HTTP 503 Service Unavailable; asked to retry after 1800s",
        last_error_at=now - 300,
        error_streak=4,
        items_seen=7,
        next_poll=now + 1795,
        paused_by_server=True,
    )
    book.save()

    code, out = run(cfg)

    assert code == 0
    header, agency, wire, new = out.splitlines()
    assert header.split() == [
        "feed",
        "state",
        "last",
        "success",
        "last",
        "error",
        "items",
        "seen",
        "next",
        "poll",
    ]
    # Spans are whole units (a slow run cannot change them): 10m, not 600s.
    assert agency.split() == ["agency-news", "ok", "10m", "ago", "-", "42", "in", "4m"]
    assert wire.startswith("wire  ")
    assert "failing x4, paused by server" in wire
    assert "2h ago" in wire and "http: HTTP 503 Service Unavailable" in wire and "(5m ago)" in wire
    assert wire.split()[-3:] == ["7", "in", "29m"]
    assert new.split() == ["new-feed", "not", "polled", "never", "-", "0", "-"]
    assert "s3cr3t" not in out and "example.org" not in out


def test_feeds_as_json(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    book = StatusBook(status_path(tmp_path / "state"), ["wire"])
    book.feeds["wire"] = FeedStatus("wire", last_poll=0.0, last_success=0.0, items_seen=3)
    book.save()

    code, out = run(cfg, "--json")

    assert code == 0
    data = {d["feed"]: d for d in json.loads(out)}
    assert data["wire"]["last_success"] == "1970-01-01T00:00:00+00:00"
    assert data["wire"]["items_seen"] == 3 and data["wire"]["state"] == "ok"
    assert data["new-feed"]["state"] == "not polled" and data["new-feed"]["last_success"] is None


def test_feeds_before_any_poll_says_where_it_looked(tmp_path: Path) -> None:
    code, out = run(write_config(tmp_path))

    assert code == 0
    assert "no poll recorded yet" in out and "feeds.json" in out
    assert out.count("not polled") == 3


def test_a_bad_config_is_a_clear_error(tmp_path: Path) -> None:
    cfg = tmp_path / "alerts.yaml"
    cfg.write_text("feeds: [{name: Bad Name, url: x}]\n")
    result = CliRunner().invoke(main, ["--config", str(cfg), "feeds"])
    assert result.exit_code != 0
    assert "feeds.0.name" in result.output
