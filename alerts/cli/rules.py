"""`alerts rules ...`: validate rule files, dry-run them on an article, print the schema."""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from alerts.cli import common
from alerts.config import config_path
from alerts.errors import AlertsError, RuleSetError
from alerts.extract import extract_facts
from alerts.feeds.read import read_articles
from alerts.models import Evidence
from alerts.rules.engine import Outcome, RuleSet, sources_of
from alerts.rules.loader import load_rules
from alerts.rules.schema import json_schema

DEFAULT_RULES = Path("rules")


@click.group("rules")
def rules_group() -> None:
    """Rule files: validate them, try them on an article, print their JSON Schema."""


# --- validate ------------------------------------------------------------------------------
def _config_file() -> Path | None:
    chosen = common.config_file()
    path = config_path(chosen)
    # A named file must exist; the default alerts.yaml is only used when it is there.
    return path if chosen or os.environ.get("ALERTS_CONFIG") or path.is_file() else None


def _channel_names(config: Path) -> list[str]:
    """Channel names from the config file, read without substituting ${SECRETS}: validating
    rules in CI must not need the webhook tokens."""
    from ruamel.yaml.error import MarkedYAMLError

    from alerts.yamlload import load_yaml, syntax_error_line

    try:
        raw = load_yaml(config)
    except MarkedYAMLError as exc:
        line = syntax_error_line(exc)
        raise click.ClickException(f"{config}:{line}: invalid YAML: {exc.problem}") from None
    except OSError as exc:
        raise click.ClickException(f"{config}: cannot read the configuration: {exc.strerror}") from None
    channels = raw.get("channels") if isinstance(raw, dict) else None
    return [str(name) for name in channels] if isinstance(channels, dict) else []


@rules_group.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@common.config_option
def validate(paths: tuple[Path, ...]) -> None:
    """Check rule files (files or directories; default: rules/). Prints every problem.

    Channel names are checked against the configuration, when there is one."""
    targets = list(paths) or [DEFAULT_RULES]
    config_file = _config_file()
    channels = _channel_names(config_file) if config_file is not None else None
    try:
        ruleset = load_rules(targets, channels)
    except RuleSetError as exc:
        for err in exc.errors:
            click.echo(err.format())
        click.echo(f"{len(exc.errors)} problem(s) found", err=True)
        sys.exit(1)
    files = len(sources_of(targets))
    enabled = len(ruleset)
    checked = f"channels checked against {config_file}" if config_file else "channels not checked (no config)"
    click.echo(f"OK: {len(ruleset.rules)} rules ({enabled} enabled) in {files} file(s); {checked}")


# --- test ----------------------------------------------------------------------------------
@rules_group.command("test")
@click.argument("article")
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_RULES,
    show_default=True,
    help="Rules directory or file.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--explain", is_flag=True, help="Also say why every other rule did not fire.")
@click.option(
    "--date",
    "published",
    type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
    default=None,
    help="The article's date when the document has none (a feed's item date wins): figures are "
    "new only relative to it.",
)
def test_command(
    article: str, rules_dir: Path, as_json: bool, explain: bool, published: datetime | None
) -> None:
    """Run the rules on ARTICLE: a text file (first line = title), an RSS/Atom file, a URL,
    or - for stdin. Shows each rule that fires, its evidence and its message."""
    try:
        ruleset = load_rules([rules_dir])
    except RuleSetError as exc:
        click.echo(exc.format(), err=True)
        sys.exit(1)
    stdin = click.get_binary_stream("stdin").read() if article == "-" else None
    try:
        articles = read_articles(article, stdin)
    except (OSError, AlertsError) as exc:
        raise click.ClickException(f"cannot read {article}: {exc}") from None
    results = []
    when = published.replace(tzinfo=UTC) if published and published.tzinfo is None else published
    for art in articles:
        if art.published is None and when is not None:
            art = art.model_copy(update={"published": when})
        facts = extract_facts(art.text, published=art.published)
        results.append((art, facts, ruleset.explain(art, facts)))
    if as_json:
        click.echo(json.dumps(_as_json(results, explain), indent=2, ensure_ascii=False))
        return
    color = sys.stdout.isatty()
    for art, _, outcomes in results:
        _print_article(art.title, art.url, outcomes, explain, color, ruleset)


def _as_json(results: list[Any], explain: bool) -> dict[str, Any]:
    out = []
    for art, facts, outcomes in results:
        item: dict[str, Any] = {
            "article": {"id": art.id, "title": art.title, "url": art.url, "feed": art.feed},
            "facts": facts.model_dump(mode="json"),
            "matches": [o.match.model_dump(mode="json") for o in outcomes if o.match is not None],
        }
        if explain:
            item["not_fired"] = [
                {"rule_id": o.rule.id, "reasons": list(o.reasons)} for o in outcomes if o.match is None
            ]
        out.append(item)
    return {"articles": out}


def _print_article(
    title: str, url: str, outcomes: list[Outcome], explain: bool, color: bool, rs: RuleSet
) -> None:
    click.echo(f"== {title}\n   {url}")
    fired = [o for o in outcomes if o.match is not None]
    for o in fired:
        assert o.match is not None
        m = o.match
        head = f"FIRED {m.rule_id} ({m.severity} -> {', '.join(m.channels)}): {m.rule_name}"
        click.echo(click.style(head, bold=True) if color else head)
        click.echo("  evidence:")
        for line in _evidence_lines(m.evidence, color):
            click.echo(f"    {line}")
        click.echo("  message:")
        for line in m.message.splitlines():
            click.echo(f"    | {line}")
    if not fired:
        click.echo(f"no rule fired ({len(rs)} enabled rule(s) checked)")
    if explain:
        for o in outcomes:
            if o.match is None:
                click.echo(f"not fired: {o.rule.id}")
                for reason in o.reasons:
                    click.echo(f"    - {reason}")
    click.echo("")


def _mark(text: str, color: bool) -> str:
    return click.style(text, bold=True, fg="yellow") if color else f"[[{text}]]"


def _evidence_lines(evidence: tuple[Evidence, ...], color: bool) -> list[str]:
    """One line per piece of evidence, then each sentence once with every match in it marked."""
    lines = []
    by_sentence: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for ev in evidence:
        where = ev.field if ev.start < 0 else f"{ev.field} {ev.start}-{ev.end}"
        lines.append(f"{ev.kind} {ev.label}: {ev.text!r} ({where})")
        if ev.sentence:
            by_sentence[(ev.field, ev.sentence)].append(ev)
    for (field, sentence), items in by_sentence.items():
        lines.append(f"{field}: {_highlight(sentence, [e.text for e in items], color)}")
    return lines


def _highlight(sentence: str, texts: list[str], color: bool) -> str:
    spans: list[tuple[int, int]] = []
    for text in sorted(set(texts), key=len, reverse=True):
        at = sentence.find(text)
        while at >= 0:
            if all(at >= e or at + len(text) <= s for s, e in spans):
                spans.append((at, at + len(text)))
                break
            at = sentence.find(text, at + 1)
    out, pos = [], 0
    for s, e in sorted(spans):
        out += [sentence[pos:s], _mark(sentence[s:e], color)]
        pos = e
    out.append(sentence[pos:])
    return "".join(out)


# --- schema --------------------------------------------------------------------------------
def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


@rules_group.command()
def schema() -> None:
    """Print the JSON Schema of rule files (shipped as alerts/schema/rules.schema.json)."""
    click.echo(schema_text(), nl=False)
