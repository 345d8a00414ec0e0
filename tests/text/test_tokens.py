"""tokens.py: the tokenizer at its two grains (extractor tokens, rule words) and folding."""

from __future__ import annotations

from alerts.text.tokens import WORD, joined, tokenize, tokens_of

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
