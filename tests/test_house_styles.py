"""The articles bundled for bench/house_styles.py, run through what the warehouse validates."""

import json
from pathlib import Path

from pressroom.extract import extract_pages
from pressroom.model import CleanPage

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"


def test_house_style_articles_pass_what_the_warehouse_validates(nlp):
    # every quote and mention points at its words, and every person who speaks is one of the
    # article's people (a validation failure rejects the article)
    cases = [case for path in sorted(DATA.glob("house_styles_*.json")) for case in json.loads(path.read_text("utf-8"))]
    pages = [CleanPage(title="", paragraphs=case["p"]) for case in cases]
    for page, extraction in zip(pages, extract_pages(pages, nlp)):
        people = {person.name for person in extraction.people}
        for quote in extraction.quotes:
            assert page.body[quote.start_char : quote.end_char] == quote.text
            if quote.speaker_kind == "person":
                assert {quote.speaker, *quote.co_speakers} <= people, (quote.speaker, quote.text)
        for mention in extraction.mentions:
            if mention.caption_index is None:
                assert page.body[mention.start_char : mention.end_char] == mention.surface
