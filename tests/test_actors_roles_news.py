"""Role rules from the errors of the NewsMTSC role gold (issue 11, third round): sentences of our own.

Every sentence is invented (fictional names: Corvo, Reyl, Veltra, Dal, Ames); each stands for a
construction found in the opened parts of the real-sentence gold (benchmarks/roles_newsmtsc.py), none
copies one. ``verb`` None means any verb (the lemma of a guessed verb is not what is tested).
"""

from __future__ import annotations

import pytest

from framing.actors import actors
from framing.actors.verbs import guess_lemma, guess_verb, nominal_stem


def _role_of(sentence, name):
    result = actors(sentence, {name: [name]}, quotes=False, sentiment=False)
    assert result.mentions, sentence
    return result.mentions[0].role, result.mentions[0].verb


@pytest.mark.parametrize(
    "sentence, name, role, verb",
    [
        ('Reyl was cautious, asking Corvo, "what are you hearing?"', 'Corvo', 'patient', 'ask'),
        ('The critic was blunt, labelling Corvo a "fraud".', 'Corvo', 'patient', 'label'),
        ('Aides said Corvo "committed several errors" last year.', 'Corvo', 'agent', 'commit'),
        ('Reyl said that Corvo "was fired in disgrace."', 'Corvo', 'patient', 'fire'),
        ('Teachers tend to like Ines Corvo.', 'Ines Corvo', 'patient', 'like'),
        ('"I like Mayor Corvo," Reyl said.', 'Mayor Corvo', 'patient', 'like'),
        ('What Corvo did is legal, Reyl said.', 'Corvo', 'agent', 'do'),
        ('I have more experience than Corvo did at that age.', 'Corvo', 'agent', 'do'),
        ("Veltra filed a lawsuit against the firm's former chief, Ines Corvo, accusing her of fraud.",
         'Ines Corvo', 'patient', None),
        ('Reyl is suing her former employer, Veltra, for damages.', 'Veltra', 'patient', 'sue'),
        ('Reyl listed her criticisms of Corvo on Monday.', 'Corvo', 'patient', None),
        ("The mayor rejected another of Corvo's careless assertions.", 'Corvo', 'agent', None),
        ('Corvo, Reyl and Senator Ines Dal led the field with nine votes each.', 'Corvo', 'agent', 'lead'),
        ('Ines Corvo and husband indicted for misuse of funds', 'Ines Corvo', 'patient', 'indict'),
        ('Reyl is strong while Corvo is under-performing in the polls.', 'Corvo', 'agent', None),
        ('If Corvo were to overtake the leader, the race would change.', 'Corvo', 'agent', 'overtake'),
        ('The court tried to maliciously frame Ines Corvo.', 'Ines Corvo', 'patient', 'frame'),
        ('Reyl has been mocked as "weak" by Corvo for months.', 'Corvo', 'agent', 'mock'),
        ('On Twitter Monday Corvo says that she will run.', 'Corvo', 'agent', 'say'),
        ("How come you haven't announced Ines Corvo?", 'Ines Corvo', 'patient', 'announce'),
        ('The issue that most sets Corvo apart from her rivals is trade.', 'Corvo', 'patient', 'set'),
        ('Jon Dale Corvo, 50, of Marlow was arrested this week.', 'Corvo', 'patient', 'arrest'),
        ('Reyl continued, "Corvo, we believe, does not belong on the bench.', 'Corvo', 'agent', 'belong'),
        ('Ines Corvo, defying the polls to the end, defeated Reyl on Tuesday.', 'Ines Corvo', 'agent', 'defeat'),
        ('The plan was criticised by island councillors, who accused the company of secrecy.',
         'island councillors', 'agent', 'criticise'),
        ('The trip was cancelled by Veltra on Monday.', 'Veltra', 'agent', 'cancel'),
        ('Veltra cancelled the trip.', 'Veltra', 'agent', 'cancel'),
        ('Corvo travelled to the coast.', 'Corvo', 'agent', 'travel'),
        ('Corvo labelled the plan a fraud.', 'Corvo', 'agent', 'label'),
        ('Corvo controlled the budget.', 'Corvo', 'agent', 'control'),
        ('Corvo admitted the error.', 'Corvo', 'agent', 'admit'),
        ("Veltra's cancellation of the Reyl contract angered staff.", 'Veltra', 'agent', None),
        ("Reyl's dismissal of Corvo was swift.", 'Corvo', 'patient', None),
        ("Reyl's dismissal of Corvo was swift.", 'Reyl', 'agent', None),
        ('The sacking of Corvo by Reyl shocked the party.', 'Corvo', 'patient', None),
        ('The sacking of Corvo by Reyl shocked the party.', 'Reyl', 'agent', None),
        ("The firm's abandonment of Corvo angered staff.", 'Corvo', 'patient', None),
        ("Corvo's handling of the crisis drew praise.", 'Corvo', 'agent', None),
        ('Reyl pushed Corvo into the race.', 'Corvo', 'patient', 'push'),
        ('Reyl handed Corvo the file.', 'Corvo', 'patient', 'hand'),
        ('The voters who elected Corvo were angry.', 'Corvo', 'patient', 'elect'),
        ('Reyl met Dal and thanked Corvo.', 'Corvo', 'patient', 'thank'),
        ('Veltra Fined Over Safety Failures', 'Veltra', 'patient', 'fine'),
        ('Corvo Snubbed By Party Leaders', 'Corvo', 'patient', 'snub'),
        ('The council voted to censure Corvo.', 'Corvo', 'patient', 'censure'),
        ('Reyl accused Corvo of lying.', 'Corvo', 'patient', 'accuse'),
        ('Corvo was among those the commission grilled.', 'Corvo', None, None),
        ('Reyl is suing her old boss and firm, Ines Corvo and The Ledger, for fraud.', 'Ines Corvo', 'patient', 'sue'),
        ('Reyl hired the treasurer, Corvo said.', 'Corvo', 'agent', 'say'),
        ('Reyl met the new envoy, Corvo, in May.', 'Corvo', 'patient', 'meet'),
        ("Veltra filed a lawsuit Thursday against the firm's former chief, Ines Corvo, accusing her of fraud.",
         'Ines Corvo', 'patient', None),
        ('Reyl got 17 votes; Mr. Corvo, Mr. Dal and Senator Ted Ames led the field.', 'Mr. Corvo', 'agent', 'lead'),
        ('So in the first contest, Corvo could end up a loser.', 'Corvo', None, None),
        ('Corvo could end up winning the race.', 'Corvo', 'agent', None),
        ('In the town, Corvo and his wife focus on reshaping the schools.', 'Corvo', 'agent', 'focus'),
        ("He told Veltra News host Ines Dal on his radio show that he's staying.", 'Veltra News', None, None),
        ('Reyl was sentenced to life, and Corvo and Dal to death.', 'Corvo', 'patient', 'sentence'),
        ('Corvo and Dal host Reyl in Marlow.', 'Corvo', 'agent', 'host'),
        ('Reyl asked whether Corvo would resign.', 'Corvo', 'agent', 'resign'),
        ('Reyl was accused of misleading Veltra.', 'Veltra', 'patient', 'mislead'),
        ('The jailing of Corvo drew protests.', 'Corvo', 'patient', 'jail'),
        ('By firing Corvo, Reyl took a risk.', 'Corvo', 'patient', 'fire'),
        ('After meeting Corvo, Reyl left.', 'Corvo', 'patient', 'meet'),
        ('The voters who elected Corvo were angry.', 'Corvo', 'patient', 'elect'),
        ("Reyl's abandonment of Corvo shocked the party.", 'Reyl', 'agent', 'abandon'),
        ("Reyl's abandonment of Corvo shocked the party.", 'Corvo', 'patient', 'abandon'),
        ("Veltra's acquisition of Dravia closed in May.", 'Dravia', 'patient', None),
        ('Reyl gave Corvo a warning.', 'Corvo', 'patient', 'give'),
        ('Reyl made Corvo an offer.', 'Corvo', 'patient', 'make'),
    ],
)
def test_roles_of_any_verb_in_news_constructions(sentence, name, role, verb):
    got_role, got_verb = _role_of(sentence, name)
    assert got_role == role, (sentence, got_role, got_verb)
    if verb is not None:
        assert got_verb == verb, (sentence, got_verb)


