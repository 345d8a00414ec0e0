"""numbers.py: number phrases, values, hedges, ranges and forms."""

from __future__ import annotations

import pytest

from alerts.extract.numbers import find_numbers


def one(text: str) -> tuple[str, int, int | None, bool, str]:
    found = find_numbers(text)
    assert len(found) == 1, found
    n = found[0]
    return text[n.start : n.end], n.value, n.range_high, n.approx, n.form


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("some 4,250 families", "some 4,250", 4250),
        ("a crowd of 1,250,000 people", "1,250,000", 1250000),
        ("almost 300 000 people", "almost 300 000", 300000),
        ("2.3 million Iraqis", "2.3 million", 2300000),
        ("1.5m people", "1.5m", 1500000),
        ("12 thousand residents", "12 thousand", 12000),
    ],
)
def test_digits_with_separators_and_scales(text: str, written: str, value: int) -> None:
    got = one(text)
    assert got[0] == written
    assert got[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four million people", 4000000),
        ("twenty-five families", 25),
        ("two hundred and fifty thousand", 250000),
        ("a hundred households", 100),
        ("half a million Somalis", 500000),
        ("a quarter of a million people", 250000),
        ("a dozen families", 12),
        ("two dozen families", 24),
        ("Three dozen residents", 36),
        ("half a dozen families", 6),
        ("Nineteen villagers", 19),
    ],
)
def test_number_words(text: str, value: int) -> None:
    assert one(text)[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hundreds of families", 100),
        ("Thousands fled", 1000),
        ("tens of thousands of people", 10000),
        ("hundreds of thousands of people", 100000),
        ("millions of children", 1000000),
        ("several thousand residents", 1000),
        ("dozens of people", 12),
        ("a couple of hundred people", 200),
        ("a couple of thousand residents", 2000),
    ],
)
def test_vague_quantities_are_lower_bounds_and_approximate(text: str, value: int) -> None:
    _, got, _, approx, _ = one(text)
    assert got == value
    assert approx is True


@pytest.mark.parametrize(
    "hedge",
    [
        "about", "around", "some", "nearly", "almost", "more than", "over", "at least", "up to",
        "as many as", "an estimated", "approximately", "roughly", "close to", "fewer than",
    ],
)  # fmt: skip
def test_hedges_make_a_number_approximate(hedge: str) -> None:
    written, value, _, approx, _ = one(f"{hedge} 6,000 people")
    assert written == f"{hedge} 6,000"
    assert value == 6000
    assert approx is True


def test_unhedged_numbers_are_exact() -> None:
    assert one("6,000 people")[3] is False
    assert one("6,000 or more people")[3] is True


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("10,000 to 15,000 people", 10000, 15000),
        ("10,000-15,000 people", 10000, 15000),
        ("between 300 and 500 families", 300, 500),
        ("from 2 to 3 million people", 2000000, 3000000),
        ("two to three million people", 2000000, 3000000),
    ],
)
def test_ranges_keep_both_bounds(text: str, low: int, high: int) -> None:
    _, value, range_high, _, _ = one(text)
    assert (value, range_high) == (low, high)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("in 2014 the town", "year"),
        ("on 12 March the", "date"),
        ("on March 12, the", "date"),
        ("by Tuesday 14 the", "date"),
        ("cost $40 million", "money"),
        ("cost US$ 40 million", "money"),
        ("some 45% of homes", "percent"),
        ("45 per cent of homes", "percent"),
        ("at 10:30 on", "time"),
        ("at 5 pm", "time"),
        ("a Mig 29 jet", "identifier"),
    ],
)
def test_forms_that_are_never_head_counts(text: str, form: str) -> None:
    forms = {n.form for n in find_numbers(text)}
    assert form in forms


@pytest.mark.parametrize(
    "text", ["the M4 highway", "COVID-19 cases", "a Su-25 jet", "the 3rd day", "a six-month plan"]
)
def test_codes_ordinals_and_hyphenated_adjectives_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_one_as_a_pronoun_is_not_a_number() -> None:
    assert find_numbers("one of the camps and no one else") == []
    assert [n.value for n in find_numbers("one family stayed")] == [1]


def test_offsets_index_the_text_inside_a_window() -> None:
    text = "Intro. About 7,000 people fled. Later 300 returned."
    second = text.index("Later")
    found = find_numbers(text, second)
    assert [text[n.start : n.end] for n in found] == ["300"]


def test_trying_the_number_pattern_only_where_a_phrase_can_start_finds_the_same_phrases() -> None:
    from alerts.extract.numbers import _NUMBER_LOWER, _matches

    sentences = [
        "well over 2,000 people and slightly more than three hundred families fled on monday",
        "between 10,000 and 20,000, up to 1.5m residents, approx. 300 or so, 40+ households",
        "a quarter of a million, three quarters of a billion, half a million, a dozen, one dozen",
        "two dozen, half a dozen, a couple of hundred",
        "tens of thousands, several hundred, a few thousand, many million, hundreds, scores of millions",
        "twenty-one thousand and five, two hundred and fifty thousand, an estimated 45,000",
        "no one left; the one who stayed; covid-19, su-24, m23, 600 000 people, \u0663\u0660\u0660 people",
        "in excess of 7k, upwards of 12 bn, on average 30 a day, at least 5 in 2023 at 10:30",
    ]
    for sentence in sentences:
        expected = [(m.span(), m.groupdict()) for m in _NUMBER_LOWER.finditer(sentence)]
        assert [(m.span(), m.groupdict()) for m in _matches(sentence)] == expected
        assert expected  # every sentence holds numbers: the comparison is not vacuous


# South Asian scale words: a lakh is 100,000, a crore 10 million; rupees are money.
@pytest.mark.parametrize(
    ("text", "value", "form"),
    [
        ("some 1.2 lakh people", 120_000, "count"),
        ("two lakh residents", 200_000, "count"),
        ("over 3 lakhs evacuees", 300_000, "count"),
        ("1.5 crore people", 15_000_000, "count"),
        ("Rs 5 crore for relief", 50_000_000, "money"),
        ("Rs. 20 lakh in aid", 2_000_000, "money"),
    ],
)
def test_lakh_and_crore(text: str, value: int, form: str) -> None:
    (phrase,) = find_numbers(text, 0, len(text))
    assert (phrase.value, phrase.form) == (value, form)


# Other ways copy groups digits: the South Asian "1,00,000", dots for thousands in translated
# copy ("15.000", "1.250.000"), and a decimal comma before a scale ("2,5 million").
@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("more than 1,00,000 people", "more than 1,00,000", 100_000),
        ("some 12,50,000 residents", "some 12,50,000", 1_250_000),
        ("about 15.000 people", "about 15.000", 15_000),
        ("nearly 1.250.000 refugees", "nearly 1.250.000", 1_250_000),
        ("about 2,5 million people", "about 2,5 million", 2_500_000),
        ("1.5 million people", "1.5 million", 1_500_000),
        ("1.500 million people", "1.500 million", 1_500_000),
    ],
)
def test_other_digit_groupings(text: str, written: str, value: int) -> None:
    got = one(text)
    assert (got[0], got[1]) == (written, value)


@pytest.mark.parametrize("text", ["in 2,5 hours", "on 12.05.2024", "scores of 1,2 or 3"])
def test_groupings_that_are_no_count_of_thousands(text: str) -> None:
    assert all(n.value < 1000 or n.form != "count" for n in find_numbers(text)), find_numbers(text)
