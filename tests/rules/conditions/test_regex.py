"""`regex`: RE2 patterns, case, evidence, linear time."""

from __future__ import annotations

from typing import Any

from alerts.testing.rulefiles import article, facts, fired


def test_regex_with_evidence(make_rules: Any) -> None:
    rules = make_rules(r"regex: {pattern: '\d{3},000 (?:people|civilians)'}")
    (match,) = rules.evaluate(article("Up to 800,000 people could flee."), facts())
    (ev,) = match.evidence
    assert (ev.kind, ev.text, ev.start, ev.end) == ("regex", "800,000 people", 6, 20)


def test_regex_case_sensitive_option(make_rules: Any) -> None:
    assert fired(make_rules("regex: {pattern: 'UN'}"), article("a fun day")) == ["r"]
    assert fired(make_rules("regex: {pattern: '\\bUN\\b', case_sensitive: true}"), article("a fun day")) == []


def test_hostile_regex_runs_in_linear_time_with_correct_answers(make_rules: Any) -> None:
    # (a+)+$ backtracks exponentially in Python's `re`; RE2 answers at once.
    rules = make_rules("regex: {pattern: '(a+)+$'}")
    assert fired(rules, article("a" * 100_000 + "b")) == []
    assert fired(rules, article("b" + "a" * 100_000)) == ["r"]


def test_equal_fields_share_one_regex_pass_and_each_shows_its_own_evidence(make_rules: Any) -> None:
    # An item whose text repeats its title: the fields look for the same regexes, so the hits
    # of one pass serve both; the evidence still names each field where the pattern holds.
    rules = make_rules(r"regex: {pattern: '\d+ (?:goats|sheep) strayed'}")
    words = "About 40 goats strayed onto the ring road."
    same = article("".join(words), title=words)
    ctx = rules._context(same, facts())
    assert ctx.regex_hits("title") is ctx.regex_hits("text") == {0}
    (match,) = rules.evaluate(same, facts())
    assert [(e.field, e.text, e.start) for e in match.evidence] == [
        ("title", "40 goats strayed", 6),
        ("text", "40 goats strayed", 6),
    ]
    apart = rules._context(article("No animals.", title=words), facts())
    assert apart.regex_hits("title") == {0} and apart.regex_hits("text") == set()
