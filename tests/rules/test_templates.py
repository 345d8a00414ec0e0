"""Messages: rendered from the template, bounded, safe, and never lost at run time."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from alerts.errors import RuleSetError
from alerts.models import Evidence
from alerts.rules import load_rules
from alerts.rules.templates import (
    DEFAULT_MESSAGE,
    MessageTemplate,
    RuleInfo,
    bind,
    compile_template,
    render,
    render_bound,
    render_found,
    sample_article,
    sample_match,
    why,
)
from alerts.testing.rulefiles import article, facts, figure, write


def _message(make_rules: Any, template: str, condition: str = "terms: {any: [flood]}", **kw: Any) -> str:
    rules = make_rules(condition, extra_rule=f"message: {template!r}")
    (match,) = rules.evaluate(article("A flood hit Sylhet.", title="Floods"), kw.get("fx") or facts())
    return str(match.message)


def test_variables_are_rendered(make_rules: Any) -> None:
    text = _message(
        make_rules, "{{ rule.id }}/{{ rule.severity }}: {{ article.title }} {{ article.url }} {{ why }}"
    )
    assert text == "r/high: Floods https://example.org/a1 'flood' in \"A flood hit Sylhet.\""


def test_figures_and_number_filter(make_rules: Any) -> None:
    fig = figure(180_000, location="Idlib")
    text = _message(
        make_rules,
        "{{ figures[0].value | number }} {{ figures[0].unit }} from {{ figures[0].location }}",
        condition="figure: {value: '>= 100'}",
        fx=facts(figures=(fig,)),
    )
    assert text == "180,000 people from Idlib"


def test_default_message_says_what_why_and_where(make_rules: Any) -> None:
    rules = make_rules("terms: {any: [flood]}")
    (match,) = rules.evaluate(article("A flood hit Sylhet.", title="Floods"), facts())
    assert match.message == "Test rule: Floods\n'flood' in \"A flood hit Sylhet.\"\nhttps://example.org/a1"


def test_message_size_is_bounded(make_rules: Any) -> None:
    text = _message(make_rules, "{% for i in range(5000) %}{{ article.title }}{% endfor %}")
    assert len(text) == 2000 and text.endswith("…")


def test_runtime_template_failure_falls_back_to_default_message(make_rules: Any, caplog: Any) -> None:
    # Validated with a sample figure (the rule has a figure condition), but this article
    # matches through its words, without figures: the alert must still go out.
    rules = make_rules(
        "any: [{figure: {}}, {terms: {any: [flood]}}]",
        extra_rule="message: '{{ figures[0].text }}'",
    )
    with caplog.at_level(logging.WARNING):
        (match,) = rules.evaluate(article("A flood hit Sylhet.", title="Floods"), facts())
    assert match.message.startswith("Test rule: Floods\n")
    assert "rule r: message template failed" in caplog.text


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("{{ article.__class__.__mro__ }}", "template error"),
        ("{{ 'x' * 100000000 }}", "repetition too large"),
        ("{{ 10 ** 100000 }}", "exponent too large"),
    ],
)
def test_sandbox_rejects_unsafe_templates_at_load(make_rules: Any, template: str, problem: str) -> None:
    with pytest.raises(RuleSetError) as info:
        make_rules("terms: {any: [flood]}", extra_rule=f"message: {template!r}")
    (err,) = info.value.errors
    assert err.rule_id == "r" and problem in err.message


def test_message_can_be_rendered_again_for_fewer_figures(make_rules: Any) -> None:
    rules = make_rules("figure: {}", extra_rule="message: '{% for f in figures %}{{ f.value }} {% endfor %}'")
    art = article("x")
    (match,) = rules.evaluate(art, facts(figures=(figure(100), figure(200))))
    assert match.message == "100 200"
    one = match.model_copy(update={"figures": match.figures[1:]})
    assert rules.render_message(art, one) == "200"


@pytest.mark.parametrize(
    "source",
    [
        DEFAULT_MESSAGE,
        "{{ rule.severity }} | {{ article.feed }} {{ figures }}\n{{ match.rule_id }} {{ article.published }}",
        "  {{ why }}  ",
        "{{ rule.name | upper }} {% if figures %}{{ figures[0].text }}{% endif %}",  # not plain: Jinja
    ],
)
def test_plain_templates_render_exactly_as_jinja(source: str) -> None:
    template = compile_template(source)
    assert (template.plain is None) == ("{%" in source)
    info = RuleInfo("r", "Rising water", "", "high", ("floods",), ("console",), False)
    match = sample_match(info, True, True)
    jinja_only = MessageTemplate(template.jinja, None)
    expected = render(jinja_only, sample_article(), info, match)
    assert render(template, sample_article(), info, match) == expected
    # Rendered before the Match exists, when the template does not name `match`.
    early = render_found(template, sample_article(), info, match.evidence, match.figures, match.warnings)
    assert early == (None if "match" in source or "{%" in source else expected)


def test_plain_templates_report_missing_attributes_as_jinja_does(make_rules: Any) -> None:
    with pytest.raises(RuleSetError, match="has no attribute 'headline'"):
        make_rules("terms: {any: [flood]}", extra_rule="message: '{{ article.headline }}'")


def test_every_rule_sharing_a_broken_plain_template_is_reported(tmp_path: Path) -> None:
    # Plain templates that render are checked once per shape; one that fails is never taken
    # as checked, so each rule using it gets its own located error.
    rule = """
  - id: {rid}
    name: Rule {rid}
    severity: low
    channels: [console]
    message: '{{{{ rule.name }}}}: {{{{ article.headline }}}}'
    condition: {{terms: {{any: [flood]}}}}
