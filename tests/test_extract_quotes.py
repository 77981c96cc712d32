"""Quotes and their speakers on realistic hand-written paragraphs."""

import json
from pathlib import Path

import pytest

from pressroom.evaluate.seeds import score_seed
from pressroom.extract import extract_pages
from pressroom.model import CleanPage

from conftest import extracted_quotes as quotes
from test_extract_people import SEEDS, seed_page


@pytest.mark.parametrize("name", SEEDS)
def test_seed_quotes(nlp, name):
    page, gold = seed_page(name)
    score = score_seed(extract_pages([page], nlp)[0], gold)
    assert score["missed_quotes"] == []
    assert score["wrong_speaker"] == []
    assert score["must_not_quoted"] == []


def test_split_quote_and_pronoun(nlp):
    qs = quotes(nlp, [
        "Jon Grevatt, a reporter for a defence weekly, noted that aid had dropped.",
        "“The US still has major concerns,” he said. “I would suggest the US is keen to engage.”",
    ])
    assert [q.text for q in qs] == ["The US still has major concerns,", "I would suggest the US is keen to engage."]
    assert all(q.speaker == "Jon Grevatt" and q.kind == "direct" for q in qs)


def test_multi_paragraph_quote_opened_each_paragraph(nlp):
    qs = quotes(nlp, [
        "Maria Lopez, director of the clinic, said:",
        "“We have treated more patients this year than ever before.",
        "“We need more staff, and we need them now.”",
    ])
    assert len(qs) == 2
    assert all(q.speaker == "Maria Lopez" and q.kind == "direct" for q in qs)
    assert qs[0].paragraph_index == 1 and qs[1].paragraph_index == 2


def test_apposition_and_inverted_subject(nlp):
    qs = quotes(nlp, [
        "Kevin Nauen, senior research fellow at the Cambodian Institute for Cooperation and Peace, yesterday said the police should suffice.",
        "“It is certainly incompatible with international standards,” he said.",
        "“I was very surprised,” said Mikyung Ryu, international director for the confederation.",
    ])
    assert [(q.speaker, q.verb) for q in qs] == [("Kevin Nauen", "said"), ("Mikyung Ryu", "said")]


def test_according_to_and_partial(nlp):
    qs = quotes(nlp, [
        "Officials were taking a cautious approach due to “pressure from Western nations”, according to Sok Chea, a ministry spokesman.",
    ])
    assert len(qs) == 1
    assert qs[0].kind == "partial" and qs[0].speaker == "Sok Chea" and qs[0].verb == "according to"


def test_organisation_speaker(nlp):
    qs = quotes(nlp, [
        "The South Korean embassy denied the allegations on Monday.",
        "“We believe these efforts prompted a rapid response,” one statement from the embassy said.",
    ])
    assert qs[0].speaker == "South Korean embassy" and qs[0].speaker_kind == "organization"


def test_unnamed_people_are_a_description_not_an_organisation(nlp):
    # from an article of the article-extraction benchmark
    qs = quotes(nlp, [
        "The video shows officers racing up a staircase, converging outside the suspect's room and banging on the door.",
        "“Fort Worth P.D. Open the door! We’re coming in!” an officer shouts.",
        "“This fight with Taylor is not something Scooter agrees with,” the insider added.",
        "“We will not comment,” the company said.",
    ])
    assert [(q.speaker, q.speaker_kind) for q in qs] == [
        ("officer", "description"), ("insider", "description"), ("company", "organization")]


def test_speaker_carried_to_next_paragraph_without_verb(nlp):
    qs = quotes(nlp, [
        "Lee declined to condemn the killing of protesters.",
        "“We have no comment at all about the government’s action.”",
    ])
    # "Lee" alone is not a known full name, so the carried speaker is None or Lee
    assert qs[0].kind == "direct"
    qs = quotes(nlp, [
        "Embassy counsellor Lee Hyung-jong spoke to reporters. Lee declined to condemn the killing of protesters.",
        "“We have no comment at all about the government’s action.”",
    ])
    assert qs[0].speaker == "Lee Hyung-jong"


def test_unbalanced_and_mixed_marks_do_not_fail(nlp):
    qs = quotes(nlp, [
        "“This never closes, said Anna Berg, a local activist.",
        "Peter Hall said \"the plan is a disaster\" for the town.",
        "''We're a content provider,'' said Mr. John Dickey, the chief executive.",
    ])
    texts = [q.text for q in qs]
    assert "the plan is a disaster" in texts
    assert "We're a content provider," in texts
    dickey = next(q for q in qs if q.text == "We're a content provider,")
    assert dickey.speaker == "John Dickey" and dickey.kind == "direct"


def test_indirect_speech(nlp):
    qs = quotes(nlp, ["Defence Ministry spokesman Chhum Socheat said that troops may be positioned nearby to maintain order."],
                kinds=("indirect",))
    assert len(qs) == 1
    assert qs[0].speaker == "Chhum Socheat"
    assert qs[0].text == "troops may be positioned nearby to maintain order"


