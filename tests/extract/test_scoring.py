"""evaluate.py: the scorer on a tiny invented dataset with a known answer, and the dev-set targets."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from alerts.errors import DatasetError
from alerts.extract.scoring import evaluate, parse_items
from alerts.models import Facts, Figure, OffensiveWarning

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "displacement-dev.jsonl"


def _fig(
    value: int, unit: str, kind: str = "new_displacement", location: str | None = None
) -> dict[str, object]:
    return {
        "value": value,
        "range_high": None,
        "unit": unit,
        "approx": False,
        "kind": kind,
        "location": location,
    }


TINY = [
    # two gold figures, both found; one has the wrong kind, one the wrong location
    {"id": "a", "text": "A",
     "figures": [_fig(10, "people", location="Homs"), _fig(5, "families", "cumulative")],
     "offensive_warning": True},
    # gold figure missed, a false alarm instead; a warning predicted where none is labelled
    {"id": "b", "text": "B", "figures": [_fig(7, "people")], "offensive_warning": False},
    # nothing labelled, nothing predicted; a warning missed
    {"id": "c", "text": "C", "figures": [], "offensive_warning": True, "warning_location": "Hama"},
    # the same value and unit twice in gold but predicted once: one miss
    {"id": "d", "text": "D", "figures": [_fig(3, "refugees"), _fig(3, "refugees")],
     "offensive_warning": False},
]  # fmt: skip


def _predicted(text: str, *, published: datetime | None = None) -> Facts:
    """A stand-in extractor with fixed answers, so the expected scores can be counted by hand.
    It takes `published` as the Extractor protocol says; the answers do not depend on it."""

    def fig(value: int, unit: str, kind: str = "new_displacement", location: str | None = None) -> Figure:
        return Figure(value=value, unit=unit, approx=False, kind=kind, location=location,  # type: ignore[arg-type]
                      text=str(value), sentence=text, start=0, end=1)  # fmt: skip

    warning = OffensiveWarning(cue="x", sentence=text, start=0, end=1)
    answers = {
        "A": Facts(figures=(fig(10, "people", location=" homs "), fig(5, "families")), warnings=(warning,)),
        "B": Facts(figures=(fig(8, "people"),), warnings=(warning,)),
        "C": Facts(),
        "D": Facts(figures=(fig(3, "refugees"),)),
    }
    return answers[text]


def test_scores_on_a_tiny_dataset_with_known_answer() -> None:
    items = parse_items(json.dumps(row) for row in TINY)
    report = evaluate(items, _predicted)
    assert (report.figures.tp, report.figures.fp, report.figures.fn) == (3, 1, 2)
    assert report.figures.precision == pytest.approx(3 / 4)
    assert report.figures.recall == pytest.approx(3 / 5)
    assert report.figures.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert report.kind_correct == 2  # 5 families: cumulative expected, new_displacement predicted
    assert report.location_correct == 3  # " homs " == "Homs" after normalising; None == None
    assert (report.warnings.tp, report.warnings.fp, report.warnings.fn) == (1, 1, 1)
    assert [m["item"] for m in report.figure_misses] == ["b", "d"]
    assert report.figure_false_alarms[0]["item"] == "b"
    assert report.figure_false_alarms[0]["got"].startswith("8 people")
    assert report.kind_errors[0]["expected"] == "cumulative"
    assert [m["item"] for m in report.warning_misses] == ["c"]
    assert [m["item"] for m in report.warning_false_alarms] == ["b"]
    data = report.to_dict()
    for part in ("figures", "warnings"):
        assert set(data[part]) >= {"precision", "recall", "f1", "misses", "false_alarms"}


def test_empty_dataset_scores_are_defined() -> None:
    report = evaluate([], _predicted)
    assert report.figures.precision == 1.0
    assert report.figures.recall == 1.0
    assert report.kind_accuracy == 0.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"id": "x", "text": "t", "offensive_warning": false, "figures": [{"value": 1}]}', "figures.0.unit"),
        ('{"id": "x", "text": 5, "offensive_warning": false}', "text"),
        ('{"id": "x", "text": "t"}', "offensive_warning"),
    ],
)
def test_malformed_lines_say_file_and_line(line: str, message: str) -> None:
    good = json.dumps(TINY[2])
    with pytest.raises(DatasetError) as caught:
        parse_items([good, "", line], source="data.jsonl")
    assert caught.value.line == 3
    assert str(caught.value).startswith("data.jsonl:3: ")
    assert message in str(caught.value)


def test_duplicate_ids_are_rejected() -> None:
    line = json.dumps(TINY[2])
    with pytest.raises(DatasetError, match="duplicate id"):
        parse_items([line, line])


def test_real_extractor_on_the_dev_set_meets_the_targets() -> None:
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV.resolve()} (it lives outside the repo, in shared/data)")
    items = parse_items(DEV.read_text(encoding="utf-8").splitlines(), source=str(DEV))
    assert len(items) == 89
    report = evaluate(items)
    assert report.figures.precision >= 0.95, report.figure_false_alarms
    assert report.figures.recall >= 0.90, report.figure_misses
    assert report.warnings.f1 >= 0.90, (report.warning_misses, report.warning_false_alarms)
