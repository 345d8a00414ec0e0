"""Rules, articles and facts written by hand, for rule tests: small rule files, a control article.

Sentences here are our own; no text from the shared datasets.
"""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alerts.models import Article, Facts, Figure, OffensiveWarning
from alerts.rules import RuleSet

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


def fired(rules: RuleSet, art: Article, fx: Facts | None = None) -> list[str]:
    return [m.rule_id for m in rules.evaluate(art, fx or Facts())]
