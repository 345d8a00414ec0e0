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


# "did not rule out a march on the capital, adding that its fighters had reached the X region, north of
# Y": the marchers are named after the noun, and the object is the capital named earlier ("Y is
# the capital of Z", "Z's capital Y"), not the region past the comma.
@pytest.mark.parametrize(
    "text",
    [
        "Kessa is the capital of Lorvia. But the spokesman did not rule out a march on the capital,"
        " adding that its fighters had reached the Arvo region, north of Kessa.",
        "Lorvia's capital Kessa has been calm. The commander did not rule out a march on the capital,"
        " adding that his fighters held the Arvo region.",
    ],
)
def test_a_march_on_the_capital_with_its_marchers_named_after_it_warns_for_the_capital(text: str) -> None:
    assert warned(text) == ["Kessa"]


@pytest.mark.parametrize(
    "text",
    [
        "Organisers planned a march on the parliament in Kessa, while soldiers watched from their barracks.",
        "Farmers threatened a march on Kessa over prices, as the army sealed the roads.",
        "The union did not rule out a march on the capital, as troops were deployed in Kessa.",
        "The opposition did not rule out a march on the capital, adding that police forces ringed Kessa.",
        "A march on Kessa by the rebels began on Monday, as troops fled.",
        "The general said the rebels would not begin a march on Kessa, as his forces held the passes.",
    ],
)
def test_civil_marches_begun_or_denied_marches_stay_silent(text: str) -> None:
    assert warned(text) == []


# The apposition right after "the capital" is still its name.
def test_the_name_in_apposition_to_the_capital_is_the_place() -> None:
    assert warned(
        "Vesta is the largest town in the north. The rebels vowed to storm the capital, Kessa, soon."
    ) == ["Kessa"]


# A regional capital is not "the capital": no place is taken from it.
def test_a_regional_capital_is_not_the_capital() -> None:
    assert warned(
        "Vesta, the regional capital, fell last week. The rebels vowed to storm the capital next."
    ) == [None]


# A fighter's conditional hope, the town right after the verb: "if we can capture X".
@pytest.mark.parametrize(
    "text",
    [
        '"If we can capture Vesta, we believe this will change our revolution," the militia spokesman said.',
        'Fighters of the Vesta Defence Force are already five kilometres from the city. "If we can capture'
        ' Vesta, everything will change," their spokesman said.',
    ],
)
def test_a_fighters_hope_to_capture_a_town_warns(text: str) -> None:
    assert warned(text) == ["Vesta"]


@pytest.mark.parametrize(
    "text",
    [
        '"If we can capture the moment, the film will sell," the director of the Vesta festival said.',
        '"If they can take Vesta, they will win the league," the coach said.',
        '"If we can seize the initiative in Vesta, prices will fall," the trader said.',
        '"If we can attack the problem in Vesta early, fewer children will die," the health minister said.',
        '"Even if we can capture Vesta, we could not hold it," the rebel commander admitted.',
        "Rebels asked whether they can capture Vesta before the rains.",
    ],
)
def test_hopes_of_trade_sport_health_or_a_concession_stay_silent(text: str) -> None:
    assert warned(text) == []


# An adverb splitting the infinitive of an evacuation order ("to immediately leave"); an army by
# its initials; an evacuation warning as the sentence's only cue word.
@pytest.mark.parametrize(
    "text",
    [
        "The army urged residents of Dorvan to immediately leave ahead of potential strikes.",
        "The IDF issued an evacuation warning for the Elmi suburb of Dorvan, urging residents to leave"
        " ahead of potential strikes.",
    ],
)
def test_an_evacuation_order_with_a_split_infinitive_or_an_army_by_initials_warns(text: str) -> None:
    assert warned(text) == ["Dorvan"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor urged residents of Dorvan to immediately leave ahead of the storm.",
        "The city issued an evacuation order for Dorvan ahead of the storm.",
        "Officials lifted the evacuation order for Dorvan before the holidays.",
        "The IDF said its soldiers had finished an exercise near Dorvan.",
    ],
)
def test_evacuations_before_storms_and_army_exercises_stay_silent(text: str) -> None:
    assert warned(text) == []


# "X Township" is the town's own district: the warning names the town; other units keep their name.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling has grown in Kessa State's Arvo Township this week, and commanders expect an"
         " imminent battle.", "Arvo"),
        ("The rebels threatened to storm Arvo District within days.", "Arvo District"),
        ("The rebels threatened to storm New Arvo Township within days.", "New Arvo Township"),
    ],
)  # fmt: skip
def test_a_township_names_its_town(text: str, place: str) -> None:
    assert warned(text) == [place]


# "eventual" puts an attack ahead, like "possible"; an eventual one told as done does not.
def test_eventual_attacks_feared_warn() -> None:
    assert warned("Residents of Arvo fear eventual attacks by the rebels.") == ["Arvo"]


@pytest.mark.parametrize(
    "text",
    [
        "The eventual attack on Arvo killed ten people last year.",
        "The eventual assault on Arvo, launched in May, left the town in ruins.",
    ],
)
def test_an_eventual_attack_told_as_done_stays_silent(text: str) -> None:
    assert warned(text) == []


# The party a threat is addressed to, when the warning names no place of its own: "X has warned Y
# that its troops are ready for wide military operations" threatens Y, not X (the speaker).
@pytest.mark.parametrize(
    "text",
    [
        "Chad has warned Niger that its troops are prepared for wide military operations.",
        "Chad told Niger it could launch an offensive within days.",
    ],
)
def test_the_addressee_of_a_threat_with_no_place_is_the_place(text: str) -> None:
    assert warned(text) == ["Niger"]


# The neighbours: a place the warning names itself keeps it; a denied threat stays silent; a news
# agency told of a plan is no addressee.
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Chad warned Niger that its army is preparing an offensive on Mali.", ["Mali"]),
        ("Chad warned Niger that it would never launch an offensive.", []),
        ("Officials told Reuters that the army is preparing an offensive.", [None]),
    ],
)
def test_a_named_target_a_denial_or_an_agency_keep_their_reading(text: str, places: list[str | None]) -> None:
    assert warned(text) == places
