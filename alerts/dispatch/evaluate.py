"""Article in, alert envelopes out. Pure: no Faust, no I/O, so it is tested without a broker."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping
from typing import Protocol

from alerts import metrics
from alerts.dispatch.envelope import Envelope
from alerts.dispatch.stories import Report, offensive_under_way, place_name, report_for, signature
from alerts.models import Alert, Article, Extractor, Facts, Figure, Match
from alerts.rules.schema import Story


class RuleEngine(Protocol):
    def evaluate(self, article: Article, facts: Facts) -> list[Match]: ...

    def render_message(self, article: Article, match: Match) -> str: ...


def process(
    article: Article, rules: RuleEngine, extract: Extractor, stories: Mapping[str, Story]
) -> list[Envelope]:
    """Evaluate every rule on one article; one envelope per alert to send.

    A rule with a story (``story:``, or ``novelty: true``) gets a report of what its alert says,
    so that later reports of the same story meet its state in the stories table. A figure rule
    grouped by place or kind gets one envelope per (kind, place) group of its figures.
    """
    started = time.perf_counter()
    facts = extract(article.text, published=article.published)
    for fig in facts.figures:
        metrics.EXTRACTOR_FIGURES.labels(fig.kind).inc()
    metrics.EXTRACTOR_WARNINGS.inc(len(facts.warnings))
    envelopes: list[Envelope] = []
    told = _Told(article)
    for match in rules.evaluate(article, facts):
        spec = stories.get(match.rule_id)
        if spec is None:
            envelopes.append(Envelope(alert=_alert(article, match, Alert.make_id(match.rule_id, article.id))))
        elif match.figures and {"place", "kind"} & set(spec.group_by):
            envelopes.extend(_per_figure_group(article, match, rules, spec, told))
        else:
            alert = _alert(article, match, Alert.make_id(match.rule_id, article.id))
            envelopes.append(Envelope(alert=alert, story=told.report(alert, spec)))
    metrics.PIPELINE_ARTICLES.inc()
    metrics.PIPELINE_PROCESSING_SECONDS.observe(time.perf_counter() - started)
    return envelopes


class _Told:
    """What the article says as a whole, worked out once and only if a story rule fired."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._signature: tuple[int, ...] | None = None
        self._under_way: bool | None = None

    def report(self, alert: Alert, spec: Story) -> Report:
        if self._signature is None:
            self._signature = signature(self.article.text)
            self._under_way = offensive_under_way(self.article.text)
        return report_for(
            alert,
            group_by=spec.group_by,
            window_seconds=spec.window.total_seconds() if spec.window is not None else None,
            signature=self._signature,
            under_way=bool(self._under_way),
        )


def _per_figure_group(
    article: Article, match: Match, rules: RuleEngine, spec: Story, told: _Told
) -> list[Envelope]:
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for fig in match.figures:
        kind: str = fig.kind if "kind" in spec.group_by else "-"
        place = place_name(fig.location) if "place" in spec.group_by else None
        groups[(kind, (place or "-").casefold())].append(fig)
    out = []
    for (kind, place), figures in groups.items():
        evidence = tuple(e for e in match.evidence if e.kind != "figure" or _in_group(e.start, figures))
        ordered = tuple(sorted(figures, key=_precision_first))
        sub = match.model_copy(update={"figures": ordered, "evidence": evidence})
        sub = sub.model_copy(update={"message": rules.render_message(article, sub)})
        report = told.report(_alert(article, sub, ""), spec)
        alert = _alert(article, sub, Alert.make_id(f"{report.key}|{kind}|{place}", article.id))
        out.append(Envelope(alert=alert, story=report))
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
