"""Speaker resolution and anonymous sources: one test per error cause found on PolNeAR dev and in a
human coding of the teaching texts. Every passage is written for the tests, about fictional people,
places and outlets."""

import pytest

from framing.quotes import quotes
from framing.scholar.toolkit import sentence_codes

pytestmark = pytest.mark.timeout(60)


def _by_text(result, start_of_quote):
    return next(q for q in result.quotes if q.text.startswith(start_of_quote))


def test_he_resolves_to_a_surname_subject_after_an_introductory_phrase_and_cited_with_according_to():
    # "According to Ostrow" once made the surname a place; "In an interview ..., Ostrow made" was no subject.
    text = (
        "Retired Gen. Viktor Ostrow is speaking out ahead of the election, and he believes nominee Anton "
        "Brisk has the better plan.\n\n"
        "In an interview with the host of Pelk Morning, Ostrow made it clear he had misgivings.\n\n"
        "\u201cIt was demoralizing to serve under this government,\u201d he told the host.\n\n"
        "According to Ostrow, the ministry replaced three commanders in a year."
    )
    q = _by_text(quotes(text), "It was demoralizing")
    assert q.speaker == "Viktor Ostrow" and q.source_type == "named_person"


def test_he_resolves_to_a_surname_subject_past_an_adverb_or_an_apposition():
    text = (
        "\u201cThe outreach came late,\u201d said Corin Vell, a county organiser.\n\n"
        "Two voters, Ilse Marrow and Tobias Brannock, watched the rally from the back.\n\n"
        "Brannock largely agreed with Marrow about the campaign.\n\n"
        "\u201cA lot of it comes across as pandering,\u201d he said."
    )
    assert _by_text(quotes(text), "A lot of it").speaker == "Tobias Brannock"
    text = (
        "\u201cHe should apologise,\u201d said Corin Vell, a former campaign adviser.\n\n"
        "Dean Harrow appeared on the morning show with the host. Harrow, a medical doctor, then defended "
        "the remark.\n\n"
        "\u201cI stand by every word,\u201d he said."
    )
    assert _by_text(quotes(text), "I stand by").speaker == "Dean Harrow"


def test_she_resolves_to_a_name_with_a_known_first_name_met_only_once():
    text = (
        "\u201cWe have not been told anything,\u201d said Ilse Marrow, a shop owner.\n\n"
        "During a town hall in Pelk, Karen Ostervald had a question for the minister.\n\n"
        "\u201cMy son served two tours. Who answers for him?\u201d she said."
    )
    assert _by_text(quotes(text), "My son served").speaker == "Karen Ostervald"


def test_a_journalist_named_after_the_outlet_is_the_antecedent_of_he():
    text = (
        "\u201cPeople know who she is,\u201d said Anton Brisk, a party strategist.\n\n"
        "Debates rarely move the numbers, noted Harbour Radio\u2019s Pavel Orskin.\n\n"
        "\u201cMost voters have made up their minds by October,\u201d he wrote."
    )
    result = quotes(text)
    noted = next(q for q in result.quotes if q.cue == "noted")
    assert noted.speaker == "Pavel Orskin" and noted.source_type == "media"
    assert _by_text(result, "Most voters").speaker == "Pavel Orskin"


def test_a_place_named_north_something_is_never_the_antecedent_of_he():
    text = (
        "Vallia tested a missile on Friday. President Anton Brisk condemned the launch by North Vallia "
        "in a statement.\n\n"
        "\u201cNo one will accept North Vallia as a nuclear state,\u201d he said."
    )
    assert _by_text(quotes(text), "No one will accept").speaker == "Anton Brisk"


@pytest.mark.parametrize(
    "sentence",
    [
        "But in a crisis that began with a killing that neither side has fully explained, the calm may not hold.",
        "The suspects were arrested on Friday. The statement did not name them or say whether they had lawyers.",
    ],
)
def test_negated_cues_credit_no_anonymous_source(sentence):
    result = quotes(sentence)
    assert not any(q.source_type == "anonymous" for q in result.quotes)
    codes = sentence_codes(sentence, [(0, len(sentence))], ["sentence.anonymous_source"])
    assert codes["sentence.anonymous_source"].tolist() == [0]


def test_a_clause_read_as_a_subject_is_no_invented_anonymous_source():
    text = "Ceasefire talks collapsed in May, which suggests the truce will not last the winter."
    assert not any(q.source_type == "anonymous" for q in quotes(text).quotes)


def test_an_unnamed_body_before_a_relative_clause_is_the_speaker():
    text = (
        "A local aid group that runs a clinic near Brask said about 3,000 people had left the border "
        "villages. Some families were returning on Monday, the group said."
    )
    result = quotes(text)
    first, second = result.quotes[:2]
    assert first.speaker_text == "A local aid group that runs a clinic near Brask"
    assert first.source_type == "unnamed_group"
    assert second.speaker == first.speaker and second.source_type == "unnamed_group"
    units = [(0, text.index(" Some")), (text.index("Some"), len(text))]
    assert sentence_codes(text, units, ["sentence.anonymous_source"])["sentence.anonymous_source"].tolist() == [1, 1]


