"""Review of round 27: probes of our own on the round's precision rules. Two were wider than they
looked. A drill named anywhere in the sentence silenced a real evacuation told beside it ("drills
had been held there in May", "it was not a fire drill", "weeks after an evacuation exercise"); a
resettlement named in the sentence before silenced an exodus expected within hours or days. Each
with the neighbouring reading that must keep its kind. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _kinds(text: str) -> list[str]:
    return [f.kind for f in extract_figures(text, published=_PUBLISHED)]


# (1) A drill told in a clause of its own leaves the real flight beside it as it is.
@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 residents fled the coast after a tsunami warning; officials had held evacuation "
        "drills there in May.",
        "Some 10,000 people were evacuated on Monday as the typhoon approached; a disaster drill "
        "planned for the day was cancelled.",
        "About 5,000 people were evacuated after a fire broke out at the chemical plant on Monday; it "
        "was not a fire drill, officials said.",
        "Around 1,500 villagers were evacuated on Tuesday after the volcano erupted, weeks after an "
        "evacuation exercise.",
        "Some 800 residents fled on Sunday as floodwaters rose; emergency drills are held every year.",
        "Critics called the evacuation of 2,000 families a simulated concern, but they were forced out "
        "on Monday.",
    ],
)
def test_a_drill_beside_a_real_evacuation_leaves_it_new(text: str) -> None:
    assert _kinds(text) == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        "Some 400 villagers left their homes on Monday in a rehearsal of the volcano evacuation plan.",
        "Some 2,000 people took part in an evacuation exercise in Kobe on Sunday.",
        "About 700 residents were moved to higher ground during a tsunami preparedness exercise.",
        "Around 3,000 people evacuated the town on Saturday in a practice run for a dam failure.",
        "A quake of magnitude 8 was simulated on Tuesday, and some 600 people were evacuated from the "
        "harbour.",
        "Officials staged a mock chemical leak, and about 900 residents were evacuated from the plant.",
    ],
)
def test_an_evacuation_framed_by_a_drill_is_still_no_flight(text: str) -> None:
    assert _kinds(text) == ["other"]


# (2) Arrivals counted in hours or days are an exodus, whatever resettlement the article names.
@pytest.mark.parametrize(
    "text",
    [
        "Resettlement to third countries has slowed. Some 20,000 refugees are expected to arrive in "
        "Poland in the next 48 hours, the ministry said.",
        "Resettlement has dropped sharply. Up to 15,000 refugees are expected to arrive in Armenia "
        "from the enclave by the weekend.",
        "Few refugees were resettled last year. About 4,000 refugees will arrive in Moldova within "
        "days, officials warned.",
    ],
)
def test_arrivals_within_hours_or_days_stay_projected(text: str) -> None:
    assert _kinds(text) == ["projected"]


@pytest.mark.parametrize(
    "text",
    [
        "Under the humanitarian admission programme, 2,000 Afghan refugees will arrive in Germany this year.",
        "The country agreed to resettle Sudanese refugees. The first 150 refugees will arrive in "
        "Oslo by charter flight next month.",
        "The refugee quota scheme resumes in April. About 120 refugees are expected to arrive by "
        "the end of July.",
    ],
)
def test_a_programmes_intake_over_weeks_or_months_stays_other(text: str) -> None:
    assert _kinds(text) == ["other"]


# (3) "were seeking asylum" is a stock, but a rate of it is a flow.
@pytest.mark.parametrize(
    "text",
    [
        "More than 5,000 Venezuelans were seeking asylum in Peru each week in May.",
        "Some 900 Nicaraguans are seeking asylum in Costa Rica every week, the agency said.",
    ],
)
def test_people_seeking_asylum_at_a_rate_are_a_flow(text: str) -> None:
    assert _kinds(text) == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        "About 45,000 people are seeking asylum in Ireland, the lowest since 2019.",
        "Around 12,000 migrants were seeking asylum in the city's shelters in March.",
    ],
)
def test_people_seeking_asylum_with_no_rate_stay_a_stock(text: str) -> None:
    assert "new_displacement" not in _kinds(text)


# (4) More of a return convoy: a bare "after", "before" or "because" dates or explains the move;
# only a danger makes it a flight.
@pytest.mark.parametrize(
    "second",
    [
        "Another 300 will leave the camp after the rainy season.",
        "Another 300 will leave the camp before the end of the month.",
        "Another 300 will leave the camp because their villages are safe again.",
    ],
)
def test_more_of_a_return_dated_or_explained_stay_returns(second: str) -> None:
    text = "Some 800 refugees returned home on Friday. " + second
    assert _kinds(text) == ["returns", "returns"]


@pytest.mark.parametrize(
    "second",
    [
        "Another 300 will leave the camp because of the war.",
        "Another 300 will leave the camp before the rebels advance.",
        "Another 300 will leave the camp amid rising insecurity.",
    ],
)
def test_more_leaving_for_a_danger_stay_projected(second: str) -> None:
    text = "Some 800 refugees returned home on Friday. " + second
    assert _kinds(text) == ["returns", "projected"]


# (5) "there are N people seeking asylum": a count held as it stands, as "were seeking asylum" is.
@pytest.mark.parametrize(
    "text",
    [
        "There are 50,000 people seeking asylum in the country, officials said.",
        "There are now some 80,000 Haitians seeking asylum in Mexico.",
    ],
)
def test_there_are_people_seeking_asylum_is_a_stock(text: str) -> None:
    assert _kinds(text) == ["cumulative"]


@pytest.mark.parametrize(
    "text",
    [
        "There were 2,000 people seeking asylum at the crossing on Tuesday after the raid.",
        "Boats carrying 300 people seeking asylum landed on the island on Monday.",
        "There are 900 people seeking asylum at the crossing every day.",
    ],
)
def test_people_seeking_asylum_on_a_day_or_at_a_rate_stay_new(text: str) -> None:
    assert _kinds(text) == ["new_displacement"]
