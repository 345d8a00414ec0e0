"""sentences.py: the one splitter, and its two users (extractor, rules) agreeing on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alerts.extract import extract_facts
from alerts.extract.sentences import prepare
from alerts.rules import RuleSet, load_rules
from alerts.testing.harness import SAMPLE_ARTICLE, SEED_ARTICLE
from alerts.testing.rulefiles import article, facts, fired, rule_file
from alerts.text.sentences import MAX_SENTENCE, WORD_BEFORE_SPAN, Sentences, sentence_spans, word_before


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_splits_at_sentence_ends_and_newlines() -> None:
    text = "Hundreds fled on Monday. Aid arrived later!\nA heading without a full stop\nIs it over? Yes."
    assert _sentences(text) == [
        "Hundreds fled on Monday.",
        "Aid arrived later!",
        "A heading without a full stop",
        "Is it over?",
        "Yes.",
    ]


def test_a_run_of_stops_ends_a_sentence_once_and_from_its_first_stop() -> None:
    # The run is one boundary wherever it stands: before a capital, a line break, the end of
    # the text, or inside a sentence before a lower-case word.
    text = "Was it shelling?! Nobody knew... Then the road closed.\nWait...\n... and after.....Rain"
    assert _sentences(text) == [
        "Was it shelling?!",
        "Nobody knew...",
        "Then the road closed.",
        "Wait...",
        "... and after.....Rain",
    ]
    long_run = "Convoys left" + "." * 1500 + " Then two returned."
    assert _sentences(long_run) == [long_run[: long_run.index(" Then")], "Then two returned."]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    text = "The U.N. said Dr. Hale and J. Smith counted 2.5 million people. Then it rained."
    assert _sentences(text) == [
        "The U.N. said Dr. Hale and J. Smith counted 2.5 million people.",
        "Then it rained.",
    ]


def test_quotes_after_the_full_stop_stay_with_the_sentence() -> None:
    text = 'He said: "We left everything." Then the shelling began.'
    assert _sentences(text) == ['He said: "We left everything."', "Then the shelling began."]


def test_spans_are_trimmed_offsets_into_the_text() -> None:
    text = "  First one.   Second one.  "
    for start, end in sentence_spans(text):
        assert text[start:end] == text[start:end].strip()
    assert [text[a:b] for a, b in sentence_spans(text)] == ["First one.", "Second one."]


def test_long_runs_without_punctuation_are_cut() -> None:
    text = "word " * 5000
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(b - a <= MAX_SENTENCE for a, b in spans)


def test_empty_and_blank_text() -> None:
    assert _sentences("") == []
    assert _sentences(" \n\n \t") == []


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


# --- where the two old splitters differed ---------------------------------------------------


def test_a_stop_before_a_lower_case_word_does_not_end_the_sentence() -> None:
    # The rules' old splitter cut here, the extractor's did not: a quote broken by an ellipsis,
    # or "etc." mid-sentence, continues in lower case.
    text = '"We will go on \u2026 whether in the north or the south," the officer said. Then he left.'
    assert _sentences(text) == [
        '"We will go on \u2026 whether in the north or the south," the officer said.',
        "Then he left.",
    ]


def test_a_repaired_entity_at_a_sentence_end_stays_whole() -> None:
    # The extractor's old spans ended inside "& # 39;" (at the padding clean() leaves).
    text = "& # 39;Back from the brink& # 39;\nA new line starts here."
    assert _sentences(text) == ["& # 39;Back from the brink& # 39;", "A new line starts here."]


def test_arabic_and_cjk_stops_end_sentences() -> None:
    # Arabic has no capitals: the extractor's old splitter never cut Arabic text.
    parts = [
        "\u0647\u0644 \u0627\u0646\u062a\u0647\u0649\u061f",
        "\u0646\u0639\u0645.",
        "\u00ab\u0630\u0647\u0628\u0648\u0627\u00bb.",
    ]
    parts += ["\u597d\u3002", "\u518d\u89c1"]
    assert _sentences(" ".join(parts)) == parts


# --- both users see the same boundaries -------------------------------------------------------

OWN_TEXT = (
    "& # 39;Flight from the valley& # 39;\n"
    "Dr. Amal Haddad of the U.N. agency said on Jan. 3 that about 2,400 families had fled "
    "the shelling \u2026 mostly toward the border, and that more were leaving. "
    "Officials in the nearby town said 900 people had arrived there.\n"
    "Convoys kept moving. The road was cut near the bridge."
)


def test_a_figures_sentence_is_the_sentence_rules_see() -> None:
    found = extract_facts(OWN_TEXT).figures
    assert {f.value for f in found} >= {2400, 900}
    rules_view = Sentences(OWN_TEXT)
    for fig in found:
        assert fig.sentence == rules_view.text_at(fig.start)
    assert [OWN_TEXT[a:b] for a, b in prepare(OWN_TEXT).spans] == [OWN_TEXT[a:b] for a, b in rules_view.spans]


def test_same_sentence_fires_exactly_where_the_extractor_puts_one_sentence(tmp_path: Path) -> None:
    def make_rules(condition: str) -> RuleSet:
        path = tmp_path / "rules.yaml"
        path.write_text(rule_file(condition), encoding="utf-8")
        return load_rules([path])

    rules = make_rules("same_sentence: {a: [Haddad], b: [border]}")
    assert fired(rules, article(OWN_TEXT), facts()) == ["r"]
    # "Haddad" and "families" share the figure's sentence; "Haddad" and "bridge" do not.
    (fig,) = [f for f in extract_facts(OWN_TEXT).figures if f.value == 2400]
    assert "Haddad" in fig.sentence and "border" in fig.sentence and "bridge" not in fig.sentence
    assert fired(make_rules("same_sentence: {a: [Haddad], b: [bridge]}"), article(OWN_TEXT), facts()) == []
    assert fired(make_rules("same_sentence: {a: [Convoys], b: [bridge]}"), article(OWN_TEXT), facts()) == []


@pytest.mark.parametrize(
    ("path", "count"), [(SEED_ARTICLE, 35), (SAMPLE_ARTICLE, 10)], ids=["seed", "sample"]
)
def test_a_whole_article_has_one_sentence_count(path: Path, count: int) -> None:
    if not path.exists():
        pytest.skip(f"article not found at {path} (third-party text is read from ../shared only)")
    text = path.read_text(encoding="utf-8")
    extractor_spans = prepare(text).spans
    rules_spans = Sentences(text).spans
    assert len(extractor_spans) == len(rules_spans) == count
    assert extractor_spans == rules_spans


# The word before a stop, read by a backward loop, is what the search ``([\w.]+)$`` over the
# span before it read: letters of any script, digits, "_" and dots; a line break right at the
# end is passed over, any other character ends the word, and the span bounds it.
_WORD_BEFORE_REGEX = re.compile(r"([\w.]+)$")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Talks with Gov. Ramos", 15),
        ("met the U.N. envoy", 12),
        ("in Hama\n.", 8),
        ("in Hama\n\n.", 9),
        ("x_y.z", 5),
        ("road to Ḥaṣṣa.", 14),
        ("count ٣٤ here", 8),
        ("a verylongwordthatgoesonandon.", 30),
        ("", 0),
        ("no word before: ", 16),
        ("tab\t.", 4),
        ("\n", 1),
    ],
)
def test_word_before_reads_what_the_backward_search_read(text: str, end: int) -> None:
    m = _WORD_BEFORE_REGEX.search(text, max(0, end - WORD_BEFORE_SPAN), end)
    assert word_before(text, end) == (m.group(1) if m else "")
