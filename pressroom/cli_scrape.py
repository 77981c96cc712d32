"""``pressroom scrape``: fetch the pages a sitemap, feed or URL list names, and load them like ``pressroom run``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer


def scrape(
    source: Annotated[str, typer.Argument(help="A URL or local file: a sitemap (or sitemap index), an RSS/Atom feed, or a list of URLs (one a line).")],
    since: Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="Only entries dated on or after this day (undated entries are kept).")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="Fetch at most this many URLs (the first listed).")] = None,
    warehouse: Annotated[Optional[Path], typer.Option("--warehouse", "-w", help="DuckDB file [env PRESSROOM_WAREHOUSE; default warehouse/pressroom.duckdb]")] = None,
    user_agent: Annotated[Optional[str], typer.Option(help="User-Agent to send and to match in robots.txt.")] = None,
    delay: Annotated[Optional[float], typer.Option(min=0, help="Seconds between requests to one host (robots.txt Crawl-delay wins when longer). Default 1.")] = None,
    concurrency: Annotated[Optional[int], typer.Option(min=1, help="Requests in flight per host. Default 2.")] = None,
    timeout: Annotated[Optional[float], typer.Option(min=0.1, help="Seconds per request before it counts as failed (retried). Default 20.")] = None,
    batch_size: Annotated[Optional[int], typer.Option(help="Documents per batch.")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Extraction processes on this machine.")] = None,
    strict: Annotated[bool, typer.Option(help="Exit non-zero when any URL was rejected.")] = False,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another run's lock before giving up.")] = 0.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary lines.")] = False,
) -> None:
    """Fetch the pages SOURCE lists and load them into the warehouse.

    Pages are fetched politely (robots.txt, a delay between requests to a host,
    retries with back-off) and their raw HTML is kept in the landing zone beside
    the warehouse (`<warehouse dir>/landing/<sha[:2]>/<sha256>`). An article's
    `source_uri` is the URL as listed. Validators (ETag, Last-Modified) are kept
    in `<warehouse dir>/scrape_state.json`, so a re-run asks with conditional
    GETs: pages that did not change cost a 304 and no work. What happened to
    every URL is in the `fetches` table; failed and robots-disallowed URLs are
    also rejects, pages that are not HTML are recorded as skipped.

    Examples:

        pressroom scrape https://news.example.com/sitemap.xml --since 2024-05-01

        pressroom scrape https://news.example.com/feed.rss --limit 50 -w /data/news.duckdb

        pressroom scrape urls.txt --delay 2 --user-agent "MyArchiver/1.0 (+mailto:me@example.org)"

        pressroom query "select status, count(*) from fetches group by 1"
    """
    from .cli import _fail, _settings
    from .settings import configure_prefect

    settings = _settings(warehouse)
    if "://" not in source and not Path(source).exists():
        _fail(f"{source}: no such file (give a file, or an http(s) URL)")
    configure_prefect(settings)
    from flows.scrape import scrape_flow

    try:
        counts = scrape_flow(
            source,
            warehouse=str(settings.warehouse),
            since=since.date() if since else None,
            limit=limit,
            user_agent=user_agent,
            delay=delay,
            concurrency=concurrency,
            timeout=timeout,
            batch_size=batch_size or settings.batch_size,
            workers=workers or settings.workers,
            max_bytes=settings.max_bytes,
            wait_seconds=wait,
        )
    except Exception as error:  # noqa: BLE001 - one line for the person at the terminal
        _fail(f"{source}: {' '.join(str(error).split()) or type(error).__name__}", code=75 if _busy(error) else 1)
    for url, reason in counts["skipped"]:
        typer.echo(f"skipped {url}: {reason}", err=True)
    for source_uri, reason in counts["reject_reasons"]:
        typer.echo(f"rejected {source_uri}: {reason}", err=True)
    fetches = counts["fetches"]
    typer.echo(
        f"run {counts['run_id']}: {counts['inputs_seen']} inputs: {counts['loaded']} loaded, "
        f"{counts['unchanged']} unchanged, {counts['duplicates']} duplicates, {counts['rejected']} rejected"
    )
    typer.echo(
        f"fetch: {counts['urls']} URLs: {fetches['fetched']} fetched, {fetches['not_modified']} not modified, "
        f"{fetches['skipped']} skipped, {fetches['failed']} failed, {fetches['disallowed']} disallowed"
    )
    if not quiet:
        from .report import print_totals

        print_totals(settings.warehouse)
    if counts["urls"] == 0:
        _fail(f"{source}: " + ("could not be read" if counts["rejected"] else "lists no URLs"), code=1)
    if strict and counts["rejected"]:
        _fail(f"{counts['rejected']} URL(s) rejected (--strict)", code=1)


def _busy(error: Exception) -> bool:
    from .warehouse import WarehouseBusy

    return isinstance(error, WarehouseBusy)
