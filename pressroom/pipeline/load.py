"""Load stage: bulk-load validated batches into a copy of the warehouse and publish it.

Everything a run changes (article rows, document history, rejects, validation
results, the run's own row, the people table and the models) is written into
one copy of the warehouse that replaces the live file only when complete.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from ..models import build_models
from ..resources import project_dir
from ..warehouse import snapshot_for_writing
from .batches import Batch
from .layout import Layout

ARTICLE_TABLES = ["articles", "article_people", "mentions", "quotes", "quote_speakers", "captions"]


@dataclass
class RunCounts:
    """The run's accounting: inputs seen = loaded + unchanged + duplicates + rejected."""

    inputs_seen: int = 0
    loaded: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    articles: int = 0
    quotes: int = 0
    people: int = 0
    captions: int = 0
    reject_reasons: list[tuple[str, str]] = field(default_factory=list)
    # (batch key, articles) of batches whose every article failed validation: nothing loaded from them
    failed_batches: list[tuple[str, int]] = field(default_factory=list)


def load_run(
    layout: Layout, run_id: str, started_at: datetime, manifest: pl.DataFrame, batches: list[Batch]
) -> RunCounts:
    """Load every batch of the run, record the run, and publish the new warehouse."""
    counts = RunCounts(inputs_seen=manifest.height)
    counts.unchanged = manifest.filter(pl.col("status") == "unchanged").height
    counts.duplicates = manifest.filter(pl.col("status") == "duplicate").height
    rejects = manifest.filter(pl.col("status") == "rejected").select(
        "source_uri", "raw_sha256", pl.coalesce(_stage(manifest), pl.lit("ingest")).alias("stage"), "reason"
    )
    with snapshot_for_writing(layout.warehouse) as con:
        for batch in batches:
            _load_batch(con, batch, counts)
            for stage in ("clean", "validate"):
                rejects = pl.concat([rejects, pl.read_parquet(batch.folder / f"{stage}_rejects.parquet")])
            results = pl.read_parquet(batch.folder / "validation_results.parquet").with_columns(
                pl.lit(run_id).alias("run_id")
            )
            con.register("batch_validation_results", results)
            con.execute("insert into validation_results by name select * from batch_validation_results")
            con.unregister("batch_validation_results")
        counts.rejected = rejects.height
        counts.reject_reasons = list(rejects.select("source_uri", "reason").iter_rows())
        _record_documents(con, manifest, rejects, run_id, started_at)
        _record_input_files(con, manifest, run_id)
        _record_fetches(con, layout.run_dir(run_id) / "fetches.parquet", run_id)
        now = datetime.now(timezone.utc)
        con.register("run_rejects", rejects)
        con.execute(
            "insert into rejects by name select *, ?::varchar as run_id, ?::timestamptz as rejected_at from run_rejects",
            [run_id, now],
        )
        con.unregister("run_rejects")
        if batches:  # people only change when article rows do
            _execute_file(con, "load/rebuild_people.sql")
        build_models(con)
        con.execute(
            """insert into runs values (?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [run_id, started_at, now, counts.inputs_seen, counts.loaded, counts.unchanged,
             counts.duplicates, counts.rejected, counts.articles, counts.quotes, counts.people, counts.captions],
        )
    return counts


def _load_batch(con: duckdb.DuckDBPyConnection, batch: Batch, counts: RunCounts) -> None:
    valid = batch.folder / "valid"
    articles = str(valid / "articles.parquet")
    for table in ARTICLE_TABLES:
        con.execute(
            f"delete from {table} where article_id in (select article_id from read_parquet(?))", [articles]
        )
        con.execute(f"insert into {table} by name select * from read_parquet(?)", [str(valid / f"{table}.parquet")])
    loaded = {
        table: con.execute("select count(*) from read_parquet(?)", [str(valid / f"{table}.parquet")]).fetchall()[0][0]
        for table in ("articles", "quotes", "article_people", "captions")
    }
    extracted = con.execute("select count(*) from read_parquet(?)", [str(batch.folder / "articles.parquet")]).fetchall()[0][0]
    if extracted and not loaded["articles"]:
        counts.failed_batches.append((batch.key, extracted))
    counts.loaded += loaded["articles"]
    counts.articles += loaded["articles"]
    counts.quotes += loaded["quotes"]
    counts.people += loaded["article_people"]
    counts.captions += loaded["captions"]


def _record_documents(con, manifest: pl.DataFrame, rejects: pl.DataFrame, run_id: str, started_at: datetime) -> None:
    rejected = rejects.filter(pl.col("raw_sha256").is_not_null()).select(
        "source_uri", "raw_sha256", pl.col("reason").alias("reject_reason")
    ).unique(subset=["source_uri", "raw_sha256"])
    documents = (
        manifest.filter(pl.col("raw_sha256").is_not_null() & (pl.col("status") != "unchanged"))
        .join(rejected, on=["source_uri", "raw_sha256"], how="left")
        .select(
            "source_uri",
            "raw_sha256",
            pl.coalesce(pl.col("article_id"), pl.col("duplicate_of")).alias("article_id"),
            pl.when(pl.col("reject_reason").is_not_null()).then(pl.lit("rejected"))
            .when(pl.col("status") == "changed").then(pl.lit("replaced"))
            .when(pl.col("status") == "new").then(pl.lit("loaded"))
            .otherwise(pl.col("status")).alias("status"),
            "duplicate_of",
            "size_bytes",
            pl.lit(run_id).alias("first_run_id"),
            pl.lit(started_at).cast(pl.Datetime("us", "UTC")).alias("first_seen_at"),
            pl.coalesce(pl.col("reject_reason"), pl.col("reason")).alias("reason"),
        )
    )
    con.register("run_documents", documents)
    con.execute("insert or ignore into documents by name select * from run_documents")
    con.unregister("run_documents")


def _record_input_files(con: duckdb.DuckDBPyConnection, manifest: pl.DataFrame, run_id: str) -> None:
    """Remember the stat of every page file this run read, for the next run's unchanged-file shortcut."""
    if "mtime_ns" not in manifest.columns:
        return
    files = manifest.filter(pl.col("mtime_ns").is_not_null() & pl.col("raw_sha256").is_not_null()).select(
        "source_uri", "size_bytes", "mtime_ns", "raw_sha256", pl.lit(run_id).alias("run_id")
    ).unique(subset=["source_uri"], keep="last")
    if files.height:
        con.register("run_input_files", files)
        con.execute("insert or replace into input_files by name select * from run_input_files")
        con.unregister("run_input_files")


def _stage(manifest: pl.DataFrame) -> pl.Expr:
    # manifests written before the column existed have no stage: they were all ingest
    return pl.col("stage") if "stage" in manifest.columns else pl.lit(None, pl.String)


def _record_fetches(con: duckdb.DuckDBPyConnection, fetches: Path, run_id: str) -> None:
    """Record a scrape's fetch results (present only when the run took in fetched pages)."""
    if fetches.exists():
        con.execute("insert into fetches by name select *, ?::varchar as run_id from read_parquet(?)",
                    [run_id, str(fetches)])


def _execute_file(con: duckdb.DuckDBPyConnection, relative: str) -> None:
    con.execute((project_dir("sql") / relative).read_text(encoding="utf-8"))
