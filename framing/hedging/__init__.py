"""Hedging: how tentatively (hedges) or how assertively (boosters) a text presents its claims.

``hedging(doc)`` matches the ``hedges`` lexicon on the document and applies a
few context rules where a listed word is not a hedge. The rules, each tested in
``tests/test_hedging.py``:

* **may**: capitalised "May" inside a sentence, or before a number or year, is
  the month (or a name), not the modal.
* **could not / couldn't / could never**: ability ("rescuers could not reach
  the village"), not possibility.
* **would** in a conditional sentence (if, unless, provided that, otherwise) is
  the consequence of the condition, not a hedge; "would" after a reporting verb
  ("said he would resign") reports a plan (future in the past), not the writer's
  doubt; "would not comment/say/..." reports a refusal.
* **appear** followed by *in, before, on, at, with, alongside...* is "to be
  seen" (appear in court), not "to seem".
* **suggest** followed by *a/an* or a gerund proposes ("suggested a meeting");
  it hedges when it introduces a claim ("the data suggest that...").
* **expected** describing a schedule ("is expected to arrive at 5 p.m.", "a
  vote is expected on Tuesday") is not a hedge; "analysts expect prices to rise" is.
* **suspect** after a determiner is the noun ("the suspect"); **think tank**,
  **as possible** / **if possible**, **a kind of** are not hedges.
* **must be** before a participle is deontic ("must be stopped"); only
  epistemic "must have" / "must be" + adjective or noun boosts.
* **about / around / some / up to / at least** are approximators only before a
  number (the lexicon's ``<num>`` look-ahead).
"""

from framing.hedging.measure import hedging
from framing.hedging.result import UNCERTAINTY_CATEGORIES, Hedging

__all__ = ["hedging", "Hedging", "UNCERTAINTY_CATEGORIES"]
