"""Find place names in text: a curated gazetteer plus capitalised-name heuristics.

`PLACES` is a small hand-made gazetteer of Syria (governorates, cities, towns and regions that
recur in displacement news, with the spellings agencies and wires use). `WORLD` adds countries
and a few regions so that hosts and destinations ("hosts 400,000 refugees", "fled into Chad")
are recognised without context. Everything else is found by shape: a run of capitalised words
("Pauk Taw Nagara", "Kharkiv Oblast") counts as a place when its context says so - after a
locative preposition ("in", "from", "into" ...), after "the town of", or before a place noun
("Rakhine state"). Organisations, titles, months and nationality adjectives are rejected.

The rule-language engineer reuses `PLACES` (canonical -> aliases) and `canonical_place`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from alerts.extract.verbs import ATTACK_VERBS
from alerts.text.tokens import Token, is_capitalised, tokenize, word_set

PLACES: dict[str, tuple[str, ...]] = {
    "Syria": ("Syria", "Syrian Arab Republic"),
    "Damascus": ("Damascus", "Dimashq", "Damas"),
    "Rif Dimashq": ("Rif Dimashq", "Rural Damascus", "Damascus Countryside", "Reef Damascus", "Rif Damascus"),
    "Eastern Ghouta": ("Eastern Ghouta", "East Ghouta", "Ghouta", "Ghuta", "Eastern Ghuta"),
    "Douma": ("Douma", "Duma"),
    "Harasta": ("Harasta",),
    "Hamouria": ("Hamouria", "Hamoriya", "Hamouriyeh", "Hammouriyeh", "Hamuriyah"),
    "Yarmouk": ("Yarmouk", "Yarmuk"),
    "Daraya": ("Daraya", "Darayya"),
    "Madaya": ("Madaya",),
    "Zabadani": ("Zabadani",),
    "Aleppo": ("Aleppo", "Halab", "Haleb", "Alep"),
    "Idlib": ("Idlib", "Idleb", "Edlib", "Idlip"),
    "Hama": ("Hama", "Hamah", "Hamat"),
    "Homs": ("Homs", "Hims", "Hums"),
    "Latakia": ("Latakia", "Lattakia", "Latakiya", "Al-Ladhiqiyah", "Ladhiqiyah"),
    "Tartus": ("Tartus", "Tartous", "Tartous Governorate"),
    "Daraa": ("Daraa", "Deraa", "Dara'a", "Dar'a", "Der'a"),
    "Quneitra": ("Quneitra", "Al-Qunaytirah", "Qunaytirah", "Kuneitra"),
    "As-Suwayda": ("As-Suwayda", "Suwayda", "Sweida", "Suwaida", "Suweida", "Sweyda"),
    "Raqqa": ("Raqqa", "Raqqah", "Al-Raqqa", "Ar-Raqqah", "Rakka"),
    "Deir ez-Zor": (
        "Deir ez-Zor",
        "Deir Ezzor",
        "Deir el-Zour",
        "Deir al-Zour",
        "Deir Ez-Zor",
        "Dayr az-Zawr",
        "Deir Al-Zor",
    ),
    "Al-Hasakah": ("Al-Hasakah", "Hasakah", "Hasakeh", "Hasaka", "Hassakeh", "Al-Hasakeh"),
    "Afrin": ("Afrin", "Efrin", "Afreen"),
    "Manbij": ("Manbij", "Menbij", "Manbej"),
    "Kobani": ("Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"),
    "Qamishli": ("Qamishli", "Qamishlo", "Al-Qamishli", "Kamishli"),
    "Ras al-Ain": ("Ras al-Ain", "Ras al-Ayn", "Ras al Ain", "Serekaniye"),
    "Tal Abyad": ("Tal Abyad", "Tell Abyad", "Tel Abyad", "Gire Spi"),
    "Jarablus": ("Jarablus",),
    "Azaz": ("Azaz", "A'zaz", "Aazaz"),
    "Al-Bab": ("Al-Bab", "al-Bab"),
    "Tal Rifaat": ("Tal Rifaat", "Tell Rifaat", "Tal Rifat"),
    "Khan Shaykhun": ("Khan Shaykhun", "Khan Sheikhoun", "Khan Shaikhoun"),
    "Maarat al-Numan": (
        "Maarat al-Numan",
        "Maaret al-Numan",
        "Ma'arrat al-Nu'man",
        "Maarat al-Nu'man",
        "Maarat",
    ),
    "Saraqeb": ("Saraqeb", "Saraqib"),
    "Jisr al-Shughur": ("Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shugur"),
    "Ariha": ("Ariha",),
    "Atmeh": ("Atmeh", "Atma"),
    "Sarmada": ("Sarmada",),
    "Kafr Nabl": ("Kafr Nabl", "Kafranbel", "Kafr Nabel"),
    "Palmyra": ("Palmyra", "Tadmur", "Tadmor"),
    "Abu Kamal": ("Abu Kamal", "Albu Kamal", "Al-Bukamal", "Bukamal"),
    "Al-Mayadin": ("Al-Mayadin", "Mayadin", "Mayadeen"),
    "Rukban": ("Rukban", "Rukban camp"),
    "Al-Hol": ("Al-Hol", "al-Hol", "Al-Hawl", "Hol"),
    "Al-Tanf": ("Al-Tanf", "Tanf"),
    "Qusayr": ("Qusayr", "Qusair", "Al-Qusayr"),
    "Northwest Syria": ("Northwest Syria", "North-west Syria", "Northwestern Syria", "North-western Syria"),
    "Northeast Syria": ("Northeast Syria", "North-east Syria", "Northeastern Syria", "North-eastern Syria"),
    "Euphrates Valley": ("Euphrates Valley", "Middle Euphrates"),
}

# Countries (and the names wires use for them), then the regions and territories WORLD adds.
COUNTRIES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Benin", "Bolivia",
    "Bosnia", "Botswana", "Brazil", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon",
    "Canada", "Central African Republic", "CAR", "Chad", "Chile", "China", "Colombia", "Congo",
    "Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC", "DR Congo",
    "Republic of Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark",
    "Djibouti", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Ethiopia", "Finland",
    "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea",
    "Guyana",
    "Haiti", "Honduras", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
    "Italy", "Ivory Coast", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Lithuania",
    "Madagascar", "Malawi", "Malaysia", "Mali", "Mauritania", "Mexico", "Moldova", "Mongolia",
    "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nepal", "Netherlands",
    "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan",
    "Palestine", "Panama", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania",
    "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone", "Somalia",
    "Somaliland", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
    "Sweden", "Switzerland", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey",
    "Türkiye", "Turkiye", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "UAE",
    "United Kingdom", "UK", "United States", "USA", "Uruguay", "Uzbekistan", "Venezuela",
    "Vietnam", "Yemen", "Zambia", "Zimbabwe",
)  # fmt: skip
WORLD: tuple[str, ...] = (
    *COUNTRIES,
    "Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Kurdistan", "Darfur", "Tigray",
    "Middle East", "Sahel", "Horn of Africa", "Balkans", "Europe", "Africa", "Asia",
    "North Kivu", "South Kivu", "Kasai", "Ituri", "Cabo Delgado", "Donbas", "Donetsk", "Luhansk",
    "Crimea", "Nagorno-Karabakh", "Kashmir", "Rakhine", "Kachin", "Shan",
)  # fmt: skip

_ALIASES: dict[str, str] = {}
for _canonical, _names in PLACES.items():
    for _name in (_canonical, *_names):
        _ALIASES[_name.lower()] = _canonical
for _name in WORLD:
    _ALIASES.setdefault(_name.lower(), _name)
# Round 28: the region's short name, as wires write it in headlines ("build-up near Karabakh").
_ALIASES.setdefault("karabakh", "Nagorno-Karabakh")
_MAX_ALIAS_TOKENS = max(len(tokenize(a)) for a in _ALIASES)
# The first word of every name: a run that starts with no such word holds no name from there.
_ALIAS_FIRST = frozenset(alias.split(" ")[0] for alias in _ALIASES)


def canonical_place(name: str) -> str | None:
    """The gazetteer's canonical name for `name` (any alias, any case), or None."""
    return _ALIASES.get(" ".join(name.split()).lower())


