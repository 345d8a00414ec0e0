"""Silences: hold back alerts matching a rule or matcher until a time, saying who and why.

Pure: the stream feeds the set from the silences topic (alerts.stream.silences); every
worker holds the same set.
"""

from __future__ import annotations

import fnmatch
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import ErrorDetails

from alerts.errors import SilenceError
from alerts.metrics import SILENCED, SILENCES_ACTIVE
from alerts.models import Alert
from alerts.text.tokens import tokens_of

Instant = datetime | float  # an aware datetime, or unix seconds as the pipeline keeps time


def _at(now: Instant) -> datetime:
    return now if isinstance(now, datetime) else datetime.fromtimestamp(now, UTC)


class SilenceMatcher(BaseModel):
    """Which alerts a silence holds back: every field given must match."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str | None = Field(default=None, description="rule id, or a glob such as 'drc-*'")
    feed: str | None = None
    tag: str | None = None
    place: str | None = Field(default=None, description="matched ignoring case, accents and spacing")

    def matches(self, alert: Alert) -> bool:
        match = alert.match
        if self.rule is not None and not fnmatch.fnmatchcase(match.rule_id, self.rule):
            return False
        if self.feed is not None and alert.feed != self.feed:
            return False
        if self.tag is not None and self.tag not in match.tags:
            return False
        if self.place is not None:
            place = match.place()
            # Folded words, as rules match places: case, accents and spacing do not matter.
            if not place or tokens_of(place) != tokens_of(self.place):
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
            raise SilenceError("a silence needs a rule_id or a non-empty matcher (use rule '*' to mean all)")
        if self.until <= self.created_at:
            raise SilenceError(
                f"a silence must end after it was created: until {self.until.isoformat()}"
                f" is not after {self.created_at.isoformat()}"
            )
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
        """A silence with a fresh random id; SilenceError says what is wrong with the rest."""
        try:
            return cls(
                id=uuid.uuid4().hex,
                rule_id=rule_id,
                matcher=matcher,
                until=until,
                reason=reason,
                created_by=created_by,
                created_at=created_at,
            )
        except ValidationError as exc:
            # The command line builds silences through here: one plain sentence per problem,
            # not pydantic's report with its links and input dumps.
            problems = "; ".join(_problem(e) for e in exc.errors(include_url=False, include_input=False))
            raise SilenceError(f"invalid silence: {problems}") from None

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


def _problem(error: ErrorDetails) -> str:
    where = ".".join(str(part) for part in error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


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
