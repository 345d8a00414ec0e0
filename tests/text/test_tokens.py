"""tokens.py: the tokenizer at its two grains (extractor tokens, rule words) and folding."""

from __future__ import annotations

import random

from alerts.text.tokens import (
    _TOKEN,
    ASCII_WORD,
    WORD,
    ascii_view,
    joined,
    normalize_tokens,
    tokenize,
    tokens_of,
    word_starts,
    words_of,
)

IDLIB_WITH_HARAKAT = "\u0625\u0650\u062f\u0652\u0644\u0650\u0628"


def test_tokens_keep_offsets_and_inner_punctuation() -> None:
    text = "North-western Syria's U.N. team saw 3.5 million."
    tokens = tokenize(text)
    assert [t.text for t in tokens][:4] == ["North-western", "Syria's", "U.N", "."]
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text


def test_joined_drops_quotes_and_protects_the_month_may() -> None:
    tokens = tokenize('In May "thousands" may flee')
    words, _, _ = joined(tokens, 0, len(tokens))
    assert words == "in <month> thousands may flee"


def test_tokens_ignore_case_accents_and_arabic_letter_variants() -> None:
    assert tokens_of("IDLEB's Alépo") == ["idleb", "s", "alepo"]
    # Harakat are part of the word (Python's \w alone would cut it into letters) and are folded.
    assert tokens_of("إِدْلِب") == tokens_of("ادلب") == ["ادلب"]


def test_hyphens_and_punctuation_separate_words() -> None:
    assert tokens_of("al-Qaida-affiliated, 1,000") == ["al", "qaida", "affiliated", "1", "000"]


def test_ascii_text_gives_the_words_and_spans_of_the_general_path() -> None:
    # ASCII text takes a shorter pattern and one lower() of the whole text: the words, their
    # folding and their offsets must be those of WORD and normalize_tokens.
    text = "Over 2,500 PEOPLE_left Tal-Rifaat; x9 said: 'We'll go back' (v2.0)\tat 06:30.\nEnd"
    assert text.isascii()
    assert tokens_of(text) == normalize_tokens(WORD.findall(text))
    assert tokens_of(text)[:4] == ["over", "2", "500", "people_left"]
    view = ascii_view(text)
    assert view is not None
    assert [m.span() for m in ASCII_WORD.finditer(view)] == [m.span() for m in WORD.finditer(text)]
    accented = "Cafe\u0301 in Al\u00e9po"
    assert ascii_view(accented) is None  # a combining mark is part of a word: WORD reads it
    assert tokens_of(accented) == ["cafe", "in", "alepo"]


def test_text_whose_only_non_ascii_characters_are_gaps_gives_the_words_of_the_general_path() -> None:
    # Quotes, dashes and an ellipsis take the ASCII path (each read as a gap); a non-ASCII
    # letter, digit or mark anywhere sends the whole text to WORD and folding.
    text = "\u201cWe left at dawn\u2026\u201d \u2014 1\u00a0200 came\u2019s way"
    assert tokens_of(text) == normalize_tokens(WORD.findall(text)) == [
        "we", "left", "at", "dawn", "1", "200", "came", "s", "way",
    ]  # fmt: skip
    rng = random.Random(5)
    pool = [*"aZ9_ ,-", "\u2019", "\u2026", "\u00a0", "\u00e9", "\u0301", "\u00b2", "\u0625"]
    for _ in range(3000):
        sample = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert tokens_of(sample) == normalize_tokens(WORD.findall(sample)), repr(sample)
        view = ascii_view(sample)
        if view is not None:  # the words' offsets are read on the view
            assert [m.span() for m in ASCII_WORD.finditer(view)] == [m.span() for m in WORD.finditer(sample)]
    assert ascii_view(text) is not None and ascii_view("Al\u00e9po \u2026") is None


def test_extractor_keeps_combining_marks_inside_its_tokens() -> None:
    # The extractor's tokenizer used plain \w and cut a word at each separately written mark;
    # it now reads words with the same characters as the rules.
    text = f"Cafe\u0301 owners and {IDLIB_WITH_HARAKAT} residents"
    assert [t.text for t in tokenize(text)] == [
        "Cafe\u0301",
        "owners",
        "and",
        IDLIB_WITH_HARAKAT,
        "residents",
    ]


def test_every_rule_word_lies_inside_one_extractor_token() -> None:
    text = f"The U.N.'s north-western team (3.5 million) met Cafe\u0301 staff in {IDLIB_WITH_HARAKAT}: 1,000."
    tokens = tokenize(text)
    for m in WORD.finditer(text):
        holding = [t for t in tokens if t.start <= m.start() and m.end() <= t.end]
        assert len(holding) == 1, m.group()
    # And no token starts or ends inside a word.
    for tok in tokens:
        for m in WORD.finditer(text):
            assert not (m.start() < tok.start < m.end() or m.start() < tok.end < m.end())


def test_each_token_is_lowered_as_a_word_of_its_own() -> None:
    # A Greek capital sigma lowers to a final sigma only at a word's end, a dotted capital I to
    # two characters: a token's lower form must be the word's own, wherever the span starts.
    text = "\u201cΟΔΟΣ ΣΤΟ\u201d İDLİB and Idlib"
    for start in (0, 1, 6):
        tokens = tokenize(text, start, len(text))
        assert [t.lower for t in tokens] == [t.text.lower() for t in tokens]
        assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.lower for t in tokenize("ΟΔΟΣ ΣΤΟ")] == ["οδος", "στο"]
    # lowering the whole span would read this sigma as mid-word (a letter follows the quote)
    assert tokenize("ΚΑΛΟΣ\u2019Α")[0].lower == "ΚΑΛΟΣ".lower()