# How a country's adjective is formed from its name, as (ending cut, ending added): "Armenian",
# "Libyan" (Armenia, Libya), "Malian", "Iranian" (Mali, Iran), "Ukrainian" (Ukraine), "Sudanese"
# (Sudan), "Lebanese" (Lebanon), "Congolese" (Congo), "Turkish" (Turkey), "Iraqi" (Iraq), "Somali"
# (Somalia).
# Round 28: "Kosovan", "Mexican" (Kosovo, Mexico), "Guyanese", "Chinese" (Guyana, China).
_DEMONYM_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("ian", "e"), ("ese", ""), ("ese", "on"),
                    ("lese", ""), ("ish", "ey"), ("i", ""), ("", "a"), ("an", "o"),
                    ("ese", "a"))  # fmt: skip


def country_of_adjective(word: str) -> str | None:
    """The country or region a nationality adjective names ("Armenian" -> "Armenia"), or None: an
    adjective is read only when one of the regular endings turns it into a gazetteer name."""
    low = word.lower()
    for cut, added in _DEMONYM_ENDINGS:
        if low.endswith(cut) and len(low) > len(cut) + 2:
            stem = low[: len(low) - len(cut)] if cut else low
            found = _ALIASES.get(stem + added)
            if found is not None:
                return found
    return None


