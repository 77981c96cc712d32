"""Which pieces make one quotation: split by an attribution, or over paragraphs."""

from pressroom.extract.quotations import join_split_quotes, quotation_groups


def test_join_split_quotes():
    body = "“We will win,” she said. “No doubt.”\n\n“Next.”"
    preds = [
        {"text": "We will win,", "kind": "direct", "speaker": "A", "start_char": 1, "end_char": 13},
        {"text": "No doubt.", "kind": "direct", "speaker": "A", "start_char": 26, "end_char": 35},
        {"text": "Next.", "kind": "direct", "speaker": "B", "start_char": 39, "end_char": 44},
    ]
    assert body[26:35] == "No doubt." and body[39:44] == "Next."
    out = join_split_quotes(preds, body)
    assert [q["text"] for q in out] == ["We will win, No doubt.", "Next."]


def _rows(body, pieces, speaker="A", verbs=None):
    rows = []
    for k, piece in enumerate(pieces):
        start = body.index(piece)
        row = {"text": piece, "kind": "direct", "speaker": speaker, "start_char": start,
               "end_char": start + len(piece)}
        if verbs is not None:
            row["verb"] = verbs[k]
        rows.append(row)
    return rows


def test_join_split_quotes_long_attribution_and_two_apostrophes():
    body = ("''I have been through the racks,'' said Bob Mason, a retired carrier who came to hear "
            "Mr. Trump here on Tuesday. ''If companies want to go, let them.''")
    for verbs in (None, ["said", None]):
        out = join_split_quotes(_rows(body, ["I have been through the racks,", "If companies want to go, let them."],
                                      verbs=verbs), body)
        assert [q["text"] for q in out] == ["I have been through the racks, If companies want to go, let them."]


def test_join_split_quotes_keeps_separate_attributions_apart():
    # the second piece has an attribution of its own, or follows a full stop
    body = "“We will win,” she said. “No doubt,” she added.\n\n“It is over.” She added, “Not yet.”"
    for verbs in (None, ["said", "added", "added", "added"]):
        rows = _rows(body, ["We will win,", "No doubt,", "It is over.", "Not yet."], verbs=verbs)
        out = join_split_quotes(rows, body)
        assert [q["text"] for q in out] == ["We will win,", "No doubt,", "It is over.", "Not yet."]
    # a different speaker never joins
    body = "“We will win,” she said. “No doubt.”"
    rows = _rows(body, ["We will win,", "No doubt."])
    rows[1]["speaker"] = "B"
    assert len(join_split_quotes(rows, body)) == 2


def test_join_adjacent_pieces_and_questions():
    body = "“We have to do something.”\xa0 “We have to be tougher.”\n\n“Can we win?” Mr. Hale asked. “I do not know.”"
    out = join_split_quotes(_rows(body, ["We have to do something.", "We have to be tougher.", "Can we win?",
                                         "I do not know."]), body)
    assert [q["text"] for q in out] == ["We have to do something. We have to be tougher.",
                                        "Can we win? I do not know."]



def test_groups_point_at_the_first_piece():
    body = "“We will win,” she said. “No doubt.”\n\n“Next.”"
    rows = _rows(body, ["We will win,", "No doubt.", "Next."])
    rows[2]["speaker"] = "B"
    assert quotation_groups(rows, body) == [0, 0, 2]
    assert quotation_groups(rows, None) == [0, 1, 2]


def test_a_second_attribution_between_pieces_starts_a_new_quotation():
    body = "“We cannot afford this anymore,” Trump said, adding later, “The alliance costs us a fortune.”"
    pieces = ["We cannot afford this anymore,", "The alliance costs us a fortune."]
    assert len(join_split_quotes(_rows(body, pieces, verbs=["said", "adding"]), body)) == 2
    body = "“We cannot afford this anymore,” Trump said. “The alliance costs us a fortune.”"
    assert len(join_split_quotes(_rows(body, pieces, verbs=["said", None]), body)) == 1