def test_a_subject_past_a_comma_relative_clause_and_stated_anonymity():
    text = (
        "A second official, who also spoke on condition of anonymity, disputed that account and said the "
        "minister had listened to every view."
    )
    q = quotes(text).quotes[0]
    assert q.speaker_text == "A second official" and q.source_type == "anonymous"
    text = (
        "Two Vallian officials told the Pelk Courier that the strike had been approved. The officials, who "
        "spoke on condition of anonymity because the decision had not been announced, did not say when it "
        "would take place."
    )
    second = (text.index("The officials"), len(text))
    codes = sentence_codes(text, [(0, second[0] - 1), second], ["sentence.anonymous_source"])
    assert codes["sentence.anonymous_source"].tolist() == [1, 1]


def test_a_named_general_is_not_anonymous():
    text = (
        "Gen. Teodor Vashen, commander of the Guard Corps, said the operation had been \u201ca complete "
        "success.\u201d \u201cOur forces returned safely,\u201d Gen. Vashen said."
    )
    result = quotes(text)
    assert result.quotes and all(q.source_type == "named_person" for q in result.quotes if q.speaker)
    codes = sentence_codes(text, [(0, len(text))], ["sentence.anonymous_source"])
    assert codes["sentence.anonymous_source"].tolist() == [0]


def test_the_subject_ends_before_a_dash_aside_and_a_trailing_pronoun_is_the_subject():
    text = (
        "Mark Ellery, the chief executive of Ora Media -- the production company that owns the show, which "
        "is also streamed online -- told me, ''We are a content provider.''"
    )
    q = quotes(text).quotes[0]
    assert q.speaker == "Mark Ellery" and q.cue == "told"
    text = "The ministry \u2014 which had denied it for weeks \u2014 said the deal was done."
    assert quotes(text).quotes[0].speaker_text == "The ministry"
    text = (
        "My aunt Mary Ferrant has softened with age, but even now at 86 she still says things such as, "
        "\u201cNot everyone is meant to lead.\u201d"
    )
    q = quotes(text).quotes[0]
    assert q.speaker_text == "she" and q.speaker == "Mary Ferrant"


def test_progressive_naming_and_noting_cues_credit_a_quoted_label():
    text = "The mayor, Marta Velk, is calling the harbour plan \u201ca betrayal of the valley.\u201d"
    q = next(q for q in quotes(text).quotes if "betrayal" in q.text)
    assert q.speaker == "Marta Velk" and q.cue == "calling"
    text = "\u201cThe numbers do not add up,\u201d Anton Brisk wrote, noting that the port had lost money."
    assert any(q.cue == "noting" and q.speaker == "Anton Brisk" for q in quotes(text).quotes)


def test_going_on_to_say_inherits_the_speaker_and_a_leading_adverb_is_no_part_of_a_name():
    text = (
        "\u201cThe inquiry is a farce,\u201d Kessler said, going on to say that the council had spent "
        "\u201cten years\u201d ignoring the port. Later Kessler went on to say that he would stand again."
    )
    result = quotes(text)
    going = [q for q in result.quotes if q.cue == "going on to say"]
    went = next(q for q in result.quotes if q.cue == "went on to say")
    assert going and all(q.speaker == "Kessler" for q in going)
    assert went.speaker_text == "Kessler" and went.speaker == "Kessler"


def test_a_name_mentioned_inside_the_quote_is_not_the_antecedent_of_he():
    text = (
        "Daniel Brisk, the party chairman, spoke to reporters on Friday.\n\n"
        "\u201cWhile Mark Vell will likely be defeated, these people are not going away,\u201d he said."
    )
    assert quotes(text).quotes[0].speaker == "Daniel Brisk"


def test_the_council_never_resolves_to_an_unnamed_group_met_before():
    text = (
        "A local aid group said 3,000 people had fled. The Council of Nations met on Monday.\n\n"
        "If the Council had insisted then on sending monitors to the border, we would not be counting the dead."
    )
    sentence = (text.index("If the"), len(text))
    codes = sentence_codes(text, [sentence], ["sentence.anonymous_source"])
    assert codes["sentence.anonymous_source"].tolist() == [0]


# Causes fixed after the hand check of PolNeAR train and dev speaker errors (fourth round).


def test_a_participle_takes_the_subject_of_the_main_clause():
    # "went", "took" are irregular past tenses; the participle's subject is the main clause's subject.
    text = (
        "Marek Voss went fully on the attack, saying, \u201cThe minister should resign tonight.\u201d\n\n"
        "Talia Brandt took a risk by mocking the harbour board, telling the crowd, \u201cThey never listen.\u201d"
    )
    result = quotes(text)
    assert _by_text(result, "The minister should").speaker == "Marek Voss"
    assert _by_text(result, "They never listen").speaker == "Talia Brandt"


