"""Noise control, as pure logic: throttles, digests of bursts, and silences.

A coordinator who gets forty pings about one flood stops reading pings. These pieces keep
alerts few and meaningful; they take ``now`` as an argument and do no I/O, so the Faust
layer decides where state lives (tables, the silences topic) and tests need no clock.
"""

from __future__ import annotations

import fnmatch
import hashlib
import string
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from alerts.metrics import SILENCED, SILENCES_ACTIVE, THROTTLED
from alerts.models import SEVERITY_ORDER, Alert
from alerts.notify.format import DIGEST_TAG, place_of

# --- throttle -----------------------------------------------------------------------------

THROTTLE_FIELDS = frozenset({"rule", "place", "feed", "severity"})


def check_key_template(template: str) -> None:
    """Raise ValueError unless ``template`` only uses {rule}, {place}, {feed}, {severity}."""
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if name not in THROTTLE_FIELDS or spec or conversion:
            allowed = ", ".join("{" + f + "}" for f in sorted(THROTTLE_FIELDS))
            raise ValueError(f"throttle key {template!r}: use only {allowed}, without format specs")


def throttle_key(alert: Alert, template: str = "{rule}") -> str:
    """The throttle key of an alert, e.g. ``"{rule}:{place}"`` -> ``"drc-displacement:goma"``."""
    check_key_template(template)
    place = place_of(alert.match)
    values = {
        "rule": alert.match.rule_id,
        "place": place.strip().lower() if place else "-",
        "feed": alert.feed,
        "severity": alert.match.severity,
    }
    return template.format_map(values)


def throttle_step(
    log: Sequence[float], now: float, limit: int, window_seconds: float
) -> tuple[bool, list[float]]:
    """Whether one more alert fits (at most ``limit`` in the last ``window_seconds``), and the log to keep.

    ``log`` holds the times (unix seconds) of the alerts let through for one key; the returned
    log has the old entries dropped and ``now`` added if the alert fits. Pure, so the log can
    live in a Faust table.
    """
    kept = [t for t in log if t > now - window_seconds]
    if len(kept) >= limit:
        return False, kept
    return True, [*kept, now]


class Throttle:
    """At most ``limit`` alerts per ``window_seconds`` for each key (a sliding window), in memory."""

    def __init__(self, limit: int, window_seconds: float, key_template: str = "{rule}") -> None:
        if limit < 1:
            raise ValueError("throttle limit must be at least 1")
        if window_seconds <= 0:
            raise ValueError("throttle window must be positive")
        check_key_template(key_template)
        self.limit = limit
        self.window_seconds = window_seconds
        self.key_template = key_template
        self._logs: dict[str, list[float]] = {}
        self._pruned_at = float("-inf")

    def admit(self, alert: Alert, now: float) -> bool:
        """True (and remembered) if the alert fits its key's window; else False, counted as throttled."""
        # A key per place or feed would otherwise be kept forever by a worker that runs for months.
        if now - self._pruned_at >= self.window_seconds:
            self.prune(now)
            self._pruned_at = now
        key = throttle_key(alert, self.key_template)
        ok, self._logs[key] = throttle_step(self._logs.get(key, ()), now, self.limit, self.window_seconds)
        if not ok:
            THROTTLED.labels(alert.match.rule_id).inc()
        return ok

    def prune(self, now: float) -> None:
        """Forget keys with nothing let through inside the window (bounds memory)."""
        for key in [k for k, log in self._logs.items() if not log or log[-1] <= now - self.window_seconds]:
            del self._logs[key]

    def __len__(self) -> int:
        return len(self._logs)


# --- digest -------------------------------------------------------------------------------

DIGEST_ITEMS_SHOWN = 20


