"""Word lists and context patterns for the figure extractor.

Patterns run over *windows*: the lower-cased tokens of one clause joined by single spaces, with
quotes dropped and the month "May" written as "<month>" so that it is not read as a modal.
Each trigger class says what a number near it counts:

- MOVE      people moving: fled, displaced, evacuated, crossed into, left their homes ...
- STOCK     people staying somewhere after moving: hosted, sheltering, sought refuge, in camps ...
- RETURN    people going home
- RELOCATE  people moved between sites (camps, shelters): kind "other"
- NEG       not a displacement figure: deaths, injuries, people trapped, at risk, in need,
            affected, aid caseloads, total populations ("home to")
"""

from __future__ import annotations

import re

from alerts.models import Unit
from alerts.text import tokens as text
from alerts.text.alternation import grouped
from alerts.text.substrings import holds_any
from alerts.text.tokens import word_set

# Head nouns a count can have, and the unit each one gives (README: "the noun used").
UNIT_NOUNS: dict[str, Unit] = {
    **dict.fromkeys(
        word_set(
            """
    people persons person civilians civilian residents resident inhabitants villagers citizens
    nationals migrants men women others evacuees returnees displaced herders farmers pastoralists
    nomads fishermen peasants tribespeople survivors
    """
        ),
        "people",
    ),
    "individuals": "individuals",
    "individual": "individuals",
    "families": "families",
    "family": "families",
    "households": "households",
    "household": "households",
    # situation reports abbreviate households: "2,100 HHs were displaced"
    "hhs": "households",
    **dict.fromkeys(word_set("children child kids minors boys girls orphans infants babies"), "children"),
    **dict.fromkeys(word_set("refugees refugee asylum-seekers seekers"), "refugees"),
    "idps": "idps",
    "idp": "idps",
    # a local plural with an apostrophe: "2,400 IDP's in the zone" (straight or curly)
    "idp's": "idps",
    "idp\u2019s": "idps",
    # counts of movements, not of people (README: "other"); "1,200 evacuations were completed"
    **dict.fromkeys(word_set("displacements movements crossings departures evacuations"), "other"),
}
# Nouns whose unit depends on context: "cases" counts displacements only in displacement text,
# "arrivals" are refugees when a border or refugees are in the sentence, else people.
CONTEXT_NOUNS = frozenset({"cases", "arrivals", "arrival"})

# Nationality and group nouns that count people ("1.5 million Palestinians", "409,000 Sudanese").
PEOPLE_NOUNS = word_set(
    """
    palestinians gazans syrians ukrainians sudanese congolese rohingya afghans iraqis yemenis
    somalis kurds yazidis turks arabs muslims christians venezuelans haitians ethiopians eritreans
    tigrayans burundians rwandans nigerians malians libyans lebanese jordanians israelis armenians
    azerbaijanis uyghurs uighurs bedouins alawites druze assyrians mozambicans cameroonians
    burkinabe sahrawis darfuris masalit hazaras pashtuns tamils karen rakhine chin kachin
    salvadorans hondurans guatemalans colombians nicaraguans
    """
)
# Words allowed between a number and its noun ("478 new arrivals", "two million more refugees").
NP_MODIFIERS = word_set(
    """
    more other additional new further internally displaced fleeing evacuated uprooted registered
    individual unaccompanied young elderly vulnerable terrified frightened desperate local homeless
    stranded returning returned stateless forcibly recently mostly mainly already estimated
    exhausted hungry traumatised traumatized poor destitute affected-area civilian innocent ordinary
    ethnic
    """
)
QUOTES = text.QUOTES
# Words that can never be part of the noun phrase after a number.
FUNCTION_WORDS = word_set(
    """
    the a an of in on at to for from by with into onto about as than that which who whom whose this
    these those it its they them their there here he she we our you have has had having is are was
    were be been being will would could may might must shall should can do does did not no nor or
    and but if so since until after before during while when where because also just only still
    already now then including among across per each every all both some many most such what whether
    said says say told reported according
    """
)
# Lower-case words ending in -s that are not plural nouns.
NOT_PLURALS = word_set("has was is does as this its thus us his hers yours ours gas bus plus less")

# "refugees from X", "arrivals from X": the place names the group, not where the figure is.
IDENTITY_FROM_UNITS = frozenset({"refugees"})

