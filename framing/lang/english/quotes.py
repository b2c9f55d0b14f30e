"""English word classes: quotes: attribution and speakers  (framing.quotes)."""

from __future__ import annotations

from framing.lang.english.document import *  # noqa: F403
from framing.lang.english.furniture import *  # noqa: F403
from framing.lang.english.grammar import *  # noqa: F403
from framing.lang.english.grammar import _words

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
    "brands dubbed termed likened likens characterized characterised characterizes questioned calling"
)
#: cue verbs that attribute a quotation but report no clause unless followed by "that" ("she continued")
QUOTE_MARKED_ONLY_CUES = _words(
    "continued continues shouted shouts yelled yells chanted chant sang sings tweeted tweets posted quipped "
    "exclaimed mused chanting chants tweeting shouting yelling interjected interjects boomed barked whispered "
    "agreed agrees"
) | frozenset(("shot back", "fired back", "wrote back"))
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
#: first words of a phrase that refers back to people the text has already identified ("both parents", "each",
#: "neither candidate"): such a phrase is no unnamed source unless its head is an anonymous-source word
QUOTE_IDENTIFIED_SETS = _words("both each either neither")
#: determiners of a definite singular description ("the candidate", "this manager"): it refers back to someone
#: already met, so it is no unnamed source unless its head is an anonymous-source word ("the official")
QUOTE_DEFINITE_SINGULAR = _words("the this that")
#: nouns of a share of a population (poll results: "42%", "three-quarters of the voters", "a majority")
QUOTE_SHARE_WORDS = _words(
    "percent per cent half halves third thirds quarter quarters three-quarters two-thirds majority minority "
    "plurality fraction share proportion"
)
#: endings of adjectives of nationality, party or kind ("Democratic", "Republican", "federal", "independent")
QUOTE_ADJECTIVE_ENDINGS = ("ic", "al", "an", "ian", "ive", "ent", "ant", "ish", "ese", "ous", "ary")
#: nouns of a public role ("the candidate", "the nominee"): a definite singular with such a head refers back to
#: a person the text has named
QUOTE_ROLE_NOUNS = _words(
    "candidate candidates nominee nominees incumbent challenger justice tycoon mogul magnate billionaire "
    "actor actress star host anchor"
)
#: nouns of kin: "his wife", "Ortiz's brother" identify a person through a named one (no unnamed source)
QUOTE_KIN_NOUNS = _words(
    "wife husband mother father son daughter brother sister sons daughters brothers sisters parents widow "
    "widower niece nephew grandson granddaughter grandmother grandfather spouse fiancee fiance uncle aunt cousin"
)
#: lower-case particles inside names ("Abu Bakr al Baghdadi", "Ursula van der Leyen")
QUOTE_NAME_PARTICLES = _words("of al bin de van")
#: lower-case particles inside a name signed after a dash ("― Ana de la Cruz"), in the order they are tried
QUOTE_SIGNATURE_PARTICLES = ("de", "del", "la", "van", "von", "al")
#: first words of a comma segment that is an apposition, not the subject ("X, the group's leader, said")
QUOTE_APPOSITION_STARTS = _words(
    "the a an who which including first later previously originally among himself herself itself whose one "
    "his her its their citing speaking standing writing quoting however meanwhile too though also"
)
#: words that cannot start an inverted subject ("said that ...", "said on Monday")
QUOTE_NOT_INVERTED = _words("that it he she they on in at to of by")
#: verb-like words that end no subject ("officials were", "sources to")
QUOTE_NOT_SUBJECT_END = _words("was were is are be been not to")
#: endings of nouns that name people (resident, analyst, organiser, spokesman, Valdorian); a lower-case
#: head without one of them and outside the sources lexicon is no anonymous source ("neither side",
#: "the talks", "a clinic")
QUOTE_PERSON_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "dent", "dents",
                         "man", "men", "woman", "women", "person", "people", "ee", "ees")
