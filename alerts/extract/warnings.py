"""Detect warnings of a military offensive that has not happened yet.

A warning needs an attack (a noun such as "offensive", "assault", "invasion", or a verb such as
"storm", "encircle", "use artillery on") plus something that puts it in the future: a warning or
threat verb ("warned that", "threatened"), expectation ("expected", "looming", "the prospect
of", "ahead of"), preparation ("prepares for", "gearing up for", "plans to launch"), or a modal
after it ("an offensive could trigger a massacre", "an offensive is needed"). Ultimatums ("should
leave ..., otherwise Turkey will not hesitate ...") and troops massing around a place count too.

Not warnings: attacks already under way or past and only reported ("the offensive began", "fled
the offensive", "since Russia launched an offensive"), diplomacy aiming to avoid one ("hope
the summit can avoid an assault"), and a future verb that acts on an attack already known ("will
investigate the attack"): a modal or plan must govern the attack through a verb that brings it
about ("will launch an attack", "could face an assault").

Verbs are named once, by lemma, and matched in every form (verbs.py): attack verbs ("storm",
"retake", "march on"), intention verbs ("vowed to", "seeking to") and cue verbs ("warned of",
"mulling", "awaits").

The threatened place, in this order: the attack's object, named after the attack word ("an
offensive on X", "storm X", "threaten X"; not the agent "by X", the origin "from X", or an armed
group "against Hamas", "attack X fighters"); else a place named just before it ("X's offensive"),
one that braces for or fears it ("X braces for an assault", "X residents fear"), or one with a
locative; else the place "the city" or "there" points back to; else the article's main place.
Never a speaker's seat ("officials in X", "speaking in X") or a comparison ("like the one on X").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from itertools import pairwise

from alerts.extract.places import (
    ARMED_GROUPS,
    DIRECTIONS,
    FIGHTERS,
    PLACES,
    WORLD,
    Place,
    canonical_place,
    country_of_adjective,
)
from alerts.extract.sentences import Document, prepare
from alerts.extract.verbs import ATTACK_LEMMAS, alternation, forms
from alerts.models import OffensiveWarning
from alerts.text.alternation import grouped
from alerts.text.substrings import Substrings, holds_any
from alerts.text.tokens import Joined, Token, is_capitalised, joined, joined_text, word_set

_NOUN = grouped(
    re.compile(
        r"\b(?:offensives?|assaults?|attacks?|counterattacks?|counteroffensives?|invasion|incursions?"
        r"|onslaught|battle|bombardment|storming"
        r"|(?:military|ground|land|air|cross-border) (?:operations?|campaign|action|intervention|push)"
        r"|(?:launch|launching|start|begin|carry out|conduct) (?:a |an |the |its |another )?"
        r"(?:\S+ ){0,2}operation"
        r"|war on"
        # "approved plans for a Rafah operation": a generic operation a plan is made for
        r"|(?<=plans for )(?:an? |the )?(?:\S+ )?operation|(?<=plan for )(?:an? |the )?(?:\S+ )?operation"
        # "would begin a march on the capital": generic (a protest marches too), so armed forces or a
        # place object must be in the sentence
        r"|march on)\b"
    )
)
# Literals every _NOUN match holds (perf: a sentence let in by another cue word, "troops" or
# "forces", is spared the pattern's scan).
_NOUN_NEEDS = (
    "offensive", "assault", "attack", "invasion", "incursion", "onslaught", "battle", "bombardment",
    "storming", "operation", "campaign", "action", "intervention", "push", "war on", "march on",
)  # fmt: skip
# Generic nouns with a place object or an aim: "a push on X", "an operation to retake X" (searched
# apart, only in a sentence holding one of _OBJECT_NOUN_NEEDS: perf).
# Round 32: an aim's armed agent between the attack noun and its aim ("an operation by allied
# militias to capture X"): fighters or a named armed group, so "a campaign by the company to take
# over X" stays out.
_AIM_AGENT = rf"by (?:\S+ ){{0,3}}?(?:{alternation(sorted(FIGHTERS | ARMED_GROUPS))}) "
_AGENT_THEN_AIM = re.compile(_AIM_AGENT + "to ")
_OBJECT_NOUN = re.compile(
    # "threatened land strikes on X": strikes named by their arm, not only from the air
    r"\b(?:(?:push|advance|operation|(?:air|land|missile|drone) ?strikes|airstrikes|bombing campaign)"
    r"(?= (?:on|into|towards?|against) )"
    r"|(?:operation|offensive|campaign)"
    # round 32: its armed agent may come between the noun and its aim (_AIM_AGENT)
    rf"(?= (?:{_AIM_AGENT})?"
    r"to (?:retake|recapture|reclaim|capture|seize|take|storm|liberate|clear) ))"
)
_OBJECT_NOUN_NEEDS = ("push ", "advance ", "operation ", "strikes ", "campaign ", "offensive to ")
# "the army was planning a major operation in X": a generic operation being planned (searched apart,
# only in a sentence holding "planning " or "preparing ": perf).
_PLANNED_OPERATION = re.compile(
    r"(?:(?<=planning )|(?<=preparing ))(?:an? |the |another )?(?:\S+ ){0,2}?operation\b"
)
_PLANNED_NEEDS = ("planning ", "preparing ")
# An attack verb counts only when an intention or modal governs it ("plans to use tanks to encircle").
# Verbs of intention, preparation and threat that take "to" + an attack verb ("vowed to storm").
_INTENT_LEMMAS = (
    "intend", "plan", "threaten", "vow", "pledge", "promise", "prepare", "aim", "seek", "want",
    "gear up", "hesitate", "expect",
    # a command to attack: "ordered the army to retake X"
    "order", "instruct", "command",
)  # fmt: skip
_INTENT = alternation(forms(_INTENT_LEMMAS) | {"sought"})
# "vow to take X", "will take X": "take" is an attack only with a named place as its object (the
# caller checks), unlike "take part", "take years".
_TAKE = re.compile(
    rf"\b(?:(?:{_INTENT})(?: \S+){{0,2}}? to|will|would|could|poised to|set to|about to|ready to) take"
)
_VERB = re.compile(
    r"\b(?:(?:poised|ready|set|preparing|determined|threatening|vowing|about)(?: \S+){1,3}? to"
    # "ordered his troops on Monday to march on X": a day may stand between the order and its verb
    rf"|will|would|could|may|might|shall|going to|(?:{_INTENT})(?: \S+){{0,2}}?(?: on \S+day)? to"
    r"|intentions? to"
    # round 31: a decision to come or just announced ("we will take the decision to storm X", "have
    # decided to retake X"); not a past "decided to" nor a bare "the decision to" (a recap of what
    # was then done: "the decision to invade X in 2019")
    r"|(?:decide|decides|deciding|(?:have|has) decided"
    r"|(?:will|would|shall|could|may|might|to) (?:take|make) (?:the|a) decision) to"
    r"|ready to|poised to|set to|about to|determined to|preparing for|expected to|likely to"
    r"|preparations? to|plans? to|bid to|attempt to"
    # a threat carried out to come: "if rebels follow through on their threats to take X", "could carry
    # out their threat to storm X" (not "carried out their threat": done)
    r"|(?:follow|follows|carry|carries|make|makes)"
    r" (?:through on|out|good on)(?: \S+){0,2}? threats? to"
    r"|in order to|is to|are to|(?:is|are|was|were|have|has) yet to)"
    # "will soon try to retake X": up to two of these between the modal and the verb
    r"(?: (?:soon|also|now|then|shortly|not|imminently|still|try to|attempt to)){0,2} (?:be )?"
    rf"(?:{alternation(lemma for lemma in ATTACK_LEMMAS if lemma not in ('take', 'threaten'))}"
    r"|take (?:over|control of|the city|the town)|take (?:\S+ ){1,3}by force|take the (?:fight|war|battle) to"
    # round 26: winning back told by its control ("preparing to regain control of X"), judged as
    # "take control of" is (an armed subject or a place right after: the caller)
    r"|(?:regain|retake|recover) control of"
    r"|wipe (?:\S+ ){1,2}off the map"
    # round 27: reaching a place to overthrow its rulers ("want to reach X to remove the regime")
    r"|(?:reach|get to) (?=(?:\S+ ){1,5}?to (?:remove|topple|overthrow|oust|bring down)"
    r" (?:the|his|their) (?:regime|government|president|junta)\b(?!'s)"
    # review of round 27: not by peaceful means ("... to remove the regime at the ballot box")
    r"(?! (?:\S+ )?(?:peacefully|at the ballot box|through (?:the |a )?(?:ballot|elections?|vote|talks|sit-in"
    r"|protests?|strikes?)|by (?:peaceful|democratic) means|in (?:the )?elections?)))"
    r"|(?:send|deploy) (?:\S+ )?(?:troops|forces|soldiers|tanks|the army) (?:into|to|in)"
    r"|use (?:force|military force|artillery|tanks|heavy weapons|air power|the army)|wipe out|crush"
    # "will seek to oust the militia from the town of X": forcing armed men out of a place
    r"|(?:oust|expel|drive|flush|chase) (?:\S+ ){1,4}?(?:out of|from)"
    # "vowing to raze the villages of X": razing named places
    # (round 27: settlements too, and with no article: "would burn down settlements of X")
    r"|(?:destroy|raze|burn down|flatten) (?:the )?"
    r"(?:villages?|towns?|city|communit(?:y|ies)|settlements?) of"
    # round 26: a count of settlements in a named area ("threatened to burn down three more
    # communities in X"), ending in " of"/" in" so that the caller asks for armed men
    r"|(?:destroy|raze|burn down|flatten) (?:\S+ )?(?:more |other )?"
    r"(?:villages|towns|communities|settlements) (?:in|of))\b"
    # round 26: a wait for the go-ahead before the attack ("are waiting for orders before attacking
    # X", "awaited the signal to storm X"): the attack is still to come
    r"|\b(?:wait(?:s|ing)?(?: for)?|await(?:s|ing)?) (?:the |their |final |further )?(?:orders?|signal"
    r"|green light|go-ahead|command) (?:before|to) (?:attack(?:ing)?|storm(?:ing)?|invad(?:e|ing)"
    r"|assault(?:ing)?|enter(?:ing)?|mov(?:e|ing) on|march(?:ing)? on|advanc(?:e|ing) on)\b"
    # "a plan for attacking X", "preparations for storming X": the gerund after a plan
    r"|\b(?:plans?|preparations?) (?:for|of) (?:attacking|storming|invading|retaking|recapturing|seizing"
    r"|capturing)\b"
    # an aim told by a noun, with a verb of conquest only (not "an ambition to take over the
    # port", said of a company): "signalled a desire to seize the harbour of X"
    r"|\b(?:desire|ambitions?) to (?:capture|seize|invade|storm|retake|recapture|conquer)\b"
    # a march weighed: "said they were considering marching there", "is weighing advancing on X"
    r"|\b(?:is|are|was|were|been) (?:considering|weighing|mulling|contemplating)"
    r" (?:marching|advancing) (?:on|into|to|toward|towards|there)\b"
)
# The kind of place an aim told by a noun may take: "a desire to seize the harbour town of X".
_AIM_PLACE = re.compile(
    r" (?:the |its |their )?(?:\S+ ){0,2}?(?:towns?|city|cities|capital|ports?|harbou?r|villages?|province"
    r"|region|district|island|enclave|stronghold|airport|base|border|territory|oblast|coast)\b"
)


# A base readied for an attack: "plan to use the garrison as a base to attack X" (apart from _VERB,
# whose every try it would slow; tried only with its literals).
_BASE_TO = re.compile(
    r"\bas an? (?:base|launch ?pad|launching pad|springboard|staging (?:ground|area|post|point)) to"
    rf" (?:{alternation(lemma for lemma in ATTACK_LEMMAS if lemma not in ('take', 'threaten'))})\b"
)
_BASE_NEEDS = (
    " base to ", " launchpad to ", " launch pad to ", " launching pad to ", " springboard to ", " staging ",
)  # fmt: skip
# Literals every _VERB match holds: its attack verb (joined text has single spaces, so a phrasal
# lemma is its own literal) or the first word of the other actions (perf).
_VERB_NEEDS = (
    *(lemma for lemma in ATTACK_LEMMAS if lemma not in ("take", "threaten")),
    "take ", "send ", "deploy ", "use ", "wipe out", "crush", "wipe ", "destroy ", "raze ", "burn down",
    "flatten ", "invading", "retaking", "recapturing", "seizing", "capturing", "oust ", "expel ", "drive ",
    "flush ", "chase ", "considering ", "weighing ", "mulling ", "contemplating ",
    # "a desire to conquer X" (the only alternative of _VERB with this verb; not "set out to conquer
    # X in the 1880s", which other alternatives would read as an intention)
    "desire to conquer", "ambition to conquer", "ambitions to conquer",
    # round 26: "preparing to regain control of X", "awaiting the signal before entering X"
    "regain control", "recover control", "wait",
    # round 27: "want to reach X to remove the regime" (the purpose, every such sentence holds it)
    "to remove the", "to topple the", "to overthrow the", "to oust the", "to bring down the",
)  # fmt: skip
# Verbs that put an attack noun after them in the future: warned of, feared, planned, approved.
# Not "consider": "is considered an attack" judges one that happened.
_CUE_LEMMAS = (
    "warn", "threaten", "fear", "prepare", "brace", "expect", "anticipate", "plan", "announce",
    "insist", "intend", "mull", "weigh", "approve", "authorise", "authorize", "signal",
    "ready", "gear up", "loom", "await", "predict", "foresee",
)  # fmt: skip
# Before the attack noun: warnings, threats, expectation, preparation, intention.
_BEFORE = grouped(
    re.compile(
        rf"\b(?:{alternation(forms(_CUE_LEMMAS))}|warnings|threats?|preparations?|plans"
        r"|imminent|impending|prospect|prospects|possibility|spectre|specter|risks?|dangers?|ahead of"
        r"|on the eve of|poised|ready"
        # "troops are set to begin a push on X": "set" only before a verb of starting
        r"|set to (?:launch|begin|start|mount|unleash)"
        # round 27: an attack ordered, not yet begun ("told its brigades to start an offensive on X");
        # the order as a verb only, then a verb of starting
        # (not told as begun later in the sentence: the caller, _ORDER_BEGUN)
        r"|(?:ordered|orders|ordering) (?:\S+ ){0,4}?to (?:launch|begin|start|mount|unleash|prepare)"
        r"|determined|intention|possible|potential|eventual|likely|vowed|vows|pledged|promised|anticipation"
        r"|before (?:an?|any)"
        r"|upcoming|forthcoming|next|would|could|will|may|might|ultimatum|deadline|massing|amassing|or face"
        r"|surrender|given \S+ (?:hours|days)|(?:gave|given|giving) (?:\S+ ){0,4}?\S+ (?:hours|days)"
        r"|build-up|buildup|speculation (?:about|over|of)"
        # round 27: an attack told as the forerunner of another, in apposition or as seen ("launched
        # an attack on A, a prelude to an assault on B"; not "was a prelude to the assault that
        # followed", told afterwards)
        r"|(?:(?<=, )|(?<=\bas ))an? (?:prelude|precursor) to"
        # "is considering a land invasion" (not "was considered an attack": a judgement)
        r"|(?:is|are|was|were|been) considering"
        # an outcome under a condition (checked by the caller): "in the event the siege culminates in"
        r"|culminates in|escalates into"
        # a battle declared, not yet fought: "declared a final battle to take X" (the indefinite
        # article: "declared the battle over" and "declared victory in the battle" judge one fought)
        r"|declar(?:e|es|ed|ing)(?= an? )"
        # a threat left standing: "did not rule out an offensive", "refused to rule out an assault"
        r"|(?:not|n't|refused to|refuses to|declined to|declines to) rul(?:e|ed|ing) out)\b"
    )
)
# After the attack noun: modality or necessity ("would be a disaster", "is needed", "had loomed").
_AFTER = grouped(
    re.compile(
        r"\b(?:would|could|will|may|might|is needed|was needed|are needed|is necessary|is expected"
        r"|was expected|is imminent|is looming|looms|loomed|had loomed|is likely|is planned|is coming"
        r"|has the potential|is set to|is about to|is being prepared|risks|threatens"
        r"|(?:is|was) being (?:planned|prepared|readied|considered|weighed|discussed)"
        # "a new offensive on X is on the cards", "remains on the table"
        r"|(?:is|was|remains|remained) (?:\S+ )?(?:on the cards|in the cards|on the table)"
        r"|(?:appears?|seems?|looks?) (?:\S+ly )?(?:imminent|likely|inevitable)"
        r"|(?:is|are) (?:feared|anticipated|due)"
        # "an incursion ... is increasingly likely", "is now imminent"
        r"|(?:is|was) (?:increasingly|now|highly|very|all but) (?:likely|imminent|inevitable|certain)"
        r"|is inevitable|is only a matter of time"
        # reported speech: "commanders said an offensive on X was likely before the rains"
        r"|was likely|was imminent|was inevitable|was coming|was looming|was only a matter of time"
        # given the go-ahead: "a ground operation in X was approved", "has been authorised"
        r"|(?:was|were|is|has been|have been|had been) (?:\S+ )?"
        r"(?:approved|authori[sz]ed|greenlit|green-lit))\b"
    )
)
# Near the noun, these say the attack already happened or is under way.
_PAST = grouped(
    re.compile(
        r"\b(?:began|begun|started|launched|has left|had left|have left|has killed|have killed|has sent"
        r"|has displaced|has forced|have displaced|have forced"
        r"|fled|fleeing|escaped|since|during|after|following|amid|renewed"
        r"|ongoing|continuing|continued|intensified|intensifies|escalated|under way|underway|in the wake of"
        # "the escalating offensive on X could displace more": going on
        r"|escalating|intensifying|unfolding"
        r"|press on with|pressing on with|pressed on with|push on with|keep up|keeping up|kept up|step up"
        r"|stepped up|stepping up|sustain|sustained|pursue|pursuing|carry on with|carrying on with"
        # a call to halt it: "pressed the militia to halt its offensive against X" stops one in motion (not
        # "halt plans for an offensive", "halt preparations": the attack is still ahead)
        r"|(?:halt|halts|halted|halting)(?! (?:\S+ )?(?:plans?|preparations?|build-?up)\b)"
        r"|survived|repelled|repulsed|beginning of|start of|latest|previous|recent|was launched|continues?"
        # "as the bombardment goes on", "while the battle rages": under way
        r"|goes on|going on|drags on|dragging on|rages|raging|raged|grinds on|wears on"
        r"|last (?:week|month|night|year|\w+day)|(?:could|would|might|may|should) have (?:been|\S+ed|\S+en)"
        r"|killed|wounded|injured|initiated|has initiated|mounted|carried out|has begun|have begun"
        r"|hit by|destroyed|damaged|targeted|victims of|survivors of|claimed|responsibility for|condemned"
        # its age: "the offensive, now in its third week", "in its second month"
        r"|now in its|in its (?:\S+ )?(?:day|days|week|weeks|month|months|year|years)"
        r"|(?:days|weeks|months|years) (?:old|long|into))\b"
    )
)
# Governors that turn the attack into something to avoid: diplomacy, not a warning.
_AVOID = re.compile(
    r"\b(?:avoid|avert|averting|prevent|preventing|stop|stops|stopping|halt|halts|halting|end|ending"
    r"|(?<!not )(?<!n't )(?<!to )(?:rule out|ruled out)"
    r"|no plans?|called off|postponed|cancell?ed|suspended|hold off|held off|no|not|without|instead of"
    r"|spare|spares|spared|sparing|shield|shielded|protect|protected)"
    r"(?: (?:a|an|the|any|such|further|this|that|all|to|launch|\S+-\S+|\S+ly|planned|expected|feared"
    r"|threatened|anticipated|looming|possible|potential|new|major|military|ground|its|their))*\s*$"
    # "unless the president halts the X offensive": an offensive under way, named by its place
    r"|\b(?:stop|stops|halt|halts|halted) the \S+\s*$"
)
# Deterrence, not a plan: "would respond forcefully to any attack", "retaliate against an invasion".
_DETERRENCE = re.compile(
    r"\b(?:respond|responds|responded|retaliate|retaliates|retaliation|response|reply|defend|defends"
    r"|repel|repels|resist|resists)\b(?: \S+){0,3}$"
)
# The fighter nouns as a regex alternation, for the patterns below.
_FIGHTERS = alternation(sorted(FIGHTERS))
_NEGATED = re.compile(r"\b(?:not|no|never|denied|denies|deny|ruled out|rules out)(?: \S+)? $|\bnot $")
# Armed forces as the subject of a movement verb under a modal: "troops could enter Syria".
_FORCES_MOVE = re.compile(
    rf"\b(?:{_FIGHTERS}|tanks|the enemy)(?: \S+){{0,3}}? (?:will|would"
    r"|could|may|might|(?:are|were|is|was) (?:set|poised|ready|preparing|about) to|plan to|threaten to"
    # round 27: a build-up told by its aim ("fighters, who are now regrouping and assembling to
    # enter X", "troops are massing to storm X")
    # (present only: "were massing to storm X in 2019 before the ceasefire" is told as undone)
    r"|(?:are|is) (?:now |still )?(?:\S+ and )?(?:assembling|gathering|massing|regrouping) to)"
    r"(?: \S+)? (?:enter|advance on|move into|push into|march on|attack|storm|invade"
    # "fear the enemy will advance to X": the caller checks that a place follows
    r"|(?P<onto>advance (?:to|towards?|into)))\b"
)
_GATHERING = re.compile(r"\b(?:assembling|gathering|massing|regrouping) to\b")


# Review of round 27: a gathering whose purpose or frame is peaceful ("to deliver aid", "for the
# match", "under the ceasefire deal", peacekeepers), or denied within the cue ("the army denied its
# troops are massing to attack X": the cue starts at "army", so the negation sits inside it).
_GATHERING_PEACEFUL = re.compile(
    r"\b(?:peacekeep\w*|to (?:deliver|distribute|bring) (?:\S+ )?(?:aid|food|supplies|relief)"
    r"|for the (?:\S+ )?(?:match|game|final|ceremony|festival|celebrations?|elections?|vote)|stadium"
    r"|for training|barracks"
    r"|(?:under|as part of) (?:the|a) (?:\S+ )?(?:ceasefire|truce|peace) (?:deal|agreement|accord|plan))\b"
)
_GATHERING_DENIED = re.compile(r"\b(?:not|never|denied|denies|deny|denying)\b")


def _gathering_drill(cue: str, text: str) -> bool:
    """The cue is a build-up told by its aim (round 27) in a sentence about a drill, an exercise
    or a parade, a peaceful errand, or the build-up denied."""
    return _GATHERING.search(cue) is not None and (
        _WAIT_DRILL.search(text) is not None
        or _GATHERING_PEACEFUL.search(text) is not None
        or _GATHERING_DENIED.search(cue) is not None
    )


# Armed forces going into a place under a modal or a readiness: "troops would soon operate in X",
# "the army said it was ready to go into X" (the caller checks that a place follows).
_FORCES_GO = re.compile(
    rf"\b(?:{_FIGHTERS}|tanks)(?: \S+){{0,4}}? (?:will|would|could|may|might|(?:are|is|was|were) (?:ready"
    r"|poised|set|preparing|about) to|plans? to|threatens? to|vows? to|vowed to|threatened to)"
    r"(?: \S+)? (?:operate in|go into|go in to|move in to|roll into|sweep into)\b"
)
_FORCES_GO_NEEDS = ("operate in", " go in", "move in to", "roll into", "sweep into")
# Armed forces closing on a place or threatening it outright: "rebels threaten Goma", "troops are
# closing in on the city". Only with a place as the object (the caller checks).
_FORCES_CLOSE = re.compile(
    rf"\b(?:{_FIGHTERS}|{alternation(sorted(ARMED_GROUPS))})"
    # not a facility of theirs: "an army camp on the outskirts of X" is where it stands
    r"(?! (?:base|bases|post|posts|camp|camps|barracks|headquarters|garrison|airbase|checkpoint)\b)"
    # not what befell them there: "nine gunmen were killed on the outskirts of X" is a toll
    r"(?: (?!(?:killed|wounded|injured|died|captured|arrested|detained|executed|buried|ambushed|repelled"
    r"|routed|clashed|fought|battled)\b)\S+){0,3}?"
    r" (?:threaten|threatens|threatening|are threatening|is threatening"
    r"|(?:are |is )?(?:closing|close|closes) in on|(?:are |is )?(?:bearing|bear|bears) down on"
    r"|(?:are |is |were |was )?(?:advancing|advance|advances|moving|marching|heading|pushing|racing|pressing"
    r"|converging)"
    r"(?: (?:rapidly|quickly|swiftly|steadily|fast|now|south|north|east|west|closer))? (?:on|towards?)"
    # "troops are moving closer to X": "to" only after "closer" ("moving to X" may be a relocation)
    r"|(?:are |is |were |was )?(?:moving|edging|inching|drawing|creeping|getting) closer to"
    r"|(?:are |is |now |were |was )?(?:approaching|nearing|fast approaching|rapidly approaching)"
    r"|(?:are |is |now |were |was )?(?:at the gates of|on (?:the )?outskirts of|on the edges? of"
    # "the rebels have set their sights on X"
    r"|(?:have |has |had |now )?(?:set|setting|turned|turning) (?:their|its) sights on"
    # "rebels are within 10 kilometres of X"
    r"|within (?:\S+ ){1,3}(?:miles|km|kilometres|kilometers) of"
    r"|within striking distance of|(?:have |has |had )?reached the (?:outskirts|gates|edges?) of"
    # "troops were six to nine miles outside X": a distance short of the place
    r"|(?:\S+ ){1,4}(?:miles|km|kilometres|kilometers) (?:outside|from|short of)))"
    r"(?: (?:the (?:city|town|port|capital)(?: of)?|the \S+ (?:city|town|capital)(?: of)?"
    # "fighters moving towards the province of X": an administrative unit named by its "of"
    r"|the (?:state|province|region|district|governorate|valley) of"
    # "towards the northern rebel stronghold X": the name comes after its descriptor
    r"|the (?:\S+ ){0,2}(?:stronghold|bastion|enclave)))?"
)
# An armed side that will free or liberate a place within a stated time: "the militia will free X in
# about ten days". The time is required: a readiness alone ("troops are ready to liberate X") was
# tried in the third round and raised a false alarm on the held-back part. The caller checks that a
# place follows.
_FREE = re.compile(
    rf"\b(?:{_FIGHTERS}|{alternation(sorted(ARMED_GROUPS))})(?: \S+){{0,3}}? (?:will|would|shall"
    rf"|(?:{_INTENT})(?: \S+){{0,2}}? to|(?:is|are|was|were) (?:set|poised|about) to)(?: soon)?"
    r" (?:free|liberate)(?: the (?:city|town|port|village) of)?\b"
)
_FREE_NEEDS = ("free ", "liberate ")
# Armed forces that could lose their last town within a stated time: "government troops may lose
# the only large town they still hold within a week" (the town itself may be named only in the next
# sentences: the warning then takes where the story is).
_LOSE_LAST = re.compile(
    rf"\b(?:{_FIGHTERS})(?: \S+){{0,3}}? (?:could|may|might|would|will|is set to|is likely to|risks"
    r"|is about to|stands to)(?: soon)? (?:lose|losing) (?:control of )?the (?:last|only|remaining)"
    r"(?: \S+){0,2}? (?:city|town|stronghold|bastion|garrison|foothold)\b"
)
_LOSE_NEEDS = ("lose ", "losing ")
# Armed forces said to be coming within hours: "his forces are coming tonight" (where the story is
# is the place; "troops are coming home tomorrow" is no attack).
_COMING = re.compile(
    rf"\b(?:{_FIGHTERS})(?: \S+){{0,2}}? (?:are|is|were|was|will be) coming"
    r" (?:tonight|tomorrow|soon|within (?:hours|days)|in (?:a few |the next )?(?:hours|days))\b"
)
_LOSE_WHEN = re.compile(
    r"\b(?:(?:in|within) (?:the next |the coming |a few |\S+ ){0,2}(?:days?|weeks?|hours?)|soon)\b"
)
# The time that makes it a capture announced, after the place: "in about ten days", "within
# weeks", "soon".
_FREE_WHEN = re.compile(
    r"\b(?:(?:in|within) (?:the next |a few |\S+ ){0,2}(?:days?|weeks?|hours?)|soon|shortly)\b"
)
_FIGHTING_BETWEEN = re.compile(r"\b(?:fighting|clashes|battles?|combat) (?:between|pitting)\b")
_NOT_INSIDE = re.compile(r"\b(?:not|no|never)\b")
# An advance stopped or slowed, between the forces and their move: "the rebels halted their
# advance on X" (tried on the _FORCES_CLOSE match).
_STOPPED_INSIDE = re.compile(
    r"\b(?:halt\w*|stop\w*|paus\w*|suspend\w*|abandon\w*|end(?:s|ed|ing)?|slow\w*|stall\w*|froze|frozen"
    r"|freez\w*|revers\w*|repel\w*|repuls\w*)\b"
)
# A distance that holds, between the forces and the place: "troops remain 30 km from X" is a front
# line that has not moved, not forces closing in ("troops were 10 km from X" still warns).
_HELD_DISTANCE = re.compile(
    r"\b(?:remain|remains|remained|remaining|still|stuck|bogged down)(?: \S+){0,2}?"
    r" (?:miles|km|kilometres|kilometers) (?:outside|from|short of)\b"
)
# After the place the forces move on, what says the move is spent or the fight there under way:
# "the rebels' advance on X has slowed", "advancing on X, where fighting has raged for days".
_ADVANCE_SPENT = re.compile(
    r"\s*(?:\S+ ){0,2}?(?:(?:has|have|had|was|were) (?:\S+ )?(?:slowed|stalled|halted|stopped|been halted"
    r"|been stopped|been repelled|been pushed back|ground to a halt|faltered|repelled|repulsed)"
    r"|(?:slowed|stalled|faltered|ground to a halt)"
    # told as it goes on, not as a threat: "the rebels' advance on X continued on Tuesday"
    r"|(?:continued|continues|resumed|gathered pace|gathers pace)"
    r"|, where (?:\S+ ){0,3}?(?:fighting|clashes|battles|shelling|combat)"
    r" (?:has |have |had |is |are )?(?:raged|raging|rages|continued|continues|erupted|been raging"
    r"|intensified))\b"
)
# A move told as a contested effort that is costing the movers: "troops are trying to advance towards
# the town of X, despite heavy losses". Both marks together tell a battle under way on the road to X,
# not forces closing on it (alone, "rebels are advancing on X" and "rebels are trying to advance on X"
# still warn).
_CONTESTED_EFFORT = re.compile(r"\b(?:trying|attempting|struggling|striving) to\b")
_EFFORT_COST = re.compile(
    r"\b(?:despite|in the face of) (?:\S+ ){0,2}?(?:losses|casualties|resistance|counterattacks|fire)\b"
)
_ULTIMATUM_DEMAND = re.compile(
    r"\b(?:should|must|have to|has to|need to|needs to|were told to|was told to|ordered to|given \S+ "
    r"(?:hours|days) to|until \S+ to|(?:told|ordered|urged) (?:\S+ ){1,4}?to)"
    r" (?:\S+ ){0,3}?(?:leave|withdraw|pull out|retreat|surrender|lay down|disarm|hand over|evacuate)\b"
)
# A place named as the next objective: "their next target would be X", "X is the next target".
_TARGET = re.compile(
    r"\b(?:next|new|final|ultimate|main|our|their) (?:military )?(?:target|objective|goal)s?"
    r" (?:will|would|could|may"
    r"|might|is|was|remains|appears|seems)(?: (?:now|soon|likely|probably|also|then|still))?"
    r" (?:be |to be )?(?:the (?:city|town|capital|port) of )?"
    # "our objective is to get to X": the goal named by the move that reaches it
    r"(?:to (?:get to|reach|take|capture|seize|enter|march on|liberate|retake) )?"
    # "they were aiming next for the mining hub of X"
    r"|\baim(?:ing|ed|s)? next (?:for|at)"
    r" (?:the (?:\S+ ){0,3}?(?:city|town|hub|capital|port|stronghold) of )?"
    r"|\b(?P<place>\S+) (?:(?:is|was|would be|will be|could be|may be|might be|appears to be)"
    r" (?:the |their |its |his )?(?:next|new|final|ultimate|main) (?:military )?"
    r"(?:target|objective|battleground"
    # "X will be the next to fall": the town left out
    r"|(?:(?:town|city|place|village) )?to (?:be )?"
    r"(?:attacked|targeted|stormed|captured|seized|overrun|fall))"
    # "X has been given an ultimatum" (by armed forces: the caller checks)
    r"|(?:has|have|had) been (?:given|handed|issued|served|sent)(?: with)? (?:an? |the )?(?:\S+ )?"
    r"ultimatum)\b"
)
_TARGET_NEEDS = ("target", "objective", "goal", "next", "ultimatum")
# A place feared to be the next one attacked ("residents of X fear their city could be next") or
# in the attackers' sights ("X is in the crosshairs of a new push"): with armed forces in the
# sentence or the two before (the caller checks).
_NEXT = re.compile(
    r"\b(?:fears?|feared|fearing|warn\w*|worr\w+|concerns?|concerned|afraid|expects?|expected)(?: that)?"
    r" (?:\S+ ){1,3}?(?:could|might|may|will|would) be (?:the )?next"
    # "the next targets of the militia" (not "the next ones to flee")
    r"(?: (?:targets?|victims?|ones?)\b(?! to (?:\S+ )?(?:flee|leave|go|arrive)))?\b"
    r"|\b(?P<place>\S+) (?:is|was|are|were|remains|could be|may be|might be|will be|would be|appears to be)"
    r" (?:now |firmly |squarely |also |clearly )?in (?:the|their|its|his|moscow's|russia's|the army's)"
    r" (?:crosshairs|sights)\b"
)
_BY_GANGS = re.compile(r" of (?:the |armed |rival )?gangs?\b")
_NEXT_NEEDS = ("be next", "be the next", "crosshairs", "sights")
# Fighting expected at a place: "heavy fighting is expected in X" (the caller checks the place).
_FIGHT_EXPECTED = re.compile(
    r"\b(?:fighting|clashes|battles?|combat|street battles) (?:is|are|was|were) (?:\S+ )?(?:expected"
    r"|feared|anticipated|imminent|looming) (?:in|for|around|over|near|at) "
    # the active voice, someone expecting the fighting: "commanders expected fierce clashes in X"
    r"|\b(?:expected|anticipated|feared) (?:more |further |new |renewed |heavy |fierce |violent )?"
    r"(?:fighting|clashes|battles|street battles) (?:in|around|at) "
)
# A fighter's conditional hope, the place right after the verb: "if we can capture X, the war will
# turn" (not "even if we can": a concession; armed men named in the sentence or just before).
_IF_WE_CAN = re.compile(
    # (not "enter": "once they can enter X" is said of aid convoys and residents going home)
    r"(?<!even )\b(?:if|once) (?:we|they) can (?:capture|seize|take|storm|retake|recapture|liberate)"
)
# ... not the fighting's course: "expected clashes in X to ease" (the clashes go on already).
_FIGHT_WANING = re.compile(
    r"(?:\S+ ){1,3}?to (?:ease|end|stop|subside|abate|continue|cease|die down|wind down|calm|fade|decline"
    # ... nor its growth: "expected the fighting in X to intensify" (under way already)
    r"|intensify|escalate|last|persist|drag on|go on|rage on|worsen)\b"
)
# The active voice ("police expected clashes in X") needs armed forces and no civil crowd or
# contest in its sentence, and no subject that denies it ("nobody expected", "few expected": a
# surprise told after the fighting broke out; "had expected" is silenced as a recap already).
_FIGHT_CIVIL = re.compile(
    r"\b(?:police|protest\w*|demonstrat\w*|fans|supporters|rall(?:y|ies)|match|derby|stadium|strikers"
    r"|striking|elections?|courts?|riot\w*|hooligans|students|miners|workers)\b"
)
_FIGHT_UNEXPECTED = re.compile(r"\b(?:nobody|no one|few|none|never)(?: \S+)? $")
_FIGHT_EXPECTED_NEEDS = ("expected ", "feared ", "anticipated ", "imminent ", "looming ")
# Fighting awaited by the side that prepares for it: "dug trenches around the town in anticipation
# of clashes with advancing troops" (armed forces and a place in the sentence: the caller checks).
_FIGHT_AWAITED = re.compile(
    r"\bin (?:anticipation|expectation) of (?:\S+ ){0,2}?(?:fighting|clashes|battles?|combat)"
    r" (?:with|against) (?:the )?(?:\S+ ){0,3}?(?:advancing|approaching|oncoming)\b"
)
_FIGHT_AWAITED_NEEDS = ("anticipation of", "expectation of")
_FIGHT_NEEDS = ("fighting", "clashes", "battle", "combat")
_WAR_UNLESS_NEEDS = (" there will be ", "war ", "fighting ", "arms ", "hostilities ", "attacks ")
# A massacre foretold at a place: "warned of a bloodbath in X", "fears of a massacre in the city".
_BLOODBATH = re.compile(
    r"\b(?:warn\w*|fears?|feared|fearing|predict\w*|risks?|risking|dangers?|prospect) (?:of )?"
    r"(?:a |an |another )?(?:(?!no |not )\S+ )?(?:bloodbath|blood-bath|massacre|carnage|slaughter)"
    r"(?= (?:in|at|on) )"
)
_BLOODBATH_NEEDS = ("bloodbath", "blood-bath", "massacre", "carnage", "slaughter")
# Civilians told to leave ahead of an attack: "ordered residents of X to evacuate ahead of a
# planned operation", "urging X residents to leave before the army moves in", "issued evacuation
# orders for X ahead of airstrikes" (strikes and "before it moves in" need armed forces named).
_LEAVE_AHEAD = re.compile(
    r"\b(?:(?:ordered|orders|order|ordering|urged|urges|urging|told|tells|telling|called on|calls on|warned"
    r"|warns|asked|asks|leaflets|instructed|instructs|instructing)"
    # an adverb may split the infinitive: "telling families to quickly leave the district"
    r"(?: \S+){0,8}? to (?:\S+ly )?(?:evacuate|leave|flee|move out|get out)(?: \S+){0,9}?"
    r"|(?:issued|issues|issuing|gave|gives|sent|dropped) (?:\S+ ){0,2}?evacuation"
    r" (?:orders?|warnings?|notices?)(?: \S+){0,10}?)"
    r" (?:ahead of|before) (?:a |an |the |its |any )?(?:\S+ ){0,2}?(?:operation|offensive|assault|attacks?"
    r"|incursion|invasion|push|ground operation|strikes?|airstrikes|air strikes|air raids|bombardment"
    r"|shelling"
    r"|(?:it|they|troops|forces|the army|soldiers) (?:moves?|goes|go|enters?|attacks?|advances?))\b"
)
_LEAVE_NOUN = re.compile(r"\b(?:operation|offensive|assault|attack|incursion|invasion)$")
_LEAVE_AHEAD_NEEDS = ("ahead of", "before")
_AHEAD_SPLIT = re.compile(r" (?:ahead of|before) ")
_LEAVE_NEEDS = ("to evacuate", "to leave", "to flee", "to move out", "to get out", "ly leave", "ly evacuate")
_EVACUATION_ORDER_NEEDS = ("evacuation order", "evacuation warning", "evacuation notice")
# Armed forces drawing near, said last: "residents flee X as rebels approach", "X on edge as the
# militia closes in" (the place is the sentence's; the caller checks there is one).
_AS_FORCES_NEAR = re.compile(
    rf"\bas (?:the )?(?:\S+ )?(?:{_FIGHTERS}|{alternation(sorted(ARMED_GROUPS))})"
    r"(?: columns| units| convoys)?"
    # not "advance": "civilians flee X as troops advance" is said of an assault under way in X
    r" (?:close in|closes in|approach|approaches|draw near|draws near|edge closer"
    r"|edges closer|move closer|moves closer|bear down|bears down)(?: \.)?$"
)
# A place put on alert as fighters are seen near it: "X was put on alert after rebels were spotted
# nearby" (the place is the sentence's; the caller checks there is one).
_ON_ALERT = re.compile(
    r"\b(?:was|were|is|are|has been|have been|had been|remains|remained) (?:put |placed |kept )?on"
    r" (?:\S+ )?alert (?:after|as|amid|when) (?:\S+ ){0,3}?"
    rf"(?:{_FIGHTERS}|{alternation(sorted(ARMED_GROUPS))}) (?:were |was |had been |have been |are |is )?"
    r"(?:seen|spotted|sighted|reported|massing|gathering|advancing)\b"
)
# Bodies of people or buildings that may be put on alert in a place: the alert is theirs.
_GUARDS = re.compile(
    r"\b(?:police|security|officials|authorities|troops|forces|soldiers|army|guards?|schools?|hospitals?"
    r"|embassy|embassies|airports?|banks?|businesses|shops|staff|residents)\b",
    re.IGNORECASE,
)
_AS_NEAR_NEEDS = (
    "close in",
    "closes in",
    "approach",
    "draw near",
    "draws near",
    "closer",
    "bear down",
    "bears down",
)
# A deadline to leave from armed forces is an ultimatum: "gave residents of X 48 hours to leave".
_DEADLINE = re.compile(
    r"\b(?:gave|give|gives|given|giving|issued) (?:\S+ ){0,8}?(?:\S+ (?:hours?|days?)|\S+-(?:hour|day)"
    r"|until (?:\S+ ){0,1}\S+)"
    # "a four-day deadline on Tuesday to surrender": the noun, and the day it was set
    r"(?: ultimatum| deadline)?(?: (?:on|from) \S+)?"
    # the addressee between: "a 36-hour ultimatum for the militias in X, the seat of Y, to surrender"
    r"(?:(?<=ultimatum) (?:for|to)(?: [^ .;]+){1,16}?)?"
    r" to (?:leave|evacuate|withdraw|surrender|get out|pull out|lay down)\b"
)
# "told civilians in X to leave the town within 24 hours" (civilians told, not fighters: "the
# militia was told to leave X within 48 hours" is a demand with no threat); tried apart, only
# with "within " (perf).
_TOLD_WITHIN = re.compile(
    r"\b(?:told|tells|ordered|orders|warned|warns|urged|urges) (?:all |the )?(?:\S+ )?(?:civilians|residents"
    r"|people|inhabitants|villagers|families|population)(?: \S+){0,3}? to (?:leave|evacuate|get out)"
    r"(?: \S+){0,3}? within \S+ (?:hours?|days?)\b"
)
_DEADLINE_NEEDS = ("give", "gave", "giving", "issued")
# Round 26: an ultimatum given to leave or give up a place with no count of hours ("gave the
# militia an ultimatum to surrender its positions in X"); from armed forces only (the caller).
_ULTIMATUM_TO_LEAVE = re.compile(
    r"\b(?:gave|give|gives|given|giving|issued|issues|issuing|set|sets) (?:\S+ ){0,6}?an? (?:\S+ )?ultimatum"
    # round 27: the addressee told between ("an ultimatum to all officials in X to vacate the town")
    r"(?: (?:to|for) (?:\S+ ){1,8}?| (?:\S+ ){0,3}?)"
    r"to (?:leave|evacuate|vacate|withdraw from|surrender|hand over|pull out of|abandon|quit)\b"
)
# A crowd told to leave a square is policing, not an assault on a place ("gave the protesters in X
# an ultimatum to leave the square").
# Review of round 26: a wait for orders told of a drill is no attack to come.
_WAIT_DRILL = re.compile(
    r"\b(?:drills?|exercises?|manoeuvres|maneuvers|mock|simulated|rehearsals?|parades?)\b"
)
_CROWD_ADDRESSED = re.compile(
    r"\b(?:protesters|demonstrators|strikers|squatters|students|crowds?|fans"
    # review of round 26: people told to move out are an eviction, not a town under threat ("gave
    # refugees an ultimatum to leave X", "gave the miners an ultimatum to quit the pits")
    r"|refugees|displaced|migrants|tenants|traders|vendors|miners|workers"
    # review of round 27: envoys and agencies told to go are expelled, not a town under threat
    # ("gave the ambassador an ultimatum to leave the capital", "for all NGOs in X to leave")
    r"|ambassadors?|diplomats?|envoys?|embassy|staff|ngos|agencies|journalists|correspondents)\b"
)
# Review of round 26: what the ultimatum tells them to leave is the threatened place: a place
# named right after it, a settlement or territory, or the fighters' holdings ("surrender their
# positions"); not a building, a camp, a market or a coalition ("to leave the camp in X").
_ULTIMATUM_OBJECT = re.compile(
    r" (?:the |their |its |all )?(?:\S+ )?(?:town|towns|city|capital|village|villages|area|areas|region"
    r"|district|province|territory|zone|enclave|country|positions?|bases?|weapons|arms|checkpoints?|strongholds?"
    r"|front lines?|trenches)\b"
)
# Review of round 26: the ultimatum denied a few words before ("denied it had given the militia an
# ultimatum to leave X"; _NEGATED reads one word only).
# Review of round 26: the ultimatum obeyed in the same sentence ("..., and the fighters left on
# Monday"): nothing is left to attack.
_ULTIMATUM_MET = re.compile(
    r" , (?:and|after which) (?:the \S+|they|it)(?: \S+)? (?:left|withdrew|complied|pulled out|obeyed"
    r"|surrendered|did so)\b"
)
_DENIED_SHORTLY = re.compile(r"\b(?:denied|denies|deny|denying|rejected|dismissed)(?: \S+){0,3} $")
_ULTIMATUM_THREAT = re.compile(
    r"\b(?:otherwise|or else|or face|failing which|or risk|or we will|or they will|or it will"
    r"|or be (?:attacked|stormed|targeted|bombed|crushed|wiped out|overrun|destroyed))\b"
    r"|\bwill not hesitate to\b"
)
# War unless talks begin, said by armed men: "If there are no talks by Monday, there will be war",
# "unless negotiations start this week there will be war" (an ultimatum with no place of its own).
_WAR_UNLESS = re.compile(
    r"\b(?:if (?:\S+ ){0,4}?(?:there (?:are|is) )?no (?:\S+ )?(?:talks|negotiations|dialogue|deal|agreement)"
    r"|unless (?:\S+ ){0,3}?(?:talks|negotiations|dialogue))\b(?: \S+){0,4}? (?:, )?(?:then )?"
    r"there will be (?:war|fighting)\b"
    # a threat to go back to war if a truce fails: "threatened to return to war if the truce
    # collapsed", "vowed to take up arms again should the deal fail"
    r"|\b(?:threat\w*|vow\w*|warn\w*) (?:that )?(?:\S+ ){0,2}?(?:to )?(?:return to (?:war|fighting|arms)"
    r"|resume (?:the )?(?:war|fighting|hostilities|attacks)|go back to (?:war|fighting)|take up arms again)"
    r" (?:\S+ ){0,2}?(?:if|should|unless)\b"
)
_MASSING = re.compile(
    r"\b(?:massing|amassing|massed|amassed|build-?up of|concentrating|mobilising|mobilizing)"
    r" (?:\S+ ){0,5}?(?:troops|forces|soldiers|tanks|fighters|reinforcements)\b"
    rf"|\b(?:{_FIGHTERS}|tanks|armou?r|armou?red vehicles|columns|battalions|brigades|units)(?: \S+){{0,6}}?"
    r" (?:have |had |are |were |been |seen |reported )*(?:massed|amassed|concentrated"
    r"|gathered|gathering|gather|mobilised|mobilized|massing|amassing|mass)"
    r" (?:around|near|nearby|on the outskirts of|outside|along|on the edges? of|at the gates of)\b"
    # a headline's noun: "troop build-up near X", "a military buildup around X"
    r"|\b(?:troop|military|army|militia|rebel) (?:build-?up|concentration)s? (?:\S+ )?(?:around|near|outside"
    r"|on the outskirts of|along)\b"
)
# A build-up on one side of a place: "a military buildup south of X", "troops massed west of X" (the
# caller checks that a place follows the direction: "south of the border" is no target).
_MASSING_SIDE = re.compile(
    r"\b(?:(?:troop|military|army|militia|rebel) (?:build-?up|concentration)s?"
    rf"|(?:{_FIGHTERS}|tanks|armou?red vehicles) (?:have |had |are |were |been )*(?:massed|amassed"
    r"|massing|amassing|concentrated))"
    r" (?:just |immediately )?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of\b"
)
# Forces sent at a place or moved to its edge: "has sent thousands of fighters towards X", "tanks
# have been moved to the edge of X" (tried apart, only with one of _SENT_NEEDS: perf).
_SENT = re.compile(
    r"\b(?:sent|sending|sends|deployed|deploying|deploys|dispatched|dispatching|rushed|moved|moving)"
    r" (?:\S+ ){0,5}?(?:troops|forces|soldiers|tanks|fighters|reinforcements) (?:towards?|to the (?:edges?"
    r"|outskirts|gates) of)\b"
    rf"|\b(?:{_FIGHTERS}|tanks)(?: \S+){{0,6}}? (?:have |had |are |were |been )*(?:moved|positioned"
    r"|deployed|stationed) to the (?:edges?|outskirts|gates) of\b"
)
_SENT_NEEDS = ("toward", "edge of", "edges of", "outskirts of", "gates of")
# An advance to go on, or a move into a place, under an intention or a modal: "the rebels said they
# would continue their advance to X", "the commander vowed to go into X", "the militia is now in a
# position to march into X" (a place follows; armed
# forces in the sentence: the caller checks).
_GO_ON_TO = re.compile(
    rf"\b(?:will|would|could|shall|(?:{_INTENT})(?: \S+){{0,2}}? to|ready to|poised to|set to|about to"
    r"|determined to|in a position to)(?: \S+)?"
    r" (?:(?:continue|press|press on with|push on with|resume|extend)"
    r" (?:their|its|his|the) (?:advance|march|push|offensive|drive|assault) (?:all the way )?"
    r"(?:to|towards?|on|into)"
    r"|(?:go|move|march|roll|sweep|push|send troops) (?:into|in to)"
    # "said they would keep marching on to X": a march to go on, under a modal or a vow
    r"|(?:keep|continue) (?:marching|advancing|pushing)(?: on)?(?: all the way)? (?:to|towards?|on|into)"
    # "pledged to march all the way to the port of X": a march to a place (a protest marches
    # too: the caller wants armed forces and a place; a bare "march to" is too common)
    r"|march all the way (?:to|towards?))\b"
    # "all the way to the capital, X": the place named after its descriptor
    # (also with a country's adjective: "to the Ethiopian capital X")
    r"(?: the (?:\S+ )?(?:capital|city|town|port)(?: of| ,)?)?"
)
# Round 32: a _GO_ON_TO match that carries on the side's own attack ("continue its assault on").
_OWN_ATTACK_ON = re.compile(r"\b(?:their|its|his|the) (?:advance|march|push|offensive|drive|assault)\b")
# The verb literals every _GO_ON_TO match holds (perf: " into" alone is in too many sentences).
_GO_ON_NEEDS = (
    "continue ", "press ", "resume ", "extend ", "push on with", "go into", "go in to", "move into",
    "move in to", "march into", "roll into", "sweep into", "push into", "troops into",
    "march all the way", "keep marching", "keep advancing", "keep pushing", "continue marching",
    "continue advancing", "continue pushing",
)  # fmt: skip
# A plan of attack made for a place: "has drawn up a military plan for X", "battle plans to take X".
_PLAN_FOR = re.compile(
    r"\b(?:military|attack|battle|invasion|war|assault) plans? (?:for|against|to (?:take|capture|seize"
    r"|storm|attack|retake|recapture|invade))\b"
)
_PLAN_FOR_NEEDS = (" plan for", " plans for", " plan against", " plans against", " plan to", " plans to")
# Force kept open on a place: "all options are on the table regarding X" (a place and armed forces
# in the sentence: the caller checks).
_OPTIONS = re.compile(r"\ball (?:\S+ )?options (?:are|were|remain|remained|is|was) (?:\S+ )?on the table\b")
# Substring guards (perf only): literals every match of a pattern above holds, read off its
# alternatives (the verbs after the forces; the moves of forces closing in, "outskirts of",
# distances; the threat's words; massing, build-up, concentrating, gathered, mobilising).
_FORCES_MOVE_NEEDS = (
    "enter",
    "advance on",
    "advance to",
    "advance into",
    "move into",
    "push into",
    "march on",
    "attack",
    "storm",
    "invade",
)
_FORCES_CLOSE_NEEDS = (
    "threaten", "clos", "bear", "advanc", "moving", "marching", "heading", "pushing", "racing", "pressing",
    "converging", "gates of", "outskirts of", "edge", "striking distance", "miles", "km", "kilomet",
    "approaching", "nearing", "sights on",
)  # fmt: skip
_THREAT_NEEDS = (
    "otherwise", "or else", "or face", "failing which", "or risk", "or we will", "or they will", "or it will",
    "hesitate", "or be ",
)  # fmt: skip
_MASSING_NEEDS = ("mass", "build", "concentrat", "gather", "mobilis", "mobiliz")
_ARMED = re.compile(
    r"\b(?:army|armies|troops|forces|military|militar\w+|soldiers|militants|fighters|rebels?|insurgents"
    r"|militias?|regime|junta|jihadists|gunmen|armed groups?|paramilitar\w+|tanks|artillery|air force|navy"
    r"|bandits|warlords?"
    # round 27: armed men named by the adjective ("armed herders warned they would burn down X")
    r"|armed (?:men|herders|herdsmen|youths?|gangs?|bands?|factions?|assailants|attackers|separatists)"
    r"|commanders?"
    # a national army by its usual initials ("the IDF warned residents to leave ahead of strikes")
    r"|idf"
    # not a team's position: "offensive coordinator", "offensive line"
    r"|ministry of defen[cs]e|defen[cs]e minister"
    r"|offensives?(?! (?:coordinator|line|linem[ae]n|tackle|guard|end|plays?|unit|rebound|players?"
    r"|coach))"
    r"|invasion|incursions?|bombardment|airstrikes?"
    r"|air strikes?|shelling|war|warplanes|drones?)\b",
    re.IGNORECASE,
)
_SPORT = re.compile(
    r"\b(?:match|goals?|fans|league|cup|striker|midfielder|defender|goalkeeper|referee|stadium|kick-off"
    r"|half-time|penalty|tournament|champions|coach|header|scored|fixture|final|semi-final|quarter-final"
    r"|season|squad|club|team|players?|score|scoring|points|title)\b",
    re.IGNORECASE,
)
# A work told, not news: a synopsis or review of a film, novel or series ("the story follows a
# platoon ...", "this war drama ..."); its armed men gathering or attacking are the plot.
_SYNOPSIS = re.compile(
    r"\bthe (?:story|film|movie|novel|book|series|show|play|plot|documentary) (?:follows|tells|centres"
    r"|centers|revolves)\b|\b(?:war|this) (?:drama|film|movie|epic|thriller|novel)\b|\bscreenplay\b"
    r"|\bstarring\b|\bbox office\b",
    re.IGNORECASE,
)
# A place feared to fall: "fears of the town falling into rebel hands", "could fall to the militia".
_FALL = re.compile(
    r"\b(?:fear|fears|feared|fearing|warned|warn|warns)(?: that)? (?:the (?:city|town|capital|port)|\S+)"
    r" (?:will|would|could|might|may) (?:soon |also )?fall\b"
    r"|\b(?:fears?|feared|fearing|fearful|risk|danger|threat|prospect|could|might|may|would|will|poised to"
    r"|likely to|about to|set to)(?: \S+){0,6}? (?:fall|falling) (?:into (?:\S+ ){0,2}hands|to (?:the )?"
    r"(?:rebels?|militants?|militias?|jihadists?|insurgents?|army|troops|forces|enemy|\S+ forces))"
)
# Fighting that may still reach a place: "should fighting reach the capital", "if the war spreads to X".
_REACH = re.compile(
    r"\b(?:should|if|once|when|before|in case) (?:the )?(?:fighting|violence|clashes|war|battle|offensive"
    r"|conflict|front ?line|assault|attacks?|hostilities|advance) (?:\S+ )?(?:reach|reaches"
    r"|spread|spreads|spills? over|extends?|moves?|comes?|arrives?) (?:to |into |in )?"
)
# Fighting said to be spreading to a place under a modal: "the war could soon spread to X",
# "clashes may reach X" (the caller checks a place follows).
_SPREAD = re.compile(
    r"\b(?:the )?(?:fighting|violence|clashes|war|battle|offensive|conflict|front ?line|hostilities)"
    r" (?:could|may|might|will|would|is likely to|threatens to|risks)(?: soon| also| now| yet)?"
    r" (?:spread|spill over|extend|reach|move)(?: (?:to|into))? "
)
# A place that may yet be attacked or fall: "if X is attacked", "should X fall" (the place is the
# word after the conjunction; the caller checks it is one).
# A place as the subject of a future passive: "X would be attacked if talks failed".
_PASSIVE_THREAT = re.compile(
    r"\b(?P<place>\S+) (?:will|would|could|may|might|is set to|is going to|is about to"
    r"|is expected to|is likely to|was expected to|was likely to)(?: soon| next| also)?"
    r" be (?:attacked|stormed|invaded|overrun|besieged|captured|seized|retaken|recaptured|shelled|bombed"
    r"|targeted)\b"
)
# The people or places warned that "they" will be attacked: "rebels warned two towns in Y they will
# be attacked unless ..." (the caller wants armed forces and a place among those warned).
_WARNED_PASSIVE = re.compile(
    r"\b(?:warned|warns|warning|told|tells|threatened) (?P<whom>(?:\S+ ){1,10}?)(?:that )?(?P<who>they|it)"
    r" (?:will|would|could|may|might)(?: soon| all)? be (?:attacked|stormed|invaded|overrun|targeted)\b"
)
# People, not places, warned that "they" will be attacked (journalists, aid workers, officials).
_PEOPLE_WARNED = re.compile(
    r"(?:(?:the|local|foreign|international|its|their) )?(?:journalists|reporters|aid workers"
    r"|humanitarian workers|health workers|doctors|nurses|teachers|judges|candidates|politicians|officials"
    r"|activists|staff|employees|workers|clerics|priests|lawyers|critics|witnesses|ngos)\b"
)
_SPREAD_NEEDS = (" spread", " spill over", " extend", " reach", " move")
# The conjunctions every _REACH, _IF_FORCES and _IF_ATTACKED match starts with (perf).
_CONDITION_NEEDS = ("if ", "should ", "once ", "when ", "before ", "in case ")
# The literals one of which every _expected_attack cue holds (one guard for its six patterns).
_EXPECTED_NEEDS = (
    "target",
    " ahead with",
    " forward with",
    "date ",
    "rule out",
    "ruled out",
    "pre-empt",
    "preempt",
    "forestall",
)
_EXPECTED_NEEDS_2 = ("head off", "heading off", "unknown", "unclear", "uncertain", "not known", " when ")
_PRE_EMPT_NEEDS = ("pre-empt", "preempt", "forestall", "head off", "heading off")
_WHEN_UNKNOWN_NEEDS = ("unknown", "unclear", "not known", "uncertain", " when ")  # and "undecided"
_EXPECTED_ALL = frozenset((*_EXPECTED_NEEDS, *_EXPECTED_NEEDS_2))
# The guard literals tested on every candidate sentence's joined words, found in one pass
# (warnings_in) instead of one substring search per literal.
_SENTENCE_SCAN = Substrings(
    (
        *_NOUN_NEEDS, *_OBJECT_NOUN_NEEDS, *_VERB_NEEDS, *_FORCES_MOVE_NEEDS, *_FORCES_CLOSE_NEEDS,
        *_THREAT_NEEDS, *_FORCES_GO_NEEDS, *_NEXT_NEEDS, *_LEAVE_AHEAD_NEEDS, *_BLOODBATH_NEEDS,
        *_FIGHT_NEEDS, *_FIGHT_EXPECTED_NEEDS, *_MASSING_NEEDS, *_CONDITION_NEEDS, *_LEAVE_NEEDS,
        *_EVACUATION_ORDER_NEEDS, *_FIGHT_AWAITED_NEEDS,
        *_SENT_NEEDS, *_GO_ON_NEEDS, *_PLANNED_NEEDS, *_FREE_NEEDS, *_LOSE_NEEDS, "coming",
        *_EXPECTED_ALL,
    )
)  # fmt: skip
# Armed forces in a condition: "a bloodbath if the militia storms X", "before the army enters X".
_IF_FORCES = re.compile(
    r"\b(?:if|should|once|before|in case) (?:the |a |an )?(?:\S+ ){0,2}?"
    rf"(?:{_FIGHTERS}|{alternation(sorted(ARMED_GROUPS))})"
    # "if the army were to attack X", "should the X forces (XF) decide to attack": up to three
    # words before the verb
    r" (?:\S+ ){0,3}?(?:storms?|attacks?|invades?|enters?|overruns?|seizes?|captures?|takes?|retakes?)\b"
)
# The armed men an attack is on, then where they are: "should the militia attack the army units
# stationed in X" threatens X.
_GARRISON_IN = re.compile(
    r" (?:the |their |its )?(?:\S+ ){0,2}?(?:forces|troops|units|soldiers|garrisons?|positions|bases?)"
    r"(?: (?:stationed|based|deployed|entrenched|holed up))? (?:in|at|inside)\b"
)
_IF_ATTACKED = re.compile(
    r"\b(?:if|should|once|when|in case) (?P<place>\S+(?: \S+)?) (?:is |are |were |gets |comes under )?"
    r"(?:attacked|invaded|stormed|besieged|overrun|assaulted|bombed|attack|falls|fall)\b"
)
# Said after the cue, these deny the threat: "Asked if X intends to capture the city, he said there
# were no such plans"; "... but the ministry denied it".
_DENIAL_AFTER = grouped(
    re.compile(
        r"\b(?:no such plans?|no plans?|no intention|not planning|has no (?:plan|intention)|denied|denies"
        r"|deny|dismissed|ruled out|rules out|rejected (?:the )?(?:claim|report|idea)s?|called off|averted"
        r"|abandoned"
        r"|shelved|postponed indefinitely|not (?:launch|attack|storm|invade|enter)"
        # "the offensive that many feared will not go ahead", "an attack is off the table"
        r"|(?:not|never|n't) (?:\S+ )?(?:go ahead|happen|take place|materiali[sz]e)|off the table"
        # the fear has passed: "the threat of an assault has receded", "fears ... have eased"
        r"|(?:has|have|had) (?:\S+ )?(?:receded|eased|subsided|diminished|faded|lifted|passed)"
        r"|(?:proved|proven|turned out to be) (?:\S+ )?(?:unfounded|false|baseless|wrong|mistaken|premature)"
        r"|(?:is|was|remains|seems|appears|looks) (?:\S+ )?(?:unlikely|improbable)"
        r"|(?:were|was|are|is) (?:\S+ )?(?:false|untrue|baseless|unfounded|fake|fabricated|exaggerated"
        r"|overblown|overstated|misplaced)"
        # a plan set aside: "put its planned offensive on X on hold"
        r"|on hold)\b"
    )
)
# Deterrence: what an attack would meet, said by the side that would be attacked ("any attack on
# its sites would be met with a crushing response", "would trigger a collective response").
_DETERRENT_AFTER = re.compile(
    r"^(?:\S+ ){0,3}?(?:be met with|be met by|meet with|be answered|be repelled|be repulsed|be crushed"
    r"|trigger (?:\S+ ){0,2}?(?:response|retaliation)|provoke (?:\S+ ){0,2}?(?:response|retaliation)"
    r"|draw (?:\S+ ){0,2}?(?:response|retaliation)|be considered (?:an? )?(?:act|declaration) of war"
    r"|be (?:seen|treated|regarded) as (?:an? )?(?:act|declaration) of war|cross (?:a|our|the) red line)\b"
)
# Right after the cue, the same in the simple past: "fears of an offensive subsided after the deal".
_FADED_NEAR = re.compile(
    r"^(?:\S+ ){0,6}?(?:receded|eased|subsided|diminished|faded|dissipated|evaporated|vanished|disappeared"
    # "the rebels' threat to march on X ended with a peace deal"
    r"|ended with|ended in|came to nothing|was withdrawn|was dropped|was lifted)\b"
)
# Right after the cue, in the same clause, the attack itself put off: "the planned offensive on X
# was postponed after talks" (not "fears grow as talks are suspended": another subject).
_PUT_OFF_NEAR = re.compile(
    r"^(?:(?!(?:as|while|after|because|and|but|when|since|,) )\S+ ){0,5}?"
    r"(?:was|were|has been|have been|had been|is being|is|are) (?:\S+ )?(?:postponed|delayed|deferred"
    r"|put off|cancell?ed|scrapped|suspended|shelved)\b"
)
# The verbs of a denial, in the three patterns below that read one (a report, a claim, an intent).
_DENY = "denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes"
_DENIAL_BEFORE = re.compile(
    rf"\b(?:{_DENY}"
    # "played down fears of an imminent attack", "there was no truth to reports of"
    r"|played down|plays down|playing down|downplayed|downplays|downplaying|no truth (?:to|in))"
    r" (?:\S+ ){0,3}?(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|accusations?|speculation|talk"
    r"|fears?|that)\b"
    # a denial of the clause that holds the cue: "denied it was planning an assault"
    r"|\b(?:denied|denies|deny|denying) (?:that )?(?:it|they|he|she|the \S+)(?: \S+){0,5}$"
    # review of round 26: the same when the cue is told by control ("denied it was preparing to
    # regain control of X": two words longer)
    r"|\b(?:denied|denies|deny|denying) (?:that )?(?:it|they|he|she|the \S+)(?: \S+){0,5} control of$"
    # the intent denied, a time or an adverb between: "denied on Monday any intention to mount an
    # assault on X", "flatly denies having plans to storm X"
    r"|\b(?:denied|denies|deny|denying)(?: (?!that\b)\S+){0,3}? (?:having )?(?:any |all |such )?"
    r"(?:plans?|intentions?|intent|designs?) (?:to|of|for)\b"
    # ... reaching the cue in its own clause: not "denied plans to close the border, as the army
    # prepared an assault" (a comma, "and" or "as" opens another)
    r"(?:(?! ,| ;| and\b| as\b) \S+)*$"
    # doubt and absence: "no sign of an imminent offensive", "doubt that an assault will happen",
    # "it is unlikely that the army will storm"
    r"|\bno (?:\S+ )?(?:sign|signs|indication|indications|evidence) of\b"
    # a threat judged small: "saw little risk of an attack", "the chances of an assault are slim"
    r"|\b(?:little|low|no|minimal|slim|remote|small) (?:\S+ )?(?:risk|chance|chances|likelihood|prospect"
    r"|possibility|danger|threat) (?:of|that)\b"
    r"|\b(?:doubt|doubts|doubted|doubting|unlikely|improbable)(?: that)?\b(?: \S+){0,8}$"
)
# A contrast starts a new clause: a denial before it does not reach the cue after it.
_CONTRAST = re.compile(r" (?:, )?(?:but|however|yet|while|although|though) | ; ")
_NO_ANSWER = re.compile(
    r"\b(?:declined|refused|would not|did not|wouldn't|didn't) (?:to )?(?:comment|say|answer|respond)\b"
    r"|\bno comment\b"
)
# A supposition opening the sentence, not a warning: "If the army were to attack X, ..." (an
# op-ed's hypothetical). Reported, it is a conditional warning: "the UN warned that if the army
# were to attack X, ...".
_SUPPOSED = re.compile(r"^(?:\S+ )?(?:if|even if|suppose|supposing|imagine) (?:\S+ ){1,4}?were to\b")
# A memory, not a threat: "militants would attack villages at night, residents recalled".
_REMEMBERED = re.compile(r", (?:\S+ ){0,2}(?:recalled|recalls|remembered|remembers|remembering)\b")
# ... or before it, governing it in one clause: "the general recalls planning the assault on X".
_RECALLING = re.compile(
    r"\b(?:recall|recalls|recalled|remember|remembers|remembered|recounted|recounts)"
    # in one clause: not "recalled its ambassador as / after / and ..." (a diplomatic recall)
    r"(?: (?![,;:]|(?:and|as|after|while|but|because|before|since)\b)\S+){0,6}$"
)
_QUESTION_BEFORE = re.compile(r"\b(?:asked (?:if|whether)|whether|questioned (?:if|whether))\b")
# A denial or refusal governing the attack: "the minister said the army would not launch an
# operation", "there will be no assault", "refused to attack".
_REFUSED = re.compile(
    r"\b(?:would not|will not|won't|wouldn't|will never|would never|does not|do not|did not|not|no|never"
    r"|refused to|refuses to|declined to|no longer)(?: \S+){0,2} (?:launch|attack|storm|invade|enter|start"
    r"|begin|carry out|conduct|mount|plan|intend|seek|want|assault|offensive|operation)\b"
)
# A cheap first filter: a sentence without any of these cannot hold a warning. Plain words are
# found by substring search (much faster than a regex alternation); the rest are patterns.
_CUE_WORDS = (
    "offensive", "assault", "attack", "invasion", "invade", "incursion", "onslaught", "battle",
    "bombard", "storm", "operation", "encircle", "capture", "seize", "ultimatum", "hesitate", "mass",
    "troops", "forces", "launch", "artillery", "tanks", "otherwise", "or else", "or face", "army",
    "militar", "war on", "hands", "fall to", "falls to", "march on", "advance on", "retake",
    "recapture", "overrun", "besiege", "raid", "occup", "surround", "bomb", "shell", "push into",
    "move on", "threat", "toward", "target", "objective", "hours to", "days to", "push on",
    "push against", "poised to", "to take", "will take", "could take", "would take", "strikes on",
    "strikes against", "advance to", "advance into",
    # an aim told by a noun: "a desire to conquer X" (_VERB)
    "desire to conquer", "ambition to conquer", "ambitions to conquer",
    # round 26: winning back told by its control (_VERB)
    "regain control", "recover control",
    # forces going in or near, a place next in line, fighting expected at a place
    "operate in", " go in", "move in to", "roll into", "sweep into", "approaching", "nearing", "be next",
    "crosshairs", "sights", "bloodbath", "blood-bath", "massacre", "carnage", "slaughter",
    # an armed side that will free a place within days (_FREE)
    "liberate", "will free", "to free",
    # crushing, wiping out, the junta as the actor, "a matter of time", "take the fight to"
    # (each as specific as its pattern allows: "destroyed", "junta" alone let in many sentences)
    "crush the", "off the map", "a matter of", "the fight to", "destroy the", "raze", "burn down the",
    # round 27: settlements razed with no article ("would burn down settlements of X")
    "burn down settlements", "burn down villages",
    "flatten the", "next to fall", "next to be", "buildup", "build-up", "battleground", "spread to",
    "spread into", "spill over",
    # an evacuation warning ahead of strikes, no armed noun in its sentence (_LEAVE_AHEAD)
    "evacuation warning", "evacuation order",
    # round 32: the moves _GO_ON_TO reads ("vowed it would march all the way to X", "in a position to
    # march into X"): a sentence naming its armed side as "the group" or by a name not in FIGHTERS,
    # or one whose forces are named in the sentence before, was dropped here before _GO_ON_TO saw it
    "march all the way", "march into", "keep marching", "continue marching", "keep advancing",
    "continue advancing", "keep pushing", "continue pushing",
    "fighting is", "fighting was", "clashes are", "clashes were", "combat is",
    *sorted(FIGHTERS),
)  # fmt: skip
_CUE_FORMS = (
    r"clos\w* in on|bear\w* down on|take (?:over|control)|(?:send|deploy) "
    r"|(?:if|should|once|when) \S+(?: \S+)? falls?\b"
    r"|(?:should|if|once|when|before) (?:the )?(?:fighting"
    r"|violence|clashes|war|battle|conflict|hostilities|front)"
    # fighting someone expects at a place (_FIGHT_EXPECTED's active voice)
    r"|(?:expected|anticipated|feared) (?:\S+ )?(?:fighting|clashes|battles|street battles) (?:in|around|at) "
)
_HAS_CUE = re.compile("|".join(_CUE_WORDS) + "|" + _CUE_FORMS, re.IGNORECASE)
_CUE_FORMS_LOW = re.compile(_CUE_FORMS)
# The cue words found in one pass over the document; _CUE_FORMS is tried only in a sentence that
# holds the literal one of its alternatives starts with (a match needs it, so nothing is lost).
_CUE_SCAN = Substrings(_CUE_WORDS)
_CUE_FORM_STARTS_WORDS = (
    "clos", "bear", "take ", "send ", "deploy ", "if ", "should ", "once ", "when ", "before ",
    "expected ", "anticipated ", "feared ",
)  # fmt: skip
_CUE_FORM_STARTS = Substrings(_CUE_FORM_STARTS_WORDS)
_HELPING = re.compile(r"\b(?:send|deploy)\b")
_HELPING_SENT = re.compile(r"(?:sen[dt]|deploy|dispatch|rush|mov)")
_HELP_PURPOSE = re.compile(
    r"\b(?:to|and) (?:help|protect|assist|rescue|guard|secure|support|evacuate|distribute|deliver|restore"
    r"|keep|maintain|monitor|patrol|escort|aid|feed|shelter|rebuild|clear)\b"
    r"|\b(?:flood\S*|earthquake|cyclone|relief|peacekeep\S*|rescue|stranded)\b"
)
_INDEFINITE = re.compile(r"\b(?:a|an|any|another|new|possible|potential|such)(?: \S+)?$")
# Attacks and battles that are not military: illness, crime, computers, courts, trade, disease.
_CIVIL_BEFORE = re.compile(
    r"\b(?:heart|cyber|cyber-|panic|asthma|shark|dog|bear|acid|hacker|ransomware|phishing|legal|court|courtroom"
    r"|political|diplomatic|trade|price|tariff|bidding|custody|uphill|electoral|verbal|charm|marketing"
    r"|media|pr|advertising|sales|legislative|budget|boardroom|takeover|speculative|rhetorical|currency"
    r"|locust|pest|insect"
    # terror and crime: a police matter, not a military offensive on a place
    r"|terrorist|terror|suicide|knife|gun|arson|grenade|lone-wolf)(?: \S+)?$"
)
# An offensive whose aim is to win people over is a campaign, whatever its adjective: "a personal
# offensive next week to connect with voters", "a media offensive to woo investors".
_PERSUADE_AIM = re.compile(
    r"\bto (?:connect with|win over|woo|court|charm|convince|persuade|reassure|win (?:\S+ )?(?:support|votes)"
    r"|rally support|shore up (?:\S+ )?support|sell (?:\S+ )?(?:plan|policy|policies|agenda|message|brand))\b"
)
# Operations that help or clear, not attack: their modifier says so.
_CIVIL_OPERATIONS = word_set(
    """
    relief rescue search humanitarian evacuation demining mine-clearing clearance aid vaccination
    recovery salvage airlift medical peacekeeping clean-up cleanup distribution repatriation return
    returns sting police polling
    """
)
_MILITARY_OPERATION = re.compile(r"\b(?:military|ground|land|air|cross-border|armed|army) ")
_CIVIL_AFTER = re.compile(
    # (not past a comma: "an attack on X, aid agencies warned" names the speaker after it)
    r"(?:on|against) (?:(?![,;:])\S+ ){0,2}?(?:foreigners|tourists|journalists|aid workers|minorities"
    r"|christians|muslims|jews|women|girls|schools|churches|mosques|synagogues|shipping|ships|vessels|tankers"
    # facilities and people, not a place taken by force: "more attacks on hospitals"
    r"|hospitals?|clinics?|health|medical|convoys?|aid|humanitarian|civilians|infrastructure|power"
    r"|energy|electricity|journalists?|police|polling|voters|farmers|herders|traders|markets?"
    # institutions, freedoms, money and computers: a figurative or cyber attack, not on a place
    r"|currency|currencies|the (?:pound|dollar|euro|rupee|naira|lira|shilling)|press|freedoms?|liberties"
    r"|democracy|rights|constitution|judiciary|courts?|free speech|rule of law|institutions|banks?"
    r"|(?:its|his|her|their|the government's|the state's) (?:authority|reputation|credibility|legitimacy)"
    # a word of a hyphenated modifier is no object: "an assault on the energy-rich city"
    r"|servers?|networks?|websites?|computers?|systems|databases?|accounts|elderly"
    # money and policy: "an attack on the budget", "an assault on pensions"
    r"|budgets?|spending|taxes|pensions|wages|subsidies|reforms?)\b(?!-)"
    # the noun modifies a legal one: "assault charges", "an attack complaint"
    r"|(?:charges?|complaints?|cases?|allegations?|convictions?|lawsuits?|suspects?)\b"
    # an invasion of pests: "an invasion of invasive species", "a locust invasion of farmland"
    r"|of (?:\S+ ){0,2}?(?:species|locusts|pests|rats|mosquitoes|weeds|jellyfish|algae|tourists|fields"
    r"|crops|farmland)\b"
    # an illness or a pest is the attacker: "an assault by the virus on the elderly"
    r"|by (?:the |a |an )?(?:\S+ )?(?:virus|viruses|disease|bacteria|pathogens?|locusts|pests?|hackers?)\b"
    r"|(?:against|on|over|with) (?:the |a |an )?(?:\S+ )?(?:cholera|disease|diseases|virus|pandemic|epidemic"
    r"|malaria|measles|cancer|poverty|hunger|corruption|inflation|drugs|fires?|flames|floods?|locusts|climate"
    r"|obesity|misinformation|prices|unemployment|crime|addiction|the clock|time|bureaucracy)\b"
)
# The object of an attack verb that is no place: "locusts could invade farmland", "hackers
# threatened to attack the servers".
_CIVIL_OBJECT = re.compile(
    r" (?:the |their |its |his |her )?(?:\S+ )?(?:farmland|crops|fields|harvests?|pastures?|computers?"
    r"|servers?|networks?|websites?|systems|accounts|databases?|parliament|palace|courts?|streets|city hall"
    r"|ballot box|polls"
    # facilities, vessels and people, not a place taken: "threatened to attack ships in the Red Sea"
    r"|(?:aid )?convoys?|hospitals?|clinics?|schools?|ships|vessels|shipping|tankers|bases|embassy|embassies"
    r"|aid workers|peacekeepers|polling stations?|civilians"
    # an election won: "would storm to victory"
    r"|victory|victories|triumph|re-election"
    # a business taken over: "plans to take over the X brewery"
    r"|compan(?:y|ies)|firms?|business(?:es)?|brewery|breweries|factory|factories|banks?|airlines?|clubs?"
    r"|stakes?|shares|franchise|chains?)\b(?!-)"
)
# A market won ("the firm's intentions to seize the market in X"), when no armed forces are named
# (militias "could storm the market": the town's), and not "the market town of X".
_MARKET_OBJECT = re.compile(r" (?:the |its |their )?(?:\S+ )?markets?\b(?! towns?\b)")
# The object of an attack verb that is part of a town: forces fighting for its districts are inside it.
_INSIDE_PARTS = re.compile(
    r" (?:the )?(?:remaining |other |last |rest of the )?(?:\S+ )?(?:districts|neighbou?rhoods|quarters)"
    r" (?:in|of)\b"
)
# A campaign going on or an attack made, in the clause right before its purpose ("continues to
# shell the hills in an attempt to retake X", "stormed two villages in order to recapture X",
# "went on the offensive ..., seeking to drive them from X"): the aim of fighting already reported.
# Verb and purpose share one short clause and subject: a comma, a relative or "after" clause, a new
# subject or a present or future verb between them ("the militia, which stormed two villages, is
# now seeking to take X") start the purpose of a new attempt.
_GOING_ON = re.compile(
    r"\b(?:continu(?:e|es|ed|ing) to|attacked|bombed|bombarded|shelled|stormed|pounded|raided"
    r"|went on the (?:offensive|attack)|launched|mounted|fought|battled"
    # "continued their offensive north of X in an attempt to ...", "the city was overrun ... in
    # their latest attempt to capture ...": the campaign is reported, its aim is no threat
    r"|continu(?:e|es|ed|ing) (?:their|its|the|his) (?:\S+ )?(?:offensive|assault|push|advance|campaign)"
    r"|(?:was|were|been) overrun|overran)"
    r" (?:(?!(?:which|who|whom|after|but|is|are|am|will|would|shall|can|could|may|might|now|fears?|feared)\b"
    r"|and (?:they|he|she|we|it|officials)\b)[^\s.;?!,]+ ){0,10}(?:, )?"
    r"(?:in (?:an?|its|their|the \S+ (?:latest |new |last )?) )?$"
)
_PURPOSES = ("attempt ", "bid ", "in order ", "seeking ", "sought ", "aiming ")
# "The attempt to retake X ... began ten days ago": a definite attempt whose start is reported.
_ATTEMPT_OF = re.compile(r"\b(?:the|its|their|'s) (?:\S+ )?$")
_ATTEMPT_BEGAN = re.compile(
    r"\b(?:began|started|stalled|faltered|has begun|had begun|got under ?way"
    r"|(?:is|was) (?:now )?under ?way)\b"
)
# A civilian subject right before the modal or intention: "protesters plan to march on ...", "aid
# workers will move into X", "the opposition vowed to take the fight to ...".
_CIVIL_SUBJECT = re.compile(
    r"\b(?:protesters|demonstrators|marchers|supporters|opposition|activists|workers|agencies|residents"
    r"|families|refugees|returnees|civilians|investors|companies|unions?|students|teachers|doctors|farmers"
    r"|traders|voters|pilgrims|fans|crowds|tourists)(?: (?:also|now|soon|then|still))? $"
)
_ADJECTIVAL_USE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|deeply|highly|very|so|too|as|deemed|called|considered|found"
    r"|remarks|comments|extremely|grossly|\S+ly)$"
)
_ADJECTIVE_NOUNS = word_set(
    """
    remarks comments language content posts joke jokes behaviour behavior material words slur slurs
    gesture tweet tweets message messages lyrics images image video videos statement statements
    line lineman linemen coordinator
    """
)


def _adjective(noun: str, before: str, after: str) -> bool:
    """ "remarks deemed offensive", "an offensive joke": the adjective, not the military noun."""
    if noun != "offensive":
        return False
    words = after.split(None, 2) if after else []
    following = words[0] if words else ""
    # "offensive and racist" is the adjective; "an imminent offensive and has warned ..." joins a
    # verb of the clause's subject to the noun phrase
    joined_verb = following == "and" and len(words) > 1 and words[1] in _AUXILIARIES
    return (
        bool(_ADJECTIVAL_USE.search(before))
        or following in _ADJECTIVE_NOUNS
        or (following == "and" and not joined_verb)
    )


_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might", "is", "was"})


_ARMED_LOW = re.compile(_ARMED.pattern)
# Who issues a security alert: an "attack" it warns of with no armed force named is terrorism
# feared in a city, not a military offensive on it.
_SECURITY_ALERT = re.compile(
    r"\b(?:embass(?:y|ies)|consulates?|security alert|travel (?:advisory|warning))\b", re.IGNORECASE
)
# An embassy also warns of offensives ("a Russian attack on X could come at any time"): the alert
# is terrorism only in terror wording, or for an attack "in" a city that names no target "on" it.
_TERROR_WORDING = re.compile(
    r"\b(?:terror\w*|crowded|gatherings?|hotels?|credible threats?|venues?)\b", re.IGNORECASE
)
# The register of a terrorism advisory, alone: "terrorists could strike without notice".
_NO_NOTICE = re.compile(
    r"\b(?:with (?:little|no)(?: or no)?|without(?: any)?) (?:prior )?(?:warning|notice)\b", re.IGNORECASE
)
_ATTACK_IN = re.compile(r"\battacks?\W{0,3}\s(?:in|inside)\b", re.IGNORECASE)
_ATTACK_ON = re.compile(r"\battacks?\W{0,3}\s(?:on|against)\b", re.IGNORECASE)
_SPORT_LOW = grouped(re.compile(_SPORT.pattern))
_SYNOPSIS_LOW = re.compile(_SYNOPSIS.pattern)
# A plot is told in the present ("the rebels threaten"); a sentence that reports in the past ("the
# army said on Tuesday", "commanders warned") is news again, after a film's or a book's mention too.
_REPORTED_PAST = re.compile(r"\b(?:said|told|warned|announced|threatened|vowed|declared|pledged)\b")
# Every _SYNOPSIS match holds one of these: tested first, the pattern's scan runs on few pages.
_SYNOPSIS_NEEDS = (
    "follows", "tells", "centres", "centers", "revolves", "drama", "film", "movie", "epic", "thriller",
    "novel", "screenplay", "starring", "box office",
)  # fmt: skip


def _armed(window: str) -> bool:
    """_ARMED in a lower-cased window; ASCII (nearly always) takes the case-sensitive twin, which
    finds the same words several times faster than re.IGNORECASE."""
    return (_ARMED_LOW if window.isascii() else _ARMED).search(window) is not None


# The attack noun's object said to have fallen, in a relative clause: "the attack on X, which was
# taken by the rebels", "the assault on X, which fell on Sunday".
_FALLEN_OBJECT = re.compile(
    r"(?:on|against|into|in) (?:\S+ ){1,4}?, (?:which|that) (?:\S+ )?"
    r"(?:(?:was|were|has been|had been|have been) (?:\S+ )?"
    r"(?:taken|captured|seized|overrun|retaken|recaptured)|fell)\b"
)
# An apposition after the attack noun's object that gives its age: "the offensive on X, now in its
# second week, ...", "the assault on X, which began on Monday, ...": under way.
_AGED_APPOSITION = re.compile(
    r"(?:\S+ ){0,4}?, (?:now (?:in|entering) its|(?:now )?in its (?:\S+ )?(?:day|week|month|year)s?\b"
    r"|which (?:\S+ )?(?:began|started|was launched|has been (?:under ?way|going on|raging))"
    r"|(?:launched|begun|started) (?:on|in|last|earlier))"
)
# A participle after the main clause that starts the attack: "troops landed before dawn, launching
# a long-awaited assault" (the expectation is over), unless that clause is still ahead (_AHEAD).
_LAUNCHED_BY = re.compile(
    r", (?:launching|unleashing|opening|starting|beginning|mounting) (?:an?|the|its|their)(?: \S+){0,3}\s*$"
)
_AHEAD = re.compile(
    r"\b(?:will|would|could|may|might|shall|plans?|planning|intends?|set to|about to|ready to|poised to)\b"
)
# ... or whose reach is still ahead: "launching an assault that officials fear will reach X".
_REACH_AHEAD = re.compile(
    r"(?:\S+ ){0,3}?(?:that|which) (?:\S+ ){0,3}?"
    r"(?:will|would|could|may|might|(?:is|are) (?:set|expected) to)\b"
)
# A threat lived with for years, not a new one: "residents who have long faced the threat of
# bombardment", "have lived for years under the threat of".
_LIVED_WITH = re.compile(
    r"\b(?:long|always|for (?:years|decades)) (?:faced|lived (?:with|under)|endured|under)(?: \S+){1,4}\s*$"
)
# Round 25. An attack noun set after a clause that tells the attack begun, as its apposition or
# its manner: "began an assault on X on Monday, a battle that could decide the war", "stormed X in
# an attack that could change the war" (the look ahead is of the battle begun). Not when the clause
# before is itself ahead or a threat ("will storm X, an assault that ..."; "warned it would attack
# X, an operation that could ...").
_BEGUN_APPOSED = re.compile(
    r"\b(?:began|launched|started|opened|mounted|unleashed|stormed|attacked|pushed into|entered|raided)\b"
    r"(?:(?!\b(?:will|would|could|may|might|shall|plans?|planning|intends?|threat\w*|vow\w*|warn\w*"
    r"|if|unless|ready|prepar\w*|poised|set to|about to)\b)[^.;:])*?"
    r"(?:, | in )(?:an?|the) (?:\S+ ){0,2}?$"
)


# Review of round 25. A place named in the apposed noun's own clause (a capitalised word after one
# of these words, up to the next comma or stop) that the begun clause did not name: the noun looks
# ahead to another front ("stormed A, an attack residents fear will be repeated in B"; "began an
# assault on A, an offensive commanders say will next reach B").
_TOWARD_WORDS = frozenset(
    {"on", "in", "at", "to", "toward", "towards", "into", "near", "against", "for", "reach", "take", "retake"}
    | {"capture", "capturing", "seize", "seizing"}
)


# ... and only when the clause tells the attack going on to it ("will be repeated in B", "will
# reach B"), not the war the begun attack is part of ("could change the war in B", "for B")
_ONWARD_WORDS = frozenset(
    {"reach", "reaches", "repeated", "repeat", "spread", "extend", "extended", "next", "toward", "towards"}
    | {"into", "capture", "capturing", "take", "taking", "retake", "seize", "seizing", "follow", "target"}
)


def _begun_then_apposed(before: str, tokens: list[Token], i: int) -> bool:
    """The attack noun stands in apposition to (or as the manner of) an attack the sentence has
    just told begun; ``before`` is the sentence up to the noun, ``tokens[i]`` the noun. Not when
    the noun's clause names a place the begun clause did not."""
    if _BEGUN_APPOSED.search(before[-200:]) is None:
        return False
    named = {t.lower for t in tokens[:i] if is_capitalised(t.text)}
    onward = False
    for k in range(i + 1, len(tokens)):
        if tokens[k].text in (",", ".", ";", ":", "?", "!"):
            break
        t = tokens[k]
        onward = onward or t.lower in _ONWARD_WORDS
        if (
            onward
            and is_capitalised(t.text)
            and tokens[k - 1].lower in _TOWARD_WORDS
            and t.lower not in named
        ):
            return False
    return True


# A generalisation, not a threat to a place: "planned attacks often occur in crowded places".
_HABITUAL = re.compile(
    r"(?:\S+ ){0,4}?(?:often|usually|typically|frequently|generally|commonly|tends? to)"
    r" (?:occur|happen|take place|strike|target|hit)\b"
)
# Attacks going on that may grow fiercer: "braced for even more intense assaults", "fear still
# heavier bombardment" (an author may stand between: "even more intense enemy assaults").
_FIERCER = re.compile(
    r"\b(?:even|still|yet) (?:more (?:intense|violent|ferocious|frequent|brutal|sustained)|heavier|fiercer"
    r"|deadlier|bloodier|harsher)(?: \S+)?\s*$"
)
# ... unless warned of, or set in a time still ahead: "warned of even more intense attacks on X",
# "fear still heavier bombardment of X once the truce ends" foresee a new round on X.
_WARNED_OF = re.compile(r"\bwarn(?:s|ed|ing)?\b")
_TIME_AHEAD = grouped(
    re.compile(
        r"\b(?:(?:in|over) the (?:coming|next|days ahead)|in (?:the )?days to come|once|as soon as"
        r"|within (?:days|hours|weeks)"
        r"|(?:by|from|next) (?:tomorrow|tonight|week|month)|when the \S+ (?:ends|expires|runs out))\b"
    )
)
_BEFORE_SPAN = 12  # tokens before the attack noun searched for warning words
_AFTER_SPAN = 8
# "an assault on the port of X was only days away": its verb comes after a longer object, so it is
# looked for further than _AFTER (a wider _AFTER window lost a labelled dev warning).
_AWAY = re.compile(
    r"\b(?:is|was|are|were|seemed|seems|appeared|appears) (?:only |just |now |probably |likely )?"
    r"(?:(?:a few |\S+ )?(?:days|weeks|hours) away|a (?:matter|question) of (?:time|days|weeks|hours|when))\b"
)
_AWAY_SPAN = 14
# A comparison right after the attack noun: "an all-out assault like the ones on Y and Z ..."
_COMPARED_AFTER = re.compile(r"(?:like|such as|similar to|as in|as on)\b")
_DETERMINERS = frozenset({"a", "an", "the", "any", "its", "their", "his", "her"})


def _span(tokens: list[Token], offsets: list[int], index: list[int], a: int, b: int) -> tuple[int, int]:
    """Token index range covering string positions [a, b) of a joined window."""
    first = index[bisect.bisect_right(offsets, a) - 1]
    last = index[bisect.bisect_right(offsets, max(a, b - 1)) - 1]
    return first, last + 1


def _clause_bounds(tokens: list[Token], i: int, j: int) -> tuple[int, int]:
    lo = max(0, i - _BEFORE_SPAN)
    for k in range(i - 1, lo - 1, -1):
        if tokens[k].text in (";", ".", "?", "!"):
            lo = k + 1
            break
    hi = min(len(tokens), j + _AFTER_SPAN)
    for k in range(j, hi):
        if tokens[k].text in (";", ".", "?", "!"):
            hi = k
            break
    return lo, hi


# Cues that take a verb ("will ...", "plans to ..."): they put the attack in the future only when
# that verb brings it about ("will launch an attack", "could face an assault"), not when it acts
# on one already known ("will investigate the attack", "plans to compensate victims of the attack").
_VERB_CUES = word_set(
    """
    will would could may might plans plan planned planning intend intends intention determined ready
    poised vowed vows pledged promised
    """
)
_LAUNCH = word_set(
    """
    launch launches launched launching start begin mount carry conduct unleash stage face faces facing
    see witness suffer come be become order approve authorise authorize lead wage undertake initiate
    trigger spark provoke prompt invite risk open plan prepare resort expect anticipate fear repel
    go need require mean signal herald precede follow expand extend widen broaden
    """
)
# Adverbs and infinitive markers between the cue and its verb: "will soon launch", "plans to".
# Before "attack" or "assault", these make it the verb ("vowed to attack", "would attack"): a verb
# warns only of armed forces or a place (_pattern_warning), unlike "hackers threatened to attack".
_VERB_MARKERS = frozenset({"to", "will", "would", "could", "may", "might", "shall", "can", "not", "never"})
_BETWEEN = word_set(
    "to soon also now then shortly still imminently likely possibly probably even only just not"
)
# Adjectival cues modify the attack noun itself ("a possible attack"), not a noun before it ("the
# possible consequences of the war").
_ADJECTIVE_CUES = word_set("possible potential likely next upcoming forthcoming")
_QUESTION_WORDS = word_set("whether if how why who what")
# After "is likely", "could": a verb saying the attack goes on is no warning of a new one.
_GOES_ON = re.compile(
    r" (?:to )?(?:continue|go on|last|drag on|persist|carry on|end|stop|cease|halt|wind down|conclude"
    r"|be over|be completed|be finished)\b"
)


# Conjunctions that open a new clause between a cue and an attack noun.
_CLAUSE_JOINS = frozenset({"but", "yet", "though", "although", "whereas"})
# Words that end the noun phrase an attributive participle modifies: a preposition or a conjunction
# before the attack noun makes it modify another noun ("a planned visit after the attack").
_NOT_MODIFIERS = word_set("of to for after before since during and or but with on in at by from than as")
# Nouns between a cue and the attack noun that take the attack as their own complement: the cue
# governs them, not the attack ("expected to publish a report on the attack").
_OWN_HEADS = word_set(
    """
    investigation investigations inquiry probe report reports results details aftermath anniversary
    victims survivors footage images evidence responsibility condemnation wake memory memorial toll
    video videos photos account accounts findings figures casualty casualties losses damage names
    """
)


def _governs(cue: str, gap: str) -> bool:
    """Does the cue before an attack noun govern it across the words `gap` between them?"""
    words = gap.split()
    if any(w in _OWN_HEADS for w in words):
        return False  # "announce the results of its investigation into the attack"
    joins = [k for k, (w, nxt) in enumerate(pairwise(words)) if w in _CLAUSE_JOINS and nxt in _DETERMINERS]
    if joins and "," not in words[joins[-1] :]:
        # "the numbers aid groups had been bracing for but the offensive is young": the cue's
        # object came before it (a relative clause); the noun opens a new clause after the join
        # (not an aside closed before the noun: "preparing, though the date is secret, an assault")
        return False
    if cue in _ADJECTIVE_CUES:
        return len(words) <= 2 and "of" not in words
    if cue.endswith("considering") and not _QUESTION_WORDS.isdisjoint(words):
        return False  # "is considering whether the attack was planned": a question about one made
    if cue not in _VERB_CUES:
        return True
    rest = [w for w in words if w not in _BETWEEN and not w.endswith("ly")]
    if rest and rest[0] == "for":
        rest = rest[1:]  # "poised for an all-out assault", "ready for a new offensive"
        if not rest or rest[0] in _DETERMINERS:
            return True
    if not rest or rest[0] in _DETERMINERS or rest[0] in ("another", "new", "fresh", "further", "more"):
        return True  # "plans an attack", "will be an attack"
    if "and" in rest[1:]:
        # "a plan to evacuate them and launch a ground assault": the verb after the last "and"
        last = len(rest) - 1 - rest[::-1].index("and")
        if last + 1 < len(rest) and rest[last + 1] in _LAUNCH:
            return True
    return rest[0] in _LAUNCH or rest[0].rstrip("sd") in _LAUNCH


# A participle of expectation used as an adjective after a determiner: "a planned military
# offensive", "the expected ground assault" (the cue modifies the noun; no verb governs it).
_ATTRIBUTIVE_CUES = frozenset(
    {"planned", "expected", "anticipated", "threatened", "feared", "announced", "promised", "intended"}
)
_ATTRIBUTIVE_LEAD = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)$")
# A past verb of carrying on before the cue's determiner: the planned attack is under way ("pushed
# ahead with its planned offensive on X on Sunday"; the future "will push ahead with" is _AHEAD_WITH's).
_CARRIED_ON_LEAD = re.compile(
    r"\b(?:pressed|pushed|went|moved|forged) (?:ahead|forward) with"
    r" (?:a|an|the|its|their|his|her|this|that) ?$"
)


def _attributive(before: str, start: int, end: int) -> bool:
    """before[start:end], a participle cue, stands between a determiner and the attack noun, with at
    most two plain modifiers between ("a planned military offensive", "the expected ground push")."""
    if before[start:end] not in _ATTRIBUTIVE_CUES or not _ATTRIBUTIVE_LEAD.search(before, 0, start - 1):
        return False
    words = before[end:].split()
    # not "a planned visit to the site of the attack"
    return len(words) <= 2 and all(
        w.isalpha() and w not in _DETERMINERS and w not in _NOT_MODIFIERS for w in words
    )


# "a renewed offensive" is a new one (feared or threatened), "the renewed offensive" is under way.
_NEW_ROUND = re.compile(
    r"\b(?:a|an|another|any|anticipate|anticipates|anticipated|anticipating|expect|expects|expecting)"
    r" (?:\S+ )?(?:renewed|resumed|intensified|escalated)"
    # whose author: "a renewed Russian assault", "anticipate renewed government offensives"
    r"(?: (?:[a-z]+(?:an|ese|ish|i)|government|army|military|regime|rebel|militia))?$"
)
# Its start announced in the clause before the attack noun, past the cue that governs it:
# "announcing the start of the widely anticipated offensive" has begun ("speculation about the
# launch of an offensive" has not: the caller reads this only with nothing before the start).
_START_ANNOUNCED = re.compile(
    r"\b(?:announc\w*|declar\w*|marked|marks|marking|heralded|proclaim\w*) the (?:official )?"
    r"(?:start|beginning|launch|opening|onset) of(?: \S+){0,4}$"
)
# After the noun these time the attack, not put it in the past: "an assault on X after the
# ceasefire collapsed", "an offensive during winter would be catastrophic".
_TIMING_ONLY = frozenset({"after", "following", "during", "amid"})


# "vowed to intensify its offensive in X": only an offensive already going on is intensified. Read
# only right before the attack noun (not in _PAST, which is also read after it: "an assault on X to
# intensify pressure on the government" intensifies the pressure, not the assault).
_INTENSIFY_BEFORE = re.compile(r"\bintensify(?: \S+){0,2}$")


def _past_before(near_before: str) -> bool:
    if "intensify" in near_before and _INTENSIFY_BEFORE.search(near_before):
        return True
    past = _PAST.search(near_before)
    if past is not None and past.group() in _TIMING_ONLY:
        past = next(reversed(list(_PAST.finditer(near_before))), None)  # the last one decides
    if past is None or _NEW_ROUND.search(near_before):
        return False
    # "amid fears of an attack": the time word governs the fear, a cue after it, not the attack
    return not (past.group() in _TIMING_ONLY and _BEFORE.search(near_before, past.end()))


# After the attack noun (its subject), a perfect tense says it happened: "the offensive had made
# the crisis worse", "the assault has cut off the city". Not before it: "officials have warned of";
# nor right after "and", whose verb shares the clause's subject ("intelligence points to an imminent
# offensive and has warned that ..." is said by the intelligence).
_PERFECT_AFTER = re.compile(
    r"^(?:\S+ ){0,2}?(?<!\band )(?<!\bbut )(?:has|have|had) "
    # not "has been approved", "has been planned for weeks": given the go-ahead, still ahead
    r"(?!been (?:\S+ )?(?:approved|authori[sz]ed|greenlit|green-lit|planned|prepared|readied)\b)"
    r"(?:already |now |also |since )?(?:\w+ed|\w+en|made|left|sent|brought"
    r"|caused|led|hit|cut|put|become|been|run|spread|torn|struck|swept|forced|kept)\b"
)


# A feeling the prospect stirs: "an expected incursion into X has alarmed aid groups" (said of a
# prospective attack, not a sign that it happened).
_STIRRED = re.compile(
    r"\b(?:has|have|had) (?:\S+ )?(?:alarmed|worried|frightened|terrified|unsettled|rattled"
    r"|spooked|raised fears|raised concerns|sparked fears|sparked concern|stoked fears)\b"
)
_PROSPECTIVE = re.compile(
    r"\b(?:expected|possible|potential|looming|threatened|planned|imminent|impending|anticipated|feared"
    r"|likely)(?: \S+)?$"
)


def _past_after(near_after: str, near_before: str = "") -> bool:
    if _PERFECT_AFTER.search(near_after) and not (
        _STIRRED.search(near_after) and _PROSPECTIVE.search(near_before)
    ):
        return True
    if (
        holds_any(near_after, _ENDS_SOON_NEEDS)
        and _ENDS_SOON.search(near_after)
        and not (_INDEFINITE.search(near_before) or _PROSPECTIVE.search(near_before))
    ):
        return True  # "analysts predict the offensive on X will end within weeks": under way
    # "preparations for an offensive on X are under way": the preparations go on, not the attack
    prepared = "preparation" in near_before
    # "its largest operation yet in the ongoing civil war": the war goes on, not the attack
    war = [m.span() for m in _SURROUNDING_WAR.finditer(near_after)] if "ongoing" in near_after else []
    return any(
        m.group() not in _TIMING_ONLY
        and not (prepared and m.group() in _PREPARED_ONLY)
        and not any(a <= m.start() < b for a, b in war)
        for m in _PAST.finditer(near_after)
    )


# Its end foreseen, the attack (a definite one: the caller checks) as subject with a time, not a
# consequence: "the offensive on X will end within weeks", "... would be over by summer" (not "would
# end in a bloodbath", "could end the truce"; "a ground offensive would end quickly" is a threat).
_ENDS_SOON = re.compile(
    r"\b(?:will|would|could|may|might|should) (?:soon |quickly |shortly )?(?:end|be over|finish|wind down)"
    r"(?= (?:within|by|before|soon|quickly|shortly|in (?:\S+ )?(?:days|weeks|months))\b| ?[,.;]| ?$)"
)


# (the verbs every _ENDS_SOON match holds, after the modal's space)
_ENDS_SOON_NEEDS = (" end", " be over", " finish", " wind down")


_SURROUNDING_WAR = re.compile(
    # (the window after the noun may end inside it: "yet in the ongoing civil")
    r"\b(?:in|of|during) the ongoing\b(?! (?:offensive|assault|attack|operation|invasion|incursion|siege))"
)


_PREPARED_ONLY = frozenset({"under way", "underway", "ongoing", "continue", "continues", "continuing"})


def _past_apposition(tokens: list[Token], j: int, hi: int) -> int:
    """Extend the window after the attack noun past an apposition: "an offensive on X, the last
    rebel stronghold in the north, is expected" (the verb comes after the second comma)."""
    commas = [k for k in range(j, min(len(tokens), j + 20)) if tokens[k].text == ","]
    if len(commas) >= 2 and commas[0] - j <= 4 and commas[1] - commas[0] <= 12:
        end = commas[1] + 1
        for k in range(commas[0], min(len(tokens), end + _AFTER_SPAN)):
            if tokens[k].text in (";", ".", "?", "!"):
                return max(hi, k)
        return max(hi, min(len(tokens), end + _AFTER_SPAN))
    return hi


def _name_then_time(tokens: list[Token], k: int, index: list[int]) -> bool:
    """A name by its shape (up to three capitalised words, "el-Vasko") starts at joined word k,
    and the time of _FREE_WHEN comes right after it (past a comma or an ellipsis)."""
    if k >= len(index):
        return False
    first = run = index[k]
    while run < len(tokens) and run - first < 3 and _name_shaped(tokens[run].text):
        run += 1
    if run == first:
        return False
    rest = " ".join(t.lower for t in tokens[run : run + 8] if t.text not in (",", "…", "...", "."))
    hit = _FREE_WHEN.match(rest)
    return hit is not None


def _name_run(tokens: list[Token], k: int) -> str | None:
    """The name by its shape that starts at token k (up to three words), or None."""
    run = k
    while run < len(tokens) and run - k < 3 and _name_shaped(tokens[run].text):
        run += 1
    return " ".join(t.text for t in tokens[k:run]) if run > k else None


def _name_shaped(word: str) -> bool:
    return is_capitalised(word) or ("-" in word and is_capitalised(word.split("-", 1)[1]))


def _past_aim(tokens: list[Token], j: int, hi: int) -> int:
    """Extend the window after the attack noun past its aim ("an offensive to retake X from the
    militants ... is imminent"), up to twice the usual span, stopping at a comma or a stop."""
    end = min(len(tokens), j + 2 * _AFTER_SPAN)
    for k in range(j, end):
        if tokens[k].text in (";", ".", "?", "!", ","):
            return max(hi, k)
    return max(hi, end)


_RISK_WORDS = frozenset({"risk", "risks", "danger", "dangers"})


# Round 27: an ordered attack told as begun later in its sentence ("ordered his troops to begin the
# offensive on X, which has since killed hundreds") was carried out; one ordered with no armed men
# in the sentence is a game's ("ordered the players to launch an attack").
_ORDER_BEGUN = re.compile(
    r"\b(?:since|began|begun|started|killed|kills|was launched|got under way|is under way|are under way)\b"
)


# Review of round 27: the order itself denied a few words before it ("denied he had ordered the
# troops to launch an assault on X"; the clause window starts after "denied").
_ORDER_DENIED = re.compile(r"\b(?:not|never|denied|denies|deny|denying)(?: \S+){0,3} $")


def _order_begun(cue: str, text: str, noun_start: int, noun_end: int) -> bool:
    """The cue is an order to start an attack (round 27) and the rest of the sentence, from
    ``noun_end``, tells that attack as begun, or the sentence names no armed men, or the order
    is denied (the order is the last one before the noun at ``noun_start``)."""
    if not cue.startswith("order"):
        return False
    at = text.rfind("order", 0, noun_start)
    return (
        _ORDER_BEGUN.search(text, noun_end) is not None
        or not _armed(text)
        or _ORDER_DENIED.search(text, max(0, at - 40), at) is not None
    )


# Round 27: the attack a forerunner leads to, told as past ("a precursor to their assault on X
# last spring", "... in 2016").
_FORERUNNER_PAST = re.compile(
    r"\b(?:last (?:week|month|year|spring|summer|autumn|fall|winter)|(?:that|which) (?:followed|began"
    r"|lasted|started)|in (?:19|20)\d\d|years? ago|months? ago"
    # review of round 27: "..., which took place in May", "... that month" (told afterwards)
    r"|(?:that|which) (?:took place|came|ended|was launched)|that (?:same )?(?:day|week|month|year))\b"
)


def _forerunner_past(cue: str, text: str, noun_end: int) -> bool:
    """The cue calls the attack another's forerunner (round 27) and the sentence, from
    ``noun_end``, dates that attack in the past."""
    forerunner = cue.endswith(("prelude to", "precursor to"))
    return forerunner and _FORERUNNER_PAST.search(text, noun_end) is not None


# Round 27: a relative clause that holds the attack noun, closed by a comma before the modal:
# "the forces, which served in the Y offensive, will take part" (the modal is the main clause's).
_RELATIVE_OPEN = re.compile(r"\b(?:which|who) [^,;]*$")


def _closes_relative(text: str, noun_start: int, after: str, post_start: int) -> bool:
    """The modal after the noun (at ``post_start`` in ``after``) follows only a comma, and the
    noun stands in a relative clause (its comma may be missing: "the Division which served in Y
    offensive, will take part")."""
    return after[:post_start].strip() == "," and _RELATIVE_OPEN.search(text, 0, noun_start) is not None


def _noun_warning(
    words: Joined, present: set[str], places_of: Callable[[], list[Place]] | None = None
) -> tuple[int, int, int] | None:
    """Token range of the cue, and the attack noun, when an attack noun is prospective, in the
    sentence whose joined words (the Document's, shared with the figures) are ``words``;
    ``present``: _SENTENCE_SCAN's literals found in them.
    ``places_of``: the sentence's places, read only for a generic noun ("operation", "push")."""
    tokens, text, offsets, index = words.tokens, words.text, words.offsets, words.index
    found = list(_NOUN.finditer(text)) if not present.isdisjoint(_NOUN_NEEDS) else []
    if not present.isdisjoint(_OBJECT_NOUN_NEEDS):
        found = sorted(found + list(_OBJECT_NOUN.finditer(text)), key=lambda hit: hit.start())
    if "operation" in present and not present.isdisjoint(_PLANNED_NEEDS):
        found = sorted(found + list(_PLANNED_OPERATION.finditer(text)), key=lambda hit: hit.start())
    for m in found:
        i, j = _span(tokens, offsets, index, m.start(), m.end())
        if i > 0 and tokens[i - 1].lower in _VERB_MARKERS and m.group() in ("attack", "assault"):
            continue  # "threatened to attack", "would attack": the verb, judged with its object
        lo, hi = _clause_bounds(tokens, i, j)
        # the windows' strings sliced from the sentence's; their offsets only for a warning found
        before, after, after_end = words.text_of(lo, i), words.text_of(j, hi), hi
        near_before = " ".join(before.split()[-4:])
        near_after = " ".join(after.split()[:5])
        if (
            _AVOID.search(near_before)
            or _DETERRENCE.search(near_before)
            or _past_before(near_before)
            or _past_after(near_after, near_before)
            or _AGED_APPOSITION.match(after)
            or (" of " in before and _START_ANNOUNCED.search(before) is not None)
            or (
                ", " in before
                and _LAUNCHED_BY.search(before) is not None
                and not _AHEAD.search(text, 0, m.start())
                and _REACH_AHEAD.match(after) is None
            )
            or _LIVED_WITH.search(before) is not None
            or _begun_then_apposed(text[: m.start()], tokens, i)
            or _HABITUAL.match(after) is not None
            or (
                _FIERCER.search(before) is not None
                and _WARNED_OF.search(before) is None
                and _TIME_AHEAD.search(after) is None
            )
            # "the attack on X, which was taken this week": the attack that took X, not one to come
            or (_definite(tokens, i) and _FALLEN_OBJECT.match(after) is not None)
        ):
            continue
        if (
            _CIVIL_BEFORE.search(near_before)
            or _CIVIL_AFTER.match(after)
            or _adjective(m.group(), before, after)
            or _PERSUADE_AIM.search(after) is not None
        ):
            continue  # "a heart attack", "a battle against cholera", "remarks deemed offensive"
        modifiers = m.group().split() + ([tokens[i - 1].lower] if i > 0 else [])
        if m.group().endswith("operation") and any(w in _CIVIL_OPERATIONS for w in modifiers):
            continue  # "launch a relief operation", "a search and rescue operation"
        generic = (
            m.group().endswith("operation") and not _MILITARY_OPERATION.search(m.group())
        ) or m.group() in ("push", "advance", "march on")
        if (
            generic
            and not _armed(text)
            # round 32: a named armed group is armed forces ("an operation by the RSF to seize X")
            and not any(t.lower in ARMED_GROUPS for t in tokens)
            and not _place_object(tokens, j, places_of)
        ):
            continue  # "the company plans to launch a new operation": business, not war
        if m.group() == "march on" and not _armed(before) and not _armed_marchers_after(text, before, after):
            continue  # "supporters vowed to march on the palace": armed forces must be the marchers
        # "does not intend to", "no plans to": a negated intention is no warning
        pre = [
            p
            for p in _BEFORE.finditer(before)
            if not _NEGATED.search(before[: p.start()])
            and not _CARRIED_ON_LEAD.search(before, 0, p.start())
            # "a high-risk invasion": the second half of a compound adjective, not a risk of one
            and not (p.group() in _RISK_WORDS and before[p.start() - 1 : p.start()] == "-")
            and (_governs(p.group(), before[p.end() :]) or _attributive(before, p.start(), p.end()))
            and not _order_begun(p.group(), text, m.start(), m.end())
            and not _forerunner_past(p.group(), text, m.end())
        ]
        if pre and pre[-1].group() in _OUTCOMES and _CONDITION.search(text, 0, m.start()) is None:
            pre.pop()  # "the siege culminates in an assault" told, not under "if" / "in the event"
        if not pre and (longer := _past_apposition(tokens, j, hi)) > hi:
            hi = longer  # no cue before the noun: look for its verb past an apposition
            after, after_end = words.text_of(j, hi), hi
        post = _AFTER.search(after)
        if (
            not pre
            and post is None
            # round 32: also past the aim's armed agent ("an operation by allied forces to capture X
            # from the militants will start ...")
            and (after.startswith("to ") or _AGENT_THEN_AIM.match(after) is not None)
            and (longer := _past_aim(tokens, j, hi)) > hi
        ):
            # no cue before the noun, its aim after it: "a ground offensive to dislodge the militants
            # from their neighbourhoods is imminent" (the verb comes after the aim); an aim that says
            # the attack began ("... began last week and is expected to ...") stays no warning
            longer_after = words.text_of(j, longer)
            post = _AFTER.search(longer_after)
            if post is not None and _PAST.search(longer_after, 0, post.start()) is None:
                hi, after, after_end = longer, longer_after, longer
            else:
                post = None
        if post is not None and _GOES_ON.match(after, post.end()):
            post = None  # "the offensive ... is likely to continue": under way already
        if post is not None and _closes_relative(text, m.start(), after, post.start()):
            post = None  # "X, which served in the Y offensive, will take part": the main clause's verb
        compared = _COMPARED_AFTER.match(after) is not None
        if not pre and post is None and (" away" in text or " a matter of " in text or compared):
            far = next(
                (k for k in range(j, min(len(tokens), j + _AWAY_SPAN)) if tokens[k].text in ";.?!"),
                min(len(tokens), j + _AWAY_SPAN),
            )
            after, after_end = words.text_of(j, far), far
            # past a comparison, the verb may be a modal: "an assault like the ones on Y and Z
            # would ..."
            post = _AWAY.search(after) or (_AFTER.search(after) if compared else None)
        if m.group() in ("attacks", "raids") and (_RISING.search(near_before) or _HAVE_RISEN.match(after)):
            continue  # "as the police face increasing attacks from gangs": a string going on
        if (
            pre
            and m.group() in ("attacks", "raids")
            and (_FEAR_CUES.fullmatch(pre[-1].group()) or pre[-1].group() in ("threat", "threats"))
            and (_MORE_OF.search(near_before) or not _place_object(tokens, j, places_of))
        ):
            # "residents fear further attacks", "live in fear of attacks", "the threat of attacks
            # by armed groups has displaced ...": more of the raids they live through, unless a
            # place is named as their object ("fear attacks on X")
            continue
        if (
            pre
            and pre[-1].group() in ("fearing", "fear")
            and _FLED_FEARING.search(before, 0, pre[-1].start())
            # "fearing", or "for fear of" / "in fear of": not a new clause ("who fled X now fear")
            and (pre[-1].group() == "fearing" or before.endswith((" for ", " in "), 0, pre[-1].start()))
            and not _place_object(tokens, j, places_of)
        ):
            continue  # "fled their homes fearing an attack by armed men": why they fled, not a warning
        if pre:
            _, b_offsets, b_index = joined(tokens, lo, i)
            start = _span(tokens, b_offsets, b_index, pre[-1].start(), pre[-1].end())[0]
        elif (
            post is not None
            and post.group() in ("risks", "threatens")
            and not _INDEFINITE.search(near_before)
        ):
            continue  # "the rebels' offensive ... threatens to worsen the war": under way already
        elif (
            post is not None
            and post.group() in ("is likely", "was likely")
            and _CONSEQUENCE.match(after, post.end())
            and not _INDEFINITE.search(near_before)
        ):
            continue  # "the push on X is likely to deepen the crisis": a known attack's effect
        elif post is not None:
            start = i
        else:
            continue
        end = j
        if post is not None:
            _, a_offsets, a_index = joined(tokens, j, after_end)
            end = _span(tokens, a_offsets, a_index, post.start(), post.end())[1]
        if start == i and start > 0 and tokens[start - 1].lower in _DETERMINERS:
            start -= 1
        return start, end, i
    return None


_OUTCOMES = frozenset({"culminates in", "escalates into"})
_CONDITION = re.compile(r"\b(?:if|in the event|should|unless|were to|in case)\b")


# What an attack does to people or a crisis, not the attack coming: "is likely to worsen ...".
_CONSEQUENCE = re.compile(
    r" to (?:exacerbate|worsen|deepen|aggravate|compound|prolong|cause|trigger|add to|increase|displace"
    r"|uproot|drive|push|force|leave|kill|hurt|harm|hit|disrupt)\b"
)


_OBJECT_PREPS = frozenset({"on", "into", "against", "toward", "towards"})  # not "in": where, not whom


# "fear further attacks", "worried about more raids": the fear of more of what goes on.
_MORE_OF = re.compile(r"\b(?:further|more|continued|continuing|repeated|fresh)(?: \S+)?$")
# Attacks said to grow in number are a string already going on when faced or lived amid: "the
# police face increasing attacks" (feared or warned of, "increasing attacks on X" are ahead).
_RISING = re.compile(
    r"\b(?:face|faces|faced|facing|amid) (?:increasing|growing|mounting|rising|escalating|intensifying)"
    r"(?: \S+)?$"
)
# ... or reported to have grown: "attacks on X have increased since May".
_HAVE_RISEN = re.compile(
    r"(?:\S+ ){0,4}?(?:have|has) (?:\S+ )?(?:increased|grown|risen|intensified|escalated|multiplied)\b"
)
_FEAR_CUES = re.compile(r"fears?|feared|fearing|worr\w+|afraid|dread\w*")
# A flight just before the fear, as its reason: "fled their homes fearing", "left X for fear
# of", "have abandoned their villages in fear of".
_FLED_FEARING = re.compile(
    r"\b(?:fled|flee|flees|fleeing|left|leaving|abandoned|abandoning|escaped|escaping|displaced)\b"
    r"(?: \S+){0,8}? $"
)


def _armed_marchers_after(text: str, before: str, after: str) -> bool:
    """ "did not rule out a march on the capital, adding that its fighters had reached X": the
    marchers named after the noun, in the same sentence, when the march is on a town ("the
    capital", "the city"; not "a march on the parliament") and no civil marchers come before."""
    return _TOWN_ANAPHOR.match(after) is not None and _armed(text) and _CIVIL_MARCHERS.search(before) is None


_TOWN_ANAPHOR = re.compile(r"\s*the (?:\S+ )?(?:capital|city|town)\b")


_CIVIL_MARCHERS = re.compile(
    r"\b(?:protesters|demonstrators|marchers|supporters|activists|opposition|students|workers|crowds|fans"
    r"|pilgrims|unions?|teachers|farmers|runners)\b"
)


def _place_object(tokens: list[Token], j: int, places_of: Callable[[], list[Place]] | None) -> bool:
    """A place names the object right after the attack noun: "a new operation against Kobani"."""
    if places_of is None or j >= len(tokens) or tokens[j].lower not in _OBJECT_PREPS:
        return False
    k = j + 2 if j + 2 < len(tokens) and tokens[j + 1].lower == "the" else j + 1
    return k < len(tokens) and any(p.start == tokens[k].start for p in places_of())


def _reaches_a_place(tokens: list[Token], text: str, offsets: list[int], index: list[int], pos: int) -> bool:
    """After "should fighting reach": a name ("Marib city"), the capital, or "the city" named before."""
    if _OBJECT_ANAPHOR.match(text, pos):
        return True
    k = bisect.bisect_left(offsets, pos)
    if k < len(index) and tokens[index[k]].lower in ("the", "its") and k + 1 < len(index):
        k += 1
    return k < len(index) and is_capitalised(tokens[index[k]].text)


# "they will attack", "they could storm": a subject that points back to the sentences before.
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|them)\b(?: \S+){0,4} $")


def _pattern_warning(
    words: Joined,
    present: set[str],
    places_of: Callable[[], list[Place]],
    armed_before: Callable[[], bool] = lambda: False,
) -> tuple[int, int, int] | None:
    """Cue range and anchor for an attack verb under an intention, an ultimatum, or troops massing.
    ``armed_before``: armed forces are named in the sentences just before (the subject "they")."""
    tokens, text, offsets, index = words.tokens, words.text, words.offsets, words.index

    def has_place() -> bool:
        return bool(places_of())

    def _object_place(pos: int) -> bool:
        """A place begins right after position `pos` of the joined text; a possessive one only
        before a part of it ("Goma's outskirts", not "Goma's water supply")."""
        k = bisect.bisect_left(offsets, pos + 1)
        return k < len(index) and any(
            p.start == tokens[index[k]].start
            and (not p.possessive or _part_follows(tokens, [t.start for t in tokens], p))
            for p in places_of()
        )

    m = _VERB.search(text) if not present.isdisjoint(_VERB_NEEDS) else None
    if m is None and " as a" in text and holds_any(text, _BASE_NEEDS):
        m = _BASE_TO.search(text)
    # "will deploy troops to protect the camp": troops sent to help or guard are no attack
    if m is not None and ("send" in m.group() or "deploy" in m.group()) and _HELPING.search(m.group()):
        m = m if _HELP_PURPOSE.search(text, max(0, m.end() - 3)) is None else None
    if m is not None and (
        _CIVIL_OBJECT.match(text, m.end())
        or (_MARKET_OBJECT.match(text, m.end()) and not (_armed(text) or armed_before()))
        # "threatened to attack any town that cooperates": no town named
        or text.startswith(" any ", m.end())
        # "a desire to capture a larger share of the market in X": an aim told by a noun takes a
        # place (or a town named by its kind) right after its verb, not any object placed later
        or (
            m.group().startswith(("desire", "ambition"))
            and not (_object_place(m.end()) or _AIM_PLACE.match(text, m.end()) is not None)
        )
        or _CIVIL_SUBJECT.search(text, max(0, m.start() - 40), m.start())
        # "the fire threatened to destroy the town of X": razing is a threat of armed men only
        # (an armed group named in the sentence is armed men too when the place itself follows:
        # "the Taliban vowed to take control of X", not "... of aid distribution in X")
        or (
            m.group().endswith((" of", " in"))
            and not (
                _armed(text)
                or armed_before()
                or (any(_armed_group(t.lower) for t in tokens) and _object_place(m.end()))
            )
        )
        # review of round 26: a wait for orders is armed men's, and not a drill's ("fans are
        # waiting for the signal to storm the pitch", "in the exercise, troops wait for orders
        # before attacking a mock town")
        or (
            m.group().startswith(("wait", "await"))
            and (
                not (_armed(text) or armed_before() or any(t.lower in FIGHTERS for t in tokens))
                or _WAIT_DRILL.search(text) is not None
            )
        )
        # "is seeking to take control of the remaining districts in X": fighting inside X
        or _INSIDE_PARTS.match(text, m.end()) is not None
        # "continues to shell the hills in an attempt to retake ...": a campaign's purpose
        or (m.group().startswith(_PURPOSES) and _GOING_ON.search(text, 0, m.start()) is not None)
        or (
            m.group().startswith(("attempt ", "bid "))
            and _ATTEMPT_OF.search(text, 0, m.start()) is not None
            and _ATTEMPT_BEGAN.search(text, m.end()) is not None
        )
    ):
        m = None  # "could invade farmland", "protesters plan to march on ...": no place taken by force
    # "locusts could invade farmland", "police would storm the building": an attack verb is a
    # military threat only with armed forces or a named place in its sentence, or a town named
    # before as its object ("they are expected to attack the city"), or with a pronoun for armed
    # forces named just before ("Rebels gathered near X. ... they will attack at any moment").
    if (
        m is not None
        and not _NEGATED.search(text[: m.start()])
        and (
            _armed(text)
            or has_place()
            or _OBJECT_ANAPHOR.match(text, m.end()) is not None
            or (_PRONOUN_SUBJECT.search(text[: m.start()]) is not None and armed_before())
        )
    ):
        a, b = _span(tokens, offsets, index, m.start(), m.end())
        return a, b, b - 1
    take = _TAKE.search(text) if " take " in text else None
    if (
        take is not None
        and not _NEGATED.search(text[: take.start()])
        and (_armed(text) or any(t.lower in ARMED_GROUPS for t in tokens))  # "the Taliban are poised"
        and _object_place(take.end())
    ):
        a, b = _span(tokens, offsets, index, take.start(), take.end())
        return a, b, b - 1  # "rebels vow to take X": taking a named place by force
    forces = _FORCES_MOVE.search(text) if not present.isdisjoint(_FORCES_MOVE_NEEDS) else None
    if (
        forces is not None
        and forces.group("onto") is not None
        and not (_object_place(forces.end()) or _OBJECT_ANAPHOR.match(text, forces.end()) is not None)
    ):
        forces = None  # "the troops will advance to the next phase": no place reached
    if forces is not None and _gathering_drill(forces.group(), text):
        forces = None  # "soldiers are gathering to enter the parade ground": no attack
    if forces is not None and not _NEGATED.search(text[: forces.start()]):
        a, b = _span(tokens, offsets, index, forces.start(), forces.end())
        return a, b, b - 1
    closing = _FORCES_CLOSE.search(text) if not present.isdisjoint(_FORCES_CLOSE_NEEDS) else None
    negated = closing is not None and (
        _NEGATED.search(text[: closing.start()])
        or _NOT_INSIDE.search(closing.group())
        or _STOPPED_INSIDE.search(closing.group())
        or _HELD_DISTANCE.search(closing.group()) is not None
        or _ADVANCE_SPENT.match(text, closing.end()) is not None
        or (
            _CONTESTED_EFFORT.search(closing.group()) is not None
            and _EFFORT_COST.search(text, closing.end()) is not None
        )
        # "fighting between the army and rebels moving closer to X": the fighting moves, not an attack
        or _FIGHTING_BETWEEN.search(text, max(0, closing.start() - 60), closing.start()) is not None
        or _moving_to_yield(text, closing)
    )
    if closing is not None and not negated and _object_place(closing.end()):
        a, b = _span(tokens, offsets, index, closing.start(), closing.end())
        return a, b, b - 1
    freeing = _FREE.search(text) if not present.isdisjoint(_FREE_NEEDS) else None
    if (
        freeing is not None
        and not _NEGATED.search(text[: freeing.start()])
        and (
            # a known place, the time within its name and the next few words
            (_object_place(freeing.end()) and _FREE_WHEN.search(" ".join(text[freeing.end() :].split()[:8])))
            # or a name by its shape, the time right after it ("free el-Vasko ... in eight
            # days"; not "free American hostages within days")
            or _name_then_time(tokens, bisect.bisect_left(offsets, freeing.end() + 1), index)
        )
    ):
        a, b = _span(tokens, offsets, index, freeing.start(), freeing.end())
        return a, b, b - 1
    coming = _COMING.search(text) if "coming" in present else None
    if coming is not None and not _NEGATED.search(text[: coming.start()]):
        a, b = _span(tokens, offsets, index, coming.start(), coming.end())
        return a, b, b - 1
    losing = _LOSE_LAST.search(text) if not present.isdisjoint(_LOSE_NEEDS) else None
    if (
        losing is not None
        and not _NEGATED.search(text[: losing.start()])
        and _LOSE_WHEN.search(text, losing.end()) is not None
    ):
        a, b = _span(tokens, offsets, index, losing.start(), losing.end())
        return a, b, b - 1
    threat = _ULTIMATUM_THREAT.search(text) if not present.isdisjoint(_THREAT_NEEDS) else None
    demand = _ULTIMATUM_DEMAND.search(text) if threat is not None else None  # read only with a threat
    if threat is not None and (demand is not None or "hesitate" in threat.group() or "ultimatum" in text):
        start = demand.start() if demand is not None and demand.start() < threat.start() else threat.start()
        a, b = _span(tokens, offsets, index, start, threat.end())
        return a, b, a
    war = _WAR_UNLESS.search(text) if holds_any(text, _WAR_UNLESS_NEEDS) else None
    # "war" itself counts as armed in _armed: the one who threatens must be named apart
    if war is not None and (
        "ultimatum" in text
        or any(t.lower in FIGHTERS or t.lower in ARMED_GROUPS for t in tokens)
        or armed_before()
    ):
        a, b = _span(tokens, offsets, index, war.start(), war.end())
        # "X threatened to return to war if ...": X, before the cue, is the threatener, never the place
        return a, b, (b - 1 if war.group().startswith(("threat", "vow", "warn")) else a)
    going = _FORCES_GO.search(text) if not present.isdisjoint(_FORCES_GO_NEEDS) else None
    if (
        going is not None
        and not _NEGATED.search(text[: going.start()])
        and not _NOT_INSIDE.search(going.group())
        and _object_place(going.end())
    ):
        a, b = _span(tokens, offsets, index, going.start(), going.end())
        return a, b, b - 1
    nxt = _NEXT.search(text) if not present.isdisjoint(_NEXT_NEEDS) else None
    if (
        nxt is not None
        and not _NEGATED.search(text[: nxt.start()])
        # "the next targets of the gangs": the attackers named in the target itself
        and (_armed(text) or armed_before() or _BY_GANGS.match(text, nxt.end()) is not None)
        and (has_place() if nxt.group("place") is None else _object_place(nxt.start("place") - 1))
    ):
        a, b = _span(tokens, offsets, index, nxt.start(), nxt.end())
        return a, b, (a if nxt.group("place") is not None else b - 1)
    leave = (
        _LEAVE_AHEAD.search(text)
        if not present.isdisjoint(_LEAVE_AHEAD_NEEDS)
        and not (present.isdisjoint(_LEAVE_NEEDS) and present.isdisjoint(_EVACUATION_ORDER_NEEDS))
        else None
    )
    if leave is not None and not _CIVIL_OPERATIONS.isdisjoint(_AHEAD_SPLIT.split(leave.group())[-1].split()):
        leave = None  # "ahead of a demining operation" (the order's own "evacuation" comes before)
    # an attack noun says what comes; "before it moves in" needs armed forces named
    told = leave is not None and (_armed(text) or armed_before() or _LEAVE_NOUN.search(leave.group()))
    if leave is not None and told and has_place():
        a, b = _span(tokens, offsets, index, leave.start(), leave.end())
        return a, b, a
    near = _AS_FORCES_NEAR.search(text) if holds_any(text, _AS_NEAR_NEEDS) and " as " in text else None
    if near is None and " alert " in text:
        alert = _ON_ALERT.search(text)
        if alert is not None:
            a, b = _span(tokens, offsets, index, alert.start(), alert.end())
            # the town itself on alert, not a body of people in it ("Police in X were put on
            # alert after gunmen were seen near a school": a security alert, not a threat to X)
            guarded = _GUARDS.search(text, 0, alert.start()) is not None
            if (has_place() and not guarded) or _subject_name(tokens, a) is not None:
                return a, b, a
    if near is not None and has_place():
        a, b = _span(tokens, offsets, index, near.start(), near.end())
        return a, b, a
    blood = _BLOODBATH.search(text) if not present.isdisjoint(_BLOODBATH_NEEDS) else None
    if (
        blood is not None
        and not _NEGATED.search(text[: blood.start()])
        and (
            _object_place(blood.end() + 3)
            # "a massacre in the city": with armed forces named, in it or just before
            or (_OBJECT_ANAPHOR.match(text, blood.end()) is not None and (_armed(text) or armed_before()))
        )
    ):
        a, b = _span(tokens, offsets, index, blood.start(), blood.end())
        return a, b, b - 1
    fight = (
        _FIGHT_EXPECTED.search(text)
        if not present.isdisjoint(_FIGHT_NEEDS) and not present.isdisjoint(_FIGHT_EXPECTED_NEEDS)
        else None
    )
    if (
        fight is not None
        and not _NEGATED.search(text[: fight.start()])
        and _object_place(fight.end() - 1)
        and not _FIGHT_WANING.match(text, fight.end())
        and (
            not fight.group().startswith(("expected", "anticipated", "feared"))
            or (
                (_armed(text) or armed_before())
                and _FIGHT_CIVIL.search(text) is None
                and _FIGHT_UNEXPECTED.search(text, 0, fight.start()) is None
            )
        )
    ):
        a, b = _span(tokens, offsets, index, fight.start(), fight.end())
        return a, b, b - 1
    hope = _IF_WE_CAN.search(text) if " can " in text else None
    if hope is not None and (_armed(text) or armed_before()) and _object_place(hope.end()):
        a, b = _span(tokens, offsets, index, hope.start(), hope.end())
        return a, b, b - 1
    awaited = _FIGHT_AWAITED.search(text) if not present.isdisjoint(_FIGHT_AWAITED_NEEDS) else None
    if awaited is not None and _armed(text) and has_place():
        a, b = _span(tokens, offsets, index, awaited.start(), awaited.end())
        return a, b, a
    onward = _GO_ON_TO.search(text) if not present.isdisjoint(_GO_ON_NEEDS) else None
    if (
        onward is not None
        and not _NEGATED.search(text[: onward.start()])
        and not _NOT_INSIDE.search(onward.group())
        and not _CIVIL_SUBJECT.search(text, max(0, onward.start() - 40), onward.start())
        # round 32: a named armed group is armed forces too ("M23 vowed it would march all the
        # way to X"), as for "poised to" above; not for its own attack carried on ("the RSF vowed
        # to continue its assault on X": under way there, the caller's "armed" words decide)
        and (
            _armed(text)
            or (
                any(t.lower in ARMED_GROUPS for t in tokens) and _OWN_ATTACK_ON.search(onward.group()) is None
            )
            or armed_before()
        )
        and _object_place(onward.end())
    ):
        a, b = _span(tokens, offsets, index, onward.start(), onward.end())
        return a, b, b - 1
    plan = _PLAN_FOR.search(text) if holds_any(text, _PLAN_FOR_NEEDS) else None
    if plan is not None and not _NEGATED.search(text[: plan.start()]) and _object_place(plan.end()):
        a, b = _span(tokens, offsets, index, plan.start(), plan.end())
        return a, b, b - 1
    options = _OPTIONS.search(text) if "on the table" in text else None
    if options is not None and not _NEGATED.search(text[: options.start()]) and _armed(text) and has_place():
        a, b = _span(tokens, offsets, index, options.start(), options.end())
        return a, b, b - 1
    massing = _MASSING.search(text) if not present.isdisjoint(_MASSING_NEEDS) else None
    if massing is None and not present.isdisjoint(_SENT_NEEDS):
        massing = _SENT.search(text)
        if massing is not None and _HELPING_SENT.match(massing.group()) and _HELP_PURPOSE.search(text):
            massing = None  # "sent soldiers towards the flooded district to rescue families"
    if massing is None and not present.isdisjoint(_MASSING_NEEDS):
        massing = _massing_side(text, _object_place)
    if massing is not None and _massing_undone(text, massing):
        massing = None  # "troops had massed near X last spring before pulling back"
    if massing is not None:
        a, b = _span(tokens, offsets, index, massing.start(), massing.end())
        return a, b, b - 1
    # substring guards first: these patterns are rare and costly to try at every word
    target = _TARGET.search(text) if holds_any(text, _TARGET_NEEDS) else None
    if target is not None and not _NEGATED.search(text[: target.start()]):
        # the target is a name: a place the sentence knows, or a capitalised word where a name goes
        # ("their next target would be X"), in a sentence about armed forces
        if target.group("place") is not None:  # "X is the next target": a name ends before "is"
            k = index[bisect.bisect_right(offsets, target.end("place") - 1) - 1]
        else:
            k = bisect.bisect_left(offsets, target.end())
            k = index[k] if k < len(index) else len(tokens)
        said = target.group()
        given = said.endswith("ultimatum")
        # a name opening the sentence is a name only for an ultimatum given ("X has been given ..."),
        # and only when it is no armed group ("Hamas has been given an ultimatum")
        named = (
            k < len(tokens)
            and is_capitalised(tokens[k].text)
            and (k > 0 or given)
            and not (given and tokens[k].lower in ARMED_GROUPS)
        )
        if given:
            named = named and (_armed(text) or armed_before())
        fated = " to be " in said or " to fall" in said
        # "our objective is to get to X," the commander said: the speakers, armed men, named just before
        own = said.startswith(("our ", "their ")) and armed_before()
        if named and (_armed(text) or given or fated or own or "battleground" in said):
            a, b = _span(tokens, offsets, index, target.start(), target.end())
            return a, b, b - 1
    deadline = (
        _DEADLINE.search(text)
        if ("hour" in text or "day" in text or ("until " in text and holds_any(text, _DEADLINE_NEEDS)))
        else None
    )
    if deadline is None and " within " in text and not present.isdisjoint(_LEAVE_NEEDS):
        deadline = _TOLD_WITHIN.search(text)
    if deadline is None and "ultimatum" in text:
        deadline = _ULTIMATUM_TO_LEAVE.search(text)
        if deadline is not None and (
            _CROWD_ADDRESSED.search(deadline.group())
            or not (_object_place(deadline.end()) or _ULTIMATUM_OBJECT.match(text, deadline.end()))
            or _DENIED_SHORTLY.search(text, 0, deadline.start())
            or _ULTIMATUM_MET.search(text, deadline.end())
        ):
            deadline = None
    if deadline is not None and _armed(text) and not _NEGATED.search(text[: deadline.start()]):
        a, b = _span(tokens, offsets, index, deadline.start(), deadline.end())
        return a, b, a
    passive = _PASSIVE_THREAT.search(text) if " be " in text else None
    if passive is not None and _object_place(passive.start("place") - 1):
        a, b = _span(tokens, offsets, index, passive.start(), passive.end())
        return a, b, a
    warned = _WARNED_PASSIVE.search(text) if passive is not None else None
    whom = _span(tokens, offsets, index, warned.start("whom"), warned.end("whom")) if warned else (0, 0)
    if (
        warned is not None
        and not _NEGATED.search(text[: warned.start()])
        # "threatened journalists in X, warning they would be attacked": people, not the place
        # ("officials of the X district that it would be stormed": the district is)
        and (warned.group("who") == "it" or _PEOPLE_WARNED.match(warned.group("whom")) is None)
        and (_armed(text) or armed_before())
        and any(tokens[whom[0]].start <= p.start < tokens[whom[1] - 1].end for p in places_of())
    ):
        # "warned two towns in Y they will be attacked": the warn verb anchors it, so that the
        # towns counted after it take the settlement the article names next
        a, b = _span(tokens, offsets, index, warned.start(), warned.end())
        return a, b, a
    condition = not present.isdisjoint(_CONDITION_NEEDS)
    forces = _IF_FORCES.search(text) if condition else None
    garrison = _GARRISON_IN.match(text, forces.end()) if forces is not None else None
    if forces is not None and (
        _object_place(forces.end()) or (garrison is not None and _object_place(garrison.end()))
    ):
        a, b = _span(tokens, offsets, index, forces.start(), forces.end())
        return a, b, b - 1
    conditional = _IF_ATTACKED.search(text) if condition else None
    if conditional is not None and _object_place(conditional.start("place") - 1):
        a, b = _span(tokens, offsets, index, conditional.start(), conditional.end())
        return a, b, a
    spread = _SPREAD.search(text) if holds_any(text, _SPREAD_NEEDS) else None
    if spread is not None and not _NEGATED.search(text[: spread.start()]) and _object_place(spread.end() - 1):
        a, b = _span(tokens, offsets, index, spread.start(), spread.end())
        return a, b, b - 1
    for pattern, guarded in ((_REACH, condition), (_FALL, "fall" in text)):  # _FALL: every match
        hit = pattern.search(text) if guarded else None
        if (
            hit is not None
            and pattern is _REACH
            and not _reaches_a_place(tokens, text, offsets, index, hit.end())
        ):
            continue  # "if fighting spreads across the border": no place the fighting would reach
        if hit is not None and not _NEGATED.search(text[: hit.start()]):
            a, b = _span(tokens, offsets, index, hit.start(), hit.end())
            return a, b, a
    examples = _spread_to_examples(text, _object_place)
    if examples is not None:
        a, b = _span(tokens, offsets, index, examples[0], examples[1])
        return a, b, b - 1
    split = _split_move(text, has_place, _object_place, armed_before)
    if split is not None:
        a, b = _span(tokens, offsets, index, split[0], split[1])
        return a, b, b - 1
    forced = _forced_out_ahead(text, has_place)
    if forced is not None:
        a, b = _span(tokens, offsets, index, forced[0], forced[1])
        return a, b, a
    return _expected_attack(words, present, _object_place, armed_before)


# Round 28: fighting that may spread to places given as examples of a kind ("the fighting may
# spread to other strongholds like A and B"): _SPREAD wants the place right after "to".
_TO_EXAMPLES = re.compile(
    r"(?:other |several |more |nearby |neighbouring |neighboring )?(?:\S+ ){0,2}?(?:towns|cities"
    r"|villages|strongholds|garrisons|bases|areas|regions|provinces|districts|ports|hubs) (?:like|such as"
    r"|including) "
)


def _spread_to_examples(text: str, object_place: Callable[[int], bool]) -> tuple[int, int] | None:
    """Round 28: the span of a _SPREAD match whose kind of place is given by examples, the first
    a place; not negated."""
    if " spread" not in text and " spill over" not in text and " extend" not in text:
        return None
    spread = _SPREAD.search(text)
    if spread is None or _NEGATED.search(text[: spread.start()]):
        return None
    kind = _TO_EXAMPLES.match(text, spread.end())
    if kind is None or not object_place(kind.end() - 1):
        return None
    return spread.start(), kind.end()


# Round 28: a move on a place under a modal or an intent, an adverb of manner between the verb
# and its preposition ("the militia would push swiftly into X", "vowed to march openly on X");
# without the adverb _VERB and _FORCES_MOVE read these. Review of round 28: the adverb tells force
# or speed; any "-ly" word also let in agreed or ceremonial entries ("will move peacefully into X
# under the deal", "will march proudly on X's avenue", "will advance only on X's outskirts").
_SPLIT_MOVE = re.compile(
    r"\b(?:will|would|could|shall|(?:vows?|vowed|threatens?|threatened|plans?|intends?|poised|ready|set"
    r"|preparing|about|going) to)(?: soon| now)? (?:advance|march|move|push)"
    r" (?:militarily|swiftly|quickly|rapidly|steadily|deeply|decisively|aggressively|forcefully|forcibly"
    r"|immediately|directly|openly|relentlessly|inexorably|resolutely) (?:toward|towards|on|into|against)\b"
)


def _split_move(
    text: str,
    has_place: Callable[[], bool],
    object_place: Callable[[int], bool],
    armed_before: Callable[[], bool],
) -> tuple[int, int] | None:
    """Round 28: the span of a split move (_SPLIT_MOVE) by armed forces (named here or just
    before; not "aid trucks will move slowly into X") that takes a place: one right after it, or
    one in the sentence. Not negated."""
    if " advance " not in text and " march " not in text and " move " not in text and " push " not in text:
        return None
    hit = _SPLIT_MOVE.search(text)
    if hit is None or _NEGATED.search(text[: hit.start()]):
        return None
    if (_armed(text) or armed_before()) and (object_place(hit.end()) or has_place()):
        return hit.start(), hit.end()
    return None


# Round 28: people being made to leave now, ahead of an attack named by its noun ("troops are
# forcing villagers to leave X before a planned assault"): _LEAVE_AHEAD's order told by its present
# progressive (not "forced ... to flee": a flight already told).
_FORCING_AHEAD = re.compile(
    r"\b(?:is|are|has been|have been|now) (?:\S+ )?forcing(?: \S+){0,8}? to (?:\S+ly )?(?:evacuate|leave|flee"
    r"|move out|get out)(?: \S+){0,9}? (?:ahead of|before) (?:a |an |the |its |any )?(?P<kind>(?:\S+ ){0,2}?)"
    r"(?:operation|offensive|assault|attack|incursion|invasion|push)\b"
)


def _forced_out_ahead(text: str, has_place: Callable[[], bool]) -> tuple[int, int] | None:
    """Round 28: the span from "ahead of" to the attack noun of a _FORCING_AHEAD match, when the
    sentence names armed forces and a place and the operation is not a civil one ("ahead of a
    demining operation")."""
    if " forcing " not in text:
        return None
    hit = _FORCING_AHEAD.search(text)
    if hit is None or not _CIVIL_OPERATIONS.isdisjoint(hit.group("kind").split()) or not has_place():
        return None
    if not _armed(text):
        return None  # "a firm is forcing staff to leave X ahead of a restructuring operation"
    ahead = _AHEAD_SPLIT.search(text, hit.start(), hit.end())
    return (ahead.start() + 1 if ahead is not None else hit.start()), hit.end()


_PLACE_PREPS = frozenset(
    {"in", "on", "around", "near", "of", "into", "against", "outside", "toward", "towards"}
)
# A place named as a comparison ("an assault like the ones on X and Y") or as where a speaker sits
# ("the UN's top official in Jordan") is not the threatened place.
_COMPARISON = re.compile(
    r"\b(?:like|unlike|as in|such as|similar to|the ones? (?:on|in|against)|as (?:it )?(?:did|happened) in"
    r"|compared (?:with|to)|reminiscent of|repeat of|echoes of|after those (?:on|in))(?: \S+){0,4}$"
    # "a build-up resembling the one before the assault on X": the earlier attack's place
    r"|\b(?:resembl\w+|recalling|mirroring|the ones? (?:before|during|after))(?: \S+){0,5}$"
)
_SPEAKER = re.compile(
    r"\b(?:official|officials|spokesman|spokeswoman|spokesperson|ambassador|envoy|minister|ministry|president"
    r"|coordinator|representative|chief|head|director|correspondent|reporter|based|headquartered|office"
    r"|embassy|told \S+|said|speaking|visiting|visit|meeting|talks|summit|conference|interview"
    r"|diplomats?|sources|analysts?|observers?|negotiators?|mediators?|delegates?|delegation|authorities"
    r"|government|leaders?|aides?|allies|counterparts?)"
    r"(?: \S+)? (?:in|to|of|from|for)$"
    # where a deal was made: "the agreement reached in X", "a truce signed in X"
    r"|\b(?:signed|reached|brokered|struck|sealed|agreed) (?:\S+ )?in$"
)
# Clause breaks after the attack word: a place beyond them belongs to another clause.
# "..., otherwise Turkey will not hesitate": the threatener, in the ultimatum's second clause.
# "X fears an assault as violence spreads in Y": an "as" clause on the war around is another clause.
_CLAUSE_BREAK = re.compile(
    r"[;:]|, (?:and|but|while|as|said|who|which|otherwise|or else)\b| (?:said|told|says|otherwise)\b"
    # ", after Y warned ...": a new clause whose subject is the speaker, not the place attacked
    r"|, (?:after|since|because|when) "
    r"| as (?:the )?(?:violence|fighting|war|conflict|clashes|unrest|hostilities)\b"
    # round 29: a subordinate clause with a pronoun for its own subject ("will remain until we
    # defeat X"): its names are not the attack's object (a name as that subject is left: "until X
    # falls" may still name the place besieged)
    r"| (?:until|unless|because|while|whereas|although|though|as|once|if|when|before|after|since)"
    r" (?:we|they|he|she|i|you)\b"
)
_ATTACK_NOUNS = r"(?:assault|offensive|operation|invasion|incursion|attack|storming)"
# "the eastern city of X", "the strategic port city of X": a descriptor before the name it leads to
_OF_DESCRIBED = (
    r"(?P<of> the(?: \S+){0,3}? (?:city|town|port|capital|hub|stronghold|region|province|district) of)?"
)
# An attack carried forward as a plan: "will press ahead with the assault on X", "is moving ahead
# with its planned operation in X" (a past "pressed ahead with" reports one already under way).
_AHEAD_WITH = re.compile(
    # (the word between not a negation: "will not press ahead with the assault" withdraws it)
    r"\b(?:(?:will|would|to|shall)(?: (?!not\b|never\b)\S+)? (?:press|push|move|go) (?:ahead|forward) with"
    r" (?:the|its|their|his|an?)"
    r"|(?:press|presses|pressing|push|pushes|pushing|move|moves|moving|go|goes|going) (?:ahead|forward) with"
    r" (?:the|its|their|his|an?)(?: \S+)? (?:planned|threatened|promised|intended|expected|long-awaited))"
    rf"(?: \S+)? {_ATTACK_NOUNS} (?:on|in|into|against|of)\b{_OF_DESCRIBED}"
)
# A date fixed for an attack: "a date for the offensive on X has been set", "set a date for an
# assault on X".
_DATE_SET = re.compile(
    rf"\bdate (?:for|of) (?:the |an? )?(?:\S+ )?{_ATTACK_NOUNS} (?:on|into|in|against|of)\b{_OF_DESCRIBED}"
)
# An attack not excluded: "do not rule out the possibility of troops attacking X", "cannot rule out
# an assault on X" (the negation makes it a warning; "ruled out an attack" is a denial).
_NOT_RULED_OUT = re.compile(
    r"\b(?:not|never|cannot|can't) rul(?:e|es|ed|ing) out (?:(?:the|a) (?:possibility|prospect|option|risk)"
    r" (?:of|that) (?:\S+ ){0,3}?(?:attacking|storming|assaulting|invading|seizing|capturing|taking"
    r"|(?:could|would|might|will) (?:attack|storm|invade|seize|capture|take))"
    rf"|(?:an?|the)(?: \S+)? {_ATTACK_NOUNS} (?:on|against|into|of))\b{_OF_DESCRIBED}"
)
# A target named after a colon, as a headline or a list does: "The likely target: the port of X"
# (armed forces in the sentence or the ones before: the caller checks).
_TARGET_COLON = re.compile(
    r"\b(?:(?:most )?(?:likely|probable)|next|main|prime|chief) (?:military )?(?:target|objective)"
    rf" ?:{_OF_DESCRIBED}"
)
# An attack still to come, which someone moves to pre-empt: "drone strikes to pre-empt the
# assault", "efforts to head off an offensive on X" (past forms report one averted or met).
_PRE_EMPT = re.compile(
    r"\b(?:pre-?empt|pre-?empts|pre-?empting|forestall|forestalls|forestalling|head off|heading off)"
    rf" (?:the|an?|any)(?: \S+){{0,2}}? {_ATTACK_NOUNS}\b"
)
# (averted, or met: "failed to pre-empt the offensive on X" tells it came)
_PRE_EMPT_DONE = re.compile(r"\b(?:succeeded|managed|helped|did|failed|fails) (?:\S+ )?(?:in |to )?$")
# An attack whose start is all that is unknown: "the exact moment of the offensive is still
# unknown", "did not say when the assault would begin".
_WHEN_UNKNOWN = re.compile(
    rf"\b(?:moment|timing|date|time|start) of the (?:\S+ )?{_ATTACK_NOUNS} (?:is|was|remains|remained)"
    r" (?:still )?(?:unknown|unclear|not known|uncertain|undecided)\b"
    r"|\b(?:did not|didn't|does not|doesn't|would not|wouldn't) (?:say|specify|disclose|reveal) when"
    rf" (?:the|an?)(?: \S+){{0,2}}? {_ATTACK_NOUNS} (?:would|will) (?:start|begin|be launched)\b"
)
# The date said fixed, by a perfect, a passive or "set a date" (not "was set as a day of mourning"),
# and not said unfixed ("has not been set", "is yet to be set").
_DATE_FIXED = re.compile(
    r"\b(?:(?:has|have|had) been|is|was|were) (?:now |already |finally )?set\b(?! as\b)"
    r"|\bset (?:a|the) date\b"
)
_DATE_UNFIXED = re.compile(r"\b(?:not|never|yet to be)(?: \S+){0,2} set\b|\bno date\b")
_ATTACK_NOUN_AT = re.compile(rf"\b{_ATTACK_NOUNS}\b")


# After a build-up on one side of a place, what says it threatens nothing now: it was pulled back or
# dismantled, it was a drill or a parade, or it is dated to a past season ("troops had massed west of
# X last spring before pulling back", "the buildup south of X was a drill").
_SIDE_UNDONE = re.compile(
    # past or going on only: "unless the rebels withdraw" / "demands they pull out" keep the threat
    r"\b(?:pull(?:ed|ing) (?:back|out)|withdrew|withdrawn|withdrawing|dismantled|disbanded"
    r"|dispersed|stood down|drills?|exercises?|manoeuvres|maneuvers|parades?|ceremon(?:y|ies)|rehearsals?"
    r"|last (?:spring|summer|autumn|fall|winter|year|month)|(?:years?|months?) ago"
    r"|in (?:early |late )?(?:19|20)\d\d)\b"
)


def _massing_side(text: str, object_place: Callable[[int], bool]) -> re.Match[str] | None:
    """A build-up on one side of a named place ("a military buildup south of X"), not negated, and
    not said after it to be withdrawn, a drill or a past one."""
    side = _MASSING_SIDE.search(text)
    if side is None or _NEGATED.search(text[: side.start()]) or not object_place(side.end()):
        return None
    if _SIDE_UNDONE.search(text, side.end()):
        return None
    return side


# Round 25. A build-up near a place told as over: pulled back after it ("before pulling back", "but
# withdrew weeks later"), said to have been a drill ("the buildup near X was a drill"), or dated to a
# past season right after the place ("massed near X last spring"). Only for a build-up not told in
# the present: "troops are massing near X after the rebels withdrew in 2024" still warns.
# The build-up said to have been a drill: "was only an exercise", "turned out to be a parade".
_DRILL_TOLD = (
    r"(?:was|were|had been|turned out to be|proved to be) (?:only |just |merely |simply |part of )?"
    r"(?:an? |the )?(?:\S+ )?(?:drills?|exercises?|manoeuvres|maneuvers|parades?|rehearsals?)\b"
)
_MASS_PULLED_BACK = re.compile(
    # the forces themselves pull back, right after the connective: not "and the rebels withdrew their
    # delegates" (another actor, a thing withdrawn)
    r"\b(?:before|then|but|and then|and later|later|only to) (?:they |then |later |eventually |soon )?"
    r"(?:(?:pull(?:ed|ing) (?:back|out)|withdr(?:ew|awing)|stood down|dispersed)"
    r"(?! (?:their|its|the|his|her)\b| an? (?!(?:day|week|fortnight|month|year|few)\b))"
    r"|(?:were|was|had been) (?:withdrawn|dispersed|disbanded|stood down|pulled (?:back|out))"
    r"|returned to (?:their |its )?(?:bases?|barracks))\b"
    # "soldiers who had gathered outside X have returned to their barracks": the main verb
    r"|\b(?:have|has|had) (?:since |now |already )?returned to (?:their|its) (?:bases?|barracks)\b"
    r"|\b" + _DRILL_TOLD
)
_MASS_PAST_WHEN = re.compile(
    r"^ ?(?:\S+ ){1,4}?(?:last (?:spring|summer|autumn|fall|winter|year)|(?:\S+ )?(?:years?|months?) ago"
    r"|in (?:early |late )?(?:19|20)\d\d)\b"
)
# the build-up told in the present: it threatens now, whatever the sentence says of the past
_MASS_NOW = re.compile(
    r"\b(?:are|is|have|has|now|massing|amassing|gathering|concentrating|mobilising|mobilizing)\b"
)


# Review of round 25. A drill told of the build-up itself stands right after it ("the buildup near X
# was a drill"); further on it may be another's ("massed near X this week, a year after a buildup
# that turned out to be a drill").
_MASS_DRILL = re.compile(_DRILL_TOLD)
_MASS_DRILL_NEAR = re.compile(r"^ ?(?:[\w'-]+ ){0,5}?" + _MASS_DRILL.pattern)
# a build-up told again after the undoing: a new threat ("massed near X last year before pulling
# back, and this week they massed near the town again")
_MASS_AGAIN = re.compile(
    r"\b(?:again|once more|re-?(?:massed|gathered|grouped)|(?:have|has|are|is) (?:now |since )?"
    r"(?:massed|massing|gathered|gathering|amassed|amassing)|(?:massed|gathered|amassed) (?:\S+ ){0,3}?"
    r"(?:near|outside|around|on the outskirts of))\b"
)


# a pull-back told as a step towards the attack: "then pulled back to regroup for an assault"
_MASS_REGROUP = re.compile(
    r"^(?: \S+){0,4}? (?:to (?:regroup|reposition|prepare|reinforce)"
    r"|for (?:an? |the )?(?:assault|attack|offensive|push)|closer to)\b"
)
# the forces told still there after the dated build-up: "massed near X last winter and remain there"
_MASS_STILL = re.compile(
    r"\b(?:(?:are|is|remain|remains) still|still (?:there|in place|massed)|remain(?:s|ed)? (?:there|in place"
    r"|near|outside|around)|(?:have|has) not (?:left|withdrawn|pulled back|moved))\b"
)


def _massing_undone(text: str, massing: re.Match[str]) -> bool:
    """A build-up near a place (the _MASSING or _SENT match) said after it to be over: pulled
    back, a drill, or dated to a past season; never one told in the present, nor one told again
    after the undoing."""
    if _MASS_NOW.search(massing.group()):
        return False
    rest = text[massing.end() :]
    pulled = _MASS_PULLED_BACK.search(text, massing.end())
    if pulled is not None and _MASS_DRILL.match(pulled.group()) is not None:
        # a drill counts only said of this build-up, right after it
        pulled = None if _MASS_DRILL_NEAR.match(rest) is None else pulled
    if pulled is not None and _MASS_REGROUP.match(text[pulled.end() :]) is not None:
        pulled = None
    if pulled is None and _MASS_PAST_WHEN.match(rest) is None:
        return False
    if _MASS_STILL.search(text, massing.end()) is not None:
        return False
    return _MASS_AGAIN.search(text, massing.end()) is None


# Round 25. Fighters moving to a place to give themselves up: "hundreds of fighters were heading
# towards X to surrender" (the purpose right after the place, a name of up to four words).
# Review of round 25: those words (the text is lowered) may not tell the movers demanding it
# ("closing in on X, telling the garrison to surrender", "and urged fighters to surrender": an
# ultimatum to the defenders, a warning), nor another purpose ("to force the rebels to surrender").
_TO_YIELD = re.compile(
    r"^ ?(?:(?!(?:and|or|but|then|to|who|which|that|told|tell|tells|urged?|urges|ordered|orders?|asked"
    r"|asks?|called|calls?|gave|gives?|want|wants|demand\w*|forc\w+|compel\w*|press\w*|get|gets|make"
    r"|makes|allow\w*|let|persuad\w*|them|it|its|\w+ing)\b)[\w'-]+ ){1,4}?(?:in order )?to (?:surrender"
    r"|give themselves up"
    r"|hand (?:over|in) (?:their|its) (?:weapons|arms|rifles|guns)"
    r"|lay down (?:their|its) (?:weapons|arms|rifles|guns)|turn themselves in|defect|be evacuated"
    r"|be disarmed)\b"
)


def _moving_to_yield(text: str, closing: re.Match[str]) -> bool:
    """Forces moving on a place only to surrender there (no attack): the purpose after the place."""
    return _TO_YIELD.match(text[closing.end() :]) is not None


# Round 25. A preparation the same sentence then tells ended by the start it led to: "after weeks
# of preparing for an assault on X, the army announced the start of the ground push", "had been
# preparing to storm X; on Sunday it said the operation had begun". Only a cue of preparation, and
# only a start told as done after it (not "will announce the start", not "before it begins").
_PREPARED_CUE = re.compile(r"\bprepar(?:ing|ed|es|e)\b", re.IGNORECASE)
_STARTED_NOUNS = r"(?:offensives?|assaults?|attacks?|operations?|invasion|incursion|push|battle|storming)"
_START_TOLD = re.compile(
    rf"\b(?:announced|declared|proclaimed) (?:the |its )?(?:official )?(?:start|launch|beginning|opening) of"
    rf" (?:the |its |their |a )?(?:\S+ ){{0,2}}?{_STARTED_NOUNS}"
    rf"|\b{_STARTED_NOUNS} (?:\S+ ){{0,2}}?(?:had|has|have) (?:now |finally |already )?"
    r"(?:begun|started|been launched)\b",
    re.IGNORECASE,
)
# the preparation told as going on now: "is preparing ... the siege of X has begun" is still ahead
_PREPARING_NOW = re.compile(r"\b(?:is|are|am|now|still) (?:\S+ )?$", re.IGNORECASE)


def _prepared_then_started(text: str, cue_start: int, cue_end: int, end: int) -> bool:
    """The cue (text[cue_start:cue_end]) is a preparation and the sentence, after it and up to
    ``end``, tells the attack started."""
    prep = _PREPARED_CUE.search(text, cue_start, cue_end)
    if prep is None or _PREPARING_NOW.search(text, max(0, prep.start() - 20), prep.start()) is not None:
        return False
    return any(not _start_elsewhere(text, hit, end) for hit in _START_TOLD.finditer(text, cue_end, end))


# Review of round 25. A start that is not the prepared attack's: one told as the time of another
# clause ("prepared to storm X days after the offensive had begun further north", "once the
# offensive had begun"), or of an attack at another place ("the battle for Y had begun", "the
# operation had begun elsewhere", "the start of its offensive in the east").
_START_SUBORDINATE = re.compile(
    r"\b(?:after|as|once|when|since|until|till|while|before|if|unless)\s+(?:\S+\s+){0,3}$", re.IGNORECASE
)
_START_OTHER_PLACE = re.compile(
    r"^\s*(?:elsewhere|further \w+|(?:in|on|near|against|for) (?:the )?(?:north|south|east|west)\w*"
    r"|in (?:neighbouring|neighboring|nearby|other|another)\b|(?:in|on|near|against|for|at) [A-Z])"
)


_START_NAME = re.compile(r"[A-Z][\w'-]*")


def _start_elsewhere(text: str, hit: re.Match[str], end: int) -> bool:
    """The start told (``hit``) dates another clause or names another place (see above)."""
    if _START_SUBORDINATE.search(text, max(0, hit.start() - 40), hit.start()) is not None:
        return True
    # a name inside the start ("the battle for Y had begun") or right after it ("begun on Y"): another
    # attack's, unless the sentence named it before ("prepared to storm X ... begun on X")
    told = text[: hit.start()]
    inside = re.search(r" ([A-Z][\w'-]+)", hit.group())
    if inside is not None:
        return inside.group(1) not in told
    after = _START_OTHER_PLACE.match(text[hit.end() : end])
    if after is None:
        return False
    name = _START_NAME.match(text, hit.end() + after.end() - 1) if after.group()[-1:].isupper() else None
    return name is None or name.group() not in told


def _civil_noun(phrase: str) -> bool:
    """The first attack noun of phrase is a campaign's or a crime's by its modifier ("head off a
    takeover offensive", "pre-empt a marketing offensive"), or a bare "operation" (a surgeon's, a
    firm's): the caller then asks for armed forces around."""
    m = _ATTACK_NOUN_AT.search(phrase)
    return m is not None and _CIVIL_BEFORE.search(phrase[: m.start()].rstrip()) is not None


def _expected_attack(
    words: Joined,
    present: set[str],
    object_place: Callable[[int], bool],
    armed_before: Callable[[], bool],
) -> tuple[int, int, int] | None:
    """Cue range and anchor for an attack spoken of as still to come without an attack verb of its
    own: carried forward as a plan, its date set, not ruled out, pre-empted, its start unknown.
    ``present``: _SENTENCE_SCAN's literals found in the words (the caller's one pass stands for
    sixteen substring searches of every sentence that gets this far)."""
    text = words.text
    if present.isdisjoint(_EXPECTED_ALL):
        return None
    tokens, offsets, index = words.tokens, words.offsets, words.index
    # the three whose place follows the attack word must name it there
    # each pattern searched only where a literal every match of it holds is present
    for pattern, needed in (
        (_AHEAD_WITH, " ahead with" in present or " forward with" in present),
        (_DATE_SET, "date " in present),
        (_NOT_RULED_OUT, "rul" in text),
        (_TARGET_COLON, ":" in text),
    ):
        hit = pattern.search(text) if needed else None
        if hit is None or not object_place(hit.end()):
            continue
        if pattern is _TARGET_COLON and not (_armed(text) or armed_before()):
            continue  # "the likely target: X" of shoppers, hackers, a marketing campaign
        if pattern is _DATE_SET and (
            _DATE_FIXED.search(text) is None
            or _DATE_UNFIXED.search(text) is not None
            or _NEGATED.search(text[: hit.start()])
        ):
            continue  # "no date has been discussed", "denied a date for ...", "has not been set"
        if pattern is _AHEAD_WITH and (
            _NEGATED.search(text[: hit.start()])
            or _civil_noun(hit.group())
            or ("operation" in hit.group() and not (_armed(text) or armed_before()))
        ):
            continue  # "denied it would press ahead with ...", a firm's or a surgeon's operation
        # the cue ends before "the southern X city of": the place finder reads the descriptor
        end = hit.start("of") if hit.group("of") else hit.end()
        a, b = _span(tokens, offsets, index, hit.start(), end)
        return a, b, b - 1
    # these two point at an attack already named: the place is found around it or before
    for pattern, needed in (
        (_PRE_EMPT, not present.isdisjoint(_PRE_EMPT_NEEDS)),
        (_WHEN_UNKNOWN, not present.isdisjoint(_WHEN_UNKNOWN_NEEDS) or "undecided" in text),
    ):
        hit = pattern.search(text) if needed else None
        if hit is None or _NEGATED.search(text[: hit.start()]):
            continue
        if pattern is _PRE_EMPT and _PRE_EMPT_DONE.search(text, 0, hit.start()):
            continue  # "managed to head off the assault": averted
        if _civil_noun(hit.group()):
            continue  # "head off a takeover offensive", "pre-empt a marketing offensive"
        if not (_armed(text) or "offensive" in hit.group() or "assault" in hit.group()):
            continue
        a, b = _span(tokens, offsets, index, hit.start(), hit.end())
        return a, b, b - 1
    return None


# Words that point back to a place named earlier: "a ground assault into the city".
_ANAPHOR = re.compile(
    r"\b(?:the (?:\S+ ){0,3}?(?:city|town|village|port|enclave|camp|district|area|region|province|metropolis)"
    r"|there"
    # round 31: "a ground offensive in that region", "an assault on this town"
    r"|(?:that|this) (?:city|town|village|port|enclave|district|area|region|province))\b"
)
# Literals every _ANAPHOR match holds (perf: the pattern tries its "the" branch at every word).
_ANAPHOR_NEEDS = (
    "there", "city", "town", "village", "port", "enclave", "camp", "district", "area", "region", "province",
    "metropolis",
)  # fmt: skip


def _anaphor_in(lowered: str, start: int, end: int) -> bool:
    """_ANAPHOR in lowered[start:end]."""
    return holds_any(lowered[start:end], _ANAPHOR_NEEDS) and _ANAPHOR.search(lowered, start, end) is not None


# Countries and wide regions: never what "the city" points to. The gazetteer of Syria lists the
# country and its wide regions among its towns.
_WIDE = frozenset(name.lower() for name in WORLD) | frozenset(
    alias.lower()
    for name in ("Syria", "Northwest Syria", "Northeast Syria", "Euphrates Valley")
    for alias in (name, *PLACES[name])
)
# "attack Tigray forces near X": a name before these names a group, not the place attacked.
# "capture the last Kessa junta posts": a country before its ruling force is its owner.
_GROUP_NOUNS = FIGHTERS | frozenset({"positions", "units", "brigades", "junta", "regime"})
# "an offensive by X", "an attack from X": the attacker or where it comes from, not the target.
_AGENT_PREPS = frozenset({"by", "from"})
_DWELLERS = frozenset({"residents", "inhabitants", "villagers", "people", "civilians"})
# "X braces for an assault", "X fears an attack": the subject is the place threatened.
_EXPERIENCER = frozenset(
    {"braces", "brace", "braced", "bracing", "fears", "fear", "feared", "fearing", "awaits", "await"}
    | {"awaited", "awaiting", "dread", "dreads"}
)
# "an ultimatum to the troops defending X": the place the threatened side holds.
_HOLDERS = frozenset({"defending", "holding", "guarding", "garrisoning"})
_ADJECTIVAL = re.compile(r"-[a-z]+(?:ed|ing)\b")


# "X, which has carried out strikes in Y, has given the fighters a deadline": a relative clause on
# the subject, closed before the cue, tells where its past attacks fell, not the place threatened.
_STRUCK_ASIDE = re.compile(
    r", (?:which|who) (?:[^,]* )?(?:has|have|had) (?:already |also |repeatedly )?(?:carried out|launched"
    r"|conducted|struck|hit|bombed|shelled|attacked|targeted|raided)\b[^,]*$"
)


def _struck_aside(text: str, place: Place, sentence_start: int, at: int) -> bool:
    """place lies in a relative clause on past attacks that closes (a comma) before the cue at `at`."""
    if place.end >= at or "," not in text[place.end : at]:
        return False
    return _STRUCK_ASIDE.search(text, sentence_start, place.start) is not None


def _said_before(text: str, place: Place, sentence_start: int, reach: int = 60) -> str:
    """The words of place's sentence in the `reach` characters before it, lower-cased, one space
    apart: what the comparison, speaker and venue patterns read (anchored at their end)."""
    return " ".join(text[max(sentence_start, place.start - reach) : place.start].lower().split())


# "during a speech at the regional assembly in X", "the governor gave an address in X": where the
# words were said (not "officials at the assembly in X", who may speak of their own town). The
# speech opens the sentence or a clause, or follows a verb of saying or giving: "an assault during
# the president's speech in X" is an attack on X. Read from the sentence start ("^").
_SPEECH = re.compile(
    r"(?:^|[,;] |\b(?:said|says|told \S+|warned|spoke|speaking|gave|gives|delivered|delivering|made|making) )"
    r"(?:(?:during|in|at|giving|delivering) )?"
    r"(?:a|an|the|his|her|their|its|\S+'s) (?:\S+ ){0,2}(?:speech|address)(?: \S+){0,6} (?:in|at)$"
)


def _speech_venue(text: str, place: Place, sentence_start: int) -> bool:
    return _SPEECH.search(_said_before(text, place, sentence_start, reach=place.start)) is not None


def _excluded(text: str, place: Place, sentence_start: int) -> bool:
    before = _said_before(text, place, sentence_start)
    return bool(
        (_COMPARISON.search(before) and not _EXEMPLIFIED.search(before))
        or _SPEAKER.search(before)
        or _speech_venue(text, place, sentence_start)
    )


# Where talks are held: "talks in X", "negotiators in X", "a summit in X" (a speaker's seat, by
# contrast, may be the town threatened: "officials in X fear an assault on the town").
_VENUE = re.compile(
    r"\b(?:talks|negotiations|negotiators|mediators|summit|conference|meeting|met|signed|reached|brokered)"
    r"(?: \S+)? (?:in|at)$"
)


def _venue(text: str, place: Place, sentence_start: int) -> bool:
    return _VENUE.search(_said_before(text, place, sentence_start, reach=40)) is not None or _speech_venue(
        text, place, sentence_start
    )


def _compared(text: str, place: Place, sentence_start: int) -> bool:
    before = _said_before(text, place, sentence_start)
    return _COMPARISON.search(before) is not None and _EXEMPLIFIED.search(before) is None


# Round 28: places given as examples of a kind ("other strongholds like A and B", "towns such as
# A"): named members of the kind, not another story's place as a comparison is.
_EXEMPLIFIED = re.compile(
    r"\b(?:towns|cities|villages|strongholds|garrisons|garrison towns|bases|areas|regions|provinces"
    r"|districts|ports|hubs|targets|places|centres|centers)(?: \S+)? (?:like|such as|including)"
    r"(?: \S+){0,3}$"
)


def _town_name(name: str | None) -> str | None:
    """ "eastern Khan Younis" is a part of the town: the warning names the town. A direction keeps
    its place on a country or region ("northern Syria" is a region of its own)."""
    if not name:
        return name
    if name.endswith(" Township") and name.count(" ") == 1:
        name = name[: -len(" Township")]  # "X Township" is the town's own district: the town
    first, _, rest = name.partition(" ")
    if (
        name.endswith((" Governorate", " governorate"))
        and name.count(" ") == 1
        and first.lower() not in DIRECTIONS
        and first.lower() != "capital"
    ):
        # round 29: a governorate bears its seat's name ("the X Governorate"): the warning names X
        # (not "the Northern Governorate", "the Capital Governorate": no town of that name)
        return first
    if rest and first in DIRECTIONS and rest.lower() not in _WIDE:
        return rest
    return name


def _first_of_list(name: str) -> str:
    """ "Sirte and Al-Jafra": the warning names its first place (the labels want one place)."""
    return re.split(r"\s*(?:,|&|\band\b)\s*", name, maxsplit=1)[0] or name


# Round 30: "fighters from the northern region of X", "troops from the province of X": where the
# side comes from (read on _said_before's lowered words), never the place it threatens.
_FROM_UNIT_OF = re.compile(
    r"\bfrom (?:the )?(?:[\w-]+ ){0,2}(?:region|province|state|district|governorate|county|area) of$"
)


def _location(places: list[Place], tokens: list[Token], anchor: int, text: str) -> str | None:
    """The threatened place, by how the sentence relates it to the attack: first its object, named
    after the attack word ("offensive on Rafah", "storm Rafah"; not the agent "by X" or the origin
    "from X"); else one named just before it ("Idlib's offensive"), the subject that braces for
    or fears it ("Rafah braces for an assault"), or one with a locative ("people in Rafah fear")."""
    at = tokens[anchor].start
    starts = [t.start for t in tokens]
    first = tokens[0].start
    places = [p for p in places if not _excluded(text, p, first) and not _struck_aside(text, p, first, at)]
    before: list[str] = []
    ends = {p.end for p in places}
    for p in reversed([p for p in places if p.end <= at]):
        k = bisect.bisect_left(starts, p.start) - 1
        if k >= 1 and tokens[k].lower == "in" and tokens[k - 1].end in ends:
            continue  # "residents of X in northern Y": Y only locates X
        if (
            k >= 1
            and tokens[k].lower == "in"
            and any(_LOCATES_DWELLERS.match(text, q.end, tokens[k].end) for q in places if q.end < p.start)
        ):
            continue  # round 29: "X residents near the border in Y State": Y only locates X
        if k >= 1 and tokens[k].lower == "the" and tokens[k - 1].lower == "of":
            k -= 1  # "residents of the X and Y districts fear ...": the preposition before "the"
        if _CONTAINER.search(_said_before(text, p, first, reach=40)) or _APPOSED_CONTAINER.search(
            _said_before(text, p, first, reach=90)
        ):
            # "X, a hill town in central Y, braces for ...": Y only says where X lies; the town
            # described stands in its place, else the article's main place does (no place here)
            town = _described(tokens, k)
            if town is not None:
                before.append(town)
            continue
        landmark = _landmark_of(tokens, k)
        if landmark is not None:
            before.append(landmark)  # "X, 80 km west of Y, is next": Y only locates X
            continue
        if _past_attack_in(tokens, k):
            continue  # "a clinic damaged by a missile strike in X": where one struck
        if _FROM_UNIT_OF.search(_said_before(text, p, first, reach=50)):
            continue  # round 30: "forces from the northern region of X said ...": their origin
        bordering = k >= 1 and tokens[k].lower == "with" and tokens[k - 1].lower in ("border", "frontier")
        nxt = bisect.bisect_left(starts, p.end)
        if nxt < len(tokens) and tokens[nxt].lower in _DWELLERS:  # "X residents fear an assault"
            nxt += 1
        bracing = nxt < len(tokens) and tokens[nxt].lower in _EXPERIENCER
        if (
            # "X's offensive": the attacker when X is a country ("Russia's offensive")
            (at - p.end <= 3 and not (p.possessive and p.text.lower() in _WIDE))
            # "residents of X's eastern districts": a part of X after its possessive is X
            or (
                k >= 0
                and tokens[k].lower in _PLACE_PREPS
                and (not p.possessive or _part_follows(tokens, starts, p))
            )
            or bordering
            or bracing
            or (k >= 0 and tokens[k].lower in _HOLDERS)
        ):
            before.append(p.text)
    stop = _CLAUSE_BREAK.search(text, at, tokens[-1].end)
    limit = min(at + 80, stop.start() if stop is not None else at + 80)
    after = []
    # "an offensive on the southern Gaza city": a name inside the descriptor only modifies it
    anaphor = _OBJECT_ANAPHOR.match(text, tokens[anchor].end)
    described = False
    origins: set[int] = set()  # ends of places named as the attack's origin ("from X")
    for p in places:
        if (
            anaphor is not None
            and (
                anaphor.start() <= p.start < anaphor.end()
                # "a march on the capital, adding that its units were north of X": the object is the
                # place named earlier; a name past a comma after it belongs to another clause (not the
                # apposition right after it: "storm the capital, X")
                or (p.start >= anaphor.end() and _another_clause(text[anaphor.end() : p.start]))
            )
        ):
            continue
        if at <= p.start < limit and _origin_container(tokens, starts, p, origins):
            continue
        if at <= p.start < limit and _FROM_UNIT_OF.search(_said_before(text, p, first, reach=50)):
            continue  # round 30: "an assault by rebels from the region of X": their origin
        if (
            at <= p.start < limit
            and _DESCRIBER_HEAD.match(text, p.end)
            # "outskirts of Varnia town" (a headline): a country only describes the town
            and (_DESCRIBER_LEAD.search(text, max(0, p.start - 24), p.start) or _wide_or_part(p.text))
        ):
            # "an assault against fighters in the southern Gaza city": the name describes "the city"
            described = True
            continue
        if (
            at <= p.start < limit
            and _wide_or_part(p.text)
            and _ANAPHOR_IN.search(text, max(0, p.start - 60), p.start)
        ):
            # round 27: "a land assault on the biggest port in Y": a wide Y only locates the
            # city the sentence named before (the caller looks for it)
            described = True
            continue
        if (
            at <= p.start < limit
            and _wide_or_part(p.text)
            and _CAPITAL_OF.search(text, max(0, p.start - 30), p.start)
        ):
            # "push on to the capital of Y": the country only says whose capital; its name is the
            # place threatened, named elsewhere (round eighteen)
            described = True
            continue
        if at <= p.start < limit and (not p.possessive or _part_follows(tokens, starts, p)):
            k = bisect.bisect_left(starts, p.start) - 1
            if k >= 0 and tokens[k].lower in _DETERMINERS:
                k -= 1
            nxt = bisect.bisect_left(starts, p.end)
            group = nxt < len(tokens) and tokens[nxt].lower in _GROUP_NOUNS  # "attack Tigray forces"
            # "oust the militia from X": the verb's own "from" (the anchor) names the place
            if (
                (k < 0 or k == anchor or tokens[k].lower not in _AGENT_PREPS)
                and not group
                and not _in_agents_title(tokens, k, anchor)
            ):
                after.append(p.text)
    # "could invade Armenian territory": the adjective's country, when it comes first after the cue
    land = _ADJECTIVE_LAND.search(text, at, limit)
    country = country_of_adjective(land.group(1)) if land is not None else None
    if (
        land is not None
        and _LAND_DESCRIBED.match(text, land.end())
        and any(land.end() <= p.start < limit for p in places if p.text != land.group(0))
    ):
        # "retake every inch of Georgian territory lost to rebels in X": a participle says which
        # part of the land; the place it names is the one threatened, not the whole country
        country = None
        after = [name for name in after if name != land.group(0)]
    if land is not None and text[max(0, land.start() - 6) : land.start()].lower().split()[-1:] in (
        ["from"],
        ["by"],
    ):
        # "an offensive from Moldovan territory": where the attack comes from, not its target
        country = None
        after = [name for name in after if name != land.group(0)]
    if (
        land is not None
        and country is not None
        and not any(at <= p.start < land.start() and p.text in after for p in places)
    ):
        return country
    if not after and (anaphor is not None or described):
        return None  # "an assault on the city": the place named earlier, not a bystander before it
    if not after:
        # "fled to X, which the army has threatened to attack": the relative pronoun's antecedent
        relative = next((p for p in reversed(places) if p.end <= at and not p.possessive), None)
        if relative is not None and _RELATIVE.match(text, relative.end, at):
            return _first_of_list(relative.text)
    ranked = after + before
    return _first_of_list(ranked[0]) if ranked else None


def _in_agents_title(tokens: list[Token], k: int, anchor: int) -> bool:
    """Round 31: the name after tokens[k] ends a body's title that follows "by"/"from" ("an attack by
    the Islamic State of West X Province", "an assault by the Army of Y"): the attacker's own name,
    not the place attacked. Only capitalised words, "of" and "the" between; "by rebels on the town
    of X" stops at the lower-case words and keeps X."""
    seen_of = False
    while k > anchor:
        low = tokens[k].lower
        if low in _AGENT_PREPS:
            return seen_of
        if low == "of":
            seen_of = True
        elif low != "the" and not is_capitalised(tokens[k].text):
            return False
        k -= 1
    return False


# Round 29: the words between a town's dwellers and a wider place after "in": "X residents near the
# Kessan border in", "X villagers along the river in". Nothing but the dwellers and where they are.
_LOCATES_DWELLERS = re.compile(
    r" (?:residents|inhabitants|villagers|people|civilians|families)"
    r"(?: (?:near|along|on|at|by|close to) the(?: [A-Z][\w'-]*)* (?:border|frontier|coast|river|road|highway"
    r"|front ?line))? in$"
)


def _another_clause(between: str) -> bool:
    """The words between an anaphoric object and a later name hold a comma and more than it."""
    return "," in between and between.strip(" ,") != ""


def _origin_container(tokens: list[Token], starts: list[int], p: Place, origins: set[int]) -> bool:
    """p is the attack's origin ("offensives from X") or only locates it ("from X in Y Region"):
    where the attack sets out from, not its target. Records p's end in `origins` when p is one."""
    k = bisect.bisect_left(starts, p.start) - 1
    if k >= 0 and tokens[k].lower == "from":
        origins.add(p.end)
        return True
    if k >= 1 and tokens[k].lower in ("in", "near") and tokens[k - 1].end in origins:
        origins.add(p.end)
        return True
    # round 27: "from Y's X": the town after its country's possessive sets out too ("would expand
    # operations from Y's X to Z" threatens Z)
    if k >= 1 and tokens[k].lower.endswith("'s") and tokens[k - 1].lower == "from":
        origins.add(p.end)
        return True
    return False


# Round 27: a place after "the <words> city in": it locates the city pointed back to.
_ANAPHOR_IN = re.compile(
    r"(?i)\bthe (?:[a-z-]+ ){0,3}?(?:city|town|village|port|enclave|capital|metropolis) in (?:the )?$"
)
_CAPITAL_OF = re.compile(r"(?i)\bthe (?:[a-z-]+ )?capital (?:city )?of (?:the )?$")
_STRIKE_NOUNS = word_set("attack attacks strike strikes airstrike airstrikes raid raids shelling bombardment")


def _past_attack_in(tokens: list[Token], k: int) -> bool:
    """Token k is "in" after an attack noun told as done ("damaged by a missile strike in X",
    "killed in a strike in X"): the place it locates is where an attack struck, not the target of
    the one warned of later in the sentence."""
    if k < 1 or tokens[k].lower not in ("in", "on") or tokens[k - 1].lower not in _STRIKE_NOUNS:
        return False
    return _past_before(" ".join(t.lower for t in tokens[max(0, k - 5) : k - 1]))


# A place after "a <place noun> in": the container of a town just described ("X, a hill town in
# central Y"), read on _said_before's lower-cased words.
_CONTAINER = re.compile(
    r"\ban? (?:[a-z-]+ ){0,2}(?:town|city|village|port|hamlet|settlement|enclave|community|camp|district"
    r"|suburb|area|outpost|crossing|capital) (?:in|near|outside)(?: the)?(?: [a-z-]+)?$"
)
# ... also in an apposition that describes the town by its role: "X - the last stronghold of the
# army in Y -" (Y says where X lies).
_APPOSED_CONTAINER = re.compile(
    r"(?:\u2014|\u2013| -|,) (?:the|a|an) (?:[a-z-]+ ){0,2}(?:stronghold|bastion|holdout|town|city|capital"
    r"|hub|enclave|port)(?: [a-z'-]+){0,6}? in(?: the)?(?: [a-z-]+)?$"
)
_NOT_NAME_WORDS = word_set("in at of from near to for the and but as")


_NOT_SUBJECTS = word_set("police officials authorities residents it they he she we security")


def _name_before(tokens: list[Token], end: int) -> str | None:
    """The capitalised words right before token `end` (at most three), a name the gazetteer may
    not know; None when there are none."""
    run = end
    while (
        run > 0
        and end - run < 3
        and is_capitalised(tokens[run - 1].text)
        and tokens[run - 1].lower not in _NOT_NAME_WORDS
    ):
        run -= 1
    return " ".join(t.text for t in tokens[run:end]) if run < end else None


def _described(tokens: list[Token], k: int) -> str | None:
    """The town an apposition before token k describes ("Dorvane, a hill town in ...")."""
    comma = next((c for c in range(k - 1, max(0, k - 8) - 1, -1) if tokens[c].text == ","), None)
    if comma is None or comma + 1 >= k or tokens[comma + 1].lower not in ("a", "an"):
        return None
    return _name_before(tokens, comma)


# "X, 80 km west of Y", "X, a town held by rebels south of Y": the measure or description between
# the comma and the direction (at most eight words).
_LANDMARK_GAP = 8


def _landmark_of(tokens: list[Token], k: int) -> str | None:
    """tokens[k] is the "of" of a direction ("west of") opening a place Y, in an apposition after
    another name X ("X, 80 km west of Y", "X, a hill town held by rebels east of Y"): Y is a landmark that
    locates X, and X (returned) is the place the sentence speaks of. None otherwise."""
    if k < 2 or tokens[k].lower != "of" or tokens[k - 1].lower not in DIRECTIONS:
        return None
    comma = next(
        (c for c in range(k - 2, max(0, k - 2 - _LANDMARK_GAP) - 1, -1) if tokens[c].text == ","), None
    )
    if comma is None:
        return None
    gap = tokens[comma + 1 : k - 1]
    measured = bool(gap) and gap[0].text[:1].isdigit()  # "80 km", "20 miles"
    described = bool(gap) and gap[0].lower in ("a", "an", "some", "about", "around", "roughly")
    if not gap or not (measured or described) or any(t.text in (",", ";", ":") for t in gap):
        return None
    name = _name_before(tokens, comma)
    run = comma - len(name.split()) if name else 0
    if run > 0 and tokens[run - 1].lower in _STAGING_PREPS:
        return None  # "troops gathered in X, 10 km south of Y, ahead of an assault": X may be the base
    return name


_STAGING_PREPS = word_set("in at near from outside around inside")


def _subject_name(tokens: list[Token], a: int) -> str | None:
    """The name opening the sentence as the subject of the cue at token a ("Dorvane was put on
    alert ..."); not a body of people ("Police were put on alert")."""
    name = _name_before(tokens, a)
    if name is None or a - len(name.split()) != 0 or name.lower() in _NOT_SUBJECTS:
        return None
    return name


# A name inside a descriptor of "the city" ("the southern Gaza city"): it says which city, not where.
# "Armenian territory", "Malian soil": a nationality adjective before a word for a country's land.
_ADJECTIVE_LAND = re.compile(r"\b([A-Z][a-z]+) (?:territory|territories|soil|land|lands)\b")
# A participle that narrows the land to a part ("territory lost to the rebels in X", "land held by
# the militia around X").
_LAND_DESCRIBED = re.compile(
    r" (?:lost|taken|held|seized|captured|occupied|controlled|overrun|gained|annexed|grabbed|under)\b"
)


def _wide_or_part(name: str) -> bool:
    """A country or wide region, or a part of one named by a direction ("northern Kessa")."""
    first, _, rest = name.lower().partition(" ")
    return name.lower() in _WIDE or (first in DIRECTIONS and rest in _WIDE)


# Not "town by town" (an adverb of manner: "capture northern Kessa town by town").
_DESCRIBER_HEAD = re.compile(r" (?:city|town|village|port|enclave|capital|metropolis)\b(?! of\b| by\b)")
_DESCRIBER_LEAD = re.compile(r"\bthe (?:[a-z-]+ )?$")


# A relative clause on the place just named, up to the attack word: ", which rebels vowed to storm".
_RELATIVE = re.compile(r"\s*,\s*(?:which|where|that)\s[^,;:.]{0,60}$")


# "seize Omdurman's northern suburbs": a part of the place after its possessive is the place.
_PARTS = word_set(
    "suburbs suburb outskirts centre center airport port districts district neighbourhoods neighborhoods"
    " old streets gates edge edges outlying"
)


def _part_follows(tokens: list[Token], starts: list[int], p: Place) -> bool:
    k = bisect.bisect_left(starts, p.end)
    while k < len(tokens) and tokens[k].lower in DIRECTIONS:
        k += 1
    return k < len(tokens) and tokens[k].lower in _PARTS


# The attack's object is a place named earlier: "an assault on the city", "storm the town", "there".
_OBJECT_ANAPHOR = re.compile(
    r"\s*(?:(?:on|against|into|in|of|to|toward|towards|at|for)\s+)?"
    r"(?:the (?:\S+ ){0,3}?(?:city|town|village|port|enclave|camp|district|area|region|province|capital"
    r"|metropolis)\b"
    r"|there\b)",
    re.IGNORECASE,
)


def _named_target(tokens: list[Token], a: int, b: int) -> str | None:
    """The capitalised name a "next target" cue points at: after it ("the next target would be X")
    or starting it ("X is the next target"); None for other cues."""
    cue = joined_text(tokens, a, b) + " "  # the pattern ends with the space before the name
    hit = _TARGET.search(cue)
    if hit is None:
        return None
    k = a if hit.group("place") is not None else b
    run = k
    while run < len(tokens) and is_capitalised(tokens[run].text) and run - k < 3:
        run += 1
    return " ".join(t.text for t in tokens[k:run]) if run > k else None


# First words of a Title Case headline's phrase read as a name by its shape: "Vows to Storm Rebel
# Stronghold" names no place "Storm Rebel Stronghold".
# Round 27: the attack verbs whose lemma is phrasal ("advance on", "march on") stand alone too:
# "Orders Forces to Advance on X" names no place "Advance".
_HEADLINE_VERBS = forms(ATTACK_LEMMAS) | FIGHTERS | frozenset({"rebel", "stronghold", "advance", "march"})


# Time words a Title Case headline puts after the name: "Storm X Within Days", "Take X Next Week".
# (and a Title Case preposition that ends the run: "Retake X From Insurgents")
_HEADLINE_TIMES = word_set(
    "within in next this days weeks hours week month soon tonight tomorrow from after before ahead near by"
)


# A time span that ends a headline's name run with no verb before it ("X Within Days").
_HEADLINE_SPANS = word_set("days weeks hours week month")
_HEADLINE_SPAN_LEADS = word_set("within in next this")


def _headline_trimmed(p: Place) -> Place:
    """A name run led by a headline's verb ("Storm X Within Days") cut down to the name in it ("X");
    with only verbs, forces or time words in it, the run is returned as it was (and is unusable)."""
    words = p.text.split(" ")
    if len(words) >= 3 and words[0].lower() not in _HEADLINE_VERBS:
        # review of round 27: "to Advance on X Next Week": the lower-case "on" splits the verb off
        # (round 27 made "Advance" unusable), but the time words still end the run
        tail = len(words)
        if words[-1].lower() in _HEADLINE_SPANS and words[-2].lower() in _HEADLINE_SPAN_LEADS:
            tail -= 2
        if tail == len(words):
            return p
        text = " ".join(words[:tail])
        return Place(p.start, p.start + len(text), text, p.canonical, p.possessive)
    if len(words) < 2 or words[0].lower() not in _HEADLINE_VERBS:
        return p
    lead = 0
    while lead < len(words) and words[lead].lower() in _HEADLINE_VERBS:
        lead += 1
    tail = len(words)
    while tail > lead and words[tail - 1].lower() in _HEADLINE_TIMES:
        tail -= 1
    if tail <= lead:
        return p
    start = p.start + len(" ".join(words[:lead])) + 1
    text = " ".join(words[lead:tail])
    return Place(start, start + len(text), text, p.canonical, p.possessive)


def _usable(p: Place) -> bool:
    # "an Israeli-declared safe zone": a hyphenated adjective found by shape is no place name, nor
    # is a bare direction ("as Western allies urge a truce")
    return (
        not p.possessive
        and _ADJECTIVAL.search(p.text) is None
        and p.text.split(" ", 1)[0].lower() not in _HEADLINE_VERBS
        and not (p.canonical is None and p.text.lower() in _DIRECTION_WORDS)
    )


_DIRECTION_WORDS = frozenset({"western", "eastern", "northern", "southern", "central"})


# Round 29 (document-level place): names that are never the place a warning threatens, wherever
# they stand in the article. The tail of a body's name: "the Economic Community of West African
# States", "the Central Bank of Kessa" (not "the Republic of X", "the Kingdom of X": a country).
_BODY_OF = re.compile(
    r"\b(?:Community|Organi[sz]ation|League|Council|Commission|Bank|University|Association|Federation"
    r"|Ministry|Institute|Authority|Agency|Committee|Conference|Assembly|Court|Parliament|Secretariat)"
    r" of (?:the )?$"
)
# Backers of a side, listed after what they give: "military support from foreign powers, including
# A, B and the C", "a militia backed by A and B". Each name of the list is a backer. The list is
# read a capitalised word at a time (one way only to split it: no backtracking blow-up).
_LISTED_NAMES = r"(?:[A-Z][\w'-]*,? (?:and )?(?:the )?)*"
_BACKERS = re.compile(
    r"\b(?:support|backing|aid|assistance|arms|weapons|help|funding|supplies|drones) from"
    # review (round 29): the words between "from" and the list are the givers ("foreign allies"),
    # never a place's preposition: "help from soldiers in X" names where they are, X is no backer
    r"(?: (?!(?:in|at|near|to|into|inside|outside|around|across|within|toward|towards|on|of)\b)"
    r"[\w-]+,?){0,3}? (?:(?:including|such as|like|notably|namely|chiefly|mainly) )?(?:the )?"
    + _LISTED_NAMES
    + r"$|\b(?:backed|armed|funded|supported|sponsored|supplied|bankrolled) by (?:the )?"
    + _LISTED_NAMES
    + "$"
)
# A link or page-furniture line: its own line, with no closing stop, opened by a link's word
# ("Check live updates of all that is happening in X", "Watch: ...", "Photo: ...").
_LINK_LINE = re.compile(
    r"\s*(?:check|watch|click|tap|follow|live|read|see|subscribe|sign up|listen|download|join|photo"
    r"|image|picture|video|file photo|caption|related|also|more|latest)\b"
)


def _link_line(doc: Document, k: int) -> bool:
    """Sentence k is a line of page furniture (never the headline, sentence 0)."""
    s, e = doc.spans[k]
    line = doc.cleaned[s:e].rstrip()
    if k == 0 or line.endswith((".", "?", "!", '"', "\u201d", ")")):
        return False
    # the few characters before it, not the whole text: this runs for every name of the article
    if doc.cleaned[max(0, s - 64) : s].rstrip(" \t")[-1:] not in ("\n", ""):
        return False  # the rest of a line, not a line of its own
    return _LINK_LINE.match(line.lower()) is not None


# A past attack known by its place: "the April 22 Kessa terror attack", "the Varn massacre": a
# precedent, not the place threatened.
_NAMED_ATTACK_BEFORE = re.compile(r"\bthe (?:[A-Z][a-z]+ \d{1,2},? |\d{1,2} [A-Z][a-z]+ )?$")
_NAMED_ATTACK_AFTER = re.compile(
    r" (?:terror |terrorist |suicide |deadly |militant )?"
    r"(?:attack|massacre|bombing|ambush|killings|shooting)s?\b"
)


def _never_target(doc: Document, k: int, p: Place, n: int = -1) -> bool:
    """p (named in sentence k) is no place a warning threatens: inside a body's name, a backer in a
    list of those who arm a side, a past attack known by its place, or on a link line (unless the
    line is the warning's own sentence n: a warning read off a line keeps that line's place)."""
    before = doc.cleaned[max(doc.spans[k][0], p.start - 160) : p.start]
    return (
        _BODY_OF.search(before[-60:]) is not None
        or _BACKERS.search(before) is not None
        or (
            _NAMED_ATTACK_AFTER.match(doc.cleaned, p.end) is not None
            and _NAMED_ATTACK_BEFORE.search(before[-30:]) is not None
        )
        # review (round 29): "Latest: rebels are preparing an assault on X" is a line with no
        # stop opened by a link's word, yet the warning is read off it: X is its place
        or (k != n and _link_line(doc, k))
    )


_LEDE = 12  # sentences: headline, dateline and the opening paragraphs


_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:\w+\.? \d{1,2}|\d{1,2} \w+)\b|\(?\s*(?:Reuters|AP|AFP|IPS|IRIN|Xinhua|ANI|PTI)\b"
    r"|\s*[-\u2013\u2014]\s)"
)


def _dateline(text: str, p: Place) -> bool:
    """ "NAIROBI, March 18 (Reuters) -", "GENEVA (AP) -": the place a story was filed from."""
    if p.text.isupper() and len(p.text) > 3:
        return True
    return _DATELINE_AFTER.match(text, p.end) is not None and text[max(0, p.start - 1) : p.start] in (
        "",
        "\n",
    )


# A news outlet's base ("a radio station based in X"); not aid groups "based in X", who
# may fear for their own town.
_BASED = re.compile(
    r"\b(?:radio|television|tv|media|newspaper|outlet|channel|station|house|website|broadcaster)"
    r"(?: \S+){0,3} (?:based|headquartered) (?:in|at)$"
)


def _main_place(doc: Document) -> str | None:
    """The place the article is about: the town or city it names most often (first on a tie),
    else the country or region it names most often."""
    counts: dict[str, float] = {}
    datelined: list[str] = []
    for k in range(min(len(doc.spans), _LEDE)):  # the opening names the story's place
        first = doc.spans[k][0]
        for p in doc.places(k):
            # a comparison ("an assault like the one on X") is another story's place, and so is
            # the venue of talks ("negotiators met in X")
            if (
                _usable(p)
                and not _never_target(doc, k, p)
                and not _compared(doc.cleaned, p, first)
                and not _venue(doc.cleaned, p, first)
                and not _armed_group(p.text.lower())  # "an offensive against al-Shabab"
                # a news outlet's base ("a radio station based in X") is no place the story is about
                and not _BASED.search(_said_before(doc.cleaned, p, first, reach=30))
                # "an assault on a northern Kessa town": the country only describes an unnamed town
                and not (_DESCRIBER_HEAD.match(doc.cleaned, p.end) and _wide_or_part(p.text))
            ):
                name = _first_of_list(p.text)
                # a dateline ("NAIROBI, March 18 (Reuters) -") says where the story was filed
                # from, often but not always its place: half a mention, a tie-breaker, counted
                # with the body's spelling of the name ("ALEPPO" is "Aleppo")
                if _dateline(doc.cleaned, p):
                    datelined.append(name)
                    continue
                counts[name] = counts.get(name, 0) + 1
    for name in datelined:
        spelt = next((known for known in counts if known.lower() == name.lower()), name)
        counts[spelt] = counts.get(spelt, 0) + 0.5
    local = {name: c for name, c in counts.items() if name.lower() not in _WIDE}
    # "Turkey threatens a new operation", "Turkey's president said ...": a country the article
    # makes the threatener is the attacker, not the place threatened
    pool = local or {name: c for name, c in counts.items() if not _threatener(doc.cleaned, name)}
    if not local:
        pool = _without_adjective_attackers(doc.cleaned, counts, pool)
    return max(pool, key=lambda name: pool[name]) if pool else None


# Round 28: an attack noun after a nationality adjective ("a possible Chinese invasion", "a new
# Norvian offensive"): the adjective names the side that would attack.
_ADJECTIVE_ATTACK = re.compile(
    r"\b([A-Z][a-z]+) (?:(?:military|ground|land|army|full-scale|large-scale) )?"
    r"(?:invasion|offensive|assault|attack|incursion|onslaught)\b"
)
# The speaker's country that warns of an attack ("X's leader warned of an invasion"):
# the side that fears it, not the one that threatens it.
_WARNING_SPEAKER_AFTER = (
    r"(?:'s|\u2019s) (?:\S+ )?(?:president|prime minister|leader|government|foreign minist\w+"
    r"|defen[cs]e minist\w+) (?:warns?|warned|warning|fears?|feared)\b"
)


# Review of round 28: the adversary of an adjective's attack that is an armed group, not a state
# ("a Malian army offensive against jihadists"): a country's forces fighting insurgents mostly
# fight on their own soil, so, when no other country is left, the adjective's is the story's.
_INSURGENT_NOUNS = word_set(
    "militants rebels militia militias militiamen insurgents jihadists gunmen paramilitaries bandits"
    " gangs separatists extremists terrorists guerrillas"
)
# the adversary's noun, first or after one modifier ("against Islamist militants")
_AGAINST_WHOM = re.compile(r" (?:against|on) (?:the )?(\S+)(?: (\S+))?")


def _against_insurgents(text: str, end: int) -> bool:
    m = _AGAINST_WHOM.match(text, end)
    if m is None:
        return False
    return any(
        w is not None and (w.lower() in _INSURGENT_NOUNS or _armed_group(w.lower())) for w in m.groups()
    )


def _without_adjective_attackers(
    text: str, counts: dict[str, float], pool: dict[str, float]
) -> dict[str, float]:
    """Round 28: the main country left once the attacker named by its adjective is set aside.
    "Kessa's leader warned that a Norvian invasion could come within months": Norvia (by
    "Norvian") attacks, so it is not the story's place; Kessa, set aside as the speaker's country,
    is (the speaker warns of the attack: the side that fears it). Without such an adjective,
    `pool` unchanged; `counts` gives only the speaker's country its weight."""
    attackers: set[str] = set()
    at_home: set[str] = set()  # review of round 28: the adjective's forces fight insurgents
    for m in _ADJECTIVE_ATTACK.finditer(text):
        country = country_of_adjective(m.group(1))
        if country is not None:
            attackers.add(country)
            if _against_insurgents(text, m.end()):
                at_home.add(country)
    if not attackers:
        return pool
    kept = {name: c for name, c in pool.items() if name not in attackers}
    if kept:
        return kept
    # the speaker's country is named only by its possessive ("Taiwan's president warns"), which
    # the count of places leaves out: read it from the text
    for m in re.finditer(rf"\b([A-Z][\w-]+){_WARNING_SPEAKER_AFTER}", text):
        name = canonical_place(m.group(1))
        if name is not None and name not in attackers:
            return {name: counts.get(name, 1.0)}
    # no other country and no speaker's: an army fighting insurgents ("a Malian army offensive
    # against jihadists") fights at home, its country is the story's
    return {name: c for name, c in pool.items() if name in at_home}


def _adjective_as_country(location: str | None) -> str | None:
    """Round 28: a nationality adjective read as a name by its position ("troops along the
    Kosovan border", "near the Norvian frontier") stands for its country: the country is the
    place. A name the gazetteer knows is kept as it is."""
    if location is None or " " in location or canonical_place(location) is not None:
        return location
    return country_of_adjective(location) or location


# Round 28: a headline's adjective before a border or land noun ("build-up on Kosovan border"):
# the country whose border it is (the labels name the country, not the adjective).
_BORDER_NOUN = re.compile(r" (?:border|borders|frontier|territory|soil|land)\b")


def _border_country(text: str, words: list[Token]) -> str | None:
    if len(words) != 1 or _BORDER_NOUN.match(text, words[0].end) is None:
        return None
    return country_of_adjective(words[0].text)


# What a country does as the side that threatens: its leaders, its forces, its threats.
_THREATENER_AFTER = (
    r"(?:'s|\u2019s) (?:\S+ )?(?:president|prime minister|leader|government|army|military|forces|troops"
    r"|defen[cs]e minist\w+|foreign minist\w+|generals?|commanders?|threats?|ultimatum|offensive|invasion)"
    r"| (?:threatens?|threatened|threatening|vows?|vowed|plans?|planned|prepares?|prepared"
    r"|is preparing|has threatened|has vowed)\b"
)


def _threatener(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}(?:{_THREATENER_AFTER})", text) is not None


# Capitalised words that name no town in a headline ("Fear grips X", "UN warns X").
_NOT_HEADLINE_NAMES = word_set(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday i we they he she it"
)


# After a name, what makes it the side that speaks or attacks: "X's president", "X's army".
_POSSESSIVE_ACTOR = re.compile(
    r"(?:'s|\u2019s)? (?:\S+ )?(?:president|prime minister|leader|government|army|military|forces|troops"
    r"|generals?|commanders?)\b"
)


def _armed_group(word: str) -> bool:
    """An armed group's name, also with the article "al-" spelt on ("al-Shabab")."""
    return word in ARMED_GROUPS or (word.startswith("al-") and word[3:] in ARMED_GROUPS)


def _headline_name(doc: Document) -> str | None:
    """A name the headline alone gives: "Fear grips X" over a body that says only "the town".
    The last capitalised run of the first line (none without a stop), not its first word, and not
    an armed group, an acronym, a month or a day."""
    if not doc.spans:
        return None
    s, e = doc.spans[0]
    if doc.cleaned[s:e].rstrip().endswith((".", "?", "!")):
        return None  # a sentence of the body, not a headline
    tokens = doc.tokens(0)
    best: str | None = None
    k = 1
    while k < len(tokens):
        if not is_capitalised(tokens[k].text) or tokens[k].lower in _NOT_HEADLINE_NAMES:
            k += 1
            continue
        run = k
        while run < len(tokens) and run - k < 3 and is_capitalised(tokens[run].text):
            run += 1
        words = tokens[k:run]
        # "Will Retake X Next Week": the verb and the time words around the name are not part of it
        lead, tail = 0, len(words)
        while lead < tail and words[lead].lower in _HEADLINE_VERBS:
            lead += 1
        while tail > lead and words[tail - 1].lower in _HEADLINE_TIMES:
            tail -= 1
        words = words[lead:tail]
        if words and _POSSESSIVE_ACTOR.match(doc.cleaned, words[-1].end) is not None:
            words = []  # "an offensive declared by X's president": the speaker's country
        if (
            words
            and _DESCRIBER_HEAD.match(doc.cleaned, words[-1].end)
            and _wide_or_part(" ".join(t.text for t in words))
        ):
            words = []  # "assault on northern Kessa town": the country only describes the town
        if len(words) == 1 and _ADJECTIVE_ATTACK.match(doc.cleaned, words[0].start) is not None:
            words = []  # round 28: "fears a Norvian attack": the attacker's adjective, no place
        if words and not any(_armed_group(t.lower) or t.text.isupper() for t in words):
            best = _border_country(doc.cleaned, words) or " ".join(t.text for t in words)
            if lead:
                return best  # "Vows to Attack X After ...": the attack verb's object is the target
        k = run
    return best


# Towns already taken and places people came from: not the city an attack is still ahead for
# ("the group took X and Y last year. ... fear an assault on the city"; "fled to Z from X").
_TAKEN_OR_LEFT = re.compile(
    r"\b(?:took|taken|seized|captured|overran|overrun|recaptured|retook|retaken|controls|control of"
    # (not "across from X": troops facing X, X the place they face; round 31)
    r"|fall of|capture of|seizure of|(?<!across )from)(?: the (?:\S+ )?(?:towns?|cities|city|villages?) of)?$"
)


_TOWN_POINTER = re.compile(r"(?i)the (?:\S+ ){0,3}?(?:city|town|village|metropolis)\b")
_REGION_NEXT = re.compile(r"(?i) (?:state|region|province|governorate|oblast|county)\b")
_REGION_WORDS = frozenset({"state", "region", "province", "governorate", "oblast", "county"})


_PROVINCE_OF = re.compile(r" (?:province|region|state|district|governorate) of\b")


def _antecedent(doc: Document, n: int, before: int, story: str | None = None) -> str | None:
    """The place "the city" or "there" points back to: the nearest town or city named before it,
    in this sentence or the ones before (countries and wide regions are not "the city"). Round 30:
    the story's threatened town (`story`, see _story_town) when the pointer's own sentence names
    no candidate and the story's town is one of the candidates before it ("Rebels massed near A.
    Aid workers reached B on foot. A commander vowed to storm the city": A)."""
    nearest: str | None = None
    for k, p in _antecedents(doc, n, before):
        name = _first_of_list(p.text)
        if nearest is None:
            if k == n or story is None or _kept_antecedent(doc, k, p):
                return name  # "B, where officials fear an assault on the city": B
            nearest = name
        if name == story:
            return name
    return nearest


# "B is a city of ...", "B, a town 50 km away", "the city of B": the article says what B is, and a
# pointer of that kind after it reads as B (review of round 30: the story's town must not override it)
_KIND_AFTER = re.compile(
    r",? (?:is |was |remains )?(?:a|an|the) (?:\S+ ){0,3}?(?:city|town|village|port|capital|enclave)\b"
)
_KIND_BEFORE = re.compile(r"\bthe (?:\S+ )?(?:city|town|village|port|enclave) of $")


def _kept_antecedent(doc: Document, k: int, p: Place) -> bool:
    """The nearest candidate stands against the story's town: the article says what kind of place
    it is, or its own sentence holds armed men or a warning's words (a threatened place itself)."""
    first, last = doc.spans[k]
    if _KIND_AFTER.match(doc.cleaned, p.end) or _KIND_BEFORE.search(
        doc.cleaned[max(first, p.start - 30) : p.start]
    ):
        return True
    line = doc.cleaned[first:last]
    return bool(_ARMED_LOW.search(line.lower()) or _HAS_CUE.search(line))


def _antecedents(doc: Document, n: int, before: int) -> Iterator[tuple[int, Place]]:
    """The candidates for a pointer, nearest first, with their sentences."""
    # "Residents flee X in Y State ... an attack on the town": a state or a province is no town
    townish = _TOWN_POINTER.match(doc.cleaned, before) is not None
    for k in range(n, max(-1, n - 8), -1):
        first = doc.spans[k][0]
        for p in reversed(doc.places(k)):
            # "diplomats in X warned that an assault on the city ...": the speaker's seat and a
            # comparison are not what "the city" points back to
            if (
                p.end <= before
                and p.text.lower() not in _WIDE
                and not (townish and p.text.rsplit(" ", 1)[-1].lower() in _REGION_WORDS)
                # "Residents of X, Y region, central Z, ... the town": a direction and a name is
                # where the town lies, not a town
                and not (
                    townish
                    and (
                        (" " in p.text and p.text.split(" ", 1)[0].lower() in DIRECTIONS)
                        or _REGION_NEXT.match(doc.cleaned, p.end) is not None  # "Y region"
                    )
                )
                and _usable(p)
                and not _never_target(doc, k, p, n)
                # round 27: "the northern Kessan province of X": the word before "province of"
                # describes the province named after it, it is no place "the region" points to
                and _PROVINCE_OF.match(doc.cleaned, p.end) is None
                and not _excluded(doc.cleaned, p, first)
                and not (k == n and _struck_aside(doc.cleaned, p, first, before))
                and not _TAKEN_OR_LEFT.search(
                    " ".join(doc.cleaned[max(first, p.start - 40) : p.start].lower().split())
                )
            ):
                yield k, p


# Round 30 (issue 11): a warning whose own place is a country or a wide region ("an offensive in
# northern Kessa") while the story's title or lead names the town it is about: the town is the
# place threatened, when the article (or the gazetteer) puts the town inside that region.
_STORY_LEAD = 3  # sentences: the headline and the lead
# where a side sets out from or is based: not the town it threatens
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|based in|based at|out of|headquartered in|fled|flee|fleeing"
    r"|(?:said|says|spoke|speaking|told \S+)(?: on \S+)? in)\s+$",
    re.I,
)
_SYRIA_TOWNS = frozenset(
    alias.lower() for name in PLACES if name != "Syria" for alias in (name, *PLACES[name])
)


_ANOTHER_STORY = re.compile(r"\s*(?:Separately|Elsewhere|In a separate (?:development|incident|statement))\b")


def _wide_country(name: str) -> str | None:
    """The country or wide region a wide place names ("northern Kessa" -> "Kessa"), else None."""
    first, _, rest = name.partition(" ")
    if name.lower() in _WIDE:
        return name
    if first.lower() in DIRECTIONS and rest.lower() in _WIDE:
        return rest
    return None


_CARDINALS = ("north", "south", "east", "west")


def _inside(doc: Document, town: str, location: str, region: str) -> bool:
    """The article says the town lies in the region ("T, Kessa", "T in northern Kessa", "Kessa's
    T"), or the gazetteer does (its towns are Syria's); a town placed in another part of it ("T in
    northern Kessa" for a warning on southern Kessa) is not inside."""
    t, r = re.escape(town), re.escape(region)
    unit = r"(?: (?:State|Province|Region|Oblast|Governorate|state|province|region))?"
    seat = r"(?:the )?(?:\w+ )?(?:capital|city|town|port)"
    placed = re.search(rf"\b{t}(?:,| in| near)(?: the)? (\w+ern|central) {r}\b", doc.cleaned)
    if placed is not None and location != region:
        part = location.split(" ", 1)[0].lower()
        if not any(c in part and c in placed.group(1).lower() for c in (*_CARDINALS, "central")):
            return False  # "T in northern Kessa", a warning on southern Kessa
    # The gazetteer knows a town is Syria's, not which part of Syria: it places the town in the
    # whole country only ("an offensive in Syria"), never in "southwestern Syria".
    if (
        location == region
        and region.lower() in ("syria", "syrian arab republic")
        and town.lower() in _SYRIA_TOWNS
    ):
        return True
    said = (
        rf"\b{t}(?:,| in| near)(?: the)?(?: \w+ern| central)? {r}\b"  # "T, Kessa", "T in northern Kessa"
        rf"|\b{r}{unit}(?:'s|\u2019s)(?: (?:capital|city|town|port),?)? {t}\b"  # "Kessa State's capital T"
        rf"|\b{t},? {seat} of(?: the)? {r}\b"  # "T, the capital of Kessa"
    )
    return re.search(said, doc.cleaned) is not None


def _story_town(doc: Document) -> str | None:
    """The town the story is about: the main place, if a town that the lead (the first sentences;
    a feed's text has no title) names as no origin, base or venue, and that the opening names
    beside armed men or a warning's words (a threatened town, not only a story's setting)."""
    town = _main_place(doc)
    if town is None or _wide_country(town) is not None or _armed_group(town.lower()):
        return None
    named = threatened = False
    for k in range(min(len(doc.spans), _LEDE)):
        first, last = doc.spans[k]
        for p in doc.places(k):
            if _first_of_list(p.text) != town:
                continue
            if k < _STORY_LEAD:
                said = doc.cleaned[max(first, p.start - 40) : p.start]
                if (
                    _ORIGIN_BEFORE.search(said[-30:])
                    # "rebels overran T": a town already taken is no target of the next push
                    or _TAKEN_OR_LEFT.search(" ".join(said.lower().split()))
                    or p.possessive
                    or _excluded(doc.cleaned, p, first)
                    or _venue(doc.cleaned, p, first)
                ):
                    # "rebels from T", "T's army": the attacker's side; "said in T", "met in T":
                    # where words were said, not the town the story fears for
                    return None
                named = True
            # "Flood aid reaches T" makes T the story's setting, not a threatened place
            line = doc.cleaned[first:last]
            threatened = threatened or bool(_ARMED_LOW.search(line.lower()) or _HAS_CUE.search(line))
    return town if named and threatened else None


# The party a threat is addressed to, before the cue in its sentence: "X has warned Y that its army
# is prepared for large-scale operations" threatens Y (not X, the speaker, the story's main place).
_ADDRESSED = re.compile(
    r"\b(?:warned|warns|threatened|threatens|told|tells) (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
    # not a relative clause on the addressee: "warned Y, which is preparing an offensive, to ..."
    r"(?= that\b| it\b|,(?! (?:which|who|whose)\b))"
)


def _addressee(doc: Document, n: int, start: int) -> str | None:
    """The place a warning with no place of its own is addressed to (a known place name only)."""
    s, _ = doc.spans[n]
    hits = list(_ADDRESSED.finditer(doc.cleaned, s, start))
    if not hits:
        return None
    hit = hits[-1]  # the one nearest the cue
    name = hit.group("name")
    return name if any(p.text == name and _usable(p) for p in doc.places(n)) else None


# "the capital" in a cue points back to the place the article has called the capital: "X, the
# capital, ...", "the capital, X", "the country's capital X", "Y's capital X", "X is the capital".
_THE_CAPITAL = re.compile(r"\bthe capital\b")
_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}"
_CAPITAL_NAMED = re.compile(
    rf"(?P<a>{_NAME}),? (?:is |was |remains )?the (?:country's |nation's )?capital\b"
    rf"|\b(?:the|its|the country's|the nation's|[A-Z][\w-]+'s) capital,? (?P<b>{_NAME})"
)


def _capital_named(doc: Document, lowered: str, start: int, e: int) -> str | None:
    """The name the article gives the capital before "the capital" in the cue's sentence."""
    pointer = _THE_CAPITAL.search(lowered, start, e)
    if pointer is None:
        return None
    known = {p.text for k in range(len(doc.spans)) for p in doc.places(k) if _usable(p)}
    named = None
    for hit in _CAPITAL_NAMED.finditer(doc.cleaned, 0, pointer.start()):
        name = hit.group("a") or hit.group("b")
        if name in known:
            named = name
    return named


# An offensive that was feared and has been averted, or a fear recalled in the past perfect
# ("a deal that had averted an assault", "residents had feared an offensive"): a recap, not news.
_AVERTED = grouped(
    re.compile(
        r"\b(?:averted|avoided|staved off|headed off|forestalled|prevented|spared|spare|spares|called off"
        r"|scrapped|abandoned|shelved|averts|avert|averting"
        # the attackers were stopped first: "the army said it had thwarted a planned attack on X"
        r"|thwarted|thwarts|thwarting|foiled|foils|foiling|pre-empted|preempted|nipped"
        # the fear is over: "the ceasefire ended weeks of fear that troops would storm X"
        r"|(?:ended|ends|ending|end to|allayed|allays|allaying|dispelled|dispels|dispelling|eased|eases"
        r"|easing"
        r"|lifted|lifts|lifting|removed|removes|removing)"
        r" (?:\S+ ){0,3}?(?:fears?|threat"
        r"|prospect)"
        r"|never (?:came|happened|materiali[sz]ed|took place)"
        # plans set aside: "persuaded the army to abandon plans for an assault on X"
        r"|(?:abandon|abandons|abandoning|drop|drops|dropped|dropping|shelve|shelves|shelving|scrap|scraps"
        r"|scrapping|halt|halts|halted|halting) (?:\S+ ){0,2}?plans?"
        r"|(?:did not|didn't|failed to) (?:materiali[sz]e|happen|come|take place))\b"
    )
)
_RECAP = re.compile(
    r"\bhad (?:long |previously |earlier |once |repeatedly |been )?(?:feared|threatened|warned|loomed"
    r"|expected|anticipated|planned|vowed|been feared|been expected|been planned|been threatened"
    # "residents had been bracing for an assault": the wait is over, told from after it
    r"|been bracing|braced|been expecting|been preparing for|been fearing|been dreading|dreaded"
    r"|lived in fear|been living in fear)\b"
    r"|\b(?:earlier|previous|past|initial|old) (?:fears?|threats?|warnings?)\b"
)
# More recaps, each tried only in a text that holds one of its literals (perf: one alternation of
# them all costs several times the search of each where it can match).
_RECALLED: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # a fear with a year or an age: "the 2019 warnings that troops would storm", "two years ago"
    (("19", "20"), re.compile(r"\b(?:19|20)\d\d (?:fears?|threats?|warnings?)\b")),
    # the threat recalled as the background of what happened since: "months after threatening to"
    (
        ("after ", "since "),
        re.compile(
            r"\b(?:after|since) (?:having )?(?:threatening|threatened|vowing|vowed|warning|warned|pledging)\b"
            # told weeks or more after it, anywhere: "talks resumed a month after the rebels
            # threatened to ..." ("days after" may still stand)
            r"|\b(?:weeks|months?|years?) after (?:\S+ ){1,4}?(?:threatened|warned|vowed|pledged)\b[^,;:]*$"
        ),
    ),
    # a deal reached after the threat: "the truce was signed days after rebels threatened to",
    # "the factions signed a ceasefire on Sunday, weeks after the militia vowed to"
    (
        ("deal", "truce", "ceasefire", "agreement", "accord", "pact"),
        re.compile(
            r"\b(?:(?:deal|truce|ceasefire|agreement|accord|pact)\b(?: \S+){0,3} (?:was |were |is )?(?:signed"
            r"|reached|agreed|struck|brokered|announced|came|comes)\b"
            r"|(?:signed|reached|agreed|struck|brokered|sealed|agreed to) (?:\S+ ){0,2}?"
            r"(?:deal|truce|ceasefire"
            r"|agreement|accord|pact)\b)"
            r"(?: \S+){0,4} after (?:\S+ ){0,3}?(?:threatened|warned|vowed|feared)\b"
        ),
    ),
    # a time of the past fronting the sentence: "Weeks ago, ...", "At the time, ...", "Back then"
    (
        (" ago", "at the time", "back then", "once", "in the past", "previously"),
        re.compile(
            r"^(?:\S+ )?(?:weeks|months|years) ago\b|^(?:at the time|back then|once|in the past|previously) ,"
            r"|^back then\b"
        ),
    ),
    # told from a time after it: "A year after the army vowed to retake X, ...", "When the army
    # threatened to storm X, thousands fled"
    (
        ("after ", "since ", "when "),
        re.compile(
            # (the cue inside that time clause: "Days after the truce collapsed, X vowed" is new)
            r"^(?:\S+ ){1,2}(?:days?|weeks?|months?|years?) (?:after|since)\b[^,;:]*$"
            r"|^when (?:\S+ ){0,4}?(?:threatened|warned|vowed|pledged)\b"
        ),
    ),
    # a past perfect the threat is coordinated with: "had surrounded X and threatened to storm it"
    (("had ",), re.compile(r"\bhad \w+ed (?:\S+ ){0,4}?and (?:threatened|vowed|warned)\b")),
)


def _recalled(head: str) -> bool:
    return any(holds_any(head, needs) and pattern.search(head) for needs, pattern in _RECALLED)


# An age before the cue dates it ("Rebels last year threatened to storm X", "Two years ago, ...")
# unless it dates another clause: a relative one set off by commas ("The rebels, who lost X last
# year, threatened to storm it again") or one coordinated before the cue's ("A truce that took
# effect last year is fraying, and rebels now threaten to storm X"). Both are cut from the head.
_AGED = re.compile(r"\b(?:(?:years?|months?) ago|last year)\b(?!')")
_AGED_NEEDS = (" ago", "last year")
_RELATIVE_INSERT = re.compile(r" , (?:who|which|whose) [^,;:]* , ")
# a join opens a clause of its own only with a subject of its own: "..., and threatened to" shares
# the first clause's subject and its time ("Last year rebels seized X, and threatened to storm Y")
_CLAUSE_JOINED = re.compile(r" (?:, (?:and|but|while|whereas|yet)|;) (?!(?:then |later |also )?\w+ed )")
# "the UN had expressed fears of a massacre if troops entered X": the fear told from after it, in
# the cue's own clause only ("aid groups had raised concerns about funding; now the army vows ...")
_FEARS_VOICED = re.compile(r"\bhad (?:\S+ )?(?:expressed|voiced|raised) (?:\S+ )?(?:fears?|concerns?)\b")
_FEARS_VOICED_NEEDS = ("expressed ", "voiced ", "raised ")


def _dated_head(head: str) -> str:
    """The part of the words before the cue that can date it (see _AGED)."""
    head = _RELATIVE_INSERT.sub(" ", head)
    joins = list(_CLAUSE_JOINED.finditer(head))
    return head[joins[-1].end() :] if joins else head


# A year named before the cue ("In 2018, the UN warned", "warned in 2019 that"): read against the
# article's year, an earlier one recalls an old warning.
_YEAR = re.compile(r"\b(?:in|during|back in|by|of) (?:early |late |mid-|mid )?(?:\S+ )?((?:19|20)\d\d)\b")
# Narrated from after the event: "warned of an imminent assault, the troops had been moved up
# two days earlier" (the attack has happened since).
_NARRATED = re.compile(
    r"\bhad (?:been |already )?\w+ed\b(?: \S+){0,8}? (?:days|weeks|months|hours) earlier\b"
)


_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_MONTH = "|".join(_MONTHS)
# A month that dates a past cue: "In October, the UN warned ...", "officials warned in October that".
_CUE_MONTH = re.compile(
    rf"^(?:back )?in ({_MONTH}) , (?:\S+ ){{0,5}}?(?:warned|feared|threatened|vowed|predicted|pledged"
    r"|promised|said|announced|expected)\b"
    r"|\b(?:warned|feared|threatened|vowed|predicted|pledged|promised|said|announced)"
    rf" (?:back )?in ({_MONTH})\b"
)
_STALE_MONTHS = 2  # a warning dated this many months or more before the article is a recap


def _old_month(head: str, month: int | None) -> bool:
    """A month named with a past cue ("In October, the UN warned") two or more months before the
    article's ``month`` (1-12): the warning is a recap."""
    if month is None or not holds_any(head, _MONTHS):
        return False
    hit = _CUE_MONTH.search(head)
    if hit is None:
        return False
    named = _MONTHS.index(hit.group(1) or hit.group(2)) + 1
    return (month - named) % 12 >= _STALE_MONTHS


# only auxiliaries and adverbs between: the deadline is the verb's subject, not "after parliament
# passed a law" (review of round eighteen)
_EXPIRED_NEAR = re.compile(
    # or told in apposition: "..., a deadline that passed on Sunday"
    r"(?:(?:\S+ )?, (?:an? |the )?(?:\S+ )?(?:deadline|ultimatum) (?:that|which) )?"
    r"(?:(?:has|had|have|already|now|since|quietly|finally|just|then) ){0,3}?"
    r"(?:expired|has expired|had expired|ran out|lapsed|passed)\b"
)
_DEADLINE_WORDS = re.compile(r"\b(?:ultimatum|deadline|hours?|days?)\b")
# ... or the sentence opens on the ultimatum that ran out ("The 48-hour ultimatum for fighters in X
# to surrender expired, and the assault resumed"; not "... after an earlier deadline expired")
_EXPIRED_SUBJECT = re.compile(
    r"(?:\S+ ){0,4}?(?:ultimatum|deadline)\b(?: \S+){0,12}? (?:expired|ran out|lapsed)\b"
)


def _expired_subject(text: str, cue_end: int) -> bool:
    """The sentence opens on an ultimatum that ran out, and the cue (ending at ``cue_end``) is part
    of it, before the verb of its expiry, or a later cue tells no new intent ("... expired, and the
    assault resumed", not "... ran out and troops are poised to storm the town")."""
    m = _EXPIRED_SUBJECT.match(text)
    if m is None:
        return False
    later = text[m.end() :].lower()
    return cue_end <= m.end() or (_INTENT_WORDS.search(later) is None and _FUTURE_ACT.search(later) is None)


# Round eighteen: a report the writer doubts, or one judged false by the word for a lie.
# Right before the cue, with only auxiliaries between: "troops are supposedly planning", not "the
# supposedly defeated rebels vowed to attack" (an aside on the attacker; review of round eighteen).
_DOUBTED = re.compile(
    r"\b(?:supposedly|purportedly)(?: (?:is|are|was|were|be|been|being|has|have|had|will|would|now|still))*$"
)
# right after the cue, in its clause: "... on X disinformation", "... were branded propaganda", "as lies"
# (no comma between: "..., calling the truce a lie" judges another thing; review of round eighteen)
_JUDGED_TAIL = re.compile(
    r"(?:[^\s,;]+ ){0,2}?(?:(?:was|were|is|are) (?:\S+ )?(?:called|labell?ed|branded|dismissed as"
    r"|described as|termed) |as )?"
    r"(?:[^\s,;]+ ){0,2}?[\"'\u201c\u2018]? ?(?:disinformation|misinformation|nonsense|propaganda"
    r"|fake news|fakes?|lies|a lie|fabricat\w*|fiction|a hoax|hoaxes)\b"
)
_REPORT_NOUN = re.compile(r"\b(?:reports?|claims?|talk|rumou?rs?|stories|story|allegations?|suggestions?)\b")
_JUDGING = re.compile(r"\b(?:call\w*|label\w*|brand\w*|dismiss\w*|describ\w*|term\w*|denounc\w*)\b")
# The cue's own clause after it, up to a comma: "threatened to storm X in 2019, ...".
_CLAUSE_END = re.compile(r" [,;:.] ")
_AGED_CLAUSE = re.compile(r"\b(?:last year|(?:years?|months?) ago)\b")


# Round 28: evidence said absent for the clause that holds the cue ("officials have seen no sign
# that the militia is readying a push on X", "there is no indication that ..."): a denial. The
# cue must stay in that clause (no comma, semicolon or "but" between).
_NO_SIGN_THAT = re.compile(
    r"\b(?:no|not (?:\S+ ){0,2}?any|never (?:\S+ ){0,2}?any|nor any) (?:\S+ )?"
    r"(?:sign|signs|indication|indications|evidence) (?:that|of)\b(?:(?! ,| ;| but\b) \S+)*$"
)
# What the absent evidence is about when it is a stop ("no sign that the army will stop its
# preparations to storm X", "no signs that the militia has given up its plan"): the threat stands.
_GIVEN_UP = re.compile(
    r"\b(?:stop|stops|stopped|halt|halts|halted|abandon|abandons|abandoned|give up|gives up|given up"
    r"|gave up|drop|drops|dropped|shelve|shelves|shelved|back down|backs down|backed down|relent|relents"
    r"|relented|ease|eases|eased|withdraw|withdraws|withdrawn|withdrew|pull back|pulls back|pulled back"
    # review of round 28: more ways to say the force leaves or spares the place
    r"|pull out|pulls out|pulled out|hold back|holds back|held back|retreat|retreats|retreated"
    r"|spare|spares|spared|stand down|stands down|stood down"
    r"|call off|calls off|called off|cancel|cancels|cancell?ed|scrap|scraps|scrapped)\b"
)
# Round 28: what an attack would take, said in general ("to mount such an assault, the army would
# need far more troops"): a requirement, not a warning of one.
_WHAT_IT_TAKES = re.compile(
    r"(?:^|\bthat |, )(?:in order )?to (?:prepare|launch|mount|stage|carry out|conduct)"
    r" (?:a |an |any )(?:\S+ )?(?:offensive|assault|attack|invasion|operation)"
    r"(?: (?:on|against) (?:the )?\S+)?"
    r" , (?:\S+ ){0,5}?(?:(?:is|are|was|were|would be|will be) (?:needed|required|necessary)"
    r"|(?:would|will) (?:need|require|take)|needs|need|requires|require)\b"
)


# Review of round 28: a requirement said small ("would need only hours", "needs just the
# order"): readiness, so the warning stands.
_LITTLE_NEEDED = re.compile(r" (?:only|just|merely|no more than|as little as|little more than|a matter of)\b")


def _evidence_denied(head: str, text: str, cue_at: int) -> bool:
    """Round 28: the cue sits in a clause of absent evidence, or in a general requirement (the
    requirement's match holds the cue, at `cue_at` in `text`)."""
    absent = _NO_SIGN_THAT.search(head)
    if absent is not None and _GIVEN_UP.search(absent.group()) is None:
        return True
    need = _WHAT_IT_TAKES.search(text)
    return (
        need is not None
        and need.start() <= cue_at < need.end()
        and _LITTLE_NEEDED.match(text, need.end()) is None
    )


def _called_off(
    words: Joined, span: tuple[int, int, int], year: int | None = None, month: int | None = None
) -> bool:
    """Denials, refusals, averted offensives and recaps of old fears (a year before the article's
    `year` named before the cue or in its clause, a month of the past two or more before its
    `month`): no warning. ``words``: the sentence's joined words."""
    a, b, _ = span
    n = len(words.tokens)
    text = words.text
    head = words.text_of(0, b)
    tail = words.text_of(b, n)
    cue = words.text_of(max(0, a - 4), b)
    stop = _CLAUSE_END.search(" " + tail + " ")
    own = tail[: stop.start()] if stop is not None else tail
    return bool(
        _DENIAL_AFTER.search(tail)
        or _FADED_NEAR.search(tail.lstrip())
        or _PUT_OFF_NEAR.search(tail.lstrip())
        or _DETERRENT_AFTER.search(tail.lstrip())
        or _DENIAL_BEFORE.search(_CONTRAST.split(head)[-1])  # "denied the reports, but residents fear"
        or _evidence_denied(_CONTRAST.split(head)[-1], text, len(words.text_of(0, a)))
        # "says it has no plans to storm X, despite the build-up of troops": the intent denied
        or (
            holds_any(head, _DENIED_NEXT_NEEDS)
            and (
                _DENIED_NEXT.search(_CONTRAST.split(head)[-1]) is not None
                or _JUDGED_NEXT.search(_CONTRAST.split(head)[-1]) is not None
            )
        )
        or _REFUSED.search(cue)
        or _AVERTED.search(text)
        or _RECAP.search(head)
        or _recalled(head)
        or (holds_any(head, _AGED_NEEDS) and _AGED.search(_dated_head(head)) is not None)
        or (holds_any(head, _FEARS_VOICED_NEEDS) and _FEARS_VOICED.search(_dated_head(head)) is not None)
        or _NARRATED.search(text)
        or (_QUESTION_BEFORE.search(head) and _DENIAL_AFTER.search(text))
        or (year is not None and any(int(y) < year for y in _YEAR.findall(_dated_head(head) + " " + own)))
        # an age in the cue's own clause: "threatened to attack X last year", "... two years ago"
        or _AGED_CLAUSE.search(own) is not None
        or _old_month(head, month)
        # "Asked whether troops would enter X, the minister declined to comment"
        or (_QUESTION_BEFORE.search(head) and _NO_ANSWER.search(text))
        or _REMEMBERED.search(tail)
        or _RECALLING.search(words.text_of(0, a)) is not None
        or (" were to " in text and _SUPPOSED.search(text) is not None)
        # the deadline of the cue passed: "the 48-hour ultimatum for fighters in X to surrender
        # expired on Sunday" (the next sentences' expiry is _DENIED_NEXT's)
        or (_EXPIRED_NEAR.match(tail.lstrip()) is not None and _DEADLINE_WORDS.search(cue) is not None)
        # the cue inside the ultimatum that ran out, not a later one: "After the first deadline
        # lapsed, the army warned it would storm X" warns (review of round eighteen)
        or _expired_subject(text, len(head))
        # the writer's doubt: "troops are supposedly planning an offensive on X"
        or _DOUBTED.search(words.text_of(max(0, a - 3), a).rstrip()) is not None
        # reports judged false: "called reports of Y's preparations for an offensive on X
        # disinformation", "reports that rebels would storm X were branded propaganda"
        or (
            _JUDGED_TAIL.match(tail.lstrip()) is not None
            and _REPORT_NOUN.search(head) is not None
            and _JUDGING.search(text) is not None
        )
    )


# A question asks whether an attack comes; it warns of none ("Will the army storm X?", "Could X
# be next?", a headline's or an op-ed's). Its first word is an auxiliary or a question word.
_OPENING_QUOTES = frozenset({'"', "'", "\u201c", "\u2018", "("})
_CLOSING_QUOTES = frozenset({'"', "'", "\u201d", "\u2019"})
_SPEECH_TAG = 6  # tokens: "the army's spokesman said of X"
_QUESTION_OPENERS = word_set(
    "will would could can may might shall should is are was were does do did has have why how what when"
)


def _asked(tokens: list[Token]) -> bool:
    """The sentence is a direct question (opened by _QUESTION_OPENERS, closed by "?")."""
    last = len(tokens) - 1
    while last > 0 and tokens[last].text in ('"', "'", "\u201d", "\u2019", ")"):
        last -= 1
    # a quoted question opens with its quotation mark: '"Why would the army storm a town it holds?'
    first = 0
    while first < last and tokens[first].text in _OPENING_QUOTES:
        first += 1
    if tokens[first].lower not in _QUESTION_OPENERS:
        return False
    if tokens[last].text == "?":
        return True
    if first == 0:
        return False
    # ... and may end in a short speech tag: '"Why would they attack X?" the spokesman said.' (not a
    # clause after a comma: '"Why wait?" he said, vowing to storm X')
    q = next((k for k in range(first, last) if tokens[k].text == "?"), None)
    if q is None or tokens[q + 1].text not in _CLOSING_QUOTES:
        return False
    tag = [t for t in tokens[q + 2 : last + 1] if t.text not in (".", "!")]
    return len(tag) <= _SPEECH_TAG and all(t.text != "," for t in tag)


# The next sentence names the aim of what was warned of: "The army is massing troops. Its target
# is X." / "The objective appears to be the town of X." / "Their goal is to retake X."
_AIM_NEXT = re.compile(
    r"\b(?:target|objective|goal|aim)s?\s+(?:is|was|would be|will be|could be|(?:appears?|appeared|seems?"
    r"|seemed|is likely|was likely|is thought|was thought|is believed|was believed) to be)\s+"
    r"(?:to\s+(?:retake|recapture|capture|seize|take|storm|attack|encircle|besiege)\s+)?"
    r"(?:the\s+(?:\S+\s+)?(?:city|town|port|capital|village)\s+of\s+)?"
)
_AIM_NEEDS = ("target", "objective", "goal", "aim")


def _aim_next(doc: Document, lowered: str, k: int) -> str | None:
    """The place sentence k names as the aim (_AIM_NEXT), right after its copula; else None."""
    s, e = doc.spans[k]
    if not holds_any(lowered[s:e], _AIM_NEEDS):
        return None
    hit = _AIM_NEXT.search(lowered, s, e)
    if hit is None:
        return None
    place = next((p.text for p in doc.places(k) if p.start == hit.end() and not p.possessive), None)
    if place is not None:
        return _first_of_list(place)
    # a name where the aim goes, known or not ("The target is Vesko.")
    tokens = doc.tokens(k)
    first = next((i for i, t in enumerate(tokens) if t.start == hit.end()), None)
    if first is None:
        return None
    run = first
    while run < len(tokens) and run - first < 3 and is_capitalised(tokens[run].text):
        run += 1
    return " ".join(t.text for t in tokens[first:run]) or None


# A fronted subordinate clause ("Months after ...", "When ...", "Although ...") up to its comma:
# a recap there dates that clause, not the main one after it ("Last year X threatened A, and they
# vowed to attack B" is dated all through). Its opening word, within the first three. Not "when":
# a "when" clause is simultaneous and dates its main clause too ("When rebels threatened last year
# to storm A, the army warned it would attack B" is all last year).
_SUBORDINATORS = frozenset({"after", "since", "although", "though", "while", "whereas"})
_CLAUSE_MARKS = frozenset({",", ";"})
# a comma before these opens a relative clause of the recap's, not the main clause
_RELATIVES = frozenset({"who", "which", "whose", "where", "when"})


def _later_clause(
    doc: Document,
    n: int,
    tokens: list[Token],
    span: tuple[int, int, int],
    year: int | None,
    month: int | None,
) -> tuple[int, int, int] | None:
    """The span of a cue in a clause after the called-off one, read on its own (token indices of
    the whole sentence), or None."""
    a, b, _ = span
    if not any(t.lower in _SUBORDINATORS for t in tokens[: min(3, a)]):
        return None
    for k in range(b, len(tokens) - 2):
        if tokens[k].text in _CLAUSE_MARKS and tokens[k + 1].lower not in _RELATIVES:
            rest = Joined(tokens[k + 1 :])
            if not _HAS_CUE.search(rest.text):
                return None
            present = _SENTENCE_SCAN.found_in(rest.text)
            found = _noun_warning(rest, present, lambda: doc.places(n)) or _pattern_warning(
                rest, present, lambda: doc.places(n)
            )
            if found is None or _called_off(rest, found, year, month):
                return None
            shift = k + 1
            return found[0] + shift, found[1] + shift, found[2] + shift
    return None


def _armed_before(armed: re.Pattern[str], scan: str, spans: list[tuple[int, int]], n: int) -> bool:
    """Armed forces named in one of the two sentences before sentence n."""
    return any(armed.search(scan, *spans[k]) is not None for k in range(max(0, n - 2), n))


# What an army could do, not what it means to do (round eighteen). A capability right before the
# cue ("the capability needed to conduct an invasion of X", "the capabilities, such as drones, in
# order to invade X") with no word of intent, threat or fear before it or between it and the cue;
# "the capability and the intention to invade X" and "warned the rebels have the means to attack
# X" stay warnings.
_CAPABILITY = re.compile(
    r"\b(?:capabilit(?:y|ies)|capacity|capacities|ability|abilities|wherewithal|capable of)\b"
    r"(?!.*\b(?:capabilit|capacity|ability|wherewithal|capable)\b)"
)
_INTENT_WORDS = re.compile(
    r"\b(?:inten\w*|plan\w*|threat\w*|vow\w*|warn\w*|fear\w*|prepar\w*|expect\w*|predict\w*|pledg\w*"
    r"|promis\w*|determined|ready|poised|massing|amassing|aim\w*|goal)\b"
)
_CAPABILITY_GAP = 16  # words between the capability and the cue
# What the attack would take, not that it will come: "an invasion would require more ships than a
# blockade", "any assault on X would need three times the troops" (not "would take place").
_REQUIREMENT = re.compile(r"\s*(?:\S+ly )?(?:require|requires|necessitate|involve|entail|need (?!to\b))")
# (not "will": "an offensive on X will require fresh troops" takes the offensive as coming; review
# of round eighteen)
_MODAL_END = re.compile(r"\b(?:would|could|may|might)$")
_FUTURE = re.compile(r"\b(?:will|would|shall|going to)\b")
# a later clause's attack to come ("... and will attack before the rains", "adding it would begin
# on Monday"), not its analysis ("and the operations would be more complicated")
# (any modal, "could begin within days"; or a verb of its start sharing the modal before: "would
# involve thousands of troops and begin on Monday"; review of round eighteen)
_FUTURE_ACT = re.compile(
    r"\b(?:will|would|shall|could|may|might|going to) (?:\S+ )?(?:attack|storm|invade|strike|begin|start|come"
    r"|launch|march|move|push|advance|enter|take|capture|seize|do so|go ahead)\b"
    r"|\band (?:then )?(?:begin|start|come|go ahead|get under way)\b"
)
# A capability or an intent not acted on, in the same sentence after the cue: "was in a position to
# march into X but chose not to", "threatened to storm X but decided against it".
_NOT_ACTED = re.compile(
    r"^[^.;]*? but (?:\S+ ){0,2}?(?:chose|decided|opted|preferred|elected) (?:not to|against)\b"
    r"|^[^.;]*? but (?:\S+ ){0,2}?(?:held back|refrained|stopped short|backed off|thought better of it)\b"
)

_FOR_NOW = re.compile(r"\b(?:for now|for the time being|for the moment|so far|yet)\b")


def _means_only(cleaned: str, s: int, e: int, start: int, end: int) -> bool:
    """The cue cleaned[start:end] (in the sentence cleaned[s:e]) tells a capability, a requirement or
    a course not taken, not an attack to come."""
    before, after = cleaned[s:start].lower(), cleaned[end:e].lower()
    held = _NOT_ACTED.match(after)
    if held is not None:
        # held back "for now", "saying they would strike if talks fail": the threat stands
        rest = after[held.end() :]
        return _FOR_NOW.search(rest) is None and _FUTURE_ACT.search(rest) is None
    # an intent told later in the sentence keeps it: "have the capacity to storm X and will attack
    # before the rains", "the assault will require two days, adding it would begin on Monday"
    if _INTENT_WORDS.search(after) is not None or _FUTURE_ACT.search(after) is not None:
        return False
    able = _CAPABILITY.search(before)
    if (
        able is not None
        and len(before[able.end() :].split()) <= _CAPABILITY_GAP
        and _INTENT_WORDS.search(before) is None
        and _INTENT_WORDS.search(cleaned.lower(), start, end) is None
        and _FUTURE.search(cleaned.lower(), start, end) is None  # the cue "will attack" is one
    ):
        return True
    return (
        _MODAL_END.search(cleaned[start:end].lower()) is not None
        and _REQUIREMENT.match(after) is not None
        # "the offensive on X, expected this month, would require ...": the intent is told
        and _INTENT_WORDS.search(before) is None
        and _INTENT_WORDS.search(cleaned.lower(), start, end) is None
    )


# A means clause after the cue ("... by sending fighters to train in X"): a place named only inside
# it is where the means are, not the attack's target (round eighteen).
_MEANS = re.compile(r"(?:^|[^,;]) by [a-z]+ing\b")


def _means_place(cleaned: str, location: str, end: int, e: int) -> bool:
    """``location`` is named in the sentence only after a "by <gerund>" that follows the cue (which
    ends at ``end``; the sentence at ``e``)."""
    means = _MEANS.search(cleaned.lower(), end, e)
    if means is None:
        return False
    at = cleaned.find(location, end, e)
    return at >= means.end() and cleaned.rfind(location, 0, end) < 0


def _origin_here(cleaned: str, location: str, noun_end: int, e: int) -> bool:
    """The place the story is about stands right after the attack noun (ending at ``noun_end``;
    the sentence at ``e``) behind "from": "a new offensive from X" is the attack's origin (not
    "expel troops from X", a verb's own "from")."""
    at = cleaned.find(location, noun_end, e)
    return at >= 0 and cleaned[noun_end:at].lower().split() in (["from"], ["from", "the"])


def detect_warnings(text: str, *, published: datetime | None = None) -> list[OffensiveWarning]:
    """Warnings of a not-yet-happened military offensive in text, at most one per sentence;
    ``published`` (the article's date) tells an old warning recalled by its year from a new one."""
    return warnings_in(prepare(text), published=published) if text else []


def warnings_in(doc: Document, *, published: datetime | None = None) -> list[OffensiveWarning]:
    """detect_warnings on a prepared document."""
    year = published.year if published is not None else None
    month = published.month if published is not None else None
    text, cleaned = doc.text, doc.cleaned
    # Case-sensitive patterns on lower-cased text run several times faster than IGNORECASE ones;
    # the few strings whose length changes when lower-cased keep the slower patterns.
    lowered = cleaned.lower()
    fast = len(lowered) == len(cleaned)
    scan, armed = (lowered, _ARMED_LOW) if fast else (cleaned, _ARMED)
    found: list[OffensiveWarning] = []
    seen: set[str] = set()
    sport: bool | None = None
    synopsis_at = -1  # where a work's story is first introduced (len + 1: nowhere); -1: not looked
    main_place: list[str | None] = []  # computed once, when a warning names no place
    story_town: list[str | None] | None = None  # the title's or lead's town (round 30), when needed
    under_way: dict[str, set[str]] | None = None  # offensives reported under way, when needed
    begun: dict[str, set[str]] | None = None  # offensives reported begun (_begun), when needed
    started: set[str] | None = None  # places under ground attack (_started_places), when needed
    sentence_of: list[int] = []
    weak: list[bool] = []  # placed only by where the story is, not by its own sentence
    # The words of _HAS_CUE as substrings of the lowered text, then its patterns (fast path).
    cued = _CUE_SCAN.spans_with(lowered, doc.spans) if fast else set()
    formed = _CUE_FORM_STARTS.spans_with(lowered, doc.spans) - cued if fast else set()
    for n, (s, e) in enumerate(doc.spans):
        if fast:
            if n not in cued and not (n in formed and _CUE_FORMS_LOW.search(lowered, s, e)):
                continue
        elif not _HAS_CUE.search(cleaned, s, e):
            continue
        tokens = doc.tokens(n)
        if not tokens:
            continue
        words = doc.joined(n)
        present = _SENTENCE_SCAN.found_in(words.text)
        noun = _noun_warning(words, present, lambda: doc.places(n))  # noqa: B023 (called at once)
        span = noun or _pattern_warning(
            words,
            present,
            lambda: doc.places(n),  # noqa: B023 (called at once)
            functools.partial(_armed_before, armed, scan, doc.spans, n),
        )
        if span is None:
            continue
        if (
            (
                (noun is not None and tokens[noun[2]].lower in ("attack", "attacks"))
                # the verb too: "the embassy warned that terrorists may attack with little warning"
                or (noun is None and any(t.lower in ("attack", "strike") for t in tokens[span[0] : span[1]]))
            )
            and (
                _SECURITY_ALERT.search(cleaned, s, e) is not None
                or _NO_NOTICE.search(cleaned, s, e) is not None
            )
            and not armed.search(scan, s, e)
            and (
                _TERROR_WORDING.search(cleaned, s, e) is not None
                or (_ATTACK_IN.search(cleaned, s, e) is not None and _ATTACK_ON.search(cleaned, s, e) is None)
            )
        ):
            continue  # an embassy's "imminent attack in X": a terror alert, no armed force named
        if _means_only(cleaned, s, e, tokens[span[0]].start, tokens[span[1] - 1].end):
            continue  # "has the capability needed to invade X", "but chose not to": no intent told
        if _prepared_then_started(cleaned, tokens[span[0]].start, tokens[span[1] - 1].end, e):
            continue  # "after preparing for an assault on X, the army announced its start"
        if _called_off(words, span, year, month):
            # "Months after rebels threatened to storm A, the army warned it would attack B": the
            # recap dates its own clause; a cue in a clause after it is read on its own
            span = _later_clause(doc, n, tokens, span, year, month)
            if span is None:
                continue
        if doc.furniture(n) or _asked(tokens):
            continue
        # "would attack", "an assault on goal", "a battle for the title" are also said of sport:
        # on a sports page a warning needs armed forces or an unmistakably military word.
        if not armed.search(scan, s, e):
            if sport is None:
                # ASCII text: the case-sensitive pattern on the lowered text finds the same words
                # several times faster than IGNORECASE (beyond ASCII, case folding may differ)
                sports = _SPORT_LOW.finditer(lowered) if cleaned.isascii() else _SPORT.finditer(cleaned)
                sport = len({m.group().lower() for m in sports}) >= 2
            if sport:
                continue
        if synopsis_at < 0:  # once per document, and only once a warning is found
            told = None
            if holds_any(lowered, _SYNOPSIS_NEEDS):
                told = _SYNOPSIS_LOW.search(lowered) if fast else _SYNOPSIS.search(cleaned)
            synopsis_at = told.start() if told is not None else len(cleaned) + 1
        if synopsis_at < e and not _REPORTED_PAST.search(cleaned, s, e):
            continue  # introduced as a film's or a book's story before or in this sentence
        key = " ".join(text[s:e].split())
        if key in seen:  # repeated captions
            continue
        seen.add(key)
        a, b, anchor = span
        start, end = tokens[a].start, tokens[b - 1].end
        token_starts = [t.start for t in tokens]
        places = [
            p
            for p in map(_headline_trimmed, doc.places(n))
            if (_usable(p) or (p.possessive and _part_follows(tokens, token_starts, p)))  # "X's suburbs"
            and not _never_target(doc, n, p, n)
        ]
        inside = [
            p
            for p in places
            if start <= p.start < end
            and not _excluded(cleaned, p, s)
            # round 27: "fighters from X are heading towards Y": X is where they set out from
            and not cleaned[max(s, p.start - 5) : p.start].endswith("from ")
            # "before an assault on northern Kessa town": the country only describes the town
            and not (_DESCRIBER_HEAD.match(cleaned, p.end) and _wide_or_part(p.text))
            # review of round 31: a title's "Will Take the Decision to Storm X": the capitalised
            # noun of the cue itself is no place
            and p.text.lower() not in ("decision", "the decision")
        ]
        if noun is None and inside:  # "worried about Varlo falling into the hands of rebels"
            location: str | None = _first_of_list(inside[0].text)
        else:
            location = _location(places, tokens, anchor, cleaned)
        if location is None and noun is None:  # "their next target would be X": X by its shape
            location = _named_target(tokens, a, b)
            if location is None and tokens[b - 1].lower in ("free", "liberate"):
                location = _name_run(tokens, b)  # "will free el-Vasko ... in a week" (_FREE)
            if location is None and " alert " in lowered[start:end]:
                location = _subject_name(tokens, a)  # "X was put on alert after rebels were seen"
            if location is None and "ultimatum" in lowered[s:e]:
                # "X has been given an ultimatum: leave or face an assault", the threat said after it
                given = _named_target(tokens, 0, len(tokens))
                location = given if given is not None and given.lower() not in ARMED_GROUPS else None
        if location is None and " capital" in lowered[start:e]:
            location = _capital_named(doc, lowered, start, e)  # "a march on the capital"
        if location is None and _anaphor_in(lowered, start, e):  # lowered once, not per warning
            # "gave residents of X 48 hours to leave before it attacks the town": a town named in
            # the cue itself, before the anaphor, is the one it points back to
            pointer = _ANAPHOR.search(lowered, start, e)
            if story_town is None:
                story_town = [_story_town(doc)]
            location = _antecedent(doc, n, pointer.start() if pointer is not None else start, story_town[0])
        if location is None:
            location = _addressee(doc, n, start)  # "X warned Y that it is ready for operations"
        if location is None and n + 1 < len(doc.spans):
            location = _aim_next(doc, lowered, n + 1)  # "The army is massing troops. The target is X."
        if location is not None and _means_place(cleaned, location, end, e):
            location = None  # "prepared for attacks on troops by sending fighters to train in X"
        if location is None and noun is not None and tokens[anchor].lower in ("attacks", "raids"):
            continue  # "police fear further attacks": a string of attacks on no named place
        if noun is not None and _definite(tokens, anchor):
            # "the offensive could displace more", "warned that the operation could cut off ...":
            # the one the article reports under way (same kind of attack, same place or none),
            # unless it is to reach a place not yet under attack ("the offensive will turn to X")
            if under_way is None:
                under_way = _under_way_places(doc)
            kind = _kind(tokens, anchor)
            if kind in under_way.get((location or "").lower(), ()) or (
                location is None and any(kind in kinds for kinds in under_way.values())
            ):
                continue
            if location is None and a in (anchor, anchor - 1):
                continue  # "the offensive could resume": the one already known, and no place named
        counted = _COUNTED_OBJECT.match(cleaned, tokens[anchor].end) if location is not None else None
        after_counted = tokens[anchor].end
        if counted is None and location is not None and noun is None:
            # "issued an evacuation order for four villages in southern Y ahead of strikes": the
            # same counted settlements, inside the cue
            counted = _COUNTED_IN_CUE.search(cleaned, start, end)
            after_counted = counted.end() if counted is not None else after_counted
        if counted is not None:
            # "threatened to storm two villages in western Y": Y only says where they lie; the
            # threat is to the first settlement the article then names ("the villages of A and B")
            community = "communit" in counted.group().lower()
            location = _settlement_named(doc, n, after_counted, community) or location
        if location is not None and _armed_group(location.lower()):
            location = None  # "an attack on al-Shabab controlled areas": a side, not a place
        region = _wide_country(location) if location is not None else None
        if (
            region is not None
            and not any(_wide_country(p.text) is None for p in inside)
            # "Separately, ...", "In a separate development, ...": another story's warning
            and _ANOTHER_STORY.match(cleaned, s) is None
        ):
            # "would expand the offensive to northern Kessa" in a story headed "Army readies
            # assault on Varlo": the town the story is about, inside the region (round 30)
            if story_town is None:
                story_town = [_story_town(doc)]
            town = story_town[0]
            if town is not None and location is not None and _inside(doc, town, location, region):
                location = town
        named_here = location is not None
        if location is None:  # "fears a new offensive could strand 200,000": where the story is
            if not main_place:
                main_place.append(_main_place(doc) or _headline_name(doc))
            location = main_place[0]
            if (
                noun is not None
                and location is not None
                and _origin_here(cleaned, location, tokens[anchor].end, e)
            ):
                location = None  # "warned of a new offensive from X": where it starts, not its target
        if _not_a_coming_attack(doc, lowered, n, tokens, span, noun is not None, location, named_here):
            continue  # going on, a recap, a thwarted aim, a rebutted claim
        if (
            fast  # offsets in lowered are cleaned's
            and location is not None
            and _aim_in_begun_battle(lowered, s, e, start, end, noun is not None)
        ):
            if started is None:
                started = _started_places(doc, year)
            if (_town_name(location) or location).lower() in started:
                continue  # round 31: an aim or a feared toll of the battle the article reports begun
        follow = _follow_up(tokens, lowered, s, span, noun is not None)
        if follow is not None:
            # the toll of, or reinforcements for, an attack of the same kind the article reports
            # begun on the same place; a readiness told before one it reports begun anywhere
            if begun is None:
                begun = _begun(doc, lowered, year)
            key = "" if follow == "earlier" else (_town_name(location) or "").lower()
            if _kind(tokens, anchor) in begun.get(key, ()):
                continue
        sentence_of.append(n)
        # "threatens to invade northern Sudan states": a country's units, not the place threatened
        weak.append(not named_here or _plural_unit(location))
        found.append(
            OffensiveWarning(
                location=_town_name(_adjective_as_country(location)),
                cue=text[start:end],
                sentence=text[s:e],
                start=start,
                end=end,
            )
        )
    if found and _deal_story(doc, lowered, year):
        return []
    withdrawn = _withdrawn_places(doc, lowered, year) if found else {}
    kept = [
        (w, is_weak)
        for w, n, is_weak in zip(found, sentence_of, weak, strict=True)
        if not _denied_next(doc, lowered, n) and not _withdrawn(withdrawn, w.location, n)
    ]
    # The article's warning is read from its first one: a warning whose sentence names the place
    # threatened comes before one placed only by where the story is, and among those the place
    # most warnings name (stable: text order otherwise).
    named: dict[str, int] = {}
    for w, is_weak in kept:
        if not is_weak and w.location:
            named[w.location.lower()] = named.get(w.location.lower(), 0) + 1

    def rank(pair: tuple[OffensiveWarning, bool]) -> tuple[bool, bool, bool, int]:
        w, is_weak = pair
        # a town before a region or a country: "attacks on villages in X State ... the villages of
        # Y, Z" names Y, the place threatened, not the state it lies in; and any one place before
        # a country's units ("threatens to invade northern Sudan states ... the Northern State")
        return (
            is_weak,
            _plural_unit(w.location),
            _regional(w.location),
            -named.get((w.location or "").lower(), 0),
        )

    # round 31: ranked as a province (after the towns), reported by its name ("Tarsa Province": Tarsa)
    return [_province_named(w) for w, _ in sorted(kept, key=rank)]


def _province_named(w: OffensiveWarning) -> OffensiveWarning:
    """ "X Province" is reported as X, as a governorate is (the labels and a reader name X); not
    "Northern Province" (no place of that name) nor a longer name ("Upper X Province")."""
    name = w.location
    if name is None or not name.endswith(" Province") or name.count(" ") != 1:
        return w
    first = name.split(" ", 1)[0]
    if first.lower() in DIRECTIONS or first.lower() == "capital":
        return w
    return w.model_copy(update={"location": first})


# A denial in the sentences right after the warning: "Local media said the army was preparing an
# assault on X. The ministry denied the reports." / "But the commander said he had no plans to attack."
_REGION_NOUNS = word_set("state province region county district governorate oblast territory")


# Settlements counted, not named, as what is attacked: "storm two villages in", "attacks on a
# community in" (read right after the attack word).
_COUNTED_OBJECT = re.compile(
    r"\s+(?:on\s+|against\s+)?(?:a|an|one|two|three|four|five|several|some|\d+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:towns?|villages?|communit(?:y|ies)|settlements?|hamlets?)\s+(?:in|near|across)\b",
    re.IGNORECASE,
)
_COUNTED_IN_CUE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:towns|villages|communities|settlements|hamlets)\s+(?:in|near|across)\b",
    re.IGNORECASE,
)
# The settlements named: "the villages of A and B", "the A community" (for counted communities
# only: "the A village" is as often another place in the news, "floods cut off the A village").
_SETTLEMENT_NAMED = re.compile(
    r"\b[Tt]he (?:towns?|villages?|communities|settlements?|hamlets?) of (?P<listed>[A-Z][\w'-]+)"
    r"|\b[Tt]he (?P<named>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) community\b"
)
# "the Christian community", "the international community": a people, not a settlement
_NOT_SETTLEMENTS = word_set(
    "christian muslim druze jewish sunni shia shiite alawite hindu sikh yazidi catholic orthodox"
    " international local entire whole kurdish arab farming fishing"
)
# sentences after the threat searched for the settlements' names: further on, a settlement named
# is as often another story's ("Separately, ...")
_SETTLEMENT_REACH = 2


def _settlement_named(doc: Document, n: int, after: int, community: bool) -> str | None:
    """The first settlement named after position ``after`` of sentence n, in it or the next two;
    "the A community" only when communities were counted."""
    for k in range(n, min(len(doc.spans), n + _SETTLEMENT_REACH + 1)):
        s, e = doc.spans[k]
        hits = [*_SETTLEMENT_NAMED.finditer(doc.cleaned, max(s, after), e)]
        # the dwellers listed are told to leave or leave (not "residents of A and B took in families")
        hits += (
            h
            for h in _DWELLERS_LISTED.finditer(doc.cleaned, max(s, after), e)
            if _LEAVING.search(doc.cleaned, h.end(), e)
        )
        for hit in sorted(hits, key=lambda h: h.start()):
            name = hit.group("listed") or (hit.group("named") if community else None)
            if name is None:
                continue
            if name.split(" ", 1)[0].lower() not in _NOT_SETTLEMENTS:
                return name
    return None


# Round 31: the counted settlements named by their dwellers, as a list ("ordered residents of A, B
# and C to leave", "Residents of A and B fled"): the first is the place. One name alone
# ("residents of A") may be a town nearby.
_NAME_WORDS = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}"
_DWELLERS_LISTED = re.compile(
    # (not "people of A and B": a people, as often as a place's dwellers)
    rf"\b(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers) of (?P<listed>{_NAME_WORDS})"
    rf"(?=,? (?:and )?{_NAME_WORDS})"
)
_LEAVING = re.compile(r"\b(?:leave|left|leaving|evacuat\w*|fle[de]|fleeing|move|moved)\b")


# An indefinite attack told only by what it would do: "an assault on X could endanger a million
# people", "an offensive on X would cause a catastrophe" (read right after the cue, which ends at
# the modal). Said of X while an offensive on X is reported begun, it is that one's toll.
_TOLL = re.compile(
    # (an adverb between: "could also kill", "would still be a disaster")
    r"\s+(?:(?:\S+ly|also|still|even)\s+)?"
    r"(?:endanger|imperil|cause|displace|uproot|kill|put|trigger|lead to|result in|worsen"
    r"|deepen|force|threaten|spell|have (?:\S+\s+)?(?:catastrophic|devastating|dire|grave|unimaginable)"
    r"|be (?:a |an )?(?:\S+\s+)?(?:catastroph|disast|devastat|bloodbath|humanitarian))"
)
# Reinforcements for a push under way: "additional forces will enter X", "more troops will move
# into X" (the subject, just before the modal of the cue).
_REINFORCING = re.compile(
    r"\b(?:additional|more|further|extra|fresh) (?:\S+ )?(?:forces|troops|soldiers|units)\b"
)
# A claim made before the news the article reports: "X earlier implied the army was ready for a
# ground operation", "Earlier in the day, the minister said ...".
_EARLIER = re.compile(
    r"(?:^|\W)(?:earlier|previously)(?: (?:in the day|this week|on \w+day|\w+))? (?:\S+ )?"
    r"(?:said|implied|hinted|signalled|signaled|suggested|indicated|told|stated|warned|declared)\b"
    r"|^earlier(?: in the day| this week| on \w+day)?,"
)
# What an indefinite attack noun of a readiness claim lacks when it names no target: "ready for a
# ground operation" (no "on X", "in X", "against X" right after the noun).
# "ready for a ground operation near X" names its own target as well as "on X" (read from the
# anchor, which may be the modifier "ground": up to two words of the noun, within the clause).
_NOUN_TARGET = re.compile(
    r"(?:\s+[^\s,.;:]+){0,2}?\s+(?:on|against|in|into|to|toward|towards|of|near|around|outside|inside|across|at)\s"
)


def _follow_up(
    tokens: list[Token], lowered: str, s: int, span: tuple[int, int, int], by_noun: bool
) -> str | None:
    """A cue that may only continue an attack the article reports begun: its toll ("an assault on
    X could endanger ...") or reinforcements for it ("additional forces will enter X"): "place"
    (the caller checks that one of the same kind was begun on the same place); a readiness
    claimed before the news, with no target of its own ("X earlier implied the army was ready for a
    ground operation"): "earlier" (the caller checks that one of the same kind was begun)."""
    a, b, anchor = span
    start, end = tokens[a].start, tokens[b - 1].end
    if not by_noun:
        return "place" if _REINFORCING.search(lowered, max(s, start - 40), end) is not None else None
    if _definite(tokens, anchor) or any(t.lower in _ANOTHER for t in tokens[max(0, anchor - 2) : anchor]):
        return None  # "a new assault on X could ...": another one than the one begun
    if tokens[b - 1].lower in ("could", "would", "might", "may", "will") and _TOLL.match(lowered, end):
        return "place"
    # only a readiness ("ready for", "poised for"), not a warning told earlier ("the governor earlier
    # warned the army was preparing a ground offensive": a preparation, still ahead)
    if (
        tokens[a].lower in _READINESS
        and _EARLIER.search(lowered[s:start])
        and not _NOUN_TARGET.match(lowered, tokens[anchor].end)
    ):
        return "earlier"
    return None


_READINESS = word_set("ready prepared poised set")
_ANOTHER = word_set("new another second fresh further wider full full-scale final major larger bigger")
# An attack reported begun or going on, told by its noun with the place after it: "have started an
# offensive against the X province", "has launched ... ground raids in southern X", "vowed to
# intensify its ground offensive in X" (not "last year's offensive on X killed hundreds": past, nor
# "seized villages near X": no attack on X itself).
_BEGUN_ON = re.compile(
    r"\b(?:started|launched|began|begun|opened|mounted|intensify|intensified|intensifying|continues"
    r"|continuing|pressing on with|pressed on with)"
    # the noun the verb's object, not inside a phrase after another object: not "launched an
    # investigation into the attack on X", "opened a recruitment drive for the push on X"
    r"(?: (?!(?:for|into|with|before|after|about|over|against|on|to)\b)\S+){0,9}?"
    r" (?P<noun>offensive|assault|operation|attack|incursion|invasion|raids|push|campaign)"
    r"(?: \S+){0,3}? (?:on|against|in|into|at)\b"
)
_BEGUN_NEEDS = (
    "started",
    "launched",
    "began",
    "begun",
    "opened",
    "mounted",
    "intensif",
    "continu",
    "pressing on",
    "pressed on",
)
# The start denied or negated: "denied it had launched an offensive on X", "has never launched".
# Or only supposed ("if rebels launched an offensive on X"), or only its preparation begun ("have
# started preparing an offensive on X": the verb right after, the noun its object).
_NOT_BEGUN = re.compile(
    r"(?:\b(?:not|never|denied|denies|deny|denying|rejected|dismissed|if|unless|whether)|n't)(?: \S+){0,3} ?$"
)
_BEGUN_PREPARING = re.compile(
    r"^\S+ (?:preparing|planning|massing|readying|mobili[sz]ing|organi[sz]ing|gearing up|drawing up"
    r"|building up|plotting|rehearsing)\b"
)
# Nouns that need an armed modifier or an armed actor before the verb to be an attack: "an air
# campaign against X", "troops opened a push into X" (not "a campaign in X" by a ministry).
_ARMED_MODIFIER = re.compile(
    r"\b(?:military|ground|land|air|aerial|cross-border|bombing|drone|armed|army|missile) "
    r"(?:operation|campaign|push)\b"
)
# A time that dates the report long past: "launched an offensive on X in 2019", "last year" (a year
# only before the article's own: "began an assault on X on 2 February 2026" is this year's news).
_LONG_AGO = re.compile(r"\b(?:last (?:year|month)|(?:years|months) ago|(?P<year>(?:19|20)\d\d))\b")


def _long_ago(lowered: str, s: int, e: int, year: int | None) -> bool:
    return any(
        m.group("year") is None or year is None or int(m.group("year")) < year
        for m in _LONG_AGO.finditer(lowered, s, e)
    )


def _begun(doc: Document, lowered: str, year: int | None = None) -> dict[str, set[str]]:
    """The kinds of attack ("air" or "ground") the article reports begun on each place named after
    the attack noun in its clause (lower-cased, as _town_name gives it; "" for any place)."""
    out: dict[str, set[str]] = {}
    for n, (s, e) in enumerate(doc.spans):
        if not holds_any(lowered[s:e], _BEGUN_NEEDS):
            continue
        m = _BEGUN_ON.search(lowered, s, e)
        if (
            m is None
            or _long_ago(lowered, s, e, year)
            or _NOT_BEGUN.search(lowered, s, m.start())
            or _BEGUN_PREPARING.match(m.group())
        ):
            continue
        head = m.group().rsplit(" " + m.group("noun"), 1)[0].rsplit(" ", 1)[-1]
        if head in _CIVIL_OPERATIONS:
            continue  # "began a relief operation in X", "launched a vaccination campaign in X"
        if m.group("noun") in ("operation", "campaign", "push") and not (
            _ARMED_MODIFIER.search(m.group()) or _armed(lowered[s : m.start()])
        ):
            continue  # "police launched an operation in X", "the ministry launched a campaign in X"
        kind = "air" if re.search(r"\b(?:air|aerial|drone|bombing)\b", m.group()) else "ground"
        stop = _OBJECT_END.search(lowered, m.end(), e)
        end = stop.start() if stop is not None else e
        out.setdefault("", set()).add(kind)
        for p in doc.places(n):
            if m.end() <= p.start < end and _usable(p):
                out.setdefault((_town_name(_first_of_list(p.text)) or "").lower(), set()).add(kind)
    return out


_PLURAL_UNITS = word_set("states provinces regions districts territories oblasts governorates areas counties")


def _plural_unit(name: str | None) -> bool:
    """A country named before a plural unit noun ("Sudan states", "Kivu provinces"): the units of
    it, no one place."""
    return bool(name) and (name or "").lower().rsplit(" ", 1)[-1] in _PLURAL_UNITS


def _regional(name: str | None) -> bool:
    """A country, a wide region, or a name ending in a region noun ("X State", "Y Province")."""
    if not name:
        return False
    low = name.lower()
    # round 31: "northeastern Y" is a part of a country, as wide as the country for the ranking
    return low in _WIDE or low.rsplit(" ", 1)[-1] in _REGION_NOUNS or _wide_country(name) is not None


_DENIED_NEXT = re.compile(
    rf"\b(?:{_DENY})"
    r" (?:\S+ ){0,3}?(?:reports?|claims?|rumou?rs?|allegations?|accounts?|suggestions?|speculation|talk)\b"
    r"|\b(?:no|not any) (?:such )?(?:plans?|intention)s? (?:to|of)\b|\bnot planning\b"
    r"|\bruled out (?:an?|any|the)\b"
    r"|\b(?:proved|proven|turned out to be) (?:\S+ )?(?:unfounded|false|baseless)"
    # the fear rebutted: "That impression stems from a misreading of ...", "Such claims are overblown"
    r"|\b(?:this|that|these|those|such) (?:\S+ )?(?:perceptions?|impressions?|notions?|ideas?|views?"
    r"|claims?|fears?|reports?|rumou?rs?|talk|speculation|concerns?)"
    # not negated: "these fears do not come from a misreading" confirms them
    r" (?:(?!not |never )\S+ ){0,2}?(?:comes?|came|stems?|stemmed|springs?|sprang|results?|resulted"
    r"|arises?|arose) from (?:an? )?(?:\S+ )?(?:misunderstanding"
    r"|misreading|misconception|misinterpretation)\b"
    r"|\b(?:these|those|such|the) (?:claims?|fears?|reports?|rumou?rs?|concerns?|warnings?) (?:are|were"
    r"|seem|seemed|look|looked) (?:(?!not |never |hardly )\S+ )?"
    r"(?:overblown|exaggerated|misplaced|mistaken|misguided|unfounded)\b"
    # the threat carried out: "The deadline expired on Tuesday and the militia launched its assault"
    r"|\b(?:ultimatum|deadline) (?:\S+ ){0,3}?(?:expired|ran out|lapsed)\b[^.;]*?"
    r"\b(?:launched|began|begun|started|stormed|attacked|moved in)\b"
)
# The report judged a lie: "An army spokesman labelled this as 'nonsense'" (round eighteen). In a
# next sentence, "this" or "it" only when the warning is told as a report: after a threat told as
# its maker's own ("The army vowed to attack X. The rebels dismissed it as propaganda") it is the
# other side's scorn, and the threat stands (review of round eighteen).
_JUDGED_NEXT = re.compile(
    r"\b(?:labell?ed|called|branded|described|dismissed|termed|denounced) (?:(this|that|it|these|those)"
    r"|the (?:\S+ )?(?:reports?|claims?|story|article|rumou?rs?)) (?:as )?(?:\S+ )?[\"'\u201c\u2018]? ?"
    r"(?:nonsense|disinformation|misinformation|fake|fakes|propaganda|lies|a lie|a fabrication|fabricated"
    r"|fiction|a hoax)\b"
)
_TOLD_AS_REPORT = re.compile(
    r"\b(?:reports?|reported|reportedly|claims?|claimed|alleg\w*|purportedly|supposedly|rumou?rs?|stor(?:y|ies)"
    r"|media|newspapers?|according to|said to)\b"
)
# Literals every _DENIED_NEXT match holds (perf).
_DENIED_NEXT_NEEDS = (
    "deni", "deny", "dismiss", "reject", "refut", "no ", "not any", "not planning", "ruled out", "proved",
    "proven", "turned out to be", "expired", "ran out", "lapsed", "misunderst", "misread", "misconcep",
    "misinterp", "overblown", "exaggerated", "misplaced", "mistaken", "misguided", "unfounded",
    "nonsense", "disinformation", "misinformation", "fake", "propaganda", "lie", "fabricat", "fiction",
    "hoax",
)  # fmt: skip


# An article that says the offensive is off: averted, spared, called off, denied or ruled out
# ("there would be no military operation in X", "has no plans for a new operation", "were not
# preparing an assault", "the deal appeared to avert an offensive"). Its warnings recap the fears
# it puts to rest, wherever they stand in it (a deal story recalls the fears after the deal).
_ATTACK_NOUNS = r"(?:offensives?|assaults?|attacks?|operations?|invasion|incursion|push|battle|storming)"
_OFF = re.compile(
    # the denial or the averting governs the attack noun, a few words on
    r"\b(?:there (?:will|would|is going to) be no"
    r"|no (?:immediate |current |new |such )?(?:plans?|intention)s? (?:for|to|of)"
    r"|(?:not|never) (?:\S+ )?(?:planning|preparing|intending)"
    r"|(?:would|will|does|do|did|is|are|was|were) not (?:\S+ )?"
    r"(?:launch|start|mount|carry out|conduct|seek|plan)"
    r"|(?:won't|wouldn't|will never|would never) (?:\S+ )?(?:launch|start|mount)"
    r"|(?<!not )(?<!n't )(?<!to )(?:ruled out|rules out)"
    # "averted", but not an aim to avert ("talks to avert an offensive", "trying to avert"):
    # the threat stands until it is done
    r"|averted|(?:(?<!to )|(?<=appeared to )|(?<=seemed to )|(?<=managed to )|(?<=helped to ))"
    r"(?:averting|avert|averts)|called off|thwarted|foiled|scrapped|shelved"
    # "forces postponed a planned offensive on X", "suspended its operation in X"
    r"|(?<!be )(?<!been )(?:postponed|suspended|delayed|put off)"
    # "spared X from an assault"; not "no one will be spared in the assault", a threat
    r"|(?<!be )(?<!been )spared(?: \S+){0,5}? from)"
    rf"(?: \S+){{0,7}}? {_ATTACK_NOUNS}\b"
    # a report of a campaign denied: "dismissed rumours about a supposed offensive against X" (not
    # "denied reports that ...": its clause may hold another verb; not "an attack" or "an assault",
    # as often a single past incident: "denied reports of an attack on a convoy")
    rf"|\b(?:{_DENY})(?: \S+){{0,3}}?"
    r" (?:reports?|claims?|rumou?rs?|allegations?|information|speculation|talk) (?:of|about|on)"
    r"(?: \S+){0,4}? (?:offensives?|invasion|incursion|storming)\b"
    # or an attack verb refused: "the army would not attack X" (not "would not attack civilians")
    r"|\b(?:would|will|does|do|did) not (?:\S+ )?(?:attack|storm|invade|retake|recapture)\b"
    r"(?! (?:civilians|residents|people|hospitals|schools|aid|the population))"
    # or an intent to take the place denied: "is not seeking to capture X", "no plans to take X",
    # "no intention of entering X"
    r"|\b(?:(?:not|never) (?:\S+ )?(?:seeking|planning|preparing|intending|going|trying) to"
    r"|no (?:immediate |current |such )?(?:plans?|intention) to|no (?:\S+ )?intention of"
    # "has denied any plans to invade X"
    r"|(?:denied|denies|deny|denying) (?:having )?(?:any |all )?(?:plans?|intentions?) (?:to|of))"
    r" (?:capture|take|seize|storm|attack|enter|invade|retake|recapture|capturing|taking|seizing|storming"
    r"|attacking|entering|invading|retaking|recapturing)\b"
    r"(?! (?:civilians|residents|people|hospitals|schools|aid|the population))"
    # or the attack noun said to be off after it
    rf"|\b{_ATTACK_NOUNS}(?: \S+){{0,6}}? (?:(?:will|would|did) not (?:go ahead|happen|take place)"
    r"|(?:was|were|has been|had been|is|are) (?:\S+ )?(?:called off|averted|shelved|postponed|cancell?ed"
    r"|not planned|ruled out)|never came|never happened)\b"
)
# Literals every _OFF match holds: one of its attack words (perf: most sentences have none).
_OFF_ATTACK_NEEDS = (
    "offensive", "assault", "attack", "operation", "invasion", "incursion", "push", "battle", "storm",
    "invade", "retake", "recapture", "to capture", "to take", "to seize", "to enter", "capturing", "taking",
    "seizing", "entering",
)  # fmt: skip
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")  # "a 2015 truce averted ...": background
_OFF_NEEDS = (
    "no ",
    "not ",
    "never",
    "n't ",
    "ruled out",
    "rules out",
    "avert",
    "spared",
    "called off",
    "thwart",
    "foil",
    "scrapped",
    "shelved",
    "postponed",
    "suspended",
    "delayed",
    "put off",
    "cancel",
    "denied",
    "denies",
    "deny",
    "denying",
    # a report of an offensive dismissed, refuted or rejected (_OFF's rumour branch)
    "dismiss",
    "refut",
    "reject",
)
_OFF_ATTACK_SCAN = Substrings(_OFF_ATTACK_NEEDS)


# A story about a deal reached: its headline and opening report a truce, an agreement, a ceasefire
# signed or struck. The fears it recalls are what the deal answered, not news, unless the article
# says the deal has failed.
_DEAL = re.compile(
    r"\b(?:deal|agreement|truce|ceasefire|cease-fire|accord|pact|memorandum)\b(?: \S+){0,8}?"
    r" (?:was |were |is |has been |have been )?(?:agreed|reached|signed|struck|brokered|sealed|announced"
    r"|takes effect|took effect|holds|held)\b"
    r"|\b(?:agreed|reached|signed|struck|brokered|sealed|clinched)"
    r"(?: \S+){0,5}? (?:deal|agreement|truce|ceasefire|cease-fire|accord|pact|memorandum)\b"
    r"|\bagree[ds]? (?:on|to) (?:create|set up|establish|form)\b"
)
# A deal sought, hoped for, refused or not yet made is no deal: "efforts to reach a ceasefire
# deal", "a truce could be agreed", "with or without a deal", "has not signed the accord".
_NOT_DONE = grouped(
    re.compile(
        r"\b(?:to (?:reach|agree|sign|strike|seal|secure|broker)|could|would|will|may|might|should|if"
        r"|hope\w*|efforts?|talks|bid|push\w*|seek\w*|aim\w*"
        r"|attempts?|failed|without|no|not|never|n't|yet|before|proposed|possible|potential"
        # the deal as what a breach would break: "vowing a firm reply to breaches of a truce it
        # brokered" is the background of a threat, not the news of a deal (round twenty-four)
        r"|violations?|breach(?:es)?)\b"
    )
)
_DEAL_NEEDS = (
    "agree",
    "deal",
    "agreement",
    "truce",
    "ceasefire",
    "cease-fire",
    "accord",
    "pact",
    "memorandum",
)
_DEAL_FAILED = re.compile(
    r"\b(?:collapsed|collapses|collapse of|broke down|breaks down|broken down|fell apart|falls apart"
    r"|violated|violating|in tatters|unravell?ed|unravell?ing|expired|ended)\b"
)
_DEAL_LEDE = 4  # sentences: the headline and the opening


def _deal_story(doc: Document, lowered: str, year: int | None) -> bool:
    """The article reports a deal in its opening, and nowhere that it failed."""
    end = doc.spans[min(len(doc.spans), _DEAL_LEDE) - 1][1]
    opening = lowered[:end]
    if not holds_any(opening, _DEAL_NEEDS):
        return False
    opening = " ".join(opening.split())
    done = any(
        _NOT_DONE.search(opening, max(0, m.start() - 25), m.end()) is None
        and not _old_deal(opening, m.end(), year)
        for m in _DEAL.finditer(opening)
    )
    return done and _DEAL_FAILED.search(lowered) is None


# A deal dated in its own sentence before the article ("a truce that took effect in April last
# year", "the 2022 accord") is the background of a new threat, not the news that ends one.
_DEAL_OLD = re.compile(r"\b(?:last year|years? ago|months ago)\b")


def _old_deal(opening: str, at: int, year: int | None) -> bool:
    stop = opening.find(". ", at)
    rest = opening[at : stop if stop >= 0 else len(opening)]
    if _DEAL_OLD.search(rest):
        return True
    return year is not None and any(int(y) < year for y in _ANY_YEAR.findall(rest))


def _withdrawn_places(doc: Document, lowered: str, year: int | None) -> dict[str, int]:
    """Places (lower-cased) of the article's withdrawals, each with its sentence index. A
    withdrawal dated before the article's year is background and withdraws nothing."""
    out: dict[str, int] = {}
    # the attack words in one pass over the article, then the denial's words in those sentences
    for n in sorted(_OFF_ATTACK_SCAN.spans_with(lowered, doc.spans)):
        s, e = doc.spans[n]
        sentence = lowered[s:e]
        off = _OFF.search(sentence) if holds_any(sentence, _OFF_NEEDS) else None
        if off is None or (year is not None and any(int(y) < year for y in _ANY_YEAR.findall(sentence))):
            continue
        # the attack's place comes after it ("no operation in X"), or "the city" names it; else
        # the sentence's places. One that names no place withdraws nothing: it may be about
        # another front or another side.
        usable = [p for p in doc.places(n) if _usable(p)]
        after = [p.text for p in usable if p.start >= s + off.start()]
        if not after and _anaphor_in(lowered, s + off.start(), e):
            after = [name for name in [_antecedent(doc, n, s + off.start())] if name]
        for name in after or [p.text for p in usable]:
            out.setdefault((_town_name(_first_of_list(name)) or "").lower(), n)
    return out


def _withdrawn(withdrawn: dict[str, int], location: str | None, n: int) -> bool:
    """A warning is withdrawn by one of the article's withdrawals, in another sentence, of its
    place."""
    if not withdrawn:
        return False
    place = (location or "").lower()
    for name, k in withdrawn.items():
        if k == n:
            continue
        if place and (name == place or name in place or place in name):
            return True
    return False


def _denied_next(doc: Document, lowered: str, n: int) -> bool:
    reported = _TOLD_AS_REPORT.search(lowered, *doc.spans[n]) is not None
    for k in range(n + 1, min(len(doc.spans), n + 3)):
        a, b = doc.spans[k]
        if not holds_any(lowered[a:b], _DENIED_NEXT_NEEDS):
            continue
        judged = _JUDGED_NEXT.search(lowered, a, b)
        if _DENIED_NEXT.search(lowered, a, b) is not None or (
            judged is not None and (reported or judged.group(1) is None)
        ):
            return True
    return False


_DEFINITE = frozenset({"the", "its", "their", "this", "his", "her"})


def _definite(tokens: list[Token], anchor: int) -> bool:
    """A definite attack noun ("the offensive", "its assault", "the ground operation", "the
    rebels' offensive"): an attack the reader already knows of."""
    if anchor == 0:
        return False
    before = tokens[anchor - 1]
    if before.lower in _DEFINITE or before.lower.endswith("'s") or before.lower.endswith("s'"):
        return True
    # "the ground offensive", "the Russian assault": one modifier between
    return anchor >= 2 and tokens[anchor - 2].lower in _DEFINITE and not before.lower.endswith("ed")


_GROUND_HEADS = word_set(
    """
    offensive offensives assault assaults attack attacks invasion incursion incursions onslaught battle
    storming operation operations campaign action intervention push war
    """
)
_AIR_WORDS = word_set("air aerial bombardment bombing shelling strikes airstrikes drone")


def _kind(tokens: list[Token], k: int) -> str:
    """The kind of attack at token k: "air" (a bombardment, an air campaign) or "ground" (an
    offensive, assault, invasion, operation: one another's synonyms in the news), so that a
    bombardment under way does not make "the ground offensive on X would ..." old news."""
    for tok in tokens[max(0, k - 1) : k + 3]:
        if tok.lower in _AIR_WORDS:
            return "air"
        if tok.lower in _GROUND_HEADS:
            return "ground"
    return "ground"


# An attack told by its verb, done or doing: "soldiers stormed the town of X", "forces entered X",
# "tanks rolled into X", a headline's "Army storms X". Not under a modal, an intention or a
# passive ("could be attacked", "threatened to attack" take the base form or "be").
_REPORTED_ATTACK = re.compile(
    r"\b(?:stormed|storms|entered|enters|attacked|seized|seizes"
    r"|captured|captures|overran|invaded|invades|besieged|launched|began|(?:pushed|pushes|rolled|rolls|moved"
    r"|moves|advanced|swept|sweeps|poured|smashed|broke) (?:deeper |further )?into"
    r"|(?:shelled|shells|bombed|bombs|pounded|pounds|struck|strikes|hit) (?!by\b)"
    # fighting at the place: "fighting raged in the streets of X"
    r"|(?P<fight>(?:fighting|clashes|battles|street battles|street fighting) (?:has |have |had |is |are )?"
    r"(?:raged|rages|raging|continued|continues|erupted|intensified|broke out|been raging)))"
)
# Before the verb, words that take its base form or make it no report (checked on the match: a
# leading lookbehind would be tried at every position).
_NOT_REPORTED_BEFORE = (" be ", " to ", " not ", " never ")
# A condition before the verb: "a bloodbath if the militia storms X" tells of no attack done.
_CONDITION_BEFORE = re.compile(r"\b(?:if|should|once|when|before|unless|until|lest|in case)(?: \S+){0,4} $")
_REPORTED_AIR = word_set("shelled shells bombed bombs pounded pounds struck strikes hit")
_REPORTED_NEEDS = (
    "stormed", "storms", "entered", "enters", "attacked", "seize", "captured", "captures", "overran",
    "invade", "besieged", "launched", "began", "into", "shell", "bomb", "pound", "struck", "strikes", "hit ",
    "fighting", "clashes", "battles",
)  # fmt: skip


_OBJECT_END = re.compile(r"[,;:]| and | but | while | as | after | before ")


def _reported(doc: Document, n: int, sentence: str) -> tuple[str, list[str]] | None:
    """The kind of an attack sentence n (``sentence``: its lower-cased text) reports by its verb,
    with armed forces named ("troops stormed X"): "air" or "ground", and the places it names as
    the verb's object (lower-cased); None when it reports none."""
    if not holds_any(sentence, _REPORTED_NEEDS):
        return None
    verbs = _REPORTED_ATTACK.finditer(sentence)
    verb = next(
        (
            v
            for v in verbs
            if not sentence.endswith(_NOT_REPORTED_BEFORE, 0, v.start())
            and not _CONDITION_BEFORE.search(sentence, max(0, v.start() - 60), v.start())
        ),
        None,
    )
    if verb is None or (verb.group("fight") is None and not _armed(sentence)):
        return None
    kind = "air" if verb.group().split()[0] in _REPORTED_AIR else "ground"
    s = doc.spans[n][0]
    stop = _OBJECT_END.search(sentence, verb.end())
    end = s + (stop.start() if stop is not None else len(sentence))
    names = [
        (_town_name(_first_of_list(p.text)) or "").lower()
        for p in doc.places(n)
        if _usable(p) and s + verb.end() <= p.start < end
    ]
    return kind, names or [""]


# Round 29: a verb of widening an attack right before its noun ("to expand its ongoing offensive"),
# and the place it is widened to right after the noun ("... into X", "... to the town of X").
_WIDENED = re.compile(r"\b(?:expand|extend|widen|broaden)(?:s|ed|ing)?\b(?: \S+){0,3}$")
_WIDENED_TO = re.compile(r"\s*(?:into|to)\s+(?:the\s+(?:\S+\s+){0,3}?(?:of\s+)?)?$")


def _under_way_places(doc: Document) -> dict[str, set[str]]:
    """The kinds of attack (_kind) the article reports begun or going on, by place (lower-cased;
    "" when the sentence names none); empty when it reports none."""
    out: dict[str, set[str]] = {}
    for n in range(len(doc.spans)):
        for name, kind in _under_way_in(doc, n):
            out.setdefault(name, set()).add(kind)
    return out


def _under_way_in(doc: Document, n: int) -> Iterator[tuple[str, str]]:
    """(place lower-cased or "", kind) for each attack sentence n reports begun or going on: its
    armed verb (_reported) and each attack noun told going on."""
    s, e = doc.spans[n]
    sentence = doc.cleaned[s:e].lower()
    reported = _reported(doc, n, sentence)
    if reported is not None:
        for name in reported[1]:
            yield name, reported[0]
    if any(
        word in sentence for word in ("offensive", "assault", "invasion", "operation", "attack", "battle")
    ):
        tokens = doc.tokens(n)
        words = doc.joined(n)
        text, offsets, index = words.text, words.offsets, words.index
        for m in _NOUN.finditer(text):
            i, j = _span(tokens, offsets, index, m.start(), m.end())
            lo, hi = _clause_bounds(tokens, i, j)
            near_before = " ".join(joined_text(tokens, lo, i).split()[-4:])
            near_after = " ".join(joined_text(tokens, j, hi).split()[:5])
            if _past_before(near_before) or _past_after(near_after):
                # round 29: "to expand its ongoing offensive into X": X is where it is to go next,
                # not where it goes on (the article's warning on X is read as a warning)
                widened = _WIDENED.search(near_before) is not None
                names = [
                    _town_name(_first_of_list(p.text)) or ""
                    for p in doc.places(n)
                    if _usable(p)
                    and not (widened and _WIDENED_TO.match(doc.cleaned, tokens[j - 1].end, p.start))
                ]
                for name in names or [""]:
                    yield name.lower(), _kind(tokens, i)


# Round twenty (issue 11, precision on a fresh unseen set): an offensive told as its own side's,
# going on ("was deepening its assault on X", "pushed ahead with its counter-offensive"); a recap
# announced as one ("As a reminder, ..." and the same speaker's next sentence); an aim the next
# sentences call thwarted; a media claim the article rebuts ("... have no chance of taking X").

# A verb of continuing or stepping up, then the side's own attack noun (up to three modifiers):
# the attack goes on. Not "expand" or "widen": "if Israel expands the war" threatens.
_OWN_GOING_PHRASE = (
    r"\b(?P<verb>deepen(?:ing|ed|s)?|intensif(?:ying|ied|ies|y)|step(?:ping|ped|s)? up|ramp(?:ing|ed|s)? up"
    r"|push(?:ing|ed|es)? (?:ahead|on|forward) with|press(?:ing|ed|es)? (?:ahead|on|forward) with"
    r"|continu(?:ing|ed|es))"
    # The modifiers are words of the noun phrase, never a preposition or article: "intensifying its
    # preparations for an assault", "stepping up its shelling before an assault" tell a build-up
    # ahead of an attack still to come (review of round twenty).
    r" (?:its|their|his|her|[a-z-]+'s?)(?: (?!(?:for|before|after|ahead|of|on|to|toward|towards|against|into"
    r"|in|at|with|an?|the)\b)[a-z-]+){0,3}? (?P<noun>offensives?|counter-?offensive|assaults?"
    r"|attacks?|operations?|campaign|push|incursion|invasion|onslaught|bombardment)"
)
# Ending right before the cue noun's end (read on the words up to it) ...
_OWN_GOING = re.compile(_OWN_GOING_PHRASE + "$")
# ... or anywhere in a sentence (each attack noun it tells going on).
_OWN_GOING_ANY = re.compile(_OWN_GOING_PHRASE + r"(?![\w-])")
# What makes the continuing verb a threat or a plan: "threatened to intensify its assault",
# "will step up its attacks", "if it deepens its offensive".
_OWN_GOING_AHEAD = re.compile(
    r"\b(?:(?:to|will|would|could|may|might|can|shall|must|should|vowed|vows|threaten\w*|plans?|planning"
    r"|planned|prepar\w+|ready|poised|set|about)(?: not)?|(?:if|unless|once|when|until)(?: \S+){0,3}) $"
)
_ATTACK_HEADS = word_set(
    "offensive offensives counter-offensive counteroffensive assault assaults attack attacks operation"
    " operations campaign push incursion invasion onslaught bombardment"
)
# A recap announced as one at the sentence's start.
_REMINDER = re.compile(
    r"^(?:as a reminder|to recall|recall that|it (?:will|should|must) be recalled|it is worth recalling)\b"
)
# The same speaker's next sentence, told in the past ("Last week, she said that ...").
_SAME_SPEAKER = re.compile(
    r"^(?:(?:in|on|at|earlier|then|later|last|this)\b[^,]{0,30}, )?(?:he|she|they)"
    r" (?:had )?(?:noted|said|added|stressed|explained|claimed|warned|argued|pointed out)\b"
)
# The aim or plan to take the place (or "it", "the city") said to have failed.
_THWARTED = re.compile(
    r"\b(?:plans?|attempts?|bids?|efforts?|aims?|goals?|intentions?) to (?:capture|take|seize|storm|occupy"
    r"|encircle|enter) (?P<object>it|them|the (?:city|town|village|capital)|[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
    r"(?: \S+){0,3}? (?:has|have|had|was|were|is|are)(?: been| now)? (?:thwarted|foiled|frustrated|defeated"
    r"|repelled|repulsed|failed|derailed)\b"
)
# A claim relayed from media or unnamed sources ("several outlets ran stories claiming that ...").
_MEDIA_CLAIM = re.compile(
    r"\b(?:media|outlets?|reports?|materials|publications|insiders|sources)\b,?(?: \S+){0,8}?"
    r" (?:claiming|alleging|suggesting|asserting) that\b"
)


# "push ahead with" is also said of a plan carried forward ("is pushing ahead with its threatened
# offensive against X"): told going on only beside a capture it made, in the same sentence.
_PRESSED_ON = re.compile(r"^(?:push|press)")
_CAPTURED = re.compile(
    r"\b(?:recaptured|retook|retaken|captured|took|seized|liberated|overran|gained ground)\b"
)


# An aim told after the attack noun ("pressed on with their assault,
# vowing to take X") puts its goal ahead, whatever the capture beside it.
_AIM_STATED_AFTER = re.compile(
    r"\b(?:vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)"
    r"|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?) to\b"
)
# A cue noun told as another attack than the one going on ("preparing a new offensive").
_OTHER_ATTACK_WORDS = word_set("new another fresh second next further renewed separate")
# A time still ahead: a recap that holds one is not only a recap ("... before an assault expected
# on Friday", "he warned that troops will storm X").
_RECAP_TIME_AHEAD = re.compile(
    r"\b(?:will|shall|going to|tomorrow|next (?:week|month|year)|in the coming|within (?:hours|days|weeks)"
    r"|expected (?:on|in|at|by|within|to|this|next))\b"
)
# The recap names a speaker, whom the next sentence's "he" or "she" can be.
_SPEECH_VERB = re.compile(r"\b(?:said|says|spoke|told|stated|noted|remarks?|announced|discussed|claimed)\b")
# An earlier aim, not the one the cue tells ("their attempt to take the town last year was
# repelled", "its earlier bid to seize it had failed").
_EARLIER_AIM = re.compile(
    r"\b(?:earlier|previous|prior|former|first|last|past|ago|in (?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december|(?:19|20)\d\d))\b"
)
_OF_PROPER_NAME = re.compile(r" of ([A-Z][\w'-]+)")


def _going(lowered: str, going: re.Match[str], s: int, e: int) -> bool:
    """``going`` (an _OWN_GOING match in the sentence from ``s`` to ``e``) tells the attack going
    on: no threat or plan governs its verb, and "push ahead with" stands beside a capture."""
    if going.group("noun") not in _ATTACK_HEADS:
        return False
    if _OWN_GOING_AHEAD.search(lowered, s, going.start()) is not None:
        return False  # "threatened to intensify its assault on X": still ahead
    if _AIM_STATED_AFTER.search(lowered, going.end(), e) is not None:
        return False  # "pressed on with its assault, vowing to take X": the goal still ahead
    return _PRESSED_ON.match(going.group("verb")) is None or _CAPTURED.search(lowered, s, e) is not None


def _own_going(lowered: str, tokens: list[Token], anchor: int, s: int, e: int) -> bool:
    """The attack noun at ``anchor`` (in the sentence from ``s`` to ``e``) is its side's own and
    told going on ("was deepening its assault", "retook A as it pushed ahead with its offensive")."""
    noun_start = tokens[anchor].start
    going = _OWN_GOING.search(lowered[: tokens[anchor].end], max(s, noun_start - 120))
    return going is not None and _going(lowered, going, s, e)


def _going_heads(doc: Document, lowered: str) -> set[str]:
    """The attack nouns the article tells going on as their side's own, in any sentence."""
    heads: set[str] = set()
    for s, e in doc.spans:
        for going in _OWN_GOING_ANY.finditer(lowered, s, e):
            if _going(lowered, going, s, e):
                heads.add(going.group("noun").replace("-", ""))
    return heads


def _reminded(doc: Document, lowered: str, n: int) -> bool:
    """Sentence ``n`` is announced as a recap ("As a reminder, ..."), or is the same speaker's
    sentence right after one ("... He noted that ...")."""
    s, e = doc.spans[n]
    if _RECAP_TIME_AHEAD.search(lowered, s, e) is not None:
        return False  # "As a reminder, residents must leave before an assault expected on Friday"
    if _REMINDER.match(lowered[s:e].lstrip(" \"'\u201c")):
        return True
    if n == 0 or _SAME_SPEAKER.match(lowered[s:e].lstrip()) is None:
        return False
    ps, pe = doc.spans[n - 1]
    recap = lowered[ps:pe]
    return _REMINDER.match(recap.lstrip(" \"'\u201c")) is not None and _SPEECH_VERB.search(recap) is not None


def _thwarted_after(doc: Document, n: int, start: int, location: str | None) -> bool:
    """The aim or plan to take the place is told thwarted after the cue (which starts at
    ``start``), in its sentence or the next two: "aims to take X. Their bid to take the town
    was repelled"."""
    cleaned = doc.cleaned
    last = min(len(doc.spans), n + 3)
    lowered = cleaned.lower()
    for match in _THWARTED.finditer(cleaned, start, doc.spans[last - 1][1]):
        if _EARLIER_AIM.search(lowered, max(start, match.start() - 25), match.end()) is not None:
            continue  # "their bid to take the town last year was repelled": an earlier aim
        obj = match.group("object")
        named = _OF_PROPER_NAME.match(cleaned, match.end("object"))
        if named is not None:
            obj = named.group(1)  # "the city of Y": Y's, not the cue's place
        if obj[0].islower() or (location is not None and obj in location):
            return True
    return False


def _rebutted(doc: Document, lowered: str, n: int, start: int, location: str | None) -> bool:
    """A claim relayed from media before the cue, which a later sentence of the article rebuts
    ("... have no chance of occupying X", "lack the forces for such an offensive")."""
    s, _ = doc.spans[n]
    if location is None or _MEDIA_CLAIM.search(lowered, s, start + 1) is None:
        return False
    place = re.escape(location.lower())
    rebuttal = re.compile(
        r"\bno (?:real )?chance (?:of|to) (?:\S+ ){0,2}?(?:occupy\w*|captur\w+|tak\w+|seiz\w+|storm\w*) "
        # the place is the verb's object ("taking the town of X"), not "take shelter in X"
        r"(?:the (?:city|town|village|capital|port|region) of )?" + place + r"\b"
    )
    return any(rebuttal.search(lowered, a, b) for a, b in doc.spans[n + 1 :])


def _not_a_coming_attack(
    doc: Document,
    lowered: str,
    n: int,
    tokens: list[Token],
    span: tuple[int, int, int],
    by_noun: bool,
    location: str | None,
    named_here: bool,
) -> bool:
    """The cue read in its article, once its place is known: a recap, the attacker's own attack
    told going on, an aim told thwarted later, or a claim the article rebuts."""
    a, _, anchor = span
    start = tokens[a].start
    if _reminded(doc, lowered, n):
        return True  # "As a reminder, a possible offensive was discussed ...": a recap
    if by_noun:
        if _own_going(lowered, tokens, anchor, *doc.spans[n]):
            return True  # "the army was deepening its assault on X": going on
        head = tokens[anchor].lower.replace("-", "")
        another = any(t.lower in _OTHER_ATTACK_WORDS for t in tokens[max(0, anchor - 3) : anchor])
        if not named_here and not another and head in _going_heads(doc, lowered):
            return True  # "as Ukraine prepared for a counteroffensive": the one told going on
    if _thwarted_after(doc, n, start, location):
        return True  # "aims to take X. That plan was foiled on Sunday."
    if _planners_held(lowered, doc.spans[n], start, tokens[span[1] - 1].end):
        return True  # "the arrested men were planning to attack X": a plot foiled (round 23)
    if _refuted_claim(doc, lowered, n, start):
        return True  # "A claimed B was planning to attack X", which B refuted before (round 23)
    if _aim_of_a_battle_going_on(doc, lowered, n, start, tokens[span[1] - 1].end, location):
        return True  # "Fighting went on near X. The enemy aims to capture X." (round 23)
    return _rebutted(doc, lowered, n, start, location)


# Round twenty-three (issue 11, precision on a fresh unseen set): a plan whose planners are told in
# custody (a police raid, a trial), and a claimed plan the article has refuted before the claim.

# The planners held, told by an adjective before the plan's subject: "the arrested men were
# planning to attack X" (a determiner first, so that "the army captured towns and was preparing
# to storm X" is not read as one).
_HELD_SUBJECT = re.compile(
    r"\b(?:the|these|those|all|both|several|some|\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:newly |recently )?(?:arrested|detained|apprehended|captured|nabbed|jailed)"
    r" (?:[a-z-]+ ){0,2}?(?:were|was|had been|have been|are|is)"
    r"(?: (?:allegedly|reportedly|also|all|still))? $"
)
# ... or by the main verb, the plan in an aside on its subject: "Seven men, planning to attack X,
# were arrested" (the aside opens with a comma or "who were" right before the cue, and its first
# comma after the cue closes it: not "X, planning to storm Y, said spies who were sent, were held") ...
_ASIDE_OPEN = re.compile(r"(?:, |\bwho (?:(?:were|was|had been|are|is) (?:\S+ )?)?)$")
_HELD_MAIN = re.compile(
    # ... not a relative clause on the place, which tells other people held ("preparing to storm X,
    # whose mayor was detained": a true warning; review of round 23)
    r"[^,;]*?, (?!(?:where|whose|which|who|whom|when|while|as|after|since)\b)"
    r"(?:\S+ ){0,2}?(?:were|was|have been|has been|had been) (?:\S+ )?(?:arrested|detained"
    r"|apprehended|captured|nabbed|rounded up|taken into custody)\b"
)
# ... or the plan is what they are held or tried for: "were jailed for planning to attack X".
_HELD_FOR = re.compile(
    r"\b(?:arrested|detained|charged|convicted|sentenced|jailed|indicted|imprisoned|found guilty"
    r"|prosecuted) (?:\S+ ){0,5}?(?:for|of|with|on charges? of)(?: allegedly)? $"
)


def _planners_held(lowered: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """The cue (from ``start`` to ``end`` in its sentence) tells the plan of people the sentence
    tells arrested, detained or tried: a plot foiled, not an attack to come."""
    s, e = sentence
    head = lowered[s:start]
    if _HELD_SUBJECT.search(head) is not None or _HELD_FOR.search(head) is not None:
        return True
    return _ASIDE_OPEN.search(head) is not None and _HELD_MAIN.match(lowered, end, e) is not None


# The cue relayed as someone's claim or belief ("a separatist leader claimed that B was planning
# to attack X") ...
_CLAIMED = re.compile(
    r"\b(?:claimed|claims|claiming|alleged|alleges|alleging|believed|believes|insisted|insists"
    r"|asserted|asserts)\b"
)
# ... and an earlier sentence that refutes such claims of an attack ("refuted statements about a
# B offensive") or says the side plans none ("B does not plan any such operation").
_REFUTES_ATTACK = re.compile(
    rf"\b(?:{_DENY})(?: \S+){{0,3}}? (?:statements?|claims?|reports?|allegations?|accusations?"
    # an attack still to come (not "denied claims of an attack on a market", a past one)
    r"|assertions?|disinformation)\b(?: \S+){0,4}? (?:(?:possible|planned|alleged|imminent|impending"
    r"|coming|upcoming|new) (?:\S+ )?(?:attacks?|assaults?)|offensives?|invasion|(?:offensive|military)"
    r" operations?)\b"
    # the plan denied must be of an attack ("does not plan any new taxes" is not)
    r"|\b(?:(?:does|do|did) not (?:\S+ (?:or )?)?plan|(?:is|are|was|were) not (?:planning|preparing))"
    r" (?:any |such |an? )+(?:\S+ )?(?:offensives?|attacks?|assaults?|invasion|operations?|actions?)\b"
)


# Review of round 23: the claim must be the one refuted, told as made before the refutation
# ("Earlier, a leader claimed", "had said he believed") or by the source the refutation names
# ("rejected separatist statements" ... "a separatist leader claimed"). A claim by anyone else after a
# denial ("Kelvan denied reports of an offensive. US officials claimed Kelvan plans to attack X") is
# the other side's warning, and the article reports it as such.
_CLAIM_BEFORE = re.compile(
    r"\b(?:earlier|previously|before that|had (?:\S+ )?(?:said|claimed|alleged|insisted|asserted"
    r"|believed|stated|announced|told))\b"
)
# The source named in the refutation: the word before "statements", "claims" ...
_REFUTED_SOURCE = re.compile(
    r"\b([a-z]+?)(?:s|'s|\u2019s|s'|s\u2019)? (?:statements?|claims?|reports?|allegations?|accusations?"
    r"|assertions?|disinformation)\b"
)
# ... unless it is a determiner or a judgement, which names no one.
_NOT_A_SOURCE = frozenset(
    {
        "the",
        "a",
        "an",
        "any",
        "such",
        "these",
        "those",
        "this",
        "that",
        "all",
        "its",
        "their",
        "his",
        "her",
        "our",
        "new",
        "recent",
        "false",
        "baseless",
        "unfounded",
        "earlier",
        "further",
        "fresh",
        "several",
        "many",
        "some",
    }
)


def _refuted_claim(doc: Document, lowered: str, n: int, start: int) -> bool:
    """Sentence ``n`` relays, before its cue at ``start``, a claim or belief, and an earlier
    sentence of the article refutes claims of an attack or says no such attack is planned, this
    claim told as made before the refutation or by the source it names."""
    s, _ = doc.spans[n]
    claim = None if n == 0 else _CLAIMED.search(lowered, s, start)
    if claim is None:
        return False
    before = _CLAIM_BEFORE.search(lowered, s, start) is not None
    for a, b in doc.spans[:n]:
        if _REFUTES_ATTACK.search(lowered, a, b) is None:
            continue
        if before:
            return True
        for hit in _REFUTED_SOURCE.finditer(lowered, a, b):
            word = hit.group(1)
            # a stem, so that "separatists' statements" names "a separatist leader"
            if (
                len(word) > 3
                and word not in _NOT_A_SOURCE
                # named before the claim's verb, as its author (not the side it accuses)
                and re.search(r"\b" + re.escape(word[:6]), lowered[s : claim.start()]) is not None
            ):
                return True
    return False


# An aim (not a vow, a threat or a plan) to take a place the article tells fought over now: the
# goal of the battle going on, not an attack to come ("Fighting went on at the approaches to X.
# The enemy aims to capture X."). A vow or a threat there still warns of an escalation.
_AIM_CUE = re.compile(
    r"(?:aims?|aimed|aiming|seeks?|seeking|sought|wants?|intends?|trying|tries|attempting|attempts) to"
    r" (?:capture|take|seize|occupy|enter|encircle)\b"
)
# A time still ahead in the aim's sentence keeps it a warning ("aims to capture X by Friday").
_AIM_AHEAD = re.compile(r"\b(?:soon|next|within|by (?:the end|\S+day)|before (?:the|\S+day))\b")
# Fighting told with a place: "fighting continued at the approaches to X", "clashes around X".
_BATTLE_AT = (
    r"\b(?:fighting|battles?|clashes|combat|street battles)\b(?: \S+){0,4}? (?:at|near|around|for|on|in"
    r"|inside|outside|along)"
    r" (?:the (?:approaches|outskirts|edges?|gates|suburbs|entrances?|fringes) (?:to|of) )?"
    r"(?:the (?:town|city|village) of )?"
)
# ... but not fighting feared, expected or supposed ("clashes are expected near X", "if fighting
# reaches X").
_BATTLE_NOT_YET = re.compile(
    r"\b(?:if|expect\w*|fear\w*|loom\w*|imminent|possible|could|would|will|may|might|unless"
    # ... nor fighting denied ("there has been no fighting near X": review of round 23), nor a
    # clash that is no battle ("clashes between protesters and police in X", "political battles")
    r"|no|not|never|without|protest\w*|police|riot\w*|political|legal|court|electoral|election)\b"
)

# ... nor fighting told over ("fighting in X ended last week": a new aim on X warns).
_BATTLE_OVER = re.compile(
    r"\b(?:ended|ends|stopped|ceased|subsided|halted|died down|was over|is over|last (?:week|month|year)"
    r"|ago|in (?:19|20)\d\d"
    # a season or a month named, or a year anywhere ("last autumn", "in March", "in the spring of
    # 2023"): fighting told at a past time, not going on now (review of round 23)
    r"|(?:last|this past) (?:spring|summer|autumn|fall|winter)|(?:19|20)\d\d|in (?:january|february"
    r"|march|april|may|june|july|august|september|october|november|december))\b"
)


def _aim_of_a_battle_going_on(
    doc: Document, lowered: str, n: int, start: int, end: int, location: str | None
) -> bool:
    """The cue (from ``start`` to ``end``) is an aim to take ``location``, with no time ahead in
    its sentence, and this or an earlier sentence tells fighting going on at that place."""
    if location is None or _AIM_CUE.match(lowered, start, end) is None:
        return False
    s, e = doc.spans[n]
    if _AIM_AHEAD.search(lowered, s, e) is not None or _RECAP_TIME_AHEAD.search(lowered, s, e):
        return False
    town = (_town_name(location) or location).lower()
    battle = re.compile(_BATTLE_AT + re.escape(town) + r"\b")
    for a, b in doc.spans[: n + 1]:
        for hit in battle.finditer(lowered, a, b):
            if (
                _BATTLE_NOT_YET.search(lowered, max(a, hit.start() - 40), hit.end()) is None
                and _BATTLE_OVER.search(lowered, hit.end(), min(b, hit.end() + 40)) is None
            ):
                return True
    return False


# Round 31 (issue 11, item 3): an aim against a place whose offensive the article reports begun.
# A side's aim in a battle it has started is that battle's, not a warning of a new one: "we will
# seize X" (quoted, no time of its own), "began the assault, seeking to drive the rebels out of X",
# "warns the X battle could uproot 50,000". A new phase still warns: a time of its own ("within
# days", "soon"), the centre or a final/all-out/ground assault, a condition or an ultimatum, and any
# place other than the one under attack (the caller compares places).

# An attack noun whose clause says it has already done something (a perfect): "the offensive to
# retake X has displaced 20,000", "the battle for X has entered its third week".
_BEGUN_PERFECT = re.compile(
    r"\b(?P<noun>offensive|assault|battle|operation|campaign|push|onslaught)"
    r"(?P<object> (?:to|on|for|against|of|in|into)\b[^.;,:]{0,80}?)"
    r" (?:has|have) (?:already |so far |now )?(?:displaced|uprooted|forced|driven|sent|killed|entered"
    r"|caused|triggered|prompted|left)\b"
)
# Review of round 31: besides _LONG_AGO's years, a sentence dated to a former time ("a year ago",
# "in March" with no day, "the previous offensive"): the attack it tells is a former one there, not
# the battle now under way (a new threat against the place still warns).
_FORMER = re.compile(
    r"\b(?:a|one|two|three|four|five|\d+|several|many) (?:years?|decades?|months) ago\b"
    r"|\blast (?:spring|summer|autumn|winter)\b"
    r"|\b(?:earlier|previous|former|last) (?:offensive|assault|battle|attack|siege|campaign)\b"
    rf"|\bin (?:{_MONTH})\b(?! \d)"
)
# Review of round 31: an air attack named by its noun after a ground-looking verb ("launched an air
# campaign on X", "began airstrikes on X").
_AIR_ONLY = re.compile(
    r"\b(?:air|aerial|drone|missile|rocket)[ -]"
    r"(?:campaign|offensive|strikes?|raids?|attacks?|assault|bombardment)"
    r"|\bair-?strikes?\b|\bbombing campaign\b"
)
# A first-person future right before the cue: "we will seize", "we'll take" (the cue may hold the
# modal itself: "[will seize]").
_FIRST_PERSON_FUTURE = re.compile(r"\bwe(?:'ll|\u2019ll| will| shall| are going to)(?: [a-z]+ly)? $")
_WE_BEFORE_MODAL = re.compile(r"\bwe $")
# A purpose clause holding the cue: "seeking to wipe out", "in order to retake", "aiming to drive".
_PURPOSE = re.compile(
    r"\b(?:seeking|aiming|trying|attempting|striving|in order|so as|with the (?:aim|goal|objective) of)"
    r"(?: to)?(?: [a-z]+)?$"
)
# A battle's feared consequence for people right after a noun cue: "battle could uproot 200,000".
_BATTLE_TOLL = re.compile(
    r"\s*(?:could|may|might|would|will)?\s*(?:uproot|displace|force|drive|send|push)\w*\b", re.IGNORECASE
)
# A cue ending in an attack noun and a modal ("warns X battle could").
_ATTACK_NOUN_END = re.compile(
    r"\b(?:offensive|assault|battle|operation|campaign|push|onslaught|fighting)"
    r"(?: (?:could|may|might|would|will))?$"
)
# What makes the aim a new phase or a coming step of its own (kept as a warning).
_NEW_PHASE = re.compile(
    r"\b(?:soon|shortly|imminent\w*|within|coming|next|tomorrow|tonight|any (?:moment|time|day|hour)"
    r"|by (?:the end|spring|summer|autumn|winter)|in (?:a|one|two|three|a few|\d+) (?:days?|weeks?|hours?)"
    # review of round 31: a deadline of its own ("will take X by Friday", "by the weekend", "by May")
    r"|by (?:\w+day|the weekend|nightfall|dawn|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)"
    # review of round 31: a step after an event of its own, or one in a sequence ("we will take X
    # after the rains, and then the capital")
    r"|after the (?:rains?|rainy season|elections?|holidays?|harvest|truce|ceasefire|talks|deadline)|and then"
    r"|deadline|ultimatum|final|all-out|full-scale|ground|storm\w*|cent(?:re|er)|downtown|heart of"
    r"|old city|if|unless|or else|surrender\w*|decid\w+|decision)\b"
)


def _started_places(doc: Document, year: int | None) -> set[str]:
    """Places (lower-cased, as _town_name gives them) the article reports a ground attack begun or
    going on at: _under_way_places' ground ones, and an attack noun whose clause has already done
    something ("the battle for X has displaced ..."). Not from a sentence dated to a former time
    (the article's ``year`` tells an old year), nor one whose attack is an air one by its noun."""
    out: set[str] = set()
    for n, (s, e) in enumerate(doc.spans):
        lowered = doc.cleaned[s:e].lower()
        if _long_ago(lowered, 0, len(lowered), year) or _FORMER.search(lowered):
            continue  # review of round 31: a past battle there ("the 2019 assault on X") is not this one
        if not _AIR_ONLY.search(lowered):
            # review of round 31: "launched an air campaign on X" (a ground verb, an air noun) is
            # no ground battle, whose aims the article would tell
            out.update(name for name, kind in _under_way_in(doc, n) if name and kind == "ground")
        if " has " not in lowered and " have " not in lowered:
            continue
        for m in _BEGUN_PERFECT.finditer(lowered):
            if m.group("noun") in ("campaign", "operation", "push") and not _armed(lowered):
                continue  # review of round 31: "the campaign against cholera in X has prompted ..."
            lo, hi = s + m.start("object"), s + m.end("object")
            for p in doc.places(n):
                if lo <= p.start < hi and _usable(p):
                    out.add((_town_name(_first_of_list(p.text)) or "").lower())
    out.discard("")
    return out


def _aim_in_begun_battle(lowered: str, s: int, e: int, start: int, end: int, noun_cue: bool) -> bool:
    """The cue (lowered[start:end] in the sentence lowered[s:e]) is an aim or a feared consequence
    of a battle under way, with no new phase of its own (the caller checks the place is one the
    article reports under attack)."""
    if _NEW_PHASE.search(lowered, s, e):
        return False
    before = lowered[s:start]
    cue = lowered[start:end]
    if noun_cue or _ATTACK_NOUN_END.search(cue):
        # a noun cue, or a verb cue ending in the noun ("warns X battle could"): its toll
        return _BATTLE_TOLL.match(lowered, end) is not None
    if _FIRST_PERSON_FUTURE.search(before) or (
        cue.startswith(("will ", "shall ", "'ll ")) and _WE_BEFORE_MODAL.search(before)
    ):
        return True
    # the purpose words may open the cue ("[seeking to wipe out]") or come right before it
    head = cue.split(" to ", 1)[0] if " to " in cue else ""
    return bool(_PURPOSE.search(before.rstrip()) or (head and _PURPOSE.search(head)))
