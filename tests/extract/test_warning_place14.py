"""warnings.py, fourteenth round (places, issue 11): the threatened place, and warnings missed, on
fresh page openings shaped like a feed's (kept outside the repository). Invented sentences of the
same shapes, each with the neighbouring reading that must not fire or must not take the place."""

from __future__ import annotations

import pytest

from ._helpers import warned


# ", after Y warned ...": a clause of its own, whose subject speaks; the place ordered out before
# the cue is the one threatened, not the speaker's country named after it.
@pytest.mark.parametrize(
    "text",
    [
        "Egypt's army on Monday ordered Varlo residents to leave ahead of a new offensive, after Egypt"
        " warned it would widen its strikes.",
        "The army told Varlo residents to evacuate ahead of an assault, since Turkey said it would act.",
        "Troops ordered people to leave ahead of an assault on Varlo, after Egypt warned of more.",
    ],
)
def test_a_clause_after_the_cue_does_not_lend_its_subject(text: str) -> None:
    assert warned(text) == ["Varlo"]


# An attack carried forward as a plan: a future "press ahead with", or a present one with a plan's
# adjective ("planned", "threatened"); the place after a descriptor ("the eastern X city of").
@pytest.mark.parametrize(
    "text",
    [
        "The premier has said many times that the army will press ahead with the assault on Varlo.",
        "Ruritania said it was moving ahead with its planned operation in the northern Kemra city of"
        " Varlo to hunt the militants.",
        "The junta is pushing ahead with its threatened offensive against Varlo.",
        "The army would go ahead with the ground invasion of Varlo, the minister said.",
    ],
)
def test_an_attack_carried_forward_as_a_plan_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "The army pressed ahead with its assault on Varlo last week, killing dozens.",  # under way
        "The council said it would press ahead with the plan for a new market in Varlo.",
        "The company is moving ahead with its planned expansion in Varlo.",
        "Officials are pressing ahead with the vaccination campaign in Varlo.",
        "Organisers said they would go ahead with the march on Varlo's parliament.",
    ],
)
def test_pressing_ahead_with_no_attack_or_one_under_way_is_no_warning(text: str) -> None:
    assert warned(text) == []


# A date set for an attack on a place.
@pytest.mark.parametrize(
    "text",
    [
        "The premier said on Sunday that a date for a ground offensive into Varlo has been set.",
        "Commanders have set a date for the assault on the river town of Varlo.",
    ],
)
def test_a_date_set_for_an_attack_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "A date for the election in Varlo has been set.",
        "The court set a date for the trial of the men accused of the attack on Varlo's police post.",
        "No date for the offensive on Varlo has been set, the minister said, denying any plan.",
        "The anniversary date of the attack on Varlo was marked with prayers.",
    ],
)
def test_a_date_for_something_else_or_denied_is_no_warning(text: str) -> None:
    assert warned(text) == []


# An attack not ruled out: the negation makes it a warning; the place after a descriptor.
@pytest.mark.parametrize(
    "text",
    [
        "Intelligence officers do not rule out the possibility of rebel troops attacking the town of Varlo.",
        "The general said he could not rule out an assault on Varlo before the rains.",
    ],
)
def test_an_attack_not_ruled_out_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials ruled out an assault on Varlo.",
        "Police did not rule out the possibility of arson in Varlo.",
        "Doctors cannot rule out an outbreak in Varlo.",
        "The minister never ruled out the possibility of talks with Varlo's elders.",
    ],
)
def test_a_denial_or_no_attack_not_ruled_out_is_no_warning(text: str) -> None:
    assert warned(text) == []


# An attack still to come that someone moves to pre-empt, or whose start alone is unknown: the
# place comes from the sentence or the one the article named before.
@pytest.mark.parametrize(
    "text",
    [
        "The army has answered with a week of drone raids to pre-empt the assault on Varlo.",
        "Up to 40,000 rebel soldiers may be sent to Varlo, but the exact moment of the offensive is"
        " still unknown.",
        "The rebels have massed near Varlo. The army is shelling their lines to forestall an assault.",
    ],
)
def test_an_attack_pre_empted_or_of_unknown_start_warns(text: str) -> None:
    assert warned(text)[-1:] == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "The army managed to head off the assault on Varlo.",
        "The troops succeeded in forestalling the rebel attack on Varlo last month.",
        "Medics worked to pre-empt an outbreak in Varlo.",
        "The bank moved to head off a run on deposits in Varlo.",
        "The exact moment of the eclipse over Varlo is unknown.",
        "The timing of the election in Varlo remains unclear.",
    ],
)
def test_an_averted_attack_or_no_attack_is_no_warning(text: str) -> None:
    assert warned(text) == []