#: relative pronouns that open a restrictive clause after a subject ("A local aid group that runs a clinic said")
QUOTE_RELATIVES = _words("that who which")
#: first-person forms: a quote in the first person marks its speaker as a person
QUOTE_FIRST_PERSON = _words("i my me i'm i've i'd i'll")
#: words after which a qualifier starts ("officials familiar with", "a source who")
QUOTE_QUALIFIERS = _words("familiar briefed close with who involved speaking not knowledgeable aware informed")
#: adverbs and auxiliaries between a subject and its cue ("X has also said")
QUOTE_SUBJECT_FILLERS = (
    "has have had also later again previously earlier then first reportedly repeatedly publicly privately further "
    "separately himself herself itself themselves will would quickly immediately only however afterwards "
    "once today yesterday tonight now still often always usually"
).split()
#: subject pronouns: one ending the words before a cue is the whole subject ("even now at 86 she still says")
QUOTE_NOMINATIVE = _words("i we he she they")
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
#: offices only a state has, matched capitalised too ("Iran's Supreme Leader" makes Iran a state; "Clinton's
#: State Department" does not make Clinton one, so "state", "president" and the like are not here)
QUOTE_STATE_ONLY_OFFICES = (
    r"supreme\s+leader prime\s+minister foreign\s+minist\w* defen[cs]e\s+minist\w* interior\s+minist\w* "
    r"armed\s+forces air\s+force navy army parliament embassy coast\s+guard central\s+bank"
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
#: short words ending in -s that are no verbs: a name before them is not the subject of a clause
#: ("to replace Thomas Eagleton as ...", "told Anna his ...")
QUOTE_S_NOT_VERBS = _words("as his this its us thus plus whereas yes hers ours yours theirs less unless across")
#: common irregular past tenses: a capitalised word before one is the subject of its clause ("Trump went
#: on the attack, saying ..."); with -ed forms, -s forms and auxiliaries they mark the end of a subject
QUOTE_IRREGULAR_PAST = _words(
    "said told wrote says spoke made took gave went came got saw knew thought felt left ran won lost began "
    "sought brought kept met put set led paid sent sat stood held heard found became struck fought drew "
    "threw grew rose broke chose bought taught caught meant read"
)
#: capitalised words that open a sentence before a name and are no part of it ("Yet Crenshaw could",
#: "Former Obama aide David Axelrod", "What Trump said")
QUOTE_NAME_LEADERS = (
    NOT_NAMES | PREPOSITIONS | SUBORDINATORS | _words("what why how yet former late then now so still even only just")
)
#: nouns of a written or spoken message after which an -ing cue needs no comma ("issued a statement saying",
#: "sent an email saying", "released a radio ad calling it ...")
QUOTE_MESSAGE_NOUNS = _words(
    "statement statements interview speech address letter letters video post posts message messages memo note "
    "release email emails e-mail tweet tweets ad ads advertisement spot commercial editorial op-ed voiceover "
    "broadcast briefing report"
)
#: verbs that agree with a plural subject (or carry none): after an -s form of a cue verb they make it a plural
#: noun ("the states would become", "the reports are", "his claims have been")
QUOTE_PLURAL_AGREEING = _words("are were have had will would can could should may might must do did")
#: heads of single written things that can later "say" or "read" something as "it" ("The email ... was sent.
#: '...,' it reads")
QUOTE_WRITTEN_HEADS = QUOTE_DOCUMENT_HEADS | _words(
    "email e-mail tweet cable affidavit article note message website sign banner ad advertisement filing ruling "
    "indictment transcript complaint lawsuit survey study poll audit bill resolution platform manifesto"
)
#: words opening a subordinate clause after a quote: a cue after them is that clause's ('"That makes me smart,"
#: when Clinton blasted him'); not "as" ('"...," as one official put it' credits the quote)
QUOTE_SUBORDINATE_OPENERS = _words("when while because after before since although though if until unless whereas")
#: nouns of something said, after a possessor and quoted words ("Marr's 'no surrender' remark")
QUOTE_SAID_NOUNS = _words(
    "remark remarks comment comments words line lines phrase quip claim claims description label slogan "
    "pledge promise vow warning boast retort jab taunt insult tweet tweets speech"
)
#: verbs of using a quoted expression ("Marr has used the phrase 'harbour theft'")
QUOTE_USING_VERBS = _words("used uses using coined coins invoked invokes repeated repeats adopted adopts")
#: nouns of a quoted expression after those verbs
QUOTE_EXPRESSION_NOUNS = _words("phrase term word words label slogan expression line description")
