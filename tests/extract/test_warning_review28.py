"""Review of the twenty-eighth round of warnings.py: probes of its new rules in invented
sentences. Each narrowing is tested on the wrong reading it stops and on the true warning of the
round's shape it keeps."""

from __future__ import annotations

import pytest

from ._helpers import warned


# A split move takes an adverb of force or speed; an agreed or gradual entry is no attack.
@pytest.mark.parametrize(
    "text",
    [
        "Government troops will move peacefully into Morvel under the peace accord.",
        "The fighters will move gradually into Morvel as part of the integration plan.",
    ],
)
def test_a_split_move_by_a_peaceful_adverb_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The militia threatened to advance rapidly toward Morvel.",
        "Commanders say government forces are about to push deeply into Morvel.",
        "The rebels said they would move decisively against Morvel next month.",
    ],
)
def test_a_split_move_by_force_or_speed_still_warns(text: str) -> None:
    assert warned(text) == ["Morvel"]


# A country's army fighting an armed group at home: its adjective names the story's country,
# not a foreign attacker.
def test_a_national_army_against_insurgents_keeps_its_country() -> None:
    text = (
        "Army readies new push\n"
        "A Nigerian military offensive against the insurgents could start within weeks, the army"
        " said in Nigeria."
    )
    assert set(warned(text)) == {"Nigeria"}


# The neighbour: a cross-border push on insurgents, a speaker's country that fears it: that
# country is the place, not the attacker's.
def test_a_push_on_insurgents_feared_by_a_speaker_keeps_the_speaker() -> None:
    text = (
        "Iraq braces for Iranian push\n"
        "An Iranian military offensive against Kurdish separatists could begin within weeks, Iraq's"
        " government warned."
    )
    assert set(warned(text)) == {"Iraq"}


# The neighbour: an adjective attack on a state still sets the attacker aside.
def test_a_foreign_attack_still_sets_the_attacker_aside() -> None:
    text = (
        "Poland's leader warns a Russian offensive could come\n"
        "He said an offensive could come within two years."
    )
    assert set(warned(text)) == {"Poland"}


# Absent evidence of the force leaving or sparing the place: the threat stands.
@pytest.mark.parametrize(
    "text",
    [
        "Observers saw no sign that the troops would pull out before an assault on Morvel.",
        "Analysts saw no sign that the rebels would retreat before an attack on Morvel.",
    ],
)
def test_no_sign_of_a_retreat_still_warns(text: str) -> None:
    assert warned(text) == ["Morvel"]


# The neighbour: absent evidence of the attack itself stays a denial.
def test_no_sign_of_the_attack_is_still_silent() -> None:
    assert warned("Observers saw no sign that the troops are readying an assault on Morvel.") == []


# A requirement said small is readiness, not a general condition: the warning stands.
def test_a_small_requirement_still_warns() -> None:
    text = "To launch an assault on Morvel, the militia would need just hours, a commander warned."
    assert warned(text) == ["Morvel"]


# The neighbour: a large requirement stays silent.
def test_a_large_requirement_is_still_silent() -> None:
    text = "To launch an assault on Morvel, the militia would need many more fighters, a commander said."
    assert warned(text) == []
