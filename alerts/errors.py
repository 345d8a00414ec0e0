"""Every error the bot raises on purpose, in one tree.

    AlertsError                 base: catch this to catch anything of ours
    ├── ConfigError             alerts.yaml is unreadable, invalid, or names a missing env variable
    ├── BrokerError             the embedded broker would not start, or Kafka cannot be reached
    ├── FeedError               one feed failed; `kind` says how (http, timeout, parse, too_large, ...)
    ├── AddressRefused          a page's host resolved to a private or local address; also an
    │                           OSError, as the HTTP client's resolver must raise (reason not_public)
    ├── HostWaitTooLong         a request would wait past its bound for a host's pause (Retry-After)
    ├── RuleError               one problem in one rule file, with file:line and the rule id
    │   └── RuleSetError        several RuleErrors found while loading a rules directory
    ├── InvalidValue            a value a rule cannot hold (regex, throttle key); also a ValueError,
    │                           so pydantic validators report it with its line like their own
    ├── DigestError             alerts that cannot make one digest (none, or of several rules)
    ├── ThrottleError           a throttle's limit or window that cannot work; also a ValueError
    ├── SilenceError            a silence that would hold back everything or end before it starts;
    │                           also a ValueError, so pydantic reports it like its own
    ├── TemplateProblem         a rule's message template does not parse or render (line in the template);
    │                           the loader reports it as a RuleError at the file's line
    └── DatasetError            a labelled dataset line (`alerts eval`) is not valid: file:line

A failed delivery is not an exception: it is an alerts.notify.deliver.Outcome whose
`reason` says why, which the dispatcher dead-letters and `alerts notify test` prints.

Messages never contain secrets: feeds are named by their configured name, channels by
their name, never by URL.
"""

from __future__ import annotations

from collections.abc import Sequence


class AlertsError(Exception):
    """Base class of every error raised by the bot."""


class ConfigError(AlertsError):
    """The configuration is invalid; the message says which file, line and key."""


class BrokerError(AlertsError):
    """The Kafka broker could not be started or reached."""


class FeedError(AlertsError):
    """A feed could not be fetched or parsed."""

    def __init__(self, feed: str, kind: str, detail: str, retry_after: float | None = None) -> None:
        self.feed = feed
        self.kind = kind
        self.detail = detail
        # Seconds the server asked us to wait (Retry-After on a 429 or 503), if it said.
        self.retry_after = retry_after
        super().__init__(f"feed {feed!r}: {kind}: {detail}")


# The refusal a user sees (FeedError detail, reason `not_public`), wherever the refusal was made.
NOT_PUBLIC = "the page is on a private or local address"


class AddressRefused(AlertsError, OSError):
    """A page's host resolved to an address the bot must not connect to (private, loopback, ...).

    An OSError because it is raised inside the HTTP client's resolver, which reports OSErrors
    as failed lookups; alerts.feeds.fetch turns it into FeedError kind `not_public`.
    """


class HostWaitTooLong(AlertsError):
    """A request would have to wait longer than its bound for a host's pause (Retry-After)."""

    def __init__(self, waited: float, needed: float, max_wait: float) -> None:
        self.waited = waited
        self.needed = needed
        self.max_wait = max_wait
        super().__init__(
            f"the site asked for a pause (over in {needed:.0f}s),"
            f" longer than the {max_wait:g}s a page may wait"
        )


class RuleError(AlertsError):
    """One problem in a rule file: `file:line: rule id: what is wrong`."""

    def __init__(self, file: str, line: int, rule_id: str | None, message: str) -> None:
        self.file = file
        self.line = line
        self.rule_id = rule_id
        self.message = message
        super().__init__(self.format())

    def format(self) -> str:
        rid = self.rule_id or "-"
        return f"{self.file}:{self.line}: {rid}: {self.message}"


class RuleSetError(RuleError):
    """All the problems found while loading rules; `errors` lists each one."""

    def __init__(self, errors: Sequence[RuleError]) -> None:
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.file, first.line, first.rule_id, first.message)

    def format(self) -> str:
        return "\n".join(e.format() for e in self.errors)


class InvalidValue(AlertsError, ValueError):
    """A value that cannot be used (an RE2 pattern that does not compile, a bad throttle key).

    Also a ValueError: raised inside a pydantic validator, it becomes a located rule error.
    """


class DigestError(AlertsError, ValueError):
    """Alerts that cannot be combined into one digest: none at all, or alerts of several rules.

    A caller's mistake, not bad input: digest_burst groups a burst by rule before combining.
    Also a ValueError, as it was before it had a class of its own.
    """


class ThrottleError(AlertsError, ValueError):
    """A throttle that cannot work: a limit under 1 or a window that is not positive.

    Also a ValueError, as it was before it had a class of its own.
    """


class SilenceError(AlertsError, ValueError):
    """A silence that cannot be kept: it matches every alert, or it ends before it starts.

    Also a ValueError: raised inside the model's validator, pydantic reports it with the others.
    """


class TemplateProblem(AlertsError):
    """A message template that does not parse or render; ``line`` is 1-based inside the template."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class DatasetError(AlertsError):
    """A dataset line is not a valid labelled item: `file:line: message`."""

    def __init__(self, source: str, line: int, message: str) -> None:
        self.source = source
        self.line = line
        self.message = message
        super().__init__(f"{source}:{line}: {message}")
