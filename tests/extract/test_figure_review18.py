"""Precision review of the eighteenth round's figure rules: near misses each rule must leave
alone, and a few readings it missed. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ._helpers import found

# A late-year publication date for stories told months after their event.
DECEMBER = datetime(2024, 12, 20, tzinfo=UTC)


def _no_new(text: str, published: datetime | None = None) -> None:
    got = found(text) if published is None else found(text, published)
    assert all(kind != "new_displacement" for _, _, kind in got), got


# Aid verbs after a modal: an order or a warning given to the count is no aid, nor is a plan
# that "provides for" people to be moved; the count stays the planned move.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials will give the evacuation order to 14,000 residents of Marvel on Thursday.", 14000),
        ("The coastguard will give warning to some 6,500 residents to leave the town.", 6500),
        ("The scheme would provide for 4,200 people to be relocated from the river banks.", 4200),
        ("The governor gave an order to 9,300 residents of Tosk to evacuate on Saturday.", 9300),
    ],
)
def test_an_order_given_to_the_count_is_no_aid(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "projected")], found(text)


# Neighbours: aid proper after a modal or in the past stays a caseload.
@pytest.mark.parametrize(
    "text",
    [
        "Charities will hand out mattresses to 2,700 people who fled the storm on Sunday.",
        "The agency could provide shelter for 8,400 families forced out by the mudslide this week.",
        "Volunteers gave blankets to 1,600 people evacuated from Tosk on Friday.",
    ],
)
def test_aid_after_a_modal_stays_a_caseload(text: str) -> None:
    assert found(text) == [], found(text)


# "Took refuge in X after fleeing Y" is a flight only inside a country: a refuge in another
# country is a hosted stock with no time of its own.
@pytest.mark.parametrize(
    "text",
    [
        "Some 48,000 Marvelians have found refuge in Kenya after fleeing the raids in their region.",
        "An estimated 2 million people have found safety in Germany after escaping the bombing.",
        "About 75,000 families sought shelter in Jordan after fleeing the shelling.",
    ],
)
def test_refuge_in_another_country_after_fleeing_is_no_new_flight(text: str) -> None:
    _no_new(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 820 families sought safety in a mosque in Tosk after being driven out by the rising lake.",
        "About 3,100 villagers found shelter in Marvel on Friday after escaping gunmen in the hills.",
        "More than 640 people took refuge in the capital after fleeing the landslides.",
    ],
)
def test_refuge_at_home_after_fleeing_stays_new(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["new_displacement"], found(text)


# "Evacuated by their government" marks a nation's people fetched home, not the residents a
# government moves inside its own country.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 2,600 residents were evacuated by their government from the burning valley.", 2600),
        ("Some 950 villagers were evacuated by their government from the island on Monday.", 950),
    ],
)
def test_residents_evacuated_by_their_government_are_displaced(text: str, value: int) -> None:
    assert found(text) == [(value, "people", "new_displacement")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 420 Indonesians were evacuated from Tosk by their government on Tuesday.",
        "About 130 foreigners were flown out by their embassies on Sunday.",
    ],
)
def test_a_nation_fetched_by_its_government_stays_no_figure(text: str) -> None:
    assert found(text) == [], found(text)


# "Joining N already displaced": the stay may be read into the count's noun phrase (no noun:
# "joining 52,000 already sheltering"); the joined count is the stock either way.
@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("About 2,400 people fled on Sunday, joining 52,000 already displaced in the province.", 52000),
        ("Some 900 families left Tosk on Monday, joining 7,300 already uprooted in the camps.", 7300),
    ],
)
def test_the_count_newcomers_join_is_the_stock(text: str, old: int) -> None:
    got = found(text)
    assert [v for v, _, k in got if k == "new_displacement"] != [old], got
    assert any(v == old and k == "cumulative" for v, _, k in got), got


def test_joining_relatives_leaves_the_flight_new() -> None:
    text = "About 2,400 people fled Tosk on Sunday, joining relatives in Marvel."
    assert found(text) == [(2400, "people", "new_displacement")], found(text)


# "Are now homeless" is the outcome of the event just told, but not when the sentence dates the
# homelessness back or compares it with an earlier count (read past the comma).
@pytest.mark.parametrize(
    "text",
    [
        "About 3,800 families are now homeless in Tosk, where the storms of 2020 wrecked houses.",
        "Some 6,100 people are now homeless, a year after the cyclone.",
        "More than 52,000 people are now homeless in the country, up from 41,000 last year.",
        "Around 17,000 people are now homeless in the capital, the city said in its annual count.",
    ],
)
def test_now_homeless_dated_back_or_compared_is_a_stock(text: str) -> None:
    _no_new(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("About 740 people are now homeless following Sunday's mudslide in Tosk.", 740, "people"),
        (
            "Over 3,200 households are now without homes after the gale hit Marvel overnight.",
            3200,
            "households",
        ),
    ],
)
def test_now_homeless_after_a_recent_event_stays_new(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# A group displaced "by the latest / renewed / recent" round is new only when no older year
# in the sentence dates that round back.
@pytest.mark.parametrize(
    "text",
    [
        "The 8,600 people displaced by the latest fighting, which broke out in 2021, live in tents.",
        "The 15,000 people displaced by recent flooding live in schools, a review of the 2022 season said.",
    ],
)
def test_a_fresh_round_of_an_older_year_is_a_stock(text: str) -> None:
    _no_new(text)


def test_a_fresh_round_with_no_older_year_stays_new() -> None:
    text = "The 3,700 people displaced by the renewed shelling near Tosk lack water."
    assert [k for _, _, k in found(text)] == ["new_displacement"], found(text)


# The fresh round's nouns were those of fighting and floods only; shelling, raids and storms
# are rounds too.
@pytest.mark.parametrize(
    "text",
    [
        "The 2,900 people displaced by the fresh raids on Marvel need blankets.",
        "The 5,600 people driven out by the latest storms along the coast lack shelter.",
    ],
)
def test_other_fresh_rounds_date_the_group(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["new_displacement"], found(text)


# An "as of <day>" snapshot is a recent flow, but not a tally of all so far or of the whole
# country (with the year written or not).
@pytest.mark.parametrize(
    "text",
    [
        "As of 11 June 2024, a cumulative 730,000 people had fled the country.",
        "As of 11 June, a cumulative 730,000 people had fled the country.",
        "As of 11 June 2024, more than 6 million people were displaced across the country.",
        "As of June 11, some 410,000 people were displaced nationwide.",
    ],
)
def test_a_snapshot_of_a_whole_tally_is_no_recent_flow(text: str) -> None:
    _no_new(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "As of 17 June 2024, around 5,300 families had fled hamlets near Tosk after the levee broke.",
            5300,
            "families",
        ),
        ("As of June 18, roughly 2,700 residents had been evacuated from Marvel.", 2700, "people"),
    ],
)
def test_a_snapshot_of_one_event_stays_a_recent_flow(text: str, value: int, unit: str) -> None:
    assert found(text) == [(value, unit, "new_displacement")], found(text)


# A fronted month dates the story after it only when its sentence tells the past: "In January,
# schools will reopen" looks ahead and dates nothing.
@pytest.mark.parametrize(
    "text",
    [
        "In January, the markets will reopen in the valley. Some 6,300 people fled fighting in Tosk.",
        "In February, elections are due. About 4,700 people fled the shelling of Marvel.",
    ],
)
def test_a_fronted_month_ahead_dates_nothing(text: str) -> None:
    assert [k for _, _, k in found(text, DECEMBER)] == ["new_displacement"], found(text, DECEMBER)


def test_a_fronted_month_long_past_still_dates_the_story() -> None:
    text = "In March, a tremor shook the district. Some 6,300 people fled their homes."
    _no_new(text, DECEMBER)


# A deadline to leave makes foreigners' departure a return only when they leave the country,
# not a camp or a town inside it (an eviction moves them on).
@pytest.mark.parametrize(
    "text",
    [
        "Some 11,000 Eritreans left the camp after the deadline to leave passed, heading for the capital.",
        "About 2,300 Marvelians left their settlement near Tosk before the deadline to leave expired.",
    ],
)
def test_foreigners_leaving_a_place_inside_the_country_are_no_return(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["new_displacement"], found(text)


def test_foreigners_leaving_the_country_by_a_deadline_stay_a_return() -> None:
    text = "About 36,000 Ostrians have left the country since the deadline to leave passed."
    assert found(text) == [(36000, "people", "returns")], found(text)


def test_a_snapshot_of_one_event_summed_stays_a_recent_flow() -> None:
    text = "As of June 18, a total of 2,700 residents had been evacuated from Marvel."
    assert found(text) == [(2700, "people", "new_displacement")], found(text)


# The country must be the whole refuge: a state or valley named after one is inside a country.
@pytest.mark.parametrize(
    "text",
    [
        "About 3,600 people took refuge in Niger State after fleeing bandit raids on Monday.",
        "Some 7,400 people found shelter in Jordan Valley villages after escaping the floods.",
    ],
)
def test_a_place_named_after_a_country_is_no_refuge_abroad(text: str) -> None:
    assert [k for _, _, k in found(text)] == ["new_displacement"], found(text)
