"""Article in, envelopes out: the article's own date reaches the extractor."""

from __future__ import annotations

from datetime import UTC, datetime

from alerts.dispatch.evaluate import process
from alerts.extract import extract_facts
from alerts.rules import load_rules
from alerts.testing.harness import REPO
from alerts.testing.rulefiles import article

TEXT = "In March, floods forced 20,000 people from their homes in Ruvo district, officials said."


def test_a_figure_is_new_only_relative_to_the_articles_published_date() -> None:
    rules = load_rules([REPO / "rules"])

    def alerts_on(published: datetime) -> list[str]:
        art = article(TEXT, title="Floods in the north", published=published)
        return [env.alert.match.rule_id for env in process(art, rules, extract_facts, rules.story_rules)]

    assert "new_displacement_figure" in alerts_on(datetime(2024, 3, 20, tzinfo=UTC))
    assert "new_displacement_figure" not in alerts_on(datetime(2024, 11, 20, tzinfo=UTC))
