"""Cross-references: lists inside lists, place lists, and the extractor's gazetteer."""

from __future__ import annotations

from typing import Any

from alerts.testing.rulefiles import article, facts, fired


def test_place_list_usable_as_terms(make_rules: Any) -> None:
    rules = make_rules(
        "near: {a: [offensive], b: [$idlib], within: 3}",
        head="places:\n  idlib: [Idlib, Idleb]",
    )
    assert fired(rules, article("an offensive on Idleb")) == ["r"]


def test_place_lists_can_include_other_place_lists(make_rules: Any) -> None:
    head = """
        places:
          northwest: [$idlib, Afrin]
          idlib: [Idlib, Idleb]
    """
    rules = make_rules("place: {any: [$northwest]}", head=head)
    assert fired(rules, article("Shelling in Idleb")) == ["r"]
    assert fired(rules, article("Shelling in Afrin")) == ["r"]
    (match,) = rules.evaluate(article("Shelling in Idleb"), facts())
    assert match.evidence[0].label == "northwest"


def test_literal_places_expand_through_the_gazetteer(make_rules: Any) -> None:
    from alerts.extract import places

    aliases = places.PLACES["Aleppo"]
    assert "Halab" in aliases
    rules = make_rules("place: {any: [Aleppo]}")
    assert fired(rules, article("Families fled Halab overnight")) == ["r"]
    assert fired(rules, article("Families fled Homs overnight")) == []


def test_places_the_gazetteer_does_not_know_match_literally(make_rules: Any) -> None:
    from alerts.extract import places

    assert "Sylhet" not in places.PLACES
    rules = make_rules("place: {any: [Sylhet]}")
    assert fired(rules, article("Families fled Sylhet overnight")) == ["r"]
    assert fired(rules, article("Families fled Halab overnight")) == []
