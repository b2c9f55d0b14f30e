"""Hedging: how tentatively (hedges) or how assertively (boosters) a text presents its claims.

``hedging(doc)`` matches the ``hedges`` lexicon on the document and applies context rules
(:mod:`framing.hedging.rules`) where a listed word is not a hedge; :mod:`framing.hedging.result`
holds the result. Every rule looks at a bounded window or at each sentence once, so the time is
linear in the text whatever the text (``benchmarks/hedges_pathological.py``).

What counts, and why
--------------------
A hedge, for Hyland (2005), is a device by which a writer (or a source the writer reports)
withholds full commitment to a proposition. A sentence is *uncertain* when it carries a cue of
one of :data:`UNCERTAINTY_CATEGORIES`; this follows the CoNLL-2010 guidelines for news (Farkas et
al. 2010), with conditionals excluded. The classes decided for issue 12, on real news
(NewsMTSC train sentences, ``benchmarks/hedges_newsmtsc.py``):

* **would** is a hedge only where it softens a claim: "this would suggest", "that would
  seem", "that would mean", "I would argue" (first person). It is *not* a hedge as a refusal
  ("investigators would not divulge"), the future of a plan or agreement ("under the plan,
  creditors would receive"), the future in the past ("said he would resign"), a counterfactual
  ("the truck that would have carried the bomb") or the consequence of a conditional: these
  commit to what was refused, planned or imagined, not to a doubtful fact. "would likely mean"
  is uncertain through *likely*.
* **Nouns read as verbs** are not hedges: "No suspects have been identified", "the estimates are
  too high", "its output forecast", "a thought", "military might"; the verbs still are
  ("police suspect", "analysts estimate that", "forecast a rise").
* **indicate** hedges only with evidence as its subject ("the polls indicate", "the minutes
  indicate that", "which indicates"): Hyland's evidential inference. With a person ("he
  indicated he would run") it reports what was said: sourcing, not hedging.
  **think** is a hedge as belief ("I think it's fair"), not as deliberation ("think about
  running", "think on her feet", "think tank").
* **expected** of a schedule ("is expected to arrive at 5 p.m.", "a vote is expected on
  Tuesday", "... as early as next week") is a timetable, not a prediction; a prediction
  ("Trump is expected to cut") is a hedge.
* **Predictions** (predict, anticipate, forecast, expects) are hedges: they present a future state
  as expected, not established (CoNLL-2010 speculative verbs).
* **Third-person belief** (feel that / felt he, thought, is considered, seen as, viewed as,
  regarded as, looks like + clause, believing) is a hedge: the proposition is presented as
  somebody's belief, not as fact (Hyland's judgement verbs; CoNLL-2010). A simile ("it felt like
  a door was opening"), resemblance ("looks like a") and deliberation ("consider having") are not.
* **Nouns of likelihood and doubt** (likelihood, speculation, prospect of, chances of, any
  suggestion / suggestion that, concern / worry / fear that, suspicion, signs that) are hedges
  (category ``epistemic_noun``): they name a possible state. A bare "concern" ("privacy
  concerns") names a worry about a fact and is not.
* **Accusations and charges** (accuse, allege, allegation, charged with, charges, claim(ed)
  that, claims of) present a claim as not established. They are *not* hedges in Hyland's sense:
  the writer attributes a claim, she does not soften her own. They are uncertainty in the
  CoNLL-2010 sense (weasel words), and on real news readers and annotators treat them so. So they
  form their own category, ``attributed_claim``, counted in the uncertain share and in the hedge
  rate, and reported apart (``by_category['attributed_claim']``, ``hedging.n_attributed_claim``)
  so that a study that wants Hyland's narrower notion can subtract them. A charge already settled
  ("acquitted of defamation charges", "convicted on fraud charges") or a fee ("bank charges") is
  not counted; nor is "claimed victory / responsibility" (taking, not asserting).
* **should / can** stay out of the lexicon: in news they are overwhelmingly deontic or dynamic
  ("should resign", "can vote"). Their epistemic uses are recalled through the verbs they carry
  ("should be seen as" via *seen as*); a bare epistemic "can have a backlash" is missed
  (a Limitation).
* **Concessive may** ("whatever one may think") is not a hedge; nor is **doubt** under negation
  ("neither side harboured any doubts"), which asserts certainty.

Earlier rules, each tested in ``tests/test_hedging.py``:

* **may**: capitalised "May" inside a sentence is the month (or a name), not the modal; "may now"
  and "may" under a legal frame ("under the agreement, each side may keep") grant permission.
* **could not / couldn't / could never**, "could see", "before he could fire": ability.
* **appear** followed by *in, before, on, at, with...* is "to be seen" (appear in court), unless
  an epistemic infinitive follows ("appears in this campaign to have achieved").
* **suggest** followed by *a/an* or a gerund proposes ("suggested a meeting").
* **assume** with an object of office ("assumed office", "assumed the presidency") is "take on".
* **believe in** is faith; "I can't believe" is surprise.
* **whether** before a preposition is an alternative ("whether by being newsworthy or..."), not a
  question.
* **must be** before a participle is deontic ("must be stopped").
* **about / around / some / up to / at least** are approximators only before a number.

References
----------
Hyland, K. (2005). *Metadiscourse: Exploring Interaction in Writing*. Continuum.
Farkas, R., Vincze, V., Móra, G., Csirik, J., & Szarvas, G. (2010). The CoNLL-2010 shared task:
learning to detect hedges and their scope in natural language text. CoNLL 2010, 1-12.
"""

from framing.hedging.measure import hedging
from framing.hedging.result import UNCERTAINTY_CATEGORIES, Hedging

__all__ = ["hedging", "Hedging", "UNCERTAINTY_CATEGORIES"]
