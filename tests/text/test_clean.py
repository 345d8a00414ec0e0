"""clean.py: offset-preserving clean-up, entity repair, HTML to text, repeated paragraphs."""

from __future__ import annotations

import pytest

from alerts.text.clean import clean, dedupe_paragraphs, html_to_text, repair_entities


def test_clean_repairs_broken_entities_without_moving_offsets() -> None:
    raw = "& # 39;Stay& # 39; said the mayor &amp; 1,000 left"
    cleaned = clean(raw)
    assert len(cleaned) == len(raw)
    assert cleaned.startswith("'")
    assert "&" not in cleaned.replace("& ", "")  # "&amp;" became "&" plus padding
    assert cleaned.index("1,000") == raw.index("1,000")


def test_clean_unifies_odd_spaces_and_curly_apostrophes() -> None:
    assert clean("600\u00a0000 people\u2019s") == "600 000 people's"


def test_clean_reads_an_acute_accent_as_an_apostrophe() -> None:
    # a copy step typed it for one: the possessive must read as one ("Kessaland's army")
    assert clean("Kessaland\u00b4s army") == "Kessaland's army"


def test_one_entity_repair_for_clean_and_feeds() -> None:
    # The names only the feeds' repairer knew, and the spaced-out forms only the extractor's
    # knew, are now repaired by both entry points alike.
    raw = "Wait&hellip; & # 8220;go& # 8221; & mdash; now&#39 ;s"
    assert repair_entities(raw) == "Wait\u2026 \u201cgo\u201d \u2014 now's"
    cleaned = clean(raw)
    assert len(cleaned) == len(raw)
    # The same characters, with spaces where the entities' extra length was.
    assert cleaned.replace(" ", "") == repair_entities(raw).replace(" ", "")


def test_entity_repair_decodes_one_level_only() -> None:
    # "&amp;lt;" is the text "&lt;" written escaped once: it must not become a "<".
    assert repair_entities("a &amp;lt;b&amp;gt;") == "a &lt;b&gt;"
    assert html_to_text("<p>a &amp;lt;b&amp;gt;</p>") == "a <b>"


def test_html_to_text_unifies_every_odd_space() -> None:
    assert html_to_text("<p>600\u202f000\u2009people \u00a0fled</p>") == "600 000 people fled"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>a</p><script>evil()</script><p>b</p>", "a\n\nb"),
        ("<p>a</p><noscript>enable js</noscript><template>t</template><p>b</p>", "a\n\nb"),
        ("one<br>two", "one\n\ntwo"),
        ("  spaced \t out\u00a0text  ", "spaced out text"),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_repair_entities_and_dedupe_directly() -> None:
    assert repair_entities("a & # 60; b & gt; c") == "a < b > c"
    assert dedupe_paragraphs("Caption\n\nBody\n\ncaption\n\nEnd") == "Caption\n\nBody\n\nEnd"