def test_pronoun_skips_person_of_other_gender(nlp):
    qs = quotes(nlp, [
        "Mr. Tom Baker met Ms. Jane Doe on Monday.",
        "“It went well,” she said.",
    ])
    assert qs[0].speaker == "Jane Doe"


def test_organisation_named_only_with_an_article_does_not_crash(nlp):
    # "The embassy" is capitalised only by its article; expanding the
    # organisation's name must not choke on it
    qs = quotes(nlp, ["The embassy declined to comment on Monday.", "“We are ready,” the embassy said."])
    assert qs[0].speaker == "embassy" and qs[0].speaker_kind == "organization"


def test_one_failing_page_does_not_fail_the_batch(nlp, monkeypatch, caplog):
    import pressroom.extract.pipeline as pipeline

    real = pipeline.attribute_document

    def flaky(paras, state):
        if any("Zebulon" in p.text for p in paras):
            raise ValueError("boom")
        return real(paras, state)

    monkeypatch.setattr(pipeline, "attribute_document", flaky)
    good = CleanPage(title="a", paragraphs=["“We will win,” said Maria Lopez, the mayor."])
    bad = CleanPage(title="b", paragraphs=["“We will lose,” said Zebulon Carter."], meta={"source_uri": "file:///bad.txt"})
    with caplog.at_level("WARNING"):
        out = extract_pages([good, bad, good], nlp)
    assert len(out) == 3
    assert [q.speaker for q in out[0].quotes] == ["Maria Lopez"] == [q.speaker for q in out[2].quotes]
    assert out[1].quotes == [] and out[1].people == []
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "file:///bad.txt" in warnings[0] and "boom" in warnings[0]


def test_quote_split_by_attribution_resumes_in_lower_case(nlp):
    qs = quotes(nlp, ["“Supporters of other candidates,” Robert Hale added, “have focused on paid advertising.”"])
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Robert Hale"), ("direct", "Robert Hale")]


def test_quote_signed_with_a_dash(nlp):
    qs = quotes(nlp, ["“He is ignorant of our culture and lives.”― Pamela Ortiz\n"
                      "“I cannot believe it. How did we get this low?” ― Jacob Lane"])
    assert [q.speaker for q in qs] == ["Pamela Ortiz", "Jacob Lane"]


def test_surname_only_people_and_given_name_gender(nlp):
    qs = quotes(nlp, [
        "Mr. Obrecht met Karen Whitfield on Tuesday.",
        "“It went well,” she said.",
        "“We will see,” he said, adding that talks would go on.",
        "Senator Whitaker, the committee’s chairman, disagreed.",
        "“It did not go well,” the chairman said.",
    ])
    assert [q.speaker for q in qs] == ["Karen Whitfield", "Obrecht", "Whitaker"]


def test_speaker_after_a_role_word_between_two_names(nlp):
    qs = quotes(nlp, ["“The internment was a dark cloud,” Carter spokesman Josh Weller said."])
    assert [q.speaker for q in qs] == ["Josh Weller"]


def test_pronoun_subject_keeps_its_person_and_objects_do_not_take_over(nlp):
    qs = quotes(nlp, [
        "Laura Benton, who has led the agency since May, criticised the plan on Monday.",
        "She has faced questions over a meeting with Robert Kline, the head of a rival agency.",
        "“People tend not to say those things to me,” she said.",
    ])
    assert [q.speaker for q in qs] == ["Laura Benton"]


def test_relative_clause_after_the_speaker(nlp):
    qs = quotes(nlp, ["Chris Dalton, who has campaigned for Maria Greer since May, blasted the plan as “a disgrace, a total disgrace.”"])
    assert [(q.speaker, q.kind) for q in qs] == [("Chris Dalton", "partial")]


def test_titles_are_partial_and_comma_after_verb_is_direct(nlp):
    qs = quotes(nlp, [
        "Maria Greer said she watched “Orange Is the New Black” every night.",
        "Still, she added, “we also can’t ignore the changes since then.”",
    ])
    assert [(q.kind, q.speaker) for q in qs] == [("partial", "Maria Greer"), ("direct", "Maria Greer")]


def test_organisation_that_only_qualifies_the_noun(nlp):
    qs = quotes(nlp, ["“The deal is dead,” one Democratic source on the panel said."])
    assert [q.speaker for q in qs] == ["Democratic source on the panel"]


def test_speech_verb_scan_matches_the_regex():
    from pressroom.extract.lexicon import SPEECH_VERB_RE, speech_verbs

    text = ("He said, according to aides, that she told them; Tell-tale said2 saidX. She pointed out "
            "and went  on, then goes on: “Called” according\nto CALLED reporters, résumé, warns_x.")
    want = [(m.start(), m.end(), m.group(), m.group(1)) for m in SPEECH_VERB_RE.finditer(text)]
    assert list(speech_verbs(text)) == want and len(want) >= 6


