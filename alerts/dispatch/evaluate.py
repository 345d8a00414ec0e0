"""Article in, alert envelopes out. Pure: no Faust, no I/O, so it is tested without a broker."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Collection
from typing import Protocol

from alerts import metrics
from alerts.dispatch.envelope import Envelope
from alerts.dispatch.novelty import group_key
from alerts.models import Alert, Article, Extractor, Facts, Figure, Match


class RuleEngine(Protocol):
    def evaluate(self, article: Article, facts: Facts) -> list[Match]: ...

    def render_message(self, article: Article, match: Match) -> str: ...


def process(
    article: Article, rules: RuleEngine, extract: Extractor, novelty_rules: Collection[str]
) -> list[Envelope]:
    """Evaluate every rule on one article; one envelope per alert to send.

    A figure rule with novelty gets one envelope per (kind, place) group of its figures, keyed
    so that repeats of the same figure meet the same novelty state in the Faust table.
    """
    started = time.perf_counter()
    facts = extract(article.text)
    for fig in facts.figures:
        metrics.EXTRACTOR_FIGURES.labels(fig.kind).inc()
    metrics.EXTRACTOR_WARNINGS.inc(len(facts.warnings))
    envelopes: list[Envelope] = []
    for match in rules.evaluate(article, facts):
        if match.rule_id in novelty_rules and match.figures:
            envelopes.extend(_per_figure_group(article, match, rules))
        else:
            envelopes.append(Envelope(alert=_alert(article, match, Alert.make_id(match.rule_id, article.id))))
    metrics.PIPELINE_ARTICLES.inc()
    metrics.PIPELINE_PROCESSING_SECONDS.observe(time.perf_counter() - started)
    return envelopes


def _per_figure_group(article: Article, match: Match, rules: RuleEngine) -> list[Envelope]:
    groups: dict[str, list[Figure]] = defaultdict(list)
    for fig in match.figures:
        groups[group_key(match.rule_id, fig)].append(fig)
    out = []
    for key, figures in groups.items():
        alert_id = Alert.make_id(key, article.id)
        evidence = tuple(e for e in match.evidence if e.kind != "figure" or _in_group(e.start, figures))
        ordered = tuple(sorted(figures, key=_precision_first))
        sub = match.model_copy(update={"figures": ordered, "evidence": evidence})
        sub = sub.model_copy(update={"message": rules.render_message(article, sub)})
        out.append(Envelope(alert=_alert(article, sub, alert_id), novelty_key=key))
    return out


_VAGUE = ("dozens", "hundreds", "thousands", "millions", "scores")


def _precision_first(fig: Figure) -> tuple[bool, int]:
    # The headline figure is the most precise one ("about 1,000 people", not "hundreds of
    # families"), then the largest in people.
    vague = not any(ch.isdigit() for ch in fig.text) and any(w in fig.text.lower() for w in _VAGUE)
    return (vague, -fig.people())


def _in_group(start: int, figures: list[Figure]) -> bool:
    return any(f.start <= start < f.end or start == f.start for f in figures)


def _alert(article: Article, match: Match, alert_id: str) -> Alert:
    return Alert(
        id=alert_id,
        match=match,
        article_title=article.title,
        article_url=article.url,
        feed=article.feed,
        published=article.published,
        fetched=article.fetched,
    )
