"""The rule set: order, enabled flags, metrics, and the trigger index never changing an answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, Counter, Histogram

from alerts.metrics import REGISTRY
from alerts.models import Evidence, Match
from alerts.rules import RuleSet, load_rules
from alerts.rules.engine import _count_match, _observe_all
from alerts.testing.harness import SHARED
from alerts.testing.rulefiles import article, facts, figure, warning, write
from bench.rules import articles, corpus, generate_rules, load_generated

DEV_SET = SHARED / "displacement-dev.jsonl"

RULES = """
version: 1
rules:
  - id: eng_flood
    name: Flood
    severity: low
    channels: [console]
    condition: {terms: {any: [flood, floods]}}
  - id: eng_disabled
    name: Disabled
    severity: low
    enabled: false
    channels: [console]
    condition: {terms: {any: [flood]}}
  - id: eng_not_rain
    name: Not rain
    severity: info
    channels: [console]
    condition: {not: {terms: {any: [rain]}}}
  - id: eng_figures
    name: Figures
    severity: high
    channels: [console]
    novelty: true
    condition: {figure: {value: ">= 100"}}
"""


def _value(name: str, rule: str) -> float:
    return REGISTRY.get_sample_value(name, {"rule": rule}) or 0.0


@pytest.fixture
def rules(tmp_path: Path) -> RuleSet:
    return load_rules([write(tmp_path, "r.yaml", RULES)])


def test_matches_come_in_rule_order_and_disabled_rules_never_fire(rules: RuleSet) -> None:
    matches = rules.evaluate(article("Floods hit Sylhet"), facts(figures=(figure(500),)))
    assert [m.rule_id for m in matches] == ["eng_flood", "eng_not_rain", "eng_figures"]
    assert [r.id for r in rules.rules if r.enabled] == ["eng_flood", "eng_not_rain", "eng_figures"]
    assert rules.novelty_rule_ids == frozenset({"eng_figures"})
    assert len(rules) == 3


def test_match_fields(rules: RuleSet) -> None:
    (match,) = [
        m
        for m in rules.evaluate(article("Floods hit Sylhet", id="art-7"), facts())
        if m.rule_id == "eng_flood"
    ]
    assert (match.rule_name, match.severity, match.channels, match.article_id) == (
        "Flood",
        "low",
        ("console",),
        "art-7",
    )


def test_metrics_count_evaluations_matches_and_time(rules: RuleSet) -> None:
    before = {
        r: _value("alerts_rule_evaluations_total", r) for r in ("eng_flood", "eng_figures", "eng_disabled")
    }
    matched = _value("alerts_rule_matches_total", "eng_flood")
    timed = _value("alerts_rule_evaluation_seconds_count", "eng_flood")
    for text in ("Floods hit Sylhet", "Sunny day", "Flood warning"):
        rules.evaluate(article(text), facts())
    rules.flush_metrics()
    # Every enabled rule is evaluated on every article, even when the index skips its tree.
    assert _value("alerts_rule_evaluations_total", "eng_flood") - before["eng_flood"] == 3
    assert _value("alerts_rule_evaluations_total", "eng_figures") - before["eng_figures"] == 3
    assert _value("alerts_rule_evaluations_total", "eng_disabled") == before["eng_disabled"]
    assert _value("alerts_rule_matches_total", "eng_flood") - matched == 2
    # Time is observed for rules whose trigger words were present (here: the two flood articles).
    assert _value("alerts_rule_evaluation_seconds_count", "eng_flood") - timed == 2


def test_timings_handed_over_in_bulk_land_in_the_buckets_observe_would_use(rules: RuleSet) -> None:
    # The engine keeps timings in a list and hands them to the histogram on flush; what a
    # scrape shows must be what one observe() per evaluation would have shown.
    def histogram() -> tuple[float, float, float]:
        return (
            _value("alerts_rule_evaluation_seconds_count", "eng_flood"),
            _value("alerts_rule_evaluation_seconds_sum", "eng_flood"),
            REGISTRY.get_sample_value(
                "alerts_rule_evaluation_seconds_bucket", {"rule": "eng_flood", "le": "+Inf"}
            )
            or 0.0,
        )

    rules.flush_metrics()
    count, total, everything = histogram()
    for _ in range(5):
        rules.evaluate(article("Floods hit Sylhet"), facts())
    rules.flush_metrics()
    count2, total2, everything2 = histogram()
    assert count2 - count == 5
    assert everything2 - everything == 5  # cumulative buckets: +Inf holds every observation
    assert total2 > total


def test_a_match_is_counted_at_once_without_waiting_for_a_flush(rules: RuleSet) -> None:
    # A quiet feed may send one article an hour: its match must show on the next scrape.
    rules.flush_metrics()
    matched = _value("alerts_rule_matches_total", "eng_flood")
    rules.evaluate(article("Floods hit Sylhet"), facts())
    assert _value("alerts_rule_matches_total", "eng_flood") - matched == 1


def test_bulk_observation_gives_the_histogram_one_observe_per_duration_gives() -> None:
    registry = CollectorRegistry()
    bounds = (0.001, 0.01, 0.1)
    bulk = Histogram("bulk_seconds", "bulk", registry=registry, buckets=bounds)
    one_by_one = Histogram("single_seconds", "single", registry=registry, buckets=bounds)
    durations = [0.0005, 0.001, 0.002, 0.01, 0.05, 0.5, 0.0005, 3.0]  # on, under and over bounds
    _observe_all(bulk, durations)
    for seconds in durations:
        one_by_one.observe(seconds)
    for le in ("0.001", "0.01", "0.1", "+Inf"):
        assert registry.get_sample_value("bulk_seconds_bucket", {"le": le}) == registry.get_sample_value(
            "single_seconds_bucket", {"le": le}
        )
    assert registry.get_sample_value("bulk_seconds_sum") == pytest.approx(sum(durations))
    assert registry.get_sample_value("bulk_seconds_bucket", {"le": "0.001"}) == 3


def test_explain_reports_disabled_rules(rules: RuleSet) -> None:
    outcomes = {o.rule.id: o for o in rules.explain(article("Floods"), facts())}
    assert outcomes["eng_disabled"].reasons == ("the rule is disabled (enabled: false)",)
    assert outcomes["eng_flood"].match is not None


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared/data/displacement-dev.jsonl is not present")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_trigger_index_gives_the_same_answers_as_evaluating_every_rule(seed: int) -> None:
    texts = corpus()
    ruleset = load_generated(generate_rules(150, seed=seed, texts=texts))
    fx = facts(figures=(figure(1500),))
    fired_any = 0
    for art in articles(texts):
        indexed = [m.rule_id for m in ruleset.evaluate(art, fx)]
        everything = [m.rule_id for m in ruleset.evaluate(art, fx, use_index=False)]
        assert indexed == everything
        fired_any += len(indexed)
    assert fired_any > 0  # the generated rules do fire, so the comparison means something


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared/data/displacement-dev.jsonl is not present")
def test_required_atoms_never_change_an_answer_when_every_rule_watches_a_place() -> None:
    # Rules of a topic *and* a place are skipped by a set test when either is absent; the
    # answers (and their evidence) must be those of evaluating every rule's tree.
    texts = corpus()
    ruleset = load_generated(generate_rules(300, seed=11, texts=texts, pinned=1.0))
    fired_any = 0
    for fx in (facts(), facts(figures=(figure(1500, location="Idlib"),), warnings=(warning("Aleppo"),))):
        for art in articles(texts):
            indexed = ruleset.evaluate(art, fx)
            everything = ruleset.evaluate(art, fx, use_index=False)
            assert indexed == everything
            fired_any += len(indexed)
    assert fired_any > 0


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared/data/displacement-dev.jsonl is not present")
def test_matches_built_without_validation_are_what_validation_gives() -> None:
    # The engine builds Match and Evidence with Model.trusted (no second validation): each
    # must equal the model validated back from its own JSON, field types included (a list
    # where a tuple belongs, or a str where an int does, would differ), and stay hashable.
    texts = corpus()
    ruleset = load_generated(generate_rules(200, seed=5, texts=texts, pinned=0.5))
    fx = facts(figures=(figure(1500, location="Idlib"),), warnings=(warning("Aleppo"),))
    checked = 0
    for art in articles(texts):
        for match in ruleset.evaluate(art, fx):
            again = Match.model_validate_json(match.model_dump_json())
            assert again == match and hash(again) == hash(match)
            assert again.model_fields_set == match.model_fields_set
            checked += 1
    assert checked > 0


def test_trusted_refuses_what_validation_would_refuse_by_name() -> None:
    made = Evidence.trusted(kind="term", label="flood", text="Flood")
    assert made == Evidence(kind="term", label="flood", text="Flood")
    with pytest.raises(TypeError, match="missing \\['text'\\]"):
        Evidence.trusted(kind="term", label="flood")
    with pytest.raises(TypeError, match="unknown \\['colour'\\]"):
        Evidence.trusted(kind="term", label="flood", text="Flood", colour="red")
    whole: dict[str, Any] = {
        "kind": "term",
        "label": "flood",
        "text": "Flood",
        "field": "title",
        "start": 0,
        "end": 5,
        "sentence": "",
    }
    assert Evidence.trusted_all(dict(whole)) == Evidence(**whole)
    # A dict short of a field goes the checked way: defaults filled in, a required one refused.
    assert Evidence.trusted_all({k: v for k, v in whole.items() if k != "sentence"}) == Evidence(**whole)
    with pytest.raises(TypeError, match="missing \\['text'\\]"):
        Evidence.trusted_all({k: v for k, v in whole.items() if k != "text"})
    with pytest.raises(TypeError, match="unknown \\['txt'\\]"):
        Evidence.trusted_all({("txt" if k == "text" else k): v for k, v in whole.items()})


SHARED_PLACE_RULES = """
version: 1
lists:
  towns: [sylhet, sunamganj]
