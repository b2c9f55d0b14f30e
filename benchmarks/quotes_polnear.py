"""Validity of ``framing.quotes`` on PolNeAR (real US political news, human attribution annotations).

PolNeAR (Newell, Margolin & Ruths 2018, LREC; github.com/networkdynamics/PolNeAR) annotates every
attribution of 1,008 news articles (2016) as Source, Cue and Content spans (brat standoff). Its text
stays outside this repository: pass the path of a PolNeAR checkout.

    python benchmarks/quotes_polnear.py --polnear PATH [--split dev] [--errors N] [--sample N]

Only the train and dev splits are read (``--split train|dev``); the test split is held out to
judge this work and is never opened. Articles annotated by several annotators are read once
(the first annotation file in name order).

Definitions
-----------
* **Gold direct quote**: a gold attribution whose Content lies at least half (non-space
  characters) between double quotation marks (curly, straight, guillemets, and the doubled
  apostrophes '' ... '' of the New York Times texts). Marks are paired per paragraph: a curly mark
  says which way it faces, a straight one alternates; a quote left open runs to the paragraph end.
  Every other gold attribution is **indirect** (paraphrase, or a clause holding a quoted
  fragment). Attributions without a Source count for detection, not for speaker accuracy.
* **Direct P/R/F1**: a gold direct quote is *found* when the toolkit's direct quotes cover at
  least half of its Content characters (a quote split by its attribution, '"A," she said. "B."',
  is one gold Content and two toolkit quotes); a toolkit direct quote is *correct* when at least
  half of its characters lie inside some gold Content (PolNeAR annotates no scare quotes, so
  partial quotes are left out here and reported in the kind table).
* **Indirect P/R/F1**: the same rule between the toolkit's indirect records and gold indirect
  attributions (a toolkit record inside any gold Content is correct).
* **Speaker accuracy**: over found gold attributions that have a Source, the toolkit quote that
  covers most of the Content (and any toolkit quote whose speaker span overlaps the gold Source)
  gives the speaker. It is right when the head of the gold Source (see ``gold_head``: its name's
  last word, else its head noun) is a word of the toolkit's resolved speaker or speaker phrase.
  For a pronoun Source the head of its antecedent must be a word of the resolved speaker; the
  antecedent is CoreNLP's representative mention shipped with PolNeAR (or the first mention of its
  chain that holds a name) or the nearest preceding named gold Source (either counts: both are
  automatic guesses). When a guess is a description ("The Republican presidential nominee"), the
  resolved speaker is right if the text gives that person the description's head noun right beside
  the name ("Republican nominee Donald Trump", "Donald Trump, the Republican nominee"). A relative pronoun Source
  ("who") counts when the toolkit's speaker span overlaps it. Annotations with Source and Cue
  swapped ('"...," said Mulgrew' with Source "said") are swapped back.
* **Kind accuracy**: over found gold attributions, gold direct should come out direct or
  partial (quoted), gold indirect as indirect.

Error analysis (hand checks of dev attributions against the toolkit's output)
------------------------------------------------------------------------------
1. Before fixing rules: the first 60 direct-quote speaker errors on dev (direct speaker
   accuracy 0.68 with a looser match than the one above), grouped by cause:
   pronoun resolved to a place, organisation or object mention (North Korea, Wall Street,
   Kiribati, However) 15; names cut by abbreviations, initials or party tags (Rep., John D.
   Podesta, Chaffetz (R-Utah), McConnell, R-Ky.) 12; partial quotes and labels framed by verbs
   outside the cue lexicon (proclaimed, branded, likened, call them) 8; quotes credited after a
   dash ('"..." ― Name') 6; subject read from the wrong words (the noun "states", "in a box",
   "forcefully") 5; a continuation given the previous speaker when the speaker follows 5; cue
   verbs missing from the lexicon (continued, concluded, sings, yells) 4; transcript turns
   ("PENCE: ...") 4; gold oddities (Source and Cue swapped, "The piece used ... as its
   headline") 4. Every group except the last was fixed at its cause (see the commit log).
2. After the fixes: 120 random dev attributions (seed 2026), all kinds. 21 are quotes: all found;
   speaker right 17, wrong 4 (pronoun "it further" unresolved 1, a label framed by a non-speech
   verb or none 2, and 1 that is right but whose gold-side antecedent guess differs). 99 are
   reported: 30 found (speaker right 24, wrong 5, 1 without a gold Source), 69 missed. The 78
   errors by cause:
   - beyond reported speech: PolNeAR also attributes beliefs, intentions, plans, actions, polls
     and noun phrases (wants, believes, refused, found, showed, sent a letter, "An assessment
     of") 52 -- by design, the toolkit reports speech only;
   - speech verbs as participles or progressives (is demanding, announcing that, Claiming) 6
     (progressives fixed after this check);
   - naming verbs whose object is the content, without "that" (denounced the annexation,
     rejected a request, cited the figure) 5 -- by design (they credit quoted labels only);
   - attribution set off inside its clause ("The benefit, it says, would be $300") 2 (fixed);
   - other missed cues (referring to, the noun "claim that", accused ... of, speaking of) 4;
   - speaker errors: pronoun to a junk antecedent 2, subject cut wrongly ("Scott's" for
     "Scott's family", fixed; "the impact it") 2, label credited by no speech verb 2, a
     different overlapping attribution picked 1, gold oddity 1, evaluation artefact 1.
   Tuning: rules were changed after reading dev errors; the new cue verbs were checked against
   the cue counts of PolNeAR train. Train figures (run with --split train) are in-sample for the
   cue lists only.
3. Speaker errors on dev direct quotes, third round (88 errors: 43 pronoun Sources, 45 named).
   Pronoun Sources, by cause: antecedent never registered as a person (a surname subject after an
   introductory phrase or an adverb, "Ham made", "Anderson largely agreed", "Dean, a medical
   doctor, then appeared"; a surname read as a place after "According to"; a name met once with a
   common first name; a journalist written "NBC's Dante Chinni") 7 (fixed); a place run ("North
   Korea") or an outlet taken for a person 2 (places fixed); subject cut by a dash aside or read
   past adverbs ("-- ... -- told me", "even now at 86 she still says") 3 (fixed); antecedent an
   unnamed person (the woman, a questioner, many) 11; antecedent an object or list member ("with
   Hillary Clinton", "concerns Henry Crespo") 6; it / they to the wrong body 3; labels with no cue
   3; the toolkit right but both gold-side antecedent guesses differ 8. Named Sources: quoted
   labels framed by no speech verb (promising, exhorted, gone after ... as, per, titled) 21 --
   by design; gold heads cut from long Sources 4; subjects read wrongly (age and place
   appositions, coordinated descriptions) 6; cue verbs missing (calling, noting, going on to say)
   and other 14. On PolNeAR train (the same rules, not read for this round) the pronoun-led
   errors were checked for the commonest new cause: a name mentioned inside the quote taken as
   the antecedent of "he said" (fixed). The cue verbs added (calling, noting, asking, arguing,
   declaring, remarking, chanting, pointed out, went on to say) are the commonest gold cues of
   direct quotes in train missing from the lexicon.
4. Fourth round: all 76 direct-quote speaker errors on dev and 79 random ones on train (seed 1),
   read by hand with their context (``--errors N --what speaker --kind direct``), by cause
   (dev + train = total):
   - quoted words framed by no speech verb or a verb outside the lexicon (proclaimed a goal of,
     exhorted, titled, has used the phrase, per, was written by; labels before a colon) 22 + 26 = 48
     -- mostly by design; the colon labels (a name or a source noun before the colon) now credited;
   - pronoun resolved to the wrong named person or body (antecedent never registered as a subject:
     a name opening its sentence, a name met once, a name set off by a dash aside; a name inside a
     reported clause taken as antecedent; "as" read as a verb; "I" taken as an antecedent; it/they
     to the wrong body) 13 + 18 = 31 -- partly fixed (it/they not);
   - evaluation artefacts (the toolkit right, but the gold head read from an apposition, "Del.
     Marcia", "G.K.", "The Republican ...", or both automatic antecedent guesses wrong) 19 + 8 = 27
     -- gold heads fixed (see ``gold_head``); wrong antecedent guesses remain;
   - participles ("..., saying", "issued a statement saying", "footage of X asking") given the
     wrong subject or no cue 9 + 8 = 17 -- fixed;
   - subject read wrongly (an age and a place between commas, "of Ashton"; an apposition chosen over
     the name; inverted "said X, title." credited to the clause) 3 + 8 = 11 -- fixed;
   - cue verbs missing (whispered, boomed, shot back, interjected, tweeting; "Said Ellis:") 3 + 8 = 11
     -- the commonest added (counted on train);
   - pronoun with an unnamed-person antecedent ("the woman", "a cashier") 3 + 2 = 5 -- fixed;
   - a quote after a sentence whose subject is named, with no cue (continuation rule) 2 + 1 = 3;
     quote-mark pairing 1 + 0 = 1 -- not fixed.
   Every fix was checked on train and dev together (no rule kept that lowered speaker accuracy on
   either; the one for participles after a name costs 0.001 of indirect precision) and has a
   regression test with sentences of our own (tests/test_quotes_speakers.py).
5. Fifth round, on TRAIN only (761 direct-quote speaker errors listed with ``--split train --what speaker
   --kind direct``; pronoun Sources he/she 141, it/they 16, named 240 in the first 400 read). Causes fixed,
   each accepted only when train improved, dev did not fall and no train error was new (train direct errors
   761 -> 739; dev unchanged at 0.885, the dev errors left are mostly labels with no speech verb and
   evaluation artefacts):
   - a plural noun spelt like an -s cue ("then states unnecessarily would become middle men, Jolly said"):
     the clause became a speaker, and a later "he" resolved to it (1 + indirect precision);
   - a name opening a subject with appositions that end in a place ("Michael Seaman, who lives outside
     the state capital, Sacramento, said"; "Harry Bond, 30, of Raleigh, N.C., who ..., said") 9;
   - "it" skipped documents: a letter or memo that spoke before, or an email or sign named as a subject
     ("The email, released by ..., was sent ... '...,' it reads") 4 direct + 4 indirect;
   - "said Mr. Burman of the Tax Policy Center" typed as an organisation, so the next "he" skipped him 1;
   - a phrase between the quote and an inverted cue ('"..." for Clinton, said Kunin'; '... in the 2008
     primary, said Ohio State University professor Paul Beck') read as the subject 7.
   Left: labels framed by no speech verb (by design), pronouns whose antecedent is an object or an unnamed
   person, subjects cut inside long appositions with no closing comma, and gold-side antecedent guesses.
6. Sixth round, on train and dev (issue 10: dev direct speaker accuracy >= 0.90). Start: dev 470 of 531
   (0.885), train 4138 of 4877 (0.848). All 61 dev direct-quote speaker errors were read with their context,
   and the train errors of each kind a rule touched; every rule was kept only when train rose and dev did not
   fall (both counted error by error, ``--errors N --what speaker``), and has a regression test with sentences
   of our own (tests/test_quotes_speakers.py, tests/test_quotes.py). Rules added, with the net gain in
   correct direct-quote speakers (dev + train):
   - cause 1, quoted words with no speech verb, re-examined. A cue-less quote right after a sentence of its
     paragraph whose subject is a person's name and that credits nobody else is that person's ("Sanders ...
     identified X as one reason. '...'"), with a name after a dash closing the paragraph ('"..." And ...
     "..." -- Christina Lastra') +2 + 4; a naming cue that opens its sentence ("X called him a master of deals.
     '...'") is the attribution a following cue-less quote continues, with a capitalised "Said Comey, '...'"
     +1 + 4; quoted words the sentence ties to a speaker ("in X's words", "in the words of X", "X's '...'
     remark", "X has used the phrase '...'") +1 + 2; a label ending the previous paragraph with a colon and no
     cue ("X issued the following statement:") 0 + 4; a colon label of a name and a time ("Clinton in
     December 1992:") 0 + 1; a signature line below the quote ("-President Obama") 0 + 5. Scare quotes with
     no source stay unattributed;
   - cause 2, he/she to the wrong person: a name after a body and a title opening its sentence ("House
     Speaker Paul Ryan, R-Wis., despite ...", sources lexicon 1.2.0: title "speaker") and a bare surname
     shared by a woman and a man ('"...," Clinton said. "...," he said.') +2 + 5;
   - cause 3, it/they/organisations: "it" to a body that was the subject of a recent sentence ("Donald
     Trump's campaign is defending ... It's denouncing what it calls '...'"), with a cue after a subordinator
     that follows a quote read as that clause's ('"That makes me smart," when Clinton blasted him') +2 + 1;
   - cause 4, stray marks: a straight mark left open continues only into a paragraph that opens with a
     straight mark (a stray '"' ran into the next paragraph's curly quote and hid its cue) 0 + 1;
   - subjects (with the failures of our test article): a lower-case occupation before an inverted name
     ('"...," said nurse Teodor Saks.'), "who" after a clause refers to its object ("The plan was criticised
     by island councillors, who accused ..." -> island councillors), a pronoun contracted with its auxiliary
     ("He's claiming"), a noun after a possessive is no verb ("Trump and his aides have"), the same document
     speaking again keeps its name +1 + 5 (train indirect +7); a possessive before the occupation ("added his
     campaign manager Jeff Weaver") 0 + 1; an inverted name before a long of-phrase ("said Stephen Vladeck of
     the University of Texas School of Law") 0 + 2; no sentence ends inside a party tag ("Sen. Ted Cruz
     (R-Tex.), a candidate, tweeted ...", a cut of the sentence splitter bridged in the quotes passes) 0 + 6
     (train indirect +9); "agreed" / "agrees" as cues that credit a quote and report only a that-clause
     (cue_verbs 1.5.0) 0 + 2 (train indirect found +8 at the same precision).
   End: dev 479 of 531 (0.902; named Sources 0.934, pronoun Sources 114 of 140 = 0.814, was 0.786), train
   4181 of 4877 (0.857). Error by error against the start: dev 10 fixed, 1 new (an indirect one: "who"
   after a clause now reads its object, so the speaker span no longer overlaps the gold "who"); train 59
   fixed, 5 new (4 indirect, mostly records now credited to the right clause that the gold files under a
   non-speech verb: "A jury found Zimmerman, who alleged ..."). Kind accuracy moved 0.930 -> 0.929 (dev),
   0.932 -> 0.931 (train). Tried and dropped (train or dev fell, or neither
   rose): a stray straight mark dropped outright in texts of curly marks (train direct recall fell: Breitbart
   excerpts open every paragraph with one); a newer subject met once preferred over an older named speaker
   for he/she (train +7 but dev -1: junk subjects such as "National Review", "Wall Street"); a distance limit
   on a subject mention overriding an earlier speaker for he/she (a tuned threshold: train +2 at 400
   characters, -28 at 250); "asserting" as a cue (no change). The 52 dev errors left, by cause:

   - evaluation artefacts (the toolkit right, both gold-side antecedent guesses wrong) 16;
   - quoted words with no speech verb (labels; non-speech verbs: exhorted, introduced, prohibited, titled,
     per, was written by, had typed, thought, "to her") 19 -- by design;
   - a speech verb inside a subordinate or prepositional phrase ("After saying ..., she", "for saying") 2;
   - he/she to the wrong person 7 (4 inside an excerpt set off by stray straight marks; an antecedent that
     is an object: "concerns Henry Crespo"; "with Hillary Clinton ... lambasting");
   - it/they to the wrong body 2 ("They sent a letter": senators named as objects);
   - subject read wrongly 6 (a coordinated description, "who" after a list, a dash aside, a gold typo).
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import numpy as np

from framing.lang import english as en
from framing.quotes import quotes

_OPEN = "\u201c\u00ab``"
_CLOSE = "\u201d\u00bb"
_WORD = re.compile(r"[^\W_]+(?:['\u2019\-\.][^\W_]+)*")
_NAME = re.compile(
    r"(?:(?:[A-Z]\.)+\s*)?[A-Z][a-z][\w'\u2019.\-]*"
    r"(?:\s+(?:(?:[A-Z]\.)+\s*|(?:de|van|von|der|del|la|al|bin|ibn|da|di|in 't)\s+)?[A-Z][a-z][\w'\u2019.\-]*)*"
)
_NOT_NOUNS = en.FUNCTION_WORDS | en.DETERMINERS | en.RELATIVES | en.PREPOSITIONS | en.SUBJECT_PRONOUNS
_REFLEXIVE = re.compile(r"\b(?:himself|herself|itself|themselves)\b")
_NICKNAME = re.compile(r"[\"\u201c][A-Z][\w.'\u2019\-]{0,15}[\"\u201d]")  # Robert C. "Bobby" Scott
_DETERMINERS = {"The", "A", "An", "This", "That", "These", "Those"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them"}
_RELATIVES = {"who", "which", "that", "whom"}
_SAY = {"said", "says", "say", "told", "added", "asked", "wrote", "explained", "continued", "according to"}
_POSTMODIFIERS = {"of", "for", "at", "in", "from", "with", "on", "who", "whom", "whose", "which", "that", "to"}


def load(polnear: Path, split: str) -> list[dict]:
    """Articles of one split: text and gold attributions (content, source, cue as span lists)."""
    if split not in ("train", "dev"):
        raise SystemExit("only the train and dev splits may be read (the test split is held out)")
    root = Path(polnear) / "data" / split
    seen, articles = set(), []
    for ann in sorted((root / "attributions").glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        if base in seen:
            continue
        seen.add(base)
        text = (root / "text" / f"{base}.txt").read_text(encoding="utf-8")
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T") and line.count("\t") >= 2:  # a few train files hold a broken line
                tid, info, _ = line.split("\t", 2)
                label, offsets = info.split(" ", 1)
                spans[tid] = (label, [tuple(map(int, p.split())) for p in offsets.split(";")])
            elif line.startswith("E"):
                events.append(dict(part.split(":") for part in line.split("\t")[1].split()))
        attributions = []
        for e in events:
            roles = ("Content", "Source", "Cue")
            a = {role.lower(): spans[e[role]][1] if e.get(role) in spans else [] for role in roles}
            if a["content"]:
                if _swapped(a, text):
                    a["source"], a["cue"] = a["cue"], a["source"]
                attributions.append(a)
        _antecedents(attributions, text, _coreference(root / "corenlp" / f"{base}.txt.xml"))
        articles.append({"name": base, "text": text, "attributions": attributions})
    return articles


def _swapped(a: dict, text: str) -> bool:
    """Source and Cue swapped by the annotator ('"...," said Mulgrew': Source 'said', Cue 'Mulgrew')."""
    if not a["source"] or not a["cue"]:
        return False
    source = " ".join(text[s:e] for s, e in a["source"]).strip().lower()
    cue = " ".join(text[s:e] for s, e in a["cue"]).strip()
    return source in _SAY and cue[:1].isupper() and cue.lower() not in _SAY


def _coreference(path: Path) -> dict:
    """CoreNLP coreference shipped with PolNeAR: (start, end) of each mention -> its chain's representative
    (CoreNLP's representative mention; when that holds no name, the chain's first mention that does)."""
    if not path.exists():
        return {}
    root = ElementTree.parse(path).getroot()
    offsets = {}
    for i, sentence in enumerate(root.iter("sentence"), 1):
        tokens = sentence.find("tokens")
        if tokens is None:
            continue
        for token in tokens:
            offsets[(i, int(token.get("id")))] = (
                int(token.findtext("CharacterOffsetBegin")),
                int(token.findtext("CharacterOffsetEnd")),
            )
    out = {}
    outer = root.find(".//coreference")
    for chain in outer.findall("coreference") if outer is not None else []:
        mentions = chain.findall("mention")
        rep = next((m for m in mentions if m.get("representative") == "true"), mentions[0])
        if not _has_name(rep.findtext("text")):  # "The Republican nominee ... Donald Trump": the chain's name
            rep = next((m for m in mentions if _has_name(m.findtext("text"))), rep)
        for m in mentions:
            sent, start, end = int(m.findtext("sentence")), int(m.findtext("start")), int(m.findtext("end"))
            if (sent, start) in offsets and (sent, end - 1) in offsets:
                out[(offsets[(sent, start)][0], offsets[(sent, end - 1)][1])] = rep.findtext("text")
    return out


def _has_name(phrase: str) -> bool:
    """Does a mention hold a name of two or more capitalised words (not "The Republican nominee")?"""
    return _name_head(phrase) is not None


def _antecedents(attributions: list, text: str, coreference: dict) -> None:
    """The antecedent of a pronoun Source: CoreNLP's representative mention (as shipped with
    PolNeAR) when it is no pronoun itself, else the nearest preceding non-pronoun gold Source."""
    named = sorted(
        (a["source"][0][0], a["source"])
        for a in attributions
        if a["source"] and gold_head(a["source"], text) not in _PRONOUNS
    )
    starts = [p for p, _ in named]
    for a in attributions:
        a["antecedent"] = None
        if not a["source"] or gold_head(a["source"], text) not in _PRONOUNS:
            continue
        g0, g1 = a["source"][0]
        a["antecedent"] = []
        rep = next((r for (s, e), r in coreference.items() if s >= g0 and e <= g1), None)
        if rep and gold_head([(0, len(rep))], rep) not in _PRONOUNS:
            a["antecedent"].append(([(0, len(rep))], rep))
        i = bisect.bisect_left(starts, g0) - 1
        if i >= 0:
            a["antecedent"].append((named[i][1], text))


def quoted_mask(text: str) -> np.ndarray:
    """True for characters between double quotation marks (paired per paragraph)."""
    mask = np.zeros(len(text), dtype=bool)
    for para in re.finditer(r"[^\n]+", text):
        open_at = None
        for m in re.finditer(r"''|``|[\"\u201c\u201d\u00ab\u00bb]", para.group()):
            pos, ch = para.start() + m.start(), m.group()
            if open_at is None and ch not in _CLOSE:
                open_at = pos + len(ch)
            elif open_at is not None and ch not in _OPEN:
                mask[open_at:pos] = True
                open_at = None
            elif ch in _OPEN:
                open_at = pos + len(ch)
        if open_at is not None:
            mask[open_at : para.end()] = True
    return mask


def _chars(spans, text: str) -> np.ndarray:
    idx = sorted(i for s, e in spans for i in range(s, e) if not text[i].isspace())  # spans may be out of order
    return np.asarray(idx, dtype=np.int64)


def _covered(chars: np.ndarray, mask: np.ndarray) -> float:
    return float(mask[chars].mean()) if chars.size else 0.0


def gold_head(gold_source, text: str) -> str:
    """Head word of a gold Source: the name or noun it is built on, not a word of its appositions.

    The Source is read up to a relative pronoun, without brackets and reflexives ("Cruz himself").
    Its core is the part before the first comma or dash. The head is the last word of a name of two
    or more capitalised words in the core ("Tim Hess, a real estate developer ..." -> hess; initials
    and particles and a quoted nickname are part of a name: "J.J. MacNab", "Pierre de Vos",
    'Rep. Robert C. "Bobby" Scott' -> scott; an article or a possessor is not: "Florida's Republican
    attorney general, Pam Bondi" -> bondi); else a single capitalised word that is the whole core
    ("Sanders, runner-up to Hillary Clinton ..." -> sanders); else the first such name in the
    appositions ("Apple's chief executive, Tim Cook," -> cook; "A former Republican candidate --
    John McCain --" -> mccain); else the core's last word before a post-modifier ("a spokesman for
    the campaign" -> spokesman; "The Republican presidential nominee" -> nominee).
    """
    phrase = " ".join(text[s:e] for s, e in gold_source)
    phrase = re.split(r"\b(?:who|whom|which|whose)\b", phrase)[0]
    phrase = re.sub(r"\([^()]*\)", " ", phrase)  # "(D-Newport News)" is no part of the name
    phrase = _REFLEXIVE.sub(" ", phrase)
    parts = re.split(r"[,(\u2014\u2013]|\s-\s|\s--\s?|\s-LRB-", phrase.strip())
    core = parts[0].strip() or phrase
    name = _name_head(core)
    if name:
        return name
    core_words = _WORD.findall(core)
    if len(core_words) == 1 and core_words[0][:1].isupper():
        return core_words[0].lower().removesuffix("'s").removesuffix("\u2019s")
    name = _name_head(" , ".join(parts[1:]))
    if name:
        return name
    words = [w.lower().removesuffix("'s").removesuffix("\u2019s") for w in core_words]
    head = ""
    for w in words:
        if w in _POSTMODIFIERS and head:
            break
        head = w
    return head


def _name_head(phrase: str) -> str | None:
    """Last word of the first name of two or more capitalised words in ``phrase``, or None."""
    phrase = _NICKNAME.sub(" ", phrase)
    for name in _NAME.finditer(phrase):  # "Apple's chief executive, Tim Cook," -> cook
        words = name.group().split()
        while words and words[0] in _DETERMINERS:  # "The Republican presidential nominee" is no name
            words = words[1:]
        for i, w in enumerate(words[:-1]):  # "Florida's Republican attorney general": a possessor
            if w.endswith(("'s", "\u2019s")):
                words = words[i + 1 :]
        if words and words[-1].endswith(("'s", "\u2019s")):
            continue  # "Mr. Obama's deputy national security adviser": the possessor is not the Source
        if len(words) >= 2:
            return words[-1].lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s")
    return None


def _speaker_right(gold_source, text: str, best, overlapping, antecedent=None) -> bool:
    """Is the toolkit's speaker the gold Source? (see the module docstring)"""
    g0, g1 = min(s for s, _ in gold_source), max(e for _, e in gold_source)
    at_source = [q for q in overlapping if q.speaker_start is not None and q.speaker_start < g1 and q.speaker_end > g0]
    candidates = [q for q in [best, *at_source] if q is not None and q.speaker]
    head = gold_head(gold_source, text)
    if head in _RELATIVES or (head in _PRONOUNS and not antecedent):
        return bool(at_source)  # nothing to resolve against: the toolkit read the right phrase
    if head in _PRONOUNS:
        heads = {gold_head(*a) for a in antecedent}
        if any(heads & _words(q.speaker) for q in candidates):
            return True
        # an antecedent that is a description ("The Republican presidential nominee"): right when the text
        # itself gives the toolkit's name that description ("nominee Donald Trump", "Trump, the nominee")
        described = [h for h in heads if h and h in _phrase_words_lower(antecedent)]
        return any(_described_as(q.speaker, h, text) for q in candidates for h in described)
    return any(head in _words(q.speaker) | _words(q.speaker_text or "") for q in candidates)


def _phrase_words_lower(antecedent) -> set:
    """Words written in lower case in the antecedent guesses (the head of a description, not a name)."""
    phrases = (" ".join(text[s:e] for s, e in spans) for spans, text in antecedent)
    return {w for phrase in phrases for w in _WORD.findall(phrase) if w.islower()}


def _described_as(name: str, noun: str, text: str) -> bool:
    """Does the text call the person ``name`` a ``noun`` right beside the name ("Republican nominee Donald
    Trump", "Donald Trump, the Republican nominee,")?"""
    words = name.split()
    if noun in _NOT_NOUNS or len(words) < 2 or not noun.isalpha() or (noun.endswith("s") and not noun.endswith("ss")):
        return False  # a plural ("environmentalists") describes no single speaker
    last = re.escape(words[-1])
    before = rf"\b(?i:{noun})\s+(?:[A-Z][\w.'\u2019\-]*\s+){{0,3}}{last}\b"
    # "Trump, the Republican nominee": premodifiers only, no "a fellow at the European Council"
    after = rf"\b{last},\s+(?:the|a|an)\s+(?:(?!(?:of|at|for|in|with|on|from)\b)[\w'\u2019\-]+\s+){{0,4}}?{noun}\b"
    return bool(re.search(before, text) or re.search(after, text))


def _words(phrase: str) -> set:
    return {w.lower().removesuffix("'s").removesuffix("\u2019s") for w in _WORD.findall(phrase)}


class _Records(list):
    """The toolkit's records of one article, with a lookup by speaker span."""

    def source_records(self, g0: int, g1: int):
        return [q for q in self.all if q.speaker_start is not None and q.speaker_start < g1 and q.speaker_end > g0]


def evaluate(
    articles: list[dict], *, errors: int = 0, sample: int = 0, seed: int = 0, what: str = "all", of_kind: str = "all"
) -> dict:
    counts = Counter()
    kinds = Counter()
    shown = []
    for art in articles:
        text = art["text"]
        n = len(text)
        result = quotes(text)
        qmask = quoted_mask(text)
        gold_mask = np.zeros(n, dtype=bool)
        golds = []
        for a in art["attributions"]:
            chars = _chars(a["content"], text)
            if not chars.size:
                continue
            gold_mask[chars] = True
            kind = "direct" if _covered(chars, qmask) >= 0.5 else "indirect"
            golds.append((a, chars, kind))
        masks = {k: np.zeros(n, dtype=bool) for k in ("direct", "partial", "indirect")}
        for q in result.quotes:
            masks[q.kind][q.start : q.end] = True
        for q in result.quotes:
            if q.kind == "partial":
                continue
            chars = _chars([(q.start, q.end)], text)
            if chars.size:
                counts[f"{q.kind}_pred"] += 1
                counts[f"{q.kind}_pred_ok"] += _covered(chars, gold_mask) >= 0.5
        for a, chars, kind in golds:
            counts[f"{kind}_gold"] += 1
            found_mask = masks["direct"] | masks["partial"] if kind == "direct" else masks["indirect"]
            found = _covered(chars, found_mask) >= 0.5
            counts[f"{kind}_found"] += found
            best, best_cov = None, 0.0
            overlapping = _Records()
            overlapping.all = result.quotes
            for q in result.quotes:
                if q.end <= chars[0] or q.start > chars[-1]:
                    continue
                cov = float(((chars >= q.start) & (chars < q.end)).mean())
                if cov > 0:
                    overlapping.append(q)
                if cov > best_cov:
                    best, best_cov = q, cov
            if best is not None and best_cov >= 0.5:
                counts["kind_n"] += 1
                quoted = best.kind in ("direct", "partial")
                counts["kind_ok"] += quoted == (kind == "direct")
                kinds[(kind, best.kind)] += 1
            if found and a["source"]:
                right = _speaker_right(a["source"], text, best, overlapping, a["antecedent"])
                counts[f"{kind}_spk_n"] += 1
                counts[f"{kind}_spk_ok"] += right
                if gold_head(a["source"], text) not in _PRONOUNS | _RELATIVES:
                    counts[f"{kind}_named_n"] += 1
                    counts[f"{kind}_named_ok"] += right
                if not right:
                    shown.append(("speaker", art["name"], a, best, kind, text))
            elif not found:
                shown.append(("missed", art["name"], a, best, kind, text))
    _print(counts, kinds)
    if errors:
        rng = random.Random(seed)
        shown = [r for r in shown if what in ("all", r[0]) and of_kind in ("all", r[4])]
        print(f"\n{len(shown)} errors ({what}, {of_kind}); showing {min(errors, len(shown))}")
        for row in rng.sample(shown, min(errors, len(shown))):
            _show(*row, context=True)
    if sample:
        _sample(articles, sample, seed)
    return counts


def _prf(tp_pred, n_pred, tp_gold, n_gold):
    p = tp_pred / n_pred if n_pred else float("nan")
    r = tp_gold / n_gold if n_gold else float("nan")
    f = 2 * p * r / (p + r) if p + r else float("nan")
    return p, r, f


def _print(c: Counter, kinds: Counter) -> None:
    for kind in ("direct", "indirect"):
        p, r, f = _prf(c[f"{kind}_pred_ok"], c[f"{kind}_pred"], c[f"{kind}_found"], c[f"{kind}_gold"])
        print(
            f"{kind:8s}: P={p:.3f} R={r:.3f} F1={f:.3f}  (gold={c[f'{kind}_gold']} found={c[f'{kind}_found']}; "
            f"predicted={c[f'{kind}_pred']} correct={c[f'{kind}_pred_ok']})"
        )
    for kind in ("direct", "indirect"):
        n = c[f"{kind}_spk_n"]
        print(f"speaker accuracy, {kind:8s}: {c[f'{kind}_spk_ok'] / n if n else float('nan'):.3f}  (n={n})")
    for kind in ("direct", "indirect"):
        n = c[f"{kind}_named_n"]
        print(f"  named Sources only, {kind:8s}: {c[f'{kind}_named_ok'] / n if n else float('nan'):.3f}  (n={n})")
    n = c["direct_spk_n"] + c["indirect_spk_n"]
    ok = c["direct_spk_ok"] + c["indirect_spk_ok"]
    print(f"speaker accuracy, all     : {ok / n if n else float('nan'):.3f}  (n={n})")
    print(f"kind accuracy (quoted vs reported): {c['kind_ok'] / c['kind_n'] if c['kind_n'] else float('nan'):.3f}"
          f"  (n={c['kind_n']})")
    print("  gold kind -> toolkit kind:", dict(sorted(kinds.items())))


def _clip(s: str, n: int = 110) -> str:
    s = s.replace("\n", " / ")
    return s if len(s) <= n else s[: n // 2] + " ... " + s[-n // 2 :]


def _show(what, name, a, q, kind, text, context=False) -> None:
    src = " | ".join(text[s:e] for s, e in a["source"]) or "-"
    cue = " | ".join(text[s:e] for s, e in a["cue"]) or "-"
    content = " ".join(text[s:e] for s, e in a["content"])
    print(f"\n[{what}] {name} ({kind})\n  gold: {src!r} / {cue!r} / {_clip(content)!r}")
    if a.get("antecedent"):
        print("  antecedent:", [gold_head(*x) for x in a["antecedent"]])
    if context:  # the text before the attribution, and the attribution itself
        spans = [*a["source"], *a["content"], *a["cue"]]
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        print(f"  before: {_clip(text[max(0, lo - 400) : lo], 400)!r}")
        print(f"  at: {_clip(text[lo:hi], 300)!r}")
    if q is not None:
        print(f"  tool: {q.speaker_text!r} -> {q.speaker!r} ({q.source_type}) / {q.cue!r} / {q.kind} / "
              f"{_clip(q.text)!r}")
    else:
        print("  tool: -")


def _sample(articles, n, seed) -> None:
    """Print ``n`` random gold attributions beside the toolkit's best-covering quote (hand check)."""
    rng = random.Random(seed)
    rows = [(art, a) for art in articles for a in art["attributions"]]
    for art, a in rng.sample(rows, min(n, len(rows))):
        text = art["text"]
        chars = _chars(a["content"], text)
        if not chars.size:
            continue
        result = quotes(text)
        best, best_cov = None, 0.0
        for q in result.quotes:
            cov = float(((chars >= q.start) & (chars < q.end)).mean())
            if cov > best_cov:
                best, best_cov = q, cov
        kind = "direct" if _covered(chars, quoted_mask(text)) >= 0.5 else "indirect"
        _show(f"sample cov={best_cov:.2f}", art["name"], a, best, kind, text)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", required=True, type=Path, help="path of a PolNeAR checkout")
    ap.add_argument("--split", default="dev", choices=("train", "dev"))
    ap.add_argument("--errors", type=int, default=0, help="print N random errors")
    ap.add_argument("--what", default="all", choices=("all", "speaker", "missed"), help="which errors to print")
    ap.add_argument("--kind", default="all", choices=("all", "direct", "indirect"), help="of which gold kind")
    ap.add_argument("--sample", type=int, default=0, help="print N random gold attributions for a hand check")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    articles = load(args.polnear, args.split)
    n_attr = sum(len(a["attributions"]) for a in articles)
    print(f"PolNeAR {args.split}: {len(articles)} articles, {n_attr} gold attributions")
    evaluate(articles, errors=args.errors, sample=args.sample, seed=args.seed, what=args.what, of_kind=args.kind)


if __name__ == "__main__":
    sys.exit(main())