@pytest.mark.parametrize(
    "word, lemma",
    [
        ("cancelled", "cancel"), ("travelled", "travel"), ("labelled", "label"), ("modelled", "model"),
        ("signalled", "signal"), ("expelled", "expel"), ("controlled", "control"), ("patrolled", "patrol"),
        ("admitted", "admit"), ("planned", "plan"), ("called", "call"), ("killed", "kill"), ("spelled", "spell"),
        ("installed", "install"), ("stalled", "stall"), ("passed", "pass"), ("fined", "fine"), ("ruled", "rule"),
        ("jailed", "jail"), ("asked", "ask"), ("fixed", "fix"), ("sets", "set"), ("goes", "go"),
    ],
)
def test_the_lemma_undoes_a_doubled_consonant_only_where_english_doubles_it(word, lemma):
    assert guess_lemma(word) == lemma
    assert guess_verb(word)[2] == lemma


def test_the_ing_form_of_a_doubled_l_verb():
    assert guess_verb("cancelling")[2] == "cancel"
    assert guess_verb("travelling")[2] == "travel"


@pytest.mark.parametrize(
    "noun, verb",
    [
        ("assertions", "assert"), ("cancellation", "cancel"), ("justification", "justify"),
        ("abandonment", "abandon"), ("invasion", "invade"), ("suspension", "suspend"), ("admission", "admit"),
        ("discussion", "discuss"), ("accusation", "accuse"), ("violations", "violate"), ("opposition", "oppose"),
        ("nation", None), ("government", None), ("qualifications", None), ("onion", None), ("moment", None),
    ],
)
def test_a_nominalisation_needs_no_verb_list(noun, verb):
    assert nominal_stem(noun) == verb


