"""`alerts eval DATASET.jsonl [--json] [--split PART]`: score the bot on a labelled dataset.

Two dataset forms, recognised by their fields:
- sentences (displacement-dev.jsonl): the extractor alone, figure by figure;
- articles (articles-dev.jsonl, `should_alert_displacement`): what a coordinator sees. Each
  article goes through the running bot's own path, `alerts.dispatch.evaluate.process` with the
  shipped rules and `extract_facts`, and the alerts that come out are scored per article.

What is scored, per article: a displacement alert is any alert of a rule tagged `displacement`
(or carrying figures); a warning is any alert of a rule tagged `offensive` (or carrying
warnings), and its place is the first warned place the alerts name, right when it is the labelled
place or one of its aliases. Figures inside displacement alerts: a figure is right when the article
has a labelled figure of the same value and unit (each used once; `optional` ones are neither
rewarded nor punished), and recall counts the labelled new and projected figures that the alerts
carry. Each false alarm and miss is listed with the sentence behind it.

`--split`: items are put in a tune part or a held-out part by a hash of their id (about one in
three held out), so the same item is always on the same side. Tune on one part, check on the
other: the held-out figure is the one that predicts unseen news. The article report always ends
with both parts' figures.

Exit status: 0 after a report, 2 when the dataset or the rules cannot be read (the message says
file:line).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import click
from pydantic import BaseModel, ConfigDict

from alerts.dispatch.evaluate import process
from alerts.errors import DatasetError, RuleSetError
from alerts.extract import extract_facts
from alerts.extract.scoring import Report, Scores, evaluate, parse_items, parse_jsonl
from alerts.models import Article, Facts, Figure, Kind, Match, OffensiveWarning, Unit
from alerts.rules.engine import RuleSet
from alerts.rules.loader import load_rules
from alerts.text.dates import date_in_address

Part = Literal["all", "tune", "held-out"]
ALERTED_KINDS: frozenset[str] = frozenset({"new_displacement", "projected"})
DEFAULT_RULES = Path("rules")


def part_of(item_id: str) -> Literal["tune", "held-out"]:
    """The item's side of the split: a stable hash of its id, one in three held out."""
    return "held-out" if hashlib.sha256(item_id.encode("utf-8")).digest()[0] % 3 == 0 else "tune"


