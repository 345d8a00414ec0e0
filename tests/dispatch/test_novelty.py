from __future__ import annotations

from alerts.dispatch.novelty import decide, group_key
from alerts.models import Figure

HOUR = 3600.0


def fig(
    value: int,
    unit: str = "people",
    place: str | None = "Idlib",
    kind: str = "new_displacement",
    people: int | None = None,
) -> Figure:
    return Figure(
        value=value,
        unit=unit,
        approx=True,
        kind=kind,
        location=place,
        text=str(value),  # type: ignore[arg-type]
        sentence="s",
        start=0,
        end=1,
        people_estimate=people,
    )


def run(history, figures, article="a1", feed="f1", now=1000.0, alert="x1"):  # type: ignore[no-untyped-def]
    return decide(
        history,
        alert_id=alert,
        article_id=article,
        feed=feed,
        figures=figures,
        now=now,
        window_seconds=72 * HOUR,
        tolerance=0.1,
    )


def test_first_figure_is_new() -> None:
    d = run([], [fig(1000)])
    assert d.verdict == "new"
    assert len(d.history) == 1


def test_same_figure_from_another_source_is_a_corroboration() -> None:
    first = run([], [fig(1000)])
    second = run(first.history, [fig(1000)], article="a2", feed="f2", now=2000)
    assert second.verdict == "corroboration"
    assert second.record.corroborations == 1
    assert second.record.feeds == ["f1", "f2"]
    third = run(second.history, [fig(1050)], article="a3", feed="f3", now=3000)
    assert third.verdict == "corroboration"
    assert third.record.corroborations == 2


def test_families_compare_through_the_people_estimate() -> None:
    first = run([], [fig(180, "families", people=900), fig(1000)])
    again = run(first.history, [fig(900)], article="a2")
    assert again.verdict == "corroboration"


def test_changed_figure_is_new() -> None:
    first = run([], [fig(1000)])
    changed = run(first.history, [fig(5000)], article="a2")
    assert changed.verdict == "new"
    assert len(changed.history) == 2


def test_same_article_reprocessed_is_a_repeat_not_a_corroboration() -> None:
    first = run([], [fig(1000)])
    assert run(first.history, [fig(1000)], article="a1").verdict == "repeat"


def test_old_figures_leave_the_window() -> None:
    first = run([], [fig(1000)], now=0)
    later = run(first.history, [fig(1000)], article="a2", now=73 * HOUR)
    assert later.verdict == "new"
    assert len(later.history) == 1


def test_group_key_separates_kind_and_place() -> None:
    assert group_key("r", fig(1, place="Idlib")) != group_key("r", fig(1, place="Hama"))
    assert group_key("r", fig(1, kind="projected")) != group_key("r", fig(1))
    assert group_key("r", fig(1, place="Eastern  Ghouta")) == group_key("r", fig(1, place="eastern ghouta"))


def test_group_key_folds_place_names_like_the_rules_do() -> None:
    assert group_key("r", fig(1, place="Alépo")) == group_key("r", fig(1, place="ALEPO"))
    assert group_key("r", fig(1, place="إِدْلِب")) == group_key("r", fig(1, place="ادلب"))
    # Two places written in Arabic are two groups, not one "unknown" place.
    assert group_key("r", fig(1, place="ادلب")) != group_key("r", fig(1, place="حماة"))
    assert group_key("r", fig(1, place=None)) == group_key("r", fig(1, place=" - "))