rules:
  - id: sp_flood
    name: Flood in Sylhet
    severity: low
    channels: [console]
    condition: {all: [{terms: {any: [flood]}}, {place: {any: [Sylhet]}}]}
  - id: sp_rain
    name: Rain in Sylhet
    severity: low
    channels: [console]
    condition: {all: [{terms: {any: [rain]}}, {place: {any: [Sylhet]}}]}
  - id: sp_town
    name: A town named
    severity: low
    channels: [console]
    condition: {terms: {any: [$towns]}}
  - id: sp_title
    name: Sylhet in the title
    severity: low
    channels: [console]
    condition: {terms: {any: [sylhet], in: [title]}}
"""


def test_rules_watching_the_same_place_each_show_it_as_their_own_evidence(tmp_path: Path) -> None:
    # Evidence of a place is found once per article for every rule watching it; each rule must
    # still show it labelled as its own condition names it, from the fields it looks in.
    rules = load_rules([write(tmp_path, "r.yaml", SHARED_PLACE_RULES)])
    art = article("Flood and rain: rivers rose in Sylhet on Monday.", title="Sylhet under water")
    by_id = {m.rule_id: m for m in rules.evaluate(art, facts())}
    assert sorted(by_id) == ["sp_flood", "sp_rain", "sp_title", "sp_town"]
    places = [
        [(e.kind, e.field, e.text) for e in by_id[r].evidence if e.kind == "place"]
        for r in ("sp_flood", "sp_rain")
    ]
    # A term is shown once, where it first occurs.
    assert places[0] == places[1] == [("place", "title", "Sylhet")]
    assert [(e.kind, e.label, e.field) for e in by_id["sp_town"].evidence] == [
        ("term", "sylhet ($towns)", "title")
    ]
    assert [(e.kind, e.label, e.field) for e in by_id["sp_title"].evidence] == [("term", "sylhet", "title")]
    # The same answer as evaluating every rule's tree on its own.
    assert rules.evaluate(art, facts()) == rules.evaluate(art, facts(), use_index=False)


SHARED_TERMS_RULES = """
version: 1
rules:
  - id: st_first
    name: First desk
    severity: low
    channels: [console]
    condition: {terms: {any: [flooded, levee]}}
  - id: st_second
    name: Second desk
    severity: low
    channels: [console]
    condition: {terms: {any: [levee, flooded]}}
  - id: st_levee
    name: Levee desk
    severity: low
    channels: [console]
    condition: {terms: {any: [levee], none: [breach]}}
