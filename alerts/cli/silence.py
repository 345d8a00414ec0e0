"""`alerts silence add/list/remove`: hold back a rule's alerts for a while, for every worker."""

from __future__ import annotations

import getpass
import re
from datetime import UTC, datetime, timedelta

import click

from alerts.cli.common import bootstrap, config_option, run_kafka
from alerts.dispatch.silences import Silence, SilenceMatcher
from alerts.errors import SilenceError
from alerts.stream import silences as silence_log

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> timedelta:
    """'90m', '2h', '1d' -> timedelta."""
    m = _DURATION.match(text.strip())
    if not m:
        raise click.BadParameter(f"{text!r}: use a number and a unit, e.g. 30m, 2h, 1d")
    return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])


@click.group("silence")
def silence_group() -> None:
    """Hold back alerts of a rule for a while; shared by all workers."""


@silence_group.command("add")
@config_option
@click.option("--rule", "rule", required=True, help="Rule id (a glob such as 'drc-*' matches several).")
@click.option("--for", "duration", required=True, help="How long, e.g. 30m, 2h, 1d.")
@click.option("--reason", required=True, help="Why: shown to whoever wonders where the alerts went.")
@click.option("--place", default=None, help="Only alerts about this place.")
@click.pass_context
def silence_add(ctx: click.Context, rule: str, duration: str, reason: str, place: str | None) -> None:
    now = datetime.now(UTC)
    glob = any(ch in rule for ch in "*?[")
    try:
        silence = Silence.new(
            rule_id=None if glob or place else rule,
            matcher=SilenceMatcher(rule=rule, place=place) if glob or place else None,
            until=now + parse_duration(duration),
            reason=reason,
            created_by=getpass.getuser(),
            created_at=now,
        )
    except SilenceError as exc:
        # A mistake on the command line: say what it was, not a traceback.
        raise click.UsageError(str(exc)) from exc
    run_kafka(silence_log.publish(bootstrap(ctx), silence))
    click.echo(f"silence {silence.id} on rule {rule} until {silence.until:%Y-%m-%d %H:%M %Z}")


@silence_group.command("list")
@config_option
@click.pass_context
def silence_list(ctx: click.Context) -> None:
    now = datetime.now(UTC)
    active = run_kafka(silence_log.read_all(bootstrap(ctx))).active(now)
    if not active:
        click.echo("no active silences")
    for s in active:
        target = s.rule_id or (s.matcher.model_dump_json(exclude_none=True) if s.matcher else "?")
        click.echo(f"{s.id}  {target}  until {s.until:%Y-%m-%d %H:%M %Z}  by {s.created_by}: {s.reason}")


@silence_group.command("remove")
@config_option
@click.argument("silence_id")
@click.pass_context
def silence_remove(ctx: click.Context, silence_id: str) -> None:
    where = bootstrap(ctx)
    if run_kafka(silence_log.read_all(where)).get(silence_id) is None:
        raise click.ClickException(f"no silence with id {silence_id}")
    run_kafka(silence_log.retract(where, silence_id))
    click.echo(f"silence {silence_id} removed")
