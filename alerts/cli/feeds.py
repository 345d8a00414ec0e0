"""`alerts feeds`: each feed's health as the poller last wrote it (state_dir/feeds.json).

Last success, last error, items seen, next poll: what ops ask first when a feed goes quiet.
Feeds are shown by name; URLs are never printed (they may carry tokens).
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from datetime import UTC, datetime

import click

from alerts.config import Config, load_config
from alerts.errors import AlertsError
from alerts.feeds.status import FeedStatus, read_status, status_path

_COLUMNS = ("feed", "state", "last success", "last error", "items seen", "next poll")


def _config(ctx: click.Context) -> Config:
    root = ctx.find_root()
    try:
        return load_config(root.obj["config"] if root.obj else None)
    except AlertsError as exc:
        raise click.ClickException(str(exc)) from None


def ago(when: float | None, now: float) -> str:
    """'never', '12s ago', '5m ago', '3h ago', '2d ago'."""
    if when is None:
        return "never"
    return f"{_span(now - when)} ago" if now >= when else f"in {_span(when - now)}"


def due(when: float | None, now: float) -> str:
    """'in 40s', 'due' (the poller is late or stopped), '-' (not scheduled yet)."""
    if when is None:
        return "-"
    return f"in {_span(when - now)}" if when > now else f"due ({_span(now - when)} late)"


def _span(seconds: float) -> str:
    s = max(0, int(seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if s >= size:
            return f"{s // size}{unit}"
    return f"{s}s"


def state_of(status: FeedStatus | None) -> str:
    if status is None or status.last_poll is None:
        return "not polled"
    if status.error_streak:
        paused = ", paused by server" if status.paused_by_server else ""
        return f"failing x{status.error_streak}{paused}"
    return "ok"


def rows(config: Config, statuses: dict[str, FeedStatus], now: float) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for feed in config.feeds:
        st = statuses.get(feed.name)
        error = "-"
        if st is not None and st.last_error:
            error = f"{st.last_error[:60]} ({ago(st.last_error_at, now)})"
        out.append(
            (
                feed.name,
                state_of(st),
                ago(st.last_success if st else None, now),
                error,
                str(st.items_seen) if st else "0",
                due(st.next_poll if st else None, now),
            )
        )
    return out


def table(lines: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in [_COLUMNS, *lines]) for i in range(len(_COLUMNS))]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(fmt.format(*r).rstrip() for r in [_COLUMNS, *lines])


@click.group("feeds", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (times as ISO 8601, UTC).")
@click.pass_context
def feeds_group(ctx: click.Context, as_json: bool) -> None:
    """Each feed's last success, last error, items seen and next poll."""
    if ctx.invoked_subcommand is not None:
        return
    config = _config(ctx)
    path = status_path(config.state_dir)
    statuses = read_status(path)
    now = time.time()
    if as_json:
        click.echo(json.dumps([_as_json(f.name, statuses.get(f.name)) for f in config.feeds], indent=1))
        return
    if not config.feeds:
        click.echo("no feeds configured")
        return
    click.echo(table(rows(config, statuses, now)))
    if not statuses:
        click.echo(f"\nno poll recorded yet in {path}: is the poller (alerts run / alerts poll) running?")


def _as_json(name: str, status: FeedStatus | None) -> dict[str, object]:
    st = status or FeedStatus(name)
    data: dict[str, object] = asdict(st)
    for key in ("last_poll", "last_success", "last_error_at", "next_poll"):
        value = data[key]
        data[key] = datetime.fromtimestamp(value, UTC).isoformat() if isinstance(value, float) else None
    data["state"] = state_of(status)
    return data
