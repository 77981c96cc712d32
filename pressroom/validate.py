"""Validate a batch's table frames with Great Expectations, article by article.

The suites live in ``expectations/<table>.json`` (GE 1.x ExpectationSuite
JSON). Facts that span tables -- a quote's text is the body at its offsets, a
person speaker is listed in ``article_people``, a body carries no site chrome --
cannot be expressed in GE, so :func:`derive_columns` computes them as extra
boolean/int columns with polars before GE runs, and the suites expect on those.

A failed row only fails its own article: every row-level expectation is run
with ``unexpected_index_column_names=["article_id"]`` so that failing rows map
back to article ids. Expectations with ``severity: warning`` or a ``mostly``
threshold are batch-level signals: they are recorded in ``results`` but never
reject an article.

Great Expectations is slow to import (seconds), so it is imported lazily and
its context and suites are built once per process.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import math
import os
import sys
import threading
import types
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from .ids import short_id
from .tables import empty_frames

TABLES = ("articles", "article_people", "mentions", "quotes", "quote_speakers", "captions")

EXPECTATIONS_DIR = Path(
    os.environ.get("PRESSROOM_EXPECTATIONS_DIR", Path(__file__).resolve().parent.parent / "expectations")
)

RESULTS_SCHEMA: dict[str, pl.DataType] = {
    "run_id": pl.String,
    "suite": pl.String,
    "expectation_type": pl.String,
    "column": pl.String,
    "success": pl.Boolean,
    "unexpected_count": pl.Int64,
    "element_count": pl.Int64,
    "checked_at": pl.Datetime("us", "UTC"),
}

RESULT_FORMAT = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["article_id"],
}


@dataclass
class BatchValidation:
    """What validating one batch found."""

    # article_id -> names of the expectations its rows failed, e.g.
    # "quotes.expect_column_values_to_be_in_set(kind)"
    failed_articles: dict[str, list[str]] = field(default_factory=dict)
    # one row per (suite, expectation); columns as RESULTS_SCHEMA (table validation_results)
    results: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=RESULTS_SCHEMA))

    @property
    def success(self) -> bool:
        return not self.failed_articles


# --------------------------------------------------------------------------- chrome


def _chrome_lines_fn():
    # imported when first needed: the cleaner's vocabularies are not needed to import this module
    from .clean import chrome_lines

    return chrome_lines


# --------------------------------------------------------------------------- derived columns


def derive_columns(frames: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Add the cross-table columns the suites expect on, one frame per table.

    articles.chrome_line_count and chrome_line_share,
    {article_people,mentions,quotes,quote_speakers,captions}.article_known,
    mentions.surface_matches_text, quotes.text_matches_body, quotes.speaker_listed,
    quote_speakers.quote_known and speaker_listed, captions.has_credit.
    """
    articles = frames["articles"]
    chrome_lines = _chrome_lines_fn()
    bodies: dict[str, str] = {}
    for aid, body in zip(articles["article_id"].to_list(), articles["body"].to_list(), strict=True):
        if aid is not None and body is not None:
            bodies.setdefault(aid, body)
    known_ids = pl.Series(list(bodies) or [], dtype=pl.String)

    out: dict[str, pl.DataFrame] = {}
    chrome_counts, line_counts = [], []
    for body in articles["body"].to_list():
        chrome_counts.append(len(chrome_lines(body)) if body is not None else 0)
        line_counts.append(sum(1 for line in (body or "").split("\n") if line.strip()))
    out["articles"] = articles.with_columns(
        pl.Series("chrome_line_count", chrome_counts, dtype=pl.Int32),
        # one chrome-looking line is the warning's business (a quoted tweet's byline in a
        # short story is a large share of few lines); a share means something from two lines up
        pl.Series(
            "chrome_line_share",
            [c / n if n and c >= 2 else 0.0 for c, n in zip(chrome_counts, line_counts)],
            dtype=pl.Float64,
        ),
    )

    def known(frame: pl.DataFrame) -> pl.DataFrame:
        return frame.with_columns(pl.col("article_id").is_in(known_ids.implode()).fill_null(False).alias("article_known"))

    out["article_people"] = known(frames["article_people"])

    # quotes: text == body[start:end]; person speakers listed for the same article
    quotes = frames["quotes"]
    listed = {
        (aid, pid)
        for aid, pid in zip(
            frames["article_people"]["article_id"].to_list(),
            frames["article_people"]["person_id"].to_list(),
            strict=True,
        )
    }

    def person_listed(aid: str | None, kind: str | None, pid: str | None) -> bool:
        return kind != "person" or (pid is not None and (aid, pid) in listed)

    matches, speaker_ok = [], []
    for aid, text, start, end, kind, pid in zip(
        quotes["article_id"].to_list(),
        quotes["text"].to_list(),
        quotes["start_char"].to_list(),
        quotes["end_char"].to_list(),
        quotes["speaker_kind"].to_list(),
        quotes["speaker_person_id"].to_list(),
        strict=True,
    ):
        matches.append(_span_matches(bodies.get(aid), start, end, text))
        speaker_ok.append(person_listed(aid, kind, pid))
    out["quotes"] = known(quotes).with_columns(
        pl.Series("text_matches_body", matches, dtype=pl.Boolean),
        pl.Series("speaker_listed", speaker_ok, dtype=pl.Boolean),
    )

    # quote_speakers: each row belongs to a quote of the batch; a person who says it with the
    # quote's speaker is listed for the article (the speaker itself, position 0, is checked on quotes)
    speakers = frames["quote_speakers"]
    quote_ids = pl.Series(quotes["quote_id"].drop_nulls().to_list() or [], dtype=pl.String)
    listed_ok = [
        position == 0 or person_listed(aid, kind, pid)
        for aid, position, kind, pid in zip(
            speakers["article_id"].to_list(),
            speakers["position"].to_list(),
            speakers["speaker_kind"].to_list(),
            speakers["speaker_person_id"].to_list(),
            strict=True,
        )
    ]
    out["quote_speakers"] = known(speakers).with_columns(
        pl.col("quote_id").is_in(quote_ids.implode()).fill_null(False).alias("quote_known"),
        pl.Series("speaker_listed", listed_ok, dtype=pl.Boolean),
    )

    # mentions: surface == body[start:end], or the caption's text when caption_index is set
    captions = frames["captions"]
    caption_texts = dict(zip(captions["caption_id"].to_list(), captions["text"].to_list(), strict=True))
    surface_ok = []
    mentions = frames["mentions"]
    for aid, surface, start, end, cap in zip(
        mentions["article_id"].to_list(),
        mentions["surface"].to_list(),
        mentions["start_char"].to_list(),
        mentions["end_char"].to_list(),
        mentions["caption_index"].to_list(),
        strict=True,
    ):
        source = bodies.get(aid) if cap is None else caption_texts.get(short_id(aid, "caption", cap))
        surface_ok.append(_span_matches(source, start, end, surface))
    out["mentions"] = known(mentions).with_columns(pl.Series("surface_matches_text", surface_ok, dtype=pl.Boolean))

    out["captions"] = known(captions).with_columns(
        (pl.col("credit").is_not_null() & pl.col("credit").str.contains(r"\S")).fill_null(False).alias("has_credit")
    )
    return out


