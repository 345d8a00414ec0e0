"""warnings.py: warnings of an offensive that has not happened yet.

Every sentence here is invented for the tests.
"""

from __future__ import annotations

import pytest

from alerts.extract import detect_warnings


@pytest.mark.parametrize(
    "text",
    [
        (
            "Turkey has threatened to launch a new military operation against Kurdish fighters in northern "
            "Syria."
        ),
        "The army said it would storm the city unless the rebels surrendered.",
        "Residents fear an imminent assault on Hodeidah.",
        "Government troops are massing near Tal Rifaat, raising fears of an attack.",
        '"If the militants do not withdraw by Friday, we will launch an operation," the minister said.',
        "The UN warned that any attack on the camp would be catastrophic.",
        "Officials said the assault on Mosul could begin within days.",
        "The jihadists have been given until Monday to leave the town or face an all-out assault.",
        "Kyiv fears Russia is preparing a new offensive in the east.",
        "Sudan's army warned residents of El Fasher to leave ahead of an attack on the city.",
        "The militia has vowed to capture Marib in the coming weeks.",
        "Erdogan said Turkish troops could enter Syria at any moment.",
        (
            "Turkish President Recep Tayyip Erdogan said Turkey would launch an offensive against Kurdish "
            "militia in Afrin within days."
        ),
        "The Syrian army is preparing a major offensive to retake Deir ez-Zor, a military source said.",
        (
            "Aid agencies have warned that a military assault on Hodeidah port could cut off food supplies "
            "to millions."
        ),
        "Israel has repeatedly threatened to invade Rafah, where more than a million people are sheltering.",
        "There are growing fears that the regime will soon attack Daraa.",
        (
            "The militia issued an ultimatum to government forces to leave the city within 48 hours or "
            "face attack."
        ),
        "Officials fear Boko Haram fighters may attack the camp again.",
        "Ukrainian officials expect Russia to launch a new offensive in the spring.",
    ],
)
def test_warnings(text: str) -> None:
    assert detect_warnings(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Israel launched its ground offensive in Rafah on Monday.",
        "The offensive, which began in December, has displaced 900,000 people.",
        "Diplomats met in Geneva to discuss a ceasefire.",
        "Russia and Turkey agreed to create a demilitarised zone to avert an offensive on Idlib.",
        "Rebels repelled an attack on their positions overnight.",
        "Troops shelled the town for a third day.",
        "Aid groups are preparing for a possible influx of refugees.",
        "Hezbollah fighters attacked an army post on Sunday.",
        "Witnesses described the attack that killed 30 people.",
        "The foreign ministers discussed the humanitarian situation in Idlib during talks in Ankara.",
        (
            "Syrian government forces captured the town of Khan Sheikhoun on Wednesday after a three-month "
            "offensive."
        ),
        "The Kremlin said it had no plans to attack Ukraine.",
        "Thousands fled as the assault on the city entered its second week.",
        "A suicide attack on a checkpoint killed six soldiers on Tuesday.",
        (
            "The government offensive on Eastern Ghouta, which began on February 18, has killed more than "
            "1,000 civilians."
        ),
        "Russian warplanes pounded rebel positions in southern Idlib on Tuesday.",
        "Leaders meeting in Sochi agreed on a ceasefire in Idlib.",
        "The rebels said they had repelled the army's offensive and recaptured two villages.",
        "Civilians fleeing the assault on Mosul described scenes of devastation.",
        "The coalition has begun its long-awaited offensive on Raqqa.",
        "The Turkish military shelled YPG positions near Tal Rifaat overnight.",
        "Talks between Ankara and Moscow aimed at preventing an offensive on Idlib ended without agreement.",
    ],
)
def test_not_warnings(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("The army is preparing an assault on Saraqeb, a commander said.", "Saraqeb"),
        ("Officials warned that a Maarat offensive would be a disaster.", "Maarat"),
        ("Troops have massed around Tal Rifaat in recent days.", "Tal Rifaat"),
        ("Ministers warned that an offensive could begin within days.", None),
    ],
)
def test_threatened_place(text: str, location: str | None) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == location


