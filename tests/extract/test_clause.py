"""clause.py: trigger words around a number and the windows that bound them."""

from __future__ import annotations

from alerts.extract.clause import find_triggers, marker_text, open_windows, skip_appositive

from ._helpers import candidates, sentence


def classes(text: str) -> list[str]:
    s = sentence(text)
    return [t.cls for t in find_triggers(s.tokens, 0, len(s.tokens))]


def test_trigger_classes() -> None:
    assert classes("They fled, were hosted, returned, were relocated and killed.") == [
        "MOVE",
        "STOCK",
        "RETURN",
        "RELOCATE",
        "NEG",
    ]
    assert classes("a town that is home to many") == ["POP"]
    assert classes("they left Saraqeb") == ["MOVE"]  # leaving a named place


def test_direct_verb_after_the_noun_phrase() -> None:
    s = sentence("Some 600 people who had already been forced to flee arrived later.")
    (c,) = candidates(s)
    w = open_windows(s, c, 0, len(s.tokens))
    assert w.right[0].cls == "MOVE"
    assert w.right[0].direct is True


def test_left_window_stops_at_the_clause() -> None:
    s = sentence("Shelling killed 20, and officials evacuated 900 people.")
    cands = candidates(s)
    w = open_windows(s, cands[1], cands[0].np_end, len(s.tokens))
    assert w.left_near is not None
    assert w.left_near.cls == "MOVE"  # "evacuated", not "killed" in the previous clause


def test_appositive_is_skipped_before_the_verb() -> None:
    s = sentence("About 900 people, mostly women, have fled.")
    (c,) = candidates(s)
    k = skip_appositive(s, c)
    assert s.tokens[k].text == "have"


def test_marker_text_is_the_clause_around_the_count() -> None:
    s = sentence("Officials fear 40,000 people could flee; others disagree.")
    (c,) = candidates(s)
    w = open_windows(s, c, 0, len(s.tokens))
    assert marker_text(s, c, w) == "officials fear | could flee"


def test_trigger_scan_grouped_by_letter_finds_the_same_triggers() -> None:
    from alerts.extract.clause import _TRIGGER_FIND, _TRIGGER_SCAN

    assert _TRIGGER_FIND is not _TRIGGER_SCAN  # TRIGGERS kept the shape the grouping reads
    text = (
        "dozens were killed and about 400 families who had fled the shelling were hosted in tents, "
        "while others returned home or were relocated to a camp that can house 900 people at risk"
    )
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 11):
            found = [(m.span(), m.lastgroup) for m in _TRIGGER_SCAN.finditer(text, start, end)]
            grouped = [m.span() for m in _TRIGGER_FIND.finditer(text, start, end)]
            assert grouped == [span for span, _ in found]
