"""Combinators, exceptions and explanations, through real rule files."""

from __future__ import annotations

from typing import Any

from alerts.testing.rulefiles import article, facts, fired


def test_any_all_not(make_rules: Any) -> None:
    rules = make_rules(
        """
        all:
          - any:
              - terms: {any: [bloodbath]}
              - terms: {any: [massacre]}
          - not: {terms: {any: [ceasefire]}}
        """
    )
    assert fired(rules, article("Fear of a massacre")) == ["r"]
    assert fired(rules, article("Fear of a massacre despite the ceasefire")) == []
    assert fired(rules, article("Nothing to see")) == []


def test_exceptions_silence_a_rule(make_rules: Any) -> None:
    extra = """
        exceptions:
          - name: sports
            condition: {terms: {any: [football, match report]}}
    """
    rules = make_rules("terms: {any: [attack]}", extra_rule=extra)
    assert fired(rules, article("An attack is feared")) == ["r"]
    assert fired(rules, article("Football: a late attack won it")) == []
    (outcome,) = rules.explain(article("Football: a late attack won it"), facts())
    assert outcome.reasons == ("silenced by exception 'sports'",)


def test_explain_names_the_leaf_that_failed(make_rules: Any) -> None:
    rules = make_rules(
        """
        all:
          - terms: {any: [Idlib]}
          - near: {a: [offensive], b: [warn*], within: 3}
        """
    )
    text = "Idlib: an offensive began on Monday after weeks of talks. Nobody warned."
    (outcome,) = rules.explain(article(text), facts())
    assert outcome.match is None
    (reason,) = outcome.reasons
    assert reason.startswith("line 11 condition.all[1].near: ")
    assert "never within 3 words" in reason


def test_all_shows_evidence_in_file_order_whichever_child_it_tests_first(make_rules: Any) -> None:
    # `all` tests its cheap children (a place) before the costly ones (a proximity), but the
    # alert reads in the order the rule was written.
    rules = make_rules(
        """
        all:
          - near: {a: [shelling], b: [families], within: 4}
          - place: {any: [Homs]}
        """
    )
    text = "Families fled the shelling overnight, officials in Homs said."
    (match,) = rules.evaluate(article(text), facts())
    assert [(e.kind, e.text) for e in match.evidence] == [
        ("term", "Families"),
        ("term", "shelling"),
        ("place", "Homs"),
    ]
    assert fired(rules, article("Shelling went on near Homs; the families stayed.")) == []
    assert fired(rules, article("Families fled the shelling overnight.")) == []
