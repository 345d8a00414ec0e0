"""Messages: rendered from the template, bounded, safe, and never lost at run time."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from alerts.errors import RuleSetError
from alerts.rules.templates import (
    DEFAULT_MESSAGE,
    MessageTemplate,
    RuleInfo,
    compile_template,
    render,
    render_found,
    sample_article,
    sample_match,
)
from alerts.testing.rulefiles import article, facts, figure


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
