"""`terms`: any / all / none, where to look, $lists, evidence."""

from __future__ import annotations

from typing import Any

from alerts.testing.rulefiles import article, facts, fired

TEXT = (
    "Government forces massed around Idlib on Monday. "
    "Damascus and Moscow insist that an offensive cannot wait. "
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
    assert ev.sentence == "Damascus and Moscow insist that an offensive cannot wait."
    assert by_text["bloodbath"].sentence == "Aid groups fear a bloodbath."
