"""Anonymous sources on PolNeAR: does ``framing.quotes`` type unnamed sources as ``anonymous``?

    python benchmarks/anonymous_polnear.py --polnear PATH [--split train|dev|both] [--errors]
    python benchmarks/anonymous_polnear.py --polnear PATH --draw   # the sample to code (no toolkit run)

PolNeAR (Newell, Margolin & Ruths 2018) marks the Source of every attribution but not its type. The
Sources of a random sample of train and dev attributions were hand-coded anonymous / not_anonymous
(``benchmarks/gold/anonymous_polnear.jsonl``: split, article, annotation file, Source T id, Source and
Content offsets, stratum, label; no text). The test split is never opened.

Sample (seed 10, drawn by ``--draw`` before the toolkit was run on it)
----------------------------------------------------------------------
Population: gold attributions with a Source that is not a bare pronoun or relative ("he", "they",
"who": not coded; their type is their antecedent's). Two strata per split: ``lower`` -- no word after
the first is capitalised and the Source is not one capitalised word ("officials", "a person familiar
with", "the candidate"), where unnamed sources live; ``other`` -- the rest (names, "Clinton officials").
Train: 130 of 3,194 lower + 70 of 10,859 other = 200 (45 anonymous). Dev: 100 of 352 lower + 50 of
1,247 other = 150 (24 anonymous). The lower stratum is oversampled, so "sample" figures are those of
the coded sample; "weighted" figures weight each stratum by its inverse sampling rate (an estimate for
the population of non-pronoun Sources). One coder (the developer), no second coder: no agreement figure.

Coding convention
-----------------
``anonymous``: the Source credits one or more people the text does not name, at that point or in an
apposition of the Source: "officials", "a person familiar with the matter", "current and former
officials", "Clinton strategists", "aides", "a source", "that person" / "the source" (back to an
unnamed source), "some experts", "critics", "rivals", "Democratic leaders", "federal prosecutors",
"one man", "a young boy", "one user"; vague people ("some", "many", "others", "another", "people",
"many people") are anonymous (vague attribution is unnamed sourcing).
``not_anonymous``: a named person or organisation (also a definite description or kin of a person the
text names: "the candidate", "the vulture fund manager", "his wife", "both parents", and an identified
office holder: "Sanders's campaign manager"); an unnamed spokesperson or lawyer speaking for a named
principal ("the congressman's spokesman", "attorneys for the family": the principal speaks, as the
module docstring types "a health ministry spokesman" named_organisation); organisations by kind ("the
campaign", "the administration", "the authorities", "the company"); documents, polls and data ("a new
poll", "the letter", "exit polls"); media and journalists ("a reporter"); a public or constituency
speaking as a body or through a poll ("voters", "42%", "three-quarters of the voters", "the public",
"supporters", "demonstrators"); a coordination with any non-anonymous part ("regulators and
environmental groups"); negative quantifiers ("no one", "not everyone": they credit nobody); and Sources
that are no speaker at all (PolNeAR also annotates beliefs and actions: "his eyes", "the theory").

Measure
-------
For each coded Source the toolkit's attribution is the record whose speaker span overlaps the gold
Source, else the quote covering at least half of the gold Content (the alignment of
``quotes_polnear``); "no attribution" when there is none (mostly beliefs and actions PolNeAR annotates
and the toolkit, by design, does not). Predicted anonymous = ``source_type == "anonymous"``.
"found" rows score the typing alone (over Sources the toolkit found an attribution for); "all" rows
count a missing attribution as a miss (end to end).

First run (before any rule change; sample figures)
----------------------------------------------------
train found: recall 0.92, precision 0.63, F1 0.75 (tp 22, fp 13, fn 2; 96 of 200 without attribution)
train all:   recall 0.49, precision 0.63, F1 0.55
dev found:   recall 0.70, precision 0.33, F1 0.45 (tp 7, fp 14, fn 3; 87 of 150 without attribution)
dev all:     recall 0.29, precision 0.33, F1 0.31 (weighted: found 0.86 / 0.49 / 0.62)

Train errors by cause (15 typing errors of the first run; dev errors were not read)
----------------------------------------------------------------------------------
- poll publics and shares typed anonymous ("voters", "Republican primary voters", "three-quarters of
  the voters", "42%") 5 -> a share is typed by its population, a share alone is an unnamed_group;
  voters, respondents, supporters, public, electorate, citizens are group heads (lexicon);
- a definite description, kin or set of named persons typed anonymous ("the candidate", "The vulture
  fund manager", "Both parents", "Sanders's campaign manager") 4 -> a definite singular whose head is
  a title or a public role (candidate, nominee, manager ...), "both/each/either/neither" + a head that
  is no anonymous-source word, and a possessor + kin noun ("his wife") are named_person;
  "manager" / "campaign manager" are titles (lexicon) so "X's campaign manager" is an office holder;
- things typed anonymous ("the staff letter", "Another ranking", a clause read as the speaker "it's
  hard to imagine him ...") 3 -> a phrase with no name is anonymous only when its head names people
  (person-noun ending, the anonymous lexicon, a title, a small class of person nouns without such an
  ending, kin, or a plural noun phrase of no name and no verb: "the harbour pilots"); else unattributed;
  letter(s), results, analysis, estimate(s), ranking are document heads (lexicon); a phrase opening with
  a subject pronoun ("it's hard ...") is a clause;
- coordinated adjectives read as coordinated sources ("Democratic and independent analysts" typed
  named_organisation) 1 -> one-word adjective conjuncts before a shared head type that head;
- left: a definite anonymous-lexicon head that is a named person ("the bespectacled diplomat") 1;
  a wrong speaker span ("Clinton officials" credited to "it") 1.
Beyond the sample, every train attribution whose type changed to or from anonymous was listed (505)
and read for losses of true unnamed sources; person nouns without a person ending (executive, agent,
advocate, associate, delegate, nurse, counsel, conservative ...) were added to the class after it.

The round, ablated (each rule group kept only if it raises train and lowers no dev figure)
-----------------------------------------------------------------------------------------
The first round of these rules raised train "found" F1 0.75 -> 0.94 but on dev (never read for errors)
lowered recall 0.70 -> 0.50, and it lowered PolNeAR dev direct speaker accuracy 0.902 -> 0.898: phrases
newly typed named_person ("the judge", "his wife") became antecedents of he/she. The speaker resolver
now takes a person typed by description (a lower-case head with no capitalised word after the first, or
kin) as an antecedent of he/she only as an unnamed person would be, and does not register it as a person.
Then each rule group was switched on alone over the rest of main (sample "found" figures, recall /
precision / F1; dev as aggregate figures only, no dev error read):

==========================  ==================  ==================
rules on                    train               dev
==========================  ==================  ==================
none (main + resolver fix)  0.92 / 0.63 / 0.75  0.73 / 0.38 / 0.50
poll publics and shares     0.92 / 0.73 / 0.81  0.73 / 0.38 / 0.50
documents (lexicon)         0.92 / 0.67 / 0.77  0.73 / 0.38 / 0.50
descriptions, kin, sets     0.92 / 0.71 / 0.80  0.73 / 0.42 / 0.53
coordinated adjectives      0.96 / 0.64 / 0.77  0.73 / 0.38 / 0.50
things -> unattributed      0.83 / 0.77 / 0.80  0.36 / 0.33 / 0.35
person nouns                0.92 / 0.63 / 0.75  0.73 / 0.38 / 0.50
things + person nouns       0.88 / 0.72 / 0.79  0.45 / 0.36 / 0.40
all six                     0.92 / 0.96 / 0.94  0.45 / 0.42 / 0.43
kept: first four            0.96 / 0.92 / 0.94  0.73 / 0.42 / 0.53
==========================  ==================  ==================

"Things -> unattributed" (a phrase of no name is anonymous only when its head names people) with its
person-noun class was the rule that cost dev recall; it and the person nouns (a no-op without it) were
dropped. Kept: poll publics and shares as groups, document heads, definite descriptions / kin / sets
of named people as named_person, coordinated adjectives. (The ablation ran with a first form of the
resolver fix; the final form, which also keeps "One California delegate" an antecedent, gives the same
anonymity figures.)

Final figures (sample; weighted in brackets)
--------------------------------------------
train found: recall 0.96, precision 0.92, F1 0.94 (tp 23, fp 2, fn 1) -- in-sample (tuned on it)
train all:   recall 0.51, precision 0.92, F1 0.66
dev found:   recall 0.73, precision 0.42, F1 0.53 (tp 8, fp 11, fn 3); weighted 0.87 / 0.54 / 0.67
dev all:     recall 0.33, precision 0.42, F1 0.37; weighted 0.56 / 0.54 / 0.55
Side effects: ``quotes_polnear.py`` dev speaker accuracy direct 0.902, indirect 0.867, all 0.883 (as
main); train 0.858 / 0.828 / 0.843 (main 0.857 / 0.828 / 0.842). ``quotes_benchmark.py`` (own gold)
identical to main (source-type accuracy 0.953 dev part, 0.837 held-out, 0.933 all).
The issue's target (recall and precision >= 0.85) is still not met on dev: recall 0.73 (0.87
weighted), precision 0.42 (0.54 weighted).

Figures of ``main`` (round 6 of the quote rules, no anonymity round; sample figures)
------------------------------------------------------------------------------------
train found: recall 0.92, precision 0.63, F1 0.75 (tp 22, fp 13, fn 2)
train all:   recall 0.49, precision 0.63, F1 0.55
dev found:   recall 0.73, precision 0.36, F1 0.48 (tp 8, fp 14, fn 3); weighted 0.87 / 0.50 / 0.64
dev all:     recall 0.33, precision 0.36, F1 0.35; weighted 0.56 / 0.50 / 0.53
The issue's target (recall and precision >= 0.85 on hand-coded real coverage) is not met on this
check: typing recall is near it on the population (0.87 weighted), precision is not (0.50): poll
publics, descriptions of named people and things are typed anonymous. Dev counts are small (11 anonymous
Sources with an attribution): one Source moves recall by about 0.09.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_polnear import _chars, load  # noqa: E402

from framing.quotes import quotes  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "anonymous_polnear.jsonl"
SEED = 10
SIZES = {"train": {"lower": 130, "other": 70}, "dev": {"lower": 100, "other": 50}}
_BARE_PRONOUN = re.compile(
    r"^(?:he|she|it|they|we|i|you|who|which|that|whom|him|her|them|us|me|his|its|their|this|these|those)$", re.I
)


def _source_text(a: dict, text: str) -> str:
    return " ".join(text[s:e] for s, e in a["source"]).strip()


def stratum(source: str) -> str | None:
    """None for a bare pronoun (not coded); 'lower' when no word after the first is capitalised and the
    Source is not one capitalised word; else 'other'."""
    words = re.findall(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*", source)
    if not words or (len(words) == 1 and _BARE_PRONOUN.match(words[0])):
        return None
    if any(w[:1].isupper() for w in words[1:]):
        return "other"
    # a single capitalised word ("Clinton", "Officials") is most often a surname: not oversampled
    return "other" if len(words) == 1 and words[0][:1].isupper() else "lower"


def _source_ids(polnear: Path, split: str, name: str) -> dict:
    """Source offsets -> (annotation file, T id) in the file ``load`` reads (the first in name order)."""
    ann = sorted((Path(polnear) / "data" / split / "attributions").glob(f"{name}_*.ann"))[0]
    ids = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            tid, info, _ = line.split("\t", 2)
            label, offsets = info.split(" ", 1)
            if label == "Source":
                ids[tuple(tuple(map(int, p.split())) for p in offsets.split(";"))] = (ann.name, tid)
    return ids


def population(polnear: Path, split: str, articles=None):
    """Every gold attribution with a non-pronoun Source, by stratum."""
    articles = articles if articles is not None else load(polnear, split)
    rows = {"lower": [], "other": []}
    for art in articles:
        ids = None
        for a in art["attributions"]:
            if not a["source"]:
                continue
            st = stratum(_source_text(a, art["text"]))
            if st is None:
                continue
            ids = ids if ids is not None else _source_ids(polnear, split, art["name"])
            key = tuple(tuple(p) for p in a["source"])
            ann, tid = ids.get(key, (None, None))
            rows[st].append({"split": split, "article": art["name"], "ann": ann, "source_id": tid,
                             "source": [list(p) for p in a["source"]], "content": [list(p) for p in a["content"]],
                             "stratum": st})
    return articles, rows


def draw(polnear: Path) -> None:
    """Print the sample to code by hand (no toolkit run): id, Source and its left context."""
    for split, sizes in SIZES.items():
        articles, rows = population(polnear, split)
        texts = {a["name"]: a["text"] for a in articles}
        rng = random.Random(SEED)
        for st, n in sizes.items():
            print(f"# {split} {st}: population {len(rows[st])}, sample {n}")
            for r in rng.sample(rows[st], n):
                text = texts[r["article"]]
                s0, s1 = r["source"][0][0], r["source"][-1][1]
                left = text[max(0, s0 - 160) : s0].replace("\n", " ")
                right = text[s1 : s1 + 60].replace("\n", " ")
                print(json.dumps(r))
                print(f"   ...{left}[[{text[s0:s1]}]]{right}")


def toolkit_attribution(gold: dict, result, text: str):
    """The toolkit's record for a gold attribution: one whose speaker span overlaps the gold Source,
    else the quote covering most (at least half) of the gold Content; None when there is neither."""
    g0, g1 = gold["source"][0][0], gold["source"][-1][1]
    for q in result.quotes:
        if q.speaker_start is not None and q.speaker_start < g1 and q.speaker_end > g0:
            return q
    chars = _chars(gold["content"], text)
    best, best_cov = None, 0.0
    for q in result.quotes:
        if chars.size and not (q.end <= chars[0] or q.start > chars[-1]):
            cov = float(((chars >= q.start) & (chars < q.end)).mean())
            if cov > best_cov:
                best, best_cov = q, cov
    return best if best_cov >= 0.5 else None


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return p, r, 2 * p * r / (p + r) if p + r else float("nan")


def evaluate(polnear: Path, split: str, gold: list[dict], *, errors: bool = False) -> dict:
    """Recall, precision, F1 of ``source_type == 'anonymous'`` on the coded Sources of one split."""
    articles, rows = population(polnear, split)
    sizes = {st: len(r) for st, r in rows.items()}
    texts = {a["name"]: a["text"] for a in articles}
    coded = [g for g in gold if g["split"] == split]
    n_coded = Counter(g["stratum"] for g in coded)
    results = {}
    table, cells = Counter(), Counter()
    for g in coded:
        text = texts[g["article"]]
        if g["article"] not in results:
            results[g["article"]] = quotes(text)
        q = toolkit_attribution(g, results[g["article"]], text)
        found = "no attribution" if q is None else q.source_type
        table[(found, g["label"])] += 1
        pred = found == "anonymous"
        gold_anon = g["label"] == "anonymous"
        cell = "tp" if pred and gold_anon else "fp" if pred else "fn" if gold_anon else "tn"
        w = sizes[g["stratum"]] / n_coded[g["stratum"]]  # inverse sampling rate of the stratum
        cells[cell] += 1
        cells["w_" + cell] += w
        if q is not None:  # typing alone: over the gold attributions the toolkit found
            cells["f_" + cell] += 1
            cells["fw_" + cell] += w
        if errors and cell in ("fp", "fn"):
            s0, s1 = g["source"][0][0], g["source"][-1][1]
            who = "-" if q is None else f"{q.speaker!r} [{q.speaker_text!r}]"
            print(f"  {cell} {found:18} {text[s0:s1][:70]!r} -> {who}")
    print(f"PolNeAR {split}: {len(coded)} coded Sources ({dict(n_coded)} of {sizes}), "
          f"{cells['tp'] + cells['fn']} anonymous; toolkit found an attribution for "
          f"{sum(cells['f_' + c] for c in ('tp', 'fp', 'fn', 'tn'))}")
    out = {}
    for key, label in (("f_", "found, sample"), ("fw_", "found, weighted"), ("", "all, sample"),
                       ("w_", "all, weighted")):
        p, r, f = _prf(cells[key + "tp"], cells[key + "fp"], cells[key + "fn"])
        out[label] = (r, p, f)
        counts = ", ".join(f"{c} {cells[key + c]:.0f}" for c in ("tp", "fp", "fn", "tn"))
        print(f"  {label:16} recall {r:.2f}  precision {p:.2f}  F1 {f:.2f}   ({counts})")
    types = sorted({t for t, _ in table})
    print(f"  {'toolkit source_type':20} {'anonymous':>10} {'not_anon':>9}")
    for t in types:
        print(f"  {t:20} {table[(t, 'anonymous')]:>10} {table[(t, 'not_anonymous')]:>9}")
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", required=True, type=Path, help="path of a PolNeAR checkout")
    ap.add_argument("--draw", action="store_true", help="print the sample to code (no toolkit run)")
    ap.add_argument("--split", default="both", choices=("train", "dev", "both"))
    ap.add_argument("--errors", action="store_true", help="print the false positives and negatives")
    args = ap.parse_args(argv)
    if args.draw:
        draw(args.polnear)
        return
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    for split in ("train", "dev") if args.split == "both" else (args.split,):
        evaluate(args.polnear, split, gold, errors=args.errors)


if __name__ == "__main__":
    sys.exit(main())
