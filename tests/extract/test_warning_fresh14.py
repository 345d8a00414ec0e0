"""warnings.py, eighteenth round (issue 11, precision): false alarms on a fresh, unseen set of page
openings (kept outside the repository). Invented sentences of the same shapes, each with the
neighbouring true warnings that must still fire."""

from __future__ import annotations

import pytest

from ._helpers import warned


# What an army could do, not what it means to do: a capability right before the attack, with no
# word of intent, threat or fear; what an attack would require; a course not taken.
@pytest.mark.parametrize(
    "text",
    [
        "The report said the army may already have the capabilities, such as long-range rockets and "
        "drones, in order to invade Kessa.",
        "Analysts reckon the generals hold, or shall shortly hold, the capability required to mount "
        "a high-risk invasion of Kessa should the order come.",
        "A seaborne invasion would require far more troops and ships than a naval blockade, the study found.",
        "Any assault on Kessa would need three times as many soldiers as the defenders have.",
        "The army was in a position to march into Varnek last spring but chose not to.",
        "The insurgents threatened to storm Varnek last month but decided against it after talks.",
    ],
)
def test_a_capability_a_requirement_or_a_course_not_taken_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials warned that the army is preparing an invasion of Kessa within weeks.", "Kessa"),
        (
            "The army has the capability and the intention to invade Kessa this year, the minister warned.",
            "Kessa",
        ),
        (
            "The rebels say they now have the capacity to storm Varnek and will attack before the rains.",
            "Varnek",
        ),
        ("Rebels said they were in a position to march into Varnek and would do so soon.", "Varnek"),
        ("Troops massing outside Varnek have the firepower to storm the town, residents fear.", "Varnek"),
        (
            "The commander said his forces had built up the strength needed to retake Varnek and would "
            "attack within the week.",
            "Varnek",
        ),
        ("An invasion of Kessa could come as soon as next week.", "Kessa"),
        ("The general said an assault on Kessa would begin once the rains end.", "Kessa"),
        (
            "The assault on Varnek will require no more than two days, the rebel commander boasted, adding "
            "it would begin on Monday.",
            "Varnek",
        ),
        ("The army threatened to storm Varnek, but chose to wait for the talks to end first.", "Varnek"),
        ("Officials warned of a high risk of an invasion of Kessa before the winter.", "Kessa"),
    ],
)
def test_an_intent_threat_or_fear_beside_a_capability_still_warns(text: str, place: str) -> None:
    assert warned(text) == [place]


# Casualties at the edge of a town: armed men killed, wounded or captured "on the outskirts of X"
# is a toll, not forces closing in.
@pytest.mark.parametrize(
    "text",
    [
        "Over the last day, 11 insurgents and 6 troops were killed on the outskirts of Dravo city, a "
        "nurse said.",
        "Two fighters were wounded on the outskirts of Dravo on Monday.",
        "Several militiamen died in clashes on the outskirts of Dravo overnight.",
        "Dozens of rebels were captured on the outskirts of Dravo last week.",
    ],
)
def test_armed_men_killed_or_captured_at_the_edge_of_a_town_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters are now on the outskirts of Dravo, residents said.",
        "The militants have reached the outskirts of Dravo.",
        "Rebel fighters were seen on the outskirts of Dravo on Monday night.",
        "Government troops massed on the outskirts of Dravo overnight.",
        "Insurgents are closing in on Dravo after killing several soldiers.",
        "Rebels advancing on Dravo killed two police officers on the way.",
    ],
)
def test_armed_men_at_the_edge_of_a_town_still_warn(text: str) -> None:
    assert warned(text) == ["Dravo"]


# A report the writer doubts ("supposedly"), or one judged a lie, in its sentence or the next two.
@pytest.mark.parametrize(
    "text",
    [
        "A weekly newspaper claimed that Lorvian troops are supposedly planning a large new offensive "
        "into Kessa Province in the coming weeks. Recent shelling of Kessa was said to be a sign of it. "
        'An army spokesman labelled this as "nonsense".',
        "The defence ministry called reports of Lorvia's alleged preparations for an offensive on Kessa "
        "disinformation.",
        "Reports that the rebels were preparing to storm Kessa were branded propaganda by the regional "
        "council.",
        "Lorvian forces are purportedly preparing an assault on Kessa, a blog claimed.",
    ],
)
def test_a_doubted_report_or_one_judged_a_lie_is_no_warning(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials called the build-up near Kessa a clear sign of an imminent assault on the town.",
        "Lorvian forces are reportedly preparing an assault on Kessa, officials said.",
        "Lorvian forces are allegedly preparing an assault on Kessa, according to two officials.",
        "The minister called the planned assault on Kessa a necessary step and said it would begin soon.",
        "Rebels are planning an assault on Kessa. The army called their statement a provocation and "
        "vowed to defend the town.",
        "The army's spokesman said reports of an imminent assault on Kessa were accurate, calling rebel "
        "denials lies.",
        "Rebels vowed to storm Kessa, calling the army's claims of victory propaganda.",
        "Reports that the army is preparing to storm Kessa were confirmed by two officials, who called "
        "rebel denials nonsense.",
    ],
)
def test_a_report_believed_or_a_lie_said_of_something_else_still_warns(text: str) -> None:
    assert warned(text) == ["Kessa"]


