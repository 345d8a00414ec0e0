"""Channels: one Apprise object per configured channel, every URL validated at start.

A channel's URLs may point at different services (a Slack webhook and an email list), and
each service gets the message format it renders best. Each URL is added to the channel's
Apprise object under its own tag, so a delivery can address (and a retry re-address)
exactly the URLs that still need the alert.

Secrets live in the URLs, so a channel is only ever described by its name, a URL's
position in the list, its scheme, or Apprise's ``url(privacy=True)``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sys
from collections.abc import AsyncIterator, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from apprise import Apprise, AppriseAsset
from apprise.decorators import notify
from apprise.manager_plugins import NotificationManager
from apprise.plugins.base import NotifyBase
from apprise.plugins.matrix import NotifyMatrix

from alerts.config import ChannelConfig
from alerts.errors import ConfigError
from alerts.models import SEVERITY_ORDER, Alert
from alerts.notify.formats import format_for
from alerts.notify.store import process_store

CONSOLE_SCHEME = "console"
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*)://")


class Numbering:
    """The message numbers of one Matrix login, shared by every URL of the process that uses it.

    Apprise's Matrix plugin numbers messages with a transaction id it reads from the store
    once, then counts per plugin object and sends from worker threads. Two sends in flight
    through one object, or through two objects of one login (two channels naming the same
    account), would take the same number, and the homeserver would drop the second as a
    retransmission while both report success. So sends with a login take turns, and each
    turn starts from the highest number any of its objects reached.
    """

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._next = 0

    @contextlib.asynccontextmanager
    async def turn(self, service: NotifyBase) -> AsyncIterator[None]:
        async with self._lock:
            start = getattr(service, "transaction_id", None)
            # Only a counter needs sharing: a login by raw token numbers with fresh UUIDs.
            if not isinstance(start, int):
                yield
                return
            start = max(start, self._next)
            service.transaction_id = start  # type: ignore[attr-defined]
            try:
                yield
            finally:
                # At least one past the number this turn began with: a send we stopped
                # waiting for (timeout) may still land with it after the lock is released.
                now = getattr(service, "transaction_id", start)
                self._next = max(self._next, start + 1, now if isinstance(now, int) else 0)


@dataclass(frozen=True)
class Target:
    """One URL of a channel: its 1-based position in the config, format name, and safe description.

    ``numbering`` is set for services that number their messages (Matrix): see Numbering.
    """

    position: int
    kind: str
    tag: str
    description: str
    service: NotifyBase = field(repr=False, compare=False)
    numbering: Numbering | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, eq=False)
class Channel:
    """A configured channel, ready to deliver."""

    name: str
    config: ChannelConfig
    apprise: Apprise
    targets: tuple[Target, ...]

    def accepts(self, alert: Alert) -> bool:
        """Whether this channel takes the alert: severity high enough and, if set, a shared tag."""
        if SEVERITY_ORDER[alert.match.severity] < SEVERITY_ORDER[self.config.min_severity]:
            return False
        return not self.config.tags or bool(set(self.config.tags) & set(alert.match.tags))

    def describe(self) -> str:
        """Safe for logs: the channel name and each URL with its secrets masked."""
        urls = ", ".join(f"#{t.position} {t.description}" for t in self.targets)
        return f"{self.name} ({urls})"


def default_asset(storage_path: str | Path | None = None) -> AppriseAsset:
    """Apprise settings for the bot; ``storage_path`` lets services keep logins across restarts.

    With a path, Matrix reuses its access token instead of logging in (and creating a new
    device) on every start, and never logs out when a channel is dropped. The state lives
    in this process's own store under the path (:mod:`alerts.notify.store`): processes
    sharing one store reuse each other's message numbers, and the homeserver drops the
    repeats. Without a path, state stays in memory and Matrix logs out -- a blocking HTTP
    call -- when its channel is garbage-collected, so pass a path wherever channels live on
    an event loop.
    """
    store = process_store(Path(storage_path)) if storage_path else None
    return AppriseAsset(
        app_id="alerts-bot",
        app_desc="Humanitarian alert bot",
        # "flush" writes every change at once: Matrix numbers its messages, and a number
        # reused after a crash makes the homeserver drop the message as a retransmission.
        storage_mode="flush" if store else "memory",
        storage_path=str(store) if store else None,
        result_log_disk_size=0,  # result logs are read for failure reasons, then dropped
    )


def build_channels(
    channels: Mapping[str, ChannelConfig], asset: AppriseAsset | None = None
) -> dict[str, Channel]:
    """Every channel of the config, or one ConfigError listing every bad URL by channel and position."""
    asset = asset or default_asset()
    built: dict[str, Channel] = {}
    problems: list[str] = []
    numberings: dict[str, Numbering] = {}  # one per login, across all channels
    for name, config in channels.items():
        try:
            built[name] = build_channel(name, config, asset, numberings)
        except ConfigError as exc:
            problems.append(str(exc))
    if problems:
        raise ConfigError("\n".join(problems))
    return built


def build_channel(
    name: str,
    config: ChannelConfig,
    asset: AppriseAsset | None = None,
    numberings: dict[str, Numbering] | None = None,
) -> Channel:
    """One channel; ConfigError names the channel and each bad URL's position and scheme only.

    ``numberings`` (by login) is shared by the channels of one process; see Numbering.
    """
    asset = asset or default_asset()
    numberings = {} if numberings is None else numberings
    apprise = Apprise(asset=asset)
    targets: list[Target] = []
    problems: list[str] = []
    for position, url in enumerate(config.urls, start=1):
        tag = f"target-{position}"
        with _apprise_quiet():
            service = Apprise.instantiate(url, asset=asset, tag=tag)
        if service is None:
            problems.append(f"channel {name!r}: url #{position} {_why_invalid(url)}")
            continue
        apprise.add(service)
        numbering = None
        if isinstance(service, NotifyMatrix):
            # url_id() hashes what identifies the login (it names the login's store), never rooms.
            numbering = numberings.setdefault(str(service.url_id()), Numbering())  # type: ignore[no-untyped-call]
        targets.append(Target(position, format_for(service), tag, _private_url(service), service, numbering))
    if problems:
        raise ConfigError("\n".join(problems))
    return Channel(name=name, config=config, apprise=apprise, targets=tuple(targets))


# Apprise leaves these untyped; the shims give the rest of the module checked types.
def _private_url(service: NotifyBase) -> str:
    # Apprise's url(privacy=True) masks passwords but not tokens in paths, queries or headers
    # (json://host/hook/TOKEN, ?+Authorization=Bearer ...): say only the scheme and the host.
    private = str(service.url(privacy=True))  # type: ignore[no-untyped-call]
    scheme = private.split("://", 1)[0]
    host = getattr(service, "host", None)
    port = getattr(service, "port", None)
    if not isinstance(host, str) or not host:
        return f"{scheme}://"
    return f"{scheme}://{host}:{port}" if isinstance(port, int) else f"{scheme}://{host}"


def _known_scheme(scheme: str) -> bool:
    return scheme in NotificationManager()  # type: ignore[no-untyped-call]


def _why_invalid(url: str) -> str:
    # Only the scheme is ever echoed: everything after it may be a token or a password.
    found = _SCHEME.match(url)
    if not found:
        return "is not a valid Apprise URL (no scheme://)"
    scheme = found.group(1).lower()
    if _known_scheme(scheme):
        return f"is not a valid Apprise URL (scheme {scheme!r}: Apprise rejected its other parts)"
    return f"is not a valid Apprise URL (scheme {scheme!r})"


# --- keeping secrets out of Apprise's log records -----------------------------------------
# Apprise logs request URLs -- webhook tokens included -- at DEBUG, as does the urllib3 pool
# under it, and a plugin rejecting a URL logs why at WARNING, sometimes quoting the token it
# rejected. So their records below WARNING are always dropped, and every Apprise record is
# dropped while we validate URLs (our ConfigError says what is wrong instead). The
# validation switch is a context variable, not a global, so deliveries running meanwhile
# still log their failures.

_validating: ContextVar[bool] = ContextVar("alerts_notify_validating", default=False)


class _SecretSafe(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING and not _validating.get()


_FILTER = _SecretSafe()
_GUARDED = ("apprise", "urllib3.connectionpool")


def _guard_apprise_logs() -> None:
    for name in _GUARDED:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


@contextlib.contextmanager
def _apprise_quiet() -> Iterator[None]:
    _guard_apprise_logs()
    token = _validating.set(True)
    try:
        yield
    finally:
        _validating.reset(token)


# --- the console channel ------------------------------------------------------------------


def _print_alert(body: str, title: str, *args: Any, **kwargs: Any) -> bool:
    """console:// prints the alert to stdout, so the shipped config runs without secrets."""
    rule = "─" * 60
    sys.stdout.write(f"{rule}\n{title}\n{body}\n{rule}\n" if title else f"{rule}\n{body}\n{rule}\n")
    sys.stdout.flush()
    return True


if not _known_scheme(CONSOLE_SCHEME):  # importing twice must not register twice
    notify(on=CONSOLE_SCHEME, name="Console (stdout)")(_print_alert)  # type: ignore[no-untyped-call]
