"""What several command groups share: the one `--config` option and Kafka operations' plumbing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import click
from aiokafka.errors import KafkaError

from alerts.config import Config, load_config
from alerts.errors import AlertsError

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


def _remember(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    # Kept on the root context: `alerts --config X cmd` and `alerts cmd --config X` mean the same.
    if value is not None:
        ctx.find_root().ensure_object(dict)["config"] = value


def config_option(fn: F) -> F:
    """`--config FILE`, declared here once and accepted by the root command and any subcommand."""
    option = click.option(
        "--config",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        expose_value=False,
        callback=_remember,
        help="Configuration file (default: $ALERTS_CONFIG, else alerts.yaml).",
    )
    return option(fn)


def config_file(ctx: click.Context | None = None) -> Path | None:
    """The `--config` given on the command line, if any (None: $ALERTS_CONFIG or alerts.yaml)."""
    root = (ctx or click.get_current_context()).find_root().obj
    chosen = root.get("config") if isinstance(root, dict) else None
    return chosen if isinstance(chosen, Path) else None


def config(ctx: click.Context) -> Config:
    """The validated configuration, or a one-line error naming file and line (exit 1)."""
    try:
        return load_config(config_file(ctx))
    except AlertsError as exc:
        raise click.ClickException(str(exc)) from None


def bootstrap(ctx: click.Context) -> str:
    """host:port of the configured Kafka (for `embedded`, the running bot's broker)."""
    from alerts.stream.runner import bootstrap_of

    try:
        return bootstrap_of(config(ctx))
    except AlertsError as exc:
        raise click.ClickException(str(exc)) from None


def run_kafka(coro: Coroutine[Any, Any, T]) -> T:
    """Run a Kafka operation; an unreachable broker is one clear line, not a traceback."""
    try:
        return asyncio.run(coro)
    except KafkaError as exc:
        raise click.ClickException(f"Kafka did not answer: {type(exc).__name__} {exc}") from None
    except AlertsError as exc:
        raise click.ClickException(str(exc)) from None