def test_conditional_warning_and_ultimatum() -> None:
    assert detect_warnings("If the talks fail, the army will storm Jisr al-Shughur.")
    assert detect_warnings("Fighters must leave Azaz by Friday, otherwise the army will act.")
    assert detect_warnings("The militia was told to leave Azaz within 48 hours.") == []  # no threat stated


def test_diplomacy_without_threat() -> None:
    assert detect_warnings("Leaders agreed to prevent an assault on the province.") == []
    assert detect_warnings("The summit aims to avert an offensive on Idlib.") == []
    assert detect_warnings("The foreign ministers met in Ankara to discuss a ceasefire.") == []


def test_past_and_ongoing_attacks() -> None:
    assert detect_warnings("The offensive on Saraqeb began at dawn on Tuesday.") == []
    assert detect_warnings("Thousands fled the renewed assault on Saraqeb.") == []
    assert detect_warnings("Since the army launched its offensive in May, 900 people have died.") == []


def test_cue_and_offsets() -> None:
    text = "Background. The UN warned that an attack on Rukban would be catastrophic. More text."
    (warning,) = detect_warnings(text)
    assert text[warning.start : warning.end] == warning.cue
    assert "attack" in warning.cue
    assert warning.sentence == "The UN warned that an attack on Rukban would be catastrophic."
    assert warning.location == "Rukban"