"""


def test_rules_naming_the_same_terms_share_evidence_but_keep_their_own_message(tmp_path: Path) -> None:
    # A rule that is one `terms` condition takes the article's evidence of its terms as it is,
    # shared with every rule naming the same terms (and its `why` line with it): each must
    # still show its own terms, in text order, and its own message.
    rules = load_rules([write(tmp_path, "r.yaml", SHARED_TERMS_RULES)])
    art = article(
        "Heavy rain flooded the river valley overnight. Engineers said the levee held.",
        title="Valley towns count the damage",
    )
    by_id = {m.rule_id: m for m in rules.evaluate(art, facts())}
    assert sorted(by_id) == ["st_first", "st_levee", "st_second"]
    where = [("flooded", art.text.index("flooded")), ("levee", art.text.index("levee"))]
    for rule_id in ("st_first", "st_second"):
        assert [(e.text, e.start) for e in by_id[rule_id].evidence] == where
    assert [e.text for e in by_id["st_levee"].evidence] == ["levee"]
    why_both = "'flooded' in \"Heavy rain flooded the river valley overnight.\" (+1 more)"
    assert by_id["st_first"].message == f"First desk: Valley towns count the damage\n{why_both}\n{art.url}"
    assert by_id["st_second"].message == f"Second desk: Valley towns count the damage\n{why_both}\n{art.url}"
    assert by_id["st_levee"].message.splitlines()[1] == "'levee' in \"Engineers said the levee held.\""
    # What `alerts rules test` shows is the same Match.
    shown = {o.rule.id: o.match for o in rules.explain(art, facts())}
    assert all(shown[rule_id] == match for rule_id, match in by_id.items())
    # A word the rule excludes still silences it, shared evidence or not.
    broken = article("The levee gave way: engineers saw the breach at dawn.")
    assert [m.rule_id for m in rules.evaluate(broken, facts())] == ["st_first", "st_second"]


PINNED_RULES = """
version: 1
rules:
  - id: pn_levee
    name: Levee desk
    severity: low
    channels: [console]
    condition:
      all:
        - {terms: {any: [levee, Marlow], none: [drill]}}
        - {place: {any: [Marlow]}}
  - id: pn_nested
    name: Nested desk
    severity: low
    channels: [console]
    condition:
      all:
        - all: [{terms: {any: [levee]}}, {place: {any: [Marlow]}}]
        - {place: {any: [Marlow]}}
