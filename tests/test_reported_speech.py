"""Reported speech without quotation marks, and the verbs of speech that report
nothing, on sentence shapes taken from the pages of the article-extraction
benchmark."""

from conftest import extracted


def reported(nlp, paragraphs):
    return extracted(nlp, paragraphs, "indirect")


def test_a_count_added_is_not_speech(nlp):
    assert reported(nlp, [
        "Danilo Gallinari added 25 points in his former home arena, and Nerlens Noel had 15 rebounds.",
        "Spot gold added 0.1% to $1,472.19 an ounce after the report was published.",
        "NASA also added two smaller landers to the programme on Monday.",
    ]) == []


def test_the_writers_aside_and_nobody_report_no_speech(nlp):
    assert reported(nlp, [
        "It's worth noting that those figures are on the European test cycle, which is typically generous.",
        "No one bothered mentioning that the state of the nation's finances is not technology's problem.",
    ]) == []


def test_a_gerund_after_a_preposition_is_not_speech(nlp):
    assert reported(nlp, [
        "Set them aside. Stir together and taste test it to make sure your flavors are where you want them to "
        "be before adding the fruit pectin powder.",
    ]) == []


def test_speech_verbs_still_report_speech(nlp):
    # the same verbs where they do report what someone said
    assert reported(nlp, [
        "Coach Mike Brown added that the team would rest its starters on Sunday.",
        "The ministry said 12 people had been killed in the attack.",
        "Reid would not say whether he would prefer that Democrats face Trump.",
    ]) == [
        ("the team would rest its starters on Sunday", "Mike Brown"),
        ("12 people had been killed in the attack", "ministry"),
        ("whether he would prefer that Democrats face Trump", "Reid"),
    ]


def test_the_writer_and_the_reader_are_not_speakers(nlp):
    # "we", "you" and "let's" outside quotation marks are the page's own voice
    assert reported(nlp, [
        "We've said this before, many times: there is no special hardware required to run the software.",
        "Let's say that they cause you to grow as a person.",
    ]) == []


def test_who_was_told_and_where_it_was_said_are_not_what_was_said(nlp):
    # from articles of the article-extraction benchmark
    assert reported(nlp, [
        "The man told doctors he ate the rabbit meat in Inner Mongolia on November 5.",
        "Emirates president Tim Clark said at a press conference that the airline would not buy more of the jets.",
    ]) == [("he ate the rabbit meat in Inner Mongolia on November 5", "man"),
           ("the airline would not buy more of the jets", "Tim Clark")]


def test_speech_after_a_preposition_is_still_speech(nlp):
    assert reported(nlp, [
        "Donald Trump drew criticism after saying Mexico was sending criminals across the border.",
    ]) == [("Mexico was sending criminals across the border", "Donald Trump")]


def test_the_day_after_the_verb_is_not_part_of_what_was_said(nlp):
    assert reported(nlp, ["Health department officials said Monday the victim had been bitten by a mosquito."]) == [
        ("the victim had been bitten by a mosquito", "Health department officials")]


def test_the_that_of_a_relative_clause_opens_no_reported_speech(nlp):
    # from an article of the article-extraction benchmark
    got = reported(nlp, [
        "The company is expected to cut jobs this week, according to two people familiar with the matter, "
        "adding to a mounting series of problems that have turned the workspace provider into a pariah.",
        "Marcelo Claure told staff in an email that layoffs will begin this week.",
    ])
    assert [text for text, _ in got if "pariah" in text and "cut jobs" not in text] == []
    assert ("layoffs will begin this week", "Marcelo Claure") in got


def test_who_was_told_and_how_are_not_what_was_said(nlp):
    # from articles of the article-extraction benchmark
    assert reported(nlp, [
        "Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend "
        "to cause harm.",
        "Emirates president Tim Clark told reporters at a press conference that the airline would resume "
        "its expansion.",
    ]) == [("her client did not intend to cause harm", "Sonya A. Zoghlin"),
           ("the airline would resume its expansion", "Tim Clark")]


def test_an_attribution_in_the_middle_of_the_sentence_leaves_the_words_on_both_sides(nlp):
    # from articles of the article-extraction benchmark
    assert reported(nlp, [
        "Kathleen Hawk Sawyer spoke to lawmakers on Tuesday. Many of the prisons, she said, are aging and "
        "need to be repaired.",
    ]) == [("Many of the prisons, she said, are aging and need to be repaired", "Kathleen Hawk Sawyer")]