def _span_matches(source: str | None, start: int | None, end: int | None, text: str | None) -> bool:
    if source is None or start is None or end is None or text is None:
        return False
    if not 0 <= start < end <= len(source):
        return False
    return source[start:end] == text


# --------------------------------------------------------------------------- Great Expectations


class _GX:
    """The ephemeral context and one validation definition per suite, built once."""

    def __init__(self, expectations_dir: Path):
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
        import logging

        _defer_import("scipy.stats")
        _defer_import("altair")
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        # GE announces its ephemeral docs folder at INFO on every start; run output stays ours
        # (that module sets its own logger to INFO, so the parent's level is not enough)
        for name in ("great_expectations", "great_expectations.data_context.types.base"):
            logging.getLogger(name).setLevel(logging.WARNING)
        context = gx.get_context(mode="ephemeral")
        context.enable_analytics(False)
        context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        source = context.data_sources.add_pandas("pressroom")
        self.definitions: dict[str, Any] = {}
        self.columns: dict[str, list[str]] = {}
        self.suites: dict[str, Any] = {}
        for table in TABLES:
            with open(expectations_dir / f"{table}.json", encoding="utf-8") as f:
                suite = gx.ExpectationSuite(**json.load(f))
            suite = context.suites.add(suite)
            batch = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(table)
            self.definitions[table] = context.validation_definitions.add(
                gx.ValidationDefinition(name=table, data=batch, suite=suite)
            )
            self.suites[table] = suite
            self.columns[table] = _suite_columns(suite)
        self.context = context
        self.lock = threading.Lock()


class _DeferredModule(types.ModuleType):
    """Stands in for a module until one of its attributes is used, then imports the real one."""

    def __getattr__(self, attribute: str):
        module = sys.modules.get(self.__name__)
        if module is self or module is None:
            del sys.modules[self.__name__]
            module = importlib.import_module(self.__name__)
        return getattr(module, attribute)


def _defer_import(name: str) -> None:
    """Let ``import name`` bind a stand-in, so that the real import happens on first use, if ever.

    Great Expectations imports SciPy's statistics and Altair when it loads, for
    expectations (distribution tests, their charts) that our suites never use:
    ~1 s of the ~2.3 s its import costs, paid by every run with work.
    """
    if name not in sys.modules and importlib.util.find_spec(name.split(".")[0]) is not None:
        sys.modules[name] = _DeferredModule(name)


_STATE: dict[Path, _GX] = {}
_STATE_LOCK = threading.Lock()


def prepare(expectations_dir: Path | None = None) -> None:
    """Import Great Expectations and build its context and suites now, once per process.

    Seconds of work: call it in a background thread while something else
    runs, and the first validation starts at once.
    """
    _gx(expectations_dir)


