from __future__ import annotations

from alerts.rules.terms import RegexBank, TermTable


def _table(*terms: str) -> tuple[TermTable, list[int]]:
    table = TermTable()
    return table, [table.add(t) for t in terms]


def test_whole_words_only_and_case_insensitive() -> None:
    table, (flee,) = _table("flee")
    assert flee in table.scan("Thousands FLEE the city").hits
    assert flee not in table.scan("a fleet of trucks").hits


def test_phrases_match_across_punctuation_and_line_breaks_but_in_order() -> None:
    table, (phrase,) = _table("thrown on the roads")
    assert phrase in table.scan("could be thrown\non the roads, the UN said").hits
    assert phrase not in table.scan("the roads thrown on").hits
    assert phrase not in table.scan("thrown on roads").hits


def test_prefix_terms_match_word_starts() -> None:
    table, (displac, war_phrase) = _table("displac*", "warn* of")
    scan = table.scan("Displacement rose; officials warned of more; the displaced")
    assert {displac, war_phrase} <= scan.hits
    assert table.scan("undisplaced").hits == set()


def test_same_term_twice_gets_one_id() -> None:
    _, ids = _table("Idlib", "IDLIB", "idlib")
    assert len(set(ids)) == 1


def test_positions_and_character_offsets() -> None:
    table, (idlib, phrase) = _table("idlib", "an offensive")
    text = "Idlib fears an offensive. In Idlib, an  Offensive looms."
    scan = table.scan(text)
    spans = scan.positions(idlib)
    assert [text[slice(*scan.char_span(s))] for s in spans] == ["Idlib", "Idlib"]
    (first, second) = scan.positions(phrase)
    assert text[slice(*scan.char_span(second))] == "an  Offensive"
    assert scan.sentence_index(first) == 0 and scan.sentence_index(second) == 1


def test_scan_finds_only_present_terms_among_many() -> None:
    table = TermTable()
    ids = {f"word{i}": table.add(f"word{i}") for i in range(5000)}
    phrase = table.add("word7 word8")
    scan = table.scan("we saw word7 word8 and word4999 today")
    assert scan.hits == {ids["word7"], ids["word8"], ids["word4999"], phrase}


def test_regex_bank_one_set_per_field() -> None:
    bank = RegexBank()
    title_only = bank.add(r"\bIDP camps?\b", False, ["title"])
    both = bank.add(r"[0-9]{3},000", True, ["title", "text"])
    bank.compile()
    assert bank.match("title", "New idp camp opens, 800,000 at risk") == {title_only, both}
    assert bank.match("text", "New IDP camp opens") == set()
    assert bank.match("text", "about 800,000") == {both}


def test_overlapping_terms_are_all_found() -> None:
    table, ids = _table("river bank", "bank of", "of the river", "river", "bank*", "ban*")
    scan = table.scan("The river bank of the river banked")
    assert scan.hits == set(ids)


def test_a_prefix_inside_a_phrase_matches_by_position() -> None:
    table, (phrase,) = _table("evacuat* order")
    assert phrase in table.scan("an evacuation order was given").hits
    assert phrase not in table.scan("an order to evacuate").hits


def test_terms_added_after_a_scan_are_found_by_the_next_one() -> None:
    table, (flood,) = _table("flood")
    assert table.scan("flood and storm").hits == {flood}
    storm = table.add("storm")
    assert table.scan("flood and storm").hits == {flood, storm}


def test_character_offsets_asked_for_late_words_first_then_early_ones() -> None:
    # Offsets are worked out only as far as the words asked for; asking for a late word, then
    # an early one, then the last, must give each word's own text.
    table, (rains, camp, floods) = _table("rains", "camp", "floods")
    text = "Camp flooded… after rains, the camp's tents fell; Floods again?"
    scan = table.scan(text)
    (late,) = scan.positions(floods)
    (first, second) = scan.positions(camp)
    (middle,) = scan.positions(rains)
    shown = [text[slice(*scan.char_span(s))] for s in (late, first, middle, second)]
    assert shown == ["Floods", "Camp", "rains", "camp"]
    assert scan.char_span((first[0], late[1])) == (0, text.index("again") - 1)
    again = table.scan(text)  # early word first, then a later one
    assert [text[slice(*again.char_span(s))] for s in (first, middle, late)] == ["Camp", "rains", "Floods"]


