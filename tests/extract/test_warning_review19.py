"""Review of the nineteenth round of warnings (issue 11): the widened rules probed with invented
sentences of other senses. Each narrowing comes with the reading it must keep."""

from __future__ import annotations

import pytest

from ._helpers import warned


# An aim told by a noun ("a desire to seize X") takes a place, or a town named by its kind, right
# after its verb: a market share, a chance or a festival placed later in the sentence is no target.
@pytest.mark.parametrize(
    "text",
    [
        "The lender voiced a desire to capture a bigger slice of the savings market in Omberg.",
        "Traders showed a desire to seize the chance offered by the new bridge in Omberg.",
        "The painters arrived with a desire to capture the spring carnival in Omberg.",
        "The militia voiced a desire to seize the grain market of Omberg.",
    ],
)
def test_a_desire_for_something_else_placed_later_stays_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The warlord voiced a desire to capture Omberg, his fighters gathering on the ridge.",
        "The rebel chief made clear his desire to storm the river port of Omberg before winter.",
    ],
)
def test_a_desire_to_capture_a_town_still_warns(text: str) -> None:
    assert warned(text) == ["Omberg"]


# Fighting expected in the active voice ("X expected clashes in Y") is a warning only with armed
# forces named, no crowd, contest or court around it, and no subject that denies or recalls it.
@pytest.mark.parametrize(
    "text",
    [
        "Stewards expected clashes in Omberg as visiting fans poured off the trains before the derby.",
        "Organisers feared clashes in Omberg between demonstrators and police at Sunday's march.",
        "Riot police anticipated clashes in Omberg during the election rally.",
        "Growers feared battles in Omberg courts over the water permits.",
        "Nobody expected fierce clashes in Omberg, a quiet town for decades, until they broke out on Friday.",
        "Few expected fierce clashes in Omberg, yet the rebels struck on Monday.",
        "Officers expected heavy fighting in Omberg to intensify over the coming week.",
    ],
)
def test_clashes_expected_at_games_rallies_courts_or_as_a_surprise_stay_silent(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents feared renewed clashes in Omberg as troops massed outside the town.",
        "Officers anticipated fierce battles around Omberg once the army moves in.",
        "Analysts expected heavy fighting in Omberg as the rebels drew closer.",
    ],
)
def test_fighting_expected_with_armed_forces_named_still_warns(text: str) -> None:
    assert warned(text) == ["Omberg"]


# "once they can enter X" is said of aid convoys and of residents going home: entering is no
# conquest; capturing, storming and taking still are.
@pytest.mark.parametrize(
    "text",
    [
        "Once they can enter Omberg, the displaced families will go back to their farms, soldiers said.",
        "If we can enter Omberg, our medics will open a clinic, the army's relief officer said.",
    ],
)
def test_entering_a_town_to_help_or_go_home_stays_silent(text: str) -> None:
    assert warned(text) == []


def test_a_fighters_hope_to_storm_a_town_still_warns() -> None:
    assert warned("Militia fighters said that once they can storm Omberg the war will end.") == ["Omberg"]


# A relative clause on the addressee makes it the speaker of the threat, not its target.
def test_an_addressee_with_a_relative_clause_is_not_the_target() -> None:
    assert "Niger" not in warned("Chad warned Niger, who said it could launch an offensive within days.")


def test_an_addressee_followed_by_that_is_still_the_target() -> None:
    assert warned("Chad has warned Niger that it is ready for a large-scale offensive.") == ["Niger"]


# Widened: "conquer" was in the aim's alternation but no cue word let its sentence through.
@pytest.mark.parametrize(
    "text",
    [
        "Lorvia's desire to conquer Omberg alarms its neighbours.",
        "The warlord spoke of his ambition to conquer Omberg before the rains.",
    ],
)
def test_a_desire_to_conquer_a_town_warns(text: str) -> None:
    assert warned(text) == ["Omberg"]


@pytest.mark.parametrize(
    "text",
    [
        "The band's ambition to conquer the charts in Omberg paid off.",
        "The climbers' desire to conquer the peaks above Omberg drew crowds.",
        "Lorvia denied any desire to conquer Omberg.",
        "The empire's desire to conquer Omberg in 1820 ended in defeat.",
    ],
)
def test_conquering_charts_peaks_a_denied_or_an_old_aim_stays_silent(text: str) -> None:
    assert warned(text) == []
