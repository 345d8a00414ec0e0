"""warnings.py and places.py, twenty-eighth round (issue 11): offensive warnings for any place on
fresh page openings (kept outside the repository). Invented sentences of the missed or misplaced
shapes, each with the neighbouring readings that must stay silent or keep their place (a past
deed, a civil mover, a denial, the attacker's country, a body that is no place)."""

from __future__ import annotations

import pytest

from alerts.extract.places import country_of_adjective, find_places

from ._helpers import warned


def names(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


# A unit named by its own place noun, then "of" and the listed place that holds it: the unit is a
# place of its own (before, only the listed names were kept).
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tension grew in the Selu Valley of Pakistan's Dask District on Monday.", "Selu Valley"),
        ("Gunmen were seen near the Omba Hills District of Kenya last week.", "Omba Hills District"),
        ("Families left the Varn Valley of Ethiopia after the rains.", "Varn Valley"),
    ],
)
def test_unit_before_of_a_listed_place_is_a_place(text: str, unit: str) -> None:
    assert unit in names(text)


# The neighbours: a body or a title before "of" (not a place noun, or a nationality word), and a
# place noun alone.
@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Fighters of the Islamic State of Iraq attacked a checkpoint.", "Islamic State"),
        ("The Bank of Uganda raised its rate.", "Bank"),
        ("The State of Qatar hosted the talks.", "State"),
        ("The Governor of Kenya's Rift region spoke on Friday.", "Governor"),
        ("The Ministry of Defence of Nigeria issued a statement.", "Ministry"),
    ],
)
def test_no_unit_from_bodies_and_titles(text: str, not_a_place: str) -> None:
    assert not_a_place not in names(text)


def test_a_warning_with_no_place_of_its_own_takes_the_unit_not_the_district() -> None:
    text = (
        "As tension rose in the Selu Valley of Pakistan's Dask District, the army ordered families"
        " to leave. The army did not say when its planned military campaign would begin."
    )
    assert warned(text) == ["Selu Valley"]


# Gazetteer: a country the warning names as the one warned ("warns X of an invasion") is read
# as a place; before, the attacker's adjective was taken for it.
def test_the_warned_country_is_the_place() -> None:
    text = (
        "Diplomat cautions Taiwan over feared Chinese invasion\n"
        "The diplomat said an invasion of the island was possible before 2030."
    )
    assert set(warned(text)) == {"Taiwan"}


@pytest.mark.parametrize(
    ("adjective", "country"),
    [("Kosovan", "Kosovo"), ("Mexican", "Mexico"), ("Guyanese", "Guyana"), ("Chinese", "China")],
)
def test_more_nationality_adjectives(adjective: str, country: str) -> None:
    assert country_of_adjective(adjective) == country


@pytest.mark.parametrize("word", ["Roman", "Cuban-born", "Urban", "Pan", "Ocean", "Dane"])
def test_words_that_name_no_country(word: str) -> None:
    assert country_of_adjective(word) is None


# An attacker named by its adjective ("a possible Chinese invasion") is not the story's place;
# the speaker's country that warns of it is.
def test_the_adjective_attacker_is_not_the_story_place() -> None:
    text = (
        "Taiwan's leader warns a Chinese invasion could come\n"
        "She told reporters that an invasion was a real danger. An invasion could come within"
        " years, she added."
    )
    assert set(warned(text)) == {"Taiwan"}


# The neighbour: a country that threatens the attack itself stays set aside, the warned country
# named in the story is the place.
def test_a_threatening_country_stays_the_attacker() -> None:
    text = (
        "Russia threatens Ukraine with a new offensive\n"
        "Russia's president said a new Russian offensive could begin within weeks. Ukraine's army"
        " said it was ready."
    )
    assert "Russia" not in warned(text)


# A nationality adjective read as a name before a border noun stands for its country.
def test_a_border_adjective_names_its_country() -> None:
    text = (
        "Envoys see troops gather at Kosovan frontier\n"
        "Diplomats said Serbian troops were massing near the Kosovan frontier."
    )
    assert warned(text) == ["Kosovo"]


# Absent evidence for the clause that holds the cue: a denial.
@pytest.mark.parametrize(
    "text",
    [
        "Scouts have not reported any signs that the rebels are planning an offensive against Belvik.",
        "There is no indication that the militia plans to storm Belvik.",
        "Officials have not seen any evidence that troops are preparing an assault on Belvik.",
        "Belvik is calm. He said that to stage an assault on the town, the rebels would need months.",
        "Belvik is calm. To launch an assault on the town, large forces are needed, the general said.",
    ],
)
def test_absent_evidence_and_general_requirements_are_no_warning(text: str) -> None:
    assert warned(text) == []


