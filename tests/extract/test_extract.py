"""alerts.extract: extract_facts on whole articles - the seed article, offsets, robustness."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from alerts.extract import extract_facts
from alerts.models import Facts

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def _seed() -> str:
    # Third-party news copy: read from shared/ only, never copied into the repository.
    path = SHARED / "seed-article-idlib.txt"
    if not path.exists():
        pytest.skip(f"seed article not found at {path}")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_facts() -> tuple[str, Facts]:
    text = _seed()
    return text, extract_facts(text)


def test_seed_article_figures(seed_facts: tuple[str, Facts]) -> None:
    _, facts = seed_facts
    got = {(f.value, f.unit, f.kind) for f in facts.figures}
    assert got == {
        (100, "people", "new_displacement"),  # headline "Hundreds flee Idlib"
        (100, "families", "new_displacement"),  # "hundreds of families fled" (dev item s008)
        (180, "families", "new_displacement"),
        (1000, "people", "new_displacement"),
        (800000, "people", "projected"),
        (11000000, "people", "cumulative"),
        (3000000, "refugees", "cumulative"),
    }
    assert len(facts.figures) == len(got)


def test_seed_article_non_figures(seed_facts: tuple[str, Facts]) -> None:
    _, facts = seed_facts
    values = {f.value for f in facts.figures}
    for not_a_figure in (350000, 1, 6, 7, 15, 24, 5):  # killed, civilian, wounded, years, minutes, Sukhoi, M5
        assert not_a_figure not in values
    written = " | ".join(f.text for f in facts.figures)
    for word in ("Friday", "Sukhoi", "M5", "minutes", "killed", "wounded"):
        assert word not in written


def test_seed_article_details(seed_facts: tuple[str, Facts]) -> None:
    text, facts = seed_facts
    by_value = {(f.value, f.unit): f for f in facts.figures}
    assert by_value[(180, "families")].text == "about 180 families"
    assert by_value[(180, "families")].approx is True
    assert by_value[(180, "families")].people_estimate == 900
    assert by_value[(1000, "people")].text == "about 1,000 people"
    assert by_value[(3000000, "refugees")].location == "Turkey"
    assert by_value[(11000000, "people")].text == "more than 11 million"
    for fig in facts.figures:
        assert text[fig.start : fig.end] == fig.text
        assert fig.sentence in text


def test_seed_article_warnings(seed_facts: tuple[str, Facts]) -> None:
    text, facts = seed_facts
    sentences = " || ".join(w.sentence for w in facts.warnings)
    # Short cues, not the article's sentences: its text stays in shared/.
    assert "Moscow insist that an offensive" in sentences
    assert "risks of an assault" in sentences
    assert "an offensive could trigger" in sentences
    assert "can avoid an assault" not in sentences  # diplomacy, not a threat
    assert any(w.location == "Idlib" for w in facts.warnings)
    for warning in facts.warnings:
        assert text[warning.start : warning.end] == warning.cue


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n\t", ".", "1", "one", "&#;", "& # ;", "\x00\x01", "\U0001f642" * 50]
)
def test_degenerate_input(text: str) -> None:
    assert extract_facts(text) == Facts()


def test_unicode_and_odd_characters_do_not_break_offsets() -> None:
    text = (
        "\u0130stanbul \ufb01 \u00e9t\u00e9. Pr\u00e8s de 3\u202f000 familles\u2014no. "
        "About 4,000 people fled Afr\u012bn \u2019s."
    )
    facts = extract_facts(text)
    for fig in facts.figures:
        assert text[fig.start : fig.end] == fig.text


def test_megabyte_of_mixed_text() -> None:
    rng = random.Random(7)
    pieces = [
        "About 4,000 people fled Ariha on Monday.",
        "The army warned it would storm the town.",
        "1,2,3 4.5.6 --- & # 39; M23 COVID-19 $5m 45% 10:30",
        "Tens of thousands",
        "\u00e9\u00e8\u0130\ufb01 \U0001f642",
        "word " * 50,
        "(((((",
        "\n\n",
    ]
    text = "".join(rng.choice(pieces) + " " for _ in range(40000))[:1_000_000]
    facts = extract_facts(text)
    assert facts.figures  # the repeated sentence is found (once: repeats are dropped)
    for fig in facts.figures:
        assert text[fig.start : fig.end] == fig.text


def test_random_characters() -> None:
    rng = random.Random(11)
    alphabet = "ab1,.; \n-&#'\"()0123456789MTthousandmillion"
    for _ in range(50):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 400)))
        facts = extract_facts(text)
        for fig in facts.figures:
            assert text[fig.start : fig.end] == fig.text