def test_question_or_exclamation_then_capitalised_attribution(nlp):
    qs = quotes(nlp, [
        "Dana Whitmore and Paul Ostrander debated on Monday.",
        "“Is that really the plan?” Ostrander asked. “Nobody has seen it.”",
        "“And I am not being paid!” Whitmore declared.",
        "“Go back to your seat,” Ostrander barked.",
        "“Why not?” It was a fair question, and Whitmore said so.",
    ])
    assert [(q.text, q.speaker) for q in qs][:4] == [
        ("Is that really the plan?", "Paul Ostrander"), ("Nobody has seen it.", "Paul Ostrander"),
        ("And I am not being paid!", "Dana Whitmore"), ("Go back to your seat,", "Paul Ostrander")]
    assert qs[4].verb is None  # the next sentence is not an attribution


def test_participle_label_and_relative_clause_speakers(nlp):
    qs = quotes(nlp, [
        "Dana Whitmore told reporters that the plan “was a mess,” adding, “Nobody read it.”",
        "Harold B. Quist, a former budget analyst who now studies city finances at a university, "
        "said, “The numbers never added up.”",
        "“We cannot wait,” Lena Marsh, 41, of Dayton, Ohio, who was among those polled, said in an interview.",
        "BUDGET FIGHT GOES ON - Carl Ostrander and Mia Tull: “Both sides expect a long night.”",
        "Dana Whitmore had one message for Lena Marsh: “You will lose.”",
    ])
    got = [(q.text, q.speaker) for q in qs if q.kind == "direct"]
    assert got[:4] == [("Nobody read it.", "Dana Whitmore"), ("The numbers never added up.", "Harold B. Quist"),
                       ("We cannot wait,", "Lena Marsh"), ("Both sides expect a long night.", "Carl Ostrander")]
    assert got[4][1] != "Lena Marsh"  # a colon after an object is not a speaker label


def test_description_of_a_prominent_person_points_back_at_them(nlp):
    qs = quotes(nlp, [
        "Harold Quist attacked the budget deal on Friday.",
        "“If they get the chance, they will sell the city,” the Ohio businessman said.",
        "Dana Whitmore on Wednesday called on Quist to apologize.",
        "“My reaction: that was outrageous,” Quist's former campaign strategist said.",
        "“We will look at it,” the spokesman said.",
    ])
    assert [q.speaker for q in qs] == ["Harold Quist", "Dana Whitmore", "spokesman"]


def test_inverted_speaker_whose_name_starts_with_q(nlp):
    # quotations are masked with Q's: a name starting with Q must not end the subject
    qs = quotes(nlp, ["“He has not shown an ambition for higher office,” said Quentin Kidd, a political scientist."])
    assert [q.speaker for q in qs] == ["Quentin Kidd"]


def test_relative_who_and_participle_after_an_unrelated_clause(nlp):
    qs = quotes(nlp, [
        "The gala featured Oprah Winfrey, Patti LaBelle and Stevie Wonder, who joked of the museum, "
        "“I haven't seen it yet, but I'm going to.”",
        "Harold Quist was defensive when asked about an architect who said he was never paid, "
        "saying, “Maybe he didn’t do a good job.”",
        "“I think Dana Whitmore would be the best nominee,” Quist said on the radio, adding, "
        "“Whitmore's problem is timing.”",
    ])
    assert [q.speaker for q in qs] == ["Stevie Wonder", "Harold Quist", "Harold Quist", "Harold Quist"]


def test_sentence_ending_in_a_colon_introduces_its_subjects_quote(nlp):
    qs = quotes(nlp, [
        "Dana Whitmore met Lena Marsh on Monday.",
        "With donors worried, Senator Harold Quist is rolling out a new and more personal message: “It is about me.”",
    ])
    assert [q.speaker for q in qs] == ["Harold Quist"]


def test_second_name_after_a_role_word_far_from_the_verb_does_not_speak(nlp):
    qs = quotes(nlp, [
        "Mayor Dana Whitmore said the move was made by police commissioner Harold Quist and said, “Who are you going to trust?”",
        "Former Maryland Gov. Lena Marsh said last summer: “It is a big mistake.”",
        "At Sunday night’s debate, Carl Ostrander compared himself to Whitmore, saying, “I get no speaking fees.”",
    ])
    assert [q.speaker for q in qs] == ["Dana Whitmore", "Lena Marsh", "Carl Ostrander"]


def test_inverted_and_unnamed_speakers_with_relative_clauses(nlp):
    qs = quotes(nlp, [
        "Dana Whitmore, a contestant on the show, said her boss was kind. But, said Whitmore, “I don't want a fight.”",
        "“It is going to be hard,” said a longtime data expert who has worked for a rival campaign.",
        "“The agents are under pressure,” an intelligence source, who was not authorized to speak, told reporters.",
        "In response, Senator Harold Quist issued the following statement:",
        "“Our prayers are with all those affected.”",
    ])
    assert [q.speaker for q in qs if q.kind == "direct"] == [
        "Dana Whitmore", "longtime data expert", "intelligence source", "Harold Quist"]


