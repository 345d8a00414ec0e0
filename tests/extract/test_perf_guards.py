"""The cheap guards put before costly patterns (round six of the speed work) skip no match: on
texts built at random from each pattern's own words, every match comes with its guard true."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from alerts.extract import figures, sentences, warnings
from alerts.text.substrings import holds_any


def _texts(vocabulary: list[str], seed: int, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 10))) for _ in range(n)]


def _guarded(pattern: re.Pattern[str], guard: Callable[[str], bool], texts: list[str]) -> int:
    """How many texts match (each asserted to pass the guard)."""
    hits = 0
    for text in texts:
        if pattern.search(text) is not None:
            hits += 1
            assert guard(text), text
    return hits


def test_a_glued_dash_has_its_noun_before_a_hyphen() -> None:
    words = ["3,100", "41", "displaced", "people-about", "families-fled", "IDPs-were", "children-half",
             "of", "them", "-", "co-op", "5,000-strong", "migrants-", "crossed", "HHs-left", "a"]  # fmt: skip
    texts = [t.replace(" -", "-") for t in _texts(words, 1)]
    assert _guarded(sentences._GLUED_DASH, sentences._noun_before_hyphen, texts) > 20
    assert not sentences._noun_before_hyphen("the 5,000-strong co-op unit")
    assert sentences._unglue_dashes("some 800 villagers-nearly 200 families-fled") == (
        "some 800 villagers\u2013nearly 200 families\u2013fled"
    )


def test_a_population_window_holds_its_letters_lowered() -> None:
    words = ["the", "town's", "Population", "POPULATION", "population", "of", "OF", "about", "displaced",
             "IDP", "popul-ation", "9,000"]  # fmt: skip
    pattern = re.compile(figures._POPULATION_OF.pattern.removesuffix("$"), figures._POPULATION_OF.flags)
    assert _guarded(pattern, lambda t: "opulat" in t.lower(), _texts(words, 2)) > 20


def _each_matches_and_passes(
    pattern: re.Pattern[str], guard: Callable[[str], bool], texts: list[str]
) -> None:
    for text in texts:
        assert pattern.search(text) is not None, text
        assert guard(text), text


def test_an_ending_foreseen_holds_its_verb() -> None:
    _each_matches_and_passes(
        warnings._ENDS_SOON,
        lambda t: holds_any(t, warnings._ENDS_SOON_NEEDS),
        [
            "the push on the valley will end within days",
            "the siege could soon be over ,",
            "the drive would quickly wind down by spring",
            "the raid should finish",
        ],
    )
    assert warnings._ENDS_SOON.search("the truce will hold and the ending came") is None


def test_each_attack_still_to_come_holds_its_literal() -> None:
    w = warnings

    def has(needs: tuple[str, ...]) -> Callable[[str], bool]:
        return lambda t: not w._SENTENCE_SCAN.found_in(t).isdisjoint(needs)

    _each_matches_and_passes(
        w._AHEAD_WITH,
        has((" ahead with", " forward with")),
        ["the army will push ahead with the assault on the hill town of", "is moving forward with its "
         "long-awaited offensive into the delta"],
    )  # fmt: skip
    _each_matches_and_passes(w._DATE_SET, has(("date ",)), ["a date for the offensive on the port"])
    _each_matches_and_passes(
        w._NOT_RULED_OUT,
        lambda t: "rul" in t,
        ["they cannot rule out an assault on the hills", "never ruling out the possibility of troops "
         "storming the town"],
    )  # fmt: skip
    _each_matches_and_passes(w._TARGET_COLON, lambda t: ":" in t, ["the most likely target : the port"])
    _each_matches_and_passes(
        w._PRE_EMPT,
        has(w._PRE_EMPT_NEEDS),
        ["raids to pre-empt the assault", "to preempt an offensive", "efforts heading off the coming "
         "assault", "moves to forestall an attack"],
    )  # fmt: skip
    when = has(w._WHEN_UNKNOWN_NEEDS)
    _each_matches_and_passes(
        w._WHEN_UNKNOWN,
        lambda t: when(t) or "undecided" in t,
        ["the timing of the assault is still undecided", "the start of the offensive remains unclear",
         "did not say when the ground offensive would begin"],
    )  # fmt: skip
    _each_matches_and_passes(w._INTENSIFY_BEFORE, lambda t: "intensify" in t, ["vowed to intensify its"])


def test_a_total_time_holds_one_of_its_literals() -> None:
    """lexicon.cumulative_time skips CUMULATIVE_TIME on a sentence without its literals (round
    eleven): one text per alternative matches and passes the guard; random texts from the
    pattern's own words never match with the guard false; a plain clause is skipped."""
    from alerts.extract import lexicon as lx

    def guard(t: str) -> bool:
        return holds_any(t, lx.CUMULATIVE_TIME_NEEDS)

    _each_matches_and_passes(
        lx.CUMULATIVE_TIME,
        guard,
        [
            "some 40,000 have left since the long dry war",
            "since the outbreak of the insurgency , 900 families moved",
            "since it began , 12,000 people crossed",
            "since the army took power , thousands left",
            "since the palace coup , 3,000 left",
            "since mid 2017 , 80,000 have gone",
            "by the end of 2030 , 5,000 will be counted",
            "as at noon , 700 were sheltered",
            "2,000 to date",
            "6,000 in total",
            "a cumulative 9,000",
            "at the end of 2011 , 300 remained",
            "at the start of 2012 some 400 were registered",
            "during the last two decades 50,000 moved",
            "over the years 20,000 settled",
            "for many decades 8,000 stayed",
        ],
    )
    words = ["since", "the", "war", "by", "june", "2019", "as", "of", "at", "to", "date", "in", "total",
             "over", "years", "for", "past", "decade", "end", "start", "cumulative", "it", "began",
             "coup"]  # fmt: skip
    assert _guarded(lx.CUMULATIVE_TIME, guard, _texts(words, 11)) > 20
    assert lx.cumulative_time("3,000 people fled the hill town after the flood , officials said") is None
    assert lx.cumulative_time("3,000 people have fled since the war began") is not None