"""
    body = "version: 1\nrules:" + rule.format(rid="first") + rule.format(rid="second")
    with pytest.raises(RuleSetError) as info:
        load_rules([write(tmp_path, "r.yaml", body)])
    assert [(e.rule_id, "has no attribute 'headline'" in e.message) for e in info.value.errors] == [
        ("first", True),
        ("second", True),
    ]


def test_a_plain_template_shared_by_many_rules_renders_for_each(tmp_path: Path) -> None:
    rule = """
  - id: {rid}
    name: Rule {rid}
    severity: low
    channels: [console]
    message: '{{{{ rule.name }}}} on {{{{ article.title }}}}'
    condition: {{terms: {{any: [{word}]}}}}
"""
    body = "version: 1\nrules:" + rule.format(rid="a", word="flood") + rule.format(rid="b", word="floods")
    rules = load_rules([write(tmp_path, "r.yaml", body)])
    matches = rules.evaluate(article("One flood, then more floods.", title="Sylhet"), facts())
    assert [m.message for m in matches] == ["Rule a on Sylhet", "Rule b on Sylhet"]


@pytest.mark.parametrize(
    "template",
    [
        DEFAULT_MESSAGE,
        "{{ rule.id }}/{{ rule.severity }} {{ rule.tags }} {{ rule.novelty }}: {{ article.title }} {{ why }}",
        "{{ article.published }} {{ article.fetched }} {{ article.tags }} {{ article.feed }}",
        "braces {x} {0} } { in {{ article.url }}",
        "{{ why }}",
    ],
)
def test_a_template_bound_to_its_rule_renders_what_jinja_renders(template: str) -> None:
    info = RuleInfo("r{0}", "A {name} rule }", "", "high", ("t",), ("console",), False)
    compiled = compile_template(template)
    bound = bind(compiled, info)
    assert bound is not None
    match = sample_match(info, figures=False, warnings=False)
    art = sample_article()
    variables = {
        "article": art,
        "rule": info,
        "match": match,
        "figures": (),
        "warnings": (),
        "evidence": match.evidence,
        "why": why(match.evidence),
    }
    assert render_bound(bound, art, why(match.evidence)) == compiled.jinja.render(**variables).strip()


@pytest.mark.parametrize(
    "template", ["{{ match.rule_id }}", "{{ figures }}", "{{ article.make_id }}", "{% if why %}x{% endif %}"]
)
def test_templates_naming_more_than_the_article_rule_and_why_are_not_bound(template: str) -> None:
    info = RuleInfo("r", "Rule", "", "high", (), ("console",), False)
    assert bind(compile_template(template), info) is None


def test_why_names_one_piece_of_evidence_by_its_kind_and_sentence() -> None:
    # The line most alerts carry: one reason, shown by kind, with its sentence cut at 240.
    said = "Rivers flood the plain."
    term = Evidence(kind="term", label="flood", text="flood", sentence=said)
    assert why((term,)) == f"'flood' in \"{said}\""
    fig = Evidence(kind="figure", label="value >= 100", text="about 300 people", sentence=said)
    assert why((fig,)) == f"figure 'about 300 people' in \"{said}\""
    assert why((Evidence(kind="feed", label="feed desk-a", text="desk-a", field="meta"),)) == "feed desk-a"
    long = "word " * 80
    shown = why((Evidence(kind="term", label="word", text="word", sentence=long),))
    assert shown == f"'word' in \"{long[:239]}…\""
    # Two reasons in two sentences: the first sentence's, and how many others hold some.
    other = Evidence(kind="term", label="plain", text="plain", sentence="The plain dried out.")
    assert why((term, other)) == f"'flood' in \"{said}\" (+1 more)"
