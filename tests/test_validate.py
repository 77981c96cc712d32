"""Batch validation: suites load, good articles pass, a bad row fails only its article."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from pressroom.ids import article_id, sha256_hex
from pressroom.model import Caption, CleanPage, Extraction, Mention, Person, Quote
from pressroom.tables import Document, batch_frames
from pressroom.validate import RESULTS_SCHEMA, TABLES, derive_columns, filter_failed, validate_batch

ROOT = Path(__file__).resolve().parent.parent

PARAGRAPHS = [
    "Deputy Foreign Affairs Minister Ouch Borith said the government was taking a “cautious” approach.",
    "“We believe that these efforts prompted deep consideration from government authorities,” the embassy said.",
    "Borith added that the government would respond in a “different manner” within the current week.",
    "Senior minister Om Yentieng said that lessons had been learned from the past.",
]


def _span(body: str, text: str, after: int = 0) -> tuple[int, int]:
    start = body.index(text, after)
    return start, start + len(text)


def make_article(uri: str, paragraphs: list[str] | None = None, credit: str | None = "THE PHNOM PENH POST"):
    """A realistic (Document, CleanPage, Extraction) whose offsets all agree with the body."""
    page = CleanPage(
        title="Rare gov’t insight in Korea docs",
        paragraphs=list(paragraphs or PARAGRAPHS),
        captions=[
            Caption(text="Ouch Borith speaks to reporters in Phnom Penh yesterday.", credit=credit, position=1),
            Caption(text="A garment worker strike in Por Sen Chey district.", credit="Heng Chivoan", position=3),
        ],
        site="Phnom Penh Post",
        byline="Staff",
        published_at="2014-01-10",
        meta={"language": "en"},
    )
    body = page.body
    quotes = []
    for text, kind, speaker, speaker_kind, verb, para in [
        ("cautious", "partial", "Ouch Borith", "person", "said", 0),
        (
            "We believe that these efforts prompted deep consideration from government authorities,",
            "direct",
            "South Korean embassy",
            "organization",
            "said",
            1,
        ),
        ("different manner", "partial", "Ouch Borith", "person", "added", 2),
        ("lessons had been learned from the past", "indirect", "Om Yentieng", "person", "said", 3),
    ]:
        start, end = _span(body, text)
        quotes.append(Quote(text, kind, start, end, para, speaker, speaker_kind, verb))
    mentions = []
    for name, surface, after in [
        ("Ouch Borith", "Ouch Borith", 0),
        ("Ouch Borith", "Borith", body.index("Borith added")),
        ("Om Yentieng", "Om Yentieng", 0),
    ]:
        start, end = _span(body, surface, after)
        mentions.append(Mention(name, surface, start, end, paragraph_index=body[:start].count("\n\n")))
    mentions.append(Mention("Ouch Borith", "Ouch Borith", 0, 11, caption_index=0))
    extraction = Extraction(
        people=[
            Person("Ouch Borith", "Deputy Foreign Affairs Minister", mention_count=3, quoted=True, aliases=["Borith"]),
            Person("Om Yentieng", "senior minister", mention_count=1, quoted=True),
        ],
        mentions=mentions,
        quotes=quotes,
        caption_people=[["Ouch Borith"], []],
    )
    raw = (page.title + "\n" + body).encode()
    doc = Document(
        source_uri=uri,
        raw_sha256=sha256_hex(raw + uri.encode()),
        article_id=article_id(uri),
        ingested_at=datetime(2024, 5, 1, tzinfo=UTC),
        encoding="utf-8",
    )
    return doc, page, extraction


def batch(*items):
    return batch_frames(list(items))


def batch_folders(tmp_path, contents):
    """One batch folder b0, b1, … per list of articles, as extraction leaves them."""
    from pressroom.pipeline.batches import Batch

    folders = []
    for n, items in enumerate(contents):
        folder = tmp_path / f"b{n}"
        folder.mkdir()
        for table, frame in batch(*items).items():
            frame.write_parquet(folder / f"{table}.parquet")
        folders.append(Batch(f"b{n}", folder))
    return folders


@pytest.fixture(scope="module")
def good():
    return [make_article(f"https://example.org/news/{n}") for n in range(3)]


def test_suites_are_ge_expectation_suites():
    import great_expectations as gx

    for table in TABLES:
        with open(ROOT / "expectations" / f"{table}.json", encoding="utf-8") as f:
            doc = json.load(f)
        suite = gx.ExpectationSuite(**doc)
        assert suite.name == table
        assert len(suite.expectations) == len(doc["expectations"]) >= 5
        assert doc["meta"]["notes"]


def test_good_batch_passes(good):
    frames = batch(*good)
    outcome = validate_batch(frames, run_id="run-1")
    assert outcome.failed_articles == {}
    results = outcome.results
    assert results.schema == pl.Schema(RESULTS_SCHEMA)
    assert set(results["suite"]) == set(TABLES)
    assert results["success"].all(), results.filter(~pl.col("success"))
    assert (results["run_id"] == "run-1").all()
    quotes_rows = results.filter(pl.col("suite") == "quotes")
    assert quotes_rows.filter(pl.col("column") == "text_matches_body")["element_count"].to_list() == [12]
    assert "{" in results.filter(pl.col("expectation_type") == "expect_compound_columns_to_be_unique")["column"][0]
    kept, rejected = filter_failed(frames, outcome.failed_articles)
    assert all(kept[t].equals(frames[t]) for t in TABLES)
    assert all(rejected[t].height == 0 for t in TABLES)


def test_quote_offsets_off_by_one_fails_only_that_article(good):
    doc, page, extraction = make_article("https://example.org/news/bad-offsets")
    q = extraction.quotes[0]
    extraction.quotes[0] = replace(q, start_char=q.start_char + 1, end_char=q.end_char + 1)
    frames = batch(*good, (doc, page, extraction))
    outcome = validate_batch(frames, run_id="run-2")
    assert list(outcome.failed_articles) == [doc.article_id]
    assert outcome.failed_articles[doc.article_id] == ["quotes.expect_column_values_to_be_in_set(text_matches_body)"]
    row = outcome.results.filter((pl.col("suite") == "quotes") & (pl.col("column") == "text_matches_body"))
    assert row["success"].to_list() == [False]
    assert row["unexpected_count"].to_list() == [1]

    kept, rejected = filter_failed(frames, outcome.failed_articles)
    assert kept["articles"].height == 3 and rejected["articles"].height == 1
    assert rejected["articles"]["article_id"].to_list() == [doc.article_id]
    for table in TABLES:
        assert set(rejected[table]["article_id"]) <= {doc.article_id}
        assert kept[table].height + rejected[table].height == frames[table].height
    assert rejected["quotes"].height == 4 and rejected["captions"].height == 2


def test_reversed_and_negative_offsets(good):
    doc, page, extraction = make_article("https://example.org/news/reversed")
    q = extraction.quotes[1]
    extraction.quotes[1] = replace(q, start_char=q.end_char, end_char=q.start_char)
    m = extraction.mentions[0]
    extraction.mentions[0] = replace(m, start_char=-1)
    outcome = validate_batch(batch(*good, (doc, page, extraction)), run_id="run-3")
    names = outcome.failed_articles[doc.article_id]
    assert "quotes.expect_column_pair_values_a_to_be_greater_than_b(end_char,start_char)" in names
    assert "mentions.expect_column_values_to_be_between(start_char)" in names
    assert list(outcome.failed_articles) == [doc.article_id]


def test_duplicate_quote_id_fails_its_article(good):
    doc, page, extraction = make_article("https://example.org/news/duplicate")
    frames = batch(*good, (doc, page, extraction))
    # batch_frames collapses repeats; a frame arriving from elsewhere (a worker's Parquet) may not
    own = frames["quotes"].filter(pl.col("article_id") == doc.article_id)
    frames["quotes"] = pl.concat([frames["quotes"], own.slice(2, 1)])
    outcome = validate_batch(frames, run_id="run-4")
    assert outcome.failed_articles == {doc.article_id: ["quotes.expect_column_values_to_be_unique(quote_id)"]}


def test_bad_kind_is_named(good):
    doc, page, extraction = make_article("https://example.org/news/kind")
    extraction.quotes[0] = replace(extraction.quotes[0], kind="paraphrase")
    outcome = validate_batch(batch(*good, (doc, page, extraction)), run_id="run-5")
    assert outcome.failed_articles == {doc.article_id: ["quotes.expect_column_values_to_be_in_set(kind)"]}


def test_speaker_not_in_article_people(good):
    doc, page, extraction = make_article("https://example.org/news/speaker")
    extraction.quotes[3] = replace(extraction.quotes[3], speaker="Hun Sen")  # a person, but not in people
    outcome = validate_batch(batch(*good, (doc, page, extraction)), run_id="run-6")
    assert outcome.failed_articles == {doc.article_id: ["quotes.expect_column_values_to_be_in_set(speaker_listed)"]}


def test_speaker_listed_only_in_another_article_still_fails(good):
    # Om Yentieng is a person of the good articles, but not of this one
    doc, page, extraction = make_article("https://example.org/news/speaker-elsewhere")
    extraction.people = [p for p in extraction.people if p.name != "Om Yentieng"]
    extraction.mentions = [m for m in extraction.mentions if m.name != "Om Yentieng"]
    outcome = validate_batch(batch(*good, (doc, page, extraction)), run_id="run-7")
    assert outcome.failed_articles == {doc.article_id: ["quotes.expect_column_values_to_be_in_set(speaker_listed)"]}


def test_required_article_fields(good):
    doc, page, extraction = make_article("https://example.org/news/empty")
    doc = replace(doc, raw_sha256="")
    outcome = validate_batch(batch(*good, (doc, page, extraction)), run_id="run-8")
    assert outcome.failed_articles == {doc.article_id: ["articles.expect_column_values_to_match_regex(raw_sha256)"]}


def test_duplicate_person_in_article_people(good):
    doc, page, extraction = make_article("https://example.org/news/people")
    frames = batch(*good, (doc, page, extraction))
    own = frames["article_people"].filter(pl.col("article_id") == doc.article_id)
    frames["article_people"] = pl.concat([frames["article_people"], own.slice(0, 1)])
    outcome = validate_batch(frames, run_id="run-9")
    assert outcome.failed_articles == {
        doc.article_id: ["article_people.expect_compound_columns_to_be_unique(article_id,person_id)"]
    }


def test_caption_mention_offsets_checked_against_caption(good):
    doc, page, extraction = make_article("https://example.org/news/caption-mention")
    extraction.mentions[-1] = replace(extraction.mentions[-1], start_char=5, end_char=16)
    outcome = validate_batch(batch(*good, (doc, page, extraction)), run_id="run-10")
    assert outcome.failed_articles == {
        doc.article_id: ["mentions.expect_column_values_to_be_in_set(surface_matches_text)"]
    }


def test_caption_without_credit_is_a_warning_not_a_rejection(good):
    doc, page, extraction = make_article("https://example.org/news/no-credit", credit=None)
    outcome = validate_batch(batch(*good, (doc, page, extraction)), run_id="run-11")
    assert outcome.failed_articles == {}
    row = outcome.results.filter((pl.col("suite") == "captions") & (pl.col("column") == "has_credit"))
    assert row["success"].to_list() == [True]  # 7 of 8 captions credited >= 75%
    assert row["unexpected_count"].to_list() == [1]


def test_batch_mostly_without_credits_fails_the_warning_only():
    items = [make_article(f"https://example.org/news/nc{n}", credit=None) for n in range(2)]
    for _, page, _ in items:
        page.captions[1].credit = "  "  # blank credit counts as missing
    outcome = validate_batch(batch(*items), run_id="run-12")
    assert outcome.failed_articles == {}
    row = outcome.results.filter((pl.col("suite") == "captions") & (pl.col("column") == "has_credit"))
    assert row["success"].to_list() == [False]
    assert row["unexpected_count"].to_list() == [4]


def test_body_with_chrome_lines_fails(good):
    chrome = [
        "Share this article",
        "Related stories\n• Prince Norodom Ranariddh passes away\n• Full country reopening ‘if 80% vaccinated’",
    ]
    paragraphs = PARAGRAPHS[:2] + chrome + PARAGRAPHS[2:]
    doc, page, extraction = make_article("https://example.org/news/chrome", paragraphs=paragraphs)
    frames = batch(*good, (doc, page, extraction))
    counts = dict(derive_columns(frames)["articles"].select("article_id", "chrome_line_count").iter_rows())
    assert counts[doc.article_id] >= 2 and all(counts[d.article_id] == 0 for d, _, _ in good)
    outcome = validate_batch(frames, run_id="run-13")
    assert outcome.failed_articles == {
        doc.article_id: ["articles.expect_column_values_to_be_between(chrome_line_share)"]
    }


def test_a_stray_chrome_like_line_is_a_warning_not_a_reject(good):
    # a short article that quotes a tweet: its byline line looks like embed chrome
    paragraphs = PARAGRAPHS + ["— Jane Roe (@janeroe) November 18, 2019"]
    doc, page, extraction = make_article("https://example.org/news/tweet", paragraphs=paragraphs)
    frames = batch(*good, (doc, page, extraction))
    outcome = validate_batch(frames, run_id="run-14")
    assert outcome.failed_articles == {}
    warning = outcome.results.filter(pl.col("column") == "chrome_line_count")
    assert warning["success"].to_list() == [False]
    assert warning["unexpected_count"].to_list() == [1]


def test_seed_bodies_have_no_chrome():
    from pressroom.clean import chrome_lines

    for path in sorted((ROOT / "tests" / "data" / "seed_bodies").glob("*.txt")):
        assert chrome_lines(path.read_text(encoding="utf-8").strip()) == [], path.name


def test_orphan_rows_and_null_article_ids(good):
    frames = batch(*good)
    orphan = frames["quotes"].head(1).with_columns(
        pl.lit("0000000000000000").alias("article_id"), pl.lit("q" * 16).alias("quote_id")
    )
    nulled = frames["captions"].head(1).with_columns(pl.lit(None, dtype=pl.String).alias("article_id"))
    frames["quotes"] = pl.concat([frames["quotes"], orphan])
    frames["captions"] = pl.concat([frames["captions"], nulled.with_columns(pl.lit("c" * 16).alias("caption_id"))])
    outcome = validate_batch(frames, run_id="run-14")
    assert set(outcome.failed_articles) == {"0000000000000000"}
    assert "quotes.expect_column_values_to_be_in_set(article_known)" in outcome.failed_articles["0000000000000000"]
    nn = outcome.results.filter((pl.col("suite") == "captions") & (pl.col("column") == "article_id"))
    assert nn["success"].to_list() == [False]
    kept, rejected = filter_failed(frames, outcome.failed_articles)
    assert rejected["quotes"]["article_id"].to_list() == ["0000000000000000"]
    assert rejected["captions"].height == 1 and kept["captions"]["article_id"].null_count() == 0
    assert kept["articles"].height == 3


def test_expectation_ge_cannot_evaluate_fails_every_article_in_that_table(good):
    frames = batch(*good)
    frames["quotes"] = frames["quotes"].drop("kind")
    del frames["mentions"]  # a missing table counts as empty
    outcome = validate_batch(frames, run_id="run-15")
    assert set(outcome.failed_articles) == {doc.article_id for doc, _, _ in good}
    for names in outcome.failed_articles.values():
        assert names == [
            "quotes.expect_column_values_to_not_be_null(kind)",
            "quotes.expect_column_values_to_be_in_set(kind)",
        ]
    mentions = outcome.results.filter(pl.col("suite") == "mentions")
    assert mentions["success"].all() and (mentions["element_count"] == 0).all()


def test_batches_validated_together_keep_their_own_outcomes(good, tmp_path, monkeypatch):
    from pressroom.pipeline import batches as stages

    doc, page, extraction = make_article("https://example.org/news/bad-offsets-in-batch-two")
    q = extraction.quotes[0]
    extraction.quotes[0] = replace(q, start_char=q.start_char + 1, end_char=q.end_char + 1)
    contents = [[good[0], good[1]], [good[2], (doc, page, extraction)], [make_article("https://example.org/news/3")]]
    folders = batch_folders(tmp_path, contents)
    monkeypatch.setattr(stages, "VALIDATION_PASS_ARTICLES", 4)  # two passes: b0 + b1, then b2

    failed = stages.validate_batches(folders, "run-p")
    assert failed == {"b0": {}, "b1": {doc.article_id: ["quotes.expect_column_values_to_be_in_set(text_matches_body)"]}, "b2": {}}
    assert all(b.done("validate") for b in folders)
    kept = [pl.read_parquet(b.folder / "valid" / "articles.parquet").height for b in folders]
    assert kept == [2, 1, 1]
    rejects = [pl.read_parquet(b.folder / "validate_rejects.parquet") for b in folders]
    assert [r.height for r in rejects] == [0, 1, 0] and rejects[1]["source_uri"].to_list() == [doc.source_uri]
    # one results row per expectation and pass, kept with the pass's first batch
    results = [pl.read_parquet(b.folder / "validation_results.parquet") for b in folders]
    assert results[1].height == 0 and results[0].height == results[2].height > 0
    first_pass = results[0].filter((pl.col("suite") == "quotes") & (pl.col("column") == "text_matches_body"))
    assert first_pass["unexpected_count"].to_list() == [1]
    assert results[0].filter(pl.col("suite") == "articles")["element_count"].max() == 4
    # validated batches are not validated again
    assert stages.validate_batches(folders, "run-q") == {}


def test_a_co_speaker_not_among_the_articles_people_fails_its_article(good):
    doc, page, extraction = make_article("https://example.org/news/co-speaker")
    extraction.quotes[0] = replace(extraction.quotes[0], co_speakers=["Hun Sen"])
    frames = batch(*good, (doc, page, extraction))
    assert frames["quote_speakers"].filter(pl.col("article_id") == doc.article_id)["speaker"].to_list() == [
        "Ouch Borith", "Hun Sen", "South Korean embassy", "Ouch Borith", "Om Yentieng"]
    outcome = validate_batch(frames, run_id="run-co")
    assert outcome.failed_articles == {
        doc.article_id: ["quote_speakers.expect_column_values_to_be_in_set(speaker_listed)"]}
    # listed, the same co-speaker passes
    extraction.quotes[0] = replace(extraction.quotes[0], co_speakers=["Om Yentieng"])
    assert validate_batch(batch(*good, (doc, page, extraction)), run_id="run-co2").failed_articles == {}


def test_a_speaker_row_of_no_quote_fails_its_article(good):
    frames = batch(*good)
    stray = frames["quote_speakers"].head(1).with_columns(pl.lit("q" * 16).alias("quote_id"))
    frames["quote_speakers"] = pl.concat([frames["quote_speakers"], stray])
    outcome = validate_batch(frames, run_id="run-stray")
    aid = stray["article_id"][0]
    assert outcome.failed_articles == {aid: ["quote_speakers.expect_column_values_to_be_in_set(quote_known)"]}