def test_the_writers_clause_after_a_comparison_with_what_was_said_is_not_speech(nlp):
    # from an article of the article-extraction benchmark (a fact check)
    assert reported(nlp, [
        "David McKinley said the figure was $68 billion. It’s more complicated than McKinley suggests, but he "
        "appears to be in the ballpark.",
    ]) == [("the figure was $68 billion", "David McKinley")]


def test_what_someone_might_say_and_the_writers_own_findings_are_not_reported_speech(nlp):
    assert reported(nlp, [
        "Others, though, might argue that any reassessment of the architecture should include the rocket itself.",
        "Critics may well say that the plan costs too much.",
        "Our initial testing suggests that the new laptop can hold a higher clock speed for longer.",
        # a name that looks like a modal, and a person the writer calls "my", still report
        "Theresa May said the country would formally declare its intention to leave by the end of March.",
        "My colleague Jane Doe reported that the talks had stalled.",
    ]) == [
        ("the country would formally declare its intention to leave by the end of March", "Theresa May"),
        ("the talks had stalled", "Jane Doe"),
    ]


def test_a_sentence_in_brackets_leaves_its_brackets_out(nlp):
    assert reported(nlp, [
        "(Politico responded late Friday with an editor's note on the story saying that Carson had implied he "
        "applied to West Point but that was not the case.)",
    ]) == [("Carson had implied he applied to West Point but that was not the case", "Politico")]


def test_a_passive_verb_of_saying_reports_words_but_not_its_subjects(nlp):
    # the subject heard the words or is what was said; the progressive "are alleging" still speaks
    assert reported(nlp, [
        "About a dozen owners were gathered on Tuesday night when they were told the newest hopeful would be "
        "stopping by to introduce himself.",
        "Destiny 2 is not the only game short of what Google promised – it's revealed in the review that Red "
        "Dead Redemption 2 only renders at 1440p.",
        "The Democrats are alleging that the call with his Ukrainian counterpart was irregular and inappropriate.",
    ]) == [
        ("the newest hopeful would be stopping by to introduce himself", None),
        ("Red Dead Redemption 2 only renders at 1440p", None),
        ("the call with his Ukrainian counterpart was irregular and inappropriate", "Democrats"),
    ]


def test_reported_content_ends_where_another_act_of_saying_begins(nlp):
    # PolNeAR's annotators end the content at a second verb of saying, a clause
    # of citing or arguing, or a clause with a subject of its own
    assert reported(nlp, [
        "Donald Trump said he would order a review of the nation's computer defenses and warned against hackers "
        "from China.",
        "Senator David Perdue said he didn't believe those attacks had hurt Mitt Romney, arguing that divisions in "
        "the party were a bigger hurdle.",
        "The International Monetary Fund announced Tuesday that it is lowering its forecast for growth this year, "
        "and the downgrade is casting a shadow on the outlook.",
    ]) == [
        ("he would order a review of the nation's computer defenses", "Donald Trump"),
        ("against hackers from China", "Donald Trump"),
        ("he didn't believe those attacks had hurt Mitt Romney", "David Perdue"),
        ("divisions in the party were a bigger hurdle", "David Perdue"),
        ("it is lowering its forecast for growth this year", "International Monetary Fund"),
    ]


def test_a_clause_that_opens_on_a_pronoun_needs_no_that(nlp):
    assert reported(nlp, [
        "Barack Obama spoke for an hour. In his final State of the Union address, he conceded he had fallen short "
        "on gun control.",
        "Donald Trump repeated comments he made earlier this week about the convention.",
    ]) == [("he had fallen short on gun control", "Barack Obama")]


def test_reported_content_ends_at_another_speaker_or_a_relative_clause_not_at_a_list(nlp):
    assert reported(nlp, [
        "Mitchell Zuckoff said he had many conversations with the agency about the project, but officials said "
        "those talks came later.",
        "Alan Berger said he is partial to Mike Huckabee and to Ted Cruz, for whom he was scheduled to host a "
        "fundraiser.",
        "Riders said the quality of the driving, the cars, and the experience has declined over time.",
    ]) == [
        ("he had many conversations with the agency about the project", "Mitchell Zuckoff"),
        ("those talks came later", "officials"),
        ("he is partial to Mike Huckabee and to Ted Cruz", "Alan Berger"),
        ("the quality of the driving, the cars, and the experience has declined over time", "Riders"),
    ]


