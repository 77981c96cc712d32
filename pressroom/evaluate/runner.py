"""Run the real pipeline into a scratch warehouse and read back what it loaded.

The evaluations (``pressroom eval ...``) score the warehouse, not an
in-process extraction: the inputs go through :func:`pressroom.runner.run_pipeline`
(the code ``pressroom run`` uses), and the scores are computed from rows read
with a read-only connection. This module holds that plumbing; the scoring of
each benchmark lives beside it in plain functions on plain dicts.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlparse


@contextmanager
def scratch_warehouse(keep: Path | None = None) -> Iterator[Path]:
    """A warehouse file to evaluate into: ``keep`` when given (left in place),
    else one in a temporary folder removed afterwards."""
    if keep is not None:
        keep = Path(keep)
        keep.parent.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    folder = Path(tempfile.mkdtemp(prefix="pressroom-eval-"))
    try:
        yield folder / "pressroom.duckdb"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_inputs(paths: list[Path], warehouse: Path, *, workers: int | None = None,
               batch_size: int | None = None) -> dict:
    """Run the pipeline on ``paths`` into ``warehouse``; the run's counts plus ``seconds``."""
    from ..runner import run_pipeline
    from ..settings import Settings

    settings = Settings(warehouse=warehouse)
    start = time.perf_counter()
    counts = run_pipeline([str(p) for p in paths], settings, batch_size=batch_size, workers=workers)
    counts = dict(counts)
    counts["seconds"] = round(time.perf_counter() - start, 1)
    return counts


def file_name(source_uri: str) -> str:
    """The file name a ``file://`` source URI ends with (the URI itself otherwise)."""
    if source_uri.startswith("file:"):
        return Path(unquote(urlparse(source_uri).path)).name
    return source_uri


def read_loaded(warehouse: Path) -> dict[str, dict]:
    """Everything the warehouse holds per input, keyed by ``source_uri``.

    Each value has the article's columns (``article_id``, ``title``, ``body``,
    ``site``, ``paragraph_count``) and lists ``people`` (name, role, quoted),
    ``quotes`` (quotation_id, text, speaker, kind, verb, start_char, end_char; in
    body order) and
    ``captions`` (text, credit, people; by position). An input that was
    rejected has ``rejected`` set to the reason and no article. A duplicate
    input points at the article of its first copy.
    """
    from ..warehouse import connect_reader

    con = connect_reader(warehouse)
    try:
        articles = _dicts(con, "select article_id, source_uri, site, title, body, paragraph_count from articles")
        people = _dicts(con, "select article_id, name, role, quoted from article_people order by article_id, name")
        quotes = _dicts(con, "select article_id, quotation_id, text, speaker, kind, verb, start_char, end_char from quotes "
                             "order by article_id, start_char, end_char")
        captions = _dicts(con, "select article_id, text, credit, people from captions "
                               "order by article_id, position, caption_id")
        documents = _dicts(con, "select source_uri, article_id, status from documents")
        rejects = _dicts(con, "select source_uri, stage, reason from rejects order by rejected_at")
    finally:
        con.close()
    by_id: dict[str, dict] = {}
    for row in articles:
        by_id[row["article_id"]] = {**row, "people": [], "quotes": [], "captions": []}
    for table, rows in (("people", people), ("quotes", quotes), ("captions", captions)):
        for row in rows:
            article = by_id.get(row.pop("article_id"))
            if article is not None:
                article[table].append(row)
    loaded = {a["source_uri"]: a for a in by_id.values()}
    for doc in documents:
        if doc["source_uri"] not in loaded and doc["article_id"] in by_id:
            loaded[doc["source_uri"]] = by_id[doc["article_id"]]
    for reject in rejects:
        if reject["source_uri"] not in loaded:
            loaded[reject["source_uri"]] = {"rejected": f"{reject['stage']}: {reject['reason']}"}
    return loaded


def _dicts(con, sql: str) -> list[dict]:
    result = con.execute(sql)
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, row)) for row in result.fetchall()]


def run_summary(counts: dict) -> dict:
    """The parts of a run's counts worth printing beside the scores."""
    keys = ("inputs_seen", "loaded", "unchanged", "duplicates", "rejected", "articles", "quotes", "people",
            "captions", "seconds")
    return {k: counts[k] for k in keys if k in counts}
