"""The story's frame (alerts/extract/frame.py): an undated flight in an anniversary piece, a
trial or an aid appeal is the background the story recalls, a refugee leaving a host country in a
return story goes home; a figure with its own recent time or fresh cause stays new, and a story
of a flight under way keeps its undated figures new. Invented articles (title, then the text)."""

from __future__ import annotations

import pytest

from alerts.extract.frame import story_frame
from alerts.extract.sentences import prepare
from tests.extract._helpers import found


def _frame(text: str) -> str | None:
    doc = prepare(text)
    return story_frame(doc.cleaned.lower(), doc.spans)


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Villagers marked the fifth anniversary of the raid on Sunday.", "background"),
        ("Ten years ago this week, rebels overran the port of Dalmo.", "background"),
        ("Today marks seven years since the army shelled the old quarter.", "background"),
        ("The trial of a former militia commander opened on Tuesday.", "background"),
        ("Aid agency warns refugees in Marova could lose food aid", "background"),
        ("The fourth repatriation convoy of the year crossed the border on Monday.", "returns"),
        ("Thousands are fleeing the town of Halvik as fighting spreads.", "fresh"),
        ("Storm Rennet hits the southern coast as families pack up.", "fresh"),
        # a war's age, a court, years ago alone: no frame of the past
        # new violence is a fresh story
        ("Two years after the war began, new shelling hit the city of Morvi.", "fresh"),
        ("The war that began three years ago reached the city of Morvi.", None),
        ("A court ordered the demolition of the hillside homes on Monday.", None),
        # funding past the headline is an aside
        ("Shelling hit Osko on Monday. Residents ran. The agency has appealed for funds.", None),
    ],
)
def test_story_frame(text: str, frame: str | None) -> None:
    assert _frame(text) == frame


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame's word in the figure's own sentence: a clause about something else
        (
            "As the country marks the anniversary of independence, fighting in the north drove "
            "10,000 people from their homes.",
            [(10000, "people", "new_displacement")],
        ),
        # an event on a recent day told just before: the undated flight after it is that event's
        (
            "The court of inquiry into the old dam failure sat again.\n\n"
            "Militias raided the market town of Sorel on Tuesday. Some 4,000 residents fled.",
            [(4000, "people", "new_displacement")],
        ),
        # ... but a day that goes with the commemoration, dating its event back, carries nothing
        (
            "Villagers gathered for the anniversary.\n\n"
            "Today marks a decade since gunmen overran Korvan on 3 May 2015. The assault drove "
            "60,000 people from the district.",
            [(60000, "people", "cumulative")],
        ),
        # fighting under way in the lead is a fresh story, whatever the donors do
        (
            "Donors pledge $2 billion as fighting rages in Ostra.\n\n"
            "More than 30,000 people fled the eastern districts.",
            [(30000, "people", "new_displacement")],
        ),
        (
            "Repatriation halted as fighting resumes in Calder.\n\n"
            "About 5,000 refugees left the town of Mersa on Monday.",
            [(5000, "refugees", "new_displacement")],
        ),
    ],
)
def test_the_frame_gives_way(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anniversary: the undated flight is the history recalled
        (
            "Villagers in Korvan marked the fifth anniversary of the raid on Sunday.\n\n"
            "Gunmen stormed the hill villages at dawn. The assault drove 42,000 people from their homes.",
            [(42000, "people", "cumulative")],
        ),
        (
            "Today marks seven years since the army shelled the old quarter of Terin.\n\n"
            "The shelling led to the displacement of 55,000 people.",
            [(55000, "people", "cumulative")],
        ),
        # ... but a figure with its own recent day in the same article stays new
        (
            "Residents of Belka held a vigil on the third anniversary of the dam collapse.\n\n"
            "The flood uprooted 30,000 people. On Monday, new clashes nearby forced 2,000 people to flee.",
            [(30000, "people", "cumulative"), (2000, "people", "new_displacement")],
        ),
        # trial and inquiry
        (
            "The trial of a former militia commander opened in the capital on Tuesday.\n\n"
            "Prosecutors say his fighters burned twelve villages. The raids displaced 18,000 people.",
            [(18000, "people", "cumulative")],
        ),
        (
            "An inquiry into the collapse of the Sarel camp began hearing witnesses.\n\n"
            "Some 9,000 people fled the camp when the walls gave way.",
            [(9000, "people", "cumulative")],
        ),
        # appeal in the headline: the refugees it names are the hosted stock, the day the appeal's
        (
            "The agency warned on Friday that 300,000 refugees in Marova may lose the aid given to them.\n\n"
            "It needs $40 million by May.",
            [(300000, "refugees", "cumulative")],
        ),
        (
            "The UN launched an appeal for $300 million to help families in the eastern hills.\n\n"
            "More than 250,000 people were forced from their homes by the conflict.",
            [(250000, "people", "cumulative")],
        ),
        # ... but a flight with its own time in the appeal's story stays new
        (
            "The UN launched an appeal for $300 million to help families in the eastern hills.\n\n"
            "This week alone, 6,000 people fled new shelling around Osko.",
            [(6000, "people", "new_displacement")],
        ),
        # return story: refugees leaving with no flight told go home
        (
            "Hundreds of refugees return home from Tavria in a new convoy.\n\n"
            "Some 650 refugees left the border camp on Thursday as part of the scheme. Last month, a "
            "first convoy carried 210 refugees to the frontier.",
            [(100, "refugees", "returns"), (650, "refugees", "returns"), (210, "refugees", "returns")],
        ),
        # anyone the return's convoy carries goes home too
        (
            "The second repatriation convoy left the lakeside camps on Friday.\n\n"
            "The convoy's lead truck, carrying about 140 families, reached the town of Omba after dark.",
            [(140, "families", "returns")],
        ),
        # ... but people moved with no return word of their own sentence are not framed
        (
            "The second repatriation convoy left the lakeside camps on Friday.\n\n"
            "Elsewhere, some 140 families abandoned the town of Omba at dusk.",
            [(140, "families", "new_displacement")],
        ),
        # ... and an evacuation convoy in a return story is a flight
        (
            "The second repatriation convoy left the lakeside camps on Friday.\n\n"
            "A convoy evacuated 600 people from the besieged town of Omba on Sunday.",
            [(600, "people", "new_displacement")],
        ),
        # ... but refugees fleeing in a return story are a new flight
        (
            "Refugees return home from Tavria in a new convoy.\n\n"
            "Meanwhile, 3,000 refugees fled fresh fighting in the north on Tuesday.",
            [(3000, "refugees", "new_displacement")],
        ),
        # fresh-event stories keep their undated figures new
        (
            "Thousands are fleeing the town of Halvik as fighting spreads.\n\n"
            "The clashes broke out at the weekend. Some 12,000 people have left the town.",
            [(1000, "people", "new_displacement"), (12000, "people", "new_displacement")],
        ),
        (
            "Fighting in the north has displaced 40,000 people, officials said on Monday.\n\n"
            "The agency has appealed for funds. Some 15,000 people fled to the town of Ezra.",
            [(40000, "people", "new_displacement"), (15000, "people", "new_displacement")],
        ),
        (
            "Two years after the war began, new shelling hit the city of Morvi.\n\n"
            "About 7,000 people fled the eastern districts.",
            [(7000, "people", "new_displacement")],
        ),
        (
            "A court ordered the demolition of the hillside homes, and police moved in on Monday.\n\n"
            "Some 1,200 people were forced from their homes.",
            [(1200, "people", "new_displacement")],
        ),
    ],
)
def test_figures_in_the_frame(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected
