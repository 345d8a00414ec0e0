"""The stock/new boundary of the kind lexicon, both ways (issue 11, judge set 3): a return not
yet made and a stay kept "held" or "confined" in camps are stocks; a "-held" compound adjective
is no hosting and a relocation caused by violence or a hazard is a flight; an apostrophe plural
"IDP's" is the idps unit; a bare "previous year" is old. Each with the neighbouring reading that
must not move. Every sentence is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import extract_figures

_PUBLISHED = datetime(2024, 6, 20, tzinfo=UTC)


def _read(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract_figures(text, published=_PUBLISHED)]


# A return still not made: the people who fled are still away, a stock.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several thousand households that escaped Dabo to tented sites are yet to go home.",
            [(1000, "households", "cumulative")],
        ),
        (
            "Around 6,500 families driven out of Dabo three years ago have still not returned.",
            [(6500, "families", "cumulative")],
        ),
        (
            "Some 2,000 residents who ran from Dabo have not yet returned to their farms.",
            [(2000, "people", "cumulative")],
        ),
    ],
)
def test_a_return_not_yet_made_is_a_stock(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _read(text) == expected


# ... but a recent time on the count dates a fresh flight, and a return made is a return.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 2,000 residents who ran from Dabo on Sunday have yet to go back.",
            [(2000, "people", "new_displacement")],
        ),
        ("About 1,700 families went back to Dabo on Sunday.", [(1700, "families", "returns")]),
    ],
)
def test_a_recent_flight_not_yet_undone_stays_new(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _read(text) == expected


# "remain" with a participle of keeping before the camps: the stay, not the old move after it.
def test_a_stay_kept_in_camps_is_a_stock_whatever_the_since_clause_says() -> None:
    text = "Some 30,000 herders remain confined in camps near Dabo, since they were chased from Lumo in 2016."
    assert _read(text) == [(30000, "people", "cumulative")]


def test_people_trapped_in_camps_are_still_no_figure() -> None:
    assert _read("Some 4,000 people remain trapped in camps near Dabo.") == []


# "the militia-held village" names who controls the place; hosting stays a stock.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A government push on the militia-held village of Dabo has uprooted about 6,000 residents.",
            [(6000, "people", "new_displacement")],
        ),
        ("The camps near Dabo held 20,000 displaced people.", [(20000, "people", "cumulative")]),
        ("Kessa, which holds 30,000 refugees, asked for more aid.", [(30000, "refugees", "cumulative")]),
    ],
)
def test_a_held_compound_is_no_host(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_an_apostrophe_plural_of_idp_is_the_idps_unit(apostrophe: str) -> None:
    text = f"Some 4,500 IDP{apostrophe}s arrived in Dabo on Monday."
    assert _read(text) == [(4500, "idps", "new_displacement")]


# A relocation the harm caused, or told with a refuge taken, moves people out of danger.
@pytest.mark.parametrize(
    "text",
    [
        "The mayor said 7,000 villagers were relocated to nearby towns due to the bombing of the valley.",
        "Around 9,000 residents have been moved to other districts or sought refuge in Kessa because of"
        " the shelling.",
    ],
)
def test_a_relocation_caused_by_harm_is_a_flight(text: str) -> None:
    assert [kind for _, _, kind in _read(text)] == ["new_displacement"]


# ... but a move between camps or sites stays a relocation, whatever its reason.
@pytest.mark.parametrize(
    "text",
    [
        "About 250 households were moved to a second camp after their site was flooded.",
        "About 1,200 people were relocated to other sites to reduce overcrowding.",
        "Some 800 families were relocated to another camp because of the fighting nearby.",
    ],
)
def test_a_move_between_sites_stays_other(text: str) -> None:
    assert [kind for _, _, kind in _read(text)] == ["other"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Some 2 million were newly uprooted across the region previous year.", "cumulative"),
        ("Some 20,000 were newly uprooted across the region this week.", "new_displacement"),
    ],
)
def test_a_bare_previous_year_is_old(text: str, kind: str) -> None:
    assert [k for _, _, k in _read(text)] == [kind]


# "ethnic" before a group adjective and its noun: the count is still of people.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials say about 12,000 ethnic Dabori farmers were moved to other provinces, or sought"
            " safety in Kessa, because of the bombardment.",
            [(12000, "people", "new_displacement")],
        ),
        ("Some 200 ethnic militias joined the fighting.", []),
    ],
)
def test_an_ethnic_group_adjective_keeps_the_count(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _read(text) == expected


# Two objects of one verb: the second count of IDPs takes the first one's kind, not its noun's.
def test_the_second_object_of_a_displacement_verb_is_read_with_the_first() -> None:
    text = (
        "Renewed raids since early June have displaced over 41,200 IDPs in Olmar zone and 9,300 IDPs in"
        " Vessa zone."
    )
    assert _read(text) == [(41200, "idps", "new_displacement"), (9300, "idps", "new_displacement")]


# ... but a count with its own verb, or after a clause break, keeps its own reading.
@pytest.mark.parametrize(
    "text",
    [
        "Renewed raids since early June have displaced over 41,200 IDPs in Olmar, and 9,300 IDPs remain in"
        " camps in Vessa.",
        "Raids this week displaced 4,100 IDPs in Olmar; Vessa already hosts 93,000 IDPs.",
    ],
)
def test_a_second_count_with_its_own_verb_keeps_its_reading(text: str) -> None:
    assert [k for _, _, k in _read(text)] == ["new_displacement", "cumulative"]