# People moved out of danger ("relocated to higher ground", "moved to relief camps", "moved into
# relief camps") are displaced: a move between sites is a relocation only when it does not end in
# one of these.
_TO_SAFETY = (
    r" (?:to|into) (?:the )?(?:\S+ )?(?:higher ground|safety|safer (?:\S+)|relief camps?"
    r"|evacuation (?:cent(?:re|er)s?|sites?)|shelters?|safe (?:places?|areas?|havens?|zones?)"
    # "taken to cyclone centres": the buildings a storm warning sends people to
    r"|(?:cyclone|storm|flood) (?:cent(?:re|er)s?|shelters?)(?! (?:hospitals?|clinics?)\b)"
    # "relocated 2,500 residents from the riverbank to schools": buildings opened to shelter them
    r"|schools|school buildings|public buildings)"
)
# A move to safety said after the people moved: "relocated 5,000 residents to higher ground".
TO_SAFETY = re.compile(_TO_SAFETY + r"\b")
_MOVE = (
    r"flee|flees|fled|fleeing|escape|escapes|escaped|escaping|displace|displaces|displaced|displacing"
    # "killed 12 people in the displacement camp": a camp for the displaced is no movement
    r"|displacement(?! (?:camps?|sites?|cent(?:re|er)s?|settlements?|shelters?))|displacements"
    r"|evacuate|evacuates|evacuated|evacuating|evacuations?|evacuees?"
    r"|uproot|uproots|uprooted|uprooting|expel|expels|expelled|expelling|expulsions?|deport|deports|deported|deporting"
    r"|deportations?|exodus|outflows?|influx|arrive|arrives|arrived|arriving|arrivals?|crossed|crosses"
    r"|poured|streamed|drove|driven|forced (?:out|from)|departed|departing"
    # "thousands have flocked north to the capital": a crowd's movement, with its direction
    r"|(?:flocked|flocking|flock|flocks) (?:\S+ )?(?:to|into|towards?|northwards?|southwards?|eastwards?"
    r"|westwards?|north|south|east|west|across|out of|from)"
    # (a crowd gathering is no flight: "flocked to the polls", "to the streets to protest", "to the
    # capital for the festival"; churches and stadiums may be refuges, so only a purpose rules them out)
    r"(?! (?:the |a |an )?(?:\S+ )?(?:polls|polling|ballot|streets|squares?|rall(?:y|ies)|beach(?:es)?"
    r"|markets?|shops|stores|malls?|festivals?|concerts?|celebrations?|funerals?|banks)\b)"
    r"(?!(?: \S+){0,6}? (?:to (?:protest|vote|celebrate|pray|watch|see|shop|cheer|mourn|demonstrate|rally)"
    r"|for (?:the |a |an )?(?:\S+ )?(?:festival|celebrations?|holidays?|rally|match|game|concert|vote"
    r"|election|prayers?|sales?|funeral|protests?))\b)"
    # (not a preposition before the place: "40,000 are left in the camps" is a stock that stays)
    r"|(?:leave|leaves|leaving|left|abandon|abandoned|abandoning)"
    r" (?:their |his |her |the |its |a |an )?(?:\S+ (?:or|and) )?(?:(?!(?:in|at|inside|within) )\S+ )?"
    r"(?:homes?|houses?|villages?|towns?|cities|city|country|region|area|areas|province|district|enclave|camps?"
    r"|valley|island|capital|neighbou?rhoods?|settlements?|territory|localit(?:y|ies)|communes?)"
    r"|(?:ran|running) (?:\S+ )?(?:away|for|north|south|east|west|towards?|to|from)|to run"
    # "thousands rushed for refuge in the next villages": a rush to safety is a flight
    r"|(?:rushed|rushing) (?:for (?:refuge|safety|shelter)|to safety)"
    # "500 people have been entering X every day": entries counted at a rate are an inflow (a
    # single "entered the town" may be troops or traders; a rate of entries is a crowd's flow)
    # (a daily commute, trade or school run is no inflow: "enter the city every day to work",
    # "enter the market each day")
    r"|(?:entering|entered|enter|enters) (?!(?:the |a )?(?:markets?|campus|schools?|offices?|factor(?:y|ies)"
    r"|shops?|mosques?|churches|clinics?|hospitals?)\b)(?:\S+ ){1,3}?(?:(?:every|each|per) (?:day|hour|week)"
    r"|daily)(?! (?:to (?:(?:seek|find|look for) )?(?:work|jobs?|trade|shop|sell|study|attend)"
    r"|for (?:work|jobs?|trade|school|classes|business))\b)"
    r"|pushed|pushing|(?:on|onto) the roads?|trek|trekked|trekking|on the move|made their way"
    # "spilled across the border", "headed south from X", "set off on foot from X"
    r"|(?:spilled|spilling|spill|spills) (?:across|into|over)"
    r"|(?:headed|heading|set off|setting off|set out) (?:on foot |by boat )?(?:north|south|east|west"
    r"|northwards?|southwards?|eastwards?|westwards?|from|out of)"
    # "400 people headed to the X region": people on their way to another area
    r"|(?:headed|heading) (?:to|towards?|for) (?:the )?(?:\S+ ){0,2}?(?:region|province|district|camps?)\b"
    r"|sought asylum|seeking asylum|took to the roads|homeless|(?:is|are|was|were|now|still) without homes?"
    rf"|(?:relocated|relocating|relocate|moved|moving|move|shifted|taken|evacuated)(?={_TO_SAFETY})"
    # "transferred to 12 relief camps" as "moved to" them (round twenty-five); not to schools or
    # public buildings, where pupils and staff are transferred too
    r"|transferred(?= (?:to|into) (?:the )?(?:\S+ )?(?:higher ground|safety|safer (?:places|areas|ground)"
    r"|relief camps?|evacuation (?:cent(?:re|er)s?|sites?)|shelters?|safe (?:places?|areas?|havens?|zones?)"
    r"|(?:cyclone|storm|flood) (?:cent(?:re|er)s?|shelters?))\b)"
    r"|(?:moved|relocated|shifted|taken) (?:out of|away from)|crossing (?:into|over|the border)"
    # "9,000 villagers were moved from X overnight": people moved out of a place, by the
    # authorities (not a transfer between sites: "moved from the transit centre to a camp" is a
    # relocation)
    r"|(?:been|being|were|was) (?:moved|shifted) from (?!(?:\S+ ){0,3}?(?:camps?|sites?|cent(?:re|er)s?"
    r"|shelters?|settlements?|facilit(?:y|ies)|prisons?|hospitals?|schools?|hotels?|hostels?|barracks"
    r"|reception|detention)\b)"
    r"(?!(?:\S+ ){0,6}?(?:to|into) (?:\S+ ){0,3}?(?:camps?|sites?|cent(?:re|er)s?|settlements?"
    r"|facilit(?:y|ies)|prisons?|hospitals?|apartments?|flats?|housing|hotels?|hostels?|barracks)\b)"
    # told or ordered "to leave", with no object: their homes or the area
    r"|to leave(?= (?:immediately|at once|now|within|by|before|ahead|or\b)| ?[,.;]| ?$)"
    # "4,000 ordered to leave as the fire nears" (rounds twenty-five and twenty-six): a danger
    # closing in, named by its noun or told by its verb ("as the rebel column advances"). Only
    # after an order, a force or a start (review of round twenty-five): "unable to leave", "chose
    # not to leave", "too weak to leave as the fire spread" are people who stayed
    r"|(?:(?<=ordered )|(?<=told )|(?<=urged )|(?<=asked )|(?<=forced )|(?<=made )|(?<=began )"
    r"|(?<=started )|(?<=rushed )|(?<=scrambled )|(?<=order )|(?<=orders ))"
    r"to leave(?= as (?:the |a |an )?(?:\S+ )?(?:fire|fires|flames|blaze|wildfire|storm|cyclone|typhoon"
    r"|hurricane|floods?|floodwaters|waters|river|lava|eruption|fighting|clashes|troops|army|rebels"
    r"|militants)\b"
    r"| as (?:the |a |an )?(?:\S+ ){0,2}?(?:nears|neared|approaches|approached|advances|advanced"
    r"|spreads|spread|closes in|closed in|bears down|bore down|rises|rose)\b)"
    r"|(?:taken|took|take|taking) flight"
    # "65,000 have left this week": a perfect with no object, a time or a stop after it (not
    # "has left 40,000 people in need")
    r"|(?:have|has|had) (?:already )?left(?= (?:this|last|over the|in the past|in recent|during|since"
    r"|on|within|by|yesterday|overnight|so far)\b| ?[,.;])"
    r"|at risk of (?:\S+ (?:and|or) )?(?:displacement|being displaced|eviction|being evicted"
    r"|forced displacement)"
    r"|cross into|crosses into|cross the border"
    r"|(?:from|out of) (?:their|his|her) homes?|(?:to|towards?) the (?:\S+ ){0,2}?borders?"
    # "3,000 people lost their homes in the fire": made homeless
    r"|(?:lost|lose|losing) (?:their|his|her) homes?"
    # "1,200 residents were moved from homes near the dam", "240 households have moved from their
    # villages" (round twenty-five): a move out of where people live ("moved from X to Y" is a
    # relocation, matched first above). Not the present "move from their villages" (review of
    # round twenty-five): a habit, as herders' seasonal moves, not an event
    r"|(?:moved|removed|evacuated) (?:away )?from (?:homes|houses)\b"
    r"|(?:moved|moving) (?:away )?from (?:their|his|her) (?:villages?|towns?|neighbou?rhoods?"
    r"|settlements?|farms?)\b"
    # "forced to move", "forced to relocate": a move made under force, not a planned relocation
    r"|(?:forced|compelled|obliged|made) to (?:leave|move|relocate)"
    # "deserted the village" (not "the deserted village": a determiner follows the verb)
    r"|(?:desert|deserts|deserted|deserting) (?:their|his|her|the|its) (?:\S+ )?(?:homes?|houses?|villages?"
    r"|towns?|city|cities|areas?|camps?|settlements?|neighbou?rhoods?|districts?)"
)
_STOCK = (
    r"hosts|host|hosted|hosting|shelters|sheltered|sheltering|houses|housed|housing|accommodated|accommodating"
    r"|receive|receives|received|receiving|welcomed|taken in|took in|accepted|admitted|accommodates"
    r"|(?:took|taken|take|takes|taking|seek|seeks|seeking|sought|find|found|finding)"
    r" (?:refuge|shelter|sanctuary|safety)"
    # "hundreds of people have come to X in search of safety": shelter sought, as "seeking refuge"
    r"|in search of (?:refuge|shelter|sanctuary|safety)"
    r"|refuge|crammed|packed|squeezed"
    r"|(?:living|live|lives|stay|stays|staying|remain|remains|remaining|still) in (?:\S+ ){0,4}?"
    r"(?:camps?|tents?|shelters?|settlements?|displacement|collective centres?)"
    # "1,500 evacuees still sheltering at evacuation sites", "remain in evacuation centres": people who
    # stay where a flight ended are counted as they stand (a move *to* the centres is a flight)
    # (a word that says the stay goes on: "staying in evacuation centres after floods on 18 June"
    # alone may be the flight's end)
    r"|(?:(?:still|currently|temporarily) (?:staying|living|sheltering)|remain|remains|remained|remaining"
    # "9,100 people are still at evacuation sites" (a headline drops the copula): "still" says
    # the same stay
    r"|(?:(?:are|is|were|was) )?still)"
    # (the words between stay in the one place phrase: "were still at home when the evacuation
    # centres opened" is no stay in them)
    r" (?:in|inside|at) (?:(?!(?:home|when|while|until|before|after|as|because|and|but)\b)\S+ ){0,4}?"
    r"evacuation (?:cent(?:re|er)s?|sites?|shelters?)"
    r"|in (?:\S+ ){0,2}?camps"
    # "registered in about 140 relief camps": the count of camps is part of the place phrase
    # (a count with digit groups is joined as "2 , 100")
    r"|in (?:(?:about|around|some|over|nearly|almost|roughly|more than|at least) )?\d+(?: , \d{3})* "
    r"(?:\S+ )?(?:camps|shelters|sites|cent(?:re|er)s)\b"
    # "are located across 27 sites": where a caseload stays
    r"|(?:located|situated) (?:across|in|at|within|among) (?:\S+ ){0,3}?(?:sites?|camps?|settlements?"
    r"|shelters?|collective cent(?:re|er)s?)"
    # "are now internally displaced": a state, two adverbs deep ("are now homeless", with "now"
    # alone, is the outcome of the event just told, like "left homeless": _MOVE's "homeless")
    r"|(?!(?:are|is) now (?:homeless|without homes?)\b"
    r"(?![^.;]*\b(?:years?|decades?|months) (?:after|later|on)\b))"
    r"(?:remain|remains|remained|are|is) (?:(?:now|still|already|currently|internally) ){0,2}"
    r"(?:(?:estimated|believed|thought|said|reported) to (?:be |have been )?)?(?:displaced|uprooted|homeless"
    r"|without homes?)"
    # "8,000 families who fled X have yet to go back home": a return still not made, so they
    # are still away (a stock; a recent time on the count keeps a fresh flight new, figures.py)
    r"|(?:yet|not yet) to (?:return|go back|move back|come back|go home|head home|head back)"
    r"|(?:(?<=have )|(?<=has )|(?<=had )|(?<=still ))not (?:yet )?(?:returned|gone back|moved back"
    r"|come back|gone home)"
    # "50,000 villagers remain held in camps": a participle between the stay and its place
    # (interned, confined, housed ...) keeps the stay, as "remain in camps"
    # (a participle of keeping only: "remain trapped in camps" is NEG's)
    r"|(?:remain|remains|remained|remaining) (?:held|interned|interred|confined|housed|sheltered"
    r"|accommodated|hosted|settled|lodged|quartered) (?:in|inside|at) (?:\S+ ){0,3}?"
    r"(?:camps?|tents?|shelters?|settlements?|collective cent(?:re|er)s?|sites?|schools?)"
    r"|still displaced|(?:registered |living |recognised |recognized )?as refugees"
    # "4.1 million Syrians were seeking asylum": the state of an asylum claim, in the progressive of
    # "be", is a stock like "are refugees" ("sought asylum in X after the raid" stays a flight; a
    # part of a flow just told, "4,000 of them were seeking asylum there", is read with it)
    r"|(?<!of them )(?<!of whom )(?<!of these )(?:are|is|were|was) (?:(?:now|still|currently|already) )?"
    # (a rate is a flow: "N were seeking asylum there each week" stays new)
    r"seeking asylum(?!(?: \S+){0,4} (?:each|every|a|per) (?:hour|day|week|month)\b)"
)
_RETURN = (
    # not "returned fire": soldiers shooting back
    r"(?:return|returns|returned|returning)(?! fire\b)|returnees?"
    r"|went back|go back|goes back|going back|gone back"
    r"|came back|come back"
    r"|crossed back|headed back|moved back|travell?ed back|back home"
    r"|(?:head|heads|headed|heading|went|go|going|gone) home"
    r"|coming back|repatriated|repatriation|repatriating"
)
_RELOCATE = (
    rf"(?:relocate|relocated|relocating|relocation|transfer|transferred|resettle|resettled|resettling"
    rf"|resettlement|(?:taken|moved|bussed|bused|transported)(?= to)"
    # "6,500 residents moved from X to the hills": a move between two places, read as any move
    # to (a flight when its cause is an attack or a disaster, figures.py)
    # (only the active: "were moved from the old quarter to apartments" is a transfer, read apart)
    rf"|(?<!been )(?<!were )(?<!was )(?<!being )moved(?= from (?:\S+ ){{1,3}}?to ))(?!{_TO_SAFETY}| out of"
    rf"| away from)"
)
_NEG = (
    r"kill|kills|killed|killing|dead|die|dies|died|dying|deaths?|wounded|wounding|injured|injuring"
    r"|injuries|injury|casualties|massacred|executed|lost their lives|trapped|besieged"
    # "in need" of aid, not "in need of evacuation" (a move still to be made: PROJECTED)
    r"|in need(?! of (?:urgent |immediate )?(?:evacuation|relocation)\b"
    r"(?! (?:assistance|support|aid|help)\b))"
    # "at risk of displacement" is a projection, not a caseload
    r"|at risk(?! of (?:\S+ (?:and|or) )?(?:displacement|being displaced|eviction|being evicted"
    r"|forced displacement))"
    r"|need (?:aid|assistance|help|food|protection|humanitarian|shelter)|affected"
    # the sick and wounded evacuated for care: "evacuating some 300 patients who need
    # urgent treatment", "a medical evacuation of 40 patients" (a transfer to hospital, no flight)
    r"|(?:require|requires|required|requiring|need|needs|needed|needing) (?:urgent |immediate |emergency )?"
    r"(?:medical (?:treatment|care|attention)|treatment|surgery|hospitali[sz]ation)"
    r"|medical(?:ly)? evacuat(?:ed|ion|ions)|medevac"
    # "millions of people are in the storm's path": exposed to it, like "affected" (not moved)
    # (a main clause's predicate only: "people who were in its path fled" are a flight)
    r"|(?<!who )(?<!that )(?:are|is) in (?:the |its |their )(?:\S+ ){0,2}?path\b"
    r"|fac(?:e|es|ing) (?:\S+ )?(?:hunger|famine|starvation|food insecurity|malnutrition)"
    r"|starving|starvation|hungry|food insecure|malnourished|reached (?:with|by)|been reached"
    r"|receiv\w+ (?:\S+ ){0,2}?(?:aid|assistance|food|cash|support|help|kits?|supplies|vouchers|rations"
    r"|treatment|services|care|shelter kits|items)|assistance|vaccinated|treated|benefited|benefitted"
    r"|arrested|detained|abducted|kidnapped|drowned|help|helping|helped|support|supporting|supported|assist"
    r"|assisting|assisted|provided with|given (?:aid|food|assistance|shelter|cash)|fed"
    r"|feed|feeding|serve|serving|target|targeting|targets|beneficiaries|caseload"
    r"|imprisoned|jailed|missing|infected|sick|hurt|voted|protested|protesting|attended|employed"
    r"|unemployed|enrolled|registered to vote"
    # a site's capacity counts beds, not people who moved: "the shelter can house 2,000 people"
    r"|capacity|(?:can|could|able to|designed to|built to|enough to) (?:house|host|accommodate|shelter|hold"
    r"|take in)|(?:built|designed|meant|intended|equipped) for"
    # people who stay are no flight, whatever order came: "40,000 people remain in the town"
    r"|(?:remain|remains|remained|stayed|stay|stays|staying) (?:behind|in (?:the|their) (?:\S+ )?(?:town|city"
    r"|village|homes?|houses?|enclave|district)(?!['\u2019]))"
    # "80 civilians are refusing to evacuate": they stay, whatever order came
    r"|(?:refused|refuse|refuses|refusing) to (?:leave|evacuate|flee|move|relocate"
    r"|be (?:evacuated|relocated|moved))"
)
# Total populations: not figures, unless the count itself is of displaced people ("home to 3.6
# million refugees" is a stock of refugees, located at the host).
_POP = (
    r"home to|population|populations|inhabitants"
    # "a city of", "this poor country of 11 million": the place's size, adjectives between
    r"|(?:a|an|the|this|that) (?:\S+ ){0,2}?(?:city|town|village|country|nation|region) of"
    # "500,000 people live in the district": where people live, not where they fled (camps and
    # shelters are stocks: _STOCK)
    r"|(?:live|lives|living) in (?:the|this|that|a) (?:\S+ )?(?:district|city|town|region|province|area"
    r"|country|state|village|capital|valley|county|municipality)"
)
# "30 percent of the 4 million residents": the count is the whole, not the people who moved.
PARTITIVE = re.compile(
    r"(?:%|\bper ?cent|\bpercentage|\bproportion|\bshare|\bthirds?|\bquarters?|\bhalf|\bfraction) of "
    r"(?:the |its |their |a |an )?(?:\S+'s )?$",
    re.IGNORECASE,
)
# Reaching a place counts only with the count as subject ("6,000 people reached Tawila"), not as
# object ("aid reached 2 million people").
_ARRIVE = r"reached|reach|reaches|made it to|make it to|got to|get to"
# One pass finds every trigger; at a given position the first group listed wins.
TRIGGERS = re.compile(
    rf"\b(?:(?P<NEG>{_NEG})|(?P<POP>{_POP})|(?P<ARRIVE>{_ARRIVE})|(?P<RETURN>{_RETURN})|(?P<RELOCATE>{_RELOCATE})|(?P<STOCK>{_STOCK})"
    rf"|(?P<MOVE>{_MOVE}))\b"
)

