import random

from alerts.text.substrings import Substrings


def test_a_span_is_found_only_when_it_holds_a_string_whole() -> None:
    text = "the army moved. troops left at dawn. nothing here"
    spans = [(0, 15), (16, 36), (37, 49)]
    assert Substrings(["troops", "army"]).spans_with(text, spans) == {0, 1}
    # "moved. troops" crosses the boundary: no span holds it whole
    assert Substrings(["moved. troops"]).spans_with(text, spans) == set()


def test_an_occurrence_overlapping_one_across_a_boundary_is_still_seen() -> None:
    # "a bc" crosses from the first span into the second and overlaps "bcd", which the second
    # holds whole (a non-overlapping scan would have consumed it)
    assert Substrings(["a bc", "bcd"]).spans_with("a bcd", [(0, 1), (2, 5)]) == {1}


def test_same_answer_as_asking_each_span() -> None:
    rng = random.Random(4)
    words = ["ab", "ba", "abc", "c a", "aaa"]
    scan = Substrings(words)
    for _ in range(200):
        text = "".join(rng.choice("abc ") for _ in range(60))
        cuts = sorted(rng.sample(range(61), 8))
        spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
        expected = {n for n, (a, b) in enumerate(spans) if any(w in text[a:b] for w in words)}
        assert scan.spans_with(text, spans) == expected


def test_no_strings_match_nothing() -> None:
    assert Substrings([]).spans_with("anything", [(0, 8)]) == set()
    assert Substrings([""]).spans_with("anything", [(0, 8)]) == set()


def test_holds_any_is_plain_substring_containment() -> None:
    from alerts.text.substrings import holds_any

    assert holds_any("the camps were shelled overnight", ("shell", "bomb"))
    assert not holds_any("the camps were quiet", ("shell", "bomb"))
    assert not holds_any("anything", ())
