"""Ingest stage: discover inputs, land their raw bytes, and write the run manifest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import polars as pl

from ..ids import article_id as make_article_id
from ..ingest import Reject, discover, read_records
from ..ingest.records import Record, RecordFields
from ..landing import land_bytes
from .layout import Layout
from .plan import DUPLICATE, KnownState, classify

MANIFEST_SCHEMA = {
    "source_uri": pl.String,
    "raw_sha256": pl.String,
    "kind": pl.String,
    "article_id": pl.String,
    "status": pl.String,  # new, changed, unchanged, duplicate, rejected
    "duplicate_of": pl.String,
    "size_bytes": pl.Int64,
    "reason": pl.String,
}


@dataclass
class ManifestRow:
    source_uri: str
    raw_sha256: str | None
    kind: str
    article_id: str | None
    status: str
    duplicate_of: str | None = None
    size_bytes: int | None = None
    reason: str | None = None


def ingest(
    paths: list[Path],
    layout: Layout,
    *,
    max_bytes: int,
    fields: RecordFields = RecordFields(),
    on_progress: Callable[[int], None] | None = None,
) -> pl.DataFrame:
    """Land every input under ``paths`` and classify it; return the manifest.

    The manifest has one row per input document (a page file, or one record of
    a records file) and one per input that could not be read.
    """
    sources, rejects = discover(paths)
    state = KnownState.read(layout.warehouse)
    rows: list[ManifestRow] = [_rejected(reject) for reject in rejects]
    for source in sources:
        if source.kind == "records":
            for item in read_records(source.path, fields):
                if isinstance(item, Reject):
                    rows.append(_rejected(item))
                else:
                    rows.append(_land(item.source_uri, item.raw_bytes(), "record", layout, state))
        else:
            rows.append(_land_file(source.path, source.kind, layout, state, max_bytes))
        if on_progress:
            on_progress(1)
    return pl.DataFrame([asdict(row) for row in rows], schema=MANIFEST_SCHEMA)


def _land_file(path: Path, kind: str, layout: Layout, state: KnownState, max_bytes: int) -> ManifestRow:
    uri = path.as_uri()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return ManifestRow(uri, None, kind, None, "rejected", size_bytes=size,
                               reason=f"file too large: {size:,} bytes (limit {max_bytes:,})")
        data = path.read_bytes()
    except OSError as error:
        return ManifestRow(uri, None, kind, None, "rejected", reason=f"unreadable: {error.strerror or error}")
    return _land(uri, data, kind, layout, state)


def _land(uri: str, data: bytes, kind: str, layout: Layout, state: KnownState) -> ManifestRow:
    sha = land_bytes(layout.landing, data)
    article_id = make_article_id(uri)
    status, duplicate_of = classify(uri, sha, article_id, state)
    return ManifestRow(
        uri, sha, kind, None if status == DUPLICATE else article_id, status, duplicate_of, len(data)
    )


def _rejected(reject: Reject) -> ManifestRow:
    return ManifestRow(reject.source_uri, reject.raw_sha256, "unknown", None, "rejected", reason=reject.reason)


def as_record(raw: bytes) -> Record:
    """Rebuild a landed record from its canonical JSON bytes."""
    import json

    fields = json.loads(raw)
    return Record(fields.get("url", ""), fields)
