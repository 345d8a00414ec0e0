"""warnings.py: constructions that decide whether a sentence warns, and of which place.

Each construction is written several ways (other verbs, tenses, places); every sentence is
invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.extract import detect_warnings, extract_facts
from alerts.extract.places import FIGHTERS


def _place(text: str) -> str | None:
    found = detect_warnings(text)
    assert found, text
    return found[0].location


# The attack's object is "the city": the place it points back to, not a speaker's seat or a place
# named in passing before it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebel columns are massing south of Varnok.\n"
            "Diplomats in Selmar warned that an assault on the city would be catastrophic.",
            "Varnok",
        ),
        (
            "Thousands have fled to Dorrin in recent months.\n"
            "Officials in Kallam said the militia had taken several villages.\n"
            "Aid groups warned of a new exodus if fighting reaches the city.",
            "Dorrin",
        ),
        (
            "The army has encircled the town of Basrik.\n"
            "Negotiators from Tellan said troops could storm the town within hours.",
            "Basrik",
        ),
        (
            "Government forces reached the outskirts of Ondra on Friday.\n"
            "Analysts in Merev expect a ground offensive into the city next week.",
            "Ondra",
        ),
    ],
)
def test_the_city_points_back_past_speakers(text: str, place: str) -> None:
    assert _place(text) == place


# "X's offensive" names the attacker when X is a country; the threatened place comes after.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russia's expected offensive may start in spring, officials said.", None),
        ("Israel's planned offensive could push a million people out of Rafah.", "Rafah"),
        ("Ethiopia's threatened assault could drive thousands out of Mekelle.", "Mekelle"),
        ("Sudan's looming offensive on Tawila would be a disaster, aid groups said.", "Tawila"),
    ],
)
def test_a_country_before_the_attack_is_its_author(text: str, place: str | None) -> None:
    assert _place(text) == place


# A part of a town named by a direction: the warning names the town.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops are closing in on eastern Dalbek.\nOfficials fear an assault on the city.", "Dalbek"),
        ("The army said it would soon storm northern Vesko.", "Vesko"),
        ("Turkey threatened a new military operation in northern Syria on Tuesday.", "northern Syria"),
    ],
)
def test_a_direction_on_a_town_names_the_town(text: str, place: str) -> None:
    assert _place(text) == place


# A place named as the next objective of armed forces.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels said their next target would be Sittwe, the state capital.", "Sittwe"),
        ("The junta fears Pallan will be the next target of the rebel alliance.", "Pallan"),
        ("Analysts say the army's next objective could be Kidal.", "Kidal"),
        ("Commanders said the militia's main target is now Ordun.", "Ordun"),
    ],
)
def test_next_target(text: str, place: str) -> None:
    assert _place(text) == place


# A deadline to leave, given by armed forces, is an ultimatum.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The paramilitary forces gave residents of Wad Madani 48 hours to leave the city.", "Wad Madani"),
        ("The army has given the rebels in Tarsun three days to surrender.", "Tarsun"),
        ("Militants gave villagers in Kolde a 24-hour ultimatum to leave.", "Kolde"),
    ],
)
def test_deadline_ultimatum(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # an offensive under way, by its age or by what the modal says it will do: go on, end
        "The offensive, now in its third week, could displace tens of thousands more.",
        "The assault, now in its second month, may force more families to flee.",
        "The ministry said the offensive would end once the city was secured.",
        "Commanders said the operation could continue until the spring.",
        "The army said the assault would stop when the rebels laid down their arms.",
        # a fear that has passed, in the simple past
        "Fears of an offensive subsided after the two sides signed the deal.",
        "The threat of an assault on the port faded when the truce was extended.",
        # attacks on facilities and people are not an offensive on a place
        "Aid workers fear more attacks on hospitals as the war drags on.",
        "The agency warned of further attacks on aid convoys in the region.",
        "Observers fear attacks on polling stations could disrupt the vote.",
        # objectives that are not military
        "The next target of the vaccination campaign is Kidal.",
        "The landlord gave the tenants 30 days to leave the building.",
    ],
)
def test_not_warnings(text: str) -> None:
    assert detect_warnings(text) == [], text


# Article-level: a warning is withdrawn by a denial in the next sentences, and "the offensive
# could ..." speaks of the offensive the article reports under way.
@pytest.mark.parametrize(
    "text",
    [
        "Local media reported that the army was preparing an offensive on Tarsun.\n"
        "The defence ministry denied the reports on Sunday.",
        "Residents feared an imminent assault on Dorrin.\n"
        "But the rebel commander said his forces had no plans to attack the town.",
        "Rumours spread that militias would storm Kallam within days.\n"
        "A spokesman dismissed the claims as propaganda.",
        "Officials warned the jihadists could attack Meral.\nThose fears later proved unfounded.",
        "The army launched its offensive on Basrik on Monday.\n"
        "The UN said the offensive could displace 100,000 people.",
        "The coalition began its assault on Vesko last week.\n"
        "Aid groups said the assault on Vesko would worsen the crisis.",
        "The offensive could resume if talks fail, a diplomat said.",
    ],
)
def test_withdrawn_or_known_in_the_article(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the offensive under way is warned to reach a new place: an escalation
        (
            "The rebels' offensive has taken three towns.\n"
            "Commanders said the offensive will turn to Sittwe next.",
            "Sittwe",
        ),
        (
            "The army has pounded the outskirts of Meral for weeks.\n"
            "Commanders now say they will storm Basrik next.",
            "Basrik",
        ),
        # a denial elsewhere in the article does not reach a warning it does not follow
        (
            "The ministry denied the reports of looting.\nResidents fear an imminent assault on Dorrin.",
            "Dorrin",
        ),
    ],
)
def test_escalation_still_warns(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # fears that are over, recapped
        "The ceasefire ended weeks of fear that government forces would storm Ondra.",
        "The rebels withdrew from Kolde after talks, and the threatened assault never came.",
        "Fears that the militia would attack the capital proved unfounded.",
        # deterrence, not a plan
        "Russia warned that it would respond forcefully to any attack on its territory.",
        "The minister said the army would retaliate against any incursion into the province.",
        # the attack done, in the perfect tense after it
        "Aid groups warned that the offensive had made the crisis worse.",
        "Officials fear the assault has cut off the last road out of the city.",
        # the cue governs another noun that takes the attack as its complement
        "The military is expected to announce the results of its investigation into the attack.",
        "The ministry will publish a report on the assault next week.",
        # operations and deployments that help, not attack
        "Aid agencies will launch a relief operation for families displaced by the war in Darfur.",
        "The army said it would conduct a search operation for survivors after the airstrikes.",
        "Troops will begin a demining operation in the villages near Kharkiv.",
        "Peacekeepers will deploy troops to protect the camp in Bentiu.",
        "The government plans to send troops to the flood-hit district of Sylhet to help with relief.",
    ],
)
def test_more_non_warnings(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the definite attack is the one the article reports under way, whatever the cue
        "Troops pressed on with their offensive in Khan Dalla on Wednesday.\n"
        "Aid groups warned that the military operation could cut off the last hospital in the south.",
        "The army began its assault on Orvel last month.\n"
        "Officials fear the offensive could last all winter.",
        # fighting that may spread, with no place named for it to reach
        "Aid workers fear a new wave of arrivals if fighting spreads across the border.",
        "Officials worry about a second exodus should the violence reach other areas.",
        # a string of attacks on no named place
        "Police said they feared further attacks by the gang during the holidays.",
        "The group has threatened more attacks against security forces.",
    ],
)
def test_known_attacks_and_no_place(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a bombardment under way does not make a ground offensive old news
        (
            "The air force has pounded Selmar for weeks in a bombardment that began in May.\n"
            "Aid groups warned that the ground offensive on Selmar would be catastrophic.",
            "Selmar",
        ),
        ("Aid agencies warned of a new exodus should fighting reach Ordun.", "Ordun"),
        ("Thousands live in Tarsun.\nOfficials fear an exodus if the war reaches the city.", "Tarsun"),
    ],
)
def test_new_attack_or_named_reach(text: str, place: str) -> None:
    assert _place(text) == place


# Armed forces or a named armed group moving on a named place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aid workers said the militia was moving fast towards the city of Varnel.", "Varnel"),
        ("The RSF were heading toward Tawila on Monday, witnesses said.", "Tawila"),
        ("Rebel fighters are marching on Mekelle, residents said.", "Mekelle"),
        ("Witnesses said government troops were pushing towards the town of Orvel.", "Orvel"),
    ],
)
def test_forces_moving_on_a_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of families are moving towards the border with Chad.",
        "Aid convoys are heading toward Tawila with food and medicine.",
    ],
)
def test_movement_of_others_is_no_warning(text: str) -> None:
    assert detect_warnings(text) == [], text


def test_a_placed_warning_comes_before_one_placed_by_the_story() -> None:
    text = (
        "Fighting has displaced thousands around Dalbek and Meral.\n"
        "The UN fears a new offensive could strand 200,000 civilians.\n"
        "Officials said the army was preparing to storm Meral."
    )
    assert [w.location for w in detect_warnings(text)] == ["Meral", "Dalbek"]


def test_the_place_most_warnings_name_comes_first() -> None:
    text = (
        "Analysts said an assault on Tarsun could come first.\n"
        "But most expect the army to storm Ondra within days.\n"
        "Residents of Ondra fear an imminent offensive."
    )
    assert [w.location for w in detect_warnings(text)] == ["Ondra", "Ondra", "Tarsun"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Most analysts expect the army to storm Ondra within days.", "Ondra"),
        ("Commanders expected the rebels to attack Pallan before the rains.", "Pallan"),
        ("Officials are expecting government forces to retake Kidal this month.", "Kidal"),
    ],
)
def test_expect_someone_to_attack(text: str, place: str) -> None:
    assert _place(text) == place


# More shapes of a warning, each with a place known only by its context.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place that braces for an attack, even first in its sentence
        ("Ondra is bracing for an assault as troops gather on its outskirts.", "Ondra"),
        ("Dalbek braces for battle as rebels approach.", "Dalbek"),
        # "the battle for X", "an evacuation order for X"
        ("A major battle for Vesko appears imminent, military analysts said.", "Vesko"),
        ("The army issued an evacuation order for Kolde ahead of a planned offensive.", "Kolde"),
        # "poised for an assault on X"
        ("Government forces are poised for an all-out assault on Ondra.", "Ondra"),
        ("The militia is ready for a new offensive against Basrik.", "Basrik"),
        # armed groups pressing on, or massing near, a place
        ("The Houthis are pressing towards Marib, raising fears of a bloodbath.", "Marib"),
        ("Fighters loyal to the warlord were seen massing outside Selmar on Saturday.", "Selmar"),
        # take a place by force; a place feared to fall; the next town to be attacked
        ("The rebels said they would take Basrik by force if negotiations fail.", "Basrik"),
        ("The rebels have encircled Kolde and residents fear the town will fall within days.", "Kolde"),
        ("Residents fear Dorrin could be the next town to be attacked.", "Dorrin"),
    ],
)
def test_more_warning_shapes(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the southern Gaza city": the region names the descriptor, the city was named before
        (
            "The army ordered residents of eastern Zarqun to leave ahead of an offensive on the "
            "southern Dalmar city, where a million people shelter.",
            "Zarqun",
        ),
        (
            "Thousands are sheltering in Pallan.\nAid groups fear an assault on the northern Vesko town.",
            "Pallan",
        ),
        # "X is home to ...": a place, and "the area" points back to it
        (
            "Located near the border, Zarqun is home to more than 3 million people.\n"
            "The army has announced plans to launch a major offensive on the area.",
            "Zarqun",
        ),
        # an ultimatum's threatener, after "otherwise", is not the place threatened
        (
            "Fighters in Kolde should leave the region at once, otherwise Tellan will not hesitate to act.",
            "Kolde",
        ),
    ],
)
def test_descriptors_homes_and_ultimatums(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # a deal or truce that ended the fear, recapped
        "The deal put an end to fears of an offensive on the province.",
        "Since the deal, the threat of an offensive has largely disappeared.",
        "The feared offensive on Ondra did not take place after the ceasefire.",
        "The threatened assault on Kolde never took place.",
        # a planned offensive suspended or called off
        "The president suspended the planned offensive on Orvel to allow talks.",
        "Commanders called off the expected assault on Basrik after the talks.",
    ],
)
def test_recapped_or_suspended(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # deterrence: what an attack would meet, said by the side that would be attacked
        "Tellan warned that any attack on its nuclear sites would be met with a crushing response.",
        "The minister said an invasion of the island would be met with force.",
        "The alliance warned that an attack on any member would trigger a collective response.",
        "The group said any assault on its positions would be repelled.",
        "Officials said an offensive on Kolde would be considered an act of war.",
    ],
)
def test_deterrence_is_no_warning(text: str) -> None:
    assert detect_warnings(text) == [], text


def test_a_consequence_that_is_not_a_response_still_warns() -> None:
    assert _place("Aid groups warned that an assault on Kolde would be a catastrophe.") == "Kolde"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a headline without its article, and forces that have reached a place's edge
        ("Rebels on outskirts of Dalbek", "Dalbek"),
        ("Rebels had reached the outskirts of the northern town of Ondra.", "Ondra"),
        # a distance short of the place
        ("Officials said army units were four to five miles outside Basrik.", "Basrik"),
        ("Rebel fighters are now 20 km from Pallan, residents said.", "Pallan"),
        # not yet: "are yet to attack X"
        ("The fighters are yet to attack Vesko, but they hold three villages nearby.", "Vesko"),
        ("Rebel units have yet to storm Kolde, residents said.", "Kolde"),
    ],
)
def test_forces_at_the_edge_or_yet_to_attack(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_town_at_a_distance_is_no_warning() -> None:
    assert detect_warnings("The camp lies 20 miles outside Kolde, on the main road.") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "take" is an attack when a named place is its object
        ("Rebels vow to take Tarsun 'at any cost'", "Tarsun"),
        ("The militia has vowed to take Kolde before the rains.", "Kolde"),
        # a name first in a headline, before its people
        ("Vesko residents flee as army prepares assault", "Vesko"),
    ],
)
def test_take_a_place_and_its_residents(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Rebels will take part in the talks in Kolde next week.",
        "Rebuilding will take years, the governor of Kolde said.",
    ],
)
def test_take_without_a_place_is_no_attack(text: str) -> None:
    assert detect_warnings(text) == [], text


# Every noun for armed people works in every pattern that names them: one list (places.FIGHTERS).
@pytest.mark.parametrize("noun", sorted(FIGHTERS))
@pytest.mark.parametrize(
    "template",
    [
        "Residents said {noun} were closing in on Ondra on Friday.",
        "Officials fear {noun} could storm Ondra within days.",
        "Witnesses said {noun} had reached the outskirts of Ondra.",
    ],
)
def test_every_fighter_noun_threatens_a_place(noun: str, template: str) -> None:
    text = template.format(noun=noun.capitalize() if template.startswith("{") else noun)
    assert _place(text) == "Ondra"


# Issue 11, by class: sentences written for these tests, places of many countries (some invented).
MARCH = datetime(2025, 3, 20, 12, tzinfo=UTC)


def _dated(text: str) -> list[str | None]:
    return [w.location for w in extract_facts(text, published=MARCH).warnings]


# Denials, refusals and averted or called-off offensives, said many ways.
@pytest.mark.parametrize(
    "text",
    [
        "The minister said the army would not launch an operation on Tarkal.",
        "Officials denied they were preparing an assault on Mossul.",
        "The general ruled out an offensive on Ranaba for now.",
        "There are no plans for a ground offensive in Kherbet, a spokesman said.",
        "The government dismissed reports of an imminent attack on Dalvi as rumours.",
        "The rebels insisted they had no intention of attacking Goma.",
        "The president refused to order an offensive on Marib despite pressure from his generals.",
        "A ceasefire deal averted a looming offensive on Hodeidah.",
        "The planned assault on Tessit was called off after talks.",
        "Army chiefs rejected calls for a military operation against Zaranj.",
        "The militia said it would never attack Kidal.",
        "Commanders have postponed indefinitely the offensive on Bama.",
        "The agreement staved off an attack on the port of Wadi Sen.",
        "The army has abandoned its plans to storm Tazar.",
        "Diplomats said the threat of an offensive on Larkin had receded.",
    ],
)
def test_denials_refusals_and_averted_offensives(text: str) -> None:
    assert _dated(text) == [], text


# A fear recalled: lifted by a deal, dated by a year before the article's, a threat made before
# what happened since, a warning that proved wrong.
@pytest.mark.parametrize(
    "text",
    [
        "Under the deal, which ended months of fears of an offensive on Kavra, fighters will withdraw.",
        "Residents had feared an assault on Miran, but the truce held.",
        "The accord lifted the threat of an assault on Saada that had hung over the city since May.",
        "In 2018, the UN warned that an offensive on the port could cause famine.",
        "The envoy warned in 2021 that troops could storm Tigri within weeks.",
        "Months after threatening to attack Kisangani, the rebels signed a peace deal on Friday.",
        "Since vowing to retake Ndele, the junta has signed two ceasefires.",
        "The 2019 warnings that troops would storm the town proved wrong.",
        "Predictions that militants would overrun Palma turned out to be premature.",
        "Two years ago the army threatened to storm Jaffna.",
        "The long-feared assault on Gao never happened.",
        "Fears of a regime offensive on Dera were eased by the accord.",
    ],
)
def test_recaps_of_old_fears(text: str) -> None:
    assert _dated(text) == [], text


def test_a_year_of_the_article_is_not_a_recap() -> None:
    assert _dated("In 2025, the army is expected to storm Tigri, officials warned.") == ["Tigri"]


# Attacks that are figurative, economic, on computers, by an illness or in sport: no offensive on
# a place, however they are put in the future.
@pytest.mark.parametrize(
    "text",
    [
        "The central bank warned of a speculative assault on the currency.",
        "The striker warned that his team would attack from the first whistle.",
        "Experts warned of a cyber attack on the country's power grid.",
        "Critics warned of an all-out assault on press freedom.",
        "Hackers threatened to attack the bank's servers.",
        "Rights groups fear a new assault on the judiciary.",
        "The opposition vowed to launch an assault on corruption.",
        "The governor launched an offensive against potholes in the capital.",
        "Health officials warned of an imminent assault by the virus on the elderly.",
        "Activists fear an attack on democracy if the vote is delayed.",
        "Analysts expect traders to attack the rupee again next week.",
    ],
)
def test_figurative_attacks_are_no_warning(text: str) -> None:
    assert _dated(text) == [], text


# "Attack" and "assault" after "to" or a modal are verbs: they warn with armed forces, a named
# place or "the city" as their object.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels have threatened to attack Dossa.", "Dossa"),
        ("The militia said it would attack Lubero at dawn.", "Lubero"),
        ("Some 40,000 people live in Dossa.\nFighters have threatened to attack the town.", "Dossa"),
        ("Troops have surrounded Halbin.\nThey are expected to attack the city within days.", "Halbin"),
    ],
)
def test_attack_as_a_verb(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


# "The city" points back to a town the article names, also one said to be a town ("X is the last
# stronghold"), never a speaker's seat.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kavala is the last rebel stronghold in the north.\n"
            "The government has vowed to retake the city by force.",
            "Kavala",
        ),
        (
            "Merin remains the main town of the valley.\nCommanders said troops would storm the town soon.",
            "Merin",
        ),
        (
            "The UN envoy spoke in Geneva on Monday.\n"
            "She said an offensive on the city of Saltor would be a disaster.",
            "Saltor",
        ),
        (
            "Aid convoys reached Besh on Tuesday.\n"
            "The UN warned an attack on the town would cut off 200,000 people.",
            "Besh",
        ),
    ],
)
def test_the_city_is_the_named_town(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


# A threat judged small, an attack on an institution, a question left open by the writer's own
# doubt: no warning.
@pytest.mark.parametrize(
    "text",
    [
        "Officials said they saw little risk of an attack on Odessa.",
        "Diplomats see only a slim chance of an assault on Tessit before the rains.",
        "The government warned of an assault on its authority by protesters.",
        "The company plans an aggressive push into Asian markets.",
        "Police plan a sting operation against drug dealers in Kano.",
        "Authorities plan a new operation against smugglers.",
    ],
)
def test_small_threats_and_other_pushes(text: str) -> None:
    assert _dated(text) == [], text


# A generic "operation" or "push" warns when a place is its object; the comparison's place is not
# the threatened one.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Turkey threatened a new operation against Kobani, officials in Ankara said.", "Kobani"),
        ("Russia is preparing a new push on Pokrovsk, Kyiv said.", "Pokrovsk"),
        ("Rebels are planning a push into Uvira, the UN said.", "Uvira"),
        (
            "The army is massing troops near Oranto, in a build-up resembling the one before the "
            "assault on Sirte.",
            "Oranto",
        ),
        ("Aid groups fear an all-out assault on Mirsk like the ones on Aleppo and Mosul.", "Mirsk"),
        ("An attack on Selgo would be worse than what happened in Homs, the agency warned.", "Selgo"),
    ],
)
def test_operation_or_push_on_a_place(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


# Past invasions and assaults in background, pests and crowds: no warning.
@pytest.mark.parametrize(
    "text",
    [
        "Russia's full-scale invasion of Ukraine in February 2022 forced millions to flee.",
        "The RSF has vowed to continue its assault on El Fasher.",
        "The army said it would press on with its offensive in Kursk.",
        "Many had expected an assault on the city in spring; instead the rebels withdrew.",
        "The threat of an attack on Narva was dismissed as fantasy by officials.",
        "Government troops retook Palmyra in March after a three-week offensive.",
        "Fans threatened to storm the pitch if the match went ahead.",
        "Ministers fear an invasion of invasive species in the lakes.",
        "Farmers fear a locust invasion of their fields.",
        "Residents braced for a storm on Friday.",
    ],
)
def test_background_attacks_pests_and_crowds(text: str) -> None:
    assert _dated(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents of Kherson fear a renewed Russian assault on the city.", "Kherson"),
        ("Villagers fear a resumed Sudanese offensive on Babanusa.", "Babanusa"),
        ("The Taliban are poised to take Kunduz, officials admit.", "Kunduz"),
        ("Al-Shabaab is set to take Jowhar, elders warned.", "Jowhar"),
        ("Hamas warned that any attack on Rafah would end the talks.", "Rafah"),
    ],
)
def test_new_rounds_and_named_groups(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


# "They" for armed forces named just before; the story's place is not the dateline's.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebel fighters have gathered in hills overlooking Kalmar, residents said.\n"
            '"We are afraid they will attack at any moment," said a teacher.',
            "Kalmar",
        ),
        (
            "KAMPALA, March 18 (Reuters) - Militia columns were seen on the roads around Tessor.\n"
            "Residents fear they could storm the market on Friday.\n"
            "Regional leaders will meet in Kampala next week.",
            "Tessor",
        ),
    ],
)
def test_they_and_the_dateline(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The club's fans were angry after the match.\nThey said they would attack the referee.",
        "Hackers broke into the ministry's network last year.\nExperts fear they will attack again.",
    ],
)
def test_they_without_armed_forces_is_no_warning(text: str) -> None:
    assert _dated(text) == [], text


# Headline and quoted shapes; "amid fears of" keeps the fear; a fear eased or a report called
# false withdraws it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Myanmar junta threatens airstrikes on Lashio", "Lashio"),
        ("The air force could begin air strikes against Hpakant within days.", "Hpakant"),
        ("'We will take Kharkiv,' a Russian commander said on state television.", "Kharkiv"),
        ("Amid fears of an attack on Kadugli, the UN moved staff to El Obeid.", "Kadugli"),
        ("Troops from Goma are preparing to attack Sake.", "Sake"),
        ("Bamako-based officials fear jihadists will storm Timbuktu.", "Timbuktu"),
    ],
)
def test_headline_and_quoted_warnings(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels withdrew from positions around Mekele, easing fears of an attack.",
        "The accord is lifting the threat of an assault on Kismayo.",
        "Officials said reports that troops were massing near Bor were false.",
        "Claims that the militia would attack Beni are untrue, the governor said.",
        "Airstrikes on Lashio killed 12 people on Tuesday.",
    ],
)
def test_fears_eased_and_reports_called_false(text: str) -> None:
    assert _dated(text) == [], text


# The place of a warning whose sentence names none: the object of "fought for", a named target.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The army and the militia have fought for Ardel for months.\n"
            "The UN warned on Friday that a final assault could come within days.",
            "Ardel",
        ),
        ("Resistance forces now say their next objective is Taunggyi.", "Taunggyi"),
        ("Commanders said the main target was Sittwe.", "Sittwe"),
        (
            "The M23 seized Goma last month.\n"
            "The rebels are now advancing towards Bukavu, and the UN fears an assault on the city.",
            "Bukavu",
        ),
    ],
)
def test_the_place_of_an_unplaced_warning(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


# More shapes of a threat: an operation named by its aim, forces in a condition, a place as the
# subject of a future passive, "take over X", a part of a place after its possessive.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Military sources said an operation to retake Sirte was being planned.", "Sirte"),
        ("Commanders are readying a campaign to recapture Kidal.", "Kidal"),
        ("The UN fears a bloodbath if the militia storms Tripoli.", "Tripoli"),
        ("Aid workers want to leave before the rebels enter Kindu.", "Kindu"),
        ("Officials said the town of Mopti could be attacked next.", "Mopti"),
        ("Armed groups are threatening to take over Jacmel, residents said.", "Jacmel"),
        ("Officials predicted that the army would try to seize Omdurman's northern suburbs.", "Omdurman"),
    ],
)
def test_more_shapes_of_a_threat(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


# A threat recalled as the background of a deal, or fronted by a time of the past.
@pytest.mark.parametrize(
    "text",
    [
        "The deal, reached after Turkey threatened a new offensive on Manbij, lets Kurdish forces withdraw.",
        "The truce was signed days after rebels threatened to storm Bangui.",
        "Weeks ago, officials warned that an offensive on Kavra was imminent.",
        "At the time, analysts feared an attack on Misrata.",
        "Back then, the army vowed to retake Sirte.",
        "Once, the militia threatened to overrun Baidoa; today it sits in the government.",
        "The ceasefire ended a standoff in which troops had surrounded Tarhuna and threatened to storm it.",
    ],
)
def test_threats_recalled_as_background(text: str) -> None:
    assert _dated(text) == [], text


# The same threats told as news still warn.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents fled after officials warned that an assault on Kavra could come within days.", "Kavra"),
        ("The ceasefire collapsed after rebels threatened to storm Bangui.", "Bangui"),
        ("Talks stalled after the army vowed to retake Sirte.", "Sirte"),
    ],
)
def test_threats_that_still_stand(text: str, place: str) -> None:
    assert _dated(text)[:1] == [place]


# Threats to a place that are not an offensive: hunger, disease, weather, a supply line; troops
# sent to guard or help.
@pytest.mark.parametrize(
    "text",
    [
        "Famine could hit El Fasher within weeks, WFP warned.",
        "A cholera outbreak threatens Kassala, health officials said.",
        "Rising floodwaters threaten Maiduguri, officials warned.",
        "Rebels threaten Goma's water supply by cutting the pipeline.",
        "Troops will guard Bunia during the elections.",
        "Peacekeepers will deploy to Bangui to protect civilians.",
        "Troops will withdraw from Kidal next month under the accord.",
    ],
)
def test_threats_that_are_not_an_offensive(text: str) -> None:
    assert _dated(text) == [], text


def test_a_part_of_a_place_after_its_possessive_is_the_place() -> None:
    assert _dated("Rebels are advancing on Goma's outskirts.") == ["Goma"]


# Denials and stopped attacks said in other words: speculation dismissed, an attack thwarted or
# foiled before it came, an offensive that "will not go ahead".
@pytest.mark.parametrize(
    "text",
    [
        "Officials dismissed speculation about an imminent attack on Korva.",
        "The governor brushed aside talk of an assault on Linsk, and the ministry dismissed the talk too.",
        "The army said it had thwarted a planned attack on Dessel by the militia.",
        "Police said they foiled a rebel plot to storm the town of Marrak.",
        "Under the deal, the offensive on Tarsun that residents had dreaded will not go ahead.",
        "The minister said an assault on Pellow would never happen while talks continued.",
        "A ground operation against Vosk is now off the table, the general said.",
    ],
)
def test_dismissed_thwarted_or_not_going_ahead(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an attack said to be close in time, after a long object
        ("Military sources said an assault on the port of Haldor was only days away.", "Haldor"),
        ("Commanders believe an offensive against the stronghold of Tesk is just weeks away.", "Tesk"),
        ("An attack on the rebel-held town of Morrin appeared hours away, residents said.", "Morrin"),
        # an ultimatum: a deadline to give up, or be attacked
        ("The warlord gave the garrison in Kidal until Friday to surrender or be attacked.", "Kidal"),
        ("Rebels told soldiers in Ostra to lay down their arms or be wiped out.", "Ostra"),
        ("The army gave fighters in Belmor until dawn to leave the town.", "Belmor"),
    ],
)
def test_attacks_days_away_and_deadlines(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes about what is not an attack, or one already done
        "The harvest was only weeks away when the floods came to Haldor.",
        "The landlord gave the tenants in Kidal until Friday to pay the rent.",
        "Since the assault on Tesk last month, the front has seemed weeks away from moving.",
    ],
)
def test_days_away_and_deadlines_that_are_not_warnings(text: str) -> None:
    assert detect_warnings(text) == [], text


# Page furniture: another story's headline after "Related:" or under a "Related stories" line.
@pytest.mark.parametrize(
    "text",
    [
        "Aid reaches flood victims in Parnu\nRelated: Fears grow of a militia offensive on Dessel\n"
        "Boats carried food to 3,000 families on Monday.",
        "Clinics reopen in Harlow\nRead also: Army vows to storm Kelvor within days\n"
        "Doctors said the clinics had been closed for a month.",
        "Schools reopen in Tamsin.\nRelated stories\nRebels threaten assault on Varnok\n"
        "Quiet returns to the market",
        "Wheat prices fall in Osric.\nMost read\nTroops mass near Belmor ahead of expected attack\n",
    ],
)
def test_headlines_of_other_stories_are_no_warning(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the article's own headline and body still warn, whatever furniture is around them
        (
            "Rebels threaten assault on Varnok\nRelated stories\nQuiet returns to the market in Osric",
            "Varnok",
        ),
        (
            "Schools close in Tamsin.\nRelated stories\nMarket prices rise\n"
            "The army said on Monday it would soon storm Kelvor.",
            "Kelvor",
        ),
        (
            "Readers' questions: what happens next in Dessel?\n"
            "Commanders say an offensive on Dessel is expected within weeks.",
            "Dessel",
        ),
    ],
)
def test_furniture_does_not_hide_the_story(text: str, place: str) -> None:
    assert _place(text) == place


# A threat recalled as what came before a deal, the deal's verb first.
@pytest.mark.parametrize(
    "text",
    [
        "Rival factions signed a ceasefire on Sunday, weeks after the militia threatened to storm Tarsun.",
        "The two sides reached a deal in Doha days after the army vowed to retake Kelvor.",
        "Elders brokered a truce last night, shortly after rebels warned they would attack Dessel.",
    ],
)
def test_a_threat_before_a_signed_deal_is_a_recap(text: str) -> None:
    assert detect_warnings(text) == [], text


def test_a_threat_after_a_collapsed_deal_still_warns() -> None:
    text = "The ceasefire collapsed on Sunday, days after the militia threatened to storm Tarsun."
    assert _place(text) == "Tarsun"


# Armed forces near a place and going in; a place next in line; fighting expected at a place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Insurgents are approaching Dessel, the UN said.", "Dessel"),
        ("Militia fighters were nearing the town of Parnu on Saturday.", "Parnu"),
        ("The rebels are within 15 kilometres of Kelvor, officials said.", "Kelvor"),
        ("The defence minister said troops would soon operate in Kelvor.", "Kelvor"),
        ("The army said its soldiers were ready to go into Belmor once civilians had left.", "Belmor"),
        (
            "Government troops have overrun two villages.\nPeople in Tarsun fear their town could be next.",
            "Tarsun",
        ),
        ("Idlib is in the crosshairs of the army, analysts said.", "Idlib"),
        ("Heavy fighting is expected in Haldor as the troops close in.", "Haldor"),
        ("Street battles are feared in Morrin once the militia arrives.", "Morrin"),
        ("The possibility of a militia offensive on Tesk worries local officials.", "Tesk"),
        ("The army is gearing up for a battle over Morrin.", "Morrin"),
        # a feeling the prospect stirs is no sign that the attack happened
        ("An expected army incursion into Vosk has alarmed aid groups.", "Vosk"),
        ("A possible militia assault on Tesk has worried the displaced.", "Tesk"),
    ],
)
def test_forces_near_a_place_and_places_next_in_line(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Aid convoys are approaching Dessel, the UN said.",
        "Election officials are nearing the end of the count in Parnu.",
        "Aid agencies will operate in Kelvor from next week.",
        "The army will not go into Belmor, the minister said.",
        "People in Tarsun fear their village could be next as the river rises.",
        "Heavy rain is expected in Haldor this week.",
        "The army incursion into Vosk has alarmed aid groups.",
        "Residents had been bracing for an assault on Vosk for weeks.",
    ],
)
def test_near_next_and_expected_that_are_not_warnings(text: str) -> None:
    assert detect_warnings(text) == [], text


# An article that says the offensive on a place is off (averted, denied, ruled out) withdraws its
# warnings of that place, wherever they stand in it; a warning of another place stands.
@pytest.mark.parametrize(
    "text",
    [
        "Tarsun deal holds\nThe two sides agreed on Monday to a buffer zone, a move that averts an "
        "offensive on Tarsun.\nThe UN has warned that an all-out assault on Tarsun could displace "
        "half a million people.",
        "No offensive on Kelvor, minister says\nThe defence minister said there would be no military "
        "operation in Kelvor this year.\nResidents of Kelvor fear an assault by the army.",
        "The army said it would not attack the rebels in Dessel, to protect civilians.\n"
        "Residents said they feared a battle for Dessel.",
        "Officials in Parnu feared an army offensive on Belmor.\n"
        "The truce agreed in Parnu on Friday spared the town of Belmor from an assault.",
    ],
)
def test_an_offensive_said_to_be_off_withdraws_its_warnings(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The army said there would be no operation in Tarsun.\n"
            "Commanders are preparing an assault on Kelvor instead, officials said.",
            "Kelvor",
        ),
        (
            "A 2015 truce averted an offensive on Dessel.\n"
            "Now the militia is massing troops around Dessel again.",
            "Dessel",
        ),
        ("The president did not rule out an offensive on Belmor.", "Belmor"),
    ],
)
def test_a_warning_of_another_place_or_time_stands(text: str, place: str) -> None:
    found = detect_warnings(text, published=datetime(2024, 5, 1, tzinfo=UTC))
    assert found, text
    assert found[0].location == place


# "The city" points back past towns already taken and places people came from.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The militia has surrounded Belmor, the last army-held town in the region.\n"
            "The group took Parnu, Tesk and Vosk last year.\n"
            "Aid workers fear an all-out assault on the city.",
            "Belmor",
        ),
        (
            "More than a million people have fled to Kelvor from Haldor and Morrin.\n"
            "The army says it will launch a ground offensive in the city.",
            "Kelvor",
        ),
        (
            "The rebels have encircled Dessel.\n"
            "On Sunday they seized the town of Marrak, 20 km away.\n"
            "Officials fear the rebels will soon attack the city.",
            "Dessel",
        ),
        (
            "Fighters advanced on Tarsun from Ostra on Monday.\n"
            "Diplomats warned that an assault on the city would be a disaster.",
            "Tarsun",
        ),
    ],
)
def test_the_city_is_not_a_town_taken_or_left(text: str, place: str) -> None:
    assert _place(text) == place


# Fears of more of what is going on, and cues that govern another noun, are no warnings.
@pytest.mark.parametrize(
    "text",
    [
        "Displaced families in Tarsun said they fear further attacks as the bombardment goes on.",
        "Farmers near Kelvor are worried about more raids while the battle rages in the hills.",
        "People in Dessel fear continued attacks on the town's outskirts.",
        "The army is expected to announce casualty figures from the assault on Belmor.",
        "The ministry will publish the names of soldiers killed in the attack on Parnu.",
        "The threat of attacks by bandits has kept farmers from their fields in Haldor.",
    ],
)
def test_more_of_the_same_and_other_heads(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a threat of further attacks from the attackers themselves still warns
        ("The militia sent a notice threatening further attacks on Tarsun.", "Tarsun"),
        ("Residents fear a new attack on Kelvor, officials said.", "Kelvor"),
    ],
)
def test_threats_of_further_attacks_still_warn(text: str, place: str) -> None:
    assert _place(text) == place


# A massacre foretold at a place warns of the attack that would bring it.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The UN warned of a bloodbath in Tarsun.", "Tarsun"),
        ("Aid agencies fear a massacre in Kelvor if the militia enters.", "Kelvor"),
        ("Church leaders warned of another slaughter at Dessel.", "Dessel"),
        ("Rebels are massing near Belmor.\nAid groups fear carnage in the city.", "Belmor"),
    ],
)
def test_a_massacre_foretold(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses described the massacre in Kelvor to investigators.",
        "The farmer warned of a slaughter of livestock in Haldor.",
        "The UN warned of no bloodbath in Tarsun.",
        "Aid groups fear a massacre in the city.",
    ],
)
def test_massacres_reported_or_unplaced(text: str) -> None:
    assert detect_warnings(text) == [], text


# A story about a deal reached recalls the fears the deal answered: no warning, unless the
# article says the deal failed.
@pytest.mark.parametrize(
    "text",
    [
        "Truce agreed for Tarsun\nThe two sides signed a truce on Monday.\n"
        "Aid groups fear an assault on Tarsun could still come.",
        "Kelvor deal holds\nThe agreement reached in Parnu last week has opened the roads.\n"
        "Residents say they fear the army will storm Kelvor one day.",
        "Rivals agree to create buffer zone around Dessel\n"
        "Officials warn an offensive on Dessel would displace thousands.",
    ],
)
def test_a_deal_story_recalls_old_fears(text: str) -> None:
    assert detect_warnings(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Truce agreed for Tarsun\nThe two sides signed a truce on Monday.\n"
            "By Friday the truce had collapsed, and the militia threatened to storm Tarsun.",
            "Tarsun",
        ),
        (
            "Talks on a ceasefire stall\nMediators hope a truce could be agreed this week.\n"
            "The army says it will launch an offensive on Kelvor.",
            "Kelvor",
        ),
        ("Army to press on without a deal\nThe army says it will launch an offensive on Kelvor.", "Kelvor"),
    ],
)
def test_a_deal_failed_or_not_made_leaves_the_warning(text: str, place: str) -> None:
    assert _place(text) == place


# Civilians told to leave ahead of an attack; forces sent at a place or drawing near; a place
# that modifies the attack noun ("a Kelvor offensive").
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army ordered residents of eastern Kelvor to evacuate ahead of a planned operation.", "Kelvor"),
        (
            "Military aircraft dropped leaflets urging Tarsun residents to leave ahead of an assault.",
            "Tarsun",
        ),
        ("The army has called on civilians to leave Belmor before it moves in.", "Belmor"),
        ("The militia has sent thousands of fighters towards Dessel, residents said.", "Dessel"),
        ("Tanks have been moved to the edge of Haldor, satellite images show.", "Haldor"),
        ("The junta has amassed more than 20,000 troops near Morrin.", "Morrin"),
        ("Residents flee Parnu as rebels approach", "Parnu"),
        ("The cabinet signals a Vosk invasion is coming", "Vosk"),
        ("The war cabinet approved plans for a Tesk operation.", "Tesk"),
    ],
)
def test_leave_ahead_forces_sent_and_named_attacks(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Police ordered residents of Kelvor to evacuate ahead of the storm.",
        "The army told villagers near Tarsun to leave ahead of a demining operation.",
        "The government sent soldiers towards Dessel to rescue families stranded by the floods.",
        "Civilians flee Parnu as troops advance street by street",
        "The Vosk operation ended last year, the army said.",
    ],
)
def test_leave_ahead_and_forces_sent_that_are_not_warnings(text: str) -> None:
    assert detect_warnings(text) == [], text


# What looks like a withdrawal but is a threat or spares only people does not withdraw.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebels are closing in on Tarsun.\n"
            "The commander said no neighbourhood of Tarsun would be spared in the assault.",
            "Tarsun",
        ),
        (
            "The army is preparing to storm Kelvor.\nIt said it would not attack civilians in Kelvor.",
            "Kelvor",
        ),
    ],
)
def test_threats_that_look_like_withdrawals(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_town_spared_from_an_assault_withdraws_its_warnings() -> None:
    text = (
        "The truce spared Dessel from an assault.\n"
        "Officials warned an offensive on Dessel could displace thousands."
    )
    assert detect_warnings(text) == []


# Reported speech puts the modal in the past: "said an offensive was likely".
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Commanders said an offensive on Belmor was likely before the rainy season.", "Belmor"),
        ("Diplomats told reporters an assault on Kelvor was imminent.", "Kelvor"),
        ("Residents believed an attack on Tarsun was only a matter of time.", "Tarsun"),
    ],
)
def test_reported_speech_in_the_past(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "The offensive on Belmor was likely to continue for weeks, commanders said.",
        "The army said the assault on Kelvor, launched last week, was likely to end soon.",
    ],
)
def test_reported_speech_of_an_attack_under_way(text: str) -> None:
    assert detect_warnings(text) == [], text


# A comparison names another story's place: never the threatened place, nor the story's place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "An all-out assault like the ones on Varnok and Ostra now threatens Kelvor, aid groups warned.",
            "Kelvor",
        ),
        ("A battle like the ones fought in Tesk could leave Kelvor in ruins.", "Kelvor"),
        ("Fears grow in Dessel\nAid groups fear an assault like the one on Varnok.", "Dessel"),
    ],
)
def test_the_place_is_not_a_comparison(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_warning_placed_only_by_a_comparison_names_no_place() -> None:
    (warning,) = detect_warnings("Aid groups fear an assault like the one on Varnok.")
    assert warning.location is None


# Unknown towns read by their context: an article opening the sentence before a name that
# modifies the attack noun, a name as the subject of a future attack, a striking distance.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Vorsk offensive would be a disaster for the region, the envoy said.", "Vorsk"),
        ("An Ardeni assault is expected before the end of the month.", "Ardeni"),
        ("Vorsk could be stormed within days, officials warned.", "Vorsk"),
        ("Aid workers fear Ardeni will soon be attacked by the militia.", "Ardeni"),
        ("Insurgents are now within striking distance of Tolbert.", "Tolbert"),
    ],
)
def test_unknown_towns_by_their_context(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_person_attacked_by_critics_is_no_town() -> None:
    assert detect_warnings("Hallam could be attacked by critics over the budget.") == []


# More shapes of an attack to come: two adverbs between the modal and the verb, a town "the
# next to fall", the aim named in the next sentence, a relative clause on the town.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fears are growing that the army will soon try to retake Vorsk.", "Vorsk"),
        ("Residents fear Ardeni will be the next to fall.", "Ardeni"),
        ("Analysts say Tolbert could be the next to be attacked.", "Tolbert"),
        ("The army is massing troops in the hills. The target is Vorsk.", "Vorsk"),
        ("Officials fear a new offensive within weeks. Its objective would be the town of Ardeni.", "Ardeni"),
        ("Families from Vorsk fled to Tolbert, which the militia has threatened to attack.", "Tolbert"),
        ("People from Ardeni shelter in Tolbert, where rebels are expected to launch an assault.", "Tolbert"),
    ],
)
def test_more_shapes_of_an_attack_to_come(text: str, place: str) -> None:
    assert _place(text) == place


# A named armed group as the one that may attack ("if the RSF storms X", "M23 could take X"), and
# the capital named after its descriptor ("the regional capital X"; the adjective is no place).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aid groups warned of a massacre if the RSF storms Umbara.", "Umbara"),
        ("Officials fear M23 could take Lessini before the weekend.", "Lessini"),
        ("The army is gearing up for an offensive on the Tigrayan capital Morvek.", "Morvek"),
        ("Rebels are preparing an assault on the regional capital Ostel.", "Ostel"),
    ],
)
def test_named_groups_and_capitals(text: str, place: str) -> None:
    assert _place(text) == place


def test_could_take_months_is_no_warning() -> None:
    assert detect_warnings("The offensive could take months, officials said.") == []


# Forces gathering at a place, as a headline says it: a noun ("troop build-up near X") or
# "gather" in the present.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Satellite pictures show troop buildup near Vessel Bay", "Vessel Bay"),
        ("Residents describe a military build-up around Garrow.", "Garrow"),
        ("Fighters are gathering on the outskirts of Ruddock, witnesses said.", "Ruddock"),
        ("Ruddock on edge as militants gather nearby", "Ruddock"),
    ],
)
def test_forces_gathering_at_a_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Residents gathered near Garrow's main square to protest.",
        "The company reported a buildup of grain stocks near Ruddock.",
    ],
)
def test_people_and_stocks_gathering_are_no_forces(text: str) -> None:
    assert detect_warnings(text) == []


# Still more ways news tells an attack ahead: a town that "could face" one or braces itself, an
# attack "on the cards" or "being considered", preparations under way (the preparations, not the
# attack), the war that could spread to a town, the next battleground.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Morvek could face a full-scale assault within weeks.", "Morvek"),
        ("Ostel is bracing itself for an onslaught.", "Ostel"),
        ("A new offensive on Morvek is on the cards, analysts say.", "Morvek"),
        ("Military sources say an attack on Ostel is being considered.", "Ostel"),
        ("Preparations for an Ostel offensive are under way, officials said.", "Ostel"),
        ("The war could soon spread to Lessini, aid groups warned.", "Lessini"),
        ("Clashes may spill over into Morvek, officials fear.", "Morvek"),
        ("Analysts say Lessini could be the next battleground.", "Lessini"),
    ],
)
def test_still_more_shapes_of_an_attack_ahead(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "The disease could spread to Lessini within weeks.",
        "The fighting spread to Morvek last week.",
        "The offensive on Ostel is ongoing, officials said.",
    ],
)
def test_spreading_disease_and_fighting_under_way(text: str) -> None:
    assert detect_warnings(text) == []


# A town named only in the headline: the body's "the town" points to it.
def test_a_town_named_only_in_the_headline() -> None:
    text = "Fear grips Varnok\nResidents say the army is preparing an assault on the town. Many have left."
    assert _place(text) == "Varnok"


@pytest.mark.parametrize(
    "text",
    [
        "UN warns of new offensive\nOfficials say an attack is expected within days.",
        "Army warns on Monday\nOfficials say an attack is expected within days.",
    ],
)
def test_a_headline_without_a_town_places_nothing(text: str) -> None:
    assert _place(text) is None


# The passive expected, and forces ready in the past tense of reported speech.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Morvek is expected to be attacked within days.", "Morvek"),
        ("Analysts say Ostel is likely to be stormed before the end of the month.", "Ostel"),
        ("According to residents, troops were preparing to enter Lessini.", "Lessini"),
    ],
)
def test_expected_passives_and_forces_in_reported_speech(text: str, place: str) -> None:
    assert _place(text) == place


def test_a_person_expected_to_be_attacked_by_critics() -> None:
    assert detect_warnings("The minister is expected to be attacked by critics.") == []


# "advance" as an attack noun with a place as its object, under a cue; an advance told as going
# on is news.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The brigade's advance on Morvek is expected to begin within days.", "Morvek"),
        ("Residents fear a rebel advance on Ostel.", "Ostel"),
    ],
)
def test_an_advance_to_come(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "The rebels' advance on Lessini continued on Tuesday.",
        "The company's advance into new markets is expected to continue.",
    ],
)
def test_an_advance_going_on_or_in_business(text: str) -> None:
    assert detect_warnings(text) == []
