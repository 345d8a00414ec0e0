"""warnings.py on the kinds of sentences war news is full of: most must not warn.

Every sentence is invented for the tests; the places are made up, so that the detector has to
read them by their context, as it must on unseen news.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import detect_warnings

_PUBLISHED = datetime(2026, 3, 1, tzinfo=UTC)


def _warned(text: str) -> list[str | None]:
    return [w.location for w in detect_warnings(text, published=_PUBLISHED)]


# A plan denied, set aside or stopped: the threat is off.
@pytest.mark.parametrize(
    "text",
    [
        "The army put its planned offensive on Kaldor on hold after the talks in Vienna made progress.",
        "Officials said the planned assault on Terrel had been put on hold to let aid in.",
        "Pressure from abroad appears to have persuaded the army to abandon plans for an assault on Selmar.",
        "The junta has dropped its plans for an offensive on Ruvo, two officers said.",
        "Officials in Rastow said fears of an attack on the town were exaggerated.",
        "Diplomats said talk of an imminent assault on Pessin was overblown.",
        "Moscow says it has no plans to storm Kellin, despite the build-up of troops nearby.",
        "The army said it had no intention of entering Gorran, despite the tanks gathered around it.",
        "The rebels halted their advance on Morrin after the government agreed to talks.",
        "Rebel columns stopped their march towards Sarno on Tuesday, a spokesman said.",
        "The rebels' advance on Morrel has slowed amid heavy rains, commanders said.",
        "The militia's push towards Kettan has stalled in the hills east of the town.",
    ],
)
def test_a_plan_denied_set_aside_or_stopped(text: str) -> None:
    assert _warned(text) == [], text


# The attack is under way: its age, the fighting already at the place, the fear of more of it.
@pytest.mark.parametrize(
    "text",
    [
        "Aid workers fear the offensive on Fossel, now in its second week, will displace thousands more.",
        "Officials warned that the assault on Drenn, which began on Monday, could cut the last road out.",
        "Residents of Callow live in constant fear of attacks as drones strike the city every night.",
        "Families in Harsk described their fear of attacks by the militia that controls the roads.",
        "Government forces are advancing on Rollan, where fighting has raged for days.",
        "Rebels were pushing towards Massel, where clashes have continued since the weekend.",
    ],
)
def test_an_attack_under_way(text: str) -> None:
    assert _warned(text) == [], text


# What is attacked is no place (fields, computers), or the attack is a game's.
@pytest.mark.parametrize(
    "text",
    [
        "Locusts could invade farmland in the east of Kasso within weeks, the agency warned.",
        "Hackers threatened to attack the servers of the electricity company in Dovra.",
        "The team will go on the attack against Vellan in Saturday's final.",
        "The visitors are expected to attack from the first whistle when they meet Norra's club this season.",
    ],
)
def test_no_place_taken_by_force(text: str) -> None:
    assert _warned(text) == [], text


# The same shapes with the threat standing still warn, of the right place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army's planned offensive on Kaldor could begin within days, officers said.", "Kaldor"),
        ("Residents of Fossel fear an offensive on the town could start next week.", "Fossel"),
        ("Families in Harsk fear attacks on Harsk once the rains end.", "Harsk"),
        ("Government forces are advancing on Rollan, residents said.", "Rollan"),
        ("Rebels were pushing towards Massel on Sunday, a commander said.", "Massel"),
        ("Troops are massing near Kellin, and officials expect an assault within days.", "Kellin"),
        ("Militia fighters could storm Tessor on Friday, residents fear.", "Tessor"),
    ],
)
def test_the_threat_standing_still_warns(text: str, place: str) -> None:
    assert _warned(text)[:1] == [place], text


# An intent to take the place denied anywhere in the article withdraws its warnings of that
# place; a fear lived through is told from after it.
@pytest.mark.parametrize(
    "text",
    [
        "Leader says no plans to take Karrow\n"
        "The president said on Friday that his army was not seeking to capture Karrow.\n"
        "Opposition figures warned that troops could launch a new assault on the city in summer.",
        "Militia denies it will move on Sennar\n"
        "The group said it had no intention of entering Sennar and accused the army of lying.\n"
        "Residents fear an assault on Sennar after the group took nearby villages.",
        "The commander said his forces were not planning to storm Dallow.\n"
        "Aid workers warned that an attack on Dallow would trap 50,000 people.",
        "Residents of Tarsk celebrated after news of the agreement.\n"
        "For weeks, they had lived in fear of a government offensive on the province.",
    ],
)
def test_an_intent_denied_or_a_fear_lived_through(text: str) -> None:
    assert _warned(text) == [], text


# A denial that names no place, or another place, leaves the warning standing.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The army said it was not seeking to capture Lorran.\n"
            "Officials warned that troops could launch an assault on Peskov within days.",
            "Peskov",
        ),
        (
            "The militia said it had no intention of attacking civilians.\n"
            "Its fighters vowed to storm Brassa before the end of the month.",
            "Brassa",
        ),
    ],
)
def test_a_denial_of_another_place_leaves_the_warning(text: str, place: str) -> None:
    assert _warned(text)[:1] == [place], text


# Warnings said other ways: an advance to go on, a move into a place, a plan of attack, force
# kept open, an order to attack, a fight taken to a place, sights set on it, a deadline for its
# people, a likelihood with an adverb, "a matter of time", a headline town waiting for it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The rebels said they would continue their advance to Varro.", "Varro"),
        ("Militia commanders vowed to press their march towards Dellin after the rains.", "Dellin"),
        ("The commander vowed to go into Mossel and crush the insurgents.", "Mossel"),
        ("The prime minister said the army will go into Rannoch with or without a deal.", "Rannoch"),
        ("The army has drawn up a military plan for Brellin, officials said.", "Brellin"),
        ("Officers said battle plans to retake Ostrow were ready.", "Ostrow"),
        (
            "The army chief said all options were on the table regarding Kerrin.",
            "Kerrin",
        ),
        ('The president ordered the army to retake Sessa "at any cost".', "Sessa"),
        (
            "Rebel leaders said they would take the fight to Bangui if the president did not step down.",
            "Bangui",
        ),
        (
            "The rebels have set their sights on Marrow, the last government stronghold in the north.",
            "Marrow",
        ),
        ("The army has told civilians in Gessel to leave the town within 24 hours.", "Gessel"),
        ("The militia gave residents of Brask 48 hours to leave before it attacks the town.", "Brask"),
        (
            "Militants issued an ultimatum to the people of Kosso: leave within three days or be attacked.",
            "Kosso",
        ),
        ("Rebel leaders warned that Trenna would be their next target.", "Trenna"),
        ("A ground incursion into Lebanon appears increasingly likely, diplomats said.", "Lebanon"),
        ("Officials say an assault on the port of Hallin is only a matter of time.", "Hallin"),
        (
            "Sources said the army was planning a major operation in Dessel before the end of the month.",
            "Dessel",
        ),
        ("The rebels announced they would begin a march on the capital, Karsk, next week.", "Karsk"),
        ("The junta has vowed to crush the resistance in Sagaing.", "Sagaing"),
        ("Haffen on edge as rebels close in\nThe rebels are now less than 20 km from the city.", "Haffen"),
        ("Dorrow on high alert as militia columns draw near", "Dorrow"),
    ],
)
def test_warnings_said_other_ways(text: str, place: str) -> None:
    assert _warned(text)[:1] == [place], text


# The same words said of civilians, of laws, of protests or of things already done: no warning.
@pytest.mark.parametrize(
    "text",
    [
        "Aid workers will move into Kessel once the army withdraws, the UN said.",
        "The new rules will go into effect in Dorran next month, the army said.",
        "The UN drew up a contingency plan for Tollin in case of floods.",
        "Thousands of protesters plan to march on parliament in Tessin on Saturday.",
        "Opposition supporters vowed to march on the palace in Korro despite warnings from the army.",
        "Police were planning an operation in Vessel against drug gangs, officials said.",
        "The army was planning a relief operation in flooded districts of Sarrin.",
        "The court ordered the army to release the detainees held in Lorran.",
        "The opposition vowed to take the fight to the courts in Mellin.",
        "Investors have set their sights on Lagos as the economy recovers.",
        "A famine in Dorvik is increasingly likely, aid agencies warned.",
        "The collapse of the truce in Rassa is only a matter of time, analysts said.",
        "The ministry told residents of Pellow to leave low-lying areas within 48 hours as the river rose.",
        "The governor ordered families in Kassa to evacuate within 24 hours because of the wildfire.",
        "The militia was told to leave Arno within 48 hours under the deal.",
        "All options are on the table for the budget talks in Farrow, the finance minister said.",
        "Tanks rolled into Vessa on Tuesday after the rebels fled.",
        "The army will not go into Belmor, the minister said.",
    ],
)
def test_the_same_words_without_a_threat(text: str) -> None:
    assert _warned(text) == [], text


# "The assault could ...", "the offensive will ...": the one the article reports by its verb
# ("soldiers stormed X", "forces entered X", a headline's "Army storms X"), not a new one.
@pytest.mark.parametrize(
    "text",
    [
        "Army storms Dessin\n"
        "Soldiers stormed the rebel-held town of Dessin at dawn on Monday after days of shelling.\n"
        "The UN warned the assault could trap 30,000 civilians.",
        "Forces enter Korrow\n"
        "Government forces entered the outskirts of Korrow on Friday.\n"
        "Rights groups fear the offensive will lead to mass killings in the city.",
        "Troops attacked Vellin from three directions on Thursday, officials said.\n"
        "Officials fear the assault could cut the main road to the regional capital.",
        "The militia seized the airport of Gorran on Sunday.\n"
        "Residents fear the group's offensive could now reach the city centre.",
        "Rebels captured Massel after heavy fighting, the army admitted.\n"
        "Analysts warned the offensive could spread to neighbouring provinces.",
    ],
)
def test_the_attack_reported_by_its_verb(text: str) -> None:
    assert _warned(text) == [], text


# An attack reported elsewhere, or from the air, leaves a warning of another place or of a ground
# assault standing.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Troops captured Kessa on Monday and are pushing east.\n"
            "Officials fear the offensive on Dollin will begin within days.",
            "Dollin",
        ),
        (
            "Army storms Dessin\n"
            "The UN warned the assault on Varrin, the next town on the road, could trap 30,000 people.",
            "Varrin",
        ),
        (
            "Jets bombed Pessel overnight.\nOfficials fear the ground offensive on Pessel could begin soon.",
            "Pessel",
        ),
    ],
)
def test_a_reported_attack_elsewhere_leaves_the_warning(text: str, place: str) -> None:
    assert _warned(text)[:1] == [place], text


# Told from after it: a month of the past, a year in the cue's clause, "a year after", "when",
# a memory, a question left unanswered, a threat that ended, a threat judged unlikely.
@pytest.mark.parametrize(
    "text",
    [
        "In October, the UN warned that an offensive on Tarrow could displace 200,000 people.",
        "Back in November, officials feared an assault on Gessin was imminent.",
        "Officials warned in September that troops could storm Pallin.",
        "Militants would attack villages around Korrin at night, burning homes, residents recalled.",
        "When the army threatened to storm Dallin in 2019, thousands fled to the hills.",
        "The army threatened to storm Kessow in 2022, but the siege ended in a deal.",
        "Asked whether troops would enter Varnik, the minister declined to comment.",
        "The rebels' threat to march on Kallo ended with a peace deal in January.",
        "A year after the army vowed to retake Ostrow, the town remains in rebel hands.",
        "Experts say any invasion of Marrin would be extremely costly and is unlikely.",
    ],
)
def test_told_from_after_it(text: str) -> None:
    assert _warned(text) == [], text


# The same with a recent or future time, or an answer that stands by the threat, still warns.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In May, the army will launch an offensive on Kessin, officials said.", "Kessin"),
        ("Officials warned in February that an assault on Dorvik was imminent.", "Dorvik"),
        ("The army is expected to storm Gallow in October, a commander said.", "Gallow"),
        ("Asked whether troops would enter Varnik, the minister said they were ready.", "Varnik"),
        ("The army threatened to storm Kessow within days, officials said.", "Kessow"),
    ],
)
def test_a_recent_or_coming_time_still_warns(text: str, place: str) -> None:
    assert _warned(text)[:1] == [place], text


# Razing named places is a threat; across an article, a town threatened comes before the region
# or country another warning names.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen have sent a letter warning of impending attacks on villages in Korra State.\n"
            "The letter threatens to destroy the villages of Bellin, Dasso and Mirran.",
            "Bellin",
        ),
        (
            "Officials fear an offensive in Varrow Province.\nTroops are massing on the outskirts of Tessel.",
            "Tessel",
        ),
        ("The bandits vowed to burn down the town of Gallo if the ransom was not paid.", "Gallo"),
    ],
)
def test_a_town_threatened_before_its_region(text: str, place: str) -> None:
    assert _warned(text)[:1] == [place], text


@pytest.mark.parametrize(
    "text",
    [
        "Floods could destroy the villages of the delta, the agency warned.",
        "The fire threatened to destroy the town of Marrel before rain put it out.",
    ],
)
def test_razing_by_no_one_armed(text: str) -> None:
    assert _warned(text) == [], text


# Fighting reported at the place makes "the offensive could ..." the one going on; a conditional
# attack ("if the militia storms X") reports none.
@pytest.mark.parametrize(
    "text",
    [
        "Battle for Vesko intensifies\n"
        "Fighting raged in the streets of Vesko for a fourth day on Monday.\n"
        "Aid groups fear the offensive could trap thousands of civilians in the city.",
        "Clashes erupted in Morrel on Sunday between the army and rebel fighters.\n"
        "Officials warned the offensive could spread to nearby villages.",
    ],
)
def test_fighting_reported_at_the_place(text: str) -> None:
    assert _warned(text) == [], text


def test_a_conditional_attack_is_not_one_under_way() -> None:
    text = (
        "The UN fears a bloodbath if the militia storms Tarrin.\n"
        "Officials said the offensive on Tarrin could begin within days."
    )
    assert _warned(text)[:1] == ["Tarrin"]


# The attack itself put off in its own clause: no warning; put-off talks are not the attack.
@pytest.mark.parametrize(
    "text",
    [
        "The planned offensive on Haddow was postponed after a round of talks.",
        "The threatened assault on the town of Pellin has been put off until after the vote.",
        "The army's planned operation against Sorrow Creek was suspended on Monday.",
        "A long-awaited push on Demmer has been delayed again, two officers said.",
    ],
)
def test_an_attack_put_off(text: str) -> None:
    assert _warned(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents fear an assault on Haddow as peace talks are suspended.", "Haddow"),
        ("Officials warned of an imminent offensive on Pellin after talks were postponed.", "Pellin"),
    ],
)
def test_other_things_put_off_leave_the_warning(text: str, place: str) -> None:
    assert _warned(text) == [place], text


# A question asks whether an attack comes: a headline's or an op-ed's, it warns of none; the
# article's statements still do.
@pytest.mark.parametrize(
    "text",
    [
        "Is the army about to storm Haddow?",
        "Could an assault on Pellin be next?",
        "Why would the rebels attack Demmer now?",
        "Will an offensive on Sorrow Creek end the war?",
    ],
)
def test_a_question_warns_of_nothing(text: str) -> None:
    assert _warned(text) == [], text


def test_a_question_leaves_the_statements_after_it() -> None:
    text = "Will the army storm Haddow? Officials say an assault on Haddow could come within days."
    assert _warned(text) == ["Haddow"]


# Civilians told to leave before an attack named by its noun: a warning with or without armed
# forces in the sentence (an operation of relief or demining excepted).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents of Pellin were told to leave before the operation.", "Pellin"),
        ("Families were ordered to leave Demmer ahead of the offensive.", "Demmer"),
        ("Leaflets urged people in Haddow to flee before the assault.", "Haddow"),
    ],
)
def test_told_to_leave_before_the_attack(text: str, place: str) -> None:
    assert _warned(text) == [place], text


def test_told_to_leave_before_a_demining_operation() -> None:
    assert _warned("Villagers were told to leave Pellin ahead of the demining operation.") == []


# An attack given the go-ahead is still ahead: "was approved", "has been authorised".
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials said a ground operation in Haddow was approved on Sunday.", "Haddow"),
        ("A military offensive on Demmer has been authorised by the cabinet, a minister said.", "Demmer"),
    ],
)
def test_an_attack_approved(text: str, place: str) -> None:
    assert _warned(text) == [place], text


# What displacement reports say of why people fled, or of raids they live with: no warning of an
# offensive; an offensive described as going on ("the escalating offensive") is not one to come;
# ships, bases and hospitals are not places taken.
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of families have fled their homes in Lanton district fearing an attack by bandits.",
        "About 900 households left Brisco for fear of an attack, the agency said.",
        "The threat of attacks by armed groups has displaced 30,000 people in Orlan province.",
        "The UN said the intensifying offensive on Brisco could uproot another 50,000 people.",
        "The rebels threatened to attack ships off the coast of Lanton.",
        "The militia vowed to strike foreign bases in Orlan province.",
        "The gunmen threatened to attack hospitals in Brisco.",
    ],
)
def test_why_people_fled_and_what_is_not_a_place(text: str) -> None:
    assert _warned(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Thousands have fled Lanton fearing an imminent assault on the town.", "Lanton"),
        ("Families in Brisco fear an attack on the town within days.", "Brisco"),
    ],
)
def test_a_fear_of_an_assault_on_the_town_still_warns(text: str, place: str) -> None:
    assert _warned(text) == [place], text


# A supposition is no warning.
@pytest.mark.parametrize(
    "text",
    [
        "If the army were to attack Carrow, the results would be catastrophic.",
        "If the rebels were to launch an offensive on Orlan, thousands would flee.",
        "Even if the militia were to take Brisco, it could not hold the town for long.",
    ],
)
def test_suppositions(text: str) -> None:
    assert _warned(text) == [], text


def test_a_reported_supposition_is_a_conditional_warning() -> None:
    text = "The UN warned that if the army were to attack Carrow, 100,000 people could be displaced."
    assert _warned(text) == ["Carrow"]


# Talks to avert an offensive leave it ahead, and the talks' venue is not the place threatened;
# an offensive averted withdraws the fears of it.
def test_talks_to_avert_leave_the_threat_standing() -> None:
    text = (
        "Talks in Vellamy\n"
        "Negotiators in Vellamy are trying to reach a deal to avert an offensive on Carrow. "
        "Without an agreement, the army could attack within days, diplomats said."
    )
    assert _warned(text) == ["Carrow"]


def test_an_offensive_averted_still_withdraws() -> None:
    text = (
        "Deal reached\nThe deal appeared to avert an offensive on Carrow. "
        "Residents had feared an assault on Carrow."
    )
    assert _warned(text) == []


def test_any_town_is_no_town_named() -> None:
    text = (
        "The militants, who control much of Orlan province, have threatened to attack any town "
        "that works with the government."
    )
    assert _warned(text) == []


# Fears played down and reports said to hold no truth are denials.
@pytest.mark.parametrize(
    "text",
    [
        "The army said there was no truth to reports of an imminent offensive on Carrow.",
        "Officials played down fears of an imminent attack on Brisco.",
        "The governor downplayed talk of a looming assault on Orlan.",
    ],
)
def test_fears_played_down(text: str) -> None:
    assert _warned(text) == [], text


def test_a_warning_after_the_contrast_stands() -> None:
    text = "Officials played down the risk, but the UN warned an assault on Carrow was imminent."
    assert _warned(text) == ["Carrow"]


# A new clause after the flight is a fear of its own: "people who fled X to Y now fear ...".
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("People who fled Orlan to Carrow now fear an assault on the city.", "Carrow"),
        ("Families who left Brisco for Lanton say they fear an attack on the town.", "Lanton"),
    ],
)
def test_people_who_fled_and_now_fear(text: str, place: str) -> None:
    assert _warned(text) == [place], text