def test_possessive_without_s_predicates_and_participle_objects(nlp):
    qs = quotes(nlp, [
        "Carl Ostrander raised $20 million in January.",
        "\"This campaign is revolutionizing politics,\" Jeff Weaver, Ostrander' campaign manager, said in a statement.",
        "Dana Whitmore, who said last week that the judge was biased, issued a statement Tuesday saying, "
        "“I do not feel that heritage matters.”",
        "Lena Marsh has promoted humility in speeches, telling the class of 2014, “If you're too big for a small job, "
        "you're too small for a big one.”",
        "“Is he profiling?” reacted Harold Quist.",
    ])
    assert [q.speaker for q in qs] == ["Jeff Weaver", "Dana Whitmore", "Lena Marsh", "Harold Quist"]


def test_quoted_titles_inside_the_attribution_and_triple_apostrophes(nlp):
    qs = quotes(nlp, [
        "''It appeared on 'Fox and Friends,''' said Dana Whitmore, a former spokesman.",
        "As Harold Quist, author of ''America's Unwritten Rules,'' put it, ''Senators should remember the past.''",
        "“We have had better conventions,” delegate Carl Ostrander, wearing “Vote Lena” pins, said matter-of-factly.",
    ], kinds=("direct",))
    assert [(q.text, q.speaker) for q in qs] == [
        ("It appeared on 'Fox and Friends,'", "Dana Whitmore"),
        ("Senators should remember the past.", "Harold Quist"),
        ("We have had better conventions,", "Carl Ostrander")]


def test_subject_after_an_introductory_phrase_and_inside_a_how_clause(nlp):
    qs = quotes(nlp, [
        "With leaders worried about Lena Marsh among young voters, Senator Harold Quist is rolling out a message: “It is about me.”",
        "Carl Ostrander spoke first. It was unclear how Paul Whitmore could turn back on a pledge.",
        "“That was the day this became personal,” he said.",
    ])
    assert [q.speaker for q in qs] == ["Harold Quist", "Paul Whitmore"]


def test_reported_questions_and_the_noun_states(nlp):
    qs = quotes(nlp, [
        "Dana Whitmore asked reporters whether the governor would sign the budget bill this week.",
        "The candidate leads in 20 states that have already voted in the primary season.",
    ], kinds=("indirect",))
    assert [(q.speaker, q.text) for q in qs] == [
        ("Dana Whitmore", "whether the governor would sign the budget bill this week")]


def test_a_sentence_ending_in_a_decade_ends_there(nlp):
    qs = quotes(nlp, ["“It was a spectacular deal,” said Dana Whitmore, a professor who has followed the cases since "
                      "the 1970s. “This company has had complete success in shedding its liabilities.”"])
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Dana Whitmore"), ("direct", "Dana Whitmore")]


def test_a_quotation_resumed_after_but(nlp):
    qs = quotes(nlp, ["“You know, I love Larry,” Dana Whitmore said, but “when it comes to energy, Larry has a history "
                      "of representing the industry.”"])
    assert [(q.kind, q.speaker, q.quotation) for q in qs] == [("direct", "Dana Whitmore", 0), ("direct", "Dana Whitmore", 0)]


def test_given_names_beyond_the_hand_lists_tell_the_gender(nlp):
    # "Kellyanne" is only in the public name data, not in the short hand-made
    # lists: without it the latest subject would take the "he"
    qs = quotes(nlp, [
        "Reince Ostrander opened the meeting on Monday.",
        "Kellyanne Dorsey spoke next.",
        "“We will see,” he said.",
    ])
    assert [q.speaker for q in qs] == ["Reince Ostrander"]


def test_progressive_verb_and_named_participle_subject_move_the_pronoun(nlp):
    qs = quotes(nlp, [
        "Ruth Okafor said the vote would wait until spring.",
        "Margaret Lindqvist is describing the delay as “reckless.” She says it will cost jobs.",
        "She wrote: “The city cannot afford another winter of this.”",
        "The council chair, Gerald Pruitt, said the budget was final.",
        "Anna Kowalczyk, admitting she had voted for an earlier draft, wants the plan withdrawn.",
        "“This plan will close three libraries,” she said.",
    ])
    got = {q.text: q.speaker for q in qs if q.kind == "direct"}
    assert got["The city cannot afford another winter of this."] == "Margaret Lindqvist"
    assert got["This plan will close three libraries,"] == "Anna Kowalczyk"


def test_a_description_after_a_when_clause_is_the_subject(nlp):
    qs = quotes(nlp, [
        "Dana Whitmore, the mayor's eldest daughter, noted the rule last week.",
        "Bruno Castellanos said the rule was fair. She said fathers would not qualify, and when pressed on why, "
        "the 34-year-old mother of three replied, “It is meant to help the mothers.”",
    ])
    assert [(q.text, q.speaker) for q in qs] == [("It is meant to help the mothers.", "Dana Whitmore")]


def test_a_newcomer_introduced_with_who_they_are_is_the_next_he(nlp):
    qs = quotes(nlp, [
        "“The turnout will be low,” Bruno Castellanos said.",
        "While the party had singers writing songs for its last nominee, nobody sings for this one, "
        "which is something that worries Tomas Wexley, president of the county's retirees' club.",
        "“No one is writing songs this year,” he said.",
    ])
    assert [(q.text, q.speaker) for q in qs][-1] == ("No one is writing songs this year,", "Tomas Wexley")


