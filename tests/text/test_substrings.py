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


def test_found_in_names_every_string_the_text_holds_nested_ones_too() -> None:
    # "take" inside "retake", "if " ending "motif ": each string found, whatever else holds it
    scan = Substrings(["retake", "take", "if ", "bomb", "no "])
    assert scan.found_in("vowed to retake the motif quarter") == {"retake", "take", "if "}
    assert scan.found_in("quiet streets") == set()
    assert Substrings([]).found_in("anything") == set()


def test_found_in_agrees_with_holds_any_for_any_subset() -> None:
    from alerts.text.substrings import holds_any

    rng = random.Random(9)
    words = ["ab", "ba", "abc", "c a", "aaa", "b"]
    scan = Substrings(words)
    for _ in range(200):
        text = "".join(rng.choice("abc ") for _ in range(40))
        subset = tuple(rng.sample(words, 3))
        assert (not scan.found_in(text).isdisjoint(subset)) == holds_any(text, subset)
