"""English word classes: document: sentence splitting and the English check  (framing.document)."""

from __future__ import annotations

from framing.lang.english.grammar import *  # noqa: F403
from framing.lang.english.grammar import _words

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
