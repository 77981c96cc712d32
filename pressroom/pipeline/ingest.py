"""Ingest stage: discover inputs, land their raw bytes, and write the run manifest."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import polars as pl

from ..ids import article_id as make_article_id
from ..ingest import Reject, discover, read_records
from ..ingest.records import RecordFields
from ..landing import Lander, landed_path
from .layout import Layout
from .plan import DUPLICATE, UNCHANGED, KnownState, classify, to_load

MANIFEST_SCHEMA = {
    "source_uri": pl.String,
    "raw_sha256": pl.String,
    "kind": pl.String,
    "article_id": pl.String,
    "status": pl.String,  # new, changed, unchanged, duplicate, rejected
    "duplicate_of": pl.String,
    "size_bytes": pl.Int64,
    "reason": pl.String,
    "stage": pl.String,  # where a rejected input failed; null means ingest
    "mtime_ns": pl.Int64,  # a page file read this run: its mtime, recorded for the next run's shortcut
}

# A file modified less than this before it was read may be modified again
# within the same mtime tick (FAT's is 2 s) without its mtime changing: its
# stat is not recorded, so the next run reads it again (git's "racily clean").
RACY_NS = 3_000_000_000


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
    stage: str | None = None
    mtime_ns: int | None = None


def ingest(
    paths: list[Path],
    layout: Layout,
    *,
    max_bytes: int,
    fields: RecordFields = RecordFields(),
    on_progress: Callable[[int], None] | None = None,
    rehash: bool = False,
) -> pl.DataFrame:
    """Land every input under ``paths`` and classify it; return the manifest.

    The manifest has one row per input document (a page file, or one record of
    a records file) and one per input that could not be read. A page file
    with the path, size and modification time it had when a run last read it
    is unchanged without being read; ``rehash`` reads and hashes every file.
    """
    sources, rejects = discover(paths)
    state = KnownState.read(layout.warehouse, files=not rehash)
    rows: list[ManifestRow] = [_rejected(reject) for reject in rejects]
    with Lander(layout.landing) as lander:
        for source in sources:
            if source.kind == "records":
                for item in read_records(source.path, fields):
                    if isinstance(item, Reject):
                        rows.append(_rejected(item))
                    else:
                        rows.append(_land(item.source_uri, item.raw_bytes(), "record", lander, state))
            else:
                rows.append(_land_file(source.path, source.kind, lander, state, max_bytes))
            if on_progress:
                on_progress(1)
    return pl.DataFrame([asdict(row) for row in rows], schema=MANIFEST_SCHEMA)


@dataclass
class Prescan:
    """What a run will find, told from file names and stats alone (nothing is read)."""

    inputs: int  # files found, and given paths that will be rejects
    to_read: int  # page files whose stat does not show them unchanged
    records_files: int  # always read: their records are only known by reading

    @property
    def nothing_to_read(self) -> bool:
        """True when ingest will only find unchanged files and rejects: no document to clean or extract."""
        return self.to_read == 0 and self.records_files == 0


def prescan(paths: list[Path], warehouse: Path, *, max_bytes: int, rehash: bool = False) -> Prescan:
    """Which inputs :func:`ingest` would have to read, by the same shortcut, without reading any.

    A hint taken before the run's lock (the warehouse may change before
    ingest runs): it lets a run with nothing to do skip its set-up, and a run
    with work start loading models early.
    """
    sources, rejects = discover(paths)
    state = KnownState.read(warehouse, files=not rehash)
    to_read = records = 0
    for source in sources:
        if source.kind == "records":
            records += 1
            continue
        try:
            stat = source.path.stat()
        except OSError:
            to_read += 1  # ingest finds out why
            continue
        if stat.st_size > max_bytes or state.unchanged_file(source.uri, stat.st_size, stat.st_mtime_ns) is None:
            to_read += 1
    return Prescan(len(sources) + len(rejects), to_read, records)


def _land_file(path: Path, kind: str, lander: Lander, state: KnownState, max_bytes: int) -> ManifestRow:
    uri = path.as_uri()
    try:
        stat = path.stat()  # before the read: a write after it changes the mtime the next run compares
        size = stat.st_size
        if size > max_bytes:
            return ManifestRow(uri, None, kind, None, "rejected", size_bytes=size,
                               reason=f"file too large: {size:,} bytes (limit {max_bytes:,})")
        known = state.unchanged_file(uri, size, stat.st_mtime_ns)
        if known is not None:
            return ManifestRow(uri, known, kind, make_article_id(uri), UNCHANGED, size_bytes=size)
        read_at = time.time_ns()
        data = path.read_bytes()
    except OSError as error:
        return ManifestRow(uri, None, kind, None, "rejected", reason=f"unreadable: {error.strerror or error}")
    row = _land(uri, data, kind, lander, state)
    if len(data) == size and read_at - stat.st_mtime_ns >= RACY_NS:
        row.mtime_ns = stat.st_mtime_ns
    return row


def _land(uri: str, data: bytes, kind: str, lander: Lander, state: KnownState) -> ManifestRow:
    return _classified(uri, lander.land(data), kind, len(data), state)


def _classified(uri: str, sha: str, kind: str, size: int, state: KnownState) -> ManifestRow:
    article_id = make_article_id(uri)
    status, duplicate_of = classify(uri, sha, article_id, state)
    return ManifestRow(uri, sha, kind, None if status == DUPLICATE else article_id, status, duplicate_of, size)


def ingest_landed(items: pl.DataFrame, layout: Layout, state: KnownState | None = None) -> pl.DataFrame:
    """Manifest rows for documents already in the landing zone (e.g. fetched pages).

    ``items`` has the columns source_uri, raw_sha256, kind, stage, reason
    (``pressroom.scrape.table.LANDED_SCHEMA``). They are classified like
    ingested files. A row without raw_sha256 is an input whose bytes never
    arrived (a failed fetch): it becomes a reject with its stage and reason.
    """
    state = state if state is not None else KnownState.read(layout.warehouse)
    rows: list[ManifestRow] = []
    for item in items.iter_rows(named=True):
        uri, sha, kind = item["source_uri"], item["raw_sha256"], item["kind"]
        if not sha:
            rows.append(ManifestRow(uri, None, kind, None, "rejected", reason=item["reason"] or "nothing landed",
                                    stage=item["stage"]))
            continue
        path = landed_path(layout.landing, sha)
        if not path.exists():
            rows.append(ManifestRow(uri, sha, kind, None, "rejected", stage=item["stage"],
                                    reason=f"landed copy {sha[:12]} is missing from {layout.landing}"))
            continue
        rows.append(_classified(uri, sha, kind, path.stat().st_size, state))
    return pl.DataFrame([asdict(row) for row in rows], schema=MANIFEST_SCHEMA)


def add_landed(layout: Layout, run_id: str, landed_manifest: Path) -> dict[str, int]:
    """Append a landed manifest (fetch results, ``pressroom.scrape.table``) to the run's manifest.

    The documents are classified after the run's file inputs, as if ingested
    in the same pass. The fetch records are kept in the run folder as
    ``fetches.parquet``, which the load stage records in the warehouse.
    Returns the run manifest's count per status.
    """
    from ..scrape.table import landed_items

    run_dir = layout.run_dir(run_id)
    manifest = pl.read_parquet(run_dir / "manifest.parquet")
    fetches = pl.read_parquet(landed_manifest)
    state = KnownState.read(layout.warehouse)
    # what this run already took in from files counts as known, for duplicates
    for row in to_load(manifest).iter_rows(named=True):
        state.seen.add((row["source_uri"], row["raw_sha256"]))
        state.article_by_sha[row["raw_sha256"]] = row["article_id"]
    manifest = pl.concat([manifest, ingest_landed(landed_items(fetches), layout, state)])
    fetches.write_parquet(run_dir / "fetches.parquet")
    manifest.write_parquet(run_dir / "manifest.tmp")
    (run_dir / "manifest.tmp").replace(run_dir / "manifest.parquet")
    return dict(manifest.group_by("status").len().iter_rows())


def _rejected(reject: Reject) -> ManifestRow:
    return ManifestRow(reject.source_uri, reject.raw_sha256, "unknown", None, "rejected", reason=reject.reason)
