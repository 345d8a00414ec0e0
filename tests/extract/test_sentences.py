"""sentences.py: the rule splitter."""

from __future__ import annotations

from alerts.extract.sentences import MAX_SENTENCE, split_sentences, split_spans


def test_splits_at_sentence_ends_and_newlines() -> None:
    text = "Hundreds fled on Monday. Aid arrived later!\nA heading without a full stop\nIs it over? Yes."
    assert split_sentences(text) == [
        "Hundreds fled on Monday.",
        "Aid arrived later!",
        "A heading without a full stop",
        "Is it over?",
        "Yes.",
    ]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    text = "The U.N. said Dr. Hale and J. Smith counted 2.5 million people. Then it rained."
    assert split_sentences(text) == [
        "The U.N. said Dr. Hale and J. Smith counted 2.5 million people.",
        "Then it rained.",
    ]


def test_quotes_after_the_full_stop_stay_with_the_sentence() -> None:
    text = 'He said: "We left everything." Then the shelling began.'
    assert split_sentences(text) == ['He said: "We left everything."', "Then the shelling began."]


def test_spans_are_trimmed_offsets_into_the_text() -> None:
    text = "  First one.   Second one.  "
    for start, end in split_spans(text):
        assert text[start:end] == text[start:end].strip()
    assert [text[a:b] for a, b in split_spans(text)] == ["First one.", "Second one."]


def test_long_runs_without_punctuation_are_cut() -> None:
    text = "word " * 5000
    spans = split_spans(text)
    assert len(spans) > 1
    assert all(b - a <= MAX_SENTENCE for a, b in spans)


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []
