"""Extraction on several processes of this machine loads exactly what one process loads."""

from __future__ import annotations

import shutil

from conftest import DATA, query

DOCS = [
    *sorted((DATA / "seeds").glob("*.txt")),
    DATA / "scrapes" / "captions.txt",
    DATA / "scrapes" / "headers.txt",
]

ROWS = {
    "articles": "select source_uri, title, body, word_count from articles order by all",
    "quotes": "select article_id, text, speaker, start_char, end_char from quotes order by all",
    "mentions": "select article_id, person_id, surface, start_char from mentions order by all",
    "captions": "select article_id, text, credit, position from captions order by all",
}


def test_two_worker_processes_match_one(run_pipeline, tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for doc in DOCS:
        shutil.copy(doc, inputs / doc.name)

    counts = run_pipeline([inputs], batch_size=1, workers=2)  # four batches over two processes
    assert (counts["loaded"], counts["rejected"]) == (len(DOCS), 0)

    from pressroom.runner import run_pipeline as run
    from pressroom.settings import Settings

    single = tmp_path / "single" / "pressroom.duckdb"
    run([str(inputs)], Settings(warehouse=single), batch_size=len(DOCS), workers=1)
    for table, sql in ROWS.items():
        rows = query(run_pipeline.warehouse, sql)
        assert rows == query(single, sql), table
    assert query(run_pipeline.warehouse, "select count(*) from quotes")[0][0] > 0

