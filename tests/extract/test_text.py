"""text.py: offset-preserving clean-up and the tokenizer."""

from __future__ import annotations

from alerts.extract.text import clean, joined, tokenize


def test_clean_repairs_broken_entities_without_moving_offsets() -> None:
    raw = "& # 39;Stay& # 39; said the mayor &amp; 1,000 left"
    cleaned = clean(raw)
    assert len(cleaned) == len(raw)
    assert cleaned.startswith("'")
    assert "&" not in cleaned.replace("& ", "")  # "&amp;" became "&" plus padding
    assert cleaned.index("1,000") == raw.index("1,000")


def test_clean_unifies_odd_spaces_and_curly_apostrophes() -> None:
    assert clean("600\u00a0000 people\u2019s") == "600 000 people's"


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