def test_reported_speech_that_starts_with_it_or_no(nlp):
    qs = quotes(nlp, [
        "A lawyer for the newspapers, Dana Whitmore, said no immediate decision had been made about an appeal.",
        "Bruno Castellanos said it would take two to three weeks to convene the board.",
        "Lena Marsh said no to the plan.",
        "Carl Ostrander said it again.",
    ], kinds=("indirect",))
    assert [(q.speaker, q.text) for q in qs] == [
        ("Dana Whitmore", "no immediate decision had been made about an appeal"),
        ("Bruno Castellanos", "it would take two to three weeks to convene the board"),
    ]


def test_a_quote_closed_with_two_single_quotes(nlp):
    # from an article of the article-extraction benchmark: “… closed by ’’
    qs = quotes(nlp, [
        "Organizations that seek to combat political misinformation cried foul. “It was an attempt to mislead "
        "voters,’’ Will Moy, chief executive of the London-based fact-checking website Full Fact, told the BBC. "
        "“And I think it is inappropriate and misleading for a serious political party.”",
    ])
    assert [(q.text, q.speaker) for q in qs] == [
        ("It was an attempt to mislead voters,", "Will Moy"),
        ("And I think it is inappropriate and misleading for a serious political party.", "Will Moy")]


def test_reported_speech_after_told_leaves_out_who_was_told(nlp):
    # from an article of the article-extraction benchmark
    qs = quotes(nlp, [
        "Prosecutors told reporters the decision to drop the inquiry had been taken after interviews with "
        "seven witnesses in the case.",
        "Ms. Persson told The Associated Press she had not been consulted before the announcement.",
    ], kinds=("indirect",))
    assert [q.text for q in qs] == [
        "the decision to drop the inquiry had been taken after interviews with seven witnesses in the case",
        "she had not been consulted before the announcement"]


def test_a_partial_quote_is_the_words_of_the_person_who_opens_the_sentence(nlp):
    # from PolNeAR dev: no speech verb, but the quoted words are Trump's
    qs = quotes(nlp, [
        "Donald Trump met supporters in Ohio on Monday.",
        "Trump openly admires Russian President Vladimir Putin as a “strong leader.”",
        "In recent weeks, Senate Minority Leader Harry Reid has gone after Trump as a “human leech who will "
        "bleed the country.”",
        "Supporters cheered Trump as a “fighter.”",
    ])
    assert [(q.text, q.speaker) for q in qs] == [("strong leader.", "Donald Trump"),
                                                 ("human leech who will bleed the country.", "Harry Reid"),
                                                 ("fighter.", None)]


def test_a_passive_speech_verb_reports_no_speech(nlp):
    # from an article of the article-extraction benchmark
    qs = quotes(nlp, [
        "Prince Andrew cited being at a pizza restaurant in England with his daughter 18 years ago. "
        "A photo of the meeting was denied by Andrew, hinting that it was a fake.",
    ], kinds=("indirect",))
    assert qs == []


def test_a_description_is_not_expanded_across_a_paragraph_break(nlp):
    # from an article of the article-extraction benchmark; its first paragraph ends without a full stop
    qs = quotes(nlp, [
        "Big Machine Records issued a statement after Swift publicly scolded her former label, accusing it of "
        "preventing her from performing her earlier hits at the AMAs",
        "The statement, which was obtained by Variety, claimed that the two companies had come to terms.",
        "\"It should be noted that recording artists do not need label approval for live performances on "
        "television,” the statement continued.",
    ])
    assert [q.speaker for q in qs] == ["Big Machine Records"]  # who issued the statement, not "AMAs statement"


def test_a_subject_whose_sentence_has_a_verb_with_no_speaker_moves_the_pronoun(nlp):
    # from an article of the article-extraction benchmark: "sung" is a verb of saying with no
    # speaker here, and Buckley, the sentence's subject, is who "she" is next
    qs = quotes(nlp, [
        "Jessie Buckley stars as Rose-Lynn in the film, which Mary Steenburgen scored.",
        "“It may sound shallow,” Mary Steenburgen said, “but I always think of it like this.”",
        "Buckley, who hadn’t sung in a long time before the production, worried about doing justice to "
        "the song. “But the story of it really moved me,” she said.",
    ])
    assert [(q.text, q.speaker) for q in qs] == [
        ("It may sound shallow,", "Mary Steenburgen"),
        ("but I always think of it like this.", "Mary Steenburgen"),
        ("But the story of it really moved me,", "Jessie Buckley"),
    ]


def test_a_group_is_not_named_by_the_word_that_opens_another_sentence(nlp):
    # "As physicians, we ..." capitalises "As"; the speakers are the physicians, not "As physicians"
    found = quotes(nlp, [
        "“We implore you to allow our volunteer physicians to hold our flu vaccine clinic,” the physicians "
        "stated in the letter.",
        "“As physicians, we have seen the effects of flu infections,” the letter said.",
    ])
    assert found[0].speaker == "physicians"