# Words that may stand between a count and its verb without breaking the link
# ("200 people who had already been forced to flee").
AUX = word_set(
    """
    who that which have has had having been be being were was are is will would could may might must
    should shall to already now reportedly also still recently newly just all forced reported
    believed said estimated thought expected feared likely soon then later began begun started
    continue continued continuing allegedly apparently mostly mainly largely since finally
    eventually subsequently ultimately reportedly each more left made rendered became become becoming
    """
)

# Projected: modal or planning language in the figure's own clause.
PROJECTED = grouped(
    re.compile(
        r"\b(?:could|would|may|might|will|shall|must|expected to|expected in|expected at|expects?|likely to"
        r"|set to|feared|fears|fear"
        # "should" only with a move it plans: "300 children should be evacuated by Friday" (not
        # "should receive aid", "should have been warned")
        r"|should (?:be )?(?:evacuated|evacuate|relocated|relocate|moved|move|leave|flee)"
        r"|risk of|plans? to|planned|planning|plan for|ordered|orders|order to|evacuation order"
        r"|to be evacuated"
        # "90,000 villagers remain in need of evacuation", "2,000 patients still need evacuation":
        # a move still to be made (not "required evacuation last year", one made)
        r"|(?:in need of|needs?|requires?|requiring|awaiting|awaits?) (?:urgent |immediate )?"
        r"(?:evacuation|relocation)"
        r"(?! (?:assistance|support|aid|help|costs?|funds?|funding)\b)"
        # "had to be relocated", "are to be relocated": an obligation to move is an order ("should be
        # evacuated" is the "should" alternative above)
        r"|to be relocated"
        r"|mandatory evacuation|evacuation (?:notices?|warnings?|alerts?)"
        # "480 children are subject to forced evacuation": a decision that will move them
        # (present only: "were subject to an evacuation in 2019" is an old event)
        r"|(?:are|is|be|remain|remains) (?:now )?subject to (?:a |an )?(?:\S+ )?(?:evacuation|relocation)"
        r"|contingency"
        r"|(?:told|instructed|asked|urged|warned|called on) to (?:leave|evacuate|relocate|move|flee|head)"
        # the people between: "told 60,000 residents of the valley to leave"
        r"|(?:told|ordered|instructed|urged|called on) (?:\S+ ){1,6}?to (?:leave|evacuate|relocate|flee|move)"
        r"|projected|projections?|forecasts?|estimates? of|scenario|prepares? for|preparing for|prepared for"
        r"|brace for|bracing for|warned that|warns that|threatens? to"
        r"|next (?:week|month|year|few days|few weeks)"
        # "preparing to evacuate 12,000 residents" (not "fled as troops prepared to attack")
        r"|(?:prepares|preparing|prepared|getting ready) to (?:evacuate|relocate|move|bus|airlift)"
        r"|in the coming (?:days|weeks|months)|if|unless|in the event of)\b"
    )
)
# Cumulative: totals since a war began, or as of a date (searched in the whole sentence).
CUMULATIVE_TIME = re.compile(
    r"\bsince (?:the |its |their )?(?:\S+ ){0,3}?(?:war|conflict|crisis|fighting|invasion|uprising|revolution"
    r"|hostilities|violence|insurgency|rebellion|occupation|siege)\b"
    r"|\bsince (?:the )?(?:beginning|start|outbreak|onset) of (?:the |its )?(?:\S+ )?(?:war|conflict|crisis"
    r"|fighting|invasion|uprising|revolution|hostilities|violence|insurgency|rebellion|occupation|siege)\b"
    # not "since it started counting arrivals": an activity's start, not the war's
    r"|\bsince (?:it|they|fighting|war) (?:began|started|broke out|erupted|reignited)\b(?! \w+ing\b)"
    # "since the junta seized power", "since the army took over": a regime's whole time
    r"|\bsince (?:the )?(?:\S+ )?(?:junta|military|army|taliban|coup leaders|generals)"
    r" (?:seized|took|grabbed) (?:power|control|over)\b|\bsince the (?:\S+ )?(?:coup|takeover)\b"
    r"|\bsince (?:early |late |mid |mid-)?(?:(?:january|february|march|april|<month>|june|july|august"
    r"|september|october|november|december) )?(?:19|20)\d\d\b"
    # "by June 7" is a recent count; "by mid-2024" a total
    r"|\bby (?:the end of |mid-|mid |early |late )?(?:\d{1,2} )?(?:january|february|march|april|<month>"
    r"|june|july|august|september|october|november|december|(?:19|20)\d\d)\b(?! \d{1,2}\b)"
    # "as of Thursday" is a recent snapshot, not a total
    r"|\bas (?:of|at)\b(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|this))"
    # "at the start of 2019 some 13 million were refugees": a year's first day, like its last,
    # dates a stock taken on it
    # (the year itself, not a season in it: "at the start of the 2024 rainy season" is a bounded
    # period; set off from the clause or opening its subject: "fighting at the start of 2024
    # forced N out" dates an event)
    r"|\bto date\b|\bin total\b|\bcumulative\b|\bat the end of (?:\S+ )?(?:19|20)\d\d\b"
    r"|\bat the (?:beginning|start) of (?:19|20)\d\d\b"
    r"(?! (?!(?:some|about|around|nearly|over|more|almost|roughly|an estimated|at least|up to)\b)[a-z])"
    r"|\b(?:over|in|during) the (?:past|last) (?:\S+ )?(?:decade|decades|years)\b"
    r"|\bover the years\b|\bfor (?:many )?(?:years|decades)\b"
)
# CUMULATIVE_TIME's literals, one held by every match (alternative by alternative: "since ", "by ",
# "as of"/"as at", "to date", "in total", "cumulative", "at the " (end, beginning, start), "the
# past"/"the last", "over the years", "for "): a text without any has no match (perf: the pattern
# opens with a word boundary and is tried at every character of every sentence with a count).
CUMULATIVE_TIME_NEEDS = (
    "since ", "by ", "as of", "as at", "to date", "in total", "cumulative", "at the ", "the past",
    "the last", "over the years", "for ",
)  # fmt: skip


