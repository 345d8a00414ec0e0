"""Review of the three merged figure rounds (story frame round two, shelter counts, stock/new
boundary): the probes that misfired, and the neighbours that must keep their reading.

- refugees who only wish, fear, are urged to or cannot go back frame no return story;
- "again" / "once more" is a flight only of a departure ("left again"), not of a return
  repeated ("a convoy carried 450 refugees home once more");
- an attack "long after" / "well after" a return is no fresh cause of a flight;
- a second object ("displaced N IDPs in A and M IDPs in B") takes the first one's kind only
  when that kind is new: a first object read as a stock must not silence the second.

Invented articles."""

from __future__ import annotations

from datetime import datetime

import pytest

from alerts.extract import extract_figures
from alerts.extract.frame import a_flight_word, story_frame
from tests.extract._helpers import kinds

DECEMBER = datetime(2026, 12, 4)


def _frame(sentence: str) -> str | None:
    low = sentence.lower()
    return story_frame(low, [(0, len(low))])


def _kinds(text: str) -> dict[int, str]:
    return {f.value: f.kind for f in extract_figures(text, published=DECEMBER)}


@pytest.mark.parametrize(
    "lead",
    [
        "Refugees are afraid to return to Miran after months of raids.",
        "Refugees cannot go back to Sorel while the army holds it.",
        "Many refugees refuse to return to Kavi.",
        "Refugees were urged to return to Kavi by the governor.",
        "Refugees hope to go back to Ulla one day.",
        "Refugees would not return to Ulla under the new decree.",
    ],
)
def test_a_return_not_made_frames_no_return_story(lead: str) -> None:
    assert _frame(lead) is None


@pytest.mark.parametrize(
    "lead",
    [
        "Hundreds of refugees returned to Lanto this week.",
        "Refugees are going back to Pell as the rains end.",
        "Refugees return to Orvi after the truce.",
    ],
)
def test_a_return_made_still_frames_a_return_story(lead: str) -> None:
    assert _frame(lead) == "returns"


def test_refugees_leaving_a_camp_under_a_feared_return_stay_new() -> None:
    text = (
        "Refugees afraid to go back to Miran\n\n"
        "Refugees are afraid to return to Miran after months of raids. "
        "Some 3,100 refugees left the Oku camp for the border on Friday."
    )
    assert _kinds(text) == {3100: "new_displacement"}


def test_refugees_leaving_a_camp_in_a_return_story_go_home() -> None:
    # the neighbour: the return made, the refugees leaving are going back (kept)
    text = (
        "Refugees go back to Miran\n\n"
        "Hundreds of refugees returned to Miran this week. "
        "Some 3,100 refugees left the Oku camp for the border on Friday."
    )
    assert _kinds(text)[3100] == "returns"


def test_an_attack_long_past_is_no_cause_of_flight() -> None:
    assert not a_flight_word(
        "about 610 returnees crossed on monday, long after rebels torched the border post."
    )
    text = (
        "Going home\n\nRepatriation to Osso continues. About 610 returnees crossed on Monday, "
        "long after rebels torched the border post."
    )
    assert _kinds(text) == {610: "returns"}


def test_an_attack_just_before_still_causes_a_flight() -> None:
    # the neighbour: the departure as the attack happens, or right after it, is a flight (kept)
    assert a_flight_word("1,400 people left gadra as gunmen raided it.")
    assert a_flight_word("they left soon after gunmen raided the market.")
    text = (
        "Returns and a raid\n\nRefugees have been returning home to Gadra. "
        "On Tuesday 1,400 people left Gadra as gunmen raided it."
    )
    assert _kinds(text) == {1400: "new_displacement"}


def test_a_stock_first_object_does_not_silence_the_second() -> None:
    text = "The raids displaced 2,000 IDPs in Hala and 300 IDPs in Muno on Tuesday."
    assert _kinds(text)[300] == "new_displacement"


def test_a_new_first_object_still_lends_its_kind() -> None:
    # the helper's case, kept
    assert kinds("Clashes this week displaced 4,000 IDPs in Moru and 900 IDPs in Seta.") == [
        "new_displacement",
        "new_displacement",
    ]


def test_a_return_repeated_is_no_flight() -> None:
    # "once more" / "again" of the return itself, not of a departure
    assert not a_flight_word("a convoy carried 450 refugees home once more on tuesday.")
    assert not a_flight_word("the families moved back again to their farms.")
    text = (
        "Convoys\n\nThe repatriation of refugees to Velo continues. "
        "A convoy carried 450 refugees home once more on Tuesday."
    )
    assert _kinds(text) == {450: "returns"}


@pytest.mark.parametrize(
    "sentence",
    [
        "some 600 refugees left the town of dunn again on friday.",
        "the returnees are on the move once more.",
        "families who had gone home had to leave anew.",
    ],
)
def test_a_departure_told_again_is_still_a_flight(sentence: str) -> None:
    assert a_flight_word(sentence)
