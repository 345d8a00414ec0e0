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
