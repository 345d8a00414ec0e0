"""Alert message templates: Jinja2, sandboxed, strict, bounded, and checked when rules load.

A template is rendered once at load time over a sample article and match shaped like the
rule's own (figures only if the rule has a figure condition, and so on), so a misspelt
variable or attribute is a validation error with its line, not a failed alert at 3 a.m.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from alerts.errors import TemplateProblem
from alerts.models import Article, Evidence, Figure, Match, OffensiveWarning

VARIABLES = ("article", "rule", "match", "figures", "warnings", "evidence", "why")
MAX_MESSAGE_CHARS = 2_000
_MAX_REPEAT = 10_000


class _Environment(SandboxedEnvironment):
    # The sandbox blocks unsafe attributes, not memory: "x" * 10**9 would still allocate a
    # gigabyte, so repetition and powers are bounded too.
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "**" and isinstance(right, int) and right > 64:
            raise SecurityError("exponent too large in template")
        big = any(isinstance(x, int) and x > _MAX_REPEAT for x in (left, right))
        if operator_ == "*" and big and any(isinstance(x, str | list | tuple) for x in (left, right)):
            raise SecurityError("repetition too large in template")
        op: Callable[[Any, Any], Any] = operator.mul if operator_ == "*" else operator.pow
        return op(left, right)


def _number(value: Any) -> str:
    """1000000 -> '1,000,000': figures read better with separators on a phone."""
    return f"{value:,}" if isinstance(value, int) else str(value)


ENV = _Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
ENV.filters["number"] = _number


@dataclass(frozen=True)
class RuleInfo:
    """What a template sees as `rule`."""

    id: str
    name: str
    description: str
    severity: str
    tags: tuple[str, ...]
    channels: tuple[str, ...]
    novelty: bool


DEFAULT_MESSAGE = "{{ rule.name }}: {{ article.title }}\n{{ why }}\n{{ article.url }}"

# A plain template is only text and `{{ name }}` / `{{ name.attribute }}`: the default message
# and most messages people write. Those are rendered by joining the parts, which gives Jinja's
# output at a small fraction of its cost (a sandboxed render costs more than evaluating a rule).
Part = str | tuple[str, str | None]  # literal text, or (variable, attribute or None)


@dataclass(frozen=True)
class MessageTemplate:
    jinja: Template
    plain: tuple[Part, ...] | None  # the parts, when the template is plain
    # False for a plain template that does not name `match`: ``render_found`` renders it
    # before the Match exists, so the Match is built once, message included. Worked out once
    # here: it is asked for every rule that fires.
    needs_match: bool = field(init=False)

    def __post_init__(self) -> None:
        needs = self.plain is None or any(not isinstance(p, str) and p[0] == "match" for p in self.plain)
        object.__setattr__(self, "needs_match", needs)


def _plain_parts(ast: nodes.Template) -> tuple[Part, ...] | None:
    parts: list[Part] = []
    for output in ast.body:
        if not isinstance(output, nodes.Output):
            return None
        for node in output.nodes:
            if isinstance(node, nodes.TemplateData):
                parts.append(node.data)
            elif isinstance(node, nodes.Name):
                parts.append((node.name, None))
            elif (
                isinstance(node, nodes.Getattr)
                and isinstance(node.node, nodes.Name)
                and not node.attr.startswith("_")  # the sandbox's rule; leave those to Jinja
            ):
                parts.append((node.node.name, node.attr))
            else:
                return None
    return tuple(parts)


@lru_cache(maxsize=4096)
def compile_template(source: str) -> MessageTemplate:
    """Parse and check names; raises TemplateProblem. Cached: many rules share a template
    (the default one), and a compiled template is immutable."""
    try:
        ast = ENV.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.lineno or 1, f"template syntax error: {exc.message}") from None
    unknown = sorted(meta.find_undeclared_variables(ast) - set(VARIABLES))
    if unknown:
        line = next((i for i, text in enumerate(source.splitlines(), 1) if unknown[0] in text), 1)
        raise TemplateProblem(
            line, f"unknown template variable {unknown[0]!r} (available: {', '.join(VARIABLES)})"
        )
    return MessageTemplate(ENV.from_string(source), _plain_parts(ast))


def _said(ev: Evidence) -> str:
    """How one piece of evidence is named in the why line."""
    kind = ev.kind
    if kind in ("feed", "tag"):
        return ev.label
    if kind in ("figure", "warning"):
        return f"{kind} {ev.text!r}"
    return repr(ev.text)


def _in_sentence(head: str, sentence: str, more: str = "") -> str:
    if not sentence:
        return head + more
    shown = sentence if len(sentence) <= 240 else sentence[:239] + "…"
    return f'{head} in "{shown}"{more}'


def why(evidence: tuple[Evidence, ...] | list[Evidence]) -> str:
    """One line saying why the rule fired: the first sentence's matches, e.g.
    'offensive' + 'insist' in "...sentence..." (+1 more)."""
    if not evidence:
        return ""
    first = evidence[0]
    if len(evidence) == 1:  # most rules that fire show one piece of evidence: no grouping
        return _in_sentence(_said(first), first.sentence)
    where = (first.field, first.sentence)
    # One pass (this runs for every rule that fires): the first sentence's evidence, and how
    # many other sentences hold some.
    group = [first]
    elsewhere: set[tuple[str, str]] = set()
    for ev in evidence[1:]:
        at = (ev.field, ev.sentence)
        if at == where:
            group.append(ev)
        else:
            elsewhere.add(at)
    others = len(elsewhere)
    parts: list[str] = []
    for ev in group:
        part = _said(ev)
        if part not in parts:
            parts.append(part)
    head = " + ".join(parts[:5]) + (" + …" if len(parts) > 5 else "")
    return _in_sentence(head, first.sentence, f" (+{others} more)" if others > 0 else "")


def render(template: MessageTemplate, article: Article, rule: RuleInfo, match: Match) -> str:
    """Render, bounded to MAX_MESSAGE_CHARS. Raises whatever the template raises."""
    variables: dict[str, Any] = {
        "article": article,
        "rule": rule,
        "match": match,
        "figures": match.figures,
        "warnings": match.warnings,
        "evidence": match.evidence,
        "why": why(match.evidence),
    }
    text = _render_plain(template.plain, variables) if template.plain is not None else None
    if text is None:
        text = template.jinja.render(**variables)
    return _bounded(text)


def render_found(
    template: MessageTemplate,
    article: Article,
    rule: RuleInfo,
    evidence: tuple[Evidence, ...],
    figures: tuple[Figure, ...],
    warnings: tuple[OffensiveWarning, ...],
) -> str | None:
    """The message from what a rule found, before its Match exists, when the template is plain
    and does not name `match`; else None: build the Match and ``render``."""
    if template.needs_match:
        return None
    assert template.plain is not None
    variables: dict[str, Any] = {
        "article": article,
        "rule": rule,
        "figures": figures,
        "warnings": warnings,
        "evidence": evidence,
        "why": why(evidence),
    }
    text = _render_plain(template.plain, variables)
    return None if text is None else _bounded(text)


def bind(template: MessageTemplate, rule: RuleInfo) -> str | None:
    """A rule's plain template as a ``str.format`` string over (article, why), with the rule's
    own values written in once at load; None when the template names anything else (match,
    figures, evidence, an attribute an Article has no field for...): ``render_found`` and
    ``render`` handle those. ``render_bound`` then renders a firing rule's message with one
    C-level call: the same text ``_render_plain`` gives (``format(value, "")`` is ``str(value)``
    for the str, int, datetime and None an Article's fields hold), at a fraction of its cost.
    """
    if template.plain is None or template.needs_match:
        return None
    out: list[str] = []
    for part in template.plain:
        if isinstance(part, str):
            out.append(_literal(part))
            continue
        name, attribute = part
        if name == "why" and attribute is None:
            out.append("{1}")
        elif name == "rule" and attribute is not None:
            value = getattr(rule, attribute, _MISSING)
            if value is _MISSING or not _safe(rule, attribute):
                return None
            out.append(_literal(str(value)))
        elif name == "article" and attribute in Article.model_fields and _safe_article(attribute):
            out.append(f"{{0.{attribute}}}")
        else:
            return None
    return "".join(out)


def render_bound(bound: str, article: Article, why_line: str) -> str:
    """The message of a rule whose template ``bind`` gave ``bound``, with ``why_line`` the
    `why` of its evidence (``why(evidence)``: rules sharing their evidence share it)."""
    return _bounded(bound.format(article, why_line))


def _literal(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _safe_article(attribute: str) -> bool:
    # The sandbox's verdict depends on the owner's type only: any Article will do.
    return _safe(_SAMPLE_ARTICLE, attribute)


def _bounded(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[: MAX_MESSAGE_CHARS - 1] + "…"
    return text


def _render_plain(parts: tuple[Part, ...], variables: dict[str, Any]) -> str | None:
    """Jinja's output for a plain template, or None to let Jinja render (and report) it."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        name, attribute = part
        value = variables[name]
        if attribute is not None:
            owner, value = value, getattr(value, attribute, _MISSING)
            # Missing (Jinja would try an item, then fail) or not allowed by the sandbox: Jinja
            # renders it, so the outcome and the error are the sandbox's own.
            if value is _MISSING or not _safe(owner, attribute):
                return None
        out.append(str(value))
    return "".join(out)


_MISSING = object()


_SAFE: dict[tuple[type, str], bool] = {}


def _safe(owner: Any, attribute: str) -> bool:
    """The sandbox's verdict on ``owner.attribute``, which depends on the owner's type and the
    name only (names starting with `_`, internals of functions, frames, generators...)."""
    key = (type(owner), attribute)
    verdict = _SAFE.get(key)
    if verdict is None:
        verdict = _SAFE[key] = ENV.is_safe_attribute(owner, attribute, None)
    return verdict


def fallback_message(article: Article, rule: RuleInfo, match: Match) -> str:
    """Used if a template fails at run time (e.g. an index the sample had): never lose an alert."""
    return f"{rule.name}: {article.title}\n{why(match.evidence)}\n{article.url}"[:MAX_MESSAGE_CHARS]


# --- the sample a template is checked against ----------------------------------------------
_SAMPLE_TEXT = (
    "Thousands flee as offensive looms. About 180 families, or roughly 1,000 people, fled Idlib "
    "on Wednesday. Officials warned that an offensive on Idlib could come soon."
)


def sample_article() -> Article:
    return Article(
        id="sample",
        feed="sample-feed",
        url="https://example.org/news/sample",
        title="Sample headline: thousands flee Idlib",
        text=_SAMPLE_TEXT,
        published=datetime(2018, 9, 7, tzinfo=UTC),
        fetched=datetime(2018, 9, 7, 1, tzinfo=UTC),
        tags=("sample",),
    )


_SAMPLE_ARTICLE = sample_article()


def sample_match(rule: RuleInfo, figures: bool, warnings: bool) -> Match:
    fig = Figure(
        value=180,
        unit="families",
        approx=True,
        kind="new_displacement",
        location="Idlib",
        text="About 180 families",
        sentence="About 180 families, or roughly 1,000 people, fled Idlib on Wednesday.",
        start=34,
        end=52,
        people_estimate=900,
    )
    warn = OffensiveWarning(
        location="Idlib",
        cue="warned that an offensive",
        sentence="Officials warned that an offensive on Idlib could come soon.",
        start=117,
        end=141,
    )
    evidence = [
        Evidence(
            kind="term",
            label="offensive",
            text="offensive",
            start=22,
            end=31,
            sentence="Thousands flee as offensive looms.",
        )
    ]
    if figures:
        evidence.append(
            Evidence(
                kind="figure",
                label="value >= 100",
                text=fig.text,
                start=fig.start,
                end=fig.end,
                sentence=fig.sentence,
            )
        )
    if warnings:
        evidence.append(
            Evidence(
                kind="warning",
                label="offensive warning",
                text=warn.cue,
                start=warn.start,
                end=warn.end,
                sentence=warn.sentence,
            )
        )
    return Match(
        rule_id=rule.id,
        rule_name=rule.name,
        severity=rule.severity,  # type: ignore[arg-type]
        channels=rule.channels,
        tags=rule.tags,
        article_id="sample",
        evidence=tuple(evidence),
        figures=(fig,) if figures else (),
        warnings=(warn,) if warnings else (),
    )


# Plain templates that rendered over the sample: whether one renders depends only on the types
# of what it names (attributes of the article, rule and match), never on a rule's values, so
# the 5,000 rules of a large set sharing the default message check it once.
_PLAIN_CHECKED: set[tuple[MessageTemplate, bool, bool]] = set()
_PLAIN_CHECKED_MAX = 4096


def check_render(template: MessageTemplate, rule: RuleInfo, figures: bool, warnings: bool) -> None:
    """Render over the sample; raises TemplateProblem saying what went wrong."""
    key = (template, figures, warnings)
    if template.plain is not None and key in _PLAIN_CHECKED:
        return
    try:
        render(template, sample_article(), rule, sample_match(rule, figures, warnings))
    except Exception as exc:  # any template failure is the author's to fix, so report it
        line = getattr(exc, "lineno", None) or 1
        detail = str(exc)
        if "no element 0" in detail or "index out of range" in detail:
            detail += " (this rule may match without figures or warnings: guard with {% if figures %})"
        raise TemplateProblem(line, f"template error: {detail}") from None
    if template.plain is not None:
        if len(_PLAIN_CHECKED) >= _PLAIN_CHECKED_MAX:
            _PLAIN_CHECKED.clear()
        _PLAIN_CHECKED.add(key)