def test_a_possessor_of_a_state_noun_has_no_role():
    assert _role_of("Voters trust Corvo's qualifications and experience.", "Corvo") == (None, None)
    assert _role_of("Reyl will closely scrutinize Corvo's financial record.", "Corvo") == (None, None)
    assert _role_of("READ CORVO'S RESIGNATION LETTER TO REYL\nReyl said little.", "Corvo") == (None, None)


def test_the_agent_of_a_passive_is_the_by_phrase_not_the_relative_clause_after_it():
    # a cast that names the group by its bare noun: "island councillors" is a modifier and the noun
    s = "The plan was criticised by island councillors, who accused the company of secrecy."
    result = actors(s, {"Council": ["councillors"]}, quotes=False, sentiment=False)
    assert [(m.text, m.role, m.verb) for m in result.mentions] == [("councillors", "agent", "criticise")]


# Fourth round (the errors of the opened held-out parts 2 and 4): sentences of our own, one per rule.
@pytest.mark.parametrize(
    "sentence, name, role, verb",
    [
        # a speech verb after a comma is inverted only when the clause ends at the name
        ("Reyl, the firm's lawyer, described Corvo as a careful pilot.", 'Corvo', 'patient', 'describe'),
        ('"We will win," said Corvo on Monday.', 'Corvo', 'agent', 'say'),
        ('"We will win," said Corvo, who leads the polls.', 'Corvo', 'agent', 'say'),
        # a name glued by a hyphen to the next word modifies it
        ('The pollster did not test Corvo-Reyl matchups this year.', 'Corvo', None, None),
        ('Corvo-watchers believe she will resign.', 'Corvo', None, None),
        ('Veltra-backed militias attacked the port.', 'Veltra', 'agent', 'back'),
        # a mention that holds its own apposition is the subject after the closing comma
        ('Veltra, a large shipping firm, announced Thursday it would close.', 'Veltra, a large shipping firm',
         'agent', 'announce'),
        ("Dal, Corvo's former aide, described her as tired.", "Dal, Corvo's former aide", 'agent', 'describe'),
        # headlines: two names and a lower-case verb; "X to V" with an adverb
        ('Corvo, Reyl meet amid budget talk', 'Corvo', 'agent', 'meet'),
        ('Ines Corvo, Tom Reyl duke it out in Marlow', 'Ines Corvo', 'agent', None),
        ('Corvo, Veltra president, in town', 'Corvo', None, None),
        ('Veltra Radio: Senator Corvo to \u2018Completely Rethink\u2019 Tax Plan', 'Senator Corvo', 'agent', None),
        # -ance/-ence nominalisations of a known verb
        ("The report noted the response to Corvo's disappearance while travelling.", 'Corvo', 'agent', None),
        ("The panel revoked Corvo's security clearance.", 'Corvo', None, None),
        # a word glued by a hyphen to a title is no verb
        ('The board waits for the new cabinet of Gov.-elect Ines Corvo.', 'Ines Corvo', None, None),
        # the subject of "be under" an action noun undergoes it; an idiom with a bare verb does not
        ('Corvo is under federal investigation and named in two lawsuits.', 'Corvo', 'patient', None),
        ('Corvo was under fire for saying it.', 'Corvo', None, None),
        ('Corvo is under the bridge.', 'Corvo', None, None),
        ('The aide of Corvo is under investigation.', 'Corvo', None, None),
        # a small clause: the object of a verb acts with a bare verb and its complement
        ('Many fans would like to watch Ines Corvo play professional tennis again.', 'Ines Corvo', 'agent', 'play'),
        ('The party gave Corvo support for the plan.', 'Corvo', 'patient', 'give'),
        ('The party gave Corvo support.', 'Corvo', 'patient', 'give'),
        ('The judge let Corvo go.', 'Corvo', 'patient', 'let'),
        # gerunds: a subject before an -ing form read as a noun; an object after a hyphenated -ing form,
        # after "of", or after an -ing form opening the sentence behind a dateline dash
        ('The move avoids the awkwardness of Mr. Corvo jetting around the world asking for money.', 'Mr. Corvo',
         'agent', 'jet'),
        ('Reyl accused the party of slow-walking Ms. Corvo, who would be the first envoy.', 'Ms. Corvo', 'patient',
         'slow-walk'),
        ('MARLOW, Ostria \u2014 Blasting President Ines Corvo for running a campaign of fear, Reyl gave a speech.',
         'Ines Corvo', 'patient', 'blast'),
        # a relative clause between dashes after an object leaves the object a patient
        ('There were efforts by local groups to encourage Corvo -- who has not yet revealed her plans -- to run.',
         'Corvo', 'patient', 'encourage'),
        ('Reyl met Corvo, who leads the polls.', 'Corvo', 'patient', 'meet'),
        # a headline may end in a closing quote
        ("Veltra Radio: Ines Corvo Caught 'Marlow Flu'", 'Ines Corvo', 'agent', 'catch'),
        ("Reyl: 'Corvo Was Compromised With Respect to the Budget'", 'Corvo', 'patient', 'compromise'),
        # an apposition object opened by a capitalised possessor, after a speech verb too
        ("Reyl warned Ostria's president, Ines al-Corvo, not to use the army.", 'Corvo', 'patient', 'warn'),
        ('Reyl told reporters, Corvo said, that the plan failed.', 'Corvo', 'agent', 'say'),
        # an infinitive split by an adverb after a noun
        ('It said the "fake evidence" had "illegal intentions to maliciously frame Ines Corvo".', 'Ines Corvo',
         'patient', 'frame'),
        # a sentence in capitals
        ("CORVO SAYS SHE'LL NOMINATE RETIRED JUDGE GEN.", 'CORVO', 'agent', 'say'),
        ('REYL FIRES CORVO.', 'CORVO', 'patient', 'fire'),
        # a gapped clause after a semicolon whose first verb no reading took
        ('President Reyl takes the liberal view; Ines Corvo the conservative view.', 'Ines Corvo', 'agent', 'take'),
        # a conjunct that is no actor may be a title and a name of five words
        ('[note] President Corvo and Attorney General Tom Reyl have been meeting with activists.', 'President Corvo',
         'agent', 'meet'),
        # a role noun between a name's modifiers and the name; the agent of a passive behind them
        ('The comments made by Marlow Evening News host Ines Corvo, in which she called Reyl a liar.', 'Ines Corvo',
         'agent', 'make'),
        ('Corvo and Dal host Reyl in Marlow.', 'Corvo', 'agent', 'host'),
        # an existential "there is" introduces the mention; a relative clause still gives its role
        ('And then there\u2019s Corvo \u2013 stuck in the middle.', 'Corvo', None, None),
        ('There is Senator Corvo, who won twice.', 'Senator Corvo', 'agent', 'win'),
        # a plural action noun before a modal, modified by names joined by "and"
        ('Video taken at the Reyl and Corvo arrests should allow for the same.', 'Corvo', 'patient', 'arrest'),
        ('Corvo arrests the mayor.', 'Corvo', 'agent', 'arrest'),
        # a possessor before a compound adjective or an -ing modifier acts on nothing
        ("Staff will be paid in addition to Veltra's long-standing, store-level bonus program.", 'Veltra', None, None),
        ("Corvo's polling numbers fell.", 'Corvo', None, None),
        ("Teddy's fumbling cost the team.", 'Teddy', 'agent', 'fumble'),
        # a demonstrative pronoun ends a fronted phrase
        ('By this Corvo is referring to talks with Reyl.', 'Corvo', 'agent', 'refer'),
        ('The attack on the Corvo office failed.', 'Corvo', None, None),
    ],
)
def test_fourth_round_rules(sentence, name, role, verb):
    got_role, got_verb = _role_of(sentence, name)
    assert got_role == role, (sentence, got_role, got_verb)
    if verb is not None:
        assert got_verb == verb, (sentence, got_verb)


@pytest.mark.parametrize(
    "noun, verb",
    [("disappearance", "disappear"), ("performances", "perform"), ("resistance", "resist"), ("balance", None),
     ("evidence", None), ("conference", None), ("clearance", None)],
)
def test_ance_and_ence_nouns_only_from_a_known_verb(noun, verb):
    assert nominal_stem(noun) == verb
