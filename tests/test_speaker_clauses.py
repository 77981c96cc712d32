"""Who speaks when clauses, appositions and typos surround the subject: shapes
a review of the quotes loaded from the article-extraction benchmark's pages
found wrong, and PolNeAR train confirmed (names changed)."""

from conftest import extracted


def test_a_participle_ending_the_sentence_speaks_for_who_opens_it(nlp):
    # the subject of a that-clause or a relative clause before ", saying" had been the speaker
    assert extracted(nlp, [
        "Governor Dana Whitfield and Ray Collins met donors.",
        "Whitfield bristled at the suggestion that she had advised Collins to soften his stance on taxes, "
        "saying, “the advice I give to Ray is to Ray.”",
        "Mayor Ana Ruiz has denounced supporters that level personal attacks, saying her campaign doesn’t "
        "want “that kind of politics.”",
    ], ("direct", "partial")) == [("the advice I give to Ray is to Ray.", "Dana Whitfield"),
                                  ("that kind of politics.", "Ana Ruiz")]


def test_a_participle_keeps_a_subject_with_a_clause_of_its_own(nlp):
    # "while …" opens another clause, and a subject with its own verb of saying is the participle's
    quotes = extracted(nlp, [
        "Voters are watching Ana Ruiz argue that the system is rigged against women, while her main rival, "
        "Tom Hale, has soared in the polls by saying that the system is rigged against the poor.",
        "Ruiz cannot say that “from her perspective,” Hale added, saying it should be “up to the voters.”",
    ], ("partial", "indirect"))
    assert ("the system is rigged against the poor", "Tom Hale") in quotes
    assert ("up to the voters.", "Tom Hale") in quotes


def test_an_apposition_continued_after_and_still_describes_the_name(nlp):
    # ", and co-author of the study," and ", and American University in Washington, D.C.," had become
    # the speaker
    assert extracted(nlp, [
        "“Experiments of this kind are particularly successful,” Dylan Marsh, a postdoctoral fellow at the "
        "Max Planck Institute in Munich, Germany, and co-author of the study, said in a statement.",
        "“Water is somewhat hard to find beyond Earth,” study lead author Lucas Pereira, a planetary "
        "scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American University "
        "in Washington, D.C., said in a statement.",
    ], "direct") == [("Experiments of this kind are particularly successful,", "Dylan Marsh"),
                     ("Water is somewhat hard to find beyond Earth,", "Lucas Pereira")]
    # a clause of its own after ", and" is no title
    assert ("it should be withdrawn", "author groups") in extracted(nlp, [
        "Mayor Joe Hale said the bill was flawed, and author groups agreed that it should be withdrawn.",
    ], "indirect")


def test_an_organisation_before_its_apposition_speaks_after_an_opening_phrase(nlp):
    quotes = extracted(nlp, [
        "On Monday, the People's Daily, the mouthpiece of the Communist party, warned that there is "
        "“absolutely no room for compromise”.",
    ], "partial")
    assert quotes == [("absolutely no room for compromise", "People's Daily")]
    # a place that ends an opening phrase is no organisation with an apposition
    quotes = extracted(nlp, [
        "At the town hall meeting in Hudson, New Hampshire Monday, the Whitfield supporter retorted: "
        "“There is a special place in hell for people who vote like that.”",
    ], "direct")
    assert quotes[0][1] != "New Hampshire"


def test_a_time_that_opens_the_sentence_is_no_name_an_apposition_describes(nlp):
    # "Six months ago, the independent Vermont senator said, …": the time had been the speaker; the
    # description names the story's senator, not another senator whose role names another state
    assert extracted(nlp, [
        "Bernie Sanders thanked Missouri Sen. Claire Dunn for her endorsement.",
        "Six months ago, the independent Vermont senator said, the media considered him a “fringe candidate.”",
    ], "partial") == [("fringe candidate.", "Bernie Sanders")]


def test_an_office_named_after_a_country_speaks_by_its_whole_name(nlp):
    assert extracted(nlp, [
        "The U.S. Attorney's Office for the Southern District of New York said that the charges against "
        "the former mayor would be dropped.",
    ], "indirect") == [("the charges against the former mayor would be dropped",
                        "U.S. Attorney's Office for the Southern District of New York")]


def test_an_attribution_typed_without_its_space_or_as_its_own_sentence(nlp):
    # "…paranoia,”Clinton said" had opened a quotation at "Clinton"; "…missing.” Trump said." had left
    # the quotation to the person quoted before
    assert extracted(nlp, [
        "Mayor Joe Hale and Councilwoman Maria Gonzalez spoke at the forum on Tuesday.",
        "“I think it has been most surprising to see him traffic in a lot of the prejudice and paranoia,”Gonzalez "
        "said.",
        "“I hope you are able to find the 30,000 emails that are missing.” Hale said.",
    ], "direct") == [("I think it has been most surprising to see him traffic in a lot of the prejudice and paranoia,",
                      "Maria Gonzalez"),
                     ("I hope you are able to find the 30,000 emails that are missing.", "Joe Hale")]


