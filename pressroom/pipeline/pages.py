"""Cleaned pages as Parquet: the hand-over from the clean stage to extraction."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import polars as pl

from ..model import Caption, CleanPage
from ..tables import Document

PAGE_SCHEMA = {
    "article_id": pl.String,
    "source_uri": pl.String,
    "raw_sha256": pl.String,
    "encoding": pl.String,
    "ingested_at": pl.Datetime("us", "UTC"),
    "title": pl.String,
    "site": pl.String,
    "byline": pl.String,
    "published_at": pl.String,
    "meta": pl.String,
    "paragraphs": pl.List(pl.String),
    "captions": pl.List(pl.Struct({"text": pl.String, "credit": pl.String, "position": pl.Int32})),
}


def write_pages(path: Path, items: list[tuple[Document, CleanPage]]) -> None:
    """Write cleaned pages with what ingest knew of each document."""
    rows = [
        {
            "article_id": doc.article_id,
            "source_uri": doc.source_uri,
            "raw_sha256": doc.raw_sha256,
            "encoding": doc.encoding,
            "ingested_at": doc.ingested_at,
            "title": page.title,
            "site": page.site,
            "byline": page.byline,
            "published_at": page.published_at,
            "meta": json.dumps(page.meta, sort_keys=True),
            "paragraphs": page.paragraphs,
            "captions": [
                {"text": c.text, "credit": c.credit, "position": c.position} for c in page.captions
            ],
        }
        for doc, page in items
    ]
    pl.DataFrame(rows, schema=PAGE_SCHEMA).write_parquet(path)


def read_pages(path: Path) -> list[tuple[Document, CleanPage]]:
    """Read back what :func:`write_pages` wrote."""
    items = []
    for row in pl.read_parquet(path).iter_rows(named=True):
        ingested_at: datetime = row["ingested_at"]
        doc = Document(row["source_uri"], row["raw_sha256"], row["article_id"], ingested_at, row["encoding"])
        page = CleanPage(
            title=row["title"],
            paragraphs=list(row["paragraphs"] or []),
            captions=[Caption(c["text"], c["credit"], c["position"]) for c in row["captions"] or []],
            site=row["site"],
            byline=row["byline"],
            published_at=row["published_at"],
            meta=json.loads(row["meta"] or "{}"),
        )
        items.append((doc, page))
    return items