def test_a_participle_after_a_relative_clause_is_not_credited_to_the_relative_clause():
    text = (
        "Dana Pell, a former harbour board chair, poked at the mayor's budget during the debate, "
        "writing, \u201cNotice how the numbers keep moving.\u201d"
    )
    q = _by_text(quotes(text), "Notice how")
    assert q.speaker == "Dana Pell"


def test_an_ing_cue_after_a_message_noun_or_before_a_colon_needs_no_comma():
    text = (
        "The Lunmoor Tenants Union issued a statement saying it would \u201cfight every eviction.\u201d\n\n"
        "The senator emailed supporters saying: \u201cThe struggle continues.\u201d"
    )
    result = quotes(text)
    assert _by_text(result, "fight every").speaker == "The Lunmoor Tenants Union"
    assert _by_text(result, "The struggle").speaker_text == "The senator"
    # and a noun in -ing is still no cue
    assert not [q for q in quotes("It was a travel warning for the coast.").quotes]


def test_an_inverted_speaker_with_an_apposition_ends_the_clause():
    # "..., said Katie Harbath, Facebook's director." credited the clause to itself and quoted the name.
    text = (
        "The new budget is made possible by higher port fees, said Mira Okafor, the harbour board's finance "
        "director. Others are \u201chaving to be leaner,\u201d she said."
    )
    result = quotes(text)
    clause = next(q for q in result.quotes if q.kind == "indirect" and q.speaker_text == "Mira Okafor")
    assert clause.text == "The new budget is made possible by higher port fees"
    assert _by_text(result, "having to be leaner").speaker == "Mira Okafor"


def test_a_name_opening_its_sentence_and_a_name_met_once_are_antecedents_of_she():
    # "Tina Houchins had a question": a first name not in the list, a surname never met alone.
    text = (
        "During a town hall in Pelk, Orsolya Vantreight had a question for the governor.\n\n"
        "\u201cMy son served two tours, and I want an answer,\u201d she said."
    )
    q = _by_text(quotes(text), "My son served")
    assert q.speaker == "Orsolya Vantreight" and q.source_type == "named_person"


def test_a_name_followed_by_as_is_no_subject_and_no_antecedent():
    # "to replace Thomas Eagleton as George McGovern's running mate": "as" is no verb.
    text = (
        "Anton Fell said the party once voted to replace Pieter Marsh as its nominee.\n\n"
        "\u201cIt was a different time,\u201d he said."
    )
    assert _by_text(quotes(text), "It was a different").speaker == "Anton Fell"


def test_a_name_inside_a_reported_clause_is_no_antecedent():
    text = (
        "Anton Fell said on Tuesday that Pieter Marsh was a lightweight while Jonas Krell is a liar.\n\n"
        "However, \u201cI would still debate them,\u201d he said."
    )
    assert _by_text(quotes(text), "I would still").speaker == "Anton Fell"


def test_she_refers_back_to_one_unnamed_person_quoted_before():
    text = (
        "Mayor Ilse Varga spoke at the opening on Monday.\n\n"
        "\u201cThey came in and said we should leave,\u201d said the cashier, who did not want to be named "
        "because of the dispute.\n\n"
        "\u201cToo much anger,\u201d she said."
    )
    q = _by_text(quotes(text), "Too much anger")
    assert q.speaker == "the cashier" and q.source_type == "anonymous"


def test_leading_words_are_no_part_of_a_name_and_i_is_the_writer():
    text = (
        "The council met on Monday. Former Obrecht aide Jonas Krell spoke first.\n\n"
        "\u201cNobody answered,\u201d he said.\n\n"
        "\u201cThe council never answers,\u201d I wrote in my notes that night."
    )
    result = quotes(text)
    assert _by_text(result, "Nobody answered").speaker == "Jonas Krell"
    q = _by_text(result, "The council never")
    assert q.speaker == "I" and q.source_type != "anonymous"


def test_then_says_takes_the_subject_of_the_first_verb():
    text = "Kasimir Holt jokingly offered the man a job as Minister of Ports, then says he will take advice."
    q = next(q for q in quotes(text).quotes if q.kind == "indirect")
    assert q.speaker_text == "Kasimir Holt"


def test_a_direct_quote_after_a_colon_is_credited_to_the_label_or_a_source_subject():
    text = (
        "Jorun Vell: \u201cThe harbour board has never published its accounts.\u201d\n\n"
        "A spokesman for the mayor could only quip: \u201cI guess the meeting was booked.\u201d\n\n"
        "The rules are simple: \u201cNo dogs on the pier.\u201d"
    )
    first = quotes(text.split("\n\n")[-1]).quotes[0]
    assert first.speaker is None  # "the rules" are no source
    result = quotes(text)
    assert _by_text(result, "The harbour board").speaker == "Jorun Vell"
    spokesman = _by_text(result, "I guess the meeting")
    assert spokesman.speaker_text == "A spokesman for the mayor"