def _gx(expectations_dir: Path | None = None) -> _GX:
    key = Path(expectations_dir or EXPECTATIONS_DIR).resolve()
    with _STATE_LOCK:
        if key not in _STATE:
            _STATE[key] = _GX(key)
        return _STATE[key]


def _suite_columns(suite) -> list[str]:
    columns = ["article_id"]
    for expectation in suite.expectations:
        kwargs = expectation.configuration.kwargs
        for name in [kwargs.get("column"), kwargs.get("column_A"), kwargs.get("column_B"), *kwargs.get("column_list", [])]:
            if name and name not in columns:
                columns.append(name)
    return columns


def expectation_name(suite: str, expectation_type: str, kwargs: dict) -> str:
    """"quotes.expect_column_values_to_be_in_set(kind)"."""
    return f"{suite}.{expectation_type}({_domain(kwargs)})"


def _domain(kwargs: dict) -> str:
    if kwargs.get("column"):
        return str(kwargs["column"])
    if kwargs.get("column_A"):
        return f"{kwargs['column_A']},{kwargs['column_B']}"
    if kwargs.get("column_list"):
        return ",".join(kwargs["column_list"])
    return ""


def _column_label(kwargs: dict) -> str:
    if kwargs.get("column"):
        return str(kwargs["column"])
    domain = {k: kwargs[k] for k in ("column_A", "column_B", "column_list") if k in kwargs}
    return json.dumps(domain or {k: v for k, v in kwargs.items() if k != "batch_id"}, default=str)


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def validate_batch(
    frames: dict[str, pl.DataFrame], run_id: str, *, expectations_dir: Path | None = None
) -> BatchValidation:
    """Validate one batch's frames; failures are attributed to the articles whose rows failed.

    Rows whose article_id is null cannot be attributed: they fail the
    ``not_null(article_id)`` expectation in ``results`` and :func:`filter_failed`
    always rejects them. A critical expectation that GE could not evaluate row by
    row (e.g. a column is missing) fails every article with rows in that table.
    """
    state = _gx(expectations_dir)
    frames = {**empty_frames(), **frames}  # a batch may leave out a table it has no rows for
    derived = derive_columns(frames)
    checked_at = datetime.now(UTC)
    failed: dict[str, list[str]] = {}
    rows: list[dict] = []

    def fail(aid: str, name: str) -> None:
        names = failed.setdefault(aid, [])
        if name not in names:
            names.append(name)

    for table in TABLES:
        frame = derived[table]
        frame_ids = [aid for aid in frame["article_id"].unique().to_list() if aid is not None]
        data = frame.select([c for c in state.columns[table] if c in frame.columns]).to_pandas()
        with state.lock:
            outcome = state.definitions[table].run(
                batch_parameters={"dataframe": data}, result_format=RESULT_FORMAT
            )
        for result in outcome.results:
            config = result.expectation_config
            kwargs = {k: v for k, v in config.kwargs.items() if k != "batch_id"}
            res = result.result or {}
            rows.append(
                {
                    "run_id": run_id,
                    "suite": table,
                    "expectation_type": config.type,
                    "column": _column_label(kwargs),
                    "success": bool(result.success),
                    "unexpected_count": res.get("unexpected_count"),
                    "element_count": res.get("element_count", len(frame)),
                    "checked_at": checked_at,
                }
            )
            severity = str(getattr(config, "severity", "critical") or "critical").lower().rsplit(".", 1)[-1]
            if severity != "critical" or kwargs.get("mostly", 1) < 1:
                continue  # batch-level signal: recorded, never rejects an article
            name = expectation_name(table, config.type, kwargs)
            index_list = res.get("unexpected_index_list")
            if index_list is None:
                if not result.success:
                    # GE could not check it row by row (e.g. an exception): nothing can be trusted
                    for aid in frame_ids:
                        fail(aid, name)
                continue
            for entry in index_list:
                aid = entry.get("article_id") if isinstance(entry, dict) else None
                if not _is_missing(aid):
                    fail(str(aid), name)
    return BatchValidation(failed_articles=failed, results=pl.DataFrame(rows, schema=RESULTS_SCHEMA))


def filter_failed(
    frames: dict[str, pl.DataFrame], failed_article_ids
) -> tuple[dict[str, pl.DataFrame], dict[str, pl.DataFrame]]:
    """Split every table into (kept, rejected) by article: a failed article loses all its rows.

    Rows with a null article_id are always rejected.
    """
    failed = pl.Series(sorted(set(failed_article_ids)), dtype=pl.String).implode()
    kept: dict[str, pl.DataFrame] = {}
    rejected: dict[str, pl.DataFrame] = {}
    for table, frame in frames.items():
        bad = pl.col("article_id").is_null() | pl.col("article_id").is_in(failed)
        rejected[table] = frame.filter(bad)
        kept[table] = frame.filter(~bad)
    return kept, rejected
