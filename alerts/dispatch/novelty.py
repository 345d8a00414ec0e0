"""Is this figure new, or a repeat of one already alerted? Pure logic; the state lives in a
Faust table keyed by novelty key, so it survives restarts and all workers share it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from alerts.models import Figure

_NON_WORD = re.compile(r"[^a-z0-9]+")


class FigureRecord(BaseModel):
    """One alerted figure (or group of figures for one event) and who reported it since."""

    model_config = ConfigDict(extra="forbid")

    alert_id: str
    people: tuple[int, ...]  # the group's figures in people, for comparison
    first_at: float
    last_at: float
    article_ids: list[str]
    feeds: list[str]

    @property
    def corroborations(self) -> int:
        return len(self.article_ids) - 1


@dataclass(frozen=True)
class Decision:
    """new: send an alert; repeat: same article seen again (redeliver, deduped); corroboration: no alert."""

    verdict: str  # "new" | "repeat" | "corroboration"
    history: list[FigureRecord]
    record: FigureRecord


def group_key(rule_id: str, figure: Figure) -> str:
    place = _NON_WORD.sub("-", (figure.location or "unknown").lower()).strip("-") or "unknown"
    return f"{rule_id}|{figure.kind}|{place}"


def _close(a: int, b: int, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(a, b, 1)


def decide(
    history: Sequence[FigureRecord],
    *,
    alert_id: str,
    article_id: str,
    feed: str,
    figures: Sequence[Figure],
    now: float,
    window_seconds: float,
    tolerance: float,
) -> Decision:
    live = [r for r in history if now - r.last_at <= window_seconds]
    people = tuple(f.people() for f in figures)
    for record in live:
        if article_id in record.article_ids:
            return Decision("repeat", live, record)
    for record in live:
        if any(_close(p, q, tolerance) for p in people for q in record.people):
            updated = record.model_copy(
                update={
                    "last_at": now,
                    "article_ids": [*record.article_ids, article_id][-50:],
                    "feeds": sorted({*record.feeds, feed}),
                }
            )
            return Decision("corroboration", [updated if r is record else r for r in live], updated)
    record = FigureRecord(
        alert_id=alert_id, people=people, first_at=now, last_at=now, article_ids=[article_id], feeds=[feed]
    )
    # Keep the history short: a key rarely sees more than a few distinct figures in a window.
    return Decision("new", [*live, record][-20:], record)