def test_positions_of_many_terms_asked_in_any_order() -> None:
    # Term positions are placed lazily, when a rule first asks: every term must get each of its
    # occurrences exactly once, in text order, whatever order the terms are asked in.
    words = ["rain", "flood", "river", "camp", "road", "bridge", "school"]
    table, ids = _table(*words, "river camp")
    text = "rain flood river camp road rain bridge river camp school flood rain. River camp!"
    tokens = text.lower().replace(".", "").replace("!", "").split()
    expected = {
        tid: [(i, i + 1) for i, tok in enumerate(tokens) if tok == w]
        for w, tid in zip(words, ids[:-1], strict=True)
    }
    expected[ids[-1]] = [(i, i + 2) for i in range(len(tokens) - 1) if tokens[i : i + 2] == ["river", "camp"]]
    for order in (ids, ids[::-1], ids[3:] + ids[:3]):
        scan = table.scan(text)
        assert {tid: scan.positions(tid) for tid in order} == expected
        assert all(scan.positions(tid) == expected[tid] for tid in ids)  # asked again: unchanged
    absent = table.add("drought")
    scan = table.scan(text)
    assert scan.positions(absent) == [] and scan.positions(ids[0]) == expected[ids[0]]


def test_overlapping_occurrences_of_one_phrase_are_each_placed() -> None:
    table, (twice,) = _table("go go")
    text = "They said go go go, then go go."
    scan = table.scan(text)
    assert scan.positions(twice) == [(2, 4), (3, 5), (6, 8)]
    assert [text[slice(*scan.char_span(s))] for s in scan.positions(twice)] == ["go go", "go go", "go go"]


def test_terms_after_a_word_whose_folded_form_holds_spaces_are_placed() -> None:
    # One ligature folds to four words joined by spaces: token positions must still count it
    # as the one word it is, so the offsets shown for later terms point at those terms.
    table, (camp, flood) = _table("camp", "flood")
    text = "\ufdfa. Camp flood, then a camp."
    scan = table.scan(text)
    assert scan.positions(camp) == [(1, 2), (5, 6)]
    assert [text[slice(*scan.char_span(s))] for s in scan.positions(camp)] == ["Camp", "camp"]
    assert text[slice(*scan.char_span(scan.positions(flood)[0]))] == "flood"


def test_character_offsets_of_ascii_and_non_ascii_fields_are_the_words_own() -> None:
    # Offsets come from the spaced view's pieces for a field whose non-ASCII characters are all
    # gaps (runs of gaps, leading gaps), and from the WORD pass for one with an accented
    # letter: both give each term's own text.
    table, (ferry, wall, gusts) = _table("ferry", "harbour wall", "gusts")
    cases = {
        " -- Gusts at 90 km/h... tore the  harbour , wall; the ferry waited.": "harbour , wall",
        "\u201cGusts\u201d \u2014 tore the harbour\u00a0wall\u2026 the ferry waited": "harbour\u00a0wall",
        "Gusts near S\u00e8te tore the harbour-wall; the ferry waited": "harbour-wall",
    }
    for text, phrase in cases.items():
        scan = table.scan(text)
        shown = [text[slice(*scan.char_span(s))] for t in (ferry, wall, gusts) for s in scan.positions(t)]
        assert shown == ["ferry", phrase, "Gusts"], text


def test_located_is_the_character_span_and_its_sentence() -> None:
    # Evidence reads both in one call, a sentence's text sliced once per field: the same as
    # char_span and Sentences.text_at, on the ASCII path and on WORD's (a non-ASCII letter).
    table, (ferry, rain) = _table("ferry", "heavy rain")
    for text in (
        "The ferry left Mwanza. Heavy rain fell; the ferry turned back.",
        "The ferry left Mw\u00e4nza. Heavy rain fell; the ferry turned back.",
        "ferry",
    ):
        scan = table.scan(text)
        spans = scan.positions(ferry) + scan.positions(rain)
        assert spans
        for span in spans:
            start, end = scan.char_span(span)
            assert scan.located(span) == (start, end, scan.sentences.text_at(start))
