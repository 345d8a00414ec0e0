"""Conditions on the extractor's facts (figure, warning) and on the article's source (feed, tag)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rules.conftest import article, facts, figure, fired, warning


def test_feed_and_tag(make_rules: Any) -> None:
    assert fired(make_rules("feed: [reliefweb]"), article("x", feed="reliefweb")) == ["r"]
    assert fired(make_rules("feed: [reliefweb]"), article("x", feed="bbc")) == []
    assert fired(make_rules("tag: [Syria]"), article("x", tags=("syria", "un"))) == ["r"]
    assert fired(make_rules("tag: syria"), article("x", tags=("news",))) == []


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


def test_warning_any_and_by_place(make_rules: Any) -> None:
    head = "places:\n  idlib: [Idlib, Idleb]"
    about_idleb = facts(warnings=(warning("Idleb province"),))
    about_hama = facts(warnings=(warning("Hama"),))
    assert fired(make_rules("warning: {}"), article("x"), about_hama) == ["r"]
    assert fired(make_rules("warning: {place: [$idlib]}", head=head), article("x"), about_idleb) == ["r"]
    assert fired(make_rules("warning: {place: [$idlib]}", head=head), article("x"), about_hama) == []
    (match,) = make_rules("warning: {}").evaluate(article("x"), about_hama)
    assert match.warnings == about_hama.warnings