def test_joined_offsets_point_at_each_word() -> None:
    tokens = tokenize('Troops "may" advance in May on the town')
    words, offsets, index = joined(tokens, 1, len(tokens))
    assert words == "may advance in <month> on the town"
    assert [words[o:].split(" ", 1)[0] for o in offsets] == words.split()
    assert [tokens[k].lower for k in index][:2] == ["may", "advance"]


def test_joined_slices_equal_joining_each_range() -> None:
    from alerts.text.tokens import Joined, joined_text

    # with quotes (dropped from the words) and without (every token a word: the common case)
    for text in (
        'In May, "about 300" people fled the north-west; officials said: \u201cmore may follow.\u201d',
        "In May, about 300 people fled the north-west; officials said more may follow.",
    ):
        tokens = tokenize(text)
        words = Joined(tokens)
        for a in range(len(tokens) + 2):
            for b in range(len(tokens) + 2):
                assert words.text_of(a, b) == joined_text(tokens, a, b)
    assert Joined([]).text_of(0, 3) == ""


def test_joined_of_a_whole_sentence_equals_joined_of_its_range() -> None:
    from alerts.text.tokens import Joined

    # Joined builds its words and tables in its own way; they must be joined's, whatever the
    # sentence holds: nothing special, a month "May", quotes, only quotes, nothing at all.
    for text in (
        "Some 2,400 residents left the hill villages on Sunday.",
        "In May the council said 80 families may return.",
        '"We left at night," one farmer said of the \u2018second\u2019 wave in May.',
        "\"'\u201c\u201d",
        "",
    ):
        tokens = tokenize(text)
        words = Joined(tokens)
        assert (words.text, words.offsets, words.index) == joined(tokens, 0, len(tokens))


def test_tokens_of_a_span_index_the_whole_text() -> None:
    text = "Before. About 1,200 people (AFP) left Kessa-North's camps. After."
    whole = tokenize(text)
    start, end = text.index("About"), text.index(" After")
    part = tokenize(text, start, end)
    assert part == [t for t in whole if start <= t.start and t.end <= end]
    assert all(text[t.start : t.end] == t.text for t in part)


def test_each_token_lowers_on_its_own() -> None:
    # A capital sigma lowers by its place in the whole span, and a dotted I into two characters:
    # a token's lower form is still its own text's, whatever stands around it.
    text = "\u039f\u0394\u039f\u03a3 \u0130zmir-bound trucks, 40 of them, left"
    tokens = tokenize(text)
    assert [t.text for t in tokens][:2] == ["\u039f\u0394\u039f\u03a3", "\u0130zmir-bound"]
    assert all(t.lower == t.text.lower() and text[t.start : t.end] == t.text for t in tokens)


def test_word_starts_of_a_spaced_view_are_the_ascii_word_starts() -> None:
    # The rules read a word's offset from the spaced view's pieces (no regex pass): gaps of
    # several characters, gaps at both ends and the non-ASCII gaps of a view must all count.
    samples = [
        "",
        "  ,",
        "Rain",
        " -- Boats reached Kismayo, (again) at 7:45...  ",
        "\u201cThe bridge\u201d \u2014 closed\u2026 since 3 March",
    ]
    rng = random.Random(8)
    pool = [*"aZ9_ ,-.\n", "\u2019", "\u2026", "\u00a0"]
    samples += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 14))) for _ in range(2000)]
    for sample in samples:
        words, spaced = words_of(sample)
        view = ascii_view(sample)
        assert spaced is not None and view is not None and len(spaced) == len(sample)
        starts = word_starts(spaced)
        assert [(s, s + len(w)) for s, w in zip(starts, words, strict=True)] == [
            m.span() for m in ASCII_WORD.finditer(view)
        ], repr(sample)
    assert words_of("Al\u00e9po") == (["alepo"], None)  # read by WORD: no spaced view


def test_ascii_tokens_start_after_any_gap_of_white_space() -> None:
    # Each ASCII token is placed by its first character after the previous token's end: gaps of
    # several spaces, tabs, line breaks and the ASCII separators \x1c-\x1f, words that repeat
    # their neighbour's first letter, and white space before the first and after the last token.
    text = " \t a aa  a.a\x1c'a'\x1f\n\x0b-- 1 11 ,1  x_x\r\n"
    assert text.isascii()
    expected = [(m.group(), m.start() + 5, m.end() + 5) for m in _TOKEN.finditer(text)]
    assert [(t.text, t.start, t.end) for t in tokenize("01234" + text, 5)] == expected
    assert [t.lower for t in tokenize("AB AAB", 0)] == ["ab", "aab"]


def test_spaced_view_is_the_lowered_view_with_every_gap_a_space() -> None:
    # words_of lowers and blanks the gaps in one bytes table: every ASCII character must come
    # out as ``lower()`` and a gap class would have it (letters, digits and "_" kept, lowered).
    every = "".join(map(chr, range(128)))
    for sample in (every, every[::-1], "Ten BOATS_2 left at 06:30; (most) were full!"):
        words, spaced = words_of(sample)
        assert spaced is not None and len(spaced) == len(sample)
        expected = "".join(c.lower() if c.isalnum() or c == "_" else " " for c in sample)
        assert spaced == expected and words == [m.group().lower() for m in ASCII_WORD.finditer(sample)]
    words, spaced = words_of("\u201cTwo Ferries\u201d \u2014 late")  # non-ASCII gaps: "?" in the view
    assert (words, spaced) == (["two", "ferries", "late"], " two ferries    late")