def test_an_age_and_a_place_between_commas_do_not_replace_the_name():
    text = (
        "Jonna Brisk Halloran, 59, of Pelk, Vr., who watched the ceremony on a screen by the harbour, "
        "said the event brought back memories of her father."
    )
    q = next(q for q in quotes(text).quotes if q.kind == "indirect")
    assert q.speaker == "Jonna Brisk Halloran" and q.source_type == "named_person"


def test_a_participle_right_after_a_name_takes_that_name():
    text = (
        "The new advertisement uses footage of Ilse Varga asking, \u201cWhy are we not ahead?\u201d\n\n"
        "Sen. Jon Reyes calling the plan a \u201charbour tax\u201d did not help.\n\n"
        "Marek Voss was defensive about an engineer who said he was never paid, saying, "
        "\u201cMaybe he did a poor job.\u201d"
    )
    result = quotes(text)
    assert _by_text(result, "Why are we").speaker == "Ilse Varga"
    assert _by_text(result, "harbour tax").speaker == "Jon Reyes"
    assert _by_text(result, "Maybe he did").speaker == "Marek Voss"


def test_shot_back_credits_the_quote_it_follows():
    text = (
        "\u201cLook at all these harbour workers here,\u201d Sandra Lenk said with a smirk.\n\n"
        "\u201cThey are all here because he is promising them free ferries,\u201d Ola Bennet shot back with a laugh."
    )
    q = _by_text(quotes(text), "They are all here")
    assert q.speaker == "Ola Bennet" and q.cue == "shot back"


def test_the_main_subject_follows_an_introductory_phrase():
    text = (
        "With party leaders worried about turnout among young voters, President Anna Lisk is rolling out a new "
        "and more personal message: \u201cThis is about me.\u201d"
    )
    q = _by_text(quotes(text), "This is about me")
    assert q.speaker == "Anna Lisk"


def test_a_plural_noun_spelt_like_a_cue_verb_is_no_cue():
    # "states would become" is the noun: once the clause before it became the speaker of the next quote.
    text = (
        "Rep. Tom Barlow has a plan. If the ministry gave money to towns and then to the regions, "
        "states unnecessarily would become middle men, Barlow said.\n\n"
        "\u201cThat would take more money away from the classroom,\u201d he said."
    )
    result = quotes(text)
    assert all(q.cue != "states" for q in result.quotes)
    assert _by_text(result, "That would take").speaker == "Tom Barlow"
    # the verb with a gap before a modal stays a cue: "which the institute estimates would cost"
    verb = quotes("The plan, which the Pelk Institute estimates would cost $2 billion, passed.")
    assert any(q.cue == "estimates" for q in verb.quotes)


def test_a_name_opening_the_subject_wins_over_a_place_closing_its_apposition():
    # "Dan Roe, who lives outside the capital, Pelk, said": the place closing the description was the speaker.
    text = (
        "Dan Roe, who lives in a hamlet outside the capital, Pelk, said he still "
        "\u201cprays that Brisk wins.\u201d\n\n"
        "Harry Vont, 30, of Ostrava, N.M., who was among those polled, said, \u201cBoth parties failed us.\u201d\n\n"
        "Dean Morrow, a 55-year-old salesman from Sumter, South Carolina, says Brisk will \u201cwin big.\u201d\n\n"
        "The group\u2019s spokesman, Yusuf Arran, said, \u201cWe are ready.\u201d"
    )
    result = quotes(text)
    assert _by_text(result, "prays that").speaker == "Dan Roe"
    assert _by_text(result, "Both parties").speaker == "Harry Vont"
    assert _by_text(result, "win big").speaker == "Dean Morrow"
    assert _by_text(result, "We are ready").speaker == "Yusuf Arran"  # an apposed name after a description


def test_it_resolves_to_a_document_that_spoke_or_was_the_subject_before():
    # "it" once skipped documents: it went to an organisation named earlier, or stayed unresolved.
    spoke = (
        "The board of the Pelk Fund met on Monday. The staff letter noted that surveys "
        "\u201cfor two years running\u201d showed a crisis.\n\n"
        "\u201cOnly one in three understand where the team is leading us,\u201d it added."
    )
    q = _by_text(quotes(spoke), "Only one in three")
    assert q.speaker == "The staff letter"
    subject = (
        "The ministry of Pelk said on Monday it would review the case.\n\n"
        "The email, released by the Pelk Watch group, was sent at 7:19 p.m. by the deputy minister.\n\n"
        "\u201cI just tried you on the phone,\u201d it reads."
    )
    q = _by_text(quotes(subject), "I just tried")
    assert q.speaker == "The email" and q.source_type == "document"
    # an organisation that spoke after the document is still the nearer antecedent
    org = (
        "The email was sent on Monday. The ministry of Pelk said it would review the case.\n\n"
        "\u201cWe take this seriously,\u201d it said."
    )
    assert _by_text(quotes(org), "We take this").speaker == "The ministry of Pelk"


