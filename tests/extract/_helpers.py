"""Build the internal objects of the figure extractor from one invented sentence, and read an
invented text's figures or warnings as the shape tests compare them."""

from __future__ import annotations

from datetime import UTC, datetime

from alerts.extract import detect_warnings, extract_figures
from alerts.extract.clause import Cand, Sentence
from alerts.extract.nounphrase import noun_phrase
from alerts.extract.numbers import find_numbers
from alerts.extract.sentences import prepare


def sentence(text: str) -> Sentence:
    doc = prepare(text)
    assert len(doc.spans) == 1, doc.spans
    a, b = doc.spans[0]
    tokens = doc.tokens(0)
    return Sentence(doc, 0, doc.cleaned, a, b, tokens, [t.start for t in tokens], True)


def candidates(s: Sentence) -> list[Cand]:
    out = []
    for phrase in find_numbers(s.text, s.start, s.end):
        i0, i1 = s.index(phrase.start), s.index(phrase.end)
        cand = Cand(phrase, i0, i1, i1, None, "")
        noun_phrase(s, cand)
        out.append(cand)
    return out


# The publication dates the shape tests read their invented texts under.
JUNE = datetime(2024, 6, 20, 12, tzinfo=UTC)
MARCH = datetime(2026, 3, 1, tzinfo=UTC)


def found(text: str, published: datetime = JUNE) -> list[tuple[int, str, str]]:
    """Each figure of the text as (value, unit, kind)."""
    return [(f.value, f.unit, f.kind) for f in extract_figures(text, published=published)]


def kinds(text: str) -> list[str]:
    return [kind for _, _, kind in found(text)]


def warned(text: str, published: datetime = MARCH) -> list[str | None]:
    """The place of each warning in the text (None: a warning with no place)."""
    return [w.location for w in detect_warnings(text, published=published)]


def where(text: str) -> str | None:
    """The place of the text's first figure (the text must have one)."""
    figures = extract_figures(text)
    assert figures, text
    return figures[0].location
