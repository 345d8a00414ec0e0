"""``alerts notify ...``: check that a channel reaches people (registered by alerts.cli.main)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import click

from alerts.cli.common import config_file, config_option
from alerts.config import load_config
from alerts.errors import ConfigError
from alerts.notify.channels import build_channel, default_asset
from alerts.notify.deliver import deliver
from alerts.notify.formats import make_test_alert


@click.group("notify", help="Check notification channels.")
def notify_group() -> None:
    pass


@notify_group.command("test")
@click.argument("channel")
@config_option
@click.pass_context
def test_command(ctx: click.Context, channel: str) -> None:
    """Send a clearly marked test alert through CHANNEL; exit 1 if it does not arrive."""
    try:
        config = load_config(config_file(ctx))
        if channel not in config.channels:
            known = ", ".join(sorted(config.channels)) or "none"
            raise click.ClickException(f"no channel named {channel!r} (configured: {known})")
        # Only this channel is built: a broken URL elsewhere must not stop checking this one.
        # Service state under the bot's state_dir, but in this process's own store while
        # the bot runs (alerts.notify.store): sharing the bot's would reuse its Matrix
        # message numbers, and the homeserver would drop the bot's next alert.
        target = build_channel(channel, config.channels[channel], default_asset(config.state_dir / "apprise"))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    # A test goes through whatever the channel's severity and tag filters say: it checks the pipe.
    alert = make_test_alert(channel, datetime.now(UTC))
    outcome = asyncio.run(deliver(target, alert, timeout=config.delivery.timeout_seconds))
    if outcome.sent:
        click.echo(f"channel {channel!r}: sent")
        return
    click.echo(f"channel {channel!r}: failed: {outcome.reason}", err=True)
    raise SystemExit(1)