def test_a_name_that_opens_a_clause_of_its_own_is_not_the_later_speaker(nlp):
    # PolNeAR train: the name before "were returning" (and "was a civil engineer") had spoken for the
    # organisation named after the clause
    assert extracted(nlp, [
        "Ahmed al Ashry and his wife were returning home to Cairo after a month-long stay in Paris, their "
        "children’s school, Leaders’ College, confirmed on Facebook Friday.",
        "Silva, a husband and father of four, was a civil engineer with Mota-Engil, Portuguese newspaper "
        "Correio de Manha reported.",
    ], "indirect") == [
        ("Ahmed al Ashry and his wife were returning home to Cairo after a month-long stay in Paris",
         "Leaders’ College"),
        ("Silva, a husband and father of four, was a civil engineer with Mota-Engil", "Correio de Manha"),
    ]


def test_a_quoted_name_inside_the_subject_or_after_on_is_no_quotation(nlp):
    # an AEB page: 'the “Pose” actor previously said on “DWTS.”' had no speaker; PolNeAR train: show
    # names after "on" ("said on “Meet the Press.”") had been partial quotes
    assert extracted(nlp, [
        "James Van Der Beek was eliminated on Monday.",
        "“Hearing the heartbeat was something we never take for granted,” the “Pose” actor previously said "
        "on “DWTS.”",
    ], ("direct", "partial")) == [("Hearing the heartbeat was something we never take for granted,",
                                   "James Van Der Beek")]


def test_a_time_after_that_and_telling_the_truth_report_nothing(nlp):
    # AEB pages: "wrote hundreds of songs that summer and sent …" and "lies as easily as it tells the
    # truth creates …" had been reported speech
    assert extracted(nlp, [
        "Mary Steenburgen grew up in Arkansas.",
        "She wrote hundreds of songs that summer and sent 12 of the best ones to a music lawyer.",
        "This is why a White House that lies as easily as it tells the truth creates major problems.",
        "She told reporters that day that the plan would fail.",
        "She said that time was running out.",
    ], "indirect") == [("the plan would fail", "Mary Steenburgen"), ("time was running out", "Mary Steenburgen")]


def test_words_said_before_the_quotation_are_the_speakers_when_a_body_reports_them(nlp):
    # an AEB page: 'he … said, “somebody ought to …,” the prosecutor’s office said' had credited the office;
    # a question someone was asked is not the asked person's
    assert extracted(nlp, [
        "Patrick Carlino was arrested on Friday.",
        "During the call, he said, “somebody ought to put a bullet in her skull,” the prosecutor’s office said.",
        "Carlino was asked, “Would you do it again?” He answered, “I have no idea.”",
    ], "direct") == [("somebody ought to put a bullet in her skull,", "Patrick Carlino"),
                     ("Would you do it again?", None), ("I have no idea.", "Patrick Carlino")]


def test_it_after_an_organisation_that_issued_a_statement_is_that_organisation(nlp):
    # an AEB page: "it pointed out" had gone to an organisation four paragraphs back
    assert extracted(nlp, [
        "Twitter pledged to take action against the account.",
        "The Electoral Commission issued a statement warning that “voters are entitled to transparency.” "
        "Critically, however, it pointed out that it doesn’t have “a role in regulating election content.”",
    ], "partial") == [("voters are entitled to transparency.", "Electoral Commission"),
                      ("a role in regulating election content.", "Electoral Commission")]


def test_according_to_a_thing_done_by_someone_and_a_warning_that_is_a_noun(nlp):
    # an AEB page: "eyewitness accounts corroborated" had been the source, and "without warning" a verb of
    # saying whose "content" was the sentence before it
    assert extracted(nlp, [
        "According to eyewitness accounts corroborated by video footage, police opened fire on the crowd "
        "without warning.",
    ], "indirect") == [("police opened fire on the crowd without warning", "eyewitness accounts")]


def test_he_is_not_the_person_he_speaks_to(nlp):
    # PolNeAR train: once "Sean Hannity" was found, "he told Hannity" had become Hannity's words
    quotes = extracted(nlp, [
        "Mayor Joe Hale met Governor Tom Reyes on Monday.",
        "Hale said the plan was popular with voters.",
        "“I think it could be done by June,” he told Hale.",
    ], "direct")
    assert quotes == [("I think it could be done by June,", "Tom Reyes")]


def test_shapes_a_review_of_this_round_found_wrong(nlp):
    # an answer typed as its own sentence is not the attribution; a nationality is no qualifier a role
    # must share; a state in quotation marks after "was in" is someone's words; a truth commission
    # hears reported speech
    assert extracted(nlp, [
        "Gov. Tom Reyes spoke to reporters. “The deal is dead.” Sen. Ann Ruiz agreed.",
    ], "direct")[0][1] != "Ann Ruiz"
    assert extracted(nlp, [
        "Prime Minister Boris Johnson spoke Monday. The British prime minister said the country would reopen.",
        "President Donald Trump said the economy was in “Great Shape.”",
        "Sen. Ann Ruiz told the truth commission that she had been tortured.",
    ], ("partial", "indirect")) == [("the country would reopen", "Boris Johnson"), ("Great Shape.", "Donald Trump"),
                                    ("she had been tortured", "Ann Ruiz")]
