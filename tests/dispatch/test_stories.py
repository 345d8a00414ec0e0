"""Stories: one alert per story, corroboration counted and named, follow-ups only for news."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from alerts.dispatch.stories import (
    MAX_ARTICLES,
    NEAR_DUPLICATE,
    Decision,
    Report,
    StoryRecord,
    annotate,
    decide,
    latest_updates,
    offensive_under_way,
    report_for,
    signature,
    similarity,
    story_key,
    story_update,
)
from alerts.models import Alert, Evidence, Figure, Kind, Match, OffensiveWarning, Unit

HOUR = 3600.0

# A made-up wire story, a republished copy of it under another title, and an unrelated story.
WIRE = (
    "Residents of the river town of Marrow Bend packed their belongings into lorries on Sunday as the "
    "water kept rising. The district council said about 2,000 people had left the low quarter overnight "
    "and that two schools on the hill were being opened as shelters. Volunteers handed out bread and "
    "blankets at the bridge, and the ferry service was suspended until further notice."
)
COPY = (
    "Residents of the river town of Marrow Bend packed their belongings into trucks on Sunday as the "
    "water kept rising. The district council said about 2,000 people had left the low quarter overnight "
    "and that two schools on the hill were being opened as shelters. Volunteers handed out bread and "
    "blankets at the bridge, and the ferry service was suspended until further notice. (Wire service)"
)
OTHER = (
    "A council spokesperson for Marrow Bend told reporters that families from the lower streets had gone "
    "to relatives in the hills, and that officials counted roughly two thousand departures by dawn. "
    "Teachers unlocked classrooms to house those without anywhere to go."
)


def fig(
    value: int,
    unit: Unit = "people",
    place: str | None = "Idlib",
    kind: Kind = "new_displacement",
    people: int | None = None,
) -> Figure:
    return Figure(
        value=value,
        unit=unit,
        approx=True,
        kind=kind,
        location=place,
        text=str(value),
        sentence="s",
        start=0,
        end=1,
        people_estimate=people,
    )


def warning(place: str | None = "Idlib") -> OffensiveWarning:
    return OffensiveWarning(location=place, cue="could storm", sentence="s", start=0, end=1)


def alert(
    figures: tuple[Figure, ...] = (),
    warnings: tuple[OffensiveWarning, ...] = (),
    article: str = "a1",
    feed: str = "f1",
    rule: str = "r",
    message: str = "Rule message",
) -> Alert:
    match = Match(
        rule_id=rule,
        rule_name="R",
        severity="high",
        channels=("c",),
        article_id=article,
        figures=figures,
        warnings=warnings,
        message=message,
    )
    return Alert(
        id=Alert.make_id(rule, article),
        match=match,
        article_title="t",
        article_url="http://x",
        feed=feed,
        fetched=datetime.now(UTC),
    )


def report(
    a: Alert,
    group_by: tuple[str, ...] = ("kind", "place"),
    text: str = "",
    under_way: bool = False,
) -> Report:
    sig = signature(text)
    return report_for(a, group_by=group_by, window_seconds=None, signature=sig, under_way=under_way)


def step(
    story: StoryRecord | None,
    a: Alert,
    now: float = 1000.0,
    group_by: tuple[str, ...] = ("kind", "place"),
    text: str = "",
    under_way: bool = False,
) -> Decision:
    return decide(
        story,
        report(a, group_by, text, under_way),
        article_id=a.match.article_id,
        feed=a.feed,
        now=now,
        window_seconds=72 * HOUR,
        tolerance=0.1,
    )


def run(
    history: StoryRecord | None,
    figures: Iterable[Figure],
    article: str = "a1",
    feed: str = "f1",
    now: float = 1000.0,
) -> Decision:
    return step(history, alert(tuple(figures), article=article, feed=feed), now=now)


# --- figures (the rules of the old novelty, now a story per kind and place) ------------------


def test_first_figure_is_new() -> None:
    d = run(None, [fig(1000)])
    assert d.verdict == "new"
    assert d.story.reports == 1


def test_same_figure_from_another_source_is_a_corroboration() -> None:
    first = run(None, [fig(1000)])
    second = run(first.story, [fig(1000)], article="a2", feed="f2", now=2000)
    assert second.verdict == "corroboration"
    assert second.story.reports - 1 == 1
    assert second.story.feeds == ["f1", "f2"]
    third = run(second.story, [fig(1050)], article="a3", feed="f3", now=3000)
    assert third.verdict == "corroboration"
    assert third.story.reports - 1 == 2
    assert not third.send


def test_families_compare_through_the_people_estimate() -> None:
    first = run(None, [fig(180, "families", people=900), fig(1000)])
    again = run(first.story, [fig(900)], article="a2")
    assert again.verdict == "corroboration"


def test_changed_figure_is_a_follow_up_that_names_the_earlier_one() -> None:
    first = run(None, [fig(1000)])
    second = run(first.story, [fig(1000)], article="a2", feed="f2")
    changed = run(second.story, [fig(5000)], article="a3", feed="f3")
    assert changed.verdict == "follow_up"
    assert changed.send
    assert len(changed.story.figures) == 2
    sent = annotate(alert((fig(5000),), article="a3", feed="f3"), changed)
    earlier = "Earlier figure for this place: 1,000 people, reported by 2 sources (f1, f2)."
    assert earlier in sent.match.message
    assert "also reported by f1, f2, 3 sources" in sent.match.message
    assert sent.story_id == first.story.id and sent.story_sources == 3
    assert sent.corroborations == 2


def test_a_lower_figure_from_an_independent_article_is_news_too() -> None:
    first = run(None, [fig(5000)])
    lower = run(first.story, [fig(1000)], article="a2", feed="f2")
    assert lower.verdict == "follow_up"


def test_a_known_figure_beside_a_vaguer_lower_one_corroborates_and_a_rise_beside_it_is_news() -> None:
    first = run(None, [fig(1000)])
    vaguer = run(first.story, [fig(1000), fig(100, "families", people=500)], article="a2", feed="f2")
    assert vaguer.verdict == "corroboration"
    rise = run(vaguer.story, [fig(1000), fig(4000)], article="a3", feed="f3")
    assert rise.verdict == "follow_up"


def test_same_article_reprocessed_is_a_repeat_not_a_corroboration() -> None:
    first = run(None, [fig(1000)])
    again = run(first.story, [fig(1000)], article="a1")
    assert again.verdict == "repeat"
    assert again.send and not again.store


def test_a_reprocessed_corroboration_is_not_sent_and_a_reprocessed_follow_up_is() -> None:
    # A worker restarted before its batch was committed handles the batch's reports again: the
    # story already counts them. A corroboration was never sent (no delivery record stops it), so
    # sending it now would be a second alert for the story; a follow-up was sent, and its repeat
    # goes to the delivery log, which stops a double delivery.
    first = run(None, [fig(1000)])
    same = run(first.story, [fig(1000)], article="a2", feed="f2")
    assert same.verdict == "corroboration"
    again = run(same.story, [fig(1000)], article="a2", feed="f2")
    assert again.verdict == "repeat"
    assert not again.send and not again.store
    rise = run(same.story, [fig(5000)], article="a3", feed="f3")
    assert rise.verdict == "follow_up"
    assert run(rise.story, [fig(5000)], article="a3", feed="f3").send
    assert run(rise.story, [fig(1000)], article="a1").send


def test_a_story_stored_before_it_kept_its_alerted_reports_still_resends_its_first_report() -> None:
    first = run(None, [fig(1000)])
    same = run(first.story, [fig(1000)], article="a2", feed="f2")
    stored = same.story.model_dump(exclude={"alerted"})
    older = StoryRecord.model_validate(stored)
    assert run(older, [fig(1000)], article="a1").send
    assert not run(older, [fig(1000)], article="a2", feed="f2").send


def test_old_figures_leave_the_window() -> None:
    first = run(None, [fig(1000)], now=0)
    later = run(first.story, [fig(1000)], article="a2", now=73 * HOUR)
    assert later.verdict == "new"
    assert later.story.reports == 1
    assert later.story.id != first.story.id


def test_an_open_story_stays_open_while_it_is_reported() -> None:
    story = run(None, [fig(1000)], now=0).story
    for n in range(1, 4):  # a report every 48 h keeps a 72 h window open
        d = run(story, [fig(1000)], article=f"a{n + 1}", now=n * 48 * HOUR)
        assert d.verdict == "corroboration"
        story = d.story


def test_story_key_separates_kind_and_place_and_reads_aliases() -> None:
    def key(f: Figure) -> str:
        return report(alert((f,))).key

    assert key(fig(1, place="Idlib")) != key(fig(1, place="Hama"))
    assert key(fig(1, kind="projected")) != key(fig(1))
    assert key(fig(1, place="Eastern  Ghouta")) == key(fig(1, place="eastern ghouta"))
    assert key(fig(1, place="Idleb")) == key(fig(1, place="Idlib"))
    assert story_key("r", ["place"], place=None, kind="x", feed="f") == "r|place=-"
    assert story_key("r", [], place="Idlib", kind="x", feed="f") == "r"


def test_story_key_folds_place_names_like_the_rules_do() -> None:
    def key(f: Figure) -> str:
        return report(alert((f,))).key

    assert key(fig(1, place="Alépo")) == key(fig(1, place="ALEPO"))
    assert key(fig(1, place="إِدْلِب")) == key(fig(1, place="ادلب"))
    # Two places written in Arabic are two stories, not one "unknown" place.
    assert key(fig(1, place="ادلب")) != key(fig(1, place="حماة"))
    assert key(fig(1, place=None)) == key(fig(1, place=" - "))


def test_state_stays_bounded_however_often_a_story_is_reported() -> None:
    story = run(None, [fig(1000)]).story
    for n in range(MAX_ARTICLES + 30):
        story = run(story, [fig(1000)], article=f"b{n}", feed=f"feed-{n % 7}").story
    assert story.reports == MAX_ARTICLES + 31
    assert len(story.article_ids) == MAX_ARTICLES
    assert len(story.figures[0].article_ids) <= MAX_ARTICLES
    assert len(story.feeds) == 8


# --- near-duplicate articles -------------------------------------------------------------------


def test_a_republished_copy_is_a_near_duplicate_and_a_retelling_is_not() -> None:
    assert similarity(signature(WIRE), signature(COPY)) >= NEAR_DUPLICATE
    assert similarity(signature(WIRE), signature(OTHER)) < 0.2
    assert similarity(signature(WIRE), signature(WIRE)) == 1.0
    assert signature("") == ()
    assert similarity((), signature(WIRE)) == 0.0


def test_a_wire_copy_that_words_its_figure_differently_corroborates() -> None:
    first = step(None, alert((fig(2000),)), text=WIRE)
    # The copy's figure was read as 1,700 (an edit wrote "more than 1,700"): a copy of an article
    # already in the story is not news unless its figure rose; an independent article's is.
    copy = step(first.story, alert((fig(1700),), article="a2", feed="f2"), text=COPY)
    assert copy.verdict == "corroboration"
    independent = step(first.story, alert((fig(1700),), article="a3", feed="f3"), text=OTHER)
    assert independent.verdict == "follow_up"


def test_a_wire_copy_with_a_higher_figure_is_a_follow_up() -> None:
    first = step(None, alert((fig(2000),)), text=WIRE)
    update = step(first.story, alert((fig(3000),), article="a2", feed="f2"), text=COPY)
    assert update.verdict == "follow_up"
    assert update.earlier is not None and update.earlier.people == (2000,)


# --- warnings ----------------------------------------------------------------------------------


def test_five_warnings_of_one_offensive_are_one_story_of_five_sources() -> None:
    by = ("place",)
    spellings = ["Idlib", "Idleb", "idlib", "Idlib", "Edlib"]
    decisions = []
    story = None
    for n, place in enumerate(spellings):
        d = step(story, alert(warnings=(warning(place),), article=f"w{n}", feed=f"outlet-{n}"), group_by=by)
        decisions.append(d.verdict)
        story = d.story
    assert decisions == ["new", "corroboration", "corroboration", "corroboration", "corroboration"]
    assert story is not None and story.reports == 5
    assert story.feeds == [f"outlet-{n}" for n in range(5)]


def test_a_warning_that_became_an_offensive_is_a_follow_up() -> None:
    by = ("place",)
    first = step(None, alert(warnings=(warning(),)), group_by=by)
    begun = step(first.story, alert(article="a2", feed="f2"), group_by=by, under_way=True)
    assert begun.verdict == "follow_up"
    sent = annotate(alert(article="a2", feed="f2"), begun)
    assert "now reported under way" in sent.match.message
    assert "also reported by f1, 2 sources" in sent.match.message
    # Once escalated, another report of the offensive is a corroboration, not a third alert.
    again = step(begun.story, alert(article="a3", feed="f3"), group_by=by, under_way=True)
    assert again.verdict == "corroboration"


def test_a_new_place_in_a_story_grouped_by_rule_only_is_a_follow_up() -> None:
    first = step(None, alert(warnings=(warning("Idlib"),)), group_by=())
    same = step(first.story, alert(warnings=(warning("Idleb"),), article="a2", feed="f2"), group_by=())
    assert same.verdict == "corroboration"
    wider = step(same.story, alert(warnings=(warning("Hama"),), article="a3", feed="f3"), group_by=())
    assert wider.verdict == "follow_up"
    sent = annotate(alert(warnings=(warning("Hama"),), article="a3", feed="f3"), wider)
    assert "Earlier in this story: Idlib." in sent.match.message


def test_offensive_under_way_reads_reports_not_threats() -> None:
    assert offensive_under_way("The long-feared offensive began at dawn on Friday.")
    assert offensive_under_way("Government troops launched a ground offensive on the town.")
    assert offensive_under_way("The assault on the northern districts is under way, witnesses said.")
    assert not offensive_under_way("Officials warned that an offensive could begin within days.")
    assert not offensive_under_way("Aid groups fear an assault on the town.")


def test_a_place_named_only_as_a_rule_word_still_keys_the_story() -> None:
    named = alert(warnings=(warning(None),)).match.model_copy(
        update={"evidence": (Evidence(kind="term", label="$idlib", text="Idleb"),)}
    )
    a = alert().model_copy(update={"match": named})
    assert report(a, ("place",)).key == "r|place=idlib"


def test_first_alert_of_a_story_carries_its_id_and_one_source() -> None:
    a = alert((fig(1000),))
    d = step(None, a)
    sent = annotate(a, d)
    assert sent.story_id == d.story.id
    assert sent.story_sources == 1
    assert sent.match.message == "Rule message"  # nothing to add to a first report


def test_the_same_figure_at_a_new_place_is_news_for_the_place_only() -> None:
    first = step(None, alert((fig(1000, place="Idlib"),)), group_by=())
    moved = step(first.story, alert((fig(1000, place="Hama"),), article="a2", feed="f2"), group_by=())
    assert moved.verdict == "follow_up"
    assert moved.news == ("a new place: Hama",)
    assert [f.feeds for f in moved.story.figures] == [["f1", "f2"]]


def test_a_story_update_names_its_sources_and_only_the_latest_count_is_kept() -> None:
    story = run(None, [fig(1000)], feed="f1").story
    for n, feed in enumerate(("f2", "f3"), start=2):
        story = run(story, [fig(1000)], article=f"a{n}", feed=feed).story
    base = alert((fig(1000),), article="a3", feed="f3")
    third = story_update(base, story)
    assert third.story_id == story.id and third.story_sources == 3
    assert "now reported by 3 sources (f1, f2, f3)" in third.match.message
    assert third.id != base.id
    assert story_update(base, story).id == third.id  # re-processed: the same update, sent once
    smaller = story.model_copy(update={"reports": 2, "feeds": ["f1", "f2"]})
    second = story_update(base, smaller)
    other = story_update(alert((fig(5),), article="z", rule="other"), run(None, [fig(5)], article="z").story)
    kept = latest_updates([second, third, other])
    assert [a.story_sources for a in kept if a.story_id == story.id] == [3]
    assert len(kept) == 2