def test_a_passive_verb_of_saying_reports_words_only_with_its_clause(nlp):
    assert reported(nlp, [
        "Such stripping would occur often enough to be noted more than one night out of 17, the team wrote.",
        "They were told that the plant would close in March.",
    ]) == [
        ("Such stripping would occur often enough to be noted more than one night out of 17", "team"),
        ("the plant would close in March", None),
    ]


def test_what_was_promised_or_urged_is_reported(nlp):
    # PolNeAR annotates the infinitive as what was said; it ends at the first comma
    assert reported(nlp, [
        "Donald Trump has vowed to boycott the cookies made in Mexico.",
        "Mitch McConnell urged Republican senators to condemn violence at rallies, aides said.",
        "Bernie Sanders asked to speak to the delegates before the vote.",
        "She promised to the voters a better deal.",
    ]) == [
        ("to boycott the cookies made in Mexico", "Donald Trump"),
        ("to condemn violence at rallies", "Mitch McConnell"),
        ("to speak to the delegates before the vote", "Bernie Sanders"),
    ]


def test_the_end_rules_leave_one_clause_whole(nlp):
    # a verb of saying after a plain "and" with no comma ends nothing; a question is not cut at its comma
    assert reported(nlp, [
        "The CEO said that revenue and profit declined sharply in the third quarter.",
        "Officials said 300 cases were confirmed and 20 deaths reported in the region.",
        "Jones asked whether the city planned to close schools, libraries and parks next year.",
    ]) == [
        ("revenue and profit declined sharply in the third quarter", "CEO"),
        ("300 cases were confirmed and 20 deaths reported in the region", "Officials"),
        ("whether the city planned to close schools, libraries and parks next year", "Jones"),
    ]


def test_no_infinitive_is_reported_after_a_preposition_a_deal_or_a_noun(nlp):
    assert reported(nlp, [
        "The mayor asked for a swift return to normalcy after the storm.",
        "The governor asked about plans to expand the program next year.",
        "The company agreed to pay $5 million to settle the claims.",
        "Donald Trump repeated remarks he offered at a rally in Ohio last week.",
    ]) == []


def test_a_comparison_after_the_content_is_the_writers(nlp):
    # "…, compared with 64 percent who …": the writer sets the figure beside another
    assert reported(nlp, [
        "Seventy-four percent of Democratic voters say they have a favorable view of Clinton, compared with 64 "
        "percent who say the same of Sanders.",
    ])[:1] == [("they have a favorable view of Clinton", "Seventy-four percent of Democratic voters")]


def test_a_bare_verb_of_saying_with_a_that_clause_reports_it(nlp):
    # "note", "claim" alone are mostly nouns; followed by "that" and a clause, and with no
    # determiner before them, they are verbs
    assert reported(nlp, [
        "Patient advocacy groups note that Sanders co-sponsored bans in 2003 and 2005.",
        "Critics claim that the law is unfair to small landlords.",
        "The claim that he made was false, and the note that he left was long.",
    ]) == [
        ("Sanders co-sponsored bans in 2003 and 2005", "Patient advocacy groups"),
        ("the law is unfair to small landlords", "Critics"),
    ]


def test_pointing_out_reports_like_noting(nlp):
    assert reported(nlp, [
        "Jeb Bush pointed out that since Peyton Manning was supporting him, he would support the Denver team.",
    ]) == [("since Peyton Manning was supporting him, he would support the Denver team", "Jeb Bush")]


def test_reported_speech_in_an_opening_clause_ends_where_the_sentence_goes_on(nlp):
    assert reported(nlp, [
        "A few weeks after Barack Obama announced that the war in Afghanistan would not end on his watch, U.S. "
        "forces bombed a hospital.",
        "While Jorge Ramos said that journalists cannot have any political affiliation, he appears uneasy.",
        "Though that transition was relatively seamless, Don Fowler said, replacing her would be acrimonious.",
    ]) == [
        ("the war in Afghanistan would not end on his watch", "Barack Obama"),
        ("journalists cannot have any political affiliation", "Jorge Ramos"),
        ("Though that transition was relatively seamless, Don Fowler said, replacing her would be acrimonious",
         "Don Fowler"),
    ]