def test_the_next_paragraph_goes_on_in_the_same_voice():
    # “…,” he said. ⏎ “…”: a closed quotation with no attribution of its own
    body = "“No one is writing songs for her,” he said.\n\n“Right now, the vote is against Trump.”"
    rows = _rows(body, ["No one is writing songs for her,", "Right now, the vote is against Trump."],
                 verbs=["said", None])
    assert quotation_groups(rows, body) == [0, 0]
    # without the extractor's word that nothing attributes it, every paragraph stands alone
    assert quotation_groups(_rows(body, [r["text"] for r in rows]), body) == [0, 1]


def test_the_next_paragraph_stands_alone_after_the_writers_words():
    cases = [
        # a sentence of the writer's after the attribution
        ("“We will build a wall,” Trump added. He then had a question.\n\n“Who will pay for it?”",
         ["We will build a wall,", "Who will pay for it?"]),
        # the attribution introduces the next paragraph
        ("“It is going to be close,” Tenney said. She went on to say:\n\n“Nobody will support him.”",
         ["It is going to be close,", "Nobody will support him."]),
        # words of the writer's run on from the second piece
        ("“France is no longer France,” he claimed.\n\n“France will always be France,” an angry Hollande retaliated.",
         ["France is no longer France,", "France will always be France,"]),
        # the second paragraph's quotation is left open (a block quote)
        ("“Here he is, babe,” she said.\n\n“Kevin was snoring.\n\n“Donald’s here.”",
         ["Here he is, babe,", "Kevin was snoring."]),
        # a question after an answer: most likely someone else asks
        ("“The numbers are clear,” Tom Hale told reporters.\n\n“Are you resigning?”",
         ["The numbers are clear,", "Are you resigning?"]),
        # the writer goes on after it, naming who said it
        ("“We will rebuild,” said Mayor Ann Ruiz.\n\n“I don't believe her.” Tom Hale said he was leaving.",
         ["We will rebuild,", "I don't believe her."]),
    ]
    for body, pieces in cases:
        assert quotation_groups(_rows(body, pieces, verbs=["said", None]), body) == [0, 1], body


def test_a_quoted_title_in_the_attribution_does_not_split_the_quotation():
    body = ("''Jobs, jobs, jobs,'' Mrs. Clinton said on ''The Late Show'' last month. "
            "''Nobody did it better.''")
    rows = _rows(body, ["Jobs, jobs, jobs,", "Nobody did it better."], verbs=["said", None])
    assert quotation_groups(rows, body) == [0, 0]
    # but a colon before the second piece introduces it
    body = "“It is over,” he said on “Fox and Friends,” and went further: “It is done.”"
    rows = _rows(body, ["It is over,", "It is done."], verbs=["said", None])
    assert quotation_groups(rows, body) == [0, 1]


def test_a_quoted_fragment_inside_the_attribution_does_not_split_the_quotation():
    # the extractor reports the title or word quoted inside the attribution as a
    # partial piece of its own; it lies between the two pieces and joins neither
    cases = [
        ("''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.'' "
         "''She lies like crazy about everything.''",
         ["It's nonsense,", "Meet the Press.", "She lies like crazy about everything."]),
        ("''It's pretty cool working there,'' she said, describing how she puts together "
         "''tubular mixers,'' batches of rods. ''And when you do it for 60 hours a week, people are like family.''",
         ["It's pretty cool working there,", "tubular mixers,",
          "And when you do it for 60 hours a week, people are like family."]),
    ]
    for body, pieces in cases:
        rows = _rows(body, pieces, verbs=["said", "said", None])
        rows[1]["kind"] = "partial"
        assert quotation_groups(rows, body) == [0, 1, 0], body
    # a piece that has an attribution of its own still starts a quotation
    body = "“It is over,” he said on “Fox and Friends.” “It is done,” he added."
    rows = _rows(body, ["It is over,", "Fox and Friends.", "It is done,"], verbs=["said", "said", "added"])
    rows[1]["kind"] = "partial"
    assert quotation_groups(rows, body) == [0, 1, 2]