"""


def test_a_topic_pinned_to_a_place_shows_each_piece_of_evidence_once_in_rule_order(tmp_path: Path) -> None:
    # The topic names the place too: the place is one piece of evidence, shown once, and the
    # pieces keep the order of the conditions in the file (the topic's, then the place's).
    rules = load_rules([write(tmp_path, "r.yaml", PINNED_RULES)])
    art = article("Water rose at Marlow overnight. The levee held.", title="River watch")
    by_id = {m.rule_id: m for m in rules.evaluate(art, facts())}
    assert sorted(by_id) == ["pn_levee", "pn_nested"]
    marlow, levee = art.text.index("Marlow"), art.text.index("levee")
    assert [(e.kind, e.text, e.start) for e in by_id["pn_levee"].evidence] == [
        ("term", "Marlow", marlow),
        ("term", "levee", levee),
        ("place", "Marlow", marlow),
    ]
    assert [(e.kind, e.text) for e in by_id["pn_nested"].evidence] == [("term", "levee"), ("place", "Marlow")]
    assert by_id["pn_nested"].message.splitlines()[1].startswith("'levee' in \"The levee held.\"")
    shown = {o.rule.id: o.match for o in rules.explain(art, facts())}
    assert all(shown[rule_id] == match for rule_id, match in by_id.items())
    assert rules.evaluate(art, facts()) == rules.evaluate(art, facts(), use_index=False)
    drill = article("A drill at the Marlow levee.")
    assert [m.rule_id for m in rules.evaluate(drill, facts())] == ["pn_nested"]


FIELD_RULES = """
version: 1
rules:
  - id: fd_title
    name: In the title
    severity: low
    channels: [console]
    condition: {terms: {any: [culvert], in: [title]}}
  - id: fd_text
    name: In the text
    severity: low
    channels: [console]
    condition: {near: {a: [culvert], b: [blocked], within: 2, in: [text]}}