def test_a_surname_of_an_institution_resolves_to_the_person_and_keeps_he():
    # "said Mr. Varga of the Tax Policy Center" was typed an organisation, so a later "he" skipped him.
    text = (
        "Leonard Varga directs the Tax Policy Center. Senator Tom Whitby has proposed a carbon tax.\n\n"
        "\u201cThere is no way we can keep the promises we have made,\u201d said Mr. Varga of the Tax Policy "
        "Center.\n\n"
        "Sooner or later, \u201cI think we will have a consumption tax,\u201d he said."
    )
    result = quotes(text)
    first = _by_text(result, "There is no way")
    assert first.speaker == "Leonard Varga" and first.source_type == "named_person"
    assert _by_text(result, "I think we will").speaker == "Leonard Varga"


def test_a_phrase_between_the_quote_and_an_inverted_cue_is_not_the_speaker():
    # '"..." for Brisk, said Kunin': the phrase the quote runs into was read as the subject of "said".
    text = (
        "\u201cThis will be a challenge\u201d for Brisk, said Kunin.\n\n"
        "\u201cWe are extremely happy\u201d about the decision, said Rosa Delmar, executive director of the "
        "Pelk Nurses Union.\n\n"
        "Brisk \u201cdrew quite well from working-class voters\u201d in the 2008 primary, said Pelk State "
        "University professor Paul Vance. \u201cThat was more her constituency than his.\u201d"
    )
    result = quotes(text)
    assert _by_text(result, "This will be").speaker == "Kunin"
    assert _by_text(result, "We are extremely").speaker == "Rosa Delmar"
    assert _by_text(result, "drew quite well").speaker == "Paul Vance"
    assert _by_text(result, "That was more").speaker == "Paul Vance"


def test_a_state_named_by_its_capitalised_office_speaks_as_a_state_not_a_person():
    # "Valdora's Supreme Leader" makes Valdora a state; "Varga's State Department" does not make Varga one
    text = ("Valdora's Supreme Leader spoke at the funeral on Monday. Hours later, Valdora announced that "
            "the envoy had been recalled. Varga's State Department tenure drew fire. "
            "\"We did our best,\" Varga said.")
    found = {q.speaker: q.source_type for q in quotes(text).quotes}
    assert found["Valdora"] == "named_organisation"
    assert found["Varga"] == "named_person"


def test_according_to_a_source_with_a_long_relative_clause_is_still_an_anonymous_attribution():
    text = ("The ferry company has not ruled out further cuts, according to two managers who asked not to be "
            "named because they were not authorised to speak to reporters.")
    found = [(q.kind, q.speaker, q.source_type) for q in quotes(text).quotes]
    assert found == [("indirect", "two managers", "anonymous")]


# --- round 6 (PolNeAR train and dev, and a test article of ours) ---


def test_an_occupation_in_lower_case_before_an_inverted_name_is_part_of_the_speaker():
    # '"...," said nurse Teodor Saks.': the lower-case occupation made the subject unreadable, so the quote
    # went to the previous speaker
    text = (
        "\u201cWe will rebuild the pier,\u201d said Mayor Ana Ruiz. "
        "\u201cThe ward was full all night,\u201d said nurse Teodor Saks. "
        "\u201cNobody slept,\u201d said retired ferry pilot Hugo Brandt."
    )
    result = quotes(text)
    assert _by_text(result, "We will rebuild").speaker == "Ana Ruiz"
    assert _by_text(result, "The ward was full").speaker == "Teodor Saks"
    assert _by_text(result, "Nobody slept").speaker == "Hugo Brandt"
    # after a possessive: "added his campaign manager Jeff Weaver"
    q = _by_text(quotes("\u201cWe will win,\u201d added his campaign manager Hugo Brandt, speaking to Pelk Radio."),
                 "We will win")
    assert q.speaker == "Hugo Brandt"
    # no description, no name: "said goodbye to Ana Ruiz" credits nobody after the cue
    said_to = quotes("\u201cSee you soon,\u201d said sadly to Ana Ruiz.").quotes[0]
    assert said_to.speaker != "Ana Ruiz"


def test_who_after_a_clause_refers_to_its_object_not_to_the_whole_clause():
    # "The plan was criticised by island councillors, who accused ...": the speaker was the whole clause
    result = quotes("The plan was criticised by island councillors, who accused the ministry of ignoring the harbour.")
    (q,) = result.quotes
    assert q.speaker == "island councillors" and q.cue == "accused"
    result = quotes("Ana Ruiz met the mayor of Tesk, who said the pier would reopen in May.")
    assert result.quotes[0].speaker == "the mayor of Tesk"
    # "who" stands for people: "a focal point for demonstrators, who ... and called for" -> the demonstrators
    result = quotes("The video has become a focal point for demonstrators here, who have marched on the harbour "
                    "and called for the footage to be released.")
    assert result.quotes[0].speaker == "demonstrators here"
    # an apposition before "who" is unchanged
    result = quotes("The mayor of Tesk, who spoke on Monday, said the pier would reopen.")
    assert result.quotes[0].speaker == "The mayor of Tesk"