def test_a_quoted_sentence_set_off_by_two_hyphens_is_direct(nlp):
    # "--" stands for a dash in many archives, as "—" and " -" do
    qs = quotes(nlp, [
        "Tom Hale, the former governor, had a blunt answer on Monday -- "
        "''It is disqualifying for a nominee to hide his returns'' -- and repeated it twice.",
        "Ms. Ann Lane had one message for voters -- ''Do not let them take this away from you.''",
    ])
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert qs[1].speaker == "Ann Lane"  # the sentence before the dash introduces her words


def test_a_short_quoted_sentence_after_a_verb_of_saying_is_direct(nlp):
    qs = quotes(nlp, [
        "Protesters marching through the streets chanted “What curfew?” and kept going until 2 a.m.",
        "When the senator thanked the crowd, a man yelled “Stay there!”",
        "She called the plan “a disaster.”",
        "Ann Ruiz met a chummy corporate culture called “The HP Way.”",
        # a name at the end of the sentence is no sentence
        "“We will not raise taxes,” the governor told “Good Morning America.”",
        "Tom Hale thanked “God.”",
    ])
    assert [(q.kind, q.text) for q in qs if q.kind == "direct"] == [
        ("direct", "What curfew?"), ("direct", "Stay there!"), ("direct", "We will not raise taxes,")]
    assert ("partial", "a disaster.") in [(q.kind, q.text) for q in qs]


def test_a_quotation_inside_a_passage_in_straight_marks_stays_inside_it(nlp):
    qs = quotes(nlp, [
        "Pollster Pat Caddell went on:",
        "\"The health issue is very much a partisan one, and I'm going to read you the question: "
        "“As you know, Hillary Clinton left an event early. Do you think it matters?” Most people said no.\"",
    ])
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Pat Caddell")]
    assert "Do you think it matters?” Most people said no." in qs[0].text


def test_a_paragraph_opened_with_another_kind_of_mark_starts_a_new_quotation(nlp):
    # some sites mark each paragraph of a block quote with a straight mark they never close;
    # the next paragraph's curly quotation is not the same one going on
    qs = quotes(nlp, [
        "The scene at the rally is recorded in detail:",
        "\"Trump walked onto the stage, chanting “U-S-A! U-S-A!”",
        "“That’s right, Donald — USA, baby,” Melanie said to the nominee.",
    ])
    assert len(qs) == 2
    passage, melanie = qs
    assert (melanie.text, melanie.speaker) == ("That’s right, Donald — USA, baby,", "Melanie")
    assert passage.quotation != melanie.quotation
    # a site that mixes its marks: one speaker's quotation over two paragraphs
    qs = quotes(nlp, [
        "Mr. Ortiz has lived on the street for fifty years.",
        "\"We built this town from nothing.",
        "“Now they want to tear it down,” said Ray Ortiz, 71.",
    ])
    assert len(qs) == 2 and qs[0].quotation == qs[1].quotation


def test_a_quotation_inside_a_quotation_in_the_same_marks(nlp):
    # “ … “hell” … ”: the inner pair closes just before the outer one, so it is nested
    qs = quotes(nlp, [
        "Here is what readers told us.",
        "“As a young woman, I’d rather live in what he calls “hell” than live in a world where he is "
        "president.” ― Adriana Rodarte",
    ])
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Adriana Rodarte")]
    assert qs[0].text.endswith("“hell” than live in a world where he is president.")
    # an opening mark left unclosed before a quotation is not a nesting
    qs = quotes(nlp, ["“We won, Tom Hale said. “It was close.” The count ended at noon."])
    assert "It was close." in [q.text for q in qs]
    qs = quotes(nlp, ["Tom Hale said \"we are done here. Later, Ms. Ann Lee told reporters, “It's over.” She left."])
    assert "It's over." in [q.text for q in qs]


def test_initials_end_a_sentence_before_a_quotation_but_not_before_a_name(nlp):
    qs = quotes(nlp, [
        "\"The record does not match the candidate,\" Ann Ruiz told reporters in Fort Mill, S.C. "
        "\"It seems he has a lot of nervous energy.\"",
        "\"This is a disgusting day,\" said Rep. G.K. Butterfield (D-N.C.), head of the caucus. "
        "\"He started this years ago.\"",
    ])
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Ann Ruiz")] * 2 + [("direct", "G.K. Butterfield")] * 2
    assert qs[0].quotation == qs[1].quotation and qs[2].quotation == qs[3].quotation
    # a state's initials end the sentence before the next one's subject
    qs = quotes(nlp, ["The company is based in Trenton, N.J. Officials said the plant would close next year."],
                kinds=("indirect",))
    assert [(q.kind, q.speaker) for q in qs] == [("indirect", "Officials")]


def test_a_quotation_resumed_in_lower_case_after_a_long_attribution(nlp):
    qs = quotes(nlp, [
        "\"This used to be Russia's back yard,\" said Raffaello Pantucci, director of International Security "
        "Studies at the Royal United Services Institute in London, \"but it is increasingly coming into China's thrall.\"",
    ])
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Raffaello Pantucci")] * 2
    assert qs[0].quotation == qs[1].quotation