def cumulative_time(text: str) -> re.Match[str] | None:
    """CUMULATIVE_TIME.search(text), skipped on a text with none of its literals."""
    return CUMULATIVE_TIME.search(text) if holds_any(text, CUMULATIVE_TIME_NEEDS) else None


# Recent: a bounded recent period in the figure's own clause.
RECENT_TIME = re.compile(
    r"\b(?:(?:past|last) (?:\S+ ){0,2}?(?:hours?|days?|weeks?|months?|night|weekend)"
    r"|this (?:week|month|year|weekend)|last (?:week|night|month)|yesterday|overnight|today|tonight"
    r"|over the weekend"
    r"|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # "two weeks ago", "a few days ago" ("years ago" is old: timing.py)
    r"|(?:\S+ ){0,2}?(?:days?|weeks?) ago"
    # "By Wednesday, the number of displaced had reached 12,000": a count up to a recent day
    r"|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # "between the evening of Monday and the morning of Wednesday": a span of recent days
    r"|(?:between|from) (?:the (?:morning|afternoon|evening|night) of )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last|the weekend)"
    r"|since (?:early |late |mid-?)?(?:january|february|march|april|<month>|june|july|august|september"
    r"|october|november|december)\b(?! (?:19|20)\d\d)"
    # "since 9 June": a day with no year (one months back is judged old before this is read)
    r"|since \d{1,2} (?:january|february|march|april|<month>|june|july|august|september|october"
    r"|november|december)\b(?! (?:19|20)\d\d)"
    # "since oct . 26" (joined words): a wire-style abbreviated month, as "since october 26"
    r"|since (?:jan|feb|aug|sept?|oct|nov|dec) \. \d{1,2}\b(?! ,? (?:19|20)\d\d)"
    r"|(?:in|during) (?:19|20)\d\d|so far this year|newly|new arrivals?|in recent (?:days|weeks)"
    r"|every day|each day|a day|per day|daily|every hour|an hour|per hour|every week|a week|per week)\b"
)
# A literal every RECENT_TIME match holds, read off its alternatives ("past"/"last" periods,
# "this week", week days and "today" hold "day", "since ...", years, "newly", "new arrivals",
# rates per day, hour or week): a text without one is not searched (perf only).
_RECENT_NEEDS = (
    "past ", "last ", "this ", "day", "night", "since ", "19", "20", "newly", "new arrival", "in recent",
    "daily", "hour", "week",
)  # fmt: skip


