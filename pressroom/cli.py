"""The ``pressroom`` command line: a thin layer over the library and the flows.

Heavy libraries (Prefect, spaCy, DuckDB, polars) are imported inside the
commands so that ``pressroom --help`` starts at once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="Scraped news pages → a tidy DuckDB warehouse of articles, people, quotes and captions.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)

WarehouseOption = Annotated[
    Optional[Path],
    typer.Option("--warehouse", "-w", help="DuckDB file [env PRESSROOM_WAREHOUSE; default warehouse/pressroom.duckdb]"),
]


def _settings(warehouse: Path | None = None):
    from .settings import Settings

    settings = Settings()
    if warehouse is not None:
        settings.warehouse = warehouse
    return settings


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"pressroom: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def run(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (recursive). Default: the bundled samples.")] = None,
    warehouse: WarehouseOption = None,
    batch_size: Annotated[Optional[int], typer.Option(help="Documents per batch [default: sized to the run, 50 to 500].")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Extraction processes on this machine [default: one per core, at most 2].")] = None,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Extract on this Dask scheduler, e.g. tcp://10.0.0.5:8786 [env PRESSROOM_DASK_ADDRESS].")] = None,
    staging: Annotated[Optional[str], typer.Option("--staging", help="Path or URL (file://, s3://...) that --dask workers share with this machine; batches pass through it as Parquet.")] = None,
    field: Annotated[Optional[list[str]], typer.Option("--field", help="Map a record field: content=body, url=link, title=headline, published_at=date, source=site, author=byline.")] = None,
    strict: Annotated[bool, typer.Option(help="Exit non-zero when any input was rejected.")] = False,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another run's lock before giving up.")] = 0.0,
    rehash: Annotated[bool, typer.Option("--rehash", help="Read and hash every input file, even one whose size and modification time are those a run last read [env PRESSROOM_REHASH].")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line.")] = False,
) -> None:
    """Ingest, clean, extract, validate and load PATHS into the warehouse.

    `.txt` files are scraped pages; `.html`, `.htm`, `.html.gz` are saved web pages;
    `.jsonl`, `.csv`, `.tsv`, `.parquet` hold records with a `content` field.

    Examples:

        pressroom run                          # the bundled sample pages

        pressroom run scrapes/ --warehouse /data/news.duckdb

        pressroom run export.jsonl --field content=body --field url=link

        pressroom run scrapes/ --dask tcp://scheduler:8786 --staging /mnt/shared/pressroom
    """
    from .resources import sample_inputs
    from .runner import run_pipeline

    settings = _settings(warehouse)
    inputs = [str(p) for p in (paths or [sample_inputs()])]
    try:
        counts = run_pipeline(
            inputs,
            settings,
            batch_size=batch_size or settings.batch_size,
            workers=workers or settings.workers,
            dask_address=dask,
            staging=staging,
            fields=field or [],
            wait_seconds=wait,
            show_progress=not quiet,
            rehash=rehash or None,  # None: the runner takes PRESSROOM_REHASH
        )
    except Exception as error:  # noqa: BLE001 - one line for the person at the terminal
        from .warehouse import WarehouseBusy

        if isinstance(error, WarehouseBusy):
            _fail(str(error), code=75)
        raise
    for source_uri, reason in counts["reject_reasons"]:
        typer.echo(f"rejected {source_uri}: {reason}", err=True)
    for key, articles in counts.get("failed_batches", []):
        typer.echo(f"batch {key}: all {articles} articles failed validation; nothing loaded from it", err=True)
    typer.echo(
        f"run {counts['run_id']}: {counts['inputs_seen']} inputs: {counts['loaded']} loaded, "
        f"{counts['unchanged']} unchanged, {counts['duplicates']} duplicates, {counts['rejected']} rejected"
    )
    if not quiet:
        from .report import print_totals

        print_totals(settings.warehouse)
    if counts["inputs_seen"] and counts["inputs_seen"] == counts["rejected"]:
        typer.echo("pressroom: nothing could be read from the inputs given", err=True)
        _exit_without_teardown(1)
    if strict and counts["rejected"]:
        typer.echo(f"pressroom: {counts['rejected']} input(s) rejected (--strict)", err=True)
        _exit_without_teardown(1)
    _exit_without_teardown(0)


def _exit_without_teardown(code: int) -> None:
    """End a ``pressroom`` process now that its work is done and published.

    The exit handlers run (Prefect's flushes, stopping the temporary API,
    logging), then the process exits without the interpreter tearing down
    every module of Prefect, Great Expectations, polars... (about 1 s of CPU
    at the end of every run). Called in-process (tests, notebooks), or with
    a non-daemon thread still running, it only sets the exit code.
    """
    import os
    import threading

    main_spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    own_process = Path(sys.argv[0]).name == "pressroom" or getattr(main_spec, "name", "") == "pressroom.__main__"
    busy = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon and t.is_alive()]
    if not own_process or busy:
        if code:
            raise typer.Exit(code)
        return
    import atexit

    # what the interpreter runs at exit, in its order (CPython's own hooks): first the
    # threading module's exit callbacks -- Prefect drains its log and event queues to the
    # API there -- then the atexit handlers, which stop the temporary API
    threading._shutdown()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(code)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="A SQL query (read-only).")],
    warehouse: WarehouseOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
) -> None:
    """Run a read-only SQL query against the warehouse and print the result.

    Examples:

        pressroom query "select speaker, count(*) n from quotes group by 1 order by n desc"

        pressroom query "select * from person_coverage limit 20" --format csv
    """
    from .report import print_query

    settings = _settings(warehouse)
    if not settings.warehouse.exists():
        _fail(f"{settings.warehouse}: no warehouse yet; run `pressroom run` first")
    if format not in ("table", "csv", "json"):
        _fail(f"--format {format}: expected table, csv or json")
    try:
        print_query(settings.warehouse, sql, format)
    except Exception as error:  # noqa: BLE001 - SQL errors are the user's, one line
        _fail(" ".join(str(error).split()))


@app.command()
def status(
    warehouse: WarehouseOption = None,
    runs: Annotated[int, typer.Option(help="How many recent runs to show.")] = 5,
) -> None:
    """Show recent runs with their counts, rows per table and the last validation results."""
    from .report import print_status

    settings = _settings(warehouse)
    if not settings.warehouse.exists():
        _fail(f"{settings.warehouse}: no warehouse yet; run `pressroom run` first")
    print_status(settings.warehouse, runs)


@app.command()
def deploy(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to run on, every time.")],
    cron: Annotated[str, typer.Option(help="Cron schedule, e.g. '0 6 * * *' for 06:00 every day.")],
    warehouse: WarehouseOption = None,
    name: Annotated[str, typer.Option(help="Deployment name.")] = "pressroom-scheduled",
) -> None:
    """Serve a scheduled deployment of the pipeline (runs until stopped).

    Start a Prefect server first (`prefect server start`) and point at it with
    `PREFECT_API_URL=http://127.0.0.1:4200/api`; past runs then show in its UI.

    Example:

        pressroom deploy --cron "0 6 * * *" /data/scrapes
    """
    import os

    if not os.environ.get("PREFECT_API_URL"):
        _fail(
            "scheduling needs a Prefect server: start one with `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    settings = _settings(warehouse)
    from .settings import configure_prefect

    configure_prefect(settings)
    from flows.pipeline import pressroom_run

    pressroom_run.serve(
        name=name,
        cron=cron,
        parameters={"paths": [str(p.absolute()) for p in paths], "warehouse": str(settings.warehouse.absolute())},
    )


from .cli_eval import eval_app  # noqa: E402 - light: typer only; heavy imports inside its commands

app.add_typer(eval_app, name="eval")

from .cli_scrape import scrape  # noqa: E402 - light: typer only; heavy imports inside the command

app.command("scrape")(scrape)


def main() -> None:  # pragma: no cover - console entry point
    app(sys.argv[1:])
