"""Pages in other languages get no people or quotes from the English model."""

import json
from pathlib import Path

import pytest

from pressroom.extract import extract_pages
from pressroom.extract.language import looks_english
from pressroom.model import CleanPage

# article texts of the article-extraction benchmark (its ground truth), cut to 1,500 characters
TEXTS = json.loads((Path(__file__).parent / "data" / "languages.json").read_text(encoding="utf-8"))


def page_of(text: str) -> CleanPage:
    return CleanPage(title=None, paragraphs=[p.strip() for p in text.split("\n\n") if p.strip()])


@pytest.mark.parametrize("lang", ["de", "it", "pt", "ru", "ja", "ko"])
def test_other_languages_are_told_apart(lang):
    assert not looks_english(TEXTS[lang])


def test_english_prose_and_english_results_lists_are_english():
    seeds = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
    assert seeds and all(looks_english(p.read_text(encoding="utf-8")) for p in seeds)
    # sports results: names and scores, hardly a function word of any language
    assert looks_english(TEXTS["en_results"])
    assert looks_english("Short texts cannot be told, so they stay English: der die das.")


def test_a_page_in_another_language_gets_no_people_or_quotes(nlp):
    english = page_of(TEXTS["en_results"])
    pages = [page_of(TEXTS["de"]), english, page_of(TEXTS["it"])]
    german, results, italian = extract_pages(pages, nlp)
    assert german.people == [] and german.quotes == [] and italian.people == []
    # the English page beside them is extracted as it would be alone
    alone = extract_pages([english], nlp)[0]
    assert results.people and [p.name for p in results.people] == [p.name for p in alone.people]
