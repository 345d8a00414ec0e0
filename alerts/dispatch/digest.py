"""Digests: what a rule's throttle held back in a burst, sent as one alert."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from alerts.errors import DigestError
from alerts.models import DIGEST_TAG, SEVERITY_ORDER, Alert

DIGEST_ITEMS_SHOWN = 20


def make_digest(alerts: Sequence[Alert]) -> Alert:
    """One alert standing for several of the same rule; a single alert is returned as is.

    The digest lists each article (title, feed, link) in its message, takes the highest
    severity, and keeps the earliest fetch time so its latency stays honest.
    """
    if not alerts:
        raise DigestError("a digest needs at least one alert, got none")
    if len(alerts) == 1:
        return alerts[0]
    rules = {a.match.rule_id for a in alerts}
    if len(rules) > 1:
        raise DigestError(
            f"a digest combines the alerts of one rule, got alerts of {len(rules)} rules: "
            f"{', '.join(sorted(rules))} (group them by rule first, as digest_burst does)"
        )
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


def digest_burst(held: Sequence[Alert]) -> list[Alert]:
    """What a burst of held-back alerts becomes: one digest per rule, in order of first appearance.

    An alert held twice counts once: the digest topic is read at least once (a worker that stops
    while it holds a burst leaves those records to be read again after its restart, and a record
    written again before a crash is read twice), and a reader told "6 alerts" for 3 would chase
    stories that do not exist.
    """
    by_rule: dict[str, dict[str, Alert]] = {}
    for alert in held:
        by_rule.setdefault(alert.match.rule_id, {}).setdefault(alert.id, alert)
    return [make_digest(list(alerts.values())) for alerts in by_rule.values()]
