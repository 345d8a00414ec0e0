"""`place`: place lists with aliases, literal places."""

from __future__ import annotations

from typing import Any

from alerts.testing.rulefiles import article, facts, fired


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