def make_digest(alerts: Sequence[Alert]) -> Alert:
    """One alert standing for several of the same rule; a single alert is returned as is.

    The digest lists each article (title, feed, link) in its message, takes the highest
    severity, and keeps the earliest fetch time so its latency stays honest.
    """
    if not alerts:
        raise ValueError("a digest needs at least one alert")
    if len(alerts) == 1:
        return alerts[0]
    rules = {a.match.rule_id for a in alerts}
    if len(rules) > 1:
        raise ValueError(f"a digest combines alerts of one rule, got {sorted(rules)}")
    ordered = sorted(alerts, key=lambda a: a.fetched)
    first = ordered[0]
    top = max(ordered, key=lambda a: SEVERITY_ORDER[a.match.severity])
    digest_id = hashlib.sha256("\x00".join(sorted(a.id for a in ordered)).encode()).hexdigest()[:32]
    span = f"between {_hhmm(first.fetched)} and {_hhmm(ordered[-1].fetched)}"
    lines = [f"{len(ordered)} alerts for this rule {span}:"]
    lines += [f"• {a.article_title} ({a.feed}) {a.article_url}" for a in ordered[:DIGEST_ITEMS_SHOWN]]
    if len(ordered) > DIGEST_ITEMS_SHOWN:
        lines.append(f"… and {len(ordered) - DIGEST_ITEMS_SHOWN} more")
    channels = tuple(dict.fromkeys(c for a in ordered for c in a.match.channels))
    tags = tuple(dict.fromkeys((*(t for a in ordered for t in a.match.tags), DIGEST_TAG)))
    match = top.match.model_copy(
        update={
            "channels": channels,
            "tags": tags,
            "article_id": f"digest-{digest_id}",
            "evidence": tuple(ev for a in ordered for ev in a.match.evidence),
            "figures": tuple(fig for a in ordered for fig in a.match.figures),
            "warnings": tuple(w for a in ordered for w in a.match.warnings),
            "message": "\n".join(lines),
        }
    )
    feeds = {a.feed for a in ordered}
    published = [a.published for a in ordered if a.published]
    return Alert(
        id=digest_id,
        match=match,
        article_title=f"{len(ordered)} alerts: {first.match.rule_name}",
        article_url=top.article_url,
        feed=first.feed if len(feeds) == 1 else f"{len(feeds)} feeds",
        published=max(published) if published else None,
        fetched=first.fetched,
        corroborations=sum(a.corroborations for a in ordered),
    )


def _hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M %Z").strip()


# --- silences -----------------------------------------------------------------------------

Instant = datetime | float  # an aware datetime, or unix seconds as the pipeline keeps time


def _at(now: Instant) -> datetime:
    return now if isinstance(now, datetime) else datetime.fromtimestamp(now, UTC)


class SilenceMatcher(BaseModel):
    """Which alerts a silence holds back: every field given must match."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str | None = Field(default=None, description="rule id, or a glob such as 'drc-*'")
    feed: str | None = None
    tag: str | None = None
    place: str | None = Field(default=None, description="matched case-insensitively")

    def matches(self, alert: Alert) -> bool:
        match = alert.match
        if self.rule is not None and not fnmatch.fnmatchcase(match.rule_id, self.rule):
            return False
        if self.feed is not None and alert.feed != self.feed:
            return False
        if self.tag is not None and self.tag not in match.tags:
            return False
        if self.place is not None:
            place = place_of(match)
            if not place or place.casefold() != self.place.casefold():
                return False
        return True

    def is_empty(self) -> bool:
        return all(v is None for v in (self.rule, self.feed, self.tag, self.place))


class Silence(BaseModel):
    """Hold back alerts of a rule (or matching a matcher) until a time, and say who and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    rule_id: str | None = None
    matcher: SilenceMatcher | None = None
    until: AwareDatetime
    reason: str = Field(min_length=1)
    created_by: str = Field(min_length=1)
    created_at: AwareDatetime

    @model_validator(mode="after")
    def _check(self) -> Silence:
        # An empty silence would hold back every alert: make that impossible to do by accident.
        if self.rule_id is None and (self.matcher is None or self.matcher.is_empty()):
            raise ValueError("a silence needs a rule_id or a non-empty matcher (use rule '*' to mean all)")
        if self.until <= self.created_at:
            raise ValueError("a silence must end after it was created")
        return self

    @classmethod
    def new(
        cls,
        *,
        until: datetime,
        reason: str,
        created_by: str,
        created_at: datetime,
        rule_id: str | None = None,
        matcher: SilenceMatcher | None = None,
    ) -> Silence:
        """A silence with a fresh random id."""
        return cls(
            id=uuid.uuid4().hex,
            rule_id=rule_id,
            matcher=matcher,
            until=until,
            reason=reason,
            created_by=created_by,
            created_at=created_at,
        )

    def active(self, now: Instant) -> bool:
        return self.created_at <= _at(now) < self.until

    def matches(self, alert: Alert) -> bool:
        if self.rule_id is not None and alert.match.rule_id != self.rule_id:
            return False
        return self.matcher is None or self.matcher.matches(alert)

    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_json(cls, data: str | bytes) -> Silence:
        return cls.model_validate_json(data)


