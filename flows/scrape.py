"""Scrape flow: discover URLs, fetch them politely into the landing zone, then run the pipeline on them.

    scrape_flow("https://example.com/sitemap.xml", warehouse="warehouse/pressroom.duckdb", since=date(2024, 5, 1))

The fetch state (ETag / Last-Modified of every page fetched) is kept beside
the warehouse in ``scrape_state.json``, so the next run asks with conditional
GETs and unchanged pages come back as 304s (unchanged inputs, no work).
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task

from pressroom.pipeline.layout import Layout
from pressroom.scrape import FetchResult, FetchState, ScrapeSettings, discover, fetch_all
from pressroom.scrape.table import fetch_counts, fetches_frame, forget_missing, unreadable_listing

from .pipeline import pressroom_run

STATE_FILE = "scrape_state.json"


def state_path(warehouse: Path) -> Path:
    """Where a warehouse's fetch state lives: beside it, next to its landing zone."""
    return Layout(warehouse).root / STATE_FILE


def scrape_settings(
    user_agent: str | None = None,
    delay: float | None = None,
    concurrency: int | None = None,
    timeout: float | None = None,
) -> ScrapeSettings:
    """ScrapeSettings with the given overrides (None keeps the default)."""
    settings = ScrapeSettings()
    changes: dict = {}
    if user_agent:
        changes["user_agent"] = user_agent
    if delay is not None:
        changes["per_host_delay"] = delay
    if concurrency is not None:
        changes["per_host_concurrency"] = concurrency
        changes["total_concurrency"] = max(settings.total_concurrency, concurrency)
    if timeout is not None:
        changes["timeout"] = timeout
    return dataclasses.replace(settings, **changes)


@task(name="discover-urls")
def discover_task(
    source: str, since: date | None, limit: int | None, settings: ScrapeSettings
) -> tuple[list[str], FetchResult | None]:
    """The URLs ``source`` lists; or none, and a failed fetch standing for the unreadable listing."""
    try:
        return discover(source, since=since, limit=limit, settings=settings), None
    except Exception as error:  # noqa: BLE001 - an unreadable listing is a rejected input, not a crash
        return [], unreadable_listing(source, error)


@task(name="fetch-pages")
def fetch_task(urls: list[str], warehouse: str, settings: ScrapeSettings, also: list[FetchResult]) -> str:
    """Fetch ``urls`` into the landing zone with conditional GETs; return the fetch results' Parquet path.

    ``also`` are results to record without fetching (an unreadable listing).
    """
    layout = Layout(Path(warehouse))
    state = FetchState.load(state_path(layout.warehouse))
    forget_missing(state, layout.landing)
    results = fetch_all(urls, landing=layout.landing, state=state, settings=settings)
    # saved before the pipeline runs: the bytes are landed, and a crashed load is
    # redone next time because the planner checks the warehouse, not this state
    state.save(state_path(layout.warehouse))
    out = layout.staging / "scrapes" / f"{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}.parquet"
    out.parent.mkdir(parents=True, exist_ok=True)
    fetches_frame([*also, *results]).write_parquet(out)
    return str(out)


@flow(name="pressroom-scrape")
def scrape_flow(
    source: str,
    warehouse: str = "warehouse/pressroom.duckdb",
    since: date | None = None,
    limit: int | None = None,
    user_agent: str | None = None,
    delay: float | None = None,
    concurrency: int | None = None,
    timeout: float | None = None,
    batch_size: int = 100,
    workers: int = 1,
    max_bytes: int = 20_000_000,
    wait_seconds: float = 0.0,
) -> dict:
    """Discover the pages ``source`` lists, fetch them, and load them like ``pressroom run``.

    ``source`` is a URL or a local file: a URL list, a sitemap (or index) or
    an RSS/Atom feed. Returns the pipeline run's counts plus ``urls`` (how many
    were listed), ``fetches`` (URLs per fetch status) and ``skipped`` ((url,
    reason) pairs for pages that were not HTML or too large). A listing that
    cannot be read is recorded as a failed fetch and a reject, not raised.
    """
    warehouse_path = Path(warehouse).absolute()
    settings = scrape_settings(user_agent, delay, concurrency, timeout)
    urls, unreadable = discover_task(source, since, limit, settings)
    if unreadable is not None:
        get_run_logger().error("%s: %s", source, unreadable.error)
    else:
        get_run_logger().info("%s lists %d URL(s)", source, len(urls))
    landed = Path(fetch_task(urls, str(warehouse_path), settings, [unreadable] if unreadable else []))
    try:
        fetches = pl.read_parquet(landed)
        counts = pressroom_run(
            [],
            warehouse=str(warehouse_path),
            batch_size=batch_size,
            workers=workers,
            max_bytes=max_bytes,
            wait_seconds=wait_seconds,
            landed_manifest=str(landed),
        )
    finally:
        landed.unlink(missing_ok=True)
    counts["urls"] = len(urls)
    counts["fetches"] = fetch_counts(fetches)
    counts["skipped"] = list(fetches.filter(pl.col("status") == "skipped").select("url", "error").iter_rows())
    return counts
