"""English word classes shared by every measure.

Each class is a ``frozenset`` of lower-case word forms. The *common* section holds closed classes of
English grammar (auxiliaries, determiners, prepositions, pronouns, calendar words); the sections
after it hold the vocabularies that particular rules need (quote attribution, actor roles, hedging
context), kept here so that a measure module has no inline word lists and a second language can be
added as a sibling module.

Open classes with meaning and provenance (hedge cues, cue verbs, source nouns, role verbs, loaded
language) are not here: they are versioned lexicons in :mod:`framing.lexicons`.

Sources: closed classes after Quirk, R. et al. (1985) *A Comprehensive Grammar of the English
Language*, Longman; Biber, D. et al. (1999) *Longman Grammar of Spoken and Written English*.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------------
# common: closed classes of English grammar
# --------------------------------------------------------------------------------------------------

#: forms of *be*
BE = _words("be am is are was were been being 's 're 'm")
#: forms of *have*
HAVE = _words("have has had having 've 'd")
#: forms of *do*
DO = _words("do does did doing done")
#: forms of *get* (the get-passive: "was killed" / "got killed")
GET = _words("get gets got gotten getting")
#: modal auxiliaries, with the clitic stems of won't and can't
MODALS = _words("will would shall should can could may might must ought wo ca 'll 'd")
#: every auxiliary verb form
AUXILIARIES = BE | HAVE | _words("do does did") | MODALS
#: negators
NEGATORS = _words("not n't never no neither nor none nobody nothing nowhere")
#: articles, demonstratives and possessive determiners
ARTICLES = _words("the a an")
DEMONSTRATIVES = _words("this that these those")
POSSESSIVE_DETERMINERS = _words("my your his her its our their")
#: quantifying determiners
QUANTIFIERS = _words("any some each every no another several both all many few most other such either neither")
#: cardinal number words
NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions dozen dozens"
)
DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS | QUANTIFIERS
#: prepositions
PREPOSITIONS = _words(
    "of on in at to from into by with for against upon onto near toward towards about over under among "
    "amongst between through via without within across including like unlike than despite inside outside "
    "around behind beyond beside besides alongside amid during since until after before"
)
#: coordinating conjunctions
CONJUNCTIONS = _words("and or nor but yet so")
#: subordinating conjunctions
SUBORDINATORS = _words(
    "because although though while whereas if unless whether when whenever where as since until once"
)
#: relative and interrogative pronouns
RELATIVES = _words("who whom whose which that what where when why how")
#: personal pronouns by case
SUBJECT_PRONOUNS = _words("i you he she it we they")
OBJECT_PRONOUNS = _words("me you him her it us them")
POSSESSIVE_PRONOUNS = _words("mine yours his hers its ours theirs")
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS | POSSESSIVE_DETERMINERS | POSSESSIVE_PRONOUNS
#: pronoun -> gender/number class used when a pronoun is resolved to a speaker
PRONOUN_CLASS = {"he": "m", "she": "f", "it": "o", "they": "p", "we": "p", "i": "s"}
#: calendar words, which are capitalised but name no actor
MONTHS = _words("january february march april may june july august september october november december")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
CALENDAR = MONTHS | WEEKDAYS
#: the most frequent English function words (language sniffing, stop lists)
FUNCTION_WORDS = _words(
    "the a an of and to in is was that for on with as by at from it he she they has have had "
    "be been are were not but or his her its their which who said this will would"
)
#: capitalised words that start sentences but are not names (name detectors skip them)
NOT_NAMES = (
    ARTICLES
    | DEMONSTRATIVES
    | POSSESSIVE_DETERMINERS
    | SUBJECT_PRONOUNS
    | CONJUNCTIONS
    | CALENDAR
    | _words(
        "in on at after before while when if however meanwhile there some many most no one two three several "
        "both all throughout international according among during since until for from with by of to despite "
        "as said but yet also"
    )
)

# --------------------------------------------------------------------------------------------------
# document: sentence splitting and the English check  (framing.document)
# --------------------------------------------------------------------------------------------------

#: abbreviations that a period does not end (lower-case, without the final period); Punkt is
#: given them in code so it needs no trained model
ABBREVIATIONS = _words(
    """
    u.s u.n u.k e.u u.a.e u.s.s.r d.c n.y l.a
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt brig
    sen rep gov lt.-gov pres amb supt insp det rev fr msgr hon
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    a.m p.m no nos st ave blvd rd mt ft
    inc co corp ltd llc bros jr sr dept univ assn
    e.g i.e etc vs approx est fig al cf ca
    """
)
#: capitalised words that, after an abbreviation, start a new sentence ("... in the U.S. The ...")
SENTENCE_STARTERS = _words(
    """
    the he she it they we i you but and in a an this that these those on at his her
    its their there after as some while meanwhile however earlier later when if
    officials police authorities many most no one two three several both all
    """
)
#: verbs of saying that follow a closing quote and a name ('"A victory!" Arno told supporters.')
SPEECH_AFTER_QUOTE = _words("said says told asked added shouted replied wrote declared insisted")

# --------------------------------------------------------------------------------------------------
# clean: the furniture of scraped news  (framing.clean, framing.furniture)
# --------------------------------------------------------------------------------------------------

#: openers of "read also" teasers and related-content links (lower-case; matched at line start)
TEASER_OPENERS = (
    "read also", "also read", "read more", "see also", "related", "recommended", "don't miss", "do not miss",
    "must read", "more on this", "more from", "more:", "watch:", "listen:", "you may also like",
    "you might also like", "suggested reading", "further reading", "trending:", "latest:",
)
#: words after "related" that make it a teaser heading ("Related stories:")
TEASER_RELATED_NOUNS = _words("article articles story stories coverage content news reading link links topics posts")
#: words of share-button and social lines ("Share on Facebook | Tweet | Email | Print")
SHARE_WORDS = _words(
    "share shares sharing this article story page on via tweet facebook twitter x whatsapp email e-mail mail "
    "print copy link linkedin telegram reddit pinterest messenger comments comment save bookmark follow us the "
    "flipboard sms gift and or to with"
)
#: at least one of these must be on a share line
SHARE_CORE = _words(
    "share sharing tweet facebook twitter whatsapp email e-mail print linkedin telegram reddit pinterest "
    "messenger flipboard comments bookmark"
)
#: openers of photo-caption and credit lines (lower-case; followed by ':' or 'by' or '|')
CAPTION_OPENERS = _words(
    "photo photos photograph photographs image images picture pictures pic pics caption video illustration "
    "graphic credit credits"
)
#: words that may stand on a date line beside the date itself ("Published: Thu 1 Aug 2031, 10:21 GMT")
DATE_LABELS = (
    MONTHS
    | WEEKDAYS
    | _words(
        "date dated published updated posted last modified first edited on at am pm a.m p.m gmt utc bst cet cest "
        "est edt pst pdt ist eet eest jst ago hours hour minutes minute mins min days day weeks week seconds "
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun st nd rd th "
        "time read reading"
    )
)
#: lower-case words allowed in a byline ("By Jane Doe, staff writer, in Norvik")
BYLINE_WORDS = _words(
    "and in the of for de da del della di van von der den le la al el bin ibn staff writer writers reporter "
    "reporters correspondent correspondents editor editors contributor contributors news agencies agency "
    "desk team with from senior chief political foreign diplomatic special"
)
#: the words that open a byline
BYLINE_OPENERS = ("by", "written by", "words by", "report by", "story by", "text by")
#: openers of production credits ("(Reporting by ...; Editing by ...)")
CREDIT_OPENERS = _words("reporting writing editing compiled translated additional")
#: all-capital words that open headlines, not datelines ("BREAKING - ...")
NOT_DATELINES = _words(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION EDITORIAL FACTBOX EXPLAINER URGENT "
    "CORRECTION VIDEO PHOTOS AUDIO PODCAST NEW FLASH ALERT REVIEW INTERVIEW COMMENT"
)

# --------------------------------------------------------------------------------------------------
# quotes: attribution and speakers  (framing.quotes)
# --------------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------------
# actors: mentions and roles  (framing.actors)
# --------------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------------
# hedging: context rules  (framing.hedging)
# --------------------------------------------------------------------------------------------------

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
#: irregular past participles (deontic "must be stopped/held")
IRREGULAR_PARTICIPLES = _words("held made done paid put set met brought sent told kept found stopped")

# --------------------------------------------------------------------------------------------------
# sentiment and target sentiment  (framing.sentiment, framing.target)
# --------------------------------------------------------------------------------------------------

#: modifiers before *regime* that make it a set of rules, not a label for a government
#: ("the sanctions regime", "a tax regime")
REGIME_TECHNICAL = _words(
    "sanctions sanction tax visa inspection inspections trade export import regulatory control controls "
    "treatment training dietary drug dosing exchange-rate currency tariff verification monitoring "
    "safeguards licensing legal fiscal monetary pension testing"
)
#: loaded adjectives that are also surnames or acronyms (Swift, SWIFT, Savage, Noble)
NAME_LIKE = _words("swift savage grim noble brave bold bitter")
#: lower-case words that may join the capitalised words of one name ("Museum of Fine Arts", "bin Laden")
NAME_CONNECTORS = _words("of the for and de al el bin ibn van von la le du da di")
#: words never masked inside a name: VADER's rule words (negators, 'but', boosters), function words, titles
NAME_MASK_KEEP = _words(
    "but not no never nor none nothing neither without despite rarely seldom very most more less least "
    "so too the a an this that these those it its he she we they i you there here if when while as "
    "mr mrs ms dr sen rep gov gen"
)