def test_a_possessed_noun_ending_like_a_verb_stays_in_the_subject():
    # "Trump and his aides have ..., telling": "aides" ends in -es and was read as the verb
    text = "Brisk and his aides have also had choice words for the hosts, telling a radio station that \u201cthe " \
           "debate was rigged.\u201d"
    q = next(q for q in quotes(text).quotes if q.kind == "indirect")
    assert q.speaker == "Brisk and his aides"


def test_a_pronoun_contracted_with_its_auxiliary_resolves_like_the_pronoun():
    text = ("Anton Brisk spoke in Pelk on Friday. He\u2019s claiming that the ferry fares are \u201ca scandal.\u201d "
            "In Tesk, he's saying the harbour board must go.")
    found = [(q.speaker_text, q.speaker) for q in quotes(text).quotes if q.kind == "indirect"]
    assert found == [("He", "Anton Brisk"), ("he", "Anton Brisk")]


def test_the_same_document_speaking_again_is_not_resolved_to_a_body_named_between():
    text = ("\u201cFerries ran late on most days,\u201d the report says. The levy was imposed by the Harbour "
            "League, which contended that the operator had cut corners. The report says the fines were too low. "
            "It also points out that no ferry was inspected in May.")
    found = [(q.speaker_text, q.speaker, q.source_type) for q in quotes(text).quotes]
    assert ("the report", "the report", "document") in found
    assert ("The report", "The report", "document") in found
    assert ("It", "The report", "document") in found
    assert ("the Harbour League", "the Harbour League", "named_organisation") in found


def test_a_name_after_a_body_and_a_title_opening_its_sentence_is_an_antecedent():
    # "House Speaker Paul Ryan, R-Wis., despite admitting ...": the body word kept the name from registering
    text = (
        "\u201cThe levy will be repealed,\u201d Council Leader Mira Tallis said on Tuesday.\n\n"
        "House Speaker Oren Vask, despite admitting that he had concerns, backed the repeal and he does "
        "believe Tallis is right.\n\n"
        "\u201cI do think the votes are there,\u201d he said."
    )
    assert _by_text(quotes(text), "I do think").speaker == "Oren Vask"


def test_he_after_a_bare_surname_shared_by_a_woman_and_a_man_goes_to_the_man():
    # '"...," Clinton said. "...," he said.' with Hillary and Bill Clinton named before
    text = (
        "Former governor Piet Marlow campaigned in Tesk on Monday for his wife Anna Marlow.\n\n"
        "At a rally, the former governor said the fares were too high.\n\n"
        "\u201cThe ferries are a disgrace,\u201d Marlow said.\n\n"
        "\u201cIt is the worst service in the region,\u201d he said."
    )
    result = quotes(text)
    assert _by_text(result, "It is the worst").speaker == "Piet Marlow"
    # a full name is no bare surname: "she" keeps the woman
    text2 = text.replace("Marlow said", "Anna Marlow said").replace("he said", "she said")
    assert _by_text(quotes(text2), "It is the worst").speaker == "Anna Marlow"


def test_a_quote_after_a_naming_cue_continues_its_speaker():
    # 'X called him a master of ... "He showed ..."': no cue of its own, the quote was left uncredited
    text = ("His former partner at the yard, Lena Vos, called him a master of impossible deals. "
            "\u201cHe showed again and again an ability to close deals nobody else could.\u201d")
    q = _by_text(quotes(text), "He showed again")
    assert q.speaker == "Lena Vos" and q.cue is None
    # a naming cue inside another attribution's clause is no new speaker for the quote after it
    text = ("“They are spending millions against me,” Ada Marr said, referencing a harbour fund called "
            "Pier45 run by two shipowners. “So they think I will do what I say.”")
    assert _by_text(quotes(text), "So they think").speaker == "Ada Marr"


def test_a_capitalised_said_opening_a_sentence_before_a_name_is_a_cue():
    text = ("Officials called it a failure of the inspectors. "
            "Said Ruiz, \u201cThe thought that our error let this happen is very painful to us.\u201d "
            "Says Hugo Brandt: \u201cWe will rebuild.\u201d\n\n"
            "If Brisk Says It, It Is True")
    result = quotes(text)
    assert _by_text(result, "The thought that").speaker == "Ruiz"
    assert _by_text(result, "We will rebuild").speaker == "Hugo Brandt"
    assert not any(q.cue == "Says" and q.speaker == "Brisk" for q in result.quotes)  # a headline, not a cue


