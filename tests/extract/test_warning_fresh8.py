"""warnings.py on shapes from the eleventh round (issue 11): fresh real news chosen for near
misses (analysis, operations under way, storms, famine, courts, threats to people) and for
warnings told in ways not met before.

Every sentence is invented for the tests and the places are made up, so that the detector has to
read them by their context. Each group of warnings has near misses of the same words beside it.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A rebuttal in the next sentence: the feared fall was a misreading ("That impression stems from a
# misreading of ..."), like "The ministry denied the reports."
@pytest.mark.parametrize(
    "text",
    [
        "Reports that the militia has reached the outskirts of Varnel have fed talk of its fall. That"
        " impression stems from a misreading of how the group fights.",
        "Rumours that the rebels are closing in on Varnel spread on Monday. But these fears come from a"
        " misunderstanding of the front line, analysts said.",
        "Rumours that the rebels are closing in on Varnel spread on Monday. Such claims are overblown,"
        " a diplomat said.",
    ],
)
def test_a_fear_called_a_misreading_next_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the rebuttal is of something else: the warning stands
        "Rumours that the rebels are closing in on Varnel spread on Monday. The mayor said the"
        " misunderstanding over fuel prices had been cleared up.",
        "The rebels are closing in on Varnel. Officials said they would be mistaken to stay.",
    ],
)
def test_a_misreading_of_something_else_leaves_the_warning(text: str) -> None:
    assert warned(text) == ["Varnel"]


# A hyphenated modifier before "the city" is no object of its own: "an assault on the
# energy-rich city" is on the city named before, not an attack on energy.
@pytest.mark.parametrize(
    "text",
    [
        "Varnel is the main city of the oil region. Officials said the rebels were preparing an"
        " assault on the energy-rich city.",
        "Varnel is the last town held by the army. The militia is preparing an assault on the"
        " aid-dependent town, officials said.",
    ],
)
def test_a_hyphenated_modifier_of_the_city_keeps_the_warning(text: str) -> None:
    assert warned(text) == ["Varnel"]


@pytest.mark.parametrize(
    "text",
    [
        "Varnel lies in the north. Officials said the rebels were preparing an offensive on the energy grid.",
        "The rebels threatened more attacks on energy sites near Varnel.",
    ],
)
def test_attacks_on_energy_stay_no_place_taken(text: str) -> None:
    assert warned(text) == []


# "an imminent attack and has warned that X is at risk": the perfect after "and" belongs to the
# clause's subject (the intelligence that warned), not to the attack.
@pytest.mark.parametrize(
    "text",
    [
        "A new assessment points to an imminent rebel attack and has warned that the northern town"
        " of Varnel is in danger.",
        "The agency expects an imminent rebel attack and has told the city of Varnel to prepare.",
        # "offensive and" followed by a verb: the noun, not "offensive and racist"
        "The agency expects an imminent rebel offensive and has told the city of Varnel to prepare.",
    ],
)
def test_a_perfect_after_and_is_not_the_attacks(text: str) -> None:
    assert warned(text) == ["Varnel"]


@pytest.mark.parametrize(
    "text",
    [
        "The offensive on Varnel has displaced thousands of people since May.",
        "The rebel assault on Varnel has forced the army to retreat.",
        "Leaflets dropped on Varnel called the rebels' slogans offensive and racist.",
    ],
)
def test_a_perfect_right_after_the_attack_still_says_it_happened(text: str) -> None:
    assert warned(text) == []


# A truce dated before the article in its own sentence is the background of a new threat: "the
# assault had been held back under a UN-mediated truce that took effect last year".
@pytest.mark.parametrize(
    "text",
    [
        "Rebels are massing fighters outside Varnel ahead of an offensive on the city. The assault"
        " had been held back under a UN-mediated truce that took effect last year.",
        "Rebels are massing fighters outside Varnel ahead of an offensive on the city. A truce signed"
        " two years ago had kept the front quiet.",
    ],
)
def test_a_deal_dated_long_before_leaves_a_new_threat(text: str) -> None:
    assert warned(text) == ["Varnel"]


@pytest.mark.parametrize(
    "text",
    [
        "A truce brokered by the mediators took effect on Monday. The rebels had threatened to storm Varnel.",
        "The army and the rebels signed a ceasefire on Sunday. Residents of Varnel had feared an"
        " assault on the city.",
    ],
)
def test_a_deal_made_now_still_recaps_the_fears(text: str) -> None:
    assert warned(text) == []


# A threat told from weeks, months or years after it, anywhere in the sentence: "Peace talks
# resumed a month after the rebels threatened to storm the city" (fronted, "A year after ...", was
# already a recap; "days after" may still stand).
@pytest.mark.parametrize(
    "text",
    [
        "Peace talks resumed in Varnel a month after the rebels threatened to storm the city.",
        "Talks resumed in the capital on Monday, weeks after the militia vowed to take Varnel.",
        "The border crossing reopened on Friday, two years after the army threatened to retake Varnel.",
    ],
)
def test_a_threat_told_weeks_after_is_a_recap(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Days after the rebels threatened to storm Varnel, the army sent reinforcements to the city.",
        "The rebels threatened to storm Varnel weeks after the truce collapsed.",
    ],
)
def test_a_threat_after_something_else_still_warns(text: str) -> None:
    assert warned(text) == ["Varnel"]


# An evacuation order ahead of strikes announced by armed forces: "issued evacuation orders for
# two villages ahead of airstrikes" (the noun form of "ordered residents to evacuate ahead of").
@pytest.mark.parametrize(
    "text",
    [
        "The army issued evacuation orders for residents of Varnel on Sunday ahead of airstrikes.",
        "A military spokesman issued an evacuation order for Varnel and Torbek ahead of planned strikes.",
        "The army ordered residents of Varnel to evacuate ahead of new strikes on the town.",
    ],
)
def test_an_evacuation_order_ahead_of_strikes_warns(text: str) -> None:
    assert warned(text) == ["Varnel"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials issued evacuation orders for residents of Varnel ahead of the storm.",
        "The union issued an evacuation notice for the Varnel plant ahead of strikes by workers.",
        "The army lifted the evacuation orders for Varnel after the airstrikes ended.",
        "Officials in Varnel issued evacuation orders ahead of the river flooding.",
    ],
)
def test_an_evacuation_order_for_a_storm_or_a_labour_strike_is_no_warning(text: str) -> None:
    assert warned(text) == []


# Counted villages in the order take the settlements the article names next, as for an attack's
# counted object ("threatened to storm two villages in western Y").
def test_an_evacuation_order_for_counted_villages_takes_the_villages_named_next() -> None:
    text = (
        "A military spokesman issued an evacuation order for four villages in southern Norland ahead"
        " of planned strikes. He said the army would hit targets in the villages of Varnel and Torbek."
    )
    assert warned(text) == ["Varnel"]


# "with intentions to seize X": the plural is the intention too.
@pytest.mark.parametrize(
    "text",
    [
        "The rebels took Torbek last week, with intentions to seize Varnel, local leaders said.",
        "The militia has made clear its intentions to capture Varnel.",
    ],
)
def test_intentions_to_seize_a_place_warn(text: str) -> None:
    assert warned(text) == ["Varnel"]


# A business taken over is no place taken: "plans to take over the X brewery".
@pytest.mark.parametrize(
    "text",
    [
        "The company announced its intentions to take over the Varnel brewery.",
        "The rebels' backers plan to take over the Varnel bank, a minister said.",
        "The rebels have no intentions to seize Varnel, their spokesman said.",
    ],
)
def test_a_business_taken_over_or_an_intention_denied_is_no_warning(text: str) -> None:
    assert warned(text) == []


# Threats against people in a place are no threat to the place: "threatened journalists in X,
# warning they would be attacked" (the towns warned that "they" will be attacked still are).
@pytest.mark.parametrize(
    "text",
    [
        "Rebels threatened journalists in Varnel, warning they would be attacked if they reported on"
        " the fighting.",
        "Gunmen told aid workers in Varnel that they would be targeted if they stayed.",
    ],
)
def test_people_warned_they_will_be_attacked_is_no_place_threatened(text: str) -> None:
    assert warned(text) == []


def test_towns_warned_they_will_be_attacked_still_warn() -> None:
    assert warned("The militia warned two towns in Norland they would be attacked unless they paid.") == [
        "Norland"
    ]


# "would storm to victory" is an election idiom, no attack.
def test_storming_to_victory_is_no_attack() -> None:
    assert warned("The opposition warned it would storm to victory in Varnel in the election.") == []


# An old time in the cue's own clause: "commanders who threatened to attack X last year".
@pytest.mark.parametrize(
    "text",
    [
        "The government imposed sanctions on commanders who threatened to attack Varnel last year.",
        "The militia vowed to storm Varnel two years ago and never did.",
    ],
)
def test_a_threat_dated_in_its_own_clause_by_an_age_is_a_recap(text: str) -> None:
    assert warned(text) == []


def test_an_age_in_another_clause_leaves_the_threat() -> None:
    assert warned("The militia vowed to storm Varnel, which it lost two years ago.") == ["Varnel"]


# A memory governs the cue: "the general recalls planning the assault on X", "residents
# remembered how the rebels threatened to storm X" (", residents recalled" after it already was).
@pytest.mark.parametrize(
    "text",
    [
        "In his memoir, the general recalls planning the assault on Varnel.",
        "Residents remembered how the rebels threatened to storm Varnel.",
    ],
)
def test_a_remembered_threat_is_a_recap(text: str) -> None:
    assert warned(text) == []


def test_a_memory_in_another_clause_leaves_the_warning() -> None:
    assert warned("Recalling the massacre of May, officials warned the militia would storm Varnel.") == [
        "Varnel"
    ]


# A condition whose outcome is the attack: "expect the worst in the event that the siege of X
# culminates in an attack", "if the standoff escalates into an assault". Without the condition it is told.
@pytest.mark.parametrize(
    "text",
    [
        "Aid groups expect the worst in the event that the siege of Varnel culminates in an attack.",
        "If the standoff around Varnel escalates into an assault, thousands could flee.",
    ],
)
def test_a_condition_ending_in_an_attack_warns(text: str) -> None:
    assert warned(text) == ["Varnel"]


@pytest.mark.parametrize(
    "text",
    [
        "Siege of Varnel culminates in an assault on its old town.",
        "The standoff culminated in an assault on Varnel in May.",
    ],
)
def test_an_outcome_told_without_a_condition_is_no_warning(text: str) -> None:
    assert warned(text) == []


# A place after "in" inside an apposition that describes the town by its role only says where
# the town lies: "the siege on X - the last stronghold of the army in Darfur - culminates in".
@pytest.mark.parametrize(
    "text",
    [
        "Observers expect the worst if the siege on Varnel - the last stronghold of the army in"
        " Darfur - culminates in a full assault.",
        "Aid groups fear an imminent attack on Varnel, the last town held by the army in Darfur.",
    ],
)
def test_a_region_in_a_role_apposition_only_locates_the_town(text: str) -> None:
    assert warned(text) == ["Varnel"]


# A government "considering" an attack warns (the progressive; "is considered an attack" judges one
# that happened).
@pytest.mark.parametrize(
    "text",
    [
        "Ministers say the cabinet is considering a land invasion of Varnel.",
        "Officials said the army was considering an offensive on Varnel.",
    ],
)
def test_an_attack_under_consideration_warns(text: str) -> None:
    assert warned(text) == ["Varnel"]


def test_an_attack_considered_a_crime_is_no_warning() -> None:
    assert warned("The shelling of Varnel was considered an attack on civilians by the court.") == []


# A facility on a town's edge is no force closing in: "raiders hit an army camp on the outskirts
# of X" (the forces themselves on the outskirts still warn).
def test_a_base_on_the_outskirts_is_no_force_at_the_gates() -> None:
    text = "Soldiers fought off raiders who hit an army camp on the outskirts of Varnel."
    assert warned(text) == []


def test_rebels_on_the_outskirts_still_warn() -> None:
    assert warned("Rebels are now on the outskirts of Varnel, residents said.") == ["Varnel"]


# A bare direction adjective found by its shape is no place: "as Western allies urge".
def test_a_direction_adjective_is_no_place() -> None:
    text = (
        "The army is preparing an offensive, officials said. As Western allies urge a truce,"
        " residents of Varnel fear the worst."
    )
    assert warned(text) == ["Varnel"]
