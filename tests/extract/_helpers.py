"""Build the internal objects of the figure extractor from one invented sentence."""

from __future__ import annotations

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
