"""Clean, extract and validate stages over batches of documents (validation takes several at once).

Each stage writes its output into the batch folder and a marker file last, so
a stage that finished is never run again for the same batch, and a stage that
was killed half-way is simply run again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from ..ids import short_id
from ..ingest import BadInput, decode_text
from ..landing import read_landed
from ..model import CleanPage
from ..tables import SCHEMAS, Document
from .fingerprint import code_fingerprint
from .layout import Layout
from .pages import read_pages, write_pages
from .plan import to_load

REJECT_SCHEMA = {"source_uri": pl.String, "raw_sha256": pl.String, "stage": pl.String, "reason": pl.String}
TABLES = list(SCHEMAS)
# well under spaCy's default max_length (1,000,000); a news paragraph is a few thousand at most
MAX_PARAGRAPH_CHARS = 200_000


@dataclass(frozen=True)
class Batch:
    """Documents processed together, and the folder their output goes to."""

    key: str
    folder: Path

    def done(self, stage: str) -> bool:
        return (self.folder / f"_{stage}.done").exists()

    def mark_done(self, stage: str) -> None:
        (self.folder / f"_{stage}.done").write_text(datetime.now(timezone.utc).isoformat())


def plan_batches(manifest: pl.DataFrame, layout: Layout, batch_size: int) -> list[Batch]:
    """Split the documents to load into batches and write each batch's work list."""
    todo = to_load(manifest).sort("source_uri")
    batches = []
    for start in range(0, todo.height, batch_size):
        chunk = todo.slice(start, batch_size)
        key = short_id(code_fingerprint(), *chunk.select(pl.concat_str("article_id", "raw_sha256")).to_series())
        batch = Batch(key, layout.batch_dir(key))
        batch.folder.mkdir(parents=True, exist_ok=True)
        work = batch.folder / "work.parquet"
        if not work.exists():
            chunk.write_parquet(work.with_suffix(".tmp"))
            work.with_suffix(".tmp").replace(work)
        batches.append(batch)
    return batches


def clean_batch(batch: Batch, layout: Layout) -> None:
    """Decode and clean every document of the batch; reject those with no article."""
    if batch.done("clean"):
        return
    from ..clean import clean_text

    items: list[tuple[Document, CleanPage]] = []
    rejects = []
    now = datetime.now(timezone.utc)
    for row in pl.read_parquet(batch.folder / "work.parquet").iter_rows(named=True):
        doc = Document(row["source_uri"], row["raw_sha256"], row["article_id"], now)
        try:
            page, doc.encoding = _clean_one(row["kind"], read_landed(layout.landing, row["raw_sha256"]), row["source_uri"], clean_text)
            if not page.paragraphs:
                raise BadInput("no article text left after removing the page's chrome")
            _check_paragraph_length(page)
        except BadInput as problem:
            rejects.append({"source_uri": doc.source_uri, "raw_sha256": doc.raw_sha256, "stage": "clean", "reason": str(problem)})
            continue
        except Exception as error:  # noqa: BLE001 - one broken document (e.g. a truncated .gz) must not stop the run
            reason = "could not be read as a page: " + " ".join(f"{type(error).__name__}: {error}".split())[:200]
            rejects.append({"source_uri": doc.source_uri, "raw_sha256": doc.raw_sha256, "stage": "clean", "reason": reason})
            continue
        items.append((doc, page))
    write_pages(batch.folder / "pages.parquet", items)
    pl.DataFrame(rejects, schema=REJECT_SCHEMA).write_parquet(batch.folder / "clean_rejects.parquet")
    batch.mark_done("clean")


def _check_paragraph_length(page: CleanPage) -> None:
    # the language model refuses a text over its max_length and would fail the whole batch;
    # no real paragraph comes near this, so such a page is a reject, not a crash
    longest = max(len(text) for text in [*page.paragraphs, *(c.text for c in page.captions)])
    if longest > MAX_PARAGRAPH_CHARS:
        raise BadInput(f"paragraph too long: {longest:,} characters (limit {MAX_PARAGRAPH_CHARS:,})")