def test_nouns_and_plans_before_that_report_nothing(nlp):
    # the bare forms before "that" are verbs only with no determiner, possessive or modal before them
    assert reported(nlp, [
        "The judge issued a federal court order that the records be sealed.",
        "Experts would warn that the plan fails if nobody pays for it.",
        "It was a 2016 campaign promise that he would build the wall.",
    ]) == []


def test_an_aside_inside_an_opening_clause_is_not_its_end(nlp):
    assert reported(nlp, [
        "While Donald Trump said that Mexico, not taxpayers, would pay for the wall, he gave no details.",
    ]) == [("Mexico, not taxpayers, would pay for the wall", "Donald Trump")]


def test_words_of_time_and_manner_after_said_are_skipped_and_counts_are_not_speech(nlp):
    # "states" after a number is the noun; "added around 292,000" is a count
    assert reported(nlp, [
        "Ted Cruz has said for weeks he is the only candidate in the field who can beat Trump.",
        "Maria Cantwell said repeatedly she would not run for the seat again.",
        "The U.S. economy added around 292,000 jobs in December, the report showed.",
        "Governors of six states that border Mexico asked for more money.",
    ]) == [
        ("he is the only candidate in the field who can beat Trump", "Ted Cruz"),
        ("she would not run for the seat again", "Maria Cantwell"),
    ]


def test_people_described_by_what_they_were_told_keep_the_description(nlp):
    # "briefed on the situation" describes who speaks; "seized on the message" is what they did
    assert reported(nlp, [
        "People briefed on the situation said the governor had revealed almost nothing about his plans.",
    ]) == [("the governor had revealed almost nothing about his plans", "People briefed on the situation")]


def test_states_the_noun_reports_nothing(nlp):
    assert reported(nlp, [
        "Sanders' streak may end in New York and delegate-rich states that vote a week later.",
        "Kasich is campaigning in Massachusetts and Vermont, states that vote on March 1.",
        "Johnson has risen in the polls to the mid-teens in some swing states. His rallies draw hundreds.",
    ]) == []
    # the verb still reports
    assert [speaker for _, speaker in reported(nlp, [
        "The memo states that the agency has not reviewed the contract since 2014.",
        "The report also states that three inspectors were fired.",
    ])] == ["memo", "report"]
    assert extracted(nlp, ["The letter states, in part, that the school “failed to protect students.”"],
                     "partial") == [("failed to protect students.", "letter")]


def test_wire_datelines_numbers_and_who_was_told_stay_out_of_reported_speech(nlp):
    assert extracted(nlp, [
        "NEW YORK, March 4 (Reuters) - Halvard Energy is exploring a sale of its pipeline unit, three people "
        "familiar with the matter said.",
        "Malaysia will raise the minimum wage to RM1,800 from next year, the human resources minister said on Tuesday.",
        "The minister told the Commons the criticism was misplaced.",
        "Two officials, asking not to be identified, described the talks as close to a deal.",
    ], "indirect") == [
        ("Halvard Energy is exploring a sale of its pipeline unit", "people familiar with the matter"),
        ("Malaysia will raise the minimum wage to RM1,800 from next year", "human resources minister"),
        ("the criticism was misplaced", "minister"),
    ]


def test_what_counsel_submitted_is_what_counsel_said(nlp):
    assert extracted(nlp, [
        "The tribunal heard the case on Monday.",
        "Counsel for the residents' welfare association, advocate Rohit Khanna, submitted that the site had become "
        "\"a dumping ground\".",
        "The council submitted a new plan in May.",
    ], ("partial", "indirect")) == [("a dumping ground", "Rohit Khanna")]


def test_a_dash_after_a_name_inside_reported_speech_is_no_dateline(nlp):
    assert extracted(nlp, [
        "Officials said NATO -- not the EU -- would lead the mission in the spring.",
    ], "indirect") == [("NATO -- not the EU -- would lead the mission in the spring", "Officials")]
