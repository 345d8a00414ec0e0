"""`alerts eval DATASET.jsonl [--json]`: score the extractor on a labelled dataset.

The lead registers `eval_command` on the top-level `alerts` group. Exit status: 0 after a report,
2 when the dataset cannot be read or a line is malformed (the message says file:line).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from alerts.errors import DatasetError
from alerts.extract.scoring import Report, evaluate, parse_items


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
    """The human-readable report."""
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


@click.command("eval")
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the report.")
def eval_command(dataset: Path, as_json: bool) -> None:
    """Score the displacement-figure extractor and warning detector on DATASET (JSON lines)."""
    try:
        text = dataset.read_text(encoding="utf-8")
        items = parse_items(text.splitlines(), source=str(dataset))
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
