"""English word classes: sentiment and target sentiment  (framing.sentiment, framing.target)."""

from __future__ import annotations

from framing.lang.english.actors import *  # noqa: F403
from framing.lang.english.document import *  # noqa: F403
from framing.lang.english.furniture import *  # noqa: F403
from framing.lang.english.grammar import *  # noqa: F403
from framing.lang.english.grammar import _words
from framing.lang.english.hedging import *  # noqa: F403
from framing.lang.english.quotes import *  # noqa: F403

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
#: the words VADER's rules compare a word with, besides its lexicon, boosters, negations and idioms
#: (vaderSentiment 3.3.2: "no" negates, "or"/"nor" after it, "kind of", "never so", "without doubt",
#: "least" unless after "at"/"very", "but")
VADER_RULE_WORDS = _words("no or nor kind of never so this without doubt least at very but")

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