def test_a_quotation_after_the_writers_lead_in_runs_to_its_attribution(nlp):
    # the words before the opening mark are the writer's; the quotation is a whole clause that the
    # attribution right after it closes, so it is direct however it starts (shapes from PolNeAR train)
    qs = quotes(nlp, [
        "As for complexity, ''broadening the base and closing loopholes for the wealthy inevitably involve a "
        "certain amount of administration,'' said David Kamin, who advised the campaign.",
        "Whatever Bloomberg's impact on the race, \"his chances of winning are very slim,\" says Walter Stone, a "
        "political scientist.",
        "Teachers said the rules were \"not what we were promised,\" and the union agreed.",
    ])
    assert [(q.kind, q.speaker) for q in qs] == [
        ("direct", "David Kamin"), ("direct", "Walter Stone"), ("partial", "Teachers")]


def test_a_subject_or_an_aside_before_a_quotation_is_no_lead_in(nlp):
    # the review's probes: the words before the comma are the sentence's subject or an aside inside
    # the writer's own clause, so the quotation stays a fragment of it
    qs = quotes(nlp, [
        "Education union leader Daniel Kebede addressed the NEU conference in Harrogate.",
        "Teachers are, in his words, “underpaid, overworked and badly let down by ministers,” he said, adding "
        "that strikes could follow.",
        "Reserve Bank of India Governor Sanjay Malhotra announced the policy on Friday.",
        "Inflation, \"while still above our comfort zone, is clearly heading in the right direction,\" said "
        "Mr. Malhotra.",
    ])
    assert [(q.kind, q.speaker) for q in qs] == [("partial", "Daniel Kebede"), ("partial", "Sanjay Malhotra")]


def test_a_block_quote_from_another_text_is_no_quotation_but_the_quotations_inside_it_are(nlp):
    # PolNeAR (a Breitbart page quoting a Washington Post story): a page that quotes in curly marks
    # sets out a passage of another text with a straight mark opening each paragraph; the annotators
    # mark the curly quotations inside the passage, not the passage
    qs = quotes(nlp, [
        "The reporter describes the evening Donald Trump spoke in detail:",
        "\"The first time she had seen him, at a rally in June, she was just beginning to realize how many "
        "people agreed with her. On her discharge papers, in a box labeled “medical problem,” a doctor had "
        "typed “homicidal ideation.”",
        "\"Marla Jensen thought the whole thing was outrageous. She was anxious, sure.",
        "“It never crossed my mind that I was losing it,” she said months later.",
        "\"Trump walked onto the stage, chanting “U-S-A! U-S-A!”",
    ])
    assert [q.text for q in qs] == ["medical problem,", "homicidal ideation.",
                                    "It never crossed my mind that I was losing it,", "U-S-A! U-S-A!"]
    assert qs[2].speaker == "Marla Jensen" and qs[3].speaker == "Donald Trump"
    # a passage in straight marks with no quotation inside, on a page that quotes in curly marks, is a
    # quotation: a speaker's words set out on their own ("If they don't have any more staff …")
    qs = quotes(nlp, [
        "“We will win,” said Ana Ruiz. “No doubt about it.”",
        "“It is over,” said Tom Hale, her rival.",
        "\"If they don't have any more staff, why are they paying five times more?",
    ])
    assert qs[-1].text == "If they don't have any more staff, why are they paying five times more?"
    # a passage that says "I" or "we" is a speaker's, even with curly quotations inside (a review's probes)
    qs = quotes(nlp, [
        "“The water came in the night,” said Rosa Delgado, who has lived on the street for 40 years.",
        "“We lost the car, the furniture, the photographs,” she said.",
        "\"My neighbour told them the drains were “a disaster waiting to happen.” Nobody listened.",
        "\"Now we have lost everything,\" Delgado said.",
    ])
    assert [(q.kind, q.speaker) for q in qs if "neighbour" in q.text] == [("direct", "Rosa Delgado")]


def test_a_quotation_the_writers_sentence_runs_on_past_is_partial(nlp):
    qs = quotes(nlp, [
        "Spokeswoman Jessica Ditto said by email that, “Of course Mr. Trump is going to defend himself” against "
        "what the campaign sees as a coordinated attack.",
        "“The only way the banks will change is if executives face jail time” for fraud, Warren said.",
        "''I wouldn't call it reform. It's basically just a tax increase'' for the top bracket, said Alan Cole.",
        "“We will appeal,” the lawyer said.",
        # an attribution without a comma, or the quotation as a subject, leaves it a quoted sentence
        "“The petitioners have failed to prove their case” she ruled.",
        "“Growth will stay strong next year” according to the central bank governor.",
        "“We were the better side” the coach said after the match.",
        "The officer was shot twice. “Tell my wife I love her” were his last words, a colleague said.",
        "“We will not be silenced” the statement read.",
        # but a fragment before an auxiliary is the writer's sentence going on, and one in lower case always
        "“The government is alleging his calls to come peacefully” were provoking violence, the lawyer argued.",
        "“like women in combat and other issues” were a distraction, a questioner claimed.",
    ])
    assert [(q.kind, q.text[:12]) for q in qs] == [
        ("partial", "Of course Mr"), ("partial", "The only way"), ("direct", "I wouldn't c"), ("direct", "We will appe"),
        ("direct", "The petition"), ("direct", "Growth will "), ("direct", "We were the "), ("direct", "Tell my wife"),
        ("direct", "We will not "), ("partial", "The governme"), ("partial", "like women i")]


