"""warnings.py, fourteenth round (issue 11): shapes found wrong on fresh page openings shaped like
a feed's (kept outside the repository), with near misses that must keep their answer. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from ._helpers import warned


# A denied intent, with a time or an adverb between the denial and the plan: no warning.
@pytest.mark.parametrize(
    "text",
    [
        "The northern command denied on Monday any intention to mount an assault on Varlo.",
        "The militia's spokesman denied again any plans to launch an offensive on Varlo.",
        "The eastern army denied late on Friday all plans for an assault on Varlo.",
    ],
)
def test_an_intent_denied_across_a_time_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The northern command on Monday announced plans to mount an assault on Varlo.",
        # a denial of something else: the threat stands
        "Officials denied on Monday any role in the blast, and the army said it would storm Varlo.",
        "The militia denied any losses and said it intends to launch an offensive on Varlo.",
    ],
)
def test_an_intent_announced_or_another_thing_denied_still_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


# A report of a campaign denied in the article withdraws the same place's warning elsewhere in it.
def test_a_rumoured_offensive_denied_withdraws_its_recap() -> None:
    text = (
        "The regional governor dismissed rumours about a supposed offensive against Varlo. Earlier,"
        " bloggers wrote that the enemy had drawn up plans to launch a new offensive on Varlo."
    )
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a single past incident denied, not a campaign: the next sentence's threat stands
        "The ministry denied reports of an attack on a convoy near Varlo. The army said it would"
        " storm Varlo next week.",
        "The ministry dismissed reports of looting in Varlo. The army said it would storm Varlo next week.",
    ],
)
def test_another_report_denied_keeps_the_warning(text: str) -> None:
    assert warned(text) == ["Varlo"]


# A quoted question (its opening quotation mark before the question word) asks, it warns of
# nothing, also with a short speech tag after it.
@pytest.mark.parametrize(
    "text",
    [
        '"Why would the army storm a town it already holds?" the spokesman said of Varlo.',
        "\u201cWhy would the army storm a town it already holds?\u201d the spokesman said of Varlo.",
        '"Why would they want to storm Varlo?',
    ],
)
def test_a_quoted_question_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"We will storm Varlo within days," the commander said.',
        # a question, then a clause of its own after a comma
        '"Why wait?" the commander said, vowing to storm Varlo within days.',
        '"Can we stop them?" he asked. "The army will storm Varlo tomorrow."',
    ],
)
def test_a_quoted_threat_or_a_clause_after_the_question_still_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


# A call to halt an offensive says it is under way: "this assault will ..." is that one.
def test_an_offensive_asked_to_halt_is_under_way() -> None:
    text = (
        "The envoys pressed the militia on Sunday to halt its offensive against the hill town of"
        " Varlo. Noting that 500,000 people have found shelter in Varlo, one envoy said this assault"
        " will worsen the hunger there."
    )
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # preparations or a build-up halted: the attack is still ahead
        "Washington urged the militia to halt its preparations for an offensive on Varlo.",
        "Washington urged the militia to halt its build-up near Varlo. Citing figures that 500,000"
        " people have found shelter in Varlo, the envoy said an assault would deepen the crisis.",
        "The rebels halted their advance at the river. An assault on Varlo would put a million people"
        " at risk, the envoy warned.",
    ],
)
def test_a_halt_of_something_else_keeps_the_warning(text: str) -> None:
    assert warned(text) == ["Varlo"]


# "planned" / "promised" after a determiner modify the attack noun across its modifiers.
@pytest.mark.parametrize(
    "text",
    [
        "The cabinet discussed a planned ground offensive on Varlo.",
        "Clinics were told to get ready as the army moved toward a planned armoured offensive meant"
        " to capture Varlo.",
        "Commanders spoke of the promised ground assault on Varlo.",
    ],
)
def test_a_planned_attack_with_modifiers_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        # the participle modifies another noun; the attack is past or elsewhere
        "The minister cancelled a planned visit to the site of the attack on Varlo.",
        "Aid groups discussed the planned return of families after the assault on Varlo last year.",
        "A planned concert in Varlo was cancelled after the attack.",
        "The league announced a planned friendly match after the attack on the team bus in Varlo.",
    ],
)
def test_a_planned_other_thing_is_no_warning(text: str) -> None:
    assert warned(text) == []


# A place that locates a past attack ("destroyed by a drone attack in X") is where one struck, not
# what the warning after it threatens: the warning that names its target comes first.
def test_a_past_attacks_place_does_not_place_the_warning() -> None:
    text = (
        "The mayor stood by a clinic damaged by a missile strike in Odesa and warned that the enemy"
        " is preparing an offensive. Officers expect the enemy to launch an offensive on Mykolaiv."
    )
    assert warned(text)[0] == "Mykolaiv"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the place of those who fear or prepare is still read
        ("Residents of Kharkiv fear an offensive.", "Kharkiv"),
        ("Troops in Kharkiv are preparing for an assault.", "Kharkiv"),
        ("People wounded by a strike in Kharkiv said they fear a new offensive on the city.", "Kharkiv"),
    ],
)
def test_a_place_that_braces_is_still_read(text: str, place: str) -> None:
    assert warned(text)[0] == place


@pytest.mark.parametrize(
    "text",
    [
        # a planned attack told as called off, begun or long past stays no warning
        "The planned military offensive on Varlo was cancelled after the truce.",
        "A planned ground offensive on Varlo was called off last year.",
        "The planned ground assault on Varlo began at dawn on Tuesday.",
        "The generals who led the planned summer offensive on Varlo in 2019 were later promoted.",
        "Residents in Varlo recalled the planned ground assault that never came.",
    ],
)
def test_a_planned_attack_called_off_begun_or_past_is_no_warning(text: str) -> None:
    assert warned(text) == []
