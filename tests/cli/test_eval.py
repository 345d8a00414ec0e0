"""cli.py: `eval DATASET.jsonl [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from alerts.cli.eval import eval_command

ITEMS = [
    {"id": "t1", "text": "About 2,000 families fled Ariha on Monday.",
     "figures": [{"value": 2000, "range_high": None, "unit": "families", "approx": True,
                  "kind": "new_displacement", "location": "Ariha"}],
     "offensive_warning": False, "warning_location": None},
    {"id": "t2", "text": "The army warned it would storm Saraqeb within days.", "figures": [],
     "offensive_warning": True, "warning_location": "Saraqeb"},
    {"id": "t3", "text": "Shelling killed 14 people in Sarmin.",
     "figures": [{"value": 300, "range_high": None, "unit": "people", "approx": False,
                  "kind": "new_displacement", "location": None}],
     "offensive_warning": False, "warning_location": None},
]  # fmt: skip


def _dataset(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_json_output_is_one_object(tmp_path: Path) -> None:
    path = _dataset(tmp_path, [json.dumps(i) for i in ITEMS])
    result = CliRunner().invoke(eval_command, [str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["figures"]["precision"] == 1.0
    assert data["figures"]["recall"] == 0.5
    assert data["figures"]["misses"][0]["item"] == "t3"
    assert data["warnings"]["f1"] == 1.0
    for part in ("figures", "warnings"):
        assert {"precision", "recall", "f1"} <= set(data[part])


def test_human_report(tmp_path: Path) -> None:
    path = _dataset(tmp_path, [json.dumps(i) for i in ITEMS])
    result = CliRunner().invoke(eval_command, [str(path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Figures   precision 1.000  recall 0.500  F1 0.667" in out
    assert "Warnings  precision 1.000  recall 1.000  F1 1.000" in out
    assert "kind accuracy" in out and "location accuracy" in out
    assert "Figure misses (1)" in out and "t3:" in out
    assert "Figure false alarms (0)" in out


def test_malformed_line_exits_2_with_file_and_line(tmp_path: Path) -> None:
    path = _dataset(tmp_path, [json.dumps(ITEMS[0]), '{"id": "broken", "text": '])
    result = CliRunner().invoke(eval_command, [str(path), "--json"])
    assert result.exit_code == 2
    assert f"{path}:2:" in result.output
    assert "not valid JSON" in result.output


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, [str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 2
