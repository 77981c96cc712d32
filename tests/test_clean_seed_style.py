"""The cleaner on scrapes in the seeds' shape from sites the rules were not written from.

``tests/data/seed_style/{a,b}`` hold twenty pages written in the twenty-third round by two
helpers that saw the seeds and their gold but not the code: each page with a gold file in
the seeds' format and its expected body (``<page>.body.txt``). ``pressroom eval seeds`` scores
them whole (see ``test_eval_seed_style.py``); these tests pin the structures they showed.
"""

from __future__ import annotations

from pathlib import Path

from pressroom.clean import clean_text
from pressroom.clean.meta import is_date_line

SETS = Path(__file__).parent / "data" / "seed_style"


def _clean(name: str):
    path = next(SETS.glob(f"*/{name}.txt"))
    return clean_text(path.read_text(encoding="utf-8")), path.with_suffix("").with_suffix(".body.txt")


def _expected_body(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def test_a_comment_count_by_the_byline_does_not_end_the_story():
    # "Comments (312)" under the byline: the story's 19 paragraphs come after it
    page, _ = _clean("uk_clarion_mum_car_towed")
    assert any(p.startswith("‘I don’t want anyone else to go through this,’") for p in page.paragraphs)
    assert len(page.paragraphs) >= 19


def test_a_headline_run_on_past_the_browser_title_is_the_title():
    page, _ = _clean("uk_clarion_mum_car_towed")
    assert page.title == "Mum’s fury as council tows her car while she was in labour: ‘I was giving birth!’"
    assert not any(p.startswith("Mum’s fury") for p in page.paragraphs)


def test_an_author_and_desk_over_a_glued_time_stamp_is_the_byline():
    page, _ = _clean("uk_clarion_mum_car_towed")
    assert page.byline == "Ellie Fairbrother"
    assert page.published_at and page.published_at.startswith("2024-02-14")
    assert not any("Consumer Reporter" in p for p in page.paragraphs)
    assert is_date_line("11:02, 14 Feb 2024Updated 13:45, 14 Feb 2024")
