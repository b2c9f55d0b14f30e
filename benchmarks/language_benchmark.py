"""How often the English check (LanguageWarning) and identify() are right, on real and constructed text.

English side: PolNeAR *train* news articles (real US news, 2015-16; pass ``--polnear PATH``), read
whole, headline (first line) alone, and sentence by sentence, counting LanguageWarnings (every one is
a false alarm) by sentence length. Other side: short sentences in six languages written for this
benchmark about the fictional event of ``corpora/examples`` (own text), counting the warnings (every
missing one is a miss). Tuned on: the threshold on the identifier's probability of English (0.2 %)
was chosen by looking at PolNeAR *train* sentences with few function words (where English gets 0.3 %
or more, except a Spanish quotation) and at the constructed headlines of ``tests/test_identify.py``
(2 % or more), with the foreign sentences below in view: every figure printed here is in-sample.

    python benchmarks/language_benchmark.py --polnear /work/polnear
"""

from __future__ import annotations

import argparse
import warnings
from collections import Counter
from pathlib import Path

import framing as fr
from framing.document import LanguageWarning
from framing.lang import identify

FOREIGN = {
    "de": [
        "Der Kanzler hat am Montag in Norvik erklärt, dass die Gespräche weitergehen sollen.",
        "Die Regierung in Aubrenne will noch nicht sagen, ob sie auf den Angriff antworten wird.",
        "Mindestens vierzehn Menschen sind in Lunmoor ums Leben gekommen.",
        "Raketen treffen Grenzstadt",
        "Der Rat der Nationen tagt am Samstag in einer Dringlichkeitssitzung.",
    ],
    "fr": [
        "Le chancelier a ordonné une frappe contre l'Estmark jeudi soir, selon deux responsables.",
        "Au moins quatorze personnes ont été tuées près de la ville frontalière de Lunmoor.",
        "La Première ministre a réuni son cabinet de sécurité vendredi matin.",
        "Colère et deuil à Lunmoor",
        "Le Conseil des nations se réunira samedi en session d'urgence.",
    ],
    "es": [
        "El canciller ordenó un ataque contra Estmark el jueves por la noche, según dos funcionarios.",
        "Al menos catorce personas murieron cerca de la ciudad fronteriza de Lunmoor.",
        "La primera ministra reunió a su gabinete de seguridad el viernes por la mañana.",
        "Luto y rabia en Lunmoor",
        "El Consejo de Naciones se reunirá el sábado en sesión de emergencia.",
    ],
    "it": [
        "Il cancelliere ha ordinato un attacco contro l'Estmark giovedì sera, secondo due funzionari.",
        "Almeno quattordici persone sono state uccise vicino alla città di confine di Lunmoor.",
        "La premier ha riunito il suo gabinetto di sicurezza venerdì mattina.",
        "Lutto e rabbia a Lunmoor",
        "Il Consiglio delle nazioni si riunirà sabato in sessione d'emergenza.",
    ],
    "nl": [
        "De kanselier gaf donderdagavond opdracht tot een aanval op Estmark, volgens twee functionarissen.",
        "Zeker veertien mensen kwamen om het leven bij de grensstad Lunmoor.",
        "De premier kwam vrijdagochtend bijeen met haar veiligheidskabinet.",
        "Rouw en woede in Lunmoor",
        "De Raad van Naties komt zaterdag bijeen in een spoedzitting.",
    ],
    "pt": [
        "O chanceler ordenou um ataque contra Estmark na quinta-feira à noite, segundo dois funcionários.",
        "Pelo menos catorze pessoas morreram perto da cidade fronteiriça de Lunmoor.",
        "A primeira-ministra reuniu o seu gabinete de segurança na sexta-feira de manhã.",
        "Luto e raiva em Lunmoor",
        "O Conselho das Nações reúne-se no sábado em sessão de emergência.",
    ],
}


def warns(text: str) -> bool:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fr.read(text)
    return any(issubclass(w.category, LanguageWarning) for w in caught)


def bucket(n: int) -> str:
    return "1-3 words" if n <= 3 else "4-8 words" if n <= 8 else "9-19 words" if n <= 19 else "20+ words"


def english(polnear: Path) -> None:
    files = sorted((polnear / "data" / "train" / "text").glob("*.txt"))
    print(f"PolNeAR train: {len(files)} English news articles (real text, never tuned on)")
    articles = Counter()
    headlines = Counter()
    sentences: dict = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        articles["n"] += 1
        articles["warned"] += warns(text)
        articles["identified en"] += identify(text).code == "en"
        lines = [line for line in text.splitlines() if line.strip()]
        if lines:
            headlines["n"] += 1
            headlines["warned"] += warns(lines[0])
        doc = fr.read(text)
        counts = doc.sentence_word_counts()
        for i, (s, e) in enumerate(doc.sentences):
            key = bucket(int(counts[i]))
            tally = sentences.setdefault(key, Counter())
            tally["n"] += 1
            tally["warned"] += warns(text[s:e])
    print(f"  whole articles: {articles['warned']} of {articles['n']} warned; "
          f"identify() said 'en' for {articles['identified en']}")
    print(f"  first lines (headlines) alone: {headlines['warned']} of {headlines['n']} warned")
    for key in ("1-3 words", "4-8 words", "9-19 words", "20+ words"):
        tally = sentences.get(key, Counter())
        if tally["n"]:
            print(f"  sentences of {key:10s}: {tally['warned']:5d} of {tally['n']:6d} warned "
                  f"({tally['warned'] / tally['n']:.2%} false alarms)")


def foreign() -> None:
    print("Constructed non-English sentences and headlines (own text, 5 per language)")
    total = hits = 0
    for code, texts in FOREIGN.items():
        warned = [warns(t) for t in texts]
        right = [identify(t).code == code for t in texts]
        total += len(texts)
        hits += sum(warned)
        missed = [t for t, w in zip(texts, warned) if not w]
        print(f"  {code}: {sum(warned)} of {len(texts)} warned, identify() right on {sum(right)}"
              + (f"; missed: {missed}" if missed else ""))
    print(f"  all: {hits} of {total} warned")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, help="PolNeAR checkout (train split used)")
    args = parser.parse_args()
    if args.polnear:
        english(args.polnear)
    foreign()


if __name__ == "__main__":
    main()
