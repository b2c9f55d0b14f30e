"""English word classes: actors: mentions and roles  (framing.actors)."""

from __future__ import annotations

from framing.lang.english.document import *  # noqa: F403
from framing.lang.english.furniture import *  # noqa: F403
from framing.lang.english.grammar import *  # noqa: F403
from framing.lang.english.grammar import _words
from framing.lang.english.quotes import *  # noqa: F403

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
    "still ultimately personally privately eventually quickly instead reportedly almost nearly "
    "long well twice since"
)
#: verbs whose complement is a clause, not a person: "said Estmark does not comment" (no patient)
CLAUSE_VERBS = _words(
    "say announce claim state add insist declare report believe think fear hope know suggest write "
    "confirm acknowledge deny respond react"
)
#: "is expected to hold", "is set to meet": the subject is the agent of the verb after "to"
RAISING_WORDS = _words(
    "expected set due supposed scheduled slated poised likely going able about certain sure "
    "quick eager willing ready reluctant unable unwilling keen determined prepared "
    "said believed thought reported known understood alleged rumored rumoured considered"
)
#: words that cannot be an adjective between a verb and its object
NOT_MODIFIERS = _words(
    "whether if how why what when where who whom whose which that because although though while as than "
    "so not no nor but and or yet also even only just there here it they he she we you i except"
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
    "along whose including according itself himself herself themselves as however meanwhile too though "
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
        "withhold/withheld/withheld write/wrote/written bear/bore/born plead/pled/pled"
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
    "act advice appeal campaign claim claims comment comments conduct decision decisions effort "
    "efforts experiment interview offer performance plea reaction remark remarks response speech "
    "statement statements testimony victory"
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
#: reflexive pronouns that may stand between a subject and its verb ("Corvo herself admitted")
REFLEXIVES = _words("myself yourself himself herself itself ourselves yourselves themselves")

#: nouns in -ion and -ment that name no act (a thing, a place, a state or an institution): every
#: other such noun is read as the nominalisation of its verb ("Corvo's assertions", "the cancellation
#: of the contract", "the abandonment of Corvo"), whether or not the verb is in a table
NOMINALS_NOT_ACTS = _words(
    "clearance clearances allowance allowances ordinance ordinances "
    "nation nations station stations position positions condition conditions population populations "
    "administration administrations organization organizations organisation organisations foundation "
    "foundations corporation corporations generation generations relation relations section sections "
    "question questions option options portion portions nutrition tradition traditions edition editions "
    "fiction ambition ambitions emotion emotions motion motions caution fraction faction factions "
    "function functions junction session sessions commission commissions mission missions division "
    "divisions television version versions pension pensions tension tensions mansion occasion occasions "
    "passion passions region regions religion religions million millions billion billions trillion "
    "union unions onion opinion opinions champion champions companion companions notion notions legion "
    "fashion cushion location locations destination vacation information reputation situation "
    "situations education legislation collection constitution institution institutions jurisdiction "
    "civilization civilisation delegation delegations coalition coalitions mention attention intention "
    "intentions dimension proportion profession professions impression impressions depression recession "
    "convention conventions association associations federation confederation congregation "
    "transportation infrastructure communication communications "
    "government governments parliament parliaments department departments establishment management "
    "movement movements tournament apartment apartments document documents element elements "
    "environment equipment instrument instruments monument supplement segment segments fragment "
    "sentiment sentiments basement compartment moment moments garment ornament pavement settlement "
    "settlements testament temperament regiment shipment entertainment amendment amendments "
    # states of mind and standing, not acts ("Corvo's qualifications", "Corvo's frustration")
    "qualification qualifications frustration determination satisfaction dedication motivation motivations "
    "obsession confusion expectation expectations aspiration aspirations affiliation affiliations occupation "
    "inclination disposition excitement disappointment resentment embarrassment contentment bewilderment "
    "amazement astonishment employment unemployment"
)
#: words that open a sentence right before a person's surname without being a first name ("Now Halvask sends
#: them", "Whether Halvask can", "Yesterday Netanyahu said"), beside the function words, prepositions, time
#: words and :data:`NOT_ACTOR_NAMES`: any other capitalised word there is read as another person's first name
#: ("Hazem Haniyeh", "Mira Corvo") (framing.actors.mentions._ends_other_name)
OPENERS_NOT_FIRST_NAMES = _words(
    "now then still yet so thus hence also even just only perhaps maybe indeed instead otherwise nevertheless "
    "nonetheless therefore today tonight yesterday tomorrow here where why how what who whom whose which whether "
    "once since until unless again already soon finally first next last moreover furthermore besides likewise "
    "similarly eventually ultimately recently previously currently initially afterwards please both either "
    "neither not never ever all each every any"
)
#: capitalised adjectives that stand before a place's name without making a longer name of it ("Democrat U.S.
#: senators", "Shiite Iran"): a place after them is still the place (framing.actors.mentions._ends_other_name)
ADJECTIVES_BEFORE_PLACES = _words(
    "democrat democratic republican liberal conservative progressive socialist communist islamic islamist "
    "shiite sunni jewish christian catholic muslim arab persian western eastern modern ancient "
    "post-war postwar pre-war prewar"
)
