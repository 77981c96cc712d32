"""Fetch results as a table, and which of them the pipeline takes in as documents.

    frame = fetches_frame(results)          # one row per URL, FETCH_SCHEMA
    frame.write_parquet(path)               # the "landed manifest" a pipeline run reads
    items = landed_items(frame)             # the inputs pressroom.pipeline.ingest.ingest_landed classifies

Identity: a page's ``source_uri`` is the URL that was *asked for*, not where
redirects ended (``final_url``) or what the page calls itself (its canonical
link). The requested URL is what the sitemap or feed lists, so it is the same
on every run; redirect targets and canonical links drift (tracking
parameters, http→https, moved sections). Both are still kept: ``final_url``
in the ``fetches`` table, the canonical link in ``articles.canonical_url``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from pressroom.ids import article_id
from pressroom.landing import landed_path
from pressroom.scrape.types import DISALLOWED, FAILED, FETCHED, NOT_MODIFIED, SKIPPED, FetchResult, FetchState

FETCH_SCHEMA = {
    "url": pl.String,
    "article_id": pl.String,  # the article this URL is (or would be): id of the requested URL
    "final_url": pl.String,
    "status": pl.String,
    "http_status": pl.Int32,
    "content_type": pl.String,
    "raw_sha256": pl.String,
    "fetched_at": pl.Datetime("us", "UTC"),
    "error": pl.String,
    "etag": pl.String,
    "last_modified": pl.String,
}

# the columns pressroom.pipeline.ingest.ingest_landed reads
LANDED_SCHEMA = {
    "source_uri": pl.String,
    "raw_sha256": pl.String,
    "kind": pl.String,
    "stage": pl.String,
    "reason": pl.String,
}

FETCH_STATUSES = (FETCHED, NOT_MODIFIED, SKIPPED, FAILED, DISALLOWED)


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def fetches_frame(results: Iterable[FetchResult]) -> pl.DataFrame:
    """One row per fetch result, in FETCH_SCHEMA."""
    rows = [
        {**result.to_dict(), "article_id": article_id(result.url), "fetched_at": _when(result.fetched_at)}
        for result in results
    ]
    return pl.DataFrame(rows, schema=FETCH_SCHEMA)


def landed_items(fetches: pl.DataFrame) -> pl.DataFrame:
    """The fetches that are pipeline inputs, as LANDED_SCHEMA rows.

    * fetched and not-modified pages are HTML documents in the landing zone
      (a 304 points at the bytes landed by the earlier fetch, so the planner
      sees the same (URL, sha256) again and calls it unchanged);
    * failed and disallowed URLs are inputs whose bytes never arrived: they
      become rejects of stage ``fetch`` with the fetch's one-line error;
    * skipped URLs (not HTML, too large) are not inputs at all: nothing was
      landed and nothing is wrong with them. They are recorded only in the
      ``fetches`` table, so a run's ``inputs_seen`` counts documents, and
      inputs_seen = loaded + unchanged + duplicates + rejected still holds.
    """
    landed = fetches.filter(pl.col("status").is_in([FETCHED, NOT_MODIFIED]) & pl.col("raw_sha256").is_not_null())
    failed = fetches.filter(pl.col("status").is_in([FAILED, DISALLOWED]))
    return pl.concat(
        [
            landed.select(
                pl.col("url").alias("source_uri"),
                "raw_sha256",
                pl.lit("html").alias("kind"),
                pl.lit(None, pl.String).alias("stage"),
                pl.lit(None, pl.String).alias("reason"),
            ),
            failed.select(
                pl.col("url").alias("source_uri"),
                pl.lit(None, pl.String).alias("raw_sha256"),
                pl.lit("html").alias("kind"),
                pl.lit("fetch").alias("stage"),
                pl.when(pl.col("status") == FAILED)
                .then(pl.lit("fetch failed: ") + pl.coalesce(pl.col("error"), pl.lit("no answer")))
                .otherwise(pl.coalesce(pl.col("error"), pl.col("status")))
                .alias("reason"),
            ),
        ]
    ).cast(LANDED_SCHEMA)


def fetch_counts(fetches: pl.DataFrame) -> dict[str, int]:
    """How many URLs came to each fetch status (every status present, zero when none)."""
    found = dict(fetches.group_by("status").len().iter_rows())
    return {status: int(found.get(status, 0)) for status in FETCH_STATUSES}


def unreadable_listing(source: str, error: BaseException) -> FetchResult:
    """A failed fetch standing for a listing (sitemap, feed, URL file) that could not be read.

    The listing is an input like any other: when it cannot be read the run
    records it as a reject with a one-line reason instead of stopping with a
    traceback.
    """
    uri = source if "://" in source else Path(source).absolute().as_uri()
    first_line = (str(error).strip().splitlines() or [""])[0]
    reason = f"cannot read the listing: {first_line or type(error).__name__}"[:300]
    return FetchResult(uri, FAILED, error=reason, fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))


def forget_missing(state: FetchState, landing: Path) -> list[str]:
    """Drop remembered validators whose landed copy is gone; return those URLs.

    A 304 only helps when the earlier bytes are still in the landing zone;
    without them the page must be fetched in full again.
    """
    gone = [url for url, entry in state.entries.items() if not _still_landed(landing, entry.get("raw_sha256"))]
    for url in gone:
        del state.entries[url]
    return gone


def _still_landed(landing: Path, sha: str | None) -> bool:
    try:
        return bool(sha) and landed_path(landing, sha).exists()
    except ValueError:  # a hand-edited state file: refetch rather than trust it
        return False
