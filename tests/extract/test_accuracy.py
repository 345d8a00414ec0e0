"""Failure classes found on real news (issue 11), each as a general construction.

Every sentence here is invented for the tests; none is taken from the shared data.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import detect_warnings, extract_figures


def test_a_side_that_would_attack_on_a_sports_page_is_no_warning() -> None:
    text = (
        "Rovers beat United 2-1 at the stadium on Saturday in front of 20,000 fans.\n"
        "The coach said before the match that his side would attack from the kick-off."
    )
    assert detect_warnings(text) == []
    # the same words about armed forces stay a warning
    assert detect_warnings("The commander said his troops would attack the port within days.")


@pytest.mark.parametrize(
    "text",
    [
        # a denial after the question
        "Asked whether the army would storm Varnel, the minister said there were no such plans.",
        # a refusal
        "The minister said the army would not launch an operation on Tamsk.",
        # an averted offensive
        "A last-minute deal averted an assault on Orlen, officials said.",
        # a recap of earlier fears in a story about a deal
        "Residents had feared an offensive on Pelk before the truce was signed on Monday.",
        # an offensive already under way, with only its consequences ahead
        "The militia's offensive in the hills threatens to worsen the crisis in the region.",
        # an attack the army has already started
        "The rebels announced on Monday that the army has initiated an attack on their positions.",
    ],
)
def test_denied_averted_recalled_or_ongoing_offensives_are_no_warnings(text: str) -> None:
    assert detect_warnings(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents fear the town of Darsk could fall to the rebels within days.", "Darsk"),
        ("Aid groups warned of a new exodus should fighting reach Velmar.", "Velmar"),
        ("The rebels seemed poised on Sunday to capture Ostrin if they chose.", "Ostrin"),
    ],
)
def test_feared_falls_spreading_fighting_and_poised_forces_are_warnings(text: str, place: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the comparison is not the threatened place
        (
            "Officials in Darsk fear an all-out assault on the town like the ones on Velmar and Ostrin.",
            "Darsk",
        ),
        # nor is the country where the speaker sits
        (
            "The agency warned of the devastating consequences of an offensive on Pelk, and its top "
            "official in Norland said stocks were low.",
            "Pelk",
        ),
        # "the city" points back to the city the article names
        (
            "Families in Tamsk were told on Monday to leave for the coast.\n"
            "Analysts said the army will launch a fresh assault into the city soon.",
            "Tamsk",
        ),
        # one place, the first of a list
        ("Troops are expected to mount a major attack to seize Orlen and Brask within days.", "Orlen"),
    ],
)
def test_the_warning_is_placed_in_the_threatened_place(text: str, place: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == place


def test_a_warning_without_a_place_takes_the_place_the_article_is_about() -> None:
    text = (
        "Shelling hit the outskirts of Velmar on Tuesday.\n"
        "Residents of Velmar said the roads out were crowded.\n"
        "The agency fears a new offensive could strand thousands of civilians."
    )
    (warning,) = detect_warnings(text)
    assert warning.location == "Velmar"


# --- figures: time and scope -----------------------------------------------------------------
PUBLISHED = datetime(2025, 11, 20, tzinfo=UTC)


def _kinds(text: str, published: datetime | None = PUBLISHED) -> list[tuple[int, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, published=published)]


@pytest.mark.parametrize(
    "text",
    [
        # totals since a war began: the war, or its toll, is the subject
        "The war has displaced more than 5 million people, the agency said.",
        "The conflict has killed many thousands and displaced over a million people.",
        "After ten months of fighting, 3 million people have fled.",
        "In total, 90,000 people have fled the region.",
        # events months or years before the article
        "In February, floods left tens of thousands homeless in the delta.",
        "The 2016 campaign drove out 300,000 people from the valley.",
        "Three years ago, an army offensive drove 200,000 villagers across the river.",
        # a stock with a hedge nearby is no projection
        "About 3 million refugees in the camps may soon face ration cuts.",
    ],
)
def test_totals_old_events_and_hedged_stocks_do_not_alert(text: str) -> None:
    kinds = _kinds(text)
    assert kinds, "the figure is still found"
    assert all(kind not in ("new_displacement", "projected") for _, kind in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of the province's 8 million inhabitants have been forced to flee.",
        "The port is home to 1.5 million people, including 600,000 children.",
    ],
)
def test_populations_are_no_figures(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new flows, not totals
        (
            "Fighting raged near the border, with 12,000 having already crossed into the next country.",
            [(12000, "new_displacement")],
        ),
        ("A further 40,000 are expected to arrive before the end of the year.", [(40000, "projected")]),
        # wordings that were missed
        ("Hundreds more were left homeless by the storm on Tuesday.", [(100, "new_displacement")]),
        (
            "About 2,000 people had left the flooded district by Thursday evening.",
            [(2000, "new_displacement")],
        ),
        # the same month as the article is recent; a year-old event is not
        ("In November, clashes drove 5,000 people from Velmar.", [(5000, "new_displacement")]),
        ("In 2024, clashes drove 5,000 people from Velmar.", [(5000, "cumulative")]),
        # "since <month>" is a bounded recent period, "since <year>" a total
        ("Clashes have forced 7,000 people to flee since September.", [(7000, "new_displacement")]),
        ("Clashes have forced 7,000 people to flee since 2019.", [(7000, "cumulative")]),
    ],
)
def test_new_flows_and_recent_events(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


def test_the_article_date_decides_what_is_old() -> None:
    text = "In March, floods drove 8,000 people from their homes."
    assert _kinds(text, datetime(2025, 4, 2, tzinfo=UTC)) == [(8000, "new_displacement")]
    assert _kinds(text, datetime(2025, 10, 2, tzinfo=UTC)) == [(8000, "cumulative")]


def test_undated_text_judges_years_against_the_latest_year_it_names() -> None:
    text = "In 2022, floods displaced 30,000 people. In 2024, new floods displaced 12,000 more."
    assert _kinds(text, None) == [(30000, "cumulative"), (12000, "new_displacement")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after the noun does not change its unit
        ("The agency recorded 11,901 families displaced by boat or on foot.", [(11901, "families")]),
        # a part of people already named
        ("At least 4,000 of them have been displaced over the last week.", [(4000, "people")]),
        ("As many as 18,000 people have taken flight since the shelling started.", [(18000, "people")]),
        # a movement noun before a plural noun counts things
        ("Conditions at 137 displacement sites are poor, the agency said.", []),
    ],
)
def test_units_and_heads(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


def test_a_storms_toll_is_news_and_a_wars_toll_is_a_total() -> None:
    storm = "The storm has killed hundreds of people and displaced 40,000 since Sunday."
    war = "Some 20,000 civilians have been killed and over 3 million displaced because of the rebellion."
    assert _kinds(storm) == [(40000, "new_displacement")]
    assert _kinds(war) == [(3000000, "cumulative")]


def test_a_warning_narrated_after_the_event_is_a_recap() -> None:
    text = "Warned of an imminent assault, the troops had been moved to Velmar two days earlier."
    assert detect_warnings(text) == []
    assert detect_warnings("The troops were warned of an imminent assault on Velmar.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of people have abandoned a camp near the river.", [(1000, "new_displacement")]),
        ("Storms loom, with 500,000 at risk of flooding and displacement.", [(500000, "projected")]),
        (
            "By June 7, the authorities had evacuated 2,300 people from the banks.",
            [(2300, "new_displacement")],
        ),
        ("By the end of March, 40,000 people had fled the district.", [(40000, "cumulative")]),
    ],
)
def test_more_wordings_of_new_flows(text: str, expected: list[tuple[int, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Doctors warned that the patient could suffer another heart attack.",
        "Health officials fear a battle against cholera could last for months in Velmar.",
        "The minister called the remarks offensive and said they would damage relations with Norland.",
        "Experts warn that a cyber attack could cripple the banking system in Ostrin.",
        "The company plans to launch a new operation in Ostrin next year.",
        "Police said they would storm the building if the hostage-takers did not surrender.",
        "Locusts could invade farmland across the region in the coming weeks, the FAO warned.",
    ],
)
def test_attacks_that_are_not_military_are_no_warnings(text: str) -> None:
    assert detect_warnings(text) == []


def test_a_hypothetical_military_operation_stays_a_warning() -> None:
    (warning,) = detect_warnings("A UN official said a military operation in Velmar would be catastrophic.")
    assert warning.location == "Velmar"


def test_text_whose_lower_case_changes_length_is_still_read() -> None:
    # "İ" lower-cases to two characters: the detector falls back to case-insensitive patterns
    text = "İstanbul talks ended.\nThe army warned it would launch an offensive on Velmar within days."
    (warning,) = detect_warnings(text)
    assert warning.location == "Velmar"


@pytest.mark.parametrize(
    "text",
    [
        "All residents of the south, about 700,000 people, were told to relocate to the coast.",
        "The army told all residents of the north, about 900,000 people, to relocate to the south.",
    ],
)
def test_an_ordered_relocation_of_a_counted_population_is_projected(text: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.kind == "projected"


def test_a_relocation_nobody_ordered_stays_other() -> None:
    assert _kinds("About 300 families were relocated to a new camp.") == [(300, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "The government denied reports that it was preparing an offensive on Velmar.",
        "The embassy warned of the risk of attacks on foreigners in Ostrin.",
        "Police warned of a possible terrorist attack during the festival in Velmar.",
    ],
)
def test_denied_reports_and_attacks_on_people_are_no_offensive_warnings(text: str) -> None:
    assert detect_warnings(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israel said it would expand its ground operation into Velmar in the coming days.", "Velmar"),
        ("The militia gave residents of Velmar 48 hours to leave before an assault on the town.", "Velmar"),
        ("Russia is massing troops near the border with Georgia, raising fears of an invasion.", "Georgia"),
    ],
)
def test_expansions_deadlines_and_massing_on_a_border_are_warnings(text: str, place: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == place


@pytest.mark.parametrize(
    "text",
    [
        "When fighting reached Velmar last year, thousands fled.",
        "Residents feared for weeks, and the town fell to the rebels in March.",
    ],
)
def test_fighting_that_reached_a_place_and_towns_that_fell_are_news_not_warnings(text: str) -> None:
    assert detect_warnings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army vowed to press on with its offensive in the north of Velmar.",
        "The rebels said they would keep up attacks on army positions around Velmar.",
        "Diplomats hope the truce will hold and spare Velmar from an assault.",
    ],
)
def test_an_offensive_carried_on_or_a_place_spared_is_no_new_warning(text: str) -> None:
    assert detect_warnings(text) == []


def test_a_threat_to_march_on_the_next_town_is_a_warning() -> None:
    (warning,) = detect_warnings("After taking Ostrin, the rebels threatened to march on Velmar next.")
    assert warning.location == "Velmar"


def test_undated_text_a_dated_event_noun_is_history() -> None:
    # "a <month> <year> offensive" names an event the article looks back on, like "the 2016 campaign"
    assert _kinds("A March 2021 offensive by the militia uprooted 40,000 villagers.", None) == [
        (40000, "cumulative")
    ]


def test_a_subject_takes_the_time_of_its_own_clause() -> None:
    # the noun is the trigger, the verb and its recent period follow it
    text = "Roughly 6,000 refugees and returnees have crossed into Velmar over the past week."
    assert _kinds(text) == [(6000, "new_displacement")]
    # a relative clause after it tells another time; "last year" is old, not recent
    assert _kinds("About 6,000 refugees live in camps near Velmar, where they arrived last year.") == [
        (6000, "cumulative")
    ]


def test_the_town_of_after_a_count_names_its_origin_not_a_population() -> None:
    assert _kinds("Around 9,000 families from the town of Ostrin have fled to the coast.") == [
        (9000, "new_displacement")
    ]
    assert _kinds("Velmar, a city of 300,000 people, was shelled.") == []


@pytest.mark.parametrize(
    "text",
    [
        # the war as subject, with an aside between it and its verb
        "The war, now in its third year, has uprooted 12 million people.",
        # a war's length names its whole span
        "Over 11 million people have been forced from their homes during the 20-month conflict.",
    ],
)
def test_totals_told_with_an_aside_or_a_length_do_not_alert(text: str) -> None:
    kinds = _kinds(text)
    assert kinds and all(kind == "cumulative" for _, kind in kinds), kinds


def test_since_a_month_long_before_the_article_is_a_running_total() -> None:
    text = "The agency said 60,000 refugees had arrived in Velmar since March."
    assert _kinds(text, datetime(2025, 4, 20, tzinfo=UTC)) == [(60000, "new_displacement")]
    assert _kinds(text, datetime(2025, 9, 20, tzinfo=UTC)) == [(60000, "cumulative")]


def test_capacity_and_years_long_registration_do_not_alert() -> None:
    assert all(
        k not in ("new_displacement", "projected")
        for _, k in _kinds("The new shelter can house up to 2,000 displaced people.")
    )
    assert _kinds("Around 45,000 people have been registered as displaced in the camps over the years.") == [
        (45000, "cumulative")
    ]


def test_a_new_flare_up_is_not_the_whole_war() -> None:
    assert _kinds("The new wave of violence has displaced 9,000 people, local officials said.") == [
        (9000, "new_displacement")
    ]
    assert _kinds("The violence has displaced 9,000 people, local officials said.") == [(9000, "cumulative")]