# The day a statement was made: "..., the government said on Tuesday".
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told (?:\S+ ){1,2}?|reported|announced|added|stated|confirmed|wrote|noted"
    r"|published|released|issued)(?: \S+)? $"
)


def reported_day(text: str, m: re.Match[str]) -> bool:
    """Does RECENT_TIME's match m in text date a statement ("said on Tuesday"), not an event?"""
    return (
        m.group().startswith(("on ", "yesterday", "today"))
        and _REPORTED_ON.search(text, max(0, m.start() - 40), m.start()) is not None
    )


# A short span the movement took: "in just 48 hours", "within days", "in less than a week",
# "in the space of ten days" (apart from RECENT_TIME, and tried after it, so that most texts
# never try the common "in"). Not weeks: "within three weeks" of a war's start counts the war's
# whole exodus, a total (the labels' reading).
_SHORT_SPAN = re.compile(
    r"\b(?:in|within) (?:the (?:space|span|course) of )?(?:just |only |less than |under |a matter of )?"
    r"(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a few|few|several) )?(?:hours|days)"
    r"|a (?:single )?week)\b"
)
_SHORT_SPAN_NEEDS = ("hours", "days", "week")


def _first(found: re.Match[str] | None, text: str) -> re.Match[str] | None:
    """The earlier of RECENT_TIME's match and a short span ("in less than a week" starts before
    the rate "a week" inside it)."""
    if not holds_any(text, _SHORT_SPAN_NEEDS):
        return found
    span = _SHORT_SPAN.search(text)
    return span if span is not None and (found is None or span.start() < found.start()) else found


