"""warnings.py and places.py, nineteenth round (issue 11): offensive warnings for any place, found
and placed right on fresh page openings shaped like a feed's (kept outside the repository).
Invented sentences of the same shapes, each with the neighbouring reading that must stay silent or
keep its place."""

from __future__ import annotations

import pytest

from alerts.extract.places import find_places

from ._helpers import warned


def names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


# Strikes named by their arm ("land strikes", "missile strikes", "drone strikes") are attacks with a
# place as object under a cue, as air strikes already were.
@pytest.mark.parametrize(
    "text",
    [
        "President Holm again threatened land strikes against Kessaria at a rally this week.",
        "The rebels threatened drone strikes on the airport in Kessaria.",
        "Missile strikes on Kessaria could resume within days, officials warned.",
    ],
)
def test_strikes_named_by_their_arm_warn(text: str) -> None:
    assert warned(text) == ["Kessaria"]


# The neighbours: strikes already made, denied, or a labour strike stay silent.
@pytest.mark.parametrize(
    "text",
    [
        "Land strikes on Kessaria killed nine people on Monday.",
        "The minister said missile strikes on Kessaria last week had destroyed a depot.",
        "Unions threatened strikes on the railways of Kessaria next month.",
        "The president denied planning land strikes on Kessaria.",
        "The army carried out land strikes on Kessaria after the deadline passed.",
    ],
)
def test_strikes_made_denied_or_by_workers_stay_silent(text: str) -> None:
    assert warned(text) == []


# An aim told by a noun with a verb of conquest: "signalled a desire to seize the harbour of X".
@pytest.mark.parametrize(
    "text",
    [
        "Neighbours worry as Lorvia signalled a desire to seize the harbour town of Vesta.",
        "Lorvia has made no secret of its ambitions to seize the port of Vesta.",
    ],
)
def test_a_desire_to_capture_a_place_warns(text: str) -> None:
    assert warned(text) == ["Vesta"]


@pytest.mark.parametrize(
    "text",
    [
        "The coach spoke of his desire to capture the title in Vesta.",
        "Lorvia denied any desire to seize the harbour town of Vesta.",
        "The company's ambition to take over the port of Vesta worried investors.",
        "She described her ambition to capture the beauty of Vesta on film.",
    ],
)
def test_a_desire_for_a_title_a_company_or_a_denied_one_stays_silent(text: str) -> None:
    assert warned(text) == []


# Residents instructed to leave ahead of strikes, with the addressee as long as the order names it
# ("residents of several blocks in the eastern suburbs of X").
@pytest.mark.parametrize(
    "text",
    [
        "The army issued evacuation orders late Friday to residents of several blocks in the eastern"
        " suburbs of Dorvan, instructing them to get out before planned airstrikes.",
        "The army instructed residents of Dorvan to evacuate ahead of a planned operation.",
    ],
)
def test_residents_instructed_to_leave_ahead_of_strikes_warn(text: str) -> None:
    assert warned(text) == ["Dorvan"]


@pytest.mark.parametrize(
    "text",
    [
        "The school instructed pupils to leave ahead of the storm in Dorvan.",
        "The police instructed residents of Dorvan to evacuate before the floods.",
        "The company instructed staff in Dorvan to leave before the holidays.",
        "Doctors instructed patients in Dorvan to leave before the strikes by nurses began.",
    ],
)
def test_instructions_to_leave_before_storms_floods_or_holidays_stay_silent(text: str) -> None:
    assert warned(text) == []


# A part of a place after its possessive, in the addressee of an evacuation warning: "residents of
# X's eastern districts" are X's.
def test_residents_of_a_part_of_a_place_name_the_place() -> None:
    text = (
        "The army sent a pressing notice to families in Dorvan's eastern districts, urging them to"
        " leave at once ahead of potential strikes."
    )
    assert warned(text) == ["Dorvan"]


# The neighbours: a possessive that owns another place ("Dorvan's rival town of Elm") or a body
# ("Dorvan's council") leaves the place to the town named.
@pytest.mark.parametrize(
    "text",
    [
        "The army sent a pressing notice to families in Dorvan's rival town of Elm, urging them to"
        " leave ahead of strikes.",
        "Officials of Dorvan's council told residents of Elm to evacuate ahead of an assault.",
    ],
)
def test_a_possessive_owning_another_place_keeps_that_place(text: str) -> None:
    assert warned(text) == ["Elm"]


# Fighting someone expects at a place, in the active voice: "commanders expected fierce clashes
# in X" (the passive "clashes are expected in X" was read already).
@pytest.mark.parametrize(
    "text",
    [
        "Local commanders expected fierce clashes in Dorvan after the killing of their chief.",
        "The army said it expected heavy fighting in Dorvan in the coming days.",
    ],
)
def test_fighting_expected_at_a_place_warns(text: str) -> None:
    assert warned(text) == ["Dorvan"]


@pytest.mark.parametrize(
    "text",
    [
        "Violent clashes in Dorvan killed five people on Sunday.",
        "Residents had not expected clashes in Dorvan after the truce.",
        "Analysts expected clashes in Dorvan to ease after the deal.",
        "Observers expected the fighting in Dorvan to continue through the week.",
        "Police expected clashes in Dorvan between rival fans after the match.",
    ],
)
def test_past_denied_waning_or_sporting_clashes_stay_silent(text: str) -> None:
    assert warned(text) == []


# An attack's origin and where the origin lies ("offensives from X in Y Region") are not its target:
# the place retaken is.
def test_the_origin_of_an_offensive_and_its_region_are_not_the_target() -> None:
    text = "The junta prepares ground offensives from Vesta in Kallo Region to retake southern Arvan State."
    assert warned(text) == ["Arvan State"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The junta is preparing an offensive in Kallo Region.", "Kallo Region"),
        ("Troops from Vesta in Kallo Region will storm Arvan within days.", "Arvan"),
        ("The army is preparing a new offensive in Arvan, with troops from Vesta.", "Arvan"),
        ("The army is planning an offensive from the north on Arvan.", "Arvan"),
    ],
)
def test_a_region_of_the_offensive_itself_keeps_its_place(text: str, place: str) -> None:
    assert warned(text) == [place]


# A holiday is a day, not a place: "told troops on Thanksgiving that ...".
@pytest.mark.parametrize("holiday", ["Thanksgiving", "Easter", "Passover", "Diwali", "Nowruz"])
def test_a_holiday_is_no_place(holiday: str) -> None:
    assert names(f"The general spoke to the troops on {holiday} about the coming weeks.") == []


def test_a_place_beside_a_holiday_is_still_found() -> None:
    assert names("Families met in Dorvan on Easter as the army threatened to storm the town.") == ["Dorvan"]
