"""lexicon.py, figures.py: more ways news says people moved.

"lost their homes", "forced to leave", "deserted the village", "sought safety", and a
relocation whose destination, said after the people, is safety ("relocated 5,000 residents to
higher ground"). Every sentence is invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

JUNE = datetime(2024, 6, 15, 12, tzinfo=UTC)


def kinds(text: str) -> list[str]:
    return [f.kind for f in extract_figures(text, published=JUNE)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("About 3,000 people lost their homes in the fire on Sunday.", "new_displacement"),
        ("Some 900 families lost their houses when the river burst its banks this week.", "new_displacement"),
        ("Around 9,000 people have been cut off and forced to leave this week.", "new_displacement"),
        ("Up to 70,000 people could be forced to leave if the dam breaks.", "projected"),
        ("Some 500 households have deserted the village after the raid on Monday.", "new_displacement"),
        (
            "Nearly 2,000 residents deserted their neighbourhoods as the shelling intensified on Friday.",
            "new_displacement",
        ),
        ("At least 6,000 residents have sought safety in nearby towns since Monday.", "new_displacement"),
        ("Authorities relocated 5,000 residents to higher ground on Wednesday.", "new_displacement"),
        ("The army moved some 1,200 families to safer areas overnight.", "new_displacement"),
    ],
)
def test_these_wordings_tell_a_movement(text: str, kind: str) -> None:
    assert kind in kinds(text), (text, kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,500 people still live in the deserted village, the mayor said on Monday.",
        "About 2,000 staff were relocated to the new headquarters on Monday.",
        "The agency relocated 300 refugee families to a new camp on Tuesday.",
        "About 3,000 people lost their jobs when the factory closed on Sunday.",
        "In 2015, about 3,000 people lost their homes in a fire in the same district.",
    ],
)
def test_these_are_no_new_flight(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


# Another country's citizens evacuated, flown out or told to leave are no displacement of the
# people of a place; citizens with no nationality, or foreigners who flee on foot, still are.
@pytest.mark.parametrize(
    "text",
    [
        "The UK has evacuated 1,500 British nationals from the capital since Sunday.",
        "India evacuated 3,000 of its citizens from the war zone this week.",
        "The embassy told its 4,000 citizens in the country to leave immediately.",
        "Japan has flown out about 600 of its own nationals since the airport reopened on Monday.",
        "Some 800 Canadian citizens were evacuated by sea on Tuesday.",
    ],
)
def test_foreign_citizens_leaving_are_no_displacement(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 citizens were evacuated from the flooded village on Monday.",
        "More than 5,000 Sudanese nationals fled to Chad this week.",
        "About 2,000 residents were evacuated from the district on Monday.",
    ],
)
def test_citizens_of_the_place_moving_are_displaced(text: str) -> None:
    assert "new_displacement" in kinds(text), (text, kinds(text))


# A hedge near a stock governs a movement only in its own clause: a movement word in an "if" or
# "because" clause after it ("if aid does not arrive") moves no people.
@pytest.mark.parametrize(
    "text",
    [
        "The 1.5 million people sheltering in the city could face famine if aid does not arrive.",
        "Some 400,000 refugees in the camps may lose their rations unless new funds arrive.",
        "The 60,000 people living in the shelters could go hungry because convoys cannot cross the river.",
    ],
)
def test_a_movement_in_another_clause_makes_no_projection_of_a_stock(text: str) -> None:
    assert "projected" not in kinds(text), (text, kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Up to 1 million displaced people could be forced to flee again if the fighting spreads.",
        "The 300,000 refugees in the camps may have to move again if the floods reach them.",
    ],
)
def test_a_stock_that_may_move_again_is_still_projected(text: str) -> None:
    assert "projected" in kinds(text), (text, kinds(text))


# Headlines write the movement in the present: every third-person form is a movement.
@pytest.mark.parametrize(
    "text",
    [
        "Violence uproots 8,000 in the capital's northern districts",
        "Government deports 3,000 migrants to the border town",
        "Floods leave 10,000 homeless in the southern delta",
        "Fighting displaces 12,000 in the hills, agency says",
    ],
)
def test_headline_verbs_in_the_present_tell_a_movement(text: str) -> None:
    assert "new_displacement" in kinds(text), (text, kinds(text))


# Going home in any tense is a return, not a new flight: "have gone back to their homes".
@pytest.mark.parametrize(
    "text",
    [
        "Some 50,000 refugees have gone back to their homes since the ceasefire on Monday.",
        "About 1,500 displaced people have gone back to the villages this week.",
        "Nearly 800 families have come back to the town after the army retook it on Friday.",
    ],
)
def test_going_back_in_any_tense_is_a_return(text: str) -> None:
    assert kinds(text) == ["returns"], (text, kinds(text))


# A word of staying before a plural noun counts things: "5,000 housing units", "30 sheltering
# sites"; a word of moving before a people noun still counts people.
@pytest.mark.parametrize(
    "text",
    [
        "The new settlement will have 5,000 housing units for displaced families.",
        "The council will open 30 sheltering sites for people who fled the floods next week.",
        "Some 2,000 hosting households could receive cash to help people who fled the fighting.",
    ],
)
def test_things_for_the_displaced_are_no_count_of_them(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


def test_a_word_of_moving_before_a_people_noun_still_counts_people() -> None:
    assert "new_displacement" in kinds("Some 5,000 fleeing villagers reached the town on Monday.")


# Money pledged, allocated or sought "for" the count is aid for a caseload, not a movement.
@pytest.mark.parametrize(
    "text",
    [
        "The European Union pledged 50 million euros on Tuesday for the 5 million refugees of the war.",
        "The government allocated $20 million for some 30,000 displaced families this week.",
        "The agency is seeking $12 million in new funding for 80,000 people who fled the floods on Monday.",
    ],
)
def test_money_for_a_count_is_no_figure(text: str) -> None:
    assert not {"new_displacement", "projected"} & set(kinds(text)), (text, kinds(text))


def test_a_call_for_calm_as_people_flee_is_still_a_flight() -> None:
    text = "Leaders appealed for calm as some 20,000 people fled the town on Monday."
    assert kinds(text) == ["new_displacement"]
