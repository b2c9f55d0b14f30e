"""English word classes: common: closed classes of English grammar."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a frozenset."""
    return frozenset(text.split())


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