def event_time(text: str) -> re.Match[str] | None:
    """recent_time, passing over the day of a statement ("..., officials said on Monday")."""
    if not holds_any(text, _RECENT_NEEDS):
        return None
    return _first(next((m for m in RECENT_TIME.finditer(text) if not reported_day(text, m)), None), text)


def recent_time(text: str) -> re.Match[str] | None:
    """RECENT_TIME.search(text), else a short span; skipped on a text that holds none of their
    literals."""
    if not holds_any(text, _RECENT_NEEDS):
        return None
    return _first(RECENT_TIME.search(text), text)


# "The IOM estimates (that) ... 8 million": a count reported as an estimate is approximate.
# Any movement word, to tell "could be displaced" (a projection) from "may face cuts" (a stock).
MOVE_WORDS = grouped(re.compile(rf"\b(?:{_MOVE})\b"))
# An order to move: people told or ordered to relocate are a planned (projected) movement.
ORDERED = re.compile(r"\b(?:told|ordered|instructed|urged|asked|called on|directed|forced)\b")
# "..., bringing the total to 40,000": the total is the figure after it.
BRINGING_TOTAL = re.compile(
    r"\b(?:bringing|brings|raising|taking|pushing) (?:the )?(?:total|number|tally|overall)"
)

ESTIMATED = re.compile(r"\b(?:estimates?|estimated|estimating|believed|thought)\b(?! of)")
# Cross-border movement: refugee outflows are stocks unless the clause dates them as recent.
CROSS_BORDER = grouped(
    re.compile(
        # "to neighbouring districts" is a move inside the country, not across a border
        r"\b(?:across the (?:\S+ )?border|(?:into|to) neighbou?ring(?! (?:districts?|villages?|towns?|areas?"
        r"|provinces?|regions?|communities|localit(?:y|ies)|count(?:y|ies)|municipalit(?:y|ies)|cities|city"
        r"|neighbou?rhoods?|camps?|communes?|governorates?|departments?)\b)|abroad|crossed into"
        r"|crossed the border|as refugees|to other countries|out of the country|fled (?:the|their) country"
        r"|left (?:the|their) country)\b"
    )
)
# Literals of ESTIMATED's and CROSS_BORDER's alternatives ("countr": country, countries), as above.
_ESTIMATED_NEEDS = ("estimat", "believed", "thought")
_CROSS_BORDER_NEEDS = ("across the ", "neighbo", "abroad", "crossed ", "as refugees", "countr")