# --- sentence datasets ---------------------------------------------------------------------
def _lines(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for row in rows:
        out.append(f"  {row['item']}: {row['text']}")
        for key in keys:
            value = row.get(key)
            if isinstance(value, list):
                value = "; ".join(str(v) for v in value)
            out.append(f"      {key.replace('_', ' ')}: {value}")
    return out


def render(report: Report, name: str) -> str:
    """The human-readable report for a sentence dataset."""
    f, w = report.figures, report.warnings
    tp = f.tp
    lines = [
        f"Extractor evaluation on {name} ({report.items} items)",
        "",
        f"Figures   precision {f.precision:.3f}  recall {f.recall:.3f}  F1 {f.f1:.3f}"
        f"   (correct {f.tp}, false alarms {f.fp}, misses {f.fn})",
        f"          kind accuracy     {report.kind_accuracy:.3f}  ({report.kind_correct}/{tp})",
        f"          location accuracy {report.location_accuracy:.3f}  ({report.location_correct}/{tp})",
        f"          approx accuracy   {report.approx_accuracy:.3f}  ({report.approx_correct}/{tp})",
        f"Warnings  precision {w.precision:.3f}  recall {w.recall:.3f}  F1 {w.f1:.3f}"
        f"   (correct {w.tp}, false alarms {w.fp}, misses {w.fn})",
    ]
    sections = (
        ("Figure misses", report.figure_misses, ("expected", "got")),
        ("Figure false alarms", report.figure_false_alarms, ("got", "as_written", "expected")),
        ("Wrong kind", report.kind_errors, ("as_written", "expected", "got")),
        ("Wrong location", report.location_errors, ("as_written", "expected", "got")),
        ("Warning misses", report.warning_misses, ("expected", "got")),
        ("Warning false alarms", report.warning_false_alarms, ("expected", "got")),
    )
    for title, rows, keys in sections:
        lines += ["", f"{title} ({len(rows)})"]
        lines += _lines(rows, keys) if rows else ["  none"]
    return "\n".join(lines)


# --- article datasets ----------------------------------------------------------------------
class GoldArticleFigure(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    value: int
    range_high: int | None = None
    unit: Unit
    approx: bool = False
    kind: Kind
    location: str | None = None
    text: str = ""
    optional: bool = False


class GoldArticle(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    source: str = ""
    title: str = ""
    date_hint: str | None = None
    text: str
    should_alert_displacement: bool
    figures: tuple[GoldArticleFigure, ...] = ()
    should_alert_offensive_warning: bool
    warning_place: str | None = None
    warning_place_aliases: tuple[str, ...] = ()


def is_article_dataset(lines: Sequence[str]) -> bool:
    """True when the first item carries article labels (`should_alert_displacement`)."""
    for line in lines:
        if line.strip():
            try:
                raw = json.loads(line)
            except json.JSONDecodeError:
                return False
            return isinstance(raw, dict) and "should_alert_displacement" in raw
    return False


def parse_articles(lines: Iterable[str], source: str = "<dataset>") -> list[GoldArticle]:
    """Parse article JSON lines; blank lines are skipped. Raises DatasetError with file:line."""
    return parse_jsonl(lines, GoldArticle, source)


def _norm(text: str | None) -> str:
    return " ".join(text.split()).casefold() if text else ""


def _snippet(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def is_displacement(match: Match) -> bool:
    """A displacement alert: a rule tagged `displacement`, or one that carries figures."""
    return "displacement" in match.tags or (bool(match.figures) and "offensive" not in match.tags)


def is_warning(match: Match) -> bool:
    """An offensive-warning alert: a rule tagged `offensive`, or one that carries warnings."""
    return "offensive" in match.tags or bool(match.warnings)


def warned_place(matches: Sequence[Match]) -> str | None:
    """The place a coordinator reads in the warning alerts: the first warning's place, else
    the place the match names."""
    for m in matches:
        for w in m.warnings:
            if w.location:
                return w.location
    for m in matches:
        place = m.place()
        if place:
            return place
    return None


@dataclass
class RuleTally:
    fired: int = 0
    correct: int = 0  # on articles labelled for the rule's kind of alert


@dataclass
class ArticleReport:
    items: int = 0
    displacement: Scores = field(default_factory=Scores)
    warnings: Scores = field(default_factory=Scores)
    figures: Scores = field(default_factory=Scores)
    figures_found: int = 0  # the new and projected figures found (recall); figures.tp: right ones shown
    place_correct: int = 0
    rules: dict[str, RuleTally] = field(default_factory=dict)
    displacement_false_alarms: list[dict[str, Any]] = field(default_factory=list)
    displacement_misses: list[dict[str, Any]] = field(default_factory=list)
    warning_false_alarms: list[dict[str, Any]] = field(default_factory=list)
    warning_misses: list[dict[str, Any]] = field(default_factory=list)
    wrong_places: list[dict[str, Any]] = field(default_factory=list)
    figure_false_alarms: list[dict[str, Any]] = field(default_factory=list)
    figure_misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def place_accuracy(self) -> float:
        return self.place_correct / self.warnings.tp if self.warnings.tp else 0.0

    @property
    def figure_recall(self) -> float:
        expected = self.figures_found + self.figures.fn
        return self.figures_found / expected if expected else 1.0

    @property
    def figure_f1(self) -> float:
        p, r = self.figures.precision, self.figure_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "displacement_alerts": self.displacement.as_dict(),
            "warnings": {**self.warnings.as_dict(), "place_accuracy": round(self.place_accuracy, 4)},
            "figures_in_alerts": {
                **self.figures.as_dict(),
                "recall": round(self.figure_recall, 4),
                "f1": round(self.figure_f1, 4),
                "found": self.figures_found,
            },
        }

    def to_dict(self) -> dict[str, Any]:
        out = self.summary()
        out["rules"] = {rid: {"fired": t.fired, "correct": t.correct} for rid, t in self.rules.items()}
        out["displacement_alerts"]["false_alarms"] = self.displacement_false_alarms
        out["displacement_alerts"]["misses"] = self.displacement_misses
        out["warnings"]["false_alarms"] = self.warning_false_alarms
        out["warnings"]["misses"] = self.warning_misses
        out["warnings"]["wrong_places"] = self.wrong_places
        out["figures_in_alerts"]["false_alarms"] = self.figure_false_alarms
        out["figures_in_alerts"]["misses"] = self.figure_misses
        return out


def hint_date(hint: str | None) -> date | None:
    """A date_hint as a date: YYYY-MM-DD, YYYY-MM or YYYY (a partial date counts from its start);
    None when absent or unreadable, as for an article whose feed gives no date."""
    if not hint:
        return None
    parts = hint.strip().split("-")
    try:
        numbers = [int(p) for p in parts[:3]] + [1] * (3 - len(parts[:3]))
        return date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None


def _published(item: GoldArticle, default: date | None) -> datetime | None:
    # an undated item's address may still say when it was filed (as the poller reads it)
    day = hint_date(item.date_hint) or date_in_address(item.source) or default
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC) if day else None


def article_of(item: GoldArticle, default_date: date | None = None) -> Article:
    """The article as the poller would produce it from the item's feed entry."""
    return Article(
        id=Article.make_id(None, item.source or None, item.text),
        feed="eval",
        url=item.source,
        title=item.title,
        text=item.text,
        published=_published(item, default_date),
        fetched=datetime.now(UTC),
    )


def _figure_line(fig: Any) -> str:
    place = f", {fig.location}" if fig.location else ""
    return f"{fig.value} {fig.unit} ({fig.kind}{place}) {fig.text!r}"


def _figure_in(fig: Figure) -> str:
    return f"{_figure_line(fig)} in: {_snippet(fig.sentence)}"


def _warning_in(warning: OffensiveWarning) -> str:
    return f"{warning.cue!r} ({warning.location or 'no place'}) in: {_snippet(warning.sentence)}"


def score_article(
    report: ArticleReport, item: GoldArticle, rules: RuleSet, default_date: date | None = None
) -> None:
    """Run one article through the bot's evaluate stage and score the alerts it yields."""
    article = article_of(item, default_date)

    def extract(text: str) -> Facts:
        return extract_facts(text, published=article.published)

    envelopes = process(article, rules, extract_facts, rules.story_rules)
    matches = [env.alert.match for env in envelopes]
    report.items += 1
    disp = [m for m in matches if is_displacement(m)]
    warn = [m for m in matches if is_warning(m)]
    for rid in dict.fromkeys(m.rule_id for m in matches):
        tally = report.rules.setdefault(rid, RuleTally())
        tally.fired += 1
        fired = [m for m in matches if m.rule_id == rid]
        if (any(is_displacement(m) for m in fired) and item.should_alert_displacement) or (
            any(is_warning(m) for m in fired) and item.should_alert_offensive_warning
        ):
            tally.correct += 1
    entry: dict[str, Any] = {"item": item.id, "title": _snippet(item.title, 100)}

    # Displacement alerts, per article.
    if disp and item.should_alert_displacement:
        report.displacement.tp += 1
    elif disp:
        report.displacement.fp += 1
        report.displacement_false_alarms.append(
            {
                **entry,
                "because": [f"{_figure_line(f)} in: {_snippet(f.sentence)}" for m in disp for f in m.figures],
            }
        )
    elif item.should_alert_displacement:
        report.displacement.fn += 1
        facts = extract(item.text)
        report.displacement_misses.append(
            {
                **entry,
                "expected": [_figure_line(g) for g in item.figures if g.kind in ALERTED_KINDS],
                "extractor_saw": [_figure_in(f) for f in facts.figures],
            }
        )

    # Figures inside displacement alerts, by value and unit; optional gold figures are ignored.
    predicted = list(dict.fromkeys((f.value, f.unit, f.text, f.start) for m in disp for f in m.figures))
    by_start = {f.start: f for m in disp for f in m.figures}
    # A figure is right when the article has it (value and unit: whether it should have alerted
    # is the article-level score); recall counts the new and projected figures.
    gold = list(item.figures)
    used = [False] * len(gold)
    for value, unit, _text, start in predicted:
        same = [i for i, g in enumerate(gold) if not used[i] and g.value == value and g.unit == unit]
        hit = next((i for i in same if gold[i].kind in ALERTED_KINDS), same[0] if same else None)
        if hit is None:
            report.figures.fp += 1
            f = by_start[start]
            report.figure_false_alarms.append(
                {**entry, "got": _figure_line(f), "sentence": _snippet(f.sentence)}
            )
            continue
        used[hit] = True
        if not gold[hit].optional:
            report.figures.tp += 1
    for i, g in enumerate(gold):
        if g.optional or g.kind not in ALERTED_KINDS:
            continue
        if used[i]:
            report.figures_found += 1
        else:
            report.figures.fn += 1
            report.figure_misses.append({**entry, "expected": _figure_line(g)})

    # Offensive warnings, per article, and the place the alert names.
    if warn and item.should_alert_offensive_warning:
        report.warnings.tp += 1
        place = warned_place(warn)
        names = {_norm(n) for n in (item.warning_place, *item.warning_place_aliases) if n}
        if _norm(place) in names:
            report.place_correct += 1
        else:
            report.wrong_places.append({**entry, "expected": item.warning_place, "got": place})
    elif warn:
        report.warnings.fp += 1
        why = [_warning_in(w) for m in warn for w in m.warnings]
        report.warning_false_alarms.append({**entry, "because": why or [m.rule_id for m in warn]})
    elif item.should_alert_offensive_warning:
        report.warnings.fn += 1
        facts = extract(item.text)
        report.warning_misses.append(
            {
                **entry,
                "expected": item.warning_place,
                "extractor_saw": [
                    f"{w.cue!r} ({w.location}) in: {_snippet(w.sentence)}" for w in facts.warnings
                ],
            }
        )


def evaluate_articles(
    items: Iterable[GoldArticle], rules: RuleSet, default_date: date | None = None
) -> ArticleReport:
    report = ArticleReport()
    for item in items:
        score_article(report, item, rules, default_date)
    return report


def _score_line(label: str, s: Scores, extra: str = "") -> str:
    return (
        f"{label:<24} precision {s.precision:.2f}  recall {s.recall:.2f}  F1 {s.f1:.2f}"
        f"   (correct {s.tp}, false alarms {s.fp}, misses {s.fn}){extra}"
    )


def _table(report: ArticleReport) -> list[str]:
    f = report.figures
    return [
        _score_line("displacement alerts", report.displacement),
        _score_line(
            "offensive warnings",
            report.warnings,
            f"; right place {report.place_accuracy:.2f} ({report.place_correct}/{report.warnings.tp})",
        ),
        f"{'figures inside alerts':<24} precision {f.precision:.2f}  recall {report.figure_recall:.2f}"
        f"  F1 {report.figure_f1:.2f}   (right {f.tp}, wrong {f.fp}; found {report.figures_found},"
        f" missed {f.fn})",
    ]


def render_articles(report: ArticleReport, name: str, parts: dict[str, ArticleReport], split: Part) -> str:
    """The human-readable report for an article dataset."""
    shown = "" if split == "all" else f", {split} part"
    lines = [f"Alerts on {name} ({report.items} articles{shown}; shipped rules, the bot's evaluate path)", ""]
    lines += _table(report)
    lines += ["", "Per rule (articles it fired on; of them, labelled for that kind of alert)"]
    for rid, tally in sorted(report.rules.items()):
        lines.append(f"  {rid:<34} fired {tally.fired:>3}  right {tally.correct:>3}")
    sections: tuple[tuple[str, list[dict[str, Any]]], ...] = (
        ("Displacement false alarms", report.displacement_false_alarms),
        ("Displacement misses", report.displacement_misses),
        ("Warning false alarms", report.warning_false_alarms),
        ("Warning misses", report.warning_misses),
        ("Warnings with the wrong place", report.wrong_places),
        ("Figure false alarms (inside alerts)", report.figure_false_alarms),
        ("Figure misses (inside alerts)", report.figure_misses),
    )
    for title, rows in sections:
        lines += ["", f"{title} ({len(rows)})"]
        if not rows:
            lines.append("  none")
        for row in rows:
            lines.append(f"  {row['item']}: {row['title']}")
            for key, value in row.items():
                if key in ("item", "title"):
                    continue
                values = value if isinstance(value, list) else [value]
                for v in values or ["nothing"]:
                    lines.append(f"      {key.replace('_', ' ')}: {v}")
    lines += ["", "Split by a hash of the id (tune on one part, judge on the other):"]
    for part, sub in parts.items():
        lines.append(f"  {part} ({sub.items} articles)")
        lines += [f"    {line}" for line in _table(sub)]
    return "\n".join(lines)


# --- the command ---------------------------------------------------------------------------
def _load_rules(path: Path) -> RuleSet:
    try:
        return load_rules([path])
    except RuleSetError as exc:
        click.echo(exc.format(), err=True)
        raise SystemExit(2) from None


def _select(items: Sequence[Any], split: Part) -> list[Any]:
    return [i for i in items if split == "all" or part_of(i.id) == split]


def _run_articles(
    lines: list[str], source: str, rules_dir: Path, split: Part, default_date: date | None, as_json: bool
) -> None:
    items = parse_articles(lines, source=source)
    rules = _load_rules(rules_dir)

    def run(chosen: Sequence[GoldArticle]) -> ArticleReport:
        return evaluate_articles(chosen, rules, default_date)

    parts = {"tune": run(_select(items, "tune")), "held-out": run(_select(items, "held-out"))}
    report = run(_select(items, split))
    if as_json:
        out = report.to_dict()
        out["split"] = split
        out["parts"] = {name: sub.summary() for name, sub in parts.items()}
        click.echo(json.dumps(out, ensure_ascii=False))
    else:
        click.echo(render_articles(report, Path(source).name, parts, split))


@click.command("eval")
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the report.")
@click.option(
    "--split",
    type=click.Choice(["all", "tune", "held-out"]),
    default="all",
    show_default=True,
    help="Score only one part of the dataset (parts are chosen by a hash of each item's id).",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_RULES,
    show_default=True,
    help="Rules directory or file (article datasets).",
)
@click.option(
    "--date",
    "default_date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date for articles whose item has no date_hint (YYYY-MM-DD).",
)
def eval_command(
    dataset: Path, as_json: bool, split: Part, rules_dir: Path, default_date: datetime | None
) -> None:
    """Score the bot on DATASET (JSON lines): labelled sentences (the extractor's figures and
    warnings) or labelled articles (the alerts the shipped rules send)."""
    try:
        lines = dataset.read_text(encoding="utf-8").splitlines()
        if is_article_dataset(lines):
            day = default_date.date() if default_date else None
            _run_articles(lines, str(dataset), rules_dir, split, day, as_json)
            return
        items = _select(parse_items(lines, source=str(dataset)), split)
    except DatasetError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    except (OSError, UnicodeDecodeError) as exc:
        click.echo(f"error: {dataset}: cannot read: {exc}", err=True)
        raise SystemExit(2) from None
    report = evaluate(items)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        click.echo(render(report, dataset.name))