def test_one_warning_per_sentence_and_repeated_sentences_once() -> None:
    sentence = "Turkey threatened an assault on Manbij and warned of an attack on Tal Rifaat."
    assert len(detect_warnings(f"{sentence}\n{sentence}")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents announced an offensive to take Ulvani.",
        "The rebels are within 20 km of Ulvani. They are expected to attack the city within days.",
        "The general said his men would soon retake Ulvani.",
    ],
)
def test_the_attacked_place_is_the_object_of_the_attack(text: str) -> None:
    # rebels within 20 km of a town warn too: every warning names the town
    warnings = detect_warnings(text)
    assert warnings
    assert all(w.location == "Ulvani" for w in warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters in Nolbara vowed to storm Ulvani.",  # the object, not where the speakers are
        "Residents of Nolbara fear the rebels will storm Ulvani next.",
        "The minister, speaking in Nolbara, said the army would retake Ulvani.",
        "An offensive by Russia on Ulvani is expected.",  # the agent is not the target
        "After capturing Nolbara, rebels said they would march on Ulvani.",
        "An assault on the capital, Ulvani, is expected.",  # apposition
        "Officials fear an offensive on Ulvani similar to the one on Nolbara.",  # a comparison
    ],
)
def test_the_object_of_the_attack_outranks_other_places(text: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == "Ulvani"


def test_a_place_that_braces_for_an_attack_is_the_threatened_place() -> None:
    (warning,) = detect_warnings("Idlib braces for an attack as government troops mass nearby.")
    assert warning.location == "Idlib"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels threaten Goma as families pack their belongings.", "Goma"),
        ("Militants are closing in on Idlib, residents said.", "Idlib"),
        ("Insurgent fighters are now at the gates of Idlib.", "Idlib"),
    ],
)
def test_forces_closing_on_a_named_place(text: str, place: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == place


@pytest.mark.parametrize(
    "text",
    [
        "Rebels threaten the fragile truce.",  # no place threatened
        "Rebels advanced on Idlib last month before being pushed back.",  # past
        "The rebels are not closing in on Idlib, the governor said.",
    ],
)
def test_forces_closing_needs_a_place_and_the_present(text: str) -> None:
    assert detect_warnings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The government will investigate the attack on the convoy near Kalemie.",
        "The president will visit Kalemie, the scene of Tuesday's attack.",
        "The UN will hold a meeting on the attacks in Kalemie.",
        "The ministry plans to compensate families affected by the attack on Kalemie.",
        "The possible consequences of the war on the economy of Kalemie are huge.",
        "The army's offensive in Idlib is likely to continue, analysts said.",
    ],
)
def test_a_future_verb_acting_on_a_known_attack_is_no_warning(text: str) -> None:
    assert detect_warnings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army will soon launch an attack on Idlib.",
        "Rebels could face an assault on Idlib within days.",
        "The militia plans an attack on Idlib.",
        "Officials fear a possible assault on Idlib.",
    ],
)
def test_a_future_verb_that_brings_the_attack_about_is_a_warning(text: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == "Idlib"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "An offensive on Ulvani, the last rebel stronghold in the north, is expected within days.",
            "Ulvani",
        ),
        ("Israel says it will launch a ground operation in Rafah.", "Rafah"),
        ("The prime minister vowed to send troops into Rafah.", "Rafah"),
        ("Civilians were told to evacuate Ulvani before an expected assault.", "Ulvani"),
        ("An attack on Ulvani appears imminent.", "Ulvani"),
        ("The armed group said it would soon take control of Ulvani.", "Ulvani"),
        ("Idlib residents fear an assault is coming.", "Idlib"),
    ],
)
def test_more_ways_to_say_an_attack_is_coming(text: str, place: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == place


def test_an_apposition_does_not_hide_a_past_verb() -> None:
    assert detect_warnings("An attack on Ulvani, a market town near the border, killed nine people.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet approved a ground offensive on Ulvani.",
        "Commanders are mulling an assault on Ulvani.",
        "The junta is readying an offensive against Ulvani.",
        "The rebels are seeking to capture Ulvani.",
        "The militia wants to take control of Ulvani.",
        "The insurgents pledge to storm Ulvani.",
    ],
)
def test_verb_classes_in_every_form(text: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == "Ulvani"


@pytest.mark.parametrize(
    "text",
    [
        "Donors pledge millions as the council meets on the chemical attack.",
        "The shelling of Ulvani is considered an attack on civilians.",
    ],
)
def test_verbs_that_do_not_govern_an_attack(text: str) -> None:
    assert detect_warnings(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israel plans an offensive against Hamas in Rafah.", "Rafah"),
        ("The army is preparing an offensive against the Taliban in Kunduz.", "Kunduz"),
        ("Troops will attack Zelvan fighters near Maiduguri.", "Maiduguri"),
        ("The army will attack Tigray forces near Mekelle.", "Mekelle"),
    ],
)
def test_the_group_attacked_is_not_the_place(text: str, place: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == place


@pytest.mark.parametrize(
    "text",
    [
        "Idlib on edge as troops mass nearby.",
        "Fighters dig in as Idlib awaits a government offensive.",
        "Rebels warned that they would fight on if Idlib is attacked.",
        "The militia announced it had started preparations to storm Idlib.",
        "Residents of Idlib are fleeing in anticipation of an assault.",
        "Leaflets urged civilians in Idlib to leave before an assault.",
        "If Idlib falls, many thousands could flee.",
        "Rebels are within striking distance of Idlib.",
    ],
)
def test_waiting_for_an_attack_and_conditional_attacks(text: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == "Idlib"


@pytest.mark.parametrize(
    "text",
    [
        "Before the assault, Idlib had 5,000 residents.",
        "If prices rise, many families in Idlib could go hungry.",
        "When Idlib fell to the rebels, thousands fled.",
    ],
)
def test_no_warning_in_recaps_and_other_conditionals(text: str) -> None:
    assert detect_warnings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow denied it was planning an assault on Idlib.",
        "There is no sign of an imminent offensive on Idlib, the minister said.",
        "Analysts doubt that an assault on Idlib will happen this year.",
        "It is unlikely that the army will storm Idlib.",
        "The threat of an assault on Idlib has receded.",
    ],
)
def test_denials_doubts_and_passed_fears_are_no_warnings(text: str) -> None:
    assert detect_warnings(text) == []


def test_a_denial_does_not_reach_past_a_contrast() -> None:
    text = "The army denied the reports, but residents fear an assault on Idlib within days."
    (warning,) = detect_warnings(text)
    assert warning.location == "Idlib"


@pytest.mark.parametrize(
    "text",
    [
        "The UN warned of a renewed offensive on Idlib.",
        "Rebels fear an all-out assault on Idlib after the ceasefire collapsed.",
        "Aid groups warned that an offensive on Idlib during winter would be catastrophic.",
    ],
)
def test_a_new_round_and_the_timing_of_a_feared_attack(text: str) -> None:
    (warning,) = detect_warnings(text)
    assert warning.location == "Idlib"


def test_the_renewed_offensive_is_under_way() -> None:
    assert detect_warnings("Thousands fled the renewed offensive on Idlib.") == []