# A place named only inside a means clause after the cue ("... by sending fighters to train in X")
# is where the means are: attacks on troops with no place of their own are no warning.
@pytest.mark.parametrize(
    "text",
    [
        "One of the five officials prepared for attacks on foreign troops in the region by sending "
        "fighters to train in Dravo.",
    ],
)
def test_a_place_only_in_a_means_clause_is_not_the_target(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The militia is preparing for attacks on Dravo, officials warned.",
        "Troops were prepared for an assault on Dravo within hours.",
        "Rebels are preparing an attack on Dravo by massing fighters in the hills.",
        "Rebels are preparing to attack Dravo by cutting its water supply.",
        "Troops plan to retake Dravo by encircling it from the north.",
        "The army will storm Dravo by Friday, officials said.",
    ],
)
def test_a_target_named_before_the_means_still_warns(text: str) -> None:
    assert warned(text) == ["Dravo"]


# A terrorism advisory told with a verb: "terrorists could strike with little warning in X".
def test_a_terrorism_advisory_with_an_attack_verb_is_no_warning() -> None:
    text = (
        "The consulate cautioned that terrorists could attack without notice in Dravo, aiming at "
        "hotels and markets."
    )
    assert warned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels could attack Dravo without warning, the governor said.",
        "The embassy warned that a Lorvian attack on Dravo could come at any time.",
        "The embassy urged citizens to leave Dravo, warning that rebel forces may attack the city "
        "within days.",
        "Militants threatened to attack hotels in Dravo without warning.",
        "The army told residents of Dravo to leave ahead of strikes on the town.",
    ],
)
def test_armed_forces_that_may_attack_without_warning_still_warn(text: str) -> None:
    assert warned(text) == ["Dravo"]


# "An offensive from X": where the attack starts; the story's place in its sentence only after
# "from" is not taken for the target.
def test_the_origin_of_an_offensive_is_not_its_place() -> None:
    assert warned("Commanders warned of a new offensive from Dravo in the coming weeks.") == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army is preparing an offensive from Dravo against Kessa, officials said.", "Kessa"),
        ("Officials in Dravo warned of a new offensive on Kessa from the north.", "Kessa"),
        ("Troops gathered in Dravo are preparing an assault on Kessa.", "Kessa"),
    ],
)
def test_an_offensive_from_one_place_on_another_keeps_its_target(text: str, place: str) -> None:
    assert warned(text) == [place]


# An ultimatum with its addressees between the noun and the demand: "issued a 36-hour ultimatum for
# the militias in X, the seat of Y province, to surrender"; one that ran out is no warning.
@pytest.mark.parametrize(
    "text",
    [
        "The militia issued a 36-hour ultimatum for the gunmen in Dravo, the seat of North Lorvia "
        "province, to surrender and leave the town.",
        "Rebels issued a three-day ultimatum to government troops in Dravo to withdraw.",
        "The army gave residents of Dravo 48 hours to leave after an earlier deadline expired.",
        "The ultimatum for fighters in Dravo to surrender expires on Friday, after which the army will "
        "storm the town.",
        "The militia issued a 24-hour ultimatum to soldiers in Dravo to leave or be attacked.",
    ],
)
def test_an_ultimatum_with_its_addressees_warns(text: str) -> None:
    assert warned(text) == ["Dravo"]


@pytest.mark.parametrize(
    "text",
    [
        "The 48-hour ultimatum for fighters in Dravo to surrender expired on Sunday, and the assault "
        "resumed.",
        "Police issued a 24-hour ultimatum to protesters in Dravo to clear the square.",
    ],
)
def test_an_ultimatum_run_out_or_a_police_order_is_no_warning(text: str) -> None:
    assert warned(text) == []


# "The capital of <country>": the country says whose capital; the capital's own name, said
# elsewhere, is the place threatened.
@pytest.mark.parametrize(
    "text",
    [
        "The insurgents vowed to push on to the capital of Chad once their eastern campaign is over. "
        "The insurgents are still far from Dravo.",
        "Rebel leaders vowed to march on the capital of Chad, Dravo.",
        "The insurgents vowed to push on to Dravo, the capital of Chad, within weeks.",
    ],
)
def test_the_capital_of_a_country_is_its_capital_not_the_country(text: str) -> None:
    assert warned(text) == ["Dravo"]


def test_a_country_itself_threatened_keeps_its_name() -> None:
    assert warned("Rebels threatened to invade Chad from the north.") == ["Chad"]
