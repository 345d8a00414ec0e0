from __future__ import annotations

from alerts.rules.text import Sentences, sentence_spans, tokens_of


def test_tokens_ignore_case_accents_and_arabic_letter_variants() -> None:
    assert tokens_of("IDLEB's Alépo") == ["idleb", "s", "alepo"]
    # Harakat are part of the word (Python's \w alone would cut it into letters) and are folded.
    assert tokens_of("إِدْلِب") == tokens_of("ادلب") == ["ادلب"]


def test_hyphens_and_punctuation_separate_words() -> None:
    assert tokens_of("al-Qaida-affiliated, 1,000") == ["al", "qaida", "affiliated", "1", "000"]


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_split_on_stops_and_line_breaks_not_abbreviations() -> None:
    text = "Mr. Smith met U.S. officials. J. Doe left!\nHeading without stop\n\nLast one? Yes"
    assert _sentences(text) == [
        "Mr. Smith met U.S. officials.",
        "J. Doe left!",
        "Heading without stop",
        "Last one?",
        "Yes",
    ]


def test_sentence_lookup_by_offset() -> None:
    text = "First sentence here. Second one follows."
    sentences = Sentences(text)
    assert sentences.text_at(text.index("Second")) == "Second one follows."
    assert sentences.text_at(0) == "First sentence here."
    assert sentences.index_at(text.index("one")) == 1
