"""Quote scoring on small hand-made cases."""

from pressroom.evaluate.quotes import (gold_kind, greedy_match, jaccard, names_match, normalise,
                                       score_documents, source_head, whole_quotations)


def attr(content, marks="full", source="Jane Doe", cue="said", id_="E1", start=None):
    return {"id": id_, "content": content, "quote_marks": marks, "source": source, "cue": cue,
            "content_start": start, "content_end": None if start is None else start + len(content)}


def test_normalise_and_jaccard():
    assert normalise("“We will win.”") == "We will win"
    assert normalise("''We will win,''") == "We will win"
    assert jaccard("“We will win,”", "we will WIN.") == 1.0
    assert jaccard("a b c d", "a b") == 0.5
    assert jaccard("", "a") == 0.0


def test_greedy_is_one_to_one_and_best_first():
    m = greedy_match(["a b c", "a b c d"], ["a b c d"])
    assert m == [(1, 0, 1.0)]
    assert greedy_match(["x y"], ["a b"]) == []


def test_names():
    assert names_match("Tom Malinowski", "Mr. Malinowski’s")
    assert names_match("Hillary Clinton", "Sen. Hillary Clinton")
    assert not names_match("Bill Clinton", "Hillary Clinton")
    assert not names_match(None, "Clinton")
    assert source_head("Mr. King, 82,") == "Mr. King"
    assert source_head("Mr. Morgan of the Sierra Club") == "Mr. Morgan"


def test_two_apostrophe_gold_is_direct():
    text = "He said, ''We are ready.'' Then he left."
    a = attr("''We are ready.''", marks="none", start=9)
    assert gold_kind(a, text) == "direct"
    assert gold_kind(attr("x", marks="none", start=0), "x y") == "none"


def test_direct_scores_neutral_and_speakers():
    gold = [{"doc_id": "d", "attributions": [
        attr("“We will win this race,”", source="he", id_="E1"),
        attr("the plan is a “disaster” for everyone", marks="partial", id_="E2"),
        attr("taxes will rise next year for most families", marks="none", id_="E3"),
    ]}]
    names = {"d|E1": {"name": "Jane Doe"}}
    preds = {"d": [
        {"text": "We will win this race,", "speaker": "Jane Doe", "kind": "direct"},
        {"text": "the plan is a disaster for everyone", "speaker": "Jane Doe", "kind": "direct"},  # neutral
        {"text": "something nobody said at all", "speaker": None, "kind": "direct"},  # false positive
        {"text": "disaster", "speaker": "Jane Doe", "kind": "partial"},
        {"text": "taxes will rise next year for most families", "speaker": "Jane Doe", "kind": "indirect"},
    ]}
    s = score_documents(gold, preds, names)
    assert s["direct_precision"] == 0.5 and s["direct_recall"] == 1.0
    assert s["speaker_accuracy"] == 1.0
    assert s["partial_recall"] == 1.0
    assert s["indirect_precision"] == 1.0 and s["indirect_recall"] == 1.0
    preds["d"][0]["speaker"] = "John Roe"
    s = score_documents(gold, preds, names)
    assert s["speaker_accuracy"] == 0.0 and s["end_to_end_f1"] == 0.0


def test_partial_quote_speakers():
    gold = [{"doc_id": "d", "attributions": [
        attr("the plan is a “disaster” for everyone", marks="partial", id_="E1", source="Jane Doe"),
        attr("a “con artist” who will bleed the country", marks="partial", id_="E2", source="Harry Reid"),
    ]}]
    preds = {"d": [{"text": "disaster", "speaker": "Doe", "kind": "partial"},
                   {"text": "con artist", "speaker": None, "kind": "partial"}]}
    s = score_documents(gold, preds)
    assert s["partial_recall"] == 1.0 and s["partial_speaker_accuracy"] == 0.5
    preds["d"][1]["speaker"] = "Reid"
    assert score_documents(gold, preds)["partial_speaker_accuracy"] == 1.0


def test_names_that_are_title_words():
    # "Prince" is a title word, but in "Mr. Prince" it is the name
    assert names_match("Matthew Prince", "Mr. Prince")
    assert not names_match("Matthew Prince", "Mr. King")
    assert not names_match("Matthew Prince", "he")
    assert names_match("Larry King", "Mr. King, 82,".split(",")[0])
    assert not names_match("Ohio governor", "the governor")


def test_military_titles_and_names_that_are_titles():
    assert names_match("Harry B. Harris Jr", "Admiral Harris")
    assert names_match("John Major", "Mr. Major")


def test_whole_quotations_joins_pieces_that_share_a_quotation():
    pieces = [
        {"text": "No doubt.", "kind": "direct", "quotation_id": "q1", "start_char": 26, "end_char": 35},
        {"text": "We will win,", "kind": "direct", "quotation_id": "q1", "start_char": 1, "end_char": 13},
        {"text": "Next.", "kind": "direct", "quotation_id": None, "start_char": 39, "end_char": 44},
        {"text": "Later.", "kind": "direct", "quotation_id": None, "start_char": 50, "end_char": 56},
    ]
    out = whole_quotations(pieces)
    assert [(q["text"], q["end_char"]) for q in out] == [("We will win, No doubt.", 35), ("Next.", 44), ("Later.", 56)]

