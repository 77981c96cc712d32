"""The chrome cleaner on the two seed scrapes and on chrome-free article text."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from pressroom.clean import chrome_lines, clean_text
from pressroom.model import CleanPage

DATA = Path(__file__).parent / "data"
SEEDS = sorted((DATA / "seeds").glob("*.txt"))
PLAIN = sorted((DATA / "plain_articles").glob("*.txt"))


def _gold(seed: Path) -> dict:
    return json.loads((DATA / "gold" / f"{seed.stem}.gold.json").read_text(encoding="utf-8"))


def _expected_body(seed: Path) -> list[str]:
    text = (DATA / "seed_bodies" / seed.name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_there_are_seeds_and_plain_articles():
    assert len(SEEDS) == 2
    assert len(PLAIN) >= 5


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_title_site_and_body(seed: Path):
    gold = _gold(seed)["article"]
    page = clean_text(seed.read_text(encoding="utf-8"))
    assert isinstance(page, CleanPage)
    assert page.title == gold["title"]
    assert page.site == gold["site"]
    assert page.paragraphs == _expected_body(seed)
    assert len(page.paragraphs) == gold["paragraphs"]
    assert page.body.startswith(gold["body_starts_with"])
    assert page.body.endswith(gold["body_ends_with"])
    for forbidden in gold["must_not_contain"]:
        assert forbidden not in page.body


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_captions_and_credits(seed: Path):
    gold = _gold(seed)["captions"]
    page = clean_text(seed.read_text(encoding="utf-8"))
    assert [(c.text, c.credit) for c in page.captions] == [(c["text"], c["credit"]) for c in gold]
    for caption in page.captions:
        assert caption.text not in page.body
        assert 0 <= caption.position <= len(page.paragraphs)


def test_caption_positions_count_body_paragraphs_before_them():
    seed = next(s for s in SEEDS if s.stem.startswith("003"))
    page = clean_text(seed.read_text(encoding="utf-8"))
    positions = [c.position for c in page.captions]
    assert positions[0] == 0
    assert positions == sorted(positions)
    # the second photo sits after the paragraph about General Neang Phat
    second = page.captions[1].position
    assert page.paragraphs[second - 1].startswith("In January, four-star General")
    assert page.paragraphs[second].startswith("More recently, Defense Minister")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_no_chrome_left_in_seed_bodies(seed: Path):
    page = clean_text(seed.read_text(encoding="utf-8"))
    assert chrome_lines(page.body) == []
    expected = "\n\n".join(_expected_body(seed))
    assert chrome_lines(expected) == []


@pytest.mark.parametrize("article", PLAIN, ids=lambda p: p.stem[:40])
def test_plain_article_passes_through_unchanged(article: Path):
    text = article.read_text(encoding="utf-8")
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    page = clean_text(text)
    assert page.title == " ".join(blocks[0].split())
    # every line kept, in order; a block is only ever split between its lines
    assert [line.strip() for p in page.paragraphs for line in p.split("\n")] == \
        [line.strip() for b in blocks[1:] for line in b.split("\n") if line.strip()]
    assert len(page.paragraphs) >= len(blocks) - 1
    assert page.captions == []
    assert chrome_lines(page.body) == []


def test_paragraphs_broken_by_single_newlines_are_split():
    article = next(p for p in PLAIN if p.name.startswith("huff-post_2016-09-16_black-lawmakers"))
    page = clean_text(article.read_text(encoding="utf-8"))
    assert len(page.paragraphs) > len([b for b in article.read_text(encoding="utf-8").split("\n\n") if b.strip()])
    # a line that ends a sentence and a line that starts one are two paragraphs
    assert not any(re.search(r"[.?!”]\s*\n[“A-Z]", p) for p in page.paragraphs)
    dog_whistle = next(p for p in page.paragraphs if "dog whistle" in p)
    assert dog_whistle.startswith("“It’s a dog whistle")


def test_short_lines_and_lines_cut_mid_sentence_stay_together():
    verse = "Title\n\nRoses are red.\nViolets are blue.\n\n" \
        "The committee voted on the measure late on Tuesday and\nthe result surprised almost every observer in the room."
    page = clean_text(verse)
    assert page.paragraphs[0] == "Roses are red.\nViolets are blue."
    assert len(page.paragraphs) == 2


def test_plain_article_with_two_line_title_keeps_the_subtitle_in_the_title():
    article = next(p for p in PLAIN if p.name.startswith("usa-today_2016-09-08_candidates"))
    page = clean_text(article.read_text(encoding="utf-8"))
    assert page.title.startswith("Candidates vie for vets' support; Trump and Clinton point out")
    assert page.paragraphs[0].startswith("Donald Trump and Hillary Clinton vied for the title")


def test_plain_article_keeps_repeated_short_lines_and_closing_remarks():
    latest = next(p for p in PLAIN if "the-latest" in p.name)
    page = clean_text(latest.read_text(encoding="utf-8"))
    assert page.paragraphs.count("___.") >= 5
    stealth = next(p for p in PLAIN if "stealth" in p.name)
    assert clean_text(stealth.read_text(encoding="utf-8")).paragraphs[-1] == "Read the rest here."


def test_plain_article_keeps_mixed_quotation_marks_as_written():
    text = 'Title line\n\nHe said "yes" and she said “no”.\n\nThey\'re sure it’s fine.'
    page = clean_text(text)
    assert page.title == "Title line"
    assert page.paragraphs == ['He said "yes" and she said “no”.', "They're sure it’s fine."]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n \t \n",
        "x",
        "\x00\x01\x02\ufffe\ufeff",
        "a" * 1_000_000,
        ("word " * 200_000).strip(),
        bytes(range(256)).decode("latin-1") * 50,
        "•\n•\n• \n  •  ",
        "Photo supplied",
        "IMG_1234.jpg",
        "Related stories\n\n• a\n\n• b",
        "\n".join(["Same line here again"] * 500),
    ],
    ids=["empty", "blank", "one-char", "controls", "1MB-line", "1MB-words", "binary", "bullets",
         "credit", "file", "footer-only", "repeats"],
)
def test_arbitrary_text_never_raises(text: str):
    page = clean_text(text)
    assert isinstance(page, CleanPage)
    assert isinstance(page.paragraphs, list)
    assert all(isinstance(p, str) and p for p in page.paragraphs)
    assert isinstance(chrome_lines(page.body), list)


def test_empty_text_gives_an_empty_page():
    page = clean_text("")
    assert page.title is None
    assert page.paragraphs == []
    assert page.captions == []


def test_cleaning_is_fast():
    seed = SEEDS[0].read_text(encoding="utf-8")
    clean_text(seed)
    start = time.perf_counter()
    for _ in range(20):
        clean_text(seed)
    per_page = (time.perf_counter() - start) / 20
    assert per_page < 0.05  # about 1-3 ms on a normal machine; generous for shared CI

    start = time.perf_counter()
    clean_text("a " * 500_000)
    assert time.perf_counter() - start < 5


def test_cleaning_again_changes_nothing():
    for seed in SEEDS:
        first = clean_text(seed.read_text(encoding="utf-8"))
        again = clean_text(first.title + "\n\n" + first.body)
        assert again.title == first.title
        assert again.paragraphs == first.paragraphs


POLNEAR_DEV = Path("/work/shared/bench/polnear/dev.jsonl")


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="shared PolNeAR bench not mounted")
def test_every_polnear_dev_article_passes_through_unchanged():
    """All 84 dev articles: title is the first block, every line kept as is and
    in order (a block is split only where single newlines break paragraphs)."""
    for line in POLNEAR_DEV.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        page = clean_text(text)
        assert page.title == " ".join(blocks[0].split())
        assert [x.strip() for p in page.paragraphs for x in p.split("\n")] == \
            [x.strip() for b in blocks[1:] for x in b.split("\n") if x.strip()]
        assert page.captions == []
        assert chrome_lines(page.body) == []
