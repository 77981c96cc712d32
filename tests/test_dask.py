"""Extraction on a Dask cluster: batches go out and come back through shared storage as Parquet.

One small run on a two-process LocalCluster (a few documents, one per batch)
must load exactly what a run on this machine loads, and leave nothing behind
in the shared location.
"""

from __future__ import annotations

import shutil

import pytest

from conftest import DATA, query

distributed = pytest.importorskip("distributed")

DOCS = [
    *sorted((DATA / "seeds").glob("*.txt")),
    DATA / "scrapes" / "byline_date.txt",
    DATA / "scrapes" / "hard_wrapped.txt",
]

ROWS = {
    "articles": "select source_uri, title, body, word_count from articles order by all",
    "quotes": "select article_id, text, speaker, start_char, end_char from quotes order by all",
    "article_people": "select article_id, person_id, name, role, mention_count from article_people order by all",
    "captions": "select article_id, text, credit, position from captions order by all",
}


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local:
        yield local


def _inputs(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    for doc in DOCS:
        shutil.copy(doc, folder / doc.name)
    return folder


def test_dask_run_loads_what_a_local_run_loads(run_pipeline, cluster, tmp_path):
    inputs = _inputs(tmp_path)
    shared = tmp_path / "shared"
    counts = run_pipeline([inputs], batch_size=1, dask_address=cluster.scheduler_address, staging=shared.as_uri())
    assert (counts["inputs_seen"], counts["loaded"], counts["rejected"]) == (len(DOCS), len(DOCS), 0)
    assert counts["quotes"] > 0
    # every batch's staged files were pulled back and cleared
    assert not any(p.is_file() for p in shared.rglob("*"))

    from pressroom.runner import run_pipeline as run
    from pressroom.settings import Settings

    local = tmp_path / "local" / "pressroom.duckdb"
    run([str(inputs)], Settings(warehouse=local), batch_size=1, workers=1)
    for table, sql in ROWS.items():
        assert query(run_pipeline.warehouse, sql) == query(local, sql), table


def test_retried_batch_is_harmless(tmp_path):
    """A batch extracted twice (a retry, or two workers racing) gives the same files once."""
    from pressroom.extract import load_nlp
    from pressroom.pipeline.batches import Batch
    from pressroom.pipeline.pages import write_pages
    from pressroom.pipeline.workers import extract_staged, pull_output, push_pages
    from pressroom.clean import clean_text
    from pressroom.tables import Document
    from datetime import datetime, timezone

    text = (DATA / "scrapes" / "byline_date.txt").read_text(encoding="utf-8")
    batch = Batch("k1", tmp_path / "batch")
    batch.folder.mkdir()
    doc = Document("file:///byline_date.txt", "0" * 64, "a1", datetime.now(timezone.utc))
    write_pages(batch.folder / "pages.parquet", [(doc, clean_text(text))])
    staging = str(tmp_path / "shared")
    nlp = load_nlp()

    push_pages(batch, staging)
    extract_staged("k1", staging, nlp)
    first = sorted(p.name for p in (tmp_path / "shared" / "k1").iterdir())
    extract_staged("k1", staging, nlp)  # already done: skipped, nothing rewritten
    assert sorted(p.name for p in (tmp_path / "shared" / "k1").iterdir()) == first
    assert "_extract.done" in first and "quotes.parquet" in first
    pull_output(batch, staging)
    assert batch.done("extract")
    assert (batch.folder / "quotes.parquet").exists()
    assert not (tmp_path / "shared" / "k1").exists()