def test_the_next_paragraph_goes_on_past_a_title_in_the_attribution():
    body = ("''Politics has never been gentlemanly,'' said Jon Meacham, the author of ''Destiny and Power,'' "
            "a biography of the 41st president.\n\n''The lesson of 2016 is that none of the old rules apply.''")
    rows = _rows(body, ["Politics has never been gentlemanly,", "Destiny and Power,",
                        "The lesson of 2016 is that none of the old rules apply."], verbs=["said", "said", None])
    rows[1]["kind"] = "partial"
    assert quotation_groups(rows, body) == [0, 1, 0]
    # but not past a sentence of the writer's that ends in a quoted word
    body = ("“We will rebuild,” said Mayor Ann Ruiz, who called the plan “a promise.” Critics were not "
            "convinced.\n\n“The money is not there.”")
    rows = _rows(body, ["We will rebuild,", "a promise.", "The money is not there."], verbs=["said", "called", None])
    rows[1]["kind"] = "partial"
    assert quotation_groups(rows, body) == [0, 1, 2]


def test_abbreviations_in_the_attribution_are_not_sentence_breaks():
    # the break test is the sentence splitter's own (one list of abbreviations)
    for attribution in ("said Gen. Ann Ruiz on Sept. 4",
                        "said John F. Kennedy Jr. of the U.S. Navy",
                        "said Rep. G.K. Butterfield (D-N.C.), head of the caucus",
                        "said state Del. Marcia Price (D-Newport News)",
                        "said Amb. Linda Thomas-Greenfield"):
        body = f"“We will win,” {attribution}. “No doubt.”"
        rows = _rows(body, ["We will win,", "No doubt."], verbs=["said", None])
        assert quotation_groups(rows, body) == [0, 0], attribution
    # but a state or an agency can end the sentence, and so can "no"
    for attribution in ("said Ann Ruiz. She left", "said Tom Ash, the mayor of Dover, Del. Residents were skeptical",
                        "said Ann Cole of Trenton, N.J. Her opponent disagreed",
                        "said Paul Diaz, a former aide at the E.P.A. Officials there disagreed",
                        "said Sen. Ann Cole, who voted no. Most of her party voted yes",
                        "said Ann Cole, who moved to Newark in northern Del. She left"):
        body = f"“We will win,” {attribution}. “No doubt.”"
        rows = _rows(body, ["We will win,", "No doubt."], verbs=["said", None])
        assert quotation_groups(rows, body) == [0, 1], attribution


def test_an_opening_mark_typed_for_the_closing_one_still_joins():
    body = "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It's a hard thing to do.”"
    rows = _rows(body, ["It's unusual,", "It's a hard thing to do."], verbs=["said", None])
    assert quotation_groups(rows, body) == [0, 0]


def test_a_piece_attributed_after_itself_is_a_quotation_of_its_own():
    # each piece but the last has its own "said" after it, the same word as the one before it
    body = ('"His normal demeanor is grumpy," she said, but despite the tone, "I think he will do it," said Kunin. '
            '"Now he\'s a national figure," said Kunin. "He claims to be a Democrat."')
    pieces = ["His normal demeanor is grumpy,", "I think he will do it,", "Now he's a national figure,",
              "He claims to be a Democrat."]
    groups = quotation_groups(_rows(body, pieces, verbs=["said", "said", "said", None]), body)
    assert groups == [0, 1, 2, 2]
    # another verb after the piece, or the same word in a clause of its own, is no attribution of it
    for tail in ("adding that talks would resume on Monday.", "but the board said nothing further."):
        body = f"“We have done our part,” Mwangi said, “and now the ball is in their court,” {tail}"
        rows = _rows(body, ["We have done our part,", "and now the ball is in their court,"], verbs=["said", "said"])
        assert quotation_groups(rows, body) == [0, 0], tail
