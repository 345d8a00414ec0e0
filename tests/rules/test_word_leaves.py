"""Word conditions: terms, near, same_sentence, place, regex; their evidence."""

from __future__ import annotations

from typing import Any

from tests.rules.conftest import article, facts, fired

TEXT = (
    "Government forces massed around Idlib on Monday. "
    "Damascus and Moscow insist that an offensive is needed. "
    "Aid groups fear a bloodbath."
)


def test_terms_any_all_none(make_rules: Any) -> None:
    rules = make_rules("terms: {any: [bloodbath, massacre], all: [Idlib, Moscow], none: [ceasefire]}")
    assert fired(rules, article(TEXT)) == ["r"]
    assert fired(rules, article(TEXT.replace("Moscow", "Ankara"))) == []
    assert fired(rules, article(TEXT + " A ceasefire holds.")) == []
    assert fired(rules, article(TEXT.replace("bloodbath", "disaster"))) == []


def test_terms_in_title_only(make_rules: Any) -> None:
    rules = make_rules("terms: {any: [Idlib], in: title}")
    assert fired(rules, article("Idlib in the text", title="Syria news")) == []
    assert fired(rules, article("text", title="Idlib news")) == ["r"]


def test_list_references_expand(make_rules: Any) -> None:
    head = """
        lists:
          violence: [bloodbath, $killing]
          killing: [massacre, "killed in the attack"]
    """
    rules = make_rules("terms: {any: [$violence]}", head=head)
    assert fired(rules, article("Five were killed in the attack.")) == ["r"]
    assert fired(rules, article("Five were killed.")) == []


def test_evidence_has_field_offsets_and_sentence(make_rules: Any) -> None:
    rules = make_rules("terms: {any: [offensive, bloodbath]}")
    (match,) = rules.evaluate(article(TEXT), facts())
    by_text = {e.text: e for e in match.evidence}
    ev = by_text["offensive"]
    assert (ev.kind, ev.field) == ("term", "text")
    assert TEXT[ev.start : ev.end] == "offensive"
    assert ev.sentence == "Damascus and Moscow insist that an offensive is needed."
    assert by_text["bloodbath"].sentence == "Aid groups fear a bloodbath."


def test_near_counts_words_between(make_rules: Any) -> None:
    # "insist that an offensive": two words between insist and offensive.
    assert fired(make_rules("near: {a: [offensive], b: [insist], within: 2}"), article(TEXT)) == ["r"]
    assert fired(make_rules("near: {a: [offensive], b: [insist], within: 1}"), article(TEXT)) == []


def test_near_three_groups_and_evidence(make_rules: Any) -> None:
    rules = make_rules("near: {a: [offensive], b: [insist*], c: [Moscow], within: 4}")
    (match,) = rules.evaluate(article(TEXT), facts())
    assert [e.text for e in match.evidence] == ["Moscow", "insist", "offensive"]
    assert (
        fired(make_rules("near: {a: [offensive], b: [insist], c: [Idlib], within: 4}"), article(TEXT)) == []
    )


def test_same_sentence(make_rules: Any) -> None:
    assert fired(make_rules("same_sentence: {a: [offensive], b: [Damascus]}"), article(TEXT)) == ["r"]
    assert fired(make_rules("same_sentence: {a: [offensive], b: [Idlib]}"), article(TEXT)) == []


def test_place_lists_with_aliases_and_literal_places(make_rules: Any) -> None:
    head = """
        places:
          idlib: [Idlib, Idleb, إدلب]
    """
    rules = make_rules("place: {any: [$idlib]}", head=head)
    assert fired(rules, article("Shelling near Idleb city")) == ["r"]
    assert fired(rules, article("قصف على إِدْلِب")) == ["r"]
    assert fired(rules, article("Shelling near Hama")) == []
    (match,) = rules.evaluate(article("Shelling near Idleb city"), facts())
    assert [(e.kind, e.text) for e in match.evidence] == [("place", "Idleb")]
    assert fired(make_rules("place: {any: [Hama]}"), article("Shelling near Hama")) == ["r"]


def test_regex_with_evidence(make_rules: Any) -> None:
    rules = make_rules(r"regex: {pattern: '\d{3},000 (?:people|civilians)'}")
    (match,) = rules.evaluate(article("Up to 800,000 people could flee."), facts())
    (ev,) = match.evidence
    assert (ev.kind, ev.text, ev.start, ev.end) == ("regex", "800,000 people", 6, 20)


def test_regex_case_sensitive_option(make_rules: Any) -> None:
    assert fired(make_rules("regex: {pattern: 'UN'}"), article("a fun day")) == ["r"]
    assert fired(make_rules("regex: {pattern: '\\bUN\\b', case_sensitive: true}"), article("a fun day")) == []


def test_hostile_regex_runs_in_linear_time_with_correct_answers(make_rules: Any) -> None:
    # (a+)+$ backtracks exponentially in Python's `re`; RE2 answers at once.
    rules = make_rules("regex: {pattern: '(a+)+$'}")
    assert fired(rules, article("a" * 100_000 + "b")) == []
    assert fired(rules, article("b" + "a" * 100_000)) == ["r"]