DIRECTIONS = word_set(
    """
    north south east west northern southern eastern western central north-western northwestern
    north-eastern northeastern south-western southwestern south-eastern southeastern northwest
    northeast southwest southeast north-west north-east south-west south-east
    """
)
# Place nouns that make a capitalised word before them a place ("the Hamoriya town").
PLACE_NOUNS = word_set(
    """
    town towns city cities village villages camp camps province provinces region regions district
    districts state states territory territories governorate governorates oblast oblasts county
    counties township townships area areas enclave neighbourhood neighborhood suburb suburbs
    countryside municipality municipalities valley island islands division divisions prefecture
    prefectures commune communes locality localities subdistrict subdistricts sub-district sub-districts
    """
)
# Of these, the ones the labellers keep in a place name ("Rakhine state", "Masisi territory").
_KEPT_NOUNS = word_set("state states territory territories camps oblast oblasts township townships")
# "storm X", "retook X", "threatening X": the object of an attack verb is a place too (single
# words before the name; the phrasal ones end in a preposition listed here).
_PREPOSITIONS = word_set(
    """
    in into from to at near inside outside across toward towards around within through throughout on
    against reach reached reaches reaching entered enter enters entering fled flee fleeing escaped
    leave leaving left evacuate evacuated evacuating abandon abandoned overlooking surrounding
    approaching nearing spared regarding concerning defending guarding
    stronghold bastion
    liberate liberates liberated liberating reclaim reclaims reclaimed reclaiming vacate vacated vacating
    quit quits quitting
    """
) | frozenset(v for v in ATTACK_VERBS if " " not in v)
# "the town of X", "residents of X", "outskirts of X": heads after which "of" introduces a place.
_OF_HEADS = (
    PLACE_NOUNS
    | DIRECTIONS
    | word_set(
        """
    residents outskirts capital part parts centre center suburbs people citizens governor edge edges
    heart gates border borders north south east west rest city invasion offensive assault attack out streets
    siege capture fall liberation bombing shelling battle communities community settlements
    neighbourhoods neighborhoods inhabitants population km kilometres kilometers miles control
    port stronghold distance direction
    most
    """
    )
)
_BRACING = word_set("braces bracing braced")
_HOSTS = word_set("hosts hosted shelters")
_TAKE_FORMS = word_set("take takes took taken taking")
_HOST_FILLER = word_set(", meanwhile already currently now still also alone")
# Function words capitalised only because they open the sentence: "In X, ...", "From X, ...".
_LEADING_WORDS = word_set("in from across near outside inside at on throughout around within to into")
# "the battle for X", "an evacuation order for X": heads after which "for" introduces a place.
_FOR_HEADS = word_set(
    "battle fight fought fighting battling battled struggle race evacuation order orders warning warnings"
    " alert alerts plan plans"
)
# "fled X for Y": flight verbs after which "for" introduces the place people went to.
_LEFT_FOR = word_set("fled flee flees fleeing left leave leaving escaped evacuated departed headed heading")
_SKIP_BACK = word_set(
    """
    the a an neighbouring neighboring nearby besieged embattled strategic strategically important
    key rebel-held government-held coastal northern southern eastern western central : , three two
    four five several
    """
)
# Round 31: "the capital city X", "the port city X", "the border town X": the first noun says
# what kind of town the name after "city"/"town" is.
_CITY_KINDS = word_set("capital port border garrison market frontier")
# "X province", "X residents": nouns a capitalised word before them shows to be a place.
_ATTACKED_NOUNS = word_set("offensive invasion incursion assault operation siege")
_ARTICLES = word_set("a an the")
_MODIFIED_NOUNS = PLACE_NOUNS | word_set("residents inhabitants villagers")
# "the capital, X": heads a name in apposition shows to be a place.
APPOSITION_HEADS = PLACE_NOUNS | word_set("capital port stronghold hub")
# Armed groups that are the object of attacks as often as places are ("an offensive against the
# Taliban in Kunduz"): world knowledge, like the gazetteer.
ARMED_GROUPS = word_set(
    """
    hamas hezbollah hizbollah taliban houthis houthi al-shabaab shabaab shabab boko haram wagner isis
    isil daesh al-qaeda qaeda al-nusra nusra hayat tahrir ansar m23 rsf janjaweed adf fdlr codeco
    iswap jnim tplf fano sdf ypg pkk hts lra seleka anti-balaka
    """
)
# Common nouns for armed people: the one list the warning detector's patterns and the place
# finder share ("insurgents are closing in on X", "attack X fighters near Y").
FIGHTERS = word_set(
    "troops forces army soldiers fighters militants rebels militia militias militiamen insurgents"
    " jihadists gunmen paramilitaries"
    # round 26: the word a group uses for its own fighters ("hundreds of mujahideen are heading to X")
    " mujahideen mujahedeen mujahidin"
)
# Fighters, and the units they hold: a name before one of these names a group, not the place.
_FIGHTER_NOUNS = FIGHTERS | word_set("positions units brigades")
_NOT_LOCATIVE_TO = word_set("according said spoke told letter message")
_NAME_PARTICLES = word_set("of the al el ez es az as ad ar ash an at de du da bin ibn")
# "Turkey-led", "Rwanda-backed": a place name turned adjective.
_HYPHEN_ADJ = tuple(
    "-" + suffix
    for suffix in word_set(
        "led backed held based controlled run born bound allied linked affiliated made style era"
    )
)
# Nationality and creed adjectives ("Syrian", "Kurdish", "Congolese", "Buddhist", "Islamic").
_DEMONYM_SUFFIXES = ("ish", "ian", "ians", "ese", "ist", "ists", "ic")
_DEMONYMS_I = word_set(
    """
    iraqi israeli pakistani yemeni somali saudi afghani bangladeshi kuwaiti omani qatari emirati
    darfuri azerbaijani nepali bahraini iraqis israelis pakistanis yemenis somalis saudis
    """
)
# Adjectives of no regular ending, rejected when alone ("a southern Philippine city"); in a longer
# name they are part of it ("French Guiana").
_DEMONYMS_ALONE = word_set(
    "philippine thai swiss dutch french greek czech welsh lao malagasy"
    # communities named as peoples or creeds ("a massacre against the Bedouins of the region",
    # "attacks on the Druze"): the people attacked, no place on a map
    " druze bedouin bedouins kurds alawite alawites yazidi yazidis sunnis shias shiites christians"
    " rohingya tuareg fulani masalit zaghawa"
)
# Words that make a capitalised chain a name of something other than a place (a broadcaster too:
# "the program on KLX TV tells where experts expect the offensive" names a channel, not a target).
_REJECT = word_set(
    """
    office council committee nations organization organisation agency ministry observatory army
    forces force party front movement group news times post press reuters cross crescent programme
    program fund bank university department government union affairs commission commissioner rights
    watch international network institute foundation centre center monitor service services
    authority administration police guard guards brigade brigades parliament assembly court church
    hospital hotel airport base battalion battalions regiment regiments division divisions corps
    corp company inc doctors borders children coordination humanitarian
    refugee refugees relief world health food security coalition alliance daily tribune journal
    agreement accord process summit talks resolution convention protocol memorandum operation shield
    spring revolution islamic president minister prime foreign secretary general governor mayor
    chief director spokesman spokeswoman commander king queen prince sheikh mr mrs ms dr prof sir
    lord pope ambassador envoy head leader senator colonel captain lieutenant sergeant emir
    ayatollah january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday the a an in on at of for with by from
    to as since after before during while when where but and or however meanwhile according more
    some nearly about almost around over up tens hundreds thousands millions it its they their he
    she we our this that these those there here what who which many most all another staff presently
    already located despite among without if said says god allah christmas ramadan eid
    thanksgiving easter passover hanukkah diwali nowruz
    congress senate cabinet kremlin pentagon knesset duma bundestag house
    tv television radio broadcaster broadcasting
    """
)


