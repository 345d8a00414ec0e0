"""`figure`: constraints on the extractor's displacement figures."""

from __future__ import annotations

from typing import Any

import pytest

from alerts.testing.rulefiles import article, facts, figure, fired


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("figure: {value: '>= 500'}", ["r"]),
        ("figure: {value: {gt: 1000}}", []),
        ("figure: {value: '< 1,000', kind: [new_displacement]}", ["r"]),
        ("figure: {kind: [projected]}", []),
        ("figure: {unit: [families]}", ["r"]),
        ("figure: {unit: [households, idps]}", []),
        ("figure: {people: '>= 1000'}", ["r"]),  # 200 families estimated as 1,000 people
        ("figure: {place: [$north]}", ["r"]),
        ("figure: {place: [Hama]}", []),
        ("figure: {approx: true}", []),
    ],
)
def test_figure_constraints(make_rules: Any, condition: str, expected: list[str]) -> None:
    head = "places:\n  north: [Idlib, Aleppo]"
    rules = make_rules(condition, head=head)
    figures = (
        figure(800, location="southern Idlib"),
        figure(200, unit="families", kind="cumulative", people_estimate=1000),
    )
    assert fired(rules, article("x"), facts(figures=figures)) == expected


def test_figure_match_carries_only_matching_figures(make_rules: Any) -> None:
    rules = make_rules("figure: {kind: [new_displacement, projected], value: '>= 100'}")
    keep, skip = figure(800), figure(350_000, kind="other")
    (match,) = rules.evaluate(article("x"), facts(figures=(keep, skip)))
    assert match.figures == (keep,)
    assert [(e.kind, e.text, e.start) for e in match.evidence] == [("figure", keep.text, keep.start)]
