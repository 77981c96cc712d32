"""Records files: JSONL, CSV with other delimiters and quoting, Parquet; bad records become rejects."""

import json

import polars as pl

from pressroom.ingest import Reject, RecordFields, read_records
from pressroom.ingest.records import Record


def _split(items):
    records = [item for item in items if isinstance(item, Record)]
    rejects = [item for item in items if isinstance(item, Reject)]
    return records, rejects


def test_jsonl_broken_line_missing_content_and_wrong_types(tmp_path):
    path = tmp_path / "export.jsonl"
    lines = [
        json.dumps({"url": "https://news.example/a", "title": "A", "content": "First story text."}),
        '{"url": "https://news.example/b", "content": "unterminated',
        json.dumps({"url": "https://news.example/c", "title": "No body"}),
        json.dumps({"url": "https://news.example/d", "content": 42}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"content": "Second story, no url.", "published_at": "2024-05-01"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, rejects = _split(list(read_records(path)))
    assert [r.source_uri for r in records] == ["https://news.example/a", f"{path.as_uri()}#line=7"]
    assert records[1].fields == {"content": "Second story, no url.", "published_at": "2024-05-01"}
    reasons = {r.source_uri.rsplit("#", 1)[1]: r.reason for r in rejects}
    assert reasons["line=2"].startswith("invalid JSON")
    assert reasons["line=3"] == "missing field 'content'"
    assert reasons["line=4"] == "field 'content' is int, expected text"
    assert reasons["line=5"] == "record is list, expected an object"


def test_csv_with_semicolons_and_quoted_newlines(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        'link;headline;body\n'
        'https://news.example/1;"Budget; passed";"Line one.\n\nHe said ""yes"" twice."\n'
        'https://news.example/2;Second;Plain body\n',
        encoding="utf-8",
    )
    mapping = RecordFields.from_mapping(["url=link", "title=headline", "content=body"])
    records, rejects = _split(list(read_records(path, mapping)))
    assert not rejects
    assert records[0].fields == {
        "content": 'Line one.\n\nHe said "yes" twice.',
        "url": "https://news.example/1",
        "title": "Budget; passed",
    }
    assert records[1].source_uri == "https://news.example/2"


def test_parquet_records(tmp_path):
    path = tmp_path / "export.parquet"
    pl.DataFrame({"url": ["https://n.example/x", None], "content": ["Text x.", None]}).write_parquet(path)
    records, rejects = _split(list(read_records(path)))
    assert [r.source_uri for r in records] == ["https://n.example/x"]
    assert rejects[0].reason == "missing field 'content'"


def test_records_are_hashed_canonically():
    a = Record("u", {"content": "x", "title": "t"})
    b = Record("u", {"title": "t", "content": "x"})
    assert a.raw_bytes() == b.raw_bytes()


def test_bad_field_mapping_is_refused():
    import pytest

    with pytest.raises(ValueError, match="field mapping"):
        RecordFields.from_mapping(["body"])