# A target named after a colon, with armed forces in the sentence or the ones before.
def test_a_target_after_a_colon_warns() -> None:
    text = (
        "Some 60,000 government troops have been mobilised. The most likely target: the port city of Varlo."
    )
    assert warned(text) == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "The most likely target: young shoppers in Varlo.",
        "Hackers hit the city's systems. The most likely target: the port of Varlo.",
    ],
)
def test_a_target_of_no_armed_force_is_no_warning(text: str) -> None:
    assert warned(text) == []


# "conquer" takes the place attacked, as "capture" does.
def test_an_offensive_aimed_at_conquering_a_place_names_it() -> None:
    assert warned("The army announced a planned offensive aimed at conquering Varlo.") == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "The army conquered Varlo in 1998 after a long siege.",
        "Historians say the empire set out to conquer Varlo in the 1880s.",
    ],
)
def test_a_conquest_told_as_history_is_no_warning(text: str) -> None:
    assert warned(text) == []


# "in the ongoing war" places the attack in a war that goes on: the attack itself is still to come.
def test_the_ongoing_war_around_a_planned_attack_does_not_make_it_under_way() -> None:
    text = (
        "Kemra: The government is preparing to launch its largest military operation yet in the ongoing"
        " civil war, targeting the river port of Varlo."
    )
    assert warned(text) == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "The ongoing offensive on Varlo could displace thousands more.",
        "The army's new push in the ongoing offensive on Varlo has killed dozens.",
        "The rebels stormed Varlo in the ongoing war.",
    ],
)
def test_an_ongoing_attack_stays_under_way(text: str) -> None:
    assert warned(text) == []


# An expectation said as a prediction.
def test_a_predicted_offensive_warns() -> None:
    assert warned("The top commander predicts a fresh offensive on Varlo within weeks.") == ["Varlo"]


def test_a_prediction_of_an_attack_that_began_is_no_warning() -> None:
    assert warned("The analyst had predicted the assault on Varlo that began last week.") == []


# "X, which has carried out strikes in Y, has given the fighters a deadline to leave the area": the
# relative clause on the subject's past attacks, closed before the cue, does not give the place;
# "the area" points back past it to the town named before.
def test_a_place_in_a_relative_clause_of_past_strikes_is_not_the_antecedent() -> None:
    text = (
        "Tribal fighters are massing near Varlo. Ruritania, which has carried out strikes in Kemra,"
        " has given the fighters a 24-hour deadline to withdraw from the area."
    )
    assert warned(text)[-1:] == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        # the town shelled is the object of the cue itself: it stays the place
        "The army, which has shelled Varlo for weeks, is preparing a ground assault on the town.",
        # the relative clause is not closed before the cue
        "Residents of Varlo, which has been shelled for weeks, fear a ground assault.",
        # a clause on massing, not on past attacks
        "The army, which has massed troops near Varlo, is preparing an assault.",
    ],
)
def test_the_place_threatened_stays_when_the_aside_is_no_past_attack_elsewhere(text: str) -> None:
    assert warned(text) == ["Varlo"]


# Peoples and creeds named alone are the people attacked, not a place that "the area" points to.
@pytest.mark.parametrize(
    "text",
    [
        "The sheikh called for a march toward Varlo, citing a massacre against the Bedouins of the"
        " region. Ruritania has given the tribal fighters a 24-hour deadline to withdraw from the area.",
        "Fighters gathered outside Varlo after attacks on the Druze. Ruritania gave the fighters a"
        " 48-hour deadline to withdraw from the area.",
    ],
)
def test_a_people_named_alone_is_not_the_place_pointed_back_to(text: str) -> None:
    assert warned(text)[-1:] == ["Varlo"]


# A participle of expectation between a determiner and the attack noun modifies it, whatever verb
# comes before ("moved toward a planned military offensive on X").
@pytest.mark.parametrize(
    "text",
    [
        "The army moved toward a planned military offensive on Varlo.",
        "Aid groups braced as the army neared the expected ground assault on Varlo.",
    ],
)
def test_an_attributive_participle_of_expectation_warns(text: str) -> None:
    assert warned(text) == ["Varlo"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels planned military attacks on Varlo last year.",  # a finite verb, in the past
        "The planned military parade in Varlo was cancelled.",
        "The army said its planned military offensive on Varlo was called off.",
        "The threatened military offensive on Varlo began last week, killing dozens.",
    ],
)
def test_an_attributive_participle_on_a_past_or_cancelled_or_civil_event_is_no_warning(text: str) -> None:
    assert warned(text) == []