def estimated(text: str) -> bool:
    """ESTIMATED.search(text) found a match (skipped on a text without its literals)."""
    return holds_any(text, _ESTIMATED_NEEDS) and ESTIMATED.search(text) is not None


def cross_border(text: str) -> bool:
    """CROSS_BORDER.search(text) found a match (skipped on a text without its literals)."""
    return holds_any(text, _CROSS_BORDER_NEEDS) and CROSS_BORDER.search(text) is not None


# Hosting in the clause before the figure: the figure is a stock, located at the host.
# (not the second half of a compound adjective: "the rebel-held town" says who controls it)
HOST_BEFORE = re.compile(
    r"\b(?<!-)(?:hosts|host|hosted|hosting|holds|held|sheltering|shelters|houses|housed|housing|received|receives"
    r"|receiving|refuge (?:for|to))\b"
)
# Only locates the figure ("home to", "where"): the host is the nearest place before it.
LOCATE_BEFORE = re.compile(r"\b(?:home to|where|in which)\b")
# "The number of refugees in Chad has reached 600,000": the count's noun comes before it.
# The people a running count counts: "the number of <displaced people>".
_COUNTED = (
    r"(?P<noun>refugees|idps|displaced people|displaced persons|displaced|internally displaced people"
    r"|internally displaced persons|evacuees|returnees|asylum seekers|people displaced"
    # "who had fled": the count taken up to a past day ("by Friday, the number of people who had
    # fled to X stood at ...")
    r"|(?:people|individuals|persons) who (?:have |had )?fled|displacements"
    r"|people (?:forced|driven) (?:from|out of) their homes"
    r"|people uprooted|uprooted people"
    # a flow counted as it goes: "the number of new arrivals", "of people fleeing" (bare
    # "arrivals" and "people crossing" also count tourists and migrants)
    r"|new arrivals|people fleeing)\b"
)
NUMBER_OF = re.compile(
    rf"\b(?:number|numbers|total|tally|count|figure) of (?:\S+ ){{0,2}}?{_COUNTED}(?: \S+){{0,6}}?"
    r" (?:has |have |had )?(?:reached|reaches|rose to|rises to|risen to|stands at|stood at|is|was|totals?"
    # "the numbers of people displaced are already thousands": the plural number, its own verb
    r"|are(?: already)?|is already|were"
    r"|totalled|totaled|exceeds|surpasses|tops|passes|climbs to|jumps to|increases to|grows to"
    r"|amounted to|amounts to"
    r"|climbed to|hit|passed|exceeded|topped|surpassed|jumped to|increased to|grew to|to|at"
    r"|(?:stands|stood|is|was|remains|remained) (?:now )?(?:near|close to|above|below|just over|just under)"
    # "rose from 12,000 to 20,000": the later count; "rose by 12,000 (on Monday) to 45,000": the
    # increment (a flow of the same people) and the count it reached
    r"|(?:rose|risen|rises|climbed|jumped|increased|grew|grown|swelled|surged|went up|gone up)"
    r" (?:from (?:\S+ ){1,4}?to|by(?: (?:\S+ ){1,5}?to)?))"
    r"(?: now)?(?: about| around| nearly| almost| more than| over| some)?\s*$"
)
# The same count told the other way round: "bringing to 85,000 the number of people displaced".
BROUGHT_TO = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|pushing|pushes) to"
    r"(?: about| around| nearly| almost| more than| over| some)?$"
)
NUMBER_AFTER = re.compile(
    rf"the (?:total |overall )?(?:number|total|tally|count|figure) of (?:\S+ ){{0,2}}?{_COUNTED}"
    r"|the (?:total |overall )?number (?P<who>who (?:have |had )?(?:fled|been displaced|left)"
    # "bringing to 12,000 the number forced out this week"
    r"|(?:forced|driven) (?:out|from their homes)|displaced|uprooted|evacuated)\b"
)
# "including 400 children", "among them 300 women": a part of the figure before, same status.
SUBSET = re.compile(r"\b(?:including|among them|of whom|of which|of them|mostly|mainly)\s*$", re.IGNORECASE)
# "30,000 of the 3.5 million people in Idlib": the first count is a part, the second a total.
# "2,500 of Olsk's 90,000 residents", "of the town's": a possessive names the whole as "its" does
PART_OF = re.compile(
    r"\s+of\s+(?:the|its|their|(?:the\s+)?[\w-]+['\u2019]s|an estimated|some|about|around|nearly)\s+$",
    re.IGNORECASE,
)
# "most of the town's 9,000 residents have fled": a share of a population; the number counts the
# population, not the people who moved (the share is not computed). Not "all 3,000 residents".
SHARE_OF = re.compile(
    r"\b(?:most|many|some|much|part|half|(?:a|one|two) (?:third|quarter|fifth)s?|two-thirds|three-quarters"
    r"|(?:the |a )?majority|(?:nearly|almost|virtually) all|all but|a fraction|a handful)"
    r"\s+of\s+(?:the|its|their|[\w-]+['\u2019]s|the [\w-]+['\u2019]s)(?:\s+(?:\S+\s+)?(?:estimated|some|about"
    r"|around|nearly|roughly|approximately))?\s+$",
    re.IGNORECASE,
)
# "displaced 4 million people inside the country and 6.8 million into neighbouring countries"
COORDINATED = re.compile(r"(?:,\s*|\s)and\s+$", re.IGNORECASE)
# An elliptic count that continues an earlier figure: "another 800,000", "a further 2,000".
CONTINUES = re.compile(r"\b(?:another|a further|an additional|other)\s+$", re.IGNORECASE)
ESTIMATE_OF = re.compile(
    r"\b(?:estimates?|projections?|forecasts?|planning figures?|contingency plans?|scenarios?)"
    r" (?:of|for)\s+$",
    re.IGNORECASE,
)
# Restatement of the figure before: "180 families, or about 1,000 people", "IDPs (188,390 households)".
# Also "the 40,000 are equivalent to 8,000 households", "1,500 families, comprising 9,000 people",
# "..., the equivalent of 8,000 households", "..., amounting to 8,000 households".
RESTATES = re.compile(
    r"(?:,\s*or|\bor|\(|[\u2014\u2013]|\s-|\bi\.e\.,?|\bthat is,?"
    r"|\bcorrespond(?:s|ing)? to|\bequivalent (?:to|of)|\bamounting to|,\s*(?:comprising|totall?ing))\s*$",
    re.IGNORECASE,
)
INSIDE_COUNTRY = re.compile(
    r"\b(?:inside|within) (?:the country|their (?:own )?country|[A-Z][\w-]+)|\binternally displaced\b"
)
REFUGEE_CONTEXT = re.compile(r"\b(?:refugees?|border|crossing|asylum|across|crossed)\b", re.IGNORECASE)
DISPLACEMENT_CONTEXT = re.compile(
    r"\b(?:displace\w*|refugees?|idps?|fle[de]\w*|evacu\w+|uproot\w*|exodus)\b", re.IGNORECASE
)