# The neighbours: evidence present, an absence about something else in another clause, and an
# infinitive of purpose with no requirement after it.
@pytest.mark.parametrize(
    "text",
    [
        "Officials said there are signs that the rebels are preparing an offensive against Belvik.",
        "There were no signs of panic, but the rebels are preparing an offensive against Belvik.",
        "The rebels are massing to stage an attack on Belvik.",
        "To launch an assault on Belvik, the rebels are massing tanks.",
        "Intelligence shows signs of an imminent assault on Belvik.",
        # the absent evidence is of a stop: the threat stands
        "There is no sign that the army will stop its preparations to storm Belvik.",
        "There are no signs that the militia has given up its plan to seize Belvik.",
    ],
)
def test_evidence_present_still_warns(text: str) -> None:
    assert warned(text) == ["Belvik"]


# A move on a place under a modal or an intent, an adverb of manner between the verb and its
# preposition.
@pytest.mark.parametrize(
    "text",
    [
        "The insurgents said they would advance militarily on Dorvan once the rains end.",
        "The militia vowed to march swiftly on Dorvan.",
        "The rebels said they could move quickly against Dorvan if talks fail.",
        "Insurgents are preparing to push steadily into Dorvan.",
    ],
)
def test_a_split_move_on_a_place_warns(text: str) -> None:
    assert warned(text) == ["Dorvan"]


# The neighbours: no armed mover, a move done, a move denied, no place taken.
@pytest.mark.parametrize(
    "text",
    [
        "Aid trucks will move slowly into Dorvan to deliver food.",
        "Prices will advance sharply on Dorvan markets this week.",
        "The protesters will march peacefully on Dorvan on Sunday.",
        "The rebels advanced rapidly toward Dorvan on Monday.",
        "The rebels did not advance militarily toward Dorvan.",
        "The rebels will never advance militarily toward Dorvan, their leader said.",
        "The rebels will move swiftly into position near the border.",
        "The army said it would push steadily into the hills.",
    ],
)
def test_no_split_move_warning(text: str) -> None:
    assert warned(text) == []


# People being made to leave now, ahead of an operation named by its noun.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers are now forcing hundreds of households to move out of Tarsa Valley before a ground"
        " operation against the bandits.",
        "The army has been forcing farming families to leave Tarsa Valley ahead of a planned push.",
    ],
)
def test_forced_out_ahead_of_an_operation_warns(text: str) -> None:
    assert warned(text) == ["Tarsa Valley"]


# The neighbours: a civil operation, no attack (weather), a flight told in the past.
@pytest.mark.parametrize(
    "text",
    [
        "Aid groups are forcing nobody to leave Tarsa Valley ahead of a demining operation.",
        "The floods are forcing families to leave Tarsa Valley before the rains.",
        "In 2015 the army forced families to leave Tarsa Valley ahead of an operation.",
        "Rising rents are forcing families to leave Tarsa Valley ahead of a vaccination push.",
        "The firm is forcing staff to leave its Tarsa Valley plant ahead of a restructuring operation.",
    ],
)
def test_no_forced_out_warning(text: str) -> None:
    assert warned(text) == []


# Fighting that may spread to places given as examples of a kind: the first example is the place
# (before, "like" read it as a comparison, and a name after it was no place).
@pytest.mark.parametrize(
    "text",
    [
        "Observers think the clashes could spread to garrison towns like Belvik and Tarnow.",
        "The fighting could spread to towns like Belvik.",
        "Officials fear the violence could spread to nearby cities such as Belvik.",
    ],
)
def test_spread_to_examples_warns(text: str) -> None:
    assert warned(text) == ["Belvik"]


def test_an_example_after_an_attack_verb_is_its_place() -> None:
    assert warned("The rebels could attack towns such as Belvik.") == ["Belvik"]


# The neighbours: negated, done, not fighting, a person or a thing given as an example, and a
# comparison with another attack (no place of its own, as before).
@pytest.mark.parametrize(
    "text",
    [
        "The fighting will not spread to towns like Belvik, officials said.",
        "Fighting spread to towns such as Belvik last week.",
        "The disease could spread to cities like Belvik.",
        "Leaders like Belvik could spread the word.",
        "The fighting could spread to crops such as Belvik maize.",
    ],
)
def test_no_spread_to_examples_warning(text: str) -> None:
    assert warned(text) == []


def test_a_comparison_keeps_no_place() -> None:
    assert warned("An assault like the one on Belvik could follow.") == [None]


def test_examples_of_places_are_places_and_of_people_are_not() -> None:
    assert "Belvik" in names("Families fled to towns such as Belvik.")
    assert "Belvik" not in names("Leaders like Belvik spoke.")
    assert "Belvik" not in names("Crops such as Belvik maize failed.")
