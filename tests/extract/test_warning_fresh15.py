"""warnings.py, twentieth round (issue 11, precision): false alarms on a fresh, unseen set of page
openings (kept outside the repository). Invented sentences of the same shapes, each with the
neighbouring true warnings that must still fire."""

from __future__ import annotations

import pytest

from ._helpers import warned


# The side's own attack told going on: a verb of continuing or stepping up before "its" attack noun
# ("was deepening its assault", "pushed ahead with its counter-offensive"), and a preparation for
# the same kind of attack, placed by no name of its own, in the same article.
@pytest.mark.parametrize(
    "text",
    [
        "The prime minister announced on Monday that the army was deepening its assault on Varnek's "
        "old quarter.",
        "Troops retook two hamlets near Molvo on Friday as the country pressed on with its long-planned "
        "counter-offensive.",
        "Soldiers retook two hamlets near Molvo as the army pushed ahead with its counteroffensive. "
        "Fighting has grown fiercer in recent days, as the army prepared for a long-promised "
        "counteroffensive.",
    ],
)
def test_an_own_attack_told_going_on_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Commanders vowed to push ahead with their offensive on Molvo despite calls for a truce.", "Molvo"),
        ("The army will launch an offensive against Kessa next week, the minister warned.", "Kessa"),
        ("The army gave residents of Varnek 48 hours to leave before it attacks the town.", "Varnek"),
        ("If the army deepens its offensive, the rebels will attack Varnek, their leader said.", "Varnek"),
        (
            "Officials warned that the army is preparing a counter-offensive to retake Kessa within weeks.",
            "Kessa",
        ),
        (
            "Soldiers retook two hamlets near Molvo as the army pushed ahead with its counteroffensive. "
            "The general warned that a new offensive on Pelmo would follow within days.",
            "Pelmo",
        ),
        ("The rebels are massing fighters outside Tarso in preparation for an assault on the town.", "Tarso"),
    ],
)
def test_a_threat_to_step_up_or_a_new_offensive_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# A recap announced as one ("As a reminder, ..."), and the same speaker's next sentence in the past.
@pytest.mark.parametrize(
    "text",
    [
        "Shelling of Varnek began at dawn. As a reminder, a possible enemy offensive near Varnek was "
        "discussed last week after remarks by the intelligence chief.",
        "Shelling of Varnek began at dawn. As a reminder, the intelligence chief spoke of a possible "
        "offensive last week. Last Tuesday, he said that the enemy had been preparing a large offensive "
        "on the northern flank.",
    ],
)
def test_a_recap_announced_as_one_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "As a reminder, shelters are open day and night. Officials warned that the enemy is "
            "preparing an assault on Varnek.",
            "Varnek",
        ),
        (
            "The intelligence chief spoke on Monday. He said that the enemy is preparing an offensive "
            "on Kessa.",
            "Kessa",
        ),
        ("He warned that the rebels will storm Molvo within days.", "Molvo"),
        ("Recall that the curfew starts at nine. The army said it will attack Pelmo at dawn.", "Pelmo"),
    ],
)
def test_a_warning_after_an_unrelated_reminder_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# An aim to take a place that the next sentences call thwarted.
@pytest.mark.parametrize(
    "text",
    [
        "Fighting goes on at the edge of Varnek. The enemy aims to capture Varnek before the winter. "
        "According to the general staff, this plan to capture it was foiled on Sunday.",
        "The rebels intend to seize Kessa, the commander said, but their attempt to take the town was "
        "repelled on Sunday.",
    ],
)
def test_an_aim_told_thwarted_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The enemy aims to capture Varnek before the winter, the general staff warned. "
            "An earlier plan to capture Pelmo was thwarted in May.",
            "Varnek",
        ),
        ("The rebels intend to seize Kessa within days, the governor warned.", "Kessa"),
        (
            "The rebels intend to seize Kessa within days, the governor warned. Their plan to capture it "
            "cannot be thwarted, he added.",
            "Kessa",
        ),
    ],
)
def test_an_aim_with_another_place_thwarted_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# A media claim relayed by the writer and rebutted later in the article.
@pytest.mark.parametrize(
    "text",
    [
        "Several outlets, citing unnamed insiders, have run stories claiming that the general intends to "
        "seize Varnek by force. In truth, his troops have no chance of taking Varnek this year.",
    ],
)
def test_a_rebutted_media_claim_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Several outlets, citing unnamed insiders, have run stories claiming that the general intends to "
            "seize Varnek by force. Officials in the city say they are digging trenches.",
            "Varnek",
        ),
        (
            "The minister said the enemy intends to seize Varnek. The enemy has no chance of taking Kessa, "
            "he added.",
            "Varnek",
        ),
        (
            "Media reports claiming that the army intends to storm Varnek alarmed residents, who began "
            "to leave.",
            "Varnek",
        ),
        (
            "Reports suggesting that the rebels plan to attack Molvo next week were confirmed by the "
            "governor.",
            "Molvo",
        ),
    ],
)
def test_an_unrebutted_claim_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# Recall on the same set: a threat to be carried out ("if they follow through on their threats to
# take X"), an evacuation call ahead of a single strike, its place a few words further on.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The president said his country could intervene in Kessa if the rebels follow through on "
            "their threats to capture the harbour town of Molvo.",
            "Molvo",
        ),
        ("The rebels may carry out their threat to storm Kessa, the governor warned.", "Kessa"),
        ("If the rebels make good on their threats to attack Pelmo, thousands could flee.", "Pelmo"),
        (
            "Soldiers on Sunday urged families to leave the streets near a clinic in eastern Varnek "
            "ahead of a planned strike against the compound.",
            "Varnek",
        ),
    ],
)
def test_a_threat_to_be_carried_out_or_an_evacuation_before_a_strike_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels carried out their threat to storm Kessa on Monday.",
        "The minister dismissed threats to attack Varnek as empty words.",
        "Threats to attack Varnek were withdrawn after the ceasefire.",
        "Workers were told to leave the port of Varnek ahead of a strike called by the dockers' union.",
        "Passengers were urged to leave Varnek station before the strike by rail workers begins.",
        "Climate change is a threat to farming in Varnek.",
    ],
)
def test_a_threat_carried_out_dismissed_or_a_labour_strike_is_no_warning(text: str) -> None:
    assert warned(text) == []