def test_a_she_no_one_can_be_does_not_fall_back_on_the_man_named_before(nlp):
    qs = quotes(nlp, [
        "Donald Trump repeated the insult from the stage.",
        "The woman who shouted it told reporters she had no plans to yell anything.",
        "“It just came out of my mouth,” she said. “It wasn’t like I thought about it.”",
    ], kinds=("direct",))
    assert [q.speaker for q in qs] == [None, None]
    assert qs[1].quotation == qs[0].quotation  # one quotation, split by its attribution


def test_he_or_she_after_reported_speech_by_someone_the_model_did_not_name(nlp):
    qs = quotes(nlp, [
        "Sutrisno, a 58-year-old sand miner from Supiturang village, said he had left his trucks behind. "
        "\"When the sky turned dark at noon, I knew we had to go,\" he said. \"Trucks can be replaced.\"",
        "One engineer affected by the cuts, who asked not to be named, said the news arrived in a video call. "
        "“There was no warning,” she said. “My badge stopped working before the call ended.”",
    ])
    assert [(q.speaker, q.speaker_kind) for q in qs][2:] == [("engineer affected by the cuts", "description")] * 2
    assert [q.speaker for q in qs][1] == "Sutrisno"
    # not an organisation, a group, or someone who only asked
    qs = quotes(nlp, [
        "Police said the woman, 34, was treated in hospital. “I thought I was going to die,” she said.",
        "The tribunal said the dismissal was unfair. “I feel vindicated,” she said.",
        "One fan asked whether the club would sell him. “Not this summer,” he said.",
    ])
    assert [q.speaker for q in qs] == [None, None, None]


def test_a_sentence_that_reports_a_claim_is_no_bare_attribution(nlp):
    qs = quotes(nlp, [
        "Ravi Kumar, 52, was arrested in Pune on Monday. “I am innocent.” His lawyer, Ahmed Khan, said the "
        "charges would be contested.",
    ])
    assert [q.speaker for q in qs] == ["Ravi Kumar"]


def test_no_one_can_be_told_across_pieces_and_paragraphs(nlp):
    qs = quotes(nlp, [
        "Donald Trump spoke at the rally on Friday.",
        "“It just came out of my mouth,” she said. “It wasn’t planned.” “It just happened.”",
        "“I regret it now.”",
    ], kinds=("direct",))
    assert [q.speaker for q in qs] == [None] * 4


def test_elaborated_and_clarified_attribute_a_quotation(nlp):
    qs = quotes(nlp, [
        "Dorothy Woods spoke at the rally on Friday.",
        "“The way I see it,” she elaborated, “no one ever questioned his service.”",
        "“I meant the first account,” Woods clarified.",
    ], kinds=("direct", "partial"))
    assert [(q.kind, q.speaker, q.verb) for q in qs] == [
        ("direct", "Dorothy Woods", "elaborated"), ("direct", "Dorothy Woods", "elaborated"),
        ("direct", "Dorothy Woods", "clarified")]
    assert qs[1].quotation == qs[0].quotation


def test_an_attribution_sentence_of_a_relative_named_in_apposition(nlp):
    qs = quotes(nlp, [
        "Rep. Robert C. Scott spoke on Monday.",
        "\"This is a big year for our potential senator!\" Scott's niece, state Del. Marcia \"Cia\" Price "
        "(D-Newport News), shouted to the crowd. \"The nation is watching Virginia.\"",
    ], kinds=("direct",))
    assert [q.speaker for q in qs] == ["Marcia Price", "Marcia Price"]
    assert qs[1].quotation == qs[0].quotation


def test_a_few_lower_case_words_are_no_quoted_sentence_unless_they_resume_one(nlp):
    qs = quotes(nlp, [
        "Norbert Leo Butz can add a new title to his resume: “song anthropologist.”",
        "His words were those of a “shock jock,” “an entertainer,” the lawyer argued.",
        "“The charts are on my desk every morning,” Obama said, “and they're terrifying.”",
        "“Will you resign?” a reporter asked. “no,” he said.",
        "Asked about the rumours, the singer replied on Instagram: “lol no.”",
        "“We tried everything,” she said, and “nothing worked.”",
    ])
    assert [(q.kind, q.text) for q in qs] == [
        ("partial", "song anthropologist."), ("partial", "shock jock,"), ("partial", "an entertainer,"),
        ("direct", "The charts are on my desk every morning,"), ("direct", "and they're terrifying."),
        ("direct", "Will you resign?"), ("direct", "no,"), ("direct", "lol no."),
        ("direct", "We tried everything,"), ("direct", "nothing worked.")]
