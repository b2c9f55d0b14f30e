"""English word classes: hedging: context rules  (framing.hedging)."""

from __future__ import annotations

from framing.lang.english.actors import *  # noqa: F403
from framing.lang.english.document import *  # noqa: F403
from framing.lang.english.furniture import *  # noqa: F403
from framing.lang.english.grammar import *  # noqa: F403
from framing.lang.english.grammar import _words
from framing.lang.english.quotes import *  # noqa: F403

#: words that open a conditional clause: a "would" in the same sentence is its consequence
HEDGE_CONDITIONALS = _words("if unless otherwise") | frozenset({"provided that", "providing that", "in case"})
#: reporting verbs after which "would" is the future in the past ("said he would resign")
HEDGE_REPORTING_VERBS = _words(
    "said says told tells announced promised pledged vowed added insisted stated declared "
    "warned wrote threatened predicted agreed decided hoped"
)
#: verbs of a refusal to speak: "would not comment"
HEDGE_REFUSAL_VERBS = _words(
    "comment say elaborate discuss disclose confirm give provide identify specify answer reveal"
)
#: what follows "appear" when it means "be seen" (appear in court, before the committee)
HEDGE_APPEAR_PLACE = _words("in before on at with alongside for together onstage live publicly during outside inside")
#: words before a noun use of suspect / kind of: "the suspect", "a kind of drone"
HEDGE_NOUN_MARKERS = _words("the a an this that one two three another main key chief prime any every some what")
#: nouns after "under the" that make a legal frame, in which "may" grants permission
HEDGE_LEGAL_FRAMES = _words("rule rules law agreement constitution deal terms regulation regulations accord treaty "
                            "ceasefire order decree")
#: words before "might" when it is the noun (military might)
HEDGE_MIGHT_NOUN = _words("military economic naval air full its their his her our the with")
#: perception verbs after "could": ability ("residents could see smoke")
HEDGE_PERCEPTION = _words("see hear feel smell watch")
#: words before "assumed" that make it epistemic ("is widely assumed")
HEDGE_ASSUMED_BY = _words("is are was were be been widely generally")
#: acts a schedule plans: "is expected to arrive at 5 p.m."
HEDGE_SCHEDULED_ACTS = _words(
    "arrive meet visit travel begin start sign vote attend land return resume convene open close speak "
    "address testify appear deliver release announce hold be leave depart fly hand unveil present "
    "publish issue rule sentence take"
)
#: words after "expected" that open a time ("a vote is expected on Tuesday", "as early as next week")
HEDGE_SCHEDULE_OPENERS = _words("on at by later shortly as in within before next this tomorrow today soon")
#: time words that mark a schedule ("on Tuesday", "tomorrow", "next week")
HEDGE_SCHEDULE_TIMES = _words("tomorrow tonight today noon midnight soon")
#: verbs after which "would" softens a claim ("this would suggest", "I would argue"): the only hedging "would"
HEDGE_WOULD_SOFTENS = _words("suggest seem appear indicate imply mean expect estimate suspect")
#: verbs after which "would" softens the speaker's own claim, in the first person only ("I would argue")
HEDGE_WOULD_SOFTENS_FIRST_PERSON = _words("say argue guess imagine think venture hope assume presume")
#: adverbs that may stand between "would" and its verb ("would likely mean")
HEDGE_WOULD_ADVERBS = _words("likely probably possibly perhaps also still then certainly surely")
#: subjects of "indicate" that make it evidential ("the data indicate"); with a person it reports speech
HEDGE_EVIDENCE_NOUNS = _words(
    "data evidence poll polls polling survey surveys study studies research results findings figures numbers "
    "statistics analysis analyses tests test signs trend trends record records models model estimates this that "
    "which it these those minutes documents document memo memos emails files papers"
)
#: words after "think" that make it deliberation, not belief ("think about running", "think on her feet")
HEDGE_THINK_ACTIVITY = _words("about of on through twice ahead back tank big outside hard long carefully")
#: objects after "claim" that make it "take", not "assert" ("claimed victory", "claimed responsibility")
HEDGE_CLAIM_OBJECTS = _words(
    "responsibility victory credit asylum ownership seat seats title mandate lives life prize win land "
    "territory benefits a an his her their its the some any another control power authority"
)
#: words before "charges" that make it money or an established verdict, not an accusation
HEDGE_CHARGE_NOT_ACCUSATION = _words(
    "fees service bank late extra hidden delivery cover convicted guilty acquitted cleared "
    "electric electrical battery phone roaming"
)
#: objects of "assume" that make it "take on", not "suppose" ("assumed office", "assumed the presidency")
HEDGE_ASSUME_OBJECTS = _words(
    "office control power command responsibility responsibilities duties role post presidency leadership position "
    "helm mantle charge name identity"
)
#: words before "claim(s)" that make it a demand for money or land, not an assertion
HEDGE_CLAIM_NOT_ASSERTION = _words(
    "insurance benefit benefits damage damages compensation land territorial patent jobless unemployment tax legal "
    "asylum expenses expense"
)
#: words before "may" that make it concessive ("whatever one may think")
HEDGE_CONCESSIVE = _words("whatever however whoever wherever whichever")
#: gerunds after "charged with" that make it a task, not an accusation ("a team charged with reviewing")
HEDGE_CHARGED_WITH_TASKS = _words(
    "reviewing overseeing countering investigating protecting enforcing running managing implementing developing "
    "leading drafting monitoring coordinating ensuring regulating handling examining studying evaluating writing "
    "finding carrying designing preparing setting defending organizing organising supervising"
)
#: words before the noun "thought" ("a thought", "second thought", "school of thought")
HEDGE_THOUGHT_NOUN_MARKERS = _words("of second first deep careful much little any some no")
#: abbreviated months ("Sept. 5")
HEDGE_MONTH_ABBREVIATIONS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
