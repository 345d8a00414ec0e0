"""Review of round 29's document-level place (issue 11): where its never-target names reached too far.

A backer is read only after the givers' own words, never after a place's preposition ("help from
soldiers in X": X is where they are); a link line's names stay out of other sentences, but a
warning read off the line itself keeps the line's place ("Latest: ... an assault on X").

Every sentence is invented for the tests.
"""

from __future__ import annotations

from ._helpers import warned


def test_help_from_people_in_a_town_is_no_backer() -> None:
    text = "Villagers pleaded for help from police in Tessaly as gunmen vowed to storm the town within days."
    assert warned(text) == ["Tessaly"]


def test_support_from_fighters_in_a_town_where_an_attack_is_expected() -> None:
    text = (
        "The governor asked for support from militias in Babanusa, where rebels are expected to launch an"
        " attack this week."
    )
    assert warned(text) == ["Babanusa"]


def test_backers_after_the_givers_words_stay_aside() -> None:
    text = (
        "Kenya accused Uganda of massing troops and of receiving drones from several partners, notably"
        " Egypt and Algeria, ahead of talks."
    )
    assert "Egypt" not in warned(text) and "Algeria" not in warned(text)


def test_a_warning_on_a_line_opened_by_latest_keeps_its_place() -> None:
    text = (
        "Rebels advance\nLatest: insurgents are getting ready for an assault on Tessaly, police say\n"
        "Shops closed."
    )
    assert warned(text) == ["Tessaly"]


def test_a_link_line_still_gives_no_place_to_another_sentence() -> None:
    text = (
        "Militias are readying an assault on the town, an officer said.\nRead: a week in the hills above"
        " Varnholt\nPeople in Tessaly have started to leave."
    )
    assert warned(text) == ["Tessaly"]