"""


def test_a_text_equal_to_its_title_is_scanned_once_and_each_field_shows_its_own_evidence(
    tmp_path: Path,
) -> None:
    # Feed items without a body repeat their title as text: one scan serves both fields, and
    # the evidence still names the field it was found in, at the same offsets either way.
    rules = load_rules([write(tmp_path, "r.yaml", FIELD_RULES)])
    words = "A blocked culvert flooded the lane at Wexcombe."
    same = article("".join(words), title=words)  # equal strings, distinct objects
    apart = article(words, title=words + " ")
    ctx = rules._context(same, facts())
    assert ctx.scan("title") is ctx.scan("text")
    other = rules._context(apart, facts())
    assert other.scan("title") is not other.scan("text")
    start = words.index("culvert")
    for art in (same, apart):
        by_id = {m.rule_id: m for m in rules.evaluate(art, facts())}
        shown = [(e.field, e.text, e.start) for e in by_id["fd_title"].evidence]
        assert shown == [("title", "culvert", start)]
        assert [(e.field, e.text) for e in by_id["fd_text"].evidence] == [
            ("text", "blocked"),
            ("text", "culvert"),
        ]
        assert by_id["fd_text"].evidence[0].sentence == words


def test_the_match_counter_shortcut_adds_what_child_inc_adds() -> None:
    registry = CollectorRegistry()
    counter = Counter("shortcut_matches", "matches", ["rule"], registry=registry)
    child = counter.labels(rule="r1")
    _count_match(child)(1)
    child.inc()
    _count_match(child)(1)
    assert registry.get_sample_value("shortcut_matches_total", {"rule": "r1"}) == 3

    class Bare:  # a counter without the value object this version of prometheus_client has
        def __init__(self) -> None:
            self.n = 0

        def inc(self, amount: float = 1) -> None:
            self.n += int(amount)

    bare = Bare()
    _count_match(bare)(1)
    assert bare.n == 1


def test_a_title_equal_to_the_text_shows_each_term_once_from_the_title(make_rules: Any) -> None:
    rules = make_rules("{all: [{terms: {any: [storm, bridge]}}, {terms: {any: [Lakeside]}}]}")
    text = "A storm closed the bridge near Lakeside on Friday"
    (match,) = rules.evaluate(article(text, title=text), facts())
    assert [(e.label, e.field, e.start) for e in match.evidence] == [
        ("storm", "title", 2),
        ("bridge", "title", 19),
        ("Lakeside", "title", 31),
    ]
    (alone,) = make_rules("{terms: {any: [bridge]}}").evaluate(article(text, title=text), facts())
    assert [(e.field, e.start, e.end) for e in alone.evidence] == [("title", 19, 25)]
    # A different title: each field shows its own first occurrence, the title's first.
    (both,) = make_rules("{terms: {any: [storm, bridge]}}").evaluate(
        article(text, title="Bridge shut"), facts()
    )
    assert [(e.label, e.field, e.start) for e in both.evidence] == [
        ("bridge", "title", 0),
        ("storm", "text", 2),
    ]
