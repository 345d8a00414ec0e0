"""The story frame, round two (issue 11, item 2): a figure inside the remembered event of "the
anniversary of ..." or "N years since / after ..." is that event's, whatever day the sentence
gives the commemoration; a return named by a noun in apposition ("a rare case of returns") or
by refugees going back to a named place is a return. Neighbours that must keep their reading: an
anniversary in a clause of its own before a new event, a flight that only mentions return,
people leaving again after going back, "returned fire". Invented articles."""

from __future__ import annotations

import pytest

from alerts.extract.frame import remembered
from tests.extract._helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause of the event recalled, the weekday the commemoration's
        "Sunday marks the second anniversary of the start of a militia offensive that pushed "
        "some 45,000 herders off the plateau.",
        # the event recalled in an appositive after a colon, with commas of a list in it
        "Monday marks the tenth anniversary of a grim week for the delta: 9 May, the start of "
        "a wave of raids, looting and burning that drove about 12,000 fishermen from the coast.",
        # "N years since" opens a clause: its figure is the remembered flight
        "Thursday marks five years since the rebel assault drove 60,000 people from Pellin.",
        "It is a decade since floods forced 25,000 families from their homes along the Rusa.",
    ],
)
def test_a_figure_in_the_remembered_event_is_past(text: str) -> None:
    assert kinds(text) == ["cumulative"]


@pytest.mark.parametrize(
    "text",
    [
        # the anniversary in a clause of its own, the flight the main clause's (kept)
        "As the region marks the anniversary of the treaty on Sunday, new clashes drove 4,000 "
        "people from Pellin.",
        "On the anniversary of the bombing, gunmen who stormed Pellin drove 3,000 people from the town.",
        # a semicolon ends the remembered event
        "Sunday marks the anniversary of the floods; more rain drove 2,500 people from their homes in Rusa.",
        # the event's clause tells a day of its own: a recent event
        "Sunday marks the anniversary of the truce that broke down when militias drove 5,000 "
        "people from Pellin on Tuesday.",
        # the anniversary's own sentence, the flight in the next one with its own day
        "Sunday marks the anniversary of the truce. Militias drove 5,000 people from Pellin on Tuesday.",
        # a clause joined after the remembered event tells the new one
        "The first anniversary of the landslide that buried Vosk comes as aftershocks forced "
        "1,800 people from their homes.",
        # a month is not years: a recent disaster's flight
        "A month after the cyclone forced some 700 people from the island of Tamsa, aid arrived.",
    ],
)
def test_a_flight_of_its_own_beside_an_anniversary_stays_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"]


@pytest.mark.parametrize(
    "text",
    [
        # the return named by a noun in apposition, the lead's only mark of it
        "About 250 refugees began leaving the river town of Kesh to cross into Orlan on "
        "Wednesday, a rare case of returns.",
        "Some 500 refugees left camps near Kesh on Monday, part of a growing wave of refugee returns.",
        # the noun in the next sentence of the lead
        "About 250 refugees began leaving the river town of Kesh on Wednesday. Officials described "
        "it as a return movement.",
        # the way back, a deportation told, in a return story
        "The voluntary return of refugees to Orlan resumed this week. About 9,000 villagers made "
        "their way back to the upper valley.",
        "The voluntary return of refugees to Orlan resumed this week. Officials said the deported "
        "group included 1,300 Orlanis sent by the border police.",
        # a lull, or an attack dated back, is no cause of flight
        "The voluntary return of refugees to Orlan resumed this week. Some 600 refugees left the "
        "town of Dunn on Tuesday as the shelling stopped.",
        "The voluntary return of refugees to Orlan resumed this week. Some 600 refugees left the "
        "camp at Dunn on Tuesday, a year after they were attacked there.",
        # refugees going back to a named place frame the story
        "Refugees returned to Orlan from Kesh this week. Some 600 refugees left the camp at Dunn on Friday.",
    ],
)
def test_a_return_named_by_apposition_is_a_return(text: str) -> None:
    assert kinds(text) == ["returns"]


@pytest.mark.parametrize(
    "text",
    [
        # a flight that mentions return only as a hope
        "About 250 refugees left the river town of Kesh on Wednesday, with no prospect of return.",
        "About 250 refugees left the river town of Kesh on Wednesday as soldiers returned fire.",
        # people who went back and leave again: a new flight
        "Refugees who returned to Orlan last year are uneasy. Some 600 refugees left the town of "
        "Dunn again on Friday.",
        # a return told as the past of a new event (pluperfect)
        "Refugees who had returned to Orlan are uneasy. Some 600 refugees left the town of Dunn on Friday.",
        # movements both ways: a flight told beside the refugees going back
        "People fleeing to Orlan and refugees returning to Kesh crowd the roads. Some 600 "
        "refugees left the town of Dunn on Friday.",
        # an attack as the departure's cause, in a return story
        "The voluntary return of refugees to Orlan resumed this week. Some 600 refugees left the "
        "town of Dunn on Tuesday as gunmen raided it.",
        # a deportation feared is a reason to leave
        "The voluntary return of refugees to Orlan resumed this week. Some 2,000 people left Dunn "
        "on Friday, fearing they would be deported.",
        # refugees coming back to a camp are not going home
        "Refugees returned to the camp at Dunn after the food handout. Some 600 refugees left "
        "Kesh on Friday.",
    ],
)
def test_a_flight_that_only_mentions_return_stays_new(text: str) -> None:
    assert kinds(text) == ["new_displacement"]


@pytest.mark.parametrize(
    ("sentence", "word", "inside"),
    [
        ("friday marks the anniversary of the raid that drove 3,000 out.", "3,000", True),
        ("two years after the siege drove 8,000 out, the town is quiet.", "8,000", True),
        ("two years after the siege, new raids drove 8,000 out.", "8,000", False),
        ("as the city marks the anniversary of the war, which began in may, 900 fled.", "900", False),
        ("friday marks the anniversary of the raid. 3,000 fled.", "3,000", False),
        ("sunday marks the anniversary of the night when gunmen drove 700 out.", "700", True),
        ("it is a year since the quake as aftershocks drove 700 out.", "700", False),
    ],
)
def test_remembered(sentence: str, word: str, inside: bool) -> None:
    assert remembered(sentence, sentence.index(word)) is inside
