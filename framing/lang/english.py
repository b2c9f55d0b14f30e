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
# quotes: attribution and speakers  (framing.quotes)
# --------------------------------------------------------------------------------------------------

#: first words of multi-word place names ("North Korea", "New Jersey"): such names are places, not persons
QUOTE_PLACE_FIRST_WORDS = _words("north south east west new united saint st. san santa los las el fort port mount lake")
#: common English first names by gender, used only to keep he/she from resolving to a name of the other gender
#: (a closed, small list written for framing from common given names in English-language news; not exhaustive)
QUOTE_FEMALE_NAMES = _words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra "
    "ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia "
    "kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel "
    "catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren "
    "joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice "
    "jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie "
    "diana brittany natalie isabella charlotte rose alexis kayla hillary chelsea ivanka melania michelle nancy "
    "kellyanne elise loretta huma claire condoleezza sonia elena "
    "jill tulsi kamala nikki carly meg susana"
)
QUOTE_MALE_NAMES = _words(
    "james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark "
    "donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary "
    "nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick "
    "raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy "
    "harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan "
    "billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis "
    "bobby philip johnny barack bernie mitt mike tim ted marco jeb chris rudy newt reince paul bill al joe rand "
    "harry mitch jim tom dan ben rick ron rex vladimir xi bashar benjamin recep boris emmanuel justin "
    "shinzo ali hassan mohammad mohammed ahmed omar"
)
#: heads of "the group" / "the ministry": a definite phrase that refers back to an organisation
QUOTE_DEFINITE_ORG = _words(
    "group movement organisation organization militia paper newspaper agency ministry government "
    "army military council party office embassy broadcaster channel station alliance front mission delegation "
    "company firm operator union court committee commission campaign department coalition"
)
#: abbreviations of titles that a full stop does not end, besides those of framing.document ("Del. Stacey Plaskett")
QUOTE_ABBREVIATIONS = _words("del atty assemb cong secy sec supt lt gen col maj capt cmdr adm sgt rev gov sen rep amb")
#: words ending in -ly that are no adverbs (an adverb between a subject and its cue is skipped)
QUOTE_LY_NOT_ADVERBS = _words(
    "family ally rally supply assembly anomaly italy july daily weekly monthly yearly early only holy ugly belly "
    "bully reply apply comply imply multiply fly lily kelly emily molly sally holly billy"
)
#: elided words that start with an apostrophe ('tis, 'em): the apostrophe never opens a quote
QUOTE_ELISIONS = _words("tis twas em cause til n round bout ol nother")
#: partitive quantifiers: "five of the officials" has the head of "the officials"
QUOTE_PARTITIVES = NUMBER_WORDS | _words("some many most several few none all each any both either neither")
#: heads of documents that speak for their owner ("the ministry's statement")
QUOTE_DOCUMENT_HEADS = _words("statement memo report letter readout communique communiqué editorial post video")
#: words that start a new clause: a subject read leftwards stops after them
QUOTE_CLAUSE_WORDS = _words(
    "after before when while because since as that which what but if where although though then so once "
    "until whether whom whose than also however meanwhile yet nor"
)
#: words after which a speaker phrase is post-modified ("officials familiar with", "a source close to")
QUOTE_POSTMODIFIERS = _words(
    "in of for at from with on to by about among between near inside outside within close familiar briefed "
    "involved who working based speaking seen obtained reviewed released published filed cited leaked shared "
    "issued"
)
#: words that may precede the head of an unnamed-source phrase ("two senior officials")
QUOTE_PREMODIFIERS = _words(
    "the a an one two three four five six seven eight nine ten several some many other another both most "
    "senior junior former top unnamed anonymous"
)
#: capitalised words that are never part of a speaker's name
QUOTE_STOP_CAPS = CALENDAR | _words(
    "the a an in on at after but and as by for from of to with this that these those when while his her "
    "its their our it he she they we i if said"
)
#: cue verbs that take a noun object (naming, denial, criticism): they report a clause only before "that"
QUOTE_NAMING_CUES = _words(
    "called calls describe described describes describing labelled labeled labeling labelling dismissed "
    "denied denies rejected condemned condemns denounced criticised criticized blamed blames blaming "
    "expressed expresses read reads quoted commented remarked recalled recalls confirmed confirms "
    "informed briefed charged answered responded replied replies protested call praised attacked "
    "blasted mocked mocks slammed decried decries touted touts hailed defended defends branded "
    "brands dubbed termed likened likens characterized characterised characterizes questioned"
)
#: cue verbs that attribute a quotation but report no clause unless followed by "that" ("she continued")
QUOTE_MARKED_ONLY_CUES = _words(
    "continued continues shouted shouts yelled yells chanted chant sang sings tweeted tweets posted quipped "
    "exclaimed mused"
)
#: capitalised labels before a colon that are no speaker of a transcript turn
QUOTE_NOT_SPEAKER_LABELS = _words(
    "update note correction clarification watch related photos photo video read more editor's source sources "
    "breaking live exclusive warning q a"
)
#: cue verbs that take an indirect object before the reported clause ("told reporters that")
QUOTE_OBJECT_CUES = _words("told tells tell telling informed assured briefed")
#: plain-noun heads that still name an organisation
QUOTE_ORG_FALLBACK = _words("police authorities")
#: "the person" / "the official": a definite singular that refers back to an anonymous source
QUOTE_ANONYMOUS_ANAPHORS = _words("person official diplomat source officer")
#: lower-case particles inside names ("Abu Bakr al Baghdadi", "Ursula van der Leyen")
QUOTE_NAME_PARTICLES = _words("of al bin de van")
#: first words of a comma segment that is an apposition, not the subject ("X, the group's leader, said")
QUOTE_APPOSITION_STARTS = _words(
    "the a an who which including first later previously originally among himself herself itself whose one "
    "his her its their citing speaking standing writing quoting however meanwhile too though also"
)
#: words that cannot start an inverted subject ("said that ...", "said on Monday")
QUOTE_NOT_INVERTED = _words("that it he she they on in at to of by")
#: verb-like words that end no subject ("officials were", "sources to")
QUOTE_NOT_SUBJECT_END = _words("was were is are be been not to")
#: first-person forms: a quote in the first person marks its speaker as a person
QUOTE_FIRST_PERSON = _words("i my me i'm i've i'd i'll")
#: words after which a qualifier starts ("officials familiar with", "a source who")
QUOTE_QUALIFIERS = _words("familiar briefed close with who involved speaking not knowledgeable aware informed")
#: adverbs and auxiliaries between a subject and its cue ("X has also said")
QUOTE_SUBJECT_FILLERS = (
    "has have had also later again previously earlier then first reportedly repeatedly publicly privately further "
    "separately himself herself itself themselves will would quickly immediately only however afterwards "
    "once today yesterday tonight now"
).split()
#: nouns of the means of speaking ("in a statement", "in an interview")
QUOTE_SPEECH_EVENTS = (
    "statement interview speech address letter video post briefing conference message call broadcast"
).split()
#: heads of a possessed office that make a capitalised word a state ("Kestria's foreign minister")
QUOTE_STATE_OFFICES = (
    r"president prime\s+minister foreign defen[cs]e interior finance military army navy air\s+force government "
    r"parliament ministry embassy forces coast\s+guard capital people economy border central\s+bank state "
    r"supreme security ambassador auditors negotiator delegate"
).split()
#: heads of an apposition that type a capitalised word as an organisation ("Hamas, the militant group")
QUOTE_ORG_APPOSITIONS = (
    "movement group organi[sz]ation militia party agency company alliance faction coalition union network "
    "charity front body bloc"
).split()
#: audiences named after "told" ("told reporters")
QUOTE_AUDIENCES = "reporters journalists lawmakers listeners viewers parliament me him her them us".split()
QUOTE_DEFINITE_AUDIENCES = (
    "committee nation assembly council court crowd press media parliament cabinet audience"
).split()
#: words after which an inverted subject ends ("said Jonas Faldt, who ...")
QUOTE_INVERTED_STOPS = (
    r"who which after before when while as during adding speaking standing holding told on at in\s+a "
    r"in\s+an in\s+the"
).split()
#: participles and conjunctions after a comma that end a reported clause ("..., officials said, adding ...")
QUOTE_CLAUSE_TAILS = "speaking adding citing according who as while after".split()

# --------------------------------------------------------------------------------------------------
# actors: mentions and roles  (framing.actors)
# --------------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------------
# hedging: context rules  (framing.hedging)
# --------------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------------
# sentiment and target sentiment  (framing.sentiment, framing.target)
# --------------------------------------------------------------------------------------------------
