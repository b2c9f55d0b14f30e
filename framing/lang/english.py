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
