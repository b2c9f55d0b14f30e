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
#: irregular past participles (passives: "was held", deontic "must be stopped")
IRREGULAR_PARTICIPLES = _words(
    "beaten bitten brought caught chosen done driven forgiven forgotten given held hit hurt kept known led "
    "left lost made met paid put seen sent set shot shown sold spoken stolen struck sworn taken taught "
    "thrown told torn undone won written found"
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
    "exclaimed mused chanting chants"
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

#: nouns that turn a demonym into the actor: "Iranian officials" -> Iran (multi-word heads kept whole)
INSTITUTION_HEADS = (
    "officials official authorities authority government governments leadership leaders regime "
    "forces military army troops soldiers navy air force armed forces security forces intelligence "
    "agents agencies agency ministry ministries diplomats diplomacy negotiators spokesman spokeswoman "
    "spokesperson commanders commander generals police state media state television cabinet "
    "parliament delegation embassy mission envoy administration side warplanes jets drones missiles"
).split()
MULTI_WORD_HEADS = ("air force", "armed forces", "security forces", "state media", "state television")
#: auxiliaries before a main verb (with the clitics news text splits off)
ROLE_AUXILIARIES = AUXILIARIES
#: auxiliaries of the passive: be and the get-passive
PASSIVE_AUXILIARIES = (BE - _words("'s 're 'm")) | GET
#: modals and do-support, after which an unknown word is read as a verb ("could retaliate")
VERB_OPENERS = MODALS | _words("do does did")
#: adverbs that may stand inside a verb group ("has also reportedly killed")
GROUP_ADVERBS = _words(
    "not never n't also reportedly allegedly already still yet just now then again once directly "
    "publicly officially formally immediately apparently previously recently ever neither nor either "
    "both later soon swiftly quickly repeatedly widely openly jointly finally first "
    "subsequently initially further strongly firmly sharply even really sometimes often usually always "
    "still ultimately personally privately eventually quickly instead reportedly almost nearly"
)
#: verbs whose complement is a clause, not a person: "said Estmark does not comment" (no patient)
CLAUSE_VERBS = _words(
    "say announce claim state add insist declare report believe think fear hope know suggest write "
    "confirm acknowledge deny respond react"
)
#: "is expected to hold", "is set to meet": the subject is the agent of the verb after "to"
RAISING_WORDS = _words("expected set due supposed scheduled slated poised likely going able about certain sure")
#: words that cannot be an adjective between a verb and its object
NOT_MODIFIERS = _words(
    "whether if how why what when where who whom whose which that because although though while as than "
    "so not no nor but and or yet also even only just there here it they he she we you i"
)
#: words after which "to" belongs to the verb group ("is yet to respond", "has to leave")
TO_AFTER = _words("yet going set due about able has have had ought used")
#: determiners and number words skipped before a noun phrase
ROLE_DETERMINERS = (DETERMINERS | NUMBER_WORDS) - _words("either neither")  # "has neither confirmed"
#: prepositions that block a subject reading; the clause openers after/before/since/until are left out
ROLE_PREPOSITIONS = PREPOSITIONS - _words("after before since until")
#: prepositions of place: "in Tehran" is a place, not the metonym acting
PLACE_PREPOSITIONS = ROLE_PREPOSITIONS - {"by"}
#: relative pronouns that open a clause about the mention before them
ROLE_RELATIVES = _words("who which that whom")
#: verb particles ("shot down")
PARTICLES = _words("down up out off back away")
#: words that open a parenthetical between commas ("Hamas, the group Haniyeh led, vowed")
PARENTHESIS_OPENERS = ROLE_RELATIVES | ROLE_DETERMINERS | ROLE_PREPOSITIONS | _words(
    "whose including according itself himself herself themselves as however meanwhile too though "
    "already once long like unlike also"
)
#: conjunctions that coordinate actors
COORDINATORS = _words("and or nor")
#: prepositions that mark the target of a violent or coercive act ("a strike on Israel")
TARGET_PREPOSITIONS = _words("at on against upon")
#: irregular verbs: "base past participle" (the past and participle forms a verb guesser cannot derive)
IRREGULAR_VERBS = tuple(
    tuple(entry.split("/"))
    for entry in (
        "arise/arose/arisen awake/awoke/awoken bear/bore/borne beat/beat/beaten become/became/become "
        "begin/began/begun bend/bent/bent bet/bet/bet bid/bid/bid bind/bound/bound bite/bit/bitten "
        "bleed/bled/bled blow/blew/blown break/broke/broken bring/brought/brought build/built/built "
        "burn/burnt/burnt burst/burst/burst buy/bought/bought cast/cast/cast catch/caught/caught "
        "choose/chose/chosen cling/clung/clung come/came/come cost/cost/cost creep/crept/crept cut/cut/cut "
        "deal/dealt/dealt dig/dug/dug do/did/done draw/drew/drawn drink/drank/drunk drive/drove/driven "
        "eat/ate/eaten fall/fell/fallen feed/fed/fed feel/felt/felt fight/fought/fought find/found/found "
        "flee/fled/fled fling/flung/flung fly/flew/flown forbid/forbade/forbidden forget/forgot/forgotten "
        "forgive/forgave/forgiven freeze/froze/frozen get/got/gotten give/gave/given go/went/gone "
        "grind/ground/ground grow/grew/grown hang/hung/hung have/had/had hear/heard/heard hide/hid/hidden "
        "hit/hit/hit hold/held/held hurt/hurt/hurt keep/kept/kept know/knew/known lay/laid/laid "
        "lead/led/led leave/left/left lend/lent/lent let/let/let lie/lay/lain lose/lost/lost make/made/made "
        "mean/meant/meant meet/met/met mistake/mistook/mistaken mislead/misled/misled overcome/overcame/overcome "
        "overtake/overtook/overtaken oversee/oversaw/overseen overthrow/overthrew/overthrown pay/paid/paid "
        "prove/proved/proven put/put/put quit/quit/quit read/read/read rid/rid/rid ride/rode/ridden "
        "ring/rang/rung rise/rose/risen run/ran/run say/said/said see/saw/seen seek/sought/sought "
        "sell/sold/sold send/sent/sent set/set/set shake/shook/shaken shed/shed/shed shine/shone/shone "
        "shoot/shot/shot show/showed/shown shrink/shrank/shrunk shut/shut/shut sing/sang/sung sink/sank/sunk "
        "sit/sat/sat sleep/slept/slept slide/slid/slid speak/spoke/spoken spend/spent/spent spin/spun/spun "
        "split/split/split spread/spread/spread stand/stood/stood steal/stole/stolen stick/stuck/stuck "
        "sting/stung/stung strike/struck/struck strive/strove/striven swear/swore/sworn sweep/swept/swept "
        "swim/swam/swum swing/swung/swung take/took/taken teach/taught/taught tear/tore/torn tell/told/told "
        "think/thought/thought throw/threw/thrown undergo/underwent/undergone understand/understood/understood "
        "undertake/undertook/undertaken undo/undid/undone uphold/upheld/upheld upset/upset/upset "
        "wake/woke/woken wear/wore/worn weep/wept/wept win/won/won withdraw/withdrew/withdrawn "
        "withhold/withheld/withheld write/wrote/written bear/bore/born"
    ).split()
)
#: frequent English verbs in base form (with IRREGULAR_VERBS: the verbs a rule may recognise
#: without a tagger; -ed forms of unknown words are guessed as verbs too)
COMMON_VERBS = _words(
    "accept achieve acknowledge act add address admit adopt advance advise advocate affect afford agree aim "
    "allege allow alter announce answer appeal appear apply appoint approach approve argue arrange arrest "
    "arrive ask assert assess assign assist assume assure attach attempt attend attract avoid back ban bar "
    "base bash battle beg believe belong benefit blame block blast boast boost borrow bother brief broker "
    "call campaign cancel capture care carry cause celebrate challenge change charge chase cheer cite claim "
    "clarify clash clear close collect combine comment commit compare compete complain complete concede "
    "concern conclude condemn conduct confirm confront congratulate connect consider consult contact contain "
    "continue contribute control convict convince cooperate coordinate correct count cover create credit "
    "criticize criticise cross crush cry damage debate decide declare decline defeat defend defy delay "
    "deliver demand deny depend deploy deport describe deserve design desire destroy determine develop die "
    "direct disagree disclose discover discuss dismiss dispute disrupt divide dominate doubt drop earn ease "
    "educate elect eliminate embrace emerge employ enable encourage end endorse enforce engage enjoy ensure "
    "enter escape establish estimate evaluate examine exist expand expect explain exploit explore expose "
    "express extend face fail fear file fill finish fire fix focus follow force form free fund gain gather "
    "govern grab grant greet guarantee guard guide handle happen harass harm hate head help hire hope host "
    "hug ignore impeach implement imply impose improve include increase indicate influence inform insist "
    "inspire install insult intend interview introduce invade invest investigate invite involve issue join "
    "judge jump justify kill kiss knock lack land last laugh launch learn lie like limit link list listen "
    "live lobby look love maintain manage march mark marry matter meet mention miss mock move murder name "
    "need negotiate nominate note notice object observe obtain offer open operate oppose order organize "
    "overturn owe own pardon participate pass perform permit persuade pick plan play plead please pledge "
    "point pose post praise pray predict prefer prepare present preserve press pressure pretend prevent "
    "proceed produce promise promote propose prosecute protect protest provide provoke publish pull punish "
    "pursue push question quote raise rank reach react realize receive recognize recommend record recover "
    "reduce refer reflect refuse regret reject relate release rely remain remember remind remove repeal "
    "replace reply report represent request require rescue resign resist resolve respect respond rest "
    "restore result retain retire return reveal review reward rip rule sanction save score secure seem "
    "seize serve settle share shift sign skip slam slash slip smile solve sound spark spur start state stay "
    "step stop stress struggle study submit succeed sue suffer suggest supply support suppose surprise "
    "survive suspect suspend sway talk target tax tend terminate test testify thank threaten touch tour "
    "track trade train transfer acquit display accomplish "
    "transform travel treat trigger trust try turn tweet urge use veto visit vote "
    "vow wait walk want warn watch welcome wish wonder work worry "
    # verbs of political news whose -ing and -ed forms must be known ("prompting Trump to claim")
    "ambush applaud assault audit berate bully chide commend commute compel demote designate disavow disown "
    "elevate exonerate fault grope imprison interrogate intimidate lambaste laud lure molest outpoll outraise "
    "outspend overrule penalize prohibit prompt rape recruit reelect reinstate repudiate sack scold shield snub "
    "spy stab stalk summon surround surveil torture vindicate wiretap woo portray depict label dub brand handcuff "
    "harbor harbour honor honour sentence favor favour detest loathe despise admire adore dodge grieve"
)
#: contracted negated auxiliaries, one token each in framing.read ("don't", "won't")
NEGATED_AUXILIARIES = _words(
    "don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't wasn't weren't hasn't haven't "
    "hadn't mustn't mightn't needn't ain't cannot"
)
#: nouns of an act whose possessor is the one acting and whose "of" complement undergoes it, beyond
#: the role_verbs lexicon ("Snowden's leaks", "Corbyn's embrace of hate", "the trial of Pistorius")
EVENT_NOUNS = _words(
    "accomplishment accomplishments action actions answer bid charge charges choice crackdown defence "
    "defense embrace endorsement expansion handling jump leak leaks move moves pick pledge post proposal "
    "pursuit pursuits push refusal request test tests tweet tweets vote wrongdoing treatment portrayal coverage "
    "assessment description rejection replacement interrogation surveillance harassment questioning vetting"
)
#: nouns of an act undergone: the possessor undergoes it ("Kavanaugh's nomination", "Comey's firing"),
#: unless an "of" phrase names who undergoes it ("Trump's nomination of Kavanaugh")
EVENT_NOUNS_UNDERGO = _words(
    "nomination nominations firing pardon pardons trial trials arrest arrests confirmation impeachment "
    "indictment indictments ouster defeat conviction acquittal election reelection re-election appointment "
    "dismissal removal detention imprisonment prosecution"
)
#: nouns of an act whose "of" complement is the one acting too ("the remarks of the senator")
EVENT_NOUNS_ACT = _words(
    "act advice appeal approach campaign claim claims comment comments conduct decision decisions effort "
    "efforts experiment interview offer performance plea policy reaction remark remarks response speech "
    "statement statements strategy testimony victory"
)
#: person titles that may stand before a name and join its mention ("President Trump", "Sen. Warren")
PERSON_TITLES = _words(
    "president vice prime minister secretary senator sen. sen rep. rep representative gov. gov governor "
    "speaker director justice judge chief chairman chairwoman chair leader mayor ambassador general gen. "
    "gen lt. col. sgt. adm. admiral commander ayatollah king queen prince princess pope cardinal bishop "
    "rabbi dr. dr mr. mr mrs. mrs ms. ms sheriff commissioner chancellor attorney clerk deputy former "
    "supreme first lady sir lord dame officer agent professor prof. resident spokesman spokeswoman spokesperson"
)
#: time adverbials that may stand between a subject and its verb ("Obama on Friday blasted")
TIME_ADVERBS = _words("today yesterday tonight tomorrow earlier recently")
TIME_NOUNS = _words("week month year weekend morning afternoon evening night") | CALENDAR
#: forms of a copula that tie a label to its subject ("Haniyeh was a martyr")
COPULA_FORMS = _words("is was are were be been being remains remained became becomes 's")
#: copular verbs: their subject is described, not acting ("Smith has been a critic", "X seems tired")
COPULAS = _words("be become seem remain appear")

#: verb or noun + particle/preposition whose next noun phrase is acted upon: a base form or a noun
#: and the words that must follow it ("called on X to resign", "lashed out at X", "a probe into X")
PATIENT_PHRASES = tuple(
    phrase.split()
    for phrase in (
        "call on|lash out at|lash out against|crack down on|clamp down on|rein in|go after|come after|"
        "rule against|rail against|push back against|push back on|hit back at|hit out at|take aim at|spy on|"
        "single out|vote out|kick out|force out|push out|throw out|shut down|look into|pile on|turn against|"
        "investigation into|investigations into|probe into|inquiry into|victory over|war on|war against|"
        "crackdown on|pressure on|attacks on|attack on|sanctions against|lawsuit against|case against|"
        "critical of|supportive of|give up on|took aim at|takes aim at|went after|goes after|call for|"
        "praise for|contempt for|disdain for|respect for|admiration for|hostility toward|hostility towards|"
        "sympathy for"
    ).split("|")
)
#: "X seems to", "X appears to": the subject belongs to the verb after "to"
RAISING_VERBS = _words("seem seems seemed appear appears appeared continue continues continued tend tends tended")
#: words in -ing that are no act of their possessor ("Corvo's building", "Reyl's nothing to lose")
ING_NOT_ACTS = _words(
    "nothing something anything everything morning evening building buildings wedding ceiling sibling "
    "clothing upbringing offspring spring string king thing bedding pudding darling viking duckling inkling"
)
#: nouns of a person's role that may stand before the name like a title ("famed journalist Bob Woodward")
ROLE_NOUNS = _words(
    "adviser advisor aide candidate nominee host anchor lawmaker congressman congresswoman journalist reporter "
    "columnist activist lawyer businessman businesswoman billionaire executive ceo strategist pollster donor "
    "official challenger opponent rival ally critic founder coach star actor actress singer rapper comedian "
    "writer author economist analyst"
)
#: last words of organisation names ("Solvane Chemicals", "Regional Health Agency"): suggest() types them
ORGANISATION_HEADS = _words(
    "agency agencies association authority bank board bureau brigade cabinet centre center chemicals club corps "
    "co. co coalition college commission committee company corp. corp corporation council court department "
    "federation forces foundation front fund group guard guards hospital inc. inc institute league ltd. ltd "
    "media ministry movement network news office organisation organization party police press railways "
    "school service services society times tribune union university"
)
#: prepositions after which a capitalised name is most often a place ("in Brennholt")
PLACE_MARKERS = _words("in at near from to into across outside inside around toward towards")
#: capitalised words that are no actor's name (suggest)
NOT_ACTOR_NAMES = NOT_NAMES | _words(
    "although though because then later earlier last next new mr mrs ms dr"
)

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

# target
#: words that open a new clause (the target's clause ends there)
TARGET_CLAUSE_WORDS = _words(
    "but while whereas although though because however yet who which whom whose that after before since "
    "when unless if and"
)
#: reporting verb forms (the target as a speaker)
REPORTING_VERB_FORMS = _words(
    "said says say told tells tell added adds argued argues wrote writes tweeted tweets stated states claimed "
    "claims insisted insists warned warns noted notes explained explains announced announces asked asks "
    "replied replies responded responds declared declares suggested suggests acknowledged acknowledges "
    "admitted admits recalled recalls predicted predicts countered counters contended contends testified "
    "testifies posted posts complained complains maintained maintains stressed stresses"
)
#: auxiliaries before a passive participle ("was criticised", "got fired")
TARGET_PASSIVE_AUXILIARIES = _words("is was were are be been being has had have got gets get")
#: personal pronouns a target may be
TARGET_PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS | POSSESSIVE_DETERMINERS | _words("hers")
#: words never shown as evidence of sentiment toward a target (function words, reporting verbs): they
#: carry weight in the model, but a reader would not accept them as a reason
NOT_SENTIMENT_CUES = (
    FUNCTION_WORDS | PREPOSITIONS | DETERMINERS | AUXILIARIES | PERSONAL_PRONOUNS | CONJUNCTIONS | SUBORDINATORS
    | RELATIVES | NEGATORS - _words("not never no") | REPORTING_VERB_FORMS | NUMBER_WORDS
)
