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
    for verbs in (None, ["said", "added", None, "added"]):
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