def test_a_cue_less_quote_after_a_sentence_about_a_named_person_is_that_persons():
    # 'Sanders, who lost ..., identified ... as one of the reasons. "The younger people are ..."': the quote
    # went to the speaker of the paragraph before
    text = (
        "\u201cWe will win,\u201d Mayor Hugo Brandt said on Sunday.\n\n"
        "On \u201cPelk Today,\u201d Sen. Ada Marr (Vt.), who lost the primary to Brandt, identified fatigue as one "
        "of the reasons voters stayed home. \u201cThe young are tired of the ferries.\u201d\n\n"
        "Pelk University's Dora Lind agreed. \u201cThe harbour vote is lost.\u201d"
    )
    result = quotes(text)
    assert _by_text(result, "The young are tired").speaker == "Ada Marr"
    assert _by_text(result, "The harbour vote").speaker == "Dora Lind"
    # the previous speaker's own sentence keeps the continuation
    text = ("\u201cWe will win,\u201d Mayor Hugo Brandt said. Ada Marr disagreed strongly on Monday.\n\n"
            "\u201cThe ferries will run,\u201d Brandt said. \u201cEvery day.\u201d")
    assert _by_text(quotes(text), "Every day").speaker == "Hugo Brandt"


def test_a_name_after_a_dash_closing_the_paragraph_signs_every_quote_in_it():
    text = ("\u201cNo ferry pilot wants a boss who insults his grandmother.\u201d And that is all he has, \u201cthe "
            "root of all evil.\u201d \u2015 Lena Vos\n"
            "\u201cHe is no leader.\u201d \u2015 Hugo Brandt")
    result = quotes(text)
    assert _by_text(result, "No ferry pilot").speaker == "Lena Vos"
    assert _by_text(result, "He is no leader").speaker == "Hugo Brandt"


def test_a_cue_after_a_subordinator_following_a_quote_is_not_the_quotes():
    # '"That makes me smart," when Clinton blasted him': the quote went to the subject of "blasted"
    text = ("The spot ends with footage of Brisk saying during the debate, \u201cThat makes me smart,\u201d when "
            "Marr blasted him for not paying tax.")
    q = _by_text(quotes(text), "That makes me smart")
    assert q.speaker == "Brisk" and q.cue == "saying"
    # "as" still introduces an attribution
    q = _by_text(quotes("\u201cThe pier is finished,\u201d as one official said."), "The pier")
    assert q.speaker == "one official"


def test_it_resolves_to_a_body_that_was_the_subject_of_the_sentence_before():
    # "Donald Trump's campaign is defending ... It's denouncing what it calls '...'": "it" went to an ad
    text = ("A memorable ad in 2008 said the mayor would fail. \u201cIt is 3 a.m.,\u201d it said.\n\n"
            "Anton Brisk\u2019s campaign is defending his early posts about the mayor. It\u2019s denouncing what it "
            "calls \u201cthe biggest media attack in history.\u201d")
    q = _by_text(quotes(text), "the biggest media attack")
    assert q.speaker == "Anton Brisk\u2019s campaign" and q.source_type == "named_organisation"


def test_quoted_words_the_sentence_ties_to_a_speaker_without_a_speech_verb():
    result = quotes(
        "Ada Marr spoke in Pelk on Monday. Marr\u2019s \u201cno surrender\u201d remark drew fire from the unions. "
        "In Marr\u2019s words, \u201cthe ferries are finished.\u201d Hugo Brandt has used the phrase \u201charbour "
        "theft\u201d twice. The levy is, in the words of Lena Vos, \u201cplain theft.\u201d"
    )
    assert _by_text(result, "no surrender").speaker == "Marr"
    assert _by_text(result, "the ferries are finished").speaker == "Marr"
    assert _by_text(result, "harbour theft").speaker == "Hugo Brandt"
    assert _by_text(result, "plain theft").speaker == "Lena Vos"
    # scare quotes with no source stay uncredited
    result = quotes("The \u201charbour theft\u201d slogan is everywhere. "
                    "The mayor\u2019s \u201creform\u201d plan failed.")
    assert all(q.speaker is None and q.source_type == "unattributed" for q in result.quotes)


def test_a_label_closing_the_paragraph_with_a_colon_credits_the_quote_below():
    # 'Donald Trump issued the following statement:' then the quote in the next paragraph, with no cue verb
    text = ("The mayor spoke first. Council Leader Mira Tallis issued the following statement:\n\n"
            "\u201cOur prayers are with all those affected.\u201d\n\n"
            "The ferry timetable for the week was as follows:\n\n"
            "\u201cMonday: closed.\u201d")
    result = quotes(text)
    assert _by_text(result, "Our prayers").speaker == "Mira Tallis"
    assert _by_text(result, "Monday: closed").speaker is None  # no speaker in "The ferry timetable ..."


