"""`near` and `same_sentence`: words close together, and their evidence."""

from __future__ import annotations

from typing import Any

from alerts.testing.rulefiles import article, facts, fired

TEXT = (
    "Government forces massed around Idlib on Monday. "
    "Damascus and Moscow insist that an offensive cannot wait. "
    "Aid groups fear a bloodbath."
)


def test_near_counts_words_between(make_rules: Any) -> None:
    # "insist that an offensive": two words between insist and offensive.
    assert fired(make_rules("near: {a: [offensive], b: [insist], within: 2}"), article(TEXT)) == ["r"]
    assert fired(make_rules("near: {a: [offensive], b: [insist], within: 1}"), article(TEXT)) == []


def test_near_three_groups_and_evidence(make_rules: Any) -> None:
    rules = make_rules("near: {a: [offensive], b: [insist*], c: [Moscow], within: 4}")
    (match,) = rules.evaluate(article(TEXT), facts())
    assert [e.text for e in match.evidence] == ["Moscow", "insist", "offensive"]
    assert (
        fired(make_rules("near: {a: [offensive], b: [insist], c: [Idlib], within: 4}"), article(TEXT)) == []
    )


def test_same_sentence(make_rules: Any) -> None:
    assert fired(make_rules("same_sentence: {a: [offensive], b: [Damascus]}"), article(TEXT)) == ["r"]
    assert fired(make_rules("same_sentence: {a: [offensive], b: [Idlib]}"), article(TEXT)) == []
