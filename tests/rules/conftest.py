"""Helpers for rule tests: write small rule files, build articles and facts by hand."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from alerts.models import Article, Facts, Figure, OffensiveWarning
from alerts.rules import RuleSet, load_rules

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO.parent / "shared" / "data"
SEED = Path(__file__).resolve().parents[2] / "alerts" / "samples" / "seed-article-idlib.txt"
DEV_SET = SHARED_DATA / "displacement-dev.jsonl"
INVALID = Path(__file__).resolve().parent / "invalid"

CONTROL = """Liverpool edge Arsenal in five-goal thriller at Anfield

Liverpool came from behind to beat Arsenal 3-2 at Anfield on Sunday, with a late header
settling a match that swung back and forth in front of 53,000 fans.

Arsenal's manager warned before the game that his side would attack from the first minute,
and they did, taking the lead after eleven minutes through a sharp counter-attack.

"We feared their pressing, and it could have gone either way," the Liverpool captain said.
The two sides meet again in the cup next month.
"""


def article(text: str = "", title: str = "", **extra: Any) -> Article:
    fields: dict[str, Any] = {
        "id": "a1",
        "feed": "test-feed",
        "url": "https://example.org/a1",
        "title": title,
        "text": text,
        "fetched": datetime(2024, 1, 1, tzinfo=UTC),
    }
    fields.update(extra)
    return Article(**fields)


def figure(value: int, kind: str = "new_displacement", unit: str = "people", **extra: Any) -> Figure:
    fields: dict[str, Any] = {
        "value": value,
        "unit": unit,
        "approx": False,
        "kind": kind,
        "location": None,
        "text": f"{value} {unit}",
        "sentence": f"{value} {unit} fled.",
        "start": 0,
        "end": 5,
    }
    fields.update(extra)
    return Figure(**fields)


def warning(location: str | None = "Idlib", cue: str = "warned of an offensive") -> OffensiveWarning:
    return OffensiveWarning(location=location, cue=cue, sentence=f"They {cue}.", start=5, end=5 + len(cue))


def facts(figures: tuple[Figure, ...] = (), warnings: tuple[OffensiveWarning, ...] = ()) -> Facts:
    return Facts(figures=figures, warnings=warnings)


def write(directory: Path, name: str, body: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return path


def rule_file(condition: str, *, extra_rule: str = "", head: str = "", rule_id: str = "r") -> str:
    """A one-rule file; ``condition`` is YAML indented for its place under `condition:`."""
    cond = textwrap.indent(textwrap.dedent(condition).strip("\n"), " " * 6)
    extra = textwrap.indent(textwrap.dedent(extra_rule).strip("\n"), " " * 4) if extra_rule else ""
    return (
        "version: 1\n"
        + textwrap.dedent(head).strip("\n")
        + "\nrules:\n"
        + f"  - id: {rule_id}\n"
        + "    name: Test rule\n"
        + "    severity: high\n"
        + "    channels: [console]\n"
        + "    condition:\n"
        + cond
        + "\n"
        + (extra + "\n" if extra else "")
    )


@pytest.fixture
def make_rules(tmp_path: Path) -> Any:
    """make_rules(condition, ...) -> RuleSet with one rule `r` whose condition is given."""

    def build(condition: str, **kwargs: Any) -> RuleSet:
        path = tmp_path / "rules.yaml"
        path.write_text(rule_file(condition, **kwargs), encoding="utf-8")
        return load_rules([path])

    return build


def fired(rules: RuleSet, art: Article, fx: Facts | None = None) -> list[str]:
    return [m.rule_id for m in rules.evaluate(art, fx or Facts())]
