"""Score the extractor against labelled items (the displacement-dev.jsonl format). No I/O.

Figures: a predicted figure is correct when its value and unit match a gold figure of the same
item that has not been used yet (each gold figure counts once). Kind, location and approx are
then compared on the correct figures only. Locations compare case-insensitively with whitespace
normalised; a missing location equals a missing location.

Warnings: scored per item. An item is predicted positive when `detect_warnings` finds anything.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from alerts.errors import DatasetError
from alerts.extract import extract_facts
from alerts.models import Extractor, Facts, Figure, Kind, Unit


class GoldFigure(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    value: int
    range_high: int | None = None
    unit: Unit
    approx: bool
    kind: Kind
    location: str | None = None


class GoldItem(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    text: str
    figures: tuple[GoldFigure, ...] = ()
    offensive_warning: bool
    warning_location: str | None = None


def parse_items(lines: Iterable[str], source: str = "<dataset>") -> list[GoldItem]:
    """Parse JSON lines into items; blank lines are skipped. Raises DatasetError with file:line."""
    return parse_jsonl(lines, GoldItem, source)


Item = TypeVar("Item", bound=BaseModel)


def parse_jsonl(lines: Iterable[str], model: type[Item], source: str = "<dataset>") -> list[Item]:
    """Labelled items, one JSON object a line, each with a unique ``id``; blank lines are skipped.
    Raises DatasetError with file:line and what is wrong."""
    items: list[Item] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(source, number, f"not valid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(raw, dict):
            raise DatasetError(source, number, "expected a JSON object")
        try:
            item = model.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "item"
            raise DatasetError(source, number, f"{where}: {first['msg']}") from None
        item_id = str(getattr(item, "id", number))
        if item_id in seen:
            raise DatasetError(source, number, f"duplicate id {item_id!r}")
        seen.add(item_id)
        items.append(item)
    return items


def _norm(location: str | None) -> str | None:
    return " ".join(location.split()).casefold() if location else None


def describe(fig: Figure | GoldFigure) -> str:
    """One line for a figure: '180 families (approx, new_displacement, location None)'."""
    value = f"{fig.value}-{fig.range_high}" if fig.range_high else str(fig.value)
    hedge = "approx, " if fig.approx else ""
    return f"{value} {fig.unit} ({hedge}{fig.kind}, location {fig.location!r})"


def _snippet(text: str, limit: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    items: int = 0
    figures: Scores = field(default_factory=Scores)
    warnings: Scores = field(default_factory=Scores)
    kind_correct: int = 0
    location_correct: int = 0
    approx_correct: int = 0
    figure_misses: list[dict[str, Any]] = field(default_factory=list)
    figure_false_alarms: list[dict[str, Any]] = field(default_factory=list)
    kind_errors: list[dict[str, Any]] = field(default_factory=list)
    location_errors: list[dict[str, Any]] = field(default_factory=list)
    warning_misses: list[dict[str, Any]] = field(default_factory=list)
    warning_false_alarms: list[dict[str, Any]] = field(default_factory=list)

    def _rate(self, n: int) -> float:
        return n / self.figures.tp if self.figures.tp else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self._rate(self.kind_correct)

    @property
    def location_accuracy(self) -> float:
        return self._rate(self.location_correct)

    @property
    def approx_accuracy(self) -> float:
        return self._rate(self.approx_correct)

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "figures": {
                **self.figures.as_dict(),
                "kind_accuracy": round(self.kind_accuracy, 4),
                "location_accuracy": round(self.location_accuracy, 4),
                "approx_accuracy": round(self.approx_accuracy, 4),
                "misses": self.figure_misses,
                "false_alarms": self.figure_false_alarms,
                "kind_errors": self.kind_errors,
                "location_errors": self.location_errors,
            },
            "warnings": {
                **self.warnings.as_dict(),
                "misses": self.warning_misses,
                "false_alarms": self.warning_false_alarms,
            },
        }


def _score_figures(report: Report, item: GoldItem, predicted: Sequence[Figure]) -> None:
    used = [False] * len(item.figures)
    for fig in predicted:
        same = [
            i
            for i, g in enumerate(item.figures)
            if not used[i] and g.value == fig.value and g.unit == fig.unit
        ]
        if not same:
            report.figures.fp += 1
            report.figure_false_alarms.append(
                {
                    "item": item.id,
                    "text": _snippet(fig.sentence),
                    "got": describe(fig),
                    "as_written": fig.text,
                    "expected": [describe(g) for g in item.figures] or ["no figure"],
                }
            )
            continue
        # several gold figures may share value and unit: prefer the one whose kind also matches
        i = next((i for i in same if item.figures[i].kind == fig.kind), same[0])
        used[i] = True
        gold = item.figures[i]
        report.figures.tp += 1
        entry = {"item": item.id, "text": _snippet(fig.sentence), "as_written": fig.text}
        if gold.kind == fig.kind:
            report.kind_correct += 1
        else:
            report.kind_errors.append({**entry, "expected": gold.kind, "got": fig.kind})
        if _norm(gold.location) == _norm(fig.location):
            report.location_correct += 1
        else:
            report.location_errors.append({**entry, "expected": gold.location, "got": fig.location})
        report.approx_correct += gold.approx == fig.approx
    for i, gold in enumerate(item.figures):
        if not used[i]:
            report.figures.fn += 1
            report.figure_misses.append(
                {
                    "item": item.id,
                    "text": _snippet(item.text),
                    "expected": describe(gold),
                    "got": [describe(f) for f in predicted] or ["no figure"],
                }
            )


def _score_warning(report: Report, item: GoldItem, facts: Facts) -> None:
    predicted = bool(facts.warnings)
    entry = {
        "item": item.id,
        "text": _snippet(item.text),
        "expected": f"warning (location {item.warning_location!r})"
        if item.offensive_warning
        else "no warning",
        "got": [f"{w.cue!r} (location {w.location!r})" for w in facts.warnings] or ["no warning"],
    }
    if predicted and item.offensive_warning:
        report.warnings.tp += 1
    elif predicted:
        report.warnings.fp += 1
        report.warning_false_alarms.append(entry)
    elif item.offensive_warning:
        report.warnings.fn += 1
        report.warning_misses.append(entry)


def evaluate(items: Iterable[GoldItem], extract: Extractor = extract_facts) -> Report:
    """Run `extract` on every item's text and score it against the labels."""
    report = Report()
    for item in items:
        report.items += 1
        facts = extract(item.text)
        _score_figures(report, item, facts.figures)
        _score_warning(report, item, facts)
    return report