def _clean_one(kind: str, raw: bytes, source_uri: str, clean_text) -> tuple[CleanPage, str | None]:
    if kind == "html":
        from ..html import parse_html

        if raw[:2] == b"\x1f\x8b":
            import gzip

            raw = gzip.decompress(raw)
        return parse_html(raw, url=source_uri if source_uri.startswith("http") else None), None
    if kind == "record":
        fields = json.loads(raw)
        content, title = fields["content"], fields.get("title")
        if title and not content.lstrip().startswith(title.strip()):
            content = f"{title}\n\n{content}"
        page = clean_text(content)
        page.site = fields.get("source") or page.site
        page.published_at = fields.get("published_at") or page.published_at
        page.byline = fields.get("author") or page.byline
        if fields.get("url"):
            page.meta.setdefault("canonical_url", fields["url"])
        return page, "utf-8"
    text, encoding = decode_text(raw)
    return clean_text(text), encoding


def extract_batch(batch: Batch, nlp) -> None:
    """Extract people, quotes and captions and write one Parquet file per table."""
    if batch.done("extract"):
        return
    from ..extract import extract_pages
    from ..tables import batch_frames

    items = read_pages(batch.folder / "pages.parquet")
    extractions = extract_pages([page for _, page in items], nlp) if items else []
    frames = batch_frames([(doc, page, ex) for (doc, page), ex in zip(items, extractions)])
    for table, frame in frames.items():
        frame.write_parquet(batch.folder / f"{table}.parquet")
    batch.mark_done("extract")


# Great Expectations costs ~0.3 s per suite pass whatever its size, so batches are
# validated together, a few thousand articles at a time (memory stays bounded).
VALIDATION_PASS_ARTICLES = 2500


def validate_batches(batches: list[Batch], run_id: str) -> dict[str, dict[str, list[str]]]:
    """Validate the batches not yet validated, several per Great Expectations pass.

    Each batch gets its own kept rows (``valid/``) and rejects; the pass's
    ``validation_results`` rows (one per suite and expectation) go with the
    pass's first batch, so that they are loaded once, with the batches.
    Returns, per batch key, the failed article ids with the expectations each failed.
    """
    failed: dict[str, dict[str, list[str]]] = {}
    group: list[tuple[Batch, dict[str, pl.DataFrame]]] = []
    for batch in batches:
        if batch.done("validate"):
            continue
        frames = {table: pl.read_parquet(batch.folder / f"{table}.parquet") for table in TABLES}
        if group and sum(f["articles"].height for _, f in group) + frames["articles"].height > VALIDATION_PASS_ARTICLES:
            failed.update(_validate_pass(group, run_id))  # one pass in memory at a time
            group = []
        group.append((batch, frames))
    if group:
        failed.update(_validate_pass(group, run_id))
    return failed


def _validate_pass(group: list[tuple[Batch, dict[str, pl.DataFrame]]], run_id: str) -> dict[str, dict[str, list[str]]]:
    from .. import validate

    together = {table: pl.concat([frames[table] for _, frames in group], how="vertical_relaxed") for table in TABLES}
    outcome = validate.validate_batch(together, run_id)
    failed: dict[str, dict[str, list[str]]] = {}
    for index, (batch, frames) in enumerate(group):
        ids = set(frames["articles"]["article_id"].drop_nulls().to_list())
        for table in TABLES:  # rows of articles that are not in the batch's articles table
            ids.update(frames[table]["article_id"].drop_nulls().to_list())
        mine = {aid: names for aid, names in outcome.failed_articles.items() if aid in ids}
        results = outcome.results if index == 0 else outcome.results.clear()
        write_validated(batch, frames, mine, results)
        failed[batch.key] = mine
    for batch, _ in group:  # markers last: a pass killed half-way is run again whole
        batch.mark_done("validate")
    return failed


def write_validated(batch: Batch, frames: dict[str, pl.DataFrame], failed: dict[str, list[str]], results: pl.DataFrame) -> None:
    """Write what validation decided for one batch: kept rows, rejects, results rows."""
    from ..validate import filter_failed

    kept, _ = filter_failed(frames, set(failed))
    valid = batch.folder / "valid"
    valid.mkdir(exist_ok=True)
    for table, frame in kept.items():
        frame.write_parquet(valid / f"{table}.parquet")
    results.write_parquet(batch.folder / "validation_results.parquet")
    sources = dict(frames["articles"].select("article_id", "source_uri").iter_rows())
    shas = dict(frames["articles"].select("article_id", "raw_sha256").iter_rows())
    rejects = [
        {
            "source_uri": sources.get(aid, aid),
            "raw_sha256": shas.get(aid),
            "stage": "validate",
            "reason": "failed expectations: " + "; ".join(sorted(names)),
        }
        for aid, names in sorted(failed.items())
    ]
    pl.DataFrame(rejects, schema=REJECT_SCHEMA).write_parquet(batch.folder / "validate_rejects.parquet")
