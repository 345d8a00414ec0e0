"""figures.py: which numbers count displaced people, with unit, kind and location.

Every sentence here is invented for the tests (none is copied from the dev set or the news).
"""

from __future__ import annotations

import pytest

from alerts.extract import DEFAULT_HOUSEHOLD_SIZE, extract_figures
from alerts.models import Figure

Row = tuple[int, str, str, str | None]


def rows(text: str) -> list[Row]:
    return [(f.value, f.unit, f.kind, f.location) for f in extract_figures(text)]


def only(text: str) -> Figure:
    found = extract_figures(text)
    assert len(found) == 1, found
    return found[0]


# (sentence, [(value, unit, kind, location)]): one construction per line, positives and negatives
CASES: list[tuple[str, list[Row]]] = [
    (
        "Some 45,000 people fled their homes in Hasakah over the weekend, the UN said.",
        [(45000, "people", "new_displacement", "Hasakah")],
    ),
    (
        "Nearly 2,000 families have been displaced from villages around Maarat al-Numan since Monday.",
        [(2000, "families", "new_displacement", "Maarat al-Numan")],
    ),
    (
        "The UN refugee agency says 1.2 million Syrians are registered as refugees in Lebanon.",
        [(1200000, "people", "cumulative", "Lebanon")],
    ),
    (
        "More than 300 households fled to Azaz after shelling hit their neighbourhoods.",
        [(300, "households", "new_displacement", "Azaz")],
    ),
    (
        "Authorities evacuated about 4,500 residents from the town of Tal Tamr.",
        [(4500, "people", "new_displacement", "Tal Tamr")],
    ),
    (
        "Turkey is home to an estimated 3.6 million Syrian refugees.",
        [(3600000, "refugees", "cumulative", "Turkey")],
    ),
    (
        "Lebanon hosts around 1.5 million refugees from Syria.",
        [(1500000, "refugees", "cumulative", "Lebanon")],
    ),
    ("Since 2011, 6.8 million Syrians have fled the country.", [(6800000, "people", "cumulative", None)]),
    (
        "At least 120,000 people were uprooted by the floods last week.",
        [(120000, "people", "new_displacement", None)],
    ),
    (
        "Between 20,000 and 30,000 civilians are expected to flee Raqqa when the offensive begins.",
        [(20000, "people", "projected", "Raqqa")],
    ),
    (
        "UNHCR expects up to 250,000 new refugees to arrive in Jordan by the end of the year.",
        [(250000, "refugees", "projected", "Jordan")],
    ),
    (
        "The government plans to relocate 5,000 families from the camp to new housing.",
        [(5000, "families", "projected", None)],
    ),
    (
        "About 12,000 refugees have returned to Syria from Lebanon this year.",
        [(12000, "refugees", "returns", "Syria")],
    ),
    (
        "Fighting has displaced 70,000 people in Daraa since June 19, according to OCHA.",
        [(70000, "people", "new_displacement", "Daraa")],
    ),
    (
        "The clashes forced thousands of families to flee towards the Turkish border.",
        [(1000, "families", "new_displacement", None)],
    ),
    (
        "Tens of thousands of Rohingya have crossed into Bangladesh in the past week.",
        [(10000, "people", "new_displacement", "Bangladesh")],
    ),
    (
        "Roughly half a million people have been displaced in northwest Syria since December.",
        [(500000, "people", "new_displacement", "northwest Syria")],
    ),
    ("Three million Ukrainians have fled abroad.", [(3000000, "people", "cumulative", None)]),
    (
        "The UN estimates that 900,000 people have been displaced in Idlib and western Aleppo.",
        [(900000, "people", "new_displacement", "Idlib and western Aleppo")],
    ),
    (
        "Officials said 600 families, or about 3,000 people, had been moved to a new camp near Atmeh.",
        [(600, "families", "other", "Atmeh"), (3000, "people", "other", "Atmeh")],
    ),
    ("An estimated 80% of the population has been displaced.", []),
    ("The appeal seeks $4 billion to help 5 million refugees.", []),
    (
        "Nearly 400 people were killed and 1,500 wounded in the fighting, which also displaced 20,000.",
        [(20000, "people", "new_displacement", None)],
    ),
    ("The city of 1.2 million people has been under siege for months.", []),
    ("The earthquake left 1.5 million people homeless.", [(1500000, "people", "new_displacement", None)]),
    ("Some 200 migrants drowned off the coast of Libya.", []),
    ("About 30 percent of the 4 million residents have left the city.", []),
    ("Iraq still has 1.1 million internally displaced people.", [(1100000, "idps", "cumulative", "Iraq")]),
    (
        (
            "In Sudan, over 10 million people are now displaced, making it the largest displacement crisis "
            "in the world."
        ),
        [(10000000, "people", "cumulative", "Sudan")],
    ),
    (
        "Hundreds of civilians streamed out of Eastern Ghouta on Thursday.",
        [(100, "people", "new_displacement", "Eastern Ghouta")],
    ),
    (
        "The operation has so far forced 137,000 people from their homes.",
        [(137000, "people", "new_displacement", None)],
    ),
    (
        "A total of 18,000 families were evacuated to shelters.",
        [(18000, "families", "new_displacement", None)],
    ),
    ("The number of refugees in Chad has reached 600,000.", [(600000, "refugees", "cumulative", "Chad")]),
    ("Some 5,000 Yazidi families remain displaced in Duhok.", [(5000, "families", "cumulative", "Duhok")]),
    (
        "Israel ordered the evacuation of 1.1 million people in northern Gaza within 24 hours.",
        [(1100000, "people", "projected", "northern Gaza")],
    ),
    (
        "The UN said 250,000 people could be displaced if fighting reaches Hodeidah.",
        [(250000, "people", "projected", "Hodeidah")],
    ),
    ("The conflict has killed more than 500,000 people and displaced half the population.", []),
    ("Five people were killed and dozens injured in the attack.", []),
    ("The camp now shelters 70,000 people, double its capacity.", [(70000, "people", "cumulative", None)]),
    ("He said 12 trucks carrying aid entered the area.", []),
    (
        "A convoy of 40 buses carried 2,500 evacuees out of the besieged districts.",
        [(2500, "people", "new_displacement", None)],
    ),
    ("Some 30 families returned to the village last month.", [(30, "families", "returns", None)]),
    ("Police detained 300 migrants at the border.", []),
    (
        "The war has created 5.6 million refugees and 6.2 million internally displaced people.",
        [(5600000, "refugees", "cumulative", None), (6200000, "idps", "cumulative", None)],
    ),
    ("More than 1,000 Afghans cross into Iran every day.", [(1000, "people", "new_displacement", "Iran")]),
    ("The hospital treated 45 patients.", []),
    ("The town, with a population of 40,000, was captured.", []),
    ("About 1.7 million people in the region face acute hunger.", []),
    ("The UN says 13.4 million Syrians need humanitarian aid.", []),
    ("The attack killed 12 displaced people at a camp.", []),
    ("There are 20,000 people trapped in the old city.", []),
    ("Some 250,000 people remain besieged in eastern Aleppo.", []),
    ("Over 3 million children are out of school.", []),
    ("Around 40 percent of Syrians live in poverty.", []),
    (
        "Save the Children said 2,300 children had fled Mosul alone in the past month.",
        [(2300, "children", "new_displacement", "Mosul")],
    ),
    (
        "Since the fighting began in April, 8,000 asylum seekers have reached Egypt.",
        [(8000, "refugees", "cumulative", "Egypt")],
    ),
    (
        "The army said it had evacuated 1,250 civilians, including 400 children, from Douma.",
        [(1250, "people", "new_displacement", "Douma"), (400, "children", "new_displacement", "Douma")],
    ),
    (
        "The fighting has sent 15,000 people fleeing into the hills.",
        [(15000, "people", "new_displacement", None)],
    ),
    ("He fled Aleppo in 2016 with his four children.", []),
    ("Raqqa was home to 300,000 people before the war.", []),
    (
        "Over the past decade, 13 million Syrians have been forced from their homes.",
        [(13000000, "people", "cumulative", None)],
    ),
    (
        (
            "According to local officials, roughly 6,000 people have fled the town of Sinjar since the "
            "clashes erupted on Sunday."
        ),
        [(6000, "people", "new_displacement", "Sinjar")],
    ),
    (
        "OCHA reported that over 40,000 individuals were displaced in Marib governorate during January.",
        [(40000, "individuals", "new_displacement", "Marib")],
    ),
    (
        "The agency registered 2,150 new Syrian refugees in Jordan last month.",
        [(2150, "refugees", "new_displacement", "Jordan")],
    ),
    (
        "Almost 90,000 people have returned to their homes in Mosul, the IOM said.",
        [(90000, "people", "returns", "Mosul")],
    ),
    (
        "Half a million Syrians are living in informal tented settlements in the Bekaa Valley.",
        [(500000, "people", "cumulative", "Bekaa Valley")],
    ),
    (
        "Local authorities say 350 families were relocated to a transit site in Dollo Ado.",
        [(350, "families", "other", "Dollo Ado")],
    ),
    (
        (
            "Violence in the region has killed at least 200 civilians and forced another 60,000 to flee "
            "since March."
        ),
        [(60000, "people", "new_displacement", None)],
    ),
    (
        "Nearly 1.3 million refugees have crossed from South Sudan into Uganda since 2013.",
        [(1300000, "refugees", "cumulative", "Uganda")],
    ),
    (
        "More than 25,000 Burundians arrived in Tanzania in April alone.",
        [(25000, "people", "new_displacement", "Tanzania")],
    ),
    (
        (
            "The UN warned that as many as 2 million people could be forced from their homes if the "
            "offensive goes ahead."
        ),
        [(2000000, "people", "projected", None)],
    ),
    (
        "A UNICEF spokesman said 700 children were among those evacuated from the besieged neighbourhood.",
        [(700, "children", "new_displacement", None)],
    ),
    (
        (
            "Over 11,000 people, mostly women and children, have sought shelter in schools and mosques in "
            "Kismayo."
        ),
        [(11000, "people", "cumulative", "Kismayo")],
    ),
    (
        "Some 4,700 households in Cabo Delgado were forced to abandon their homes last week.",
        [(4700, "households", "new_displacement", "Cabo Delgado")],
    ),
    (
        "Colombia hosts nearly 2.9 million Venezuelan migrants and refugees.",
        [(2900000, "people", "cumulative", "Colombia")],
    ),
    (
        "The fighting has uprooted about 1,800 people in Tripoli's southern suburbs.",
        [(1800, "people", "new_displacement", None)],
    ),
    (
        # the unit is the noun used: people said to be internally displaced are "people"
        "The IOM estimates that 3.4 million people are internally displaced in Haiti.",
        [(3400000, "people", "cumulative", "Haiti")],
    ),
    (
        "An additional 150,000 people are expected to be displaced by the end of the year.",
        [(150000, "people", "projected", None)],
    ),
    ("The flooding damaged 12,000 houses and affected 300,000 people.", []),
    ("At least 45 people died and 120 were injured when the boat capsized.", []),
    (
        "The town's 20,000 residents were ordered to evacuate on Friday ahead of the rebel advance.",
        [(20000, "people", "projected", None)],
    ),
    (
        "In Tigray, more than 2 million people have been displaced since November 2020.",
        [(2000000, "people", "cumulative", "Tigray")],
    ),
    ("About 100 people were wounded in the blast in Kabul.", []),
    (
        "Ethiopia has received more than 100,000 refugees from Somalia this year.",
        [(100000, "refugees", "new_displacement", "Ethiopia")],
    ),
    (
        "Some 35,000 Iraqis fled into Syria's Hasakah province in a single week.",
        [(35000, "people", "new_displacement", "Hasakah")],
    ),
    (
        "The camp, which houses about 65,000 people, is running out of water.",
        [(65000, "people", "cumulative", None)],
    ),
    ("The ministry said 1,500 displaced families had received winter kits.", []),
    ("He said 3,000 militants were holed up in the old city.", []),
    (
        "Between 800 and 1,000 people are leaving the area every day, residents said.",
        [(800, "people", "new_displacement", None)],
    ),
    (
        "The exodus has seen some 150,000 people leave the province in two weeks.",
        [(150000, "people", "new_displacement", None)],
    ),
    (
        "Almost a quarter of a million Rohingya have fled to Bangladesh since August 25.",
        [(250000, "people", "new_displacement", "Bangladesh")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_invented_sentences(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Some 900 people fled the clashes.", "people"),
        ("Some 900 civilians fled the clashes.", "people"),
        ("Some 900 residents fled the clashes.", "people"),
        ("Some 900 Yemenis fled the clashes.", "people"),
        ("Some 900 families fled the clashes.", "families"),
        ("Some 900 households fled the clashes.", "households"),
        ("Some 900 individuals fled the clashes.", "individuals"),
        ("Some 900 children fled the clashes.", "children"),
        ("Some 900 refugees fled the clashes.", "refugees"),
        ("Some 900 IDPs fled the clashes.", "idps"),
        ("Some 900 internally displaced persons fled the clashes.", "idps"),
        ("Some 900 new displacements were recorded in the district.", "other"),
    ],
)
def test_units(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("About 3,000 people fled Ariha on Sunday.", "new_displacement"),
        ("Officials fear 40,000 people could flee if the dam fails.", "projected"),
        (
            "The plan foresees the evacuation of 8,000 residents next month if the shelling resumes.",
            "projected",
        ),
        ("Since the war began, 2 million people have fled the country.", "cumulative"),
        ("Jordan hosts 650,000 registered refugees.", "cumulative"),
        ("Some 4,000 families returned to Azaz last week.", "returns"),
        ("About 1,200 IDPs were relocated to a new camp near Sarmada.", "other"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    assert only(text).kind == kind


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("About 3,000 people fled Ariha on Sunday.", "Ariha"),
        ("About 3,000 people fled from the town of Kafr Nubl.", "Kafr Nubl"),
        ("About 3,000 people fled their homes in southern Idleb.", "southern Idleb"),
        ("Lebanon hosts more than 800,000 refugees from Syria.", "Lebanon"),
        ("About 3,000 refugees from Syria arrived in Greece.", "Greece"),
        ("About 3,000 people fled the area on Sunday.", None),
    ],
)
def test_locations(text: str, location: str | None) -> None:
    assert only(text).location == location


@pytest.mark.parametrize(
    "text",
    [
        "The strikes killed 42 people, including 12 children.",
        "More than 300 people were injured in the blast.",
        "The city of 200,000 people has been under curfew since Friday.",
        "About 1.2 million people remain trapped behind the front line.",
        "Some 3 million people are at risk of famine.",
        "Nearly 5 million people are in need of humanitarian assistance.",
        "About 800,000 people were affected by the storm.",
        "Aid agencies reached 600,000 people with food last month.",
        "Some 70 percent of the population has no clean water.",
        "The convoy of 35 trucks travelled 120 kilometres in six hours.",
        "The appeal for $350 million was launched on 3 April 2019.",
        "In 2013, at least 4,500 homes were destroyed.",
    ],
)
def test_non_figures(text: str) -> None:
    assert extract_figures(text) == []


def test_figure_next_to_a_non_figure() -> None:
    text = "Five years of fighting killed 90,000 people and displaced 1.3 million more."
    assert rows(text) == [(1300000, "people", "new_displacement", None)]


def test_approx_and_range_high() -> None:
    fig = only("Between 15,000 and 20,000 people fled Tal Rifaat on Monday.")
    assert (fig.value, fig.range_high, fig.approx) == (15000, 20000, False)
    fig = only("Tens of thousands of people fled Tal Rifaat on Monday.")
    assert (fig.value, fig.range_high, fig.approx) == (10000, None, True)
    assert only("The UN estimates that 9,000 people fled Tal Rifaat.").approx is True


def test_people_estimate_for_families_and_households_only() -> None:
    families = only("About 240 families fled the village of Kafr Hamra.")
    assert families.people_estimate == round(240 * DEFAULT_HOUSEHOLD_SIZE)
    households = extract_figures("About 240 households fled the village.", household_size=6.5)[0]
    assert households.people_estimate == 1560
    assert only("About 240 people fled the village.").people_estimate is None


def test_text_sentence_and_offsets() -> None:
    text = (
        "Background first. Officials said nearly 2,400 families fled Jisr al-Shughur overnight.\nMore later."
    )
    fig = only(text)
    assert fig.text == "nearly 2,400 families"
    assert text[fig.start : fig.end] == fig.text
    assert fig.sentence == "Officials said nearly 2,400 families fled Jisr al-Shughur overnight."
    assert fig.location == "Jisr al-Shughur"


def test_offsets_survive_broken_entities_before_the_figure() -> None:
    text = "& # 39;We ran& # 39; said Umm Ali. About 600 families fled Saraqeb."
    fig = only(text)
    assert text[fig.start : fig.end] == "About 600 families"


def test_repeated_captions_give_one_figure() -> None:
    caption = "About 600 families fled Saraqeb on Friday."
    assert len(extract_figures(f"{caption}\n\n{caption}\n")) == 1


def test_restatement_and_subset_share_the_verb() -> None:
    text = "Some 300 families, or about 1,700 people, left Kafr Takharim on Friday."
    assert rows(text) == [
        (300, "families", "new_displacement", "Kafr Takharim"),
        (1700, "people", "new_displacement", "Kafr Takharim"),
    ]
