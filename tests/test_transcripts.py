"""Transcripts and interviews: a paragraph that opens on its speaker and a colon."""

from conftest import extracted


def test_a_transcript_in_capitals_gives_each_line_to_its_speaker(nlp):
    found = extracted(nlp, [
        "The following is a transcript of Sunday's interview on \"Capitol Report.\"",
        "HOST KAREN DUVALL: Senator, thank you for being here. Will you support the spending bill?",
        "SEN. MARCUS WHITFIELD: Karen, I've been clear. I will not vote for this bill.",
        "DUVALL: Even if it means a shutdown?",
        "WHITFIELD: Nobody wants a shutdown.",
        "UPDATE: The vote was delayed until Tuesday.",
    ], "direct")
    assert found == [
        ("Senator, thank you for being here. Will you support the spending bill?", "Karen Duvall"),
        ("Karen, I've been clear. I will not vote for this bill.", "Marcus Whitfield"),
        ("Even if it means a shutdown?", "Karen Duvall"),
        ("Nobody wants a shutdown.", "Marcus Whitfield"),
    ]


def test_an_interviews_named_lines_are_the_speakers_and_a_qandas_answers_are_not_quoted(nlp):
    # (PolNeAR's annotators leave a Q&A's answers unannotated: train, politico 2016-02-19)
    found = extracted(nlp, [
        "Dr. Helen Marchetti has led the Harbor County health department since 2019. She spoke with the "
        "Gazette about the outbreak.",
        "Q: How many cases are we talking about?",
        "A: As of this morning, 23 confirmed cases.",
        "Tariq Osei, the new artistic director of the Lantern Theatre, sat down with us.",
        "Northside Weekly: What drew you to the Lantern?",
        "Tariq Osei: Honestly, the audience.",
        "Osei: Because people need to laugh right now.",
    ], "direct")
    assert found == [("Honestly, the audience.", "Tariq Osei"), ("Because people need to laugh right now.", "Tariq Osei")]


def test_a_list_of_people_with_a_line_each_is_no_transcript(nlp):
    # PolNeAR train (usa-today 2016-02-09, nyt 2016-07-11, breitbart 2016-06-04): the writer's words
    found = extracted(nlp, [
        "Here is what each candidate needs in New Hampshire.",
        "Donald Trump: Win in a walk.",
        "Jeb Bush: Student loans Some big ideas do come to pass.",
        "Hillary Clinton: 1,769.",
        "Bernie Sanders: 1,501.",
        "Hillary Clinton: 2,316 with superdelegates.",
    ], "direct")
    assert found == []


def test_a_quoted_transcript_line_is_its_speakers_without_the_label(nlp):
    # the shape of a PolNeAR dev article (breitbart, 2016-09-25): a transcript quoted paragraph by paragraph
    found = extracted(nlp, [
        "Fox News host Chris Wallace interviewed Gov. Mike Pence on Sunday. Partial transcript:",
        "\"WALLACE: Governor, I don’t want to interrupt, but I want to try to get —.",
        "\"PENCE: And that’s why Donald Trump is on his way to the White House.\"",
        "NEW DELHI: The minister said the roads would be finished by December.",
    ], "direct")
    assert found == [("Governor, I don’t want to interrupt, but I want to try to get —.", "Chris Wallace"),
                     ("And that’s why Donald Trump is on his way to the White House.", "Mike Pence")]


def test_datelines_subheads_and_lists_of_people_are_no_transcript(nlp):
    # probes of this round's review: each of these read as a transcript line in a first version
    found = extracted(nlp, [
        "WASHINGTON: Actor Denzel Washington said on Monday he would return to Broadway next year.",
        "BILL SHOCK: The price cap will rise by £94 a year, regulator Ofgem said.",
        "Where the leaders stand on tax:",
        "Rishi Sunak: Promised to cut national insurance again.",
        "Keir Starmer: Ruled out rises in income tax.",
        "On immigration:",
        "Rishi Sunak: Wants a cap on visas.",
        "Keir Starmer: Would end the Rwanda scheme.",
    ], ("direct", "partial"))
    assert found == []