_SILENCE_LIST = TypeAdapter(list[Silence])


class SilenceSet:
    """The silences in force, by id (a later silence with the same id replaces the earlier)."""

    def __init__(self, silences: Iterable[Silence] = ()) -> None:
        self._by_id: dict[str, Silence] = {s.id: s for s in silences}

    def put(self, silence: Silence) -> None:
        self._by_id[silence.id] = silence

    def remove(self, silence_id: str) -> Silence | None:
        return self._by_id.pop(silence_id, None)

    def get(self, silence_id: str) -> Silence | None:
        return self._by_id.get(silence_id)

    def matching(self, alert: Alert, now: Instant) -> Silence | None:
        """The active silence holding this alert back (the one lasting longest), if any."""
        at = _at(now)
        found = [s for s in self._by_id.values() if s.active(at) and s.matches(alert)]
        return max(found, key=lambda s: s.until) if found else None

    def is_silenced(self, alert: Alert, now: Instant) -> bool:
        return self.matching(alert, now) is not None

    def hold(self, alert: Alert, now: Instant) -> Silence | None:
        """Like :meth:`matching`, and counts a held-back alert in alerts_silenced_total."""
        silence = self.matching(alert, now)
        if silence is not None:
            SILENCED.labels(alert.match.rule_id).inc()
        return silence

    def active(self, now: Instant) -> list[Silence]:
        at = _at(now)
        return sorted((s for s in self._by_id.values() if s.active(at)), key=lambda s: s.until)

    def prune(self, now: Instant) -> list[Silence]:
        """Drop expired silences, set alerts_silences_active, and return what was dropped."""
        at = _at(now)
        expired = [s for s in self._by_id.values() if s.until <= at]
        for silence in expired:
            del self._by_id[silence.id]
        SILENCES_ACTIVE.set(len(self.active(now)))
        return expired

    def to_json(self) -> str:
        return _SILENCE_LIST.dump_json(list(self._by_id.values())).decode()

    @classmethod
    def from_json(cls, data: str | bytes) -> SilenceSet:
        return cls(_SILENCE_LIST.validate_json(data))

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Silence]:
        return iter(self._by_id.values())


# --- the pipeline's gate --------------------------------------------------------------------


class ThrottleSpec(Protocol):
    """A rule's throttle as the rule language declares it."""

    limit: int
    window: timedelta
    key: str


class NoiseGate:
    """Silences, then the rule's throttle, in the shape alerts.pipeline.dispatch.Gate expects.

    Silences are shared by all workers (the pipeline feeds ``silences`` from its topic);
    throttles are kept per worker, in memory: a throttle bounds noise, it need not be exact.
    Held-back alerts are counted in alerts_silenced_total / alerts_throttled_total by rule.
    """

    def __init__(self, silences: SilenceSet, throttle_of: Callable[[str], ThrottleSpec | None]) -> None:
        self.silences = silences
        self.throttle_of = throttle_of
        self._throttles: dict[tuple[str, int, float, str], Throttle] = {}

    def hold(self, alert: Alert, now: float) -> str | None:
        """ "silenced", "throttled", or None to let the alert through."""
        if self.silences.hold(alert, now) is not None:
            return "silenced"
        spec = self.throttle_of(alert.match.rule_id)
        if spec is None:
            return None
        key = (alert.match.rule_id, spec.limit, spec.window.total_seconds(), spec.key)
        throttle = self._throttles.get(key)
        if throttle is None:  # a rule reload with a new throttle starts a new window
            throttle = self._throttles[key] = Throttle(spec.limit, spec.window.total_seconds(), spec.key)
        return None if throttle.admit(alert, now) else "throttled"
