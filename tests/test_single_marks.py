"""Quotations in single marks, as British, Irish and Australian sites write them."""

from conftest import extracted

from pressroom.extract.marks import single_marks_as_double


def test_quotations_in_single_curly_marks_have_their_speakers(nlp):
    found = extracted(nlp, [
        "The union rejected the pay offer on Monday.",
        "‘We will not be bullied,’ the union’s general secretary, Mary Doyle, told the BBC. "
        "‘The workers’ union will fight this all the way.’",
        "The health secretary, Tom Price, said: ‘This is a fair offer. We have called it “final” for a reason.’",
    ], "direct")
    assert found == [
        ("We will not be bullied,", "Mary Doyle"),
        ("The workers’ union will fight this all the way.", "Mary Doyle"),
        ("This is a fair offer. We have called it “final” for a reason.", "Tom Price"),
    ]


def test_a_fragment_in_single_marks_is_a_partial_quote(nlp):
    found = extracted(nlp, [
        "The union rejected the pay offer on Monday.",
        "Ms Doyle, a nurse for 20 years, said the offer was ‘an insult’ to her members.",
    ], "partial")
    assert found == [("an insult", "Doyle")]


def test_a_quotation_in_single_marks_over_two_paragraphs(nlp):
    found = extracted(nlp, [
        "Police were called to the ground at 4pm.",
        "Chief Inspector Sarah Lowe said: ‘Officers acted quickly to separate the two groups of fans.",
        "‘Nobody was seriously hurt and the match went ahead.’",
    ], "direct")
    assert [speaker for _, speaker in found] == ["Sarah Lowe", "Sarah Lowe"]
    assert found[1][0] == "Nobody was seriously hurt and the match went ahead."


def test_quotations_in_straight_single_marks(nlp):
    found = extracted(nlp, [
        "The council voted on Tuesday night.",
        "'It was the right decision for the town,' the council leader, Peter Marsh, said.",
    ], "direct")
    assert found == [("It was the right decision for the town,", "Peter Marsh")]


def test_single_marks_inside_double_ones_stay_nested(nlp):
    found = extracted(nlp, [
        "The talks broke down late on Friday.",
        "“He looked at me and said ‘no deal’, and that was it,” said Ana Ruiz, the union’s negotiator.",
    ], ("direct", "partial"))
    assert found == [("He looked at me and said ‘no deal’, and that was it,", "Ana Ruiz")]


def test_apostrophes_are_not_quotation_marks():
    for text in (
        "Rock ’n’ roll came back in the ’90s, and fans loved ‘em.",
        "The Joneses’ house and the workers’ canteen were sold.",
        "The boss's office said the students' union had 'til Friday.",
        "“He told me ‘no’ twice,” she said.",
    ):
        assert single_marks_as_double(text) == text


def test_the_rewrite_keeps_every_offset():
    text = "‘He called it “a disgrace”,’ she said, and ‘the workers’ union’ agreed."
    rewritten = single_marks_as_double(text)
    assert rewritten == "“He called it ‘a disgrace’,” she said, and “the workers’ union” agreed."
    assert len(rewritten) == len(text)


def test_single_marks_in_a_paragraph_that_goes_on_with_a_quotation_stay_nested():
    from pressroom.extract.marks import as_read
    from pressroom.model import CleanPage

    page = CleanPage(title="t", paragraphs=[
        "Ana Ruiz, who runs a shelter in the city, said: “People are scared. They hear it every day.",
        "It puts fear in people when you tell them, 'We have to get these people out!' and 'Go home!'”",
    ])
    assert as_read(page) is page


def test_one_word_in_straight_single_marks_is_a_partial_quote(nlp):
    found = extracted(nlp, [
        "The council voted 7-2 to pause the cycleway.",
        "Councillor Ben Whitlock, who voted against the pause, called the decision 'short-sighted'.",
        "The coach said his side were 'gutted' by the result, and praised the players' 'commitment'.",
    ], "partial")
    assert [text for text, _ in found] == ["short-sighted", "gutted", "commitment"]
    assert found[0][1] == "Ben Whitlock"