def test_a_colon_label_of_a_name_and_a_time_credits_the_name():
    result = quotes("The plan is old. Brisk in December 1992: \u201cOur new direction must rest on skills.\u201d "
                    "Ana Ruiz, on Monday: \u201cWe will rebuild.\u201d")
    assert _by_text(result, "Our new direction").speaker == "Brisk"
    assert _by_text(result, "We will rebuild").speaker == "Ana Ruiz"


def test_a_signature_line_below_a_quote_credits_it():
    text = '"Great speech. She is ready. She never quits."\n\n-Mayor Ana Ruiz\n\nThe crowd cheered.'
    q = _by_text(quotes(text), "Great speech")
    assert q.speaker == "Ana Ruiz" and q.cue is None
    # a dash line that is no name credits nobody
    text = '"Great speech."\n\n- see below\n\nThe crowd cheered.'
    assert _by_text(quotes(text), "Great speech").speaker is None


def test_an_inverted_name_before_a_long_of_phrase_is_the_speaker():
    # '"...," said Stephen Vladeck of the University of Texas School of Law.': too long to read as a subject
    text = ("That is the consensus of experts in harbour law. \u201cIt would have been a long shot to charge the "
            "mayor,\u201d said Hugo J. Brandt of the University of Pelk School of Law. \u201cI do not think so.\u201d")
    result = quotes(text)
    assert _by_text(result, "It would have been").speaker == "Hugo J. Brandt"
    assert _by_text(result, "I do not think so").speaker == "Hugo J. Brandt"


def test_a_sentence_does_not_end_inside_a_party_tag():
    # "Sen. Ted Cruz (R-Tex.), a candidate, tweeted a warning.": the splitter ends a sentence at "Tex." and the
    # subject was lost
    text = ('Sen. Ada Marr (R-Pel.), a candidate who has made ferries a centerpiece, tweeted a warning. '
            '"Pelk: Remember in November."\n\n'
            'Sen. Hugo Brandt (D-Tes.), noting the size of the crowd, said, "Let me tell you, he has a list."')
    result = quotes(text)
    assert _by_text(result, "Pelk: Remember").speaker == "Ada Marr"
    assert _by_text(result, "Let me tell you").speaker == "Hugo Brandt"


def test_agreed_credits_a_quote_and_a_that_clause_but_not_an_agreement_to_act():
    text = ("\u201cOur ideas of success are different,\u201d agrees Lena Vos, 30, of Tesk. "
            "The council agreed to pay the fine. Ana Ruiz agreed that the levy was too high.")
    found = {(q.kind, q.speaker) for q in quotes(text).quotes}
    assert found == {("direct", "Lena Vos"), ("indirect", "Ana Ruiz")}


@pytest.mark.timeout(60)
def test_the_round_six_rules_stay_linear_on_a_long_repetitive_text():
    # namesakes, signatures, labels, party tags and "agreed", repeated: every block is credited as one alone
    unit = ("Former governor Piet Marlow campaigned for his wife Anna Marlow. At a rally, the former governor said "
            "fares were high.\n\n\u201cThe ferries are a disgrace,\u201d Marlow said.\n\n\u201cIt is the worst,\u201d "
            "he said. \u201cNo.\u201d \u2015 Lena Vos\n\n\u201cEnough.\u201d\n\n-Hugo Brandt\n\nIn Marr\u2019s words, "
            "\u201cfinished.\u201d Sen. Ada Marr (R-Pel.), a candidate, agreed. \u201cYes.\u201d\n\n")
    alone = [(q.text, q.speaker) for q in quotes(unit).quotes]
    many = quotes(unit * 1000).quotes
    assert len(many) == 1000 * len(alone)
    assert [(q.text, q.speaker) for q in many[: len(alone)]] == alone
    last = dict((q.text, q.speaker) for q in many[-len(alone) :])  # later blocks know the names met before
    assert last["It is the worst,"] == "Piet Marlow" and last["Enough."] == "Hugo Brandt"
    assert ("It is the worst,", "Piet Marlow") in alone and ("Enough.", "Hugo Brandt") in alone


def test_a_comma_inside_a_number_is_no_apposition_boundary():
    # "4,000" once cut the subject at its comma, and "000 signatures against the closure" became the source
    text = ("The Tesk Harbour League, which collected 4,000 signatures against the levy, said it would go to "
            "court.")
    (q,) = quotes(text).quotes
    assert q.speaker == "The Tesk Harbour League"
    assert q.source_type != "anonymous"


def test_a_possessive_plural_after_that_is_the_subject_of_the_relative_clause():
    # "a decision that patients' groups called ...": the groups speak, not "a decision that patients' groups"
    text = "The board closed the Lunmoor clinic, a decision that patients' groups called \u201ca betrayal\u201d."
    (q,) = quotes(text).quotes
    assert q.speaker == "patients' groups"
    assert q.source_type == "unnamed_group"
