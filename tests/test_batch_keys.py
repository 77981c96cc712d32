"""Batch folders are named by their documents and by the code that processes them."""

import polars as pl

from pressroom.pipeline import batches
from pressroom.pipeline.ingest import MANIFEST_SCHEMA
from pressroom.pipeline.layout import Layout


def _manifest(n):
    rows = [
        {"source_uri": f"file:///p{i}.txt", "raw_sha256": f"{i:064x}", "kind": "text", "article_id": f"a{i}",
         "status": "new", "duplicate_of": None, "size_bytes": 10, "reason": None}
        for i in range(n)
    ]
    return pl.DataFrame(rows, schema=MANIFEST_SCHEMA)


def _keys(tmp_path, manifest, size):
    return [b.key for b in batches.plan_batches(manifest, Layout(tmp_path / "w.duckdb"), size)]


def test_same_documents_same_batches(tmp_path):
    manifest = _manifest(5)
    assert _keys(tmp_path, manifest, 2) == _keys(tmp_path, manifest.reverse(), 2)
    assert len(set(_keys(tmp_path, manifest, 2))) == 3


def test_changed_code_means_new_batches(tmp_path, monkeypatch):
    manifest = _manifest(3)
    before = _keys(tmp_path, manifest, 10)
    monkeypatch.setattr(batches, "code_fingerprint", lambda: "an upgraded extractor")
    assert _keys(tmp_path, manifest, 10) != before
