"""The cleaner on realistic scrapes of many kinds of news site.

Each page in tests/data/scrapes/sites imitates the structure of one kind of
site (wire story on a regional paper, broadcaster, live blog, tabloid,
magazine, press release, ...) with invented people and events. Its
``.expected.json`` gives the title, the body paragraphs exactly, the captions
with credits and positions, and the site/byline/date where the page shows
them; a key left out of the file is not asserted. ``notes`` record the
choices made where a page is ambiguous.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressroom.clean import chrome_lines, clean_text

SITES = Path(__file__).parent / "data" / "scrapes" / "sites"
PAGES = sorted(SITES.glob("*.txt"))


def _expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))


def test_there_are_many_kinds_of_site():
    assert len(PAGES) >= 10
    assert all(page.with_suffix(".expected.json").exists() for page in PAGES)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_title_and_page_facts(path: Path):
    expected = _expected(path)
    page = clean_text(path.read_text(encoding="utf-8"))
    assert page.title == expected["title"]
    for key in ("site", "byline", "published_at"):
        if key in expected:
            assert getattr(page, key) == expected[key], key


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_body_paragraphs(path: Path):
    page = clean_text(path.read_text(encoding="utf-8"))
    assert page.paragraphs == _expected(path)["paragraphs"]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_captions_credits_and_positions(path: Path):
    page = clean_text(path.read_text(encoding="utf-8"))
    got = [{"text": c.text, "credit": c.credit, "position": c.position} for c in page.captions]
    assert got == _expected(path)["captions"]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_expected_bodies_hold_no_chrome_and_cleaned_bodies_none_left(path: Path):
    expected = "\n\n".join(_expected(path)["paragraphs"])
    assert chrome_lines(expected) == []
    assert chrome_lines(clean_text(path.read_text(encoding="utf-8")).body) == []


@pytest.mark.parametrize(
    "line",
    [
        "RELATED: Pensioner, 91, chases burglar from home with frying pan",
        "ALSO READ  Council to relocate timber market",
        "READ MORE | Town centre crime up 20 per cent",
        "11:58 PM",
        "9:47 PM Turnout record in northern counties",
        "Page 2 of 3",
        "1 of 12",
        "— Dana Whitcombe (@danawhit) November 7, 2018",
        "A post shared by Hexley Community Page (@hexleycommunity) on Mar 4, 2019 at 3:15pm PST",
        "Tags: fire, market, city council",
        "News  Weather  Sports  Traffic  Contests",
        "About Us | Terms of Service | Privacy Statement | Contact Us",
        "Loading ...",
        "4 Min Read",
        "2h ago",
        "reporter@paper.example",
        "Staff Reporter",
        "Reporting by Ana Ferreira in Santiago; Editing by Jane Merriman",
        "Posted on March 5, 2019 by Rebecca Hale",
        "Image copyright Lorna Pike",
        "Image caption The station has operated since 1874",
        "March 2019 Issue",
        "This article appears in the March 2019 print edition with the headline “Mapping the Unmappable.”",
        "Copyright 2019 The Associated Press. All rights reserved.",
        # whole-page scrapes of the article-extraction benchmark
        "Jump directly to the content",
        "Share this with WhatsApp",
        "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
        "You may also like...",
        "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy",
        "Facebook Twitter LinkedIn",
        "you are here: HomeNewsBusinessMarkets",
        "You are at:",
        "These are external links and will open in a new window",
        "Media playback is unsupported on your device",
        "Copy this link",
        "Image 3 of 5",
        "View all (4)",
        "Media captionWho is Julian Assange?",
        "(Image credit: Sierra Nevada Corp.)",
    ],
)
def test_chrome_lines_catches_chrome_that_survives(line: str):
    body = "The council met on Monday to discuss the budget for next year.\n\n" + line
    assert chrome_lines(body) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "6:05 p.m.",
        "Related: the senator said the vote would be close.",
        "Read the rest here.",
        "Page one of the report was blank, she said.",
        "The 1 of 12 jurors who dissented spoke to reporters.",
        "***",
        "___.",
        "Jane Doe, the mayor, said the vote was a mistake.",
        "The video was posted Nov 19, 6:55 AM, and shared thousands of times.",
        "Share this with your friends, she urged readers.",
        "Facebook and Twitter",
        "Image of the year",
        "You are here because you were invited.",
    ],
)
def test_chrome_lines_leaves_article_sentences_alone(line: str):
    assert chrome_lines(line) == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_cleaning_the_cleaned_page_again_changes_nothing(path: Path):
    first = clean_text(path.read_text(encoding="utf-8"))
    again = clean_text(first.title + "\n\n" + first.body)
    assert again.title == first.title
    assert again.paragraphs == first.paragraphs
