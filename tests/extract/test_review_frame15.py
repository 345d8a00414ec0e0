"""Review of the story frame (frame.py, figures._framed_kind): the frame silences undated flights
in anniversary, trial and appeal stories and turns refugees moving into returns in a return story.
These invented articles (title, then the text) are the true new flights it hid, and the
neighbours it must still silence."""

from __future__ import annotations

import pytest

from tests.extract._helpers import found

N, C, R = "new_displacement", "cumulative", "returns"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal headline that names the crisis under way is the crisis's story
        (
            "Agency appeals for aid as floods swamp Kerrin province\n\n"
            "Heavy rain burst the banks of the Oma river. About 12,000 people have been displaced, "
            "the agency said.",
            [(12000, "people", N)],
        ),
        (
            "Donors urged to act as famine looms in Gorran\n\n"
            '"We have nothing left," said one farmer. Some 8,000 people left their villages for the '
            "town of Gorran.",
            [(8000, "people", N)],
        ),
        (
            "Charity launches funding call after quake\n\n"
            "A strong earthquake struck the hills around Persa. At least 15,000 people were left homeless.",
            [(15000, "people", N)],
        ),
        # an event on a recent day two or three sentences back, with a quote or a detail between
        (
            "Inquiry into army conduct resumes\n\n"
            "Separately, soldiers shelled the village of Pren on Monday, witnesses said. Smoke could "
            "be seen for miles. About 1,500 residents fled.",
            [(1500, "people", N)],
        ),
        (
            "Town marks anniversary of massacre\n\n"
            "Residents of Kell laid wreaths. But gunmen attacked the hamlet of Ostin overnight. "
            '"We ran with nothing," said one woman. About 2,000 villagers fled to Kell.',
            [(2000, "people", N)],
        ),
        # "last week" and a dated recent day are days too
        (
            "Trial of rebel leader opens in Marra\n\n"
            "His former fighters seized the town of Ruda last week. The attack drove about 9,000 "
            "people from their homes.",
            [(9000, "people", N)],
        ),
        (
            "Commemoration held for flood victims\n\n"
            "On 17 June, fresh rains hit the district of Halm. About 2,200 people fled their homes.",
            [(2200, "people", N)],
        ),
        # in a return story refugees arriving or crossing into a country are a flight
        (
            "Repatriation plan stalls\n\n"
            "The government wants refugees in Tarn to go home. Yet 5,000 more refugees arrived in "
            "Tarn this week from the border zone, the agency said.",
            [(5000, "refugees", N)],
        ),
        (
            "Voluntary returns slow as insecurity persists\n\n"
            "Raids go on near Ombe. Last week 2,500 refugees crossed into Lira, the agency said.",
            [(2500, "refugees", N)],
        ),
        # a frame of the past joined to a clause telling an event in the present: the news
        (
            "Prosecutors seek arrest of warlord as his men torch villages\n\n"
            "Militiamen burned five hamlets in Seda district. Some 7,000 people escaped to the "
            "forest, aid workers said.",
            [(7000, "people", N)],
        ),
        (
            "Verdict due in dam case; flood waters rise in Anda\n\n"
            "Rising water cut off roads into Anda. An estimated 4,000 people left their homes for "
            "higher ground.",
            [(4000, "people", N)],
        ),
    ],
)
def test_new_flights_the_frame_must_not_hide(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal headline with no crisis under way keeps its background frame
        (
            "Agency appeals for funds for Lessa refugees\n\n"
            "The war drove 400,000 people into Lessa. Many have lived in camps since.",
            [(400000, "people", C)],
        ),
        # an anniversary's own day, and a recent day told before the frame sentence's history, carry nothing
        (
            "Ten years ago this week, rebels overran Tesso\n\n"
            "Survivors gathered at the memorial. The assault drove 90,000 people from the valley.",
            [(90000, "people", C)],
        ),
        (
            "Villagers mark the anniversary of the Dorn raids\n\n"
            "On 3 May 2012, militiamen burned the market. The raids displaced 18,000 people.",
            [(18000, "people", C)],
        ),
        # a second clause that recalls the past, or tells no event, keeps the frame
        (
            "Trial of militia chief opens as survivors recall how they fled\n\n"
            "He is accused of ordering the raids. The raids displaced 18,000 people.",
            [(18000, "people", C)],
        ),
        (
            "Town marks anniversary of the siege as families gather\n\n"
            "The siege drove 25,000 people from the old city.",
            [(25000, "people", C)],
        ),
        # refugees leaving a camp in a return story go home; a convoy's load too
        (
            "Repatriation convoy leaves Dabo camp\n\n"
            "Some 700 refugees left Dabo camp on Thursday in the fourth convoy of the year.",
            [(700, "refugees", R)],
        ),
        (
            "Refugees return home from Pallo\n\nThe convoy carrying 140 families reached Ruza on Monday.",
            [(140, "families", R)],
        ),
    ],
)
def test_what_the_frame_still_silences(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected
