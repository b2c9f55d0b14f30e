"""Actor framing: who acts, who is acted upon, what they are called, who speaks, how they are portrayed.

``actors(doc, cast)`` finds the mentions of the actors of a *cast* in a document,
gives each mention a semantic role (agent, patient or none) with the verb that
assigns it, records the evaluative label used to name the actor and whether the
mention lies in quoted speech, and sums it all up in one row per actor.

The cast
--------
A :class:`Cast` is built by :func:`as_cast` from a path to a YAML file, a dict
or an existing Cast. The YAML format (``version: 1``)::

    version: 1
    actors:
      Iran:                                   # the actor's name (also matched)
        aliases: [Islamic Republic]           # other names, matched as written
        titles: []                            # titles: "Supreme Leader" alone or before a name
        demonyms: [Iranian]                   # "Iranian officials", "the Iranian government" -> Iran
        institutions: [Supreme National Security Council]   # parts of the actor
        metonyms: [Tehran]                    # counts only when it acts or is acted upon
        labels:                               # evaluative names, kept with a category
          - {label: Islamic regime, category: delegitimising}

Every key but the actor's name is optional. A plain dict ``{actor: [aliases]}``
works too, as does ``{actor: {aliases: [...], labels: [...]}}`` or the full
mapping with ``version`` and ``actors``. A label may also be written
``"label: category"`` or ``[label, category]``. Label categories are
``delegitimising``, ``legitimising``, ``neutral_descriptor``, ``glorifying`` and
``dehumanising`` (:data:`LABEL_CATEGORIES`). An optional top-level
``institution_heads:`` list replaces the nouns that turn a demonym into the
actor (:data:`INSTITUTION_HEADS`: officials, authorities, government, forces,
military, ministry, spokesman...).

Matching rules (case): a name, alias, title, institution or metonym written with a capital
letter in the cast must start with a capital letter in the text, counting from its first letter
("Front" does not match "a front line"; "(Hamas)" and "$M" match as written); a short
all-capital term (``US``, ``IDF``, up to five letters) matches only in capitals, so the pronoun
"us" is never the United States; a term written all in lower case in the cast ("the resistance",
"the supreme leader") matches in any case, so the cast's author decides. Labels match in any case,
and their plural (last word + s) matches too. A demonym counts only before
an institutional head noun ("Iranian officials", "Israeli intelligence forces")
or before an action noun of the verb lexicon ("an Israeli attack" -> Israel,
agent of *attack*); "Iranian nuclear scientists" are Iranians, not Iran acting,
and are not a mention. A plural demonym listed in the cast ("Valdorians") counts
on its own. A metonym ("Tehran", "Washington") counts only when it gets a role
and is not the object of a place preposition: "Tehran vowed revenge" is Iran,
"Haniyeh was killed in Tehran" is a place. Adjacent matches of one actor merge
into one mention: "Hamas leader Ismail Haniyeh", "Supreme Leader Ayatollah Ali
Khamenei", "Iran's Supreme National Security Council"; the label (if any) is
kept on the merged mention. An alias used by two actors is an error; a title
shared by several actors ("President", "ambassador") counts only before a
name, where it joins that name's mention. A title or label may stand alone for
its holder ("the Prime Minister said"), but not before a capitalised name that
is not the holder's: "Prime Minister Edvin Saral" is not the cast's prime
minister, and is no mention at all. The mirror rule: a one-word name after another
capitalised word inside a sentence ends someone else's name, and is no mention, when
it is a place's alias or metonym (an actor with demonyms or metonyms: "Central
America", "Priorities USA", "George Washington", "East Jerusalem") or a person's
one-word alias whose full name the cast lists ("Sara Netanyahu" for a cast listing
"Benjamin Netanyahu"). Not after a title, a capitalised adjective such as "Democrat"
or "Shiite", an abbreviation, a word opening the sentence or line, nor in a title-case
headline ("Trump Slams Iran Deal"); abbreviations ("U.S.") and plurals ("Palestinians")
are not subject to it. On PolNeAR train and dev with the case cast it dropped 74
mentions; read by hand, 69 were other names (a book title, a super PAC, a TV show,
regions, people) and 5 were the slogan "Make America Great Again".
Where a sentence or line opens, a person's surname (an actor with no demonym and no
metonym) after a capitalised word that reads as a first name is someone else's too
("Mira Corvo said", "Hazem Haniyeh was killed"); an English word opening the sentence
("Now", "Yesterday", "Whether", a word in -ly, -ing or -ed) leaves it the cast's person,
and so does a first name that is also such a word ("Will"). On PolNeAR dev with suggested
casts this dropped 2 mentions, both another person ("Barack Obama" for Michelle Obama,
"George Bush" for Laura Bush); nothing on PolNeAR train with the case cast.

With ``cast=None`` a *provisional* cast is suggested from the document itself
(:func:`suggest`: people, organisations and groups seen at least twice, their
variants grouped, "Mayor Ines Corvo" and "Corvo" as one actor) and the result
records ``cast_source='suggested'``: good for a first look, never for a
published table (the grouping is guessed from the form of names, and
descriptions such as "the company" are not grouped). Pass a cast for any real
analysis.

Roles without a parser
----------------------
No parser model can be installed offline, so roles come from rules over the
document's word tokens. A role does not depend on the verb being in a list:
any finite verb gives its subject the agent role and its object (or passive
subject) the patient role ("Khamenei gave the order", "The U.S. is also
sending...", "requested by Iran"). Verbs are recognised from the ``role_verbs``
lexicon, which adds a class (violence, coercion, speech, cognition,
accusation, support, diplomacy, decision, effort, *undergo*), and otherwise
from the irregular and frequent verbs and regular endings of
:mod:`framing.lang.english` (:mod:`framing.actors.verbs`; a base form counts
as a verb only after *to*, a modal or a plural pronoun, an -s form only after
its subject). Copulas (*be, become, seem, remain*) give no role: "Smith has
been a critic" describes Smith. *have* and *get* are main verbs when no verb
follows them ("Wood and her husband have expensive bills"). In order of
precedence:

1. **Genitive and demonym before an action noun**: "Israel's strike",
   "an Israeli attack" -> agent; "Haniyeh's killing", "Haniyeh's death" ->
   patient (the lexicon marks nouns whose possessor undergoes the event).
2. **Noun + preposition**: "the assassination of Haniyeh", "the death of X" ->
   patient; "the support of X", "the order of X" -> agent; "a strike on Israel",
   "sanctions against Iran" -> patient; "attacks by its allies" -> agent;
   "support for Israel" -> patient.
3. **Object**: a mention right after an active verb (skipping particles,
   determiners, numbers and up to two adjectives) -> patient ("accused Israel",
   "killed several Iranian military commanders", "ordered Iran to strike");
   after a violence or coercion verb with *at/on/against/upon* -> patient
   ("strike directly at Israel"); after a passive verb, "by X" -> agent;
   "according to X" -> agent of *according to*; a speech verb after a comma
   or closing quote followed by a mention ("..., said Khamenei") -> agent.
   Verbs that take a clause rather than a person (*say, announce, claim,
   believe, confirm, deny...*) give no patient: in "said Estmark does not
   comment" Estmark is the subject of *comment*.
4. **Subject**: a mention followed by a verb group (auxiliaries, negation and
   adverbs skipped) -> agent, or patient if the group is passive ("was killed",
   "has been condemned") or the verb is an *undergo* verb ("died", "will face").
   The subject may be coordinated ("Iran and Hamas accused Israel": both
   agents), followed by an apposition or a non-restrictive relative clause
   between commas ("Hamas, the organization Haniyeh led, vowed";
   "Israel, which is at war with Hamas, has neither acknowledged..."), or by a
   relative pronoun ("Haniyeh, who was killed" -> patient). "is expected to
   hold", "is set to meet": the subject is the agent of the second verb. A
   subject may be separated from its verb by an opening quotation mark
   ("said Estmark \u201cdoes not comment"). A mention that
   follows a preposition is never a subject. After a speech verb, a mention
   that is the subject of its own clause stays a subject ("Iran announced that
   Haniyeh had been killed": Haniyeh is patient of *kill*, not of *announce*).
5. Otherwise the role is None (modifiers such as "Hamas" in "Hamas leader
   Ismail Haniyeh", places, mentions in lists).

Further rules: a possessor of an event noun acts ("Snowden's leaks", "Israel's
assassination of Haniyeh": Israel agent, Haniyeh patient; event nouns of
:data:`framing.lang.english.EVENT_NOUNS` beyond the lexicon); "the defense of
Israel" is Israel defended; a name right before another capitalised word
modifies it and takes no role ("Senate Republicans"), the role going to the
named person after a title ("the assassination of Hamas Political Bureau
Chief Ismail Haniyeh": Haniyeh); person titles and a first name before a cast
name join its mention ("President Barack Obama"), but not a verb form of the
lexicon in a title-case line ("Voters Rebuke Corvo": Corvo); in a headline (no final
full stop) a bare participle is passive ("Ismail Haniyeh killed:" patient);
a participle after an object is its passive ("get Clinton elected"); time
adverbials may stand between subject and verb ("Obama on Friday blasted").

Negation: ``Mention.negated`` is True when the verb that gives the role is
negated ("Israeli authorities have not confirmed or denied": agent of
*confirm*, negated). The role stays what the grammar says; the table keeps
negated actions apart (they are not counted in ``agent``/``patient`` or the
top verbs, but in ``negated`` and ``top_negated``).

Affiliations: an actor named inside another actor's label or title counts as
a mention of its own, without a role: "Hamas leader Ismail Haniyeh" is a
mention of Haniyeh (the role-bearer, label "Hamas leader") and of Hamas (named
as his affiliation). So five namings of Hamas are five Hamas mentions.

Labels are pinned to the actor the text ties them to: through apposition
("Haniyeh, the Hamas leader"), copula ("Haniyeh was a martyr") or a definite
description standing alone ("the militant group"). A label tied to another
actor is dropped ("Hezbollah, an Iran-backed militant group" is not Hamas),
and so is an indefinite one ("a militant group") and a plural after a number
or quantifier ("7 martyrs", "all Palestinian martyrs", "other Hamas leaders").

A mention gets one role: the one from the first rule that applies. The verb
is recorded as its lemma ("killed", "killing", "assassination" -> *kill*,
*assassinate*); a verb the lexicon does not know (after an auxiliary, or an
-ed form right after the subject) gets a guessed base form (regular -ed
endings stripped: "exchanged" -> *exchange*); irregular ones stay as written.

Limits: no pronoun or definite-description coreference ("the country", "it",
"the group" are not mentions unless the cast lists them as labels); the object
of a verb is assigned only when the mention comes right after it (a long noun
phrase in between breaks the link); infinitive and participle clauses do not
inherit their subject; indirect objects are treated as objects; questions
with inversion, reduced relatives, ellipsis and long parentheses are missed;
a base-form verb after a singular name ("Doug Jones stand") is not read as a
verb. Measured (``benchmarks/roles_newsmtsc.py``) on 318 hand-coded target
mentions in real US news sentences (NewsMTSC train; coded before the measure
was run): role accuracy 0.92 on the 224 the rules were tuned on, 0.81 on the
94 held out (agent recall 0.88, patient recall 0.54: missed patients are the
main error). On our own constructed sentences
(``benchmarks/roles_benchmark.py``) 0.99 (dev) and 0.91 (held out).

Voice and sentiment
-------------------
``in_quote`` is True for a mention inside quotation marks (direct or partial
quotes from :func:`framing.quotes`; if that module cannot be imported, any
text between a pair of quotation marks); the labels table splits label use by
voice (narrator or quote). Times quoted and quoted words per actor come from
the quotes' speakers, matched to actors through the cast. Mean sentiment
toward an actor averages the score of :func:`framing.target.sentiment_toward`
over its mentions (computed by :func:`framing.target.scores_toward`, all mentions of
the document in one pass), with its n and a 95% t interval (NaN below two mentions; mentions of
one sentence share their context, so the interval is a lower bound on the
uncertainty). An actor the text never mentions has zero counts and shares and
no sentiment. The tables are built on first access.
"""

from .cast import INSTITUTION_HEADS, LABEL_CATEGORIES, Actor, Cast, as_cast
from .measure import actors
from .result import Actors
from .suggest import suggest

__all__ = [
    "Actor",
    "Actors",
    "Cast",
    "INSTITUTION_HEADS",
    "LABEL_CATEGORIES",
    "actors",
    "as_cast",
    "suggest",
]

# ``framing/__init__.py`` re-exports the function ``actors`` under the name of this module, so
# ``framing.actors`` may be the function: let ``framing.actors.suggest(...)``, ``framing.actors.Cast``
# and ``framing.actors.as_cast(...)`` work either way.
actors.suggest = suggest
actors.Cast = Cast
actors.as_cast = as_cast
actors.Actors = Actors
