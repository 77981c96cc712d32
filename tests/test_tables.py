"""Per-batch table frames: one row per thing, whatever the extractor repeats."""

from datetime import datetime, timezone

from pressroom.ids import article_id
from pressroom.model import CleanPage, Extraction, Mention, Person, Quote
from pressroom.tables import Document, batch_frames

BODY = "“We will appeal,” said Ana Silva, the union’s lawyer.\n\nSilva said the ruling was “unjust”."


def _frames(extraction):
    doc = Document("file:///s.txt", "ab" * 32, article_id("file:///s.txt"), datetime.now(timezone.utc))
    page = CleanPage(title="Union to appeal", paragraphs=BODY.split("\n\n"))
    return batch_frames([(doc, page, extraction)])


def test_repeated_quote_mention_and_person_collapse():
    quote = Quote("We will appeal,", "direct", 1, 16, 0, speaker="Ana Silva", speaker_kind="person", verb="said")
    mention = Mention("Ana Silva", "Ana Silva", 23, 32, paragraph_index=0)
    extraction = Extraction(
        people=[Person("Ana Silva", "the union’s lawyer", 1, True), Person("ana silva", None, 1, False)],
        mentions=[mention, mention],
        quotes=[quote, quote],
    )
    frames = _frames(extraction)
    assert frames["quotes"].height == 1
    assert frames["mentions"].height == 1
    people = frames["article_people"].to_dicts()
    assert len(people) == 1
    assert people[0]["name"] == "Ana Silva"
    assert people[0]["role"] == "the union’s lawyer"
    assert (people[0]["mention_count"], people[0]["quoted"]) == (2, True)


def test_different_spans_stay_apart():
    extraction = Extraction(
        quotes=[Quote("We will appeal,", "direct", 1, 16, 0), Quote("unjust", "partial", 82, 88, 1)],
    )
    frames = _frames(extraction)
    assert frames["quotes"]["text"].to_list() == ["We will appeal,", "unjust"]
    assert BODY[82:88] == "unjust"
