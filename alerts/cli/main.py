"""`alerts`: the command line. Each concept owns its subcommands; this module only wires them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import click

from alerts import __version__, logs, native
from alerts.cli.common import config_file, config_option
from alerts.config import Config, load_config
from alerts.errors import AlertsError


def _setup_logging(level: str) -> None:
    logs.setup(level)


def load(ctx: click.Context) -> Config:
    """The validated Config for this invocation (exits 2 with file:line errors if invalid)."""
    try:
        return load_config(config_file(ctx))
    except AlertsError as exc:
        click.echo(f"configuration error:\n{exc}", err=True)
        ctx.exit(2)
    raise AssertionError("unreachable")  # ctx.exit raises


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # Says whether the extractor runs compiled: an install without a C compiler falls back to
    # pure Python (setup.py), slower but otherwise the same, and this is where that shows.
    if not value or ctx.resilient_parsing:
        return
    click.echo(f"alerts, version {__version__}; {native.describe()}")
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@config_option
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version, and whether the extractor runs compiled, and exit.",
)
@click.pass_context
def main(ctx: click.Context) -> None:
    """Humanitarian alert bot: news feeds -> Kafka -> rules -> Slack, email, Matrix."""
    ctx.ensure_object(dict)
    # A compiled module older than its edited .py still wins the import: the bot would run, and
    # `eval` would score, the old code. Scores must be of the code on disk, so eval refuses.
    stale = native.stale_extensions()
    if stale:
        what = "the compiled extractor is older than its sources (rebuild: make .venv/.installed; "
        what += "or run pure Python: make pure):\n  " + "\n  ".join(stale)
        if ctx.invoked_subcommand == "eval":
            click.echo(f"error: {what}", err=True)
            ctx.exit(2)
        click.echo(f"warning: {what}", err=True)


@main.command()
@click.pass_context
def run(ctx: click.Context) -> None:
    """Run everything on this machine: broker (if embedded), poller, worker, metrics."""
    cfg = load(ctx)
    _setup_logging(cfg.log_level)
    _guard(lambda: _runner().run(cfg))


@main.command()
@click.pass_context
def worker(ctx: click.Context) -> None:
    """Run one rule/notify worker (start several to scale out on Kafka)."""
    cfg = load(ctx)
    _setup_logging(cfg.log_level)
    _guard(lambda: _runner().run(cfg, poll=False))


@main.command()
@click.pass_context
def poll(ctx: click.Context) -> None:
    """Run the feed poller alone."""
    cfg = load(ctx)
    _setup_logging(cfg.log_level)
    _guard(lambda: _runner().run(cfg, work=False))


@main.command()
@click.option("--port", type=int, default=None, help="Port on 127.0.0.1 (default: a free one).")
@click.pass_context
def broker(ctx: click.Context, port: int | None) -> None:
    """Run the embedded Kafka-API broker (Tansu; kafka.storage: durable or memory) alone."""
    cfg = load(ctx)
    _setup_logging(cfg.log_level)
    _guard(lambda: _runner().run_broker(cfg, port))


@main.command()
@click.option("--seconds", type=float, default=60.0, show_default=True, help="Stop after this long.")
def demo(seconds: float) -> None:
    """Offline showcase: bundled sample feeds, the whole pipeline, alerts on the console."""
    from alerts.cli.demo import run_demo

    _setup_logging("INFO")
    _guard(lambda: run_demo(seconds))


def _runner() -> ModuleType:
    # Imported on use: `alerts rules validate` should not pay for importing Faust.
    from alerts.stream import runner

    return runner


def _guard(fn: Callable[[], object]) -> None:
    try:
        fn()
    except AlertsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


def _register() -> None:
    from alerts.cli.deliveries import deliveries_group
    from alerts.cli.eval import eval_command
    from alerts.cli.feeds import feeds_group
    from alerts.cli.notify import notify_group
    from alerts.cli.rules import rules_group
    from alerts.cli.silence import silence_group

    main.add_command(rules_group, "rules")
    main.add_command(eval_command, "eval")
    main.add_command(notify_group, "notify")
    main.add_command(silence_group, "silence")
    main.add_command(deliveries_group, "deliveries")
    main.add_command(feeds_group, "feeds")


_register()