# Read-only and hashable as a frozen dataclass, with an __init__ mypyc compiles (as NumberPhrase).
@dataclass(slots=True, init=False, unsafe_hash=True)
class Place:
    """A place name as written. `canonical` is set when the gazetteer knows it."""

    start: Final[int]
    end: Final[int]
    text: Final[str]
    canonical: Final[str | None]
    possessive: Final[bool]  # "Russia's invasion": the place is an actor, not where people are

    def __init__(
        self, start: int, end: int, text: str, canonical: str | None, possessive: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.canonical = canonical
        self.possessive = possessive


def _split_particles(tokens: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    """An unknown run joined by "of"/"the" is judged part by part ("Residents of Umm Batna")."""
    parts: list[tuple[int, int]] = []
    start = i
    for k in range(i, j):
        if tokens[k].lower in ("of", "the"):
            if k > start:
                parts.append((start, k))
            start = k + 1
    if j > start:
        parts.append((start, j))
    return parts


# An acronym glued to a lower-case word by a copy step that lost the space ("ISISstronghold"): no name.
_GLUED = re.compile(r"[A-Z]{2,}[a-z]{4,}")


def _is_name_token(tok: Token) -> bool:
    word = tok.text
    if not word[0].isalpha():
        return False
    if len(word) > 5 and word[1].isupper() and word[-1].islower() and _GLUED.fullmatch(word):
        return False
    if is_capitalised(word):
        return not word.lower().endswith(_HYPHEN_ADJ)
    low = tok.lower
    return "-" in low and low.split("-", 1)[0] in _NAME_PARTICLES and is_capitalised(word.split("-", 1)[1])


# "for Wad Madani.By Tuesday, ...": a copy step lost the space after a full stop; the name ends there.
_GLUED_STOP = re.compile(r"[a-z]\.[A-Z]")


def _glued_stop(word: str) -> int:
    """Where a lost sentence break cuts `word` ("Madani.By" -> 6), or 0 when none does."""
    if "." not in word:
        return 0
    hit = _GLUED_STOP.search(word)
    return hit.start() + 1 if hit else 0


def _chains(tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised words, joined by particles ("Bay of Bengal")."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        # an all-lower-case token (most of them) has no capital to start a name: no call needed
        if tokens[i].text.islower() or not _is_name_token(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            if tokens[j - 1].lower.endswith("'s") or _glued_stop(tokens[j - 1].text):
                break
            if _is_name_token(tokens[j]):
                j += 1
                continue
            # particles inside a name, only when a capitalised word follows ("Republic of the Congo")
            k = j
            while k < n and k - j < 2 and tokens[k].lower in _NAME_PARTICLES:
                k += 1
            if k > j and k < n and _is_name_token(tokens[k]) and tokens[k].start - tokens[k - 1].end <= 1:
                j = k + 1
                continue
            break
        out.append((i, j))
        i = j
    return out


def _braces(tokens: list[Token], j: int) -> bool:
    """ "X braces for an assault", "X is bracing for": only a place (or its people) braces so."""
    if j < len(tokens) and tokens[j].lower in ("is", "was") and j + 1 < len(tokens):
        j += 1
    if j + 2 < len(tokens) and tokens[j].lower in _BRACING and tokens[j + 1].lower == "itself":
        j += 1  # "X is bracing itself for"
        return tokens[j + 1].lower == "for"
    return j + 1 < len(tokens) and tokens[j].lower in _BRACING and tokens[j + 1].lower == "for"


_ON_EDGE = (["on", "edge"], ["on", "alert"], ["on", "high"], ["on", "tenterhooks"], ["holds", "its"])


def _on_edge(tokens: list[Token], j: int) -> bool:
    """ "X on edge as rebels close in", "X on high alert", "X holds its breath": a headline's
    town waiting for what comes (said of a place or its people, not of a person)."""
    return [t.lower for t in tokens[j : j + 2]] in _ON_EDGE


def _home_to(tokens: list[Token], j: int) -> bool:
    """ "X is home to 3 million people", "X, meanwhile, already hosts 3 million refugees": a place
    that holds people."""
    words = [t.lower for t in tokens[j : j + 6] if t.lower not in _HOST_FILLER]
    return words[:3] in (["is", "home", "to"], ["was", "home", "to"]) or (
        bool(words) and (words[0] in _HOSTS or words[:2] in (["is", "hosting"], ["has", "hosted"]))
    )


_COPULAS = word_set("is was remains remained")
_FUTURE_MODALS = word_set("will would could may might")
_FUTURE_FILLER = word_set("soon next also yet")
_EXPECTED_TO = (["expected", "to"], ["likely", "to"])
# Said of a place taken by force, not of a person: "X could be stormed within days".
_TAKEN_BY_FORCE = word_set("attacked stormed invaded overrun besieged shelled bombed retaken recaptured")


def _attacked_next(tokens: list[Token], j: int) -> bool:
    """ "X could be stormed within days", "X will soon be attacked": a place as the subject of an
    attack to come (a modal, at most one adverb, "be", a verb of taking places by force)."""
    words = [t.lower for t in tokens[j : j + 4]]
    if words[:1] in (["is"], ["was"]) and [t.lower for t in tokens[j + 1 : j + 3]] in _EXPECTED_TO:
        j += 2  # "X is expected to be attacked", "X is likely to be stormed"
        words = ["will", *(t.lower for t in tokens[j + 1 : j + 4])]
    if len(words) < 3 or words[0] not in _FUTURE_MODALS:
        return False
    k = 2 if words[1] in _FUTURE_FILLER else 1
    if len(words) > k and words[k] == "face":  # "X could face a full-scale assault"
        return any(t.lower in _ATTACKED_NOUNS for t in tokens[j + k + 1 : j + k + 5])
    if not (len(words) > k + 1 and words[k] == "be" and words[k + 1] in _TAKEN_BY_FORCE):
        return False
    # "attacked by critics" is said of a person: an agent must be armed or named
    by = j + k + 2
    if by < len(tokens) and tokens[by].lower == "by":
        agent = tokens[by + 1 : by + 4]
        return any(t.lower in _FIGHTER_NOUNS or is_capitalised(t.text) for t in agent)
    return True


def _is_a_place(tokens: list[Token], j: int) -> bool:
    """ "X is the last rebel stronghold", "X remains the main city of the north": a name said to be
    a town (a place noun within three words after "is the" / "is a")."""
    if j + 2 >= len(tokens) or tokens[j].lower not in _COPULAS or tokens[j + 1].lower not in ("the", "a"):
        return False
    return any(t.lower in APPOSITION_HEADS for t in tokens[j + 2 : j + 5])


def _dwellers_after(tokens: list[Token], j: int) -> bool:
    """ "Vesko residents flee ...": a name before its people (lower-case) is a place."""
    return j < len(tokens) and tokens[j].text in ("residents", "inhabitants", "villagers")


# Round 28: plural place nouns whose members a list of examples names ("strongholds like X").
_EXAMPLE_KINDS = PLACE_NOUNS | word_set("strongholds garrisons bases ports hubs")


def _example_of_places(tokens: list[Token], i: int) -> bool:
    """Round 28: tokens[i] opens an example of a plural kind of place: "towns like X", "other
    strongholds such as X", "cities including X" (a person or a thing after "like" is not:
    "leaders like X", "crops such as X")."""
    k = i - 1
    if k >= 1 and tokens[k].lower == "as" and tokens[k - 1].lower == "such":
        k -= 2
    elif k >= 0 and tokens[k].lower in ("like", "including"):
        k -= 1
    else:
        return False
    return k >= 0 and tokens[k].lower in _EXAMPLE_KINDS and tokens[k].lower.endswith("s")


def _context_says_place(tokens: list[Token], i: int, j: int) -> bool:
    """Unknown capitalised run tokens[i:j]: is it a place by its context?"""
    if j < len(tokens) and tokens[j].lower in _MODIFIED_NOUNS:
        return True
    if _example_of_places(tokens, i):
        return True
    # "a Rafah invasion", "plans for a Kharkiv offensive": a name that modifies an attack noun, not
    # first in its sentence (armed groups, organisations and nationalities are rejected before this)
    if (
        j < len(tokens)
        and tokens[j].lower in _ATTACKED_NOUNS
        and i > 0
        and (tokens[i - 1].text.islower() or tokens[i - 1].lower in _ARTICLES)
    ):
        # after a lower-case word ("approves Rafah operation" in a headline too) or an article
        # opening the sentence ("A Rafah offensive would ...")
        return True
    if (
        _braces(tokens, j)
        or _home_to(tokens, j)
        or _is_a_place(tokens, j)
        or _on_edge(tokens, j)
        or _attacked_next(tokens, j)
    ):
        return True
    k, steps = i - 1, 0
    while k >= 0 and steps < 5:
        low = tokens[k].lower
        if low == "over" and k > 0 and tokens[k - 1].lower in _TAKE_FORMS:
            return True  # "threatening to take over X"
        if low in _PREPOSITIONS:
            # "according to X", "told to X": X is a source or a person, not a place
            return not (low == "to" and k > 0 and tokens[k - 1].lower in _NOT_LOCATIVE_TO)
        if low == "of":
            return k > 0 and tokens[k - 1].lower in _OF_HEADS
        if low in ("for", "over"):  # "the battle for X", "an evacuation order for X", "a fight over X"
            if low == "for" and any(t.lower in _LEFT_FOR for t in tokens[max(0, k - 3) : k]):
                return True  # "fled X for Y", "left their homes for Y": where they went
            return k > 0 and tokens[k - 1].lower in _FOR_HEADS
        if low in APPOSITION_HEADS and steps > 0:  # apposition: "One village, Pauk Taw Nagara, ..."
            return True
        if low == "capital" and steps == 0 and k > 0 and tokens[k - 1].lower not in ("of", "'s"):
            return True  # "the regional capital Mekor": the name the capital goes by
        if low in ("city", "town") and steps == 0 and k > 0 and tokens[k - 1].lower in _CITY_KINDS:
            # round 31: "the provincial capital city Mekor", "the port city Dunmora": the compound
            # names its town right after it (a bare "the city Council" says nothing)
            return True
        if low.endswith("'s") and is_capitalised(tokens[k].text):  # "Sudan's El Fasher"
            return True
        if (
            _possessor_adjective(tokens, k, steps)
            and _name_ends_phrase(tokens, j)
            and _place_shaped(tokens, i, j)
        ):
            return True  # "Taiwan's offshore Kinmen", "Sudan's besieged El Fasher"
        if low in _SKIP_BACK or low in DIRECTIONS or low.isdigit() or ("-" in low and low.islower()):
            k -= 1
            steps += 1
            continue
        return False
    return False


# Nouns of a person in an apposition after an unknown name ("X, a rebel commander"): X is a person.
_PERSON_NOUNS = word_set(
    """
    player leader commander general warlord strongman politician spokesman spokeswoman spokesperson
    minister envoy lawmaker senator officer colonel businessman cleric
    """
)


_APPOSITION_GOES_ON = word_set("of who whose opposed loyal allied close backed in from for with and at")


def _person_apposed(tokens: list[Token], j: int) -> bool:
    """tokens[j:] open an apposition that calls the name before it a person: ", a veteran warlord",
    ", the rebel commander" (the person noun within the apposition's first four words)."""
    if j + 2 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower not in ("a", "an", "the"):
        return False
    for k in range(j + 2, min(len(tokens), j + 6)):
        t = tokens[k]
        if t.lower in _PERSON_NOUNS:
            if t.lower in ("leader", "player") and k + 1 < len(tokens) and tokens[k + 1].lower == "in":
                # "X, a regional leader in cotton exports", "X, a key player in the oil trade": a
                # place that leads a field ("a key player opposed to ..." stays a person)
                return False
            # "X, a commander said/warned": the subject of a new clause, not an apposition to X; an
            # apposition ends there or goes on with a modifier ("a veteran warlord from the east")
            return (
                k + 1 >= len(tokens)
                or not tokens[k + 1].text.isalpha()
                or tokens[k + 1].lower in _APPOSITION_GOES_ON
            ) and not _speaker_follows(tokens, k + 1)
        if not t.text.isalpha() or not t.text.islower():
            return False  # the apposition's head came and went: "X, a town where the general ..."
    return False


# Verbs that make "X, a minister of trade said" a new clause whose subject the person noun heads.
_SPEAKING = word_set("said says told warned warns added announced claimed stated insisted")


def _speaker_follows(tokens: list[Token], k: int) -> bool:
    """A verb of saying follows the person noun within its modifier, before the next punctuation ("a
    minister of trade said", "a senior officer with the army told reporters"): a new clause."""
    for t in tokens[k : k + 6]:
        if not t.text.isalpha():
            return False
        if t.lower in _SPEAKING:
            return True
    return False


def _possessor_adjective(tokens: list[Token], k: int, steps: int) -> bool:
    """tokens[k] is one lower-case adjective right before the name, after a capitalised
    possessive: "Taiwan's offshore Kinmen", "Ukraine's embattled Pokrovsk". A possessor that owns a
    described name owns a place (the possessive alone already says so: "Sudan's El Fasher")."""
    word = tokens[k].text
    return (
        steps == 0
        and k >= 1
        and word.isalpha()
        and word.islower()
        and word not in _LINKS
        and tokens[k - 1].lower.endswith("'s")
        and is_capitalised(tokens[k - 1].text)
    )


def _place_shaped(tokens: list[Token], i: int, j: int) -> bool:
    """tokens[i:j] is shaped like a place's name, not a person's or a body's: one word ("Kinmen"), a
    particle first ("El Fasher") or a place noun last ("Kessa Islands"). Two plain capitalised words
    after "Varna's outspoken" are mostly a person ("Tomas Belk") or a body ("Football Federation")."""
    return j - i == 1 or tokens[i].lower in _NAME_PARTICLES or tokens[j - 1].lower in PLACE_NOUNS


# After a name that ends its noun phrase: punctuation, a preposition, a link or an auxiliary (not
# a common noun the name would modify: "Varna's main Opposition party").
_PHRASE_END_WORDS = word_set(
    "within by for with before after until unless if"
    " could would will may might can should must has have had is was were"
)


def _name_ends_phrase(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens) or not tokens[j].text.isalpha():
        return True
    low = tokens[j].lower
    return low in _PHRASE_END_WORDS or low in _LINKS or low in _PREPOSITIONS


_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_MONTHS = word_set(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)


def _dated(tokens: list[Token], j: int) -> bool:
    """The chain tokens[:j] ends in a month that a day number follows ("X March 3", "X Sept. 12")."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "." else j
    return tokens[j - 1].lower in _MONTHS and k < len(tokens) and tokens[k].text.isdigit()


_LINKS = word_set("and or in on at to from of is was has had")
# Capitalised words that, before a country's name, make one city of both ("Port Sudan").
_CITY_PREFIXES = frozenset({"Port"})
_SAYING = word_set("said says claimed claims told added insisted stated")


def _rejected(tokens: list[Token], i: int, j: int, seg_first: int) -> bool:
    words = [t.text[:-2] if t.lower.endswith("'s") else t.text for t in tokens[i:j]]
    if any(w.lower() in _REJECT for w in words):
        return True
    first = words[0]
    if len(words) == 1 and first.isupper() and len(first) > 1:  # an acronym: UN, DTM, SOHR, M23
        return True
    if len(words) == 1 and first.lower() in DIRECTIONS and i > 0 and tokens[i - 1].lower == "the":
        return True  # "attacks in the West": the western world, no place on a map
    if len(words) == 1 and len(first) == 1:  # an initial: "in N. Afghanistan" (north), "J. Smith"
        return True
    if first.lower() in _DEMONYMS_I or (len(words) == 1 and first.lower() in _DEMONYMS_ALONE):
        return True
    if any(w.lower() in ARMED_GROUPS for w in words):
        return True  # "an offensive against Hamas in Rafah": the group attacked is not a place
    nxt_word = tokens[j].lower if j < len(tokens) else ""
    if nxt_word in _SAYING and i > 0 and tokens[i - 1].text == ",":
        # "in Varna, Dolmek claimed ...": an unknown name that speaks after a comma is a person
        # (but "residents of Umm Batna said", "leaflets dropped on X told ...": a place)
        return True
    if nxt_word in _FIGHTER_NOUNS:
        return True  # "attack Zelvan fighters near X": a group named after its leader or creed
    if _person_apposed(tokens, j):
        return True  # "the order came from Dolmek Varsi, a veteran warlord from ...": a person
    if nxt_word == "capital" and j + 1 < len(tokens) and _is_name_token(tokens[j + 1]):
        return True  # "the Tigrayan capital Mekelle": an adjective before the capital's name
    if first.lower().endswith(_DEMONYM_SUFFIXES) and len(first) > 3:
        # "Kurdish fighters", "Syrian Observatory": an adjective; but "in Binnish and Sarmin" is a town
        nxt = tokens[j] if j < len(tokens) else None
        if j - i > 1 or (
            nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in _LINKS
        ):
            return True
    # The first word of a sentence is capitalised anyway: not evidence of a name, unless what
    # follows is said only of a place ("X braces for an assault").
    if i == seg_first and (
        _braces(tokens, j)
        or _home_to(tokens, j)
        or _dwellers_after(tokens, j)
        or _is_a_place(tokens, j)
        or _on_edge(tokens, j)
        or _attacked_next(tokens, j)
    ):
        return False
    return i == seg_first or (i == seg_first + 1 and not tokens[seg_first].text[0].isalnum())


def _known_spans(tokens: list[Token], i: int, j: int) -> list[tuple[int, int, str]]:
    """Gazetteer matches inside tokens[i:j], longest first, non-overlapping."""
    found: list[tuple[int, int, str]] = []
    a = i
    while a < j:
        first = tokens[a].text
        if first.lower() not in _ALIAS_FIRST and first[:-2].lower() not in _ALIAS_FIRST:
            a += 1  # no name starts with this word (nor with it less a final "'s")
            continue
        hit = None
        for b in range(min(j, a + _MAX_ALIAS_TOKENS), a, -1):
            words = [t.text for t in tokens[a:b]]
            if words[-1].lower().endswith("'s"):
                words[-1] = words[-1][:-2]
            canonical = _ALIASES.get(" ".join(words).lower())
            if canonical is not None:
                hit = (a, b, canonical)
                break
        if hit is None:
            a += 1
        else:
            found.append(hit)
            a = hit[1]
    return found


def _make(text: str, tokens: list[Token], i: int, j: int, canonical: str | None) -> Place:
    start, end = tokens[i].start, tokens[j - 1].end
    possessive = tokens[j - 1].lower.endswith("'s")
    nxt = tokens[j].lower if j < len(tokens) else ""
    if possessive:
        end -= 2
    elif cut := _glued_stop(tokens[j - 1].text):
        end = tokens[j - 1].start + cut
    elif nxt in _KEPT_NOUNS:
        end = tokens[j].end
    elif nxt.endswith("'s") and nxt[:-2] in PLACE_NOUNS and j + 1 < len(tokens):
        # "Kessa province's Varn district": the unit named next is the place
        possessive = _is_name_token(tokens[j + 1])
    if i > 0 and tokens[i - 1].lower in DIRECTIONS and tokens[i - 1].text.islower():
        start = tokens[i - 1].start
    return Place(start, end, text[start:end], canonical, possessive)


def find_places(
    text: str, start: int = 0, end: int | None = None, tokens: list[Token] | None = None
) -> list[Place]:
    """Places named in text[start:end] (one sentence is the intended unit), in order.

    ``tokens``: tokenize(text, start, end) when the caller has them already (not tokenized twice).
    """
    if tokens is None:
        tokens = tokenize(text, start, end)
    # (i, j, canonical, accepted): unknown names wait for a listed neighbour to vouch for them
    candidates: list[tuple[int, int, str | None, bool]] = []
    for i, j in _chains(tokens):
        while j - i > 1 and (tokens[j - 1].lower in _WEEKDAYS or _dated(tokens, j)):
            j -= 1  # "in Najaf Wednesday", "fled X March 3": the day a wire glues after the name
        if j - i > 1 and (tokens[i].lower in _LEADING_WORDS or tokens[i].text in ("A", "An")):
            i += 1  # "In Basrik, ...", "A Basrik offensive": the sentence's first word is no part of the name
        known = _known_spans(tokens, i, j)
        unit = _unit_before_of(tokens, i, known)
        if unit is not None:
            candidates.append((i, unit, None, True))
        if known:
            for a, b, canonical in known:
                kept: str | None = canonical
                if a > i and tokens[a - 1].text in _CITY_PREFIXES:
                    # "Port Sudan": a port named after its country is a city, not the country
                    a, kept = a - 1, None
                # keep a capitalised place noun that follows ("Idlib Province", "Kharkiv Oblast")
                while b < j and tokens[b].lower in PLACE_NOUNS:
                    b += 1
                candidates.append((a, b, kept, True))
        else:
            for a, b in _split_particles(tokens, i, j):
                if not _rejected(tokens, a, b, 0):
                    candidates.append((a, b, None, _context_says_place(tokens, a, b)))
    # "from Chuguyiv, Kharkiv, and Bogoduhiv": list members share the first one's context
    for _ in range(2):
        for k in range(len(candidates) - 1):
            left, right = candidates[k], candidates[k + 1]
            if left[3] != right[3] and _list_gap(tokens, left[1], right[0]):
                candidates[k] = (*left[:3], True)
                candidates[k + 1] = (*right[:3], True)
    places = [(i, j, _make(text, tokens, i, j, c)) for i, j, c, ok in candidates if ok]
    return _coordinate(text, tokens, places)


def _unit_before_of(tokens: list[Token], i: int, known: list[tuple[int, int, str]]) -> int | None:
    """Round 28: "the Selu Valley of Kenya's Varn County", "the Omba Hills District of Ethiopia":
    a unit named by its own place noun, then "of" and the listed place that contains it. The
    chain's known names would stand alone; the unit before them is the smaller place, the one a
    story is about. Returns the end of the unit's name, or None. Not a body ("Islamic State of
    Iraq": rejected as a nationality word) nor a noun alone ("State of Palestine")."""
    if not known:
        return None
    a = known[0][0]
    if a - i < 3 or tokens[a - 1].lower != "of":
        return None
    end = a - 1
    if tokens[end - 1].lower not in PLACE_NOUNS or not tokens[end - 1].text[:1].isupper():
        return None
    if _rejected(tokens, i, end, 0):
        return None
    return end


def _list_gap(tokens: list[Token], j: int, i: int) -> bool:
    gap = [t.lower for t in tokens[j:i]]
    if gap and gap[-1] in DIRECTIONS:
        gap = gap[:-1]
    return gap in (["and"], [","], [",", "and"], ["&"])


def _coordinate(text: str, tokens: list[Token], places: list[tuple[int, int, Place]]) -> list[Place]:
    """Join lists of places: "Chuguyiv, Kharkiv, and Bogoduhiv", "Arakan and southern Chin states"."""
    out: list[Place] = []
    k = 0
    while k < len(places):
        place = places[k][2]
        m = k
        has_and = False
        while m + 1 < len(places) and not places[m][2].possessive:
            if not _list_gap(tokens, places[m][1], places[m + 1][0]):
                break
            has_and = has_and or any(t.lower in ("and", "&") for t in tokens[places[m][1] : places[m + 1][0]])
            m += 1
        if m > k and not has_and:  # "Geneva, Switzerland" is a place and its country, not a list
            m = k
        if m > k:
            last = places[m][2]
            start, end = place.start, last.end
            place = Place(start, end, text[start:end], None, last.possessive)
        out.append(place)
        k = m + 1
    return out
