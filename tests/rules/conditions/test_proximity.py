"""`near` and `same_sentence`: words close together, and their evidence."""

from __future__ import annotations

import random
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


def test_near_fires_exactly_when_two_words_are_within_the_distance(make_rules: Any) -> None:
    # Against a direct count over the words: the rule fires when a word of each group has at
    # most `within` words between them (a phrase counts from its last word), in either order,
    # and then shows such a pair as evidence.
    rng = random.Random(11)
    vocab = ["rain", "river", "flood", "camp", "road", "bridge", "school", "market"]
    for within in (0, 1, 3):
        rules = make_rules(f"near: {{a: [flood, river bank], b: [camp, road], within: {within}}}")
        for _ in range(60):
            words = [rng.choice([*vocab, "bank"]) for _ in range(rng.randint(2, 14))]
            text = " ".join(words).capitalize() + "."
            a = [(i, i + 1) for i, w in enumerate(words) if w == "flood"]
            a += [(i, i + 2) for i in range(len(words) - 1) if words[i : i + 2] == ["river", "bank"]]
            b = [(i, i + 1) for i, w in enumerate(words) if w in ("camp", "road")]
            close = any(max(x[0], y[0]) - (x if x[0] <= y[0] else y)[1] <= within for x in a for y in b)
            matches = rules.evaluate(article(text, title="Update"), facts())
            assert bool(matches) == close, (text, within)
            if matches:
                shown = {e.text.lower() for e in matches[0].evidence}
                assert shown & {"flood", "river bank"} and shown & {"camp", "road"}
