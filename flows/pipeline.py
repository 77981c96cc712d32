"""The parent flow that ``pressroom run`` calls: ingest → clean → extract → validate → load."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, task

from pressroom.pipeline.ingest import add_landed
from pressroom.pipeline.layout import Layout, new_run_id
from pressroom.pipeline.workers import (auto_batch_size, default_workers, local_processes, prepare_validation,
                                        start_pool, stop_pool)
from pressroom.settings import without_flow_heartbeats
from pressroom.warehouse import write_lock

from .clean import clean_flow
from .extract import extract_flow
from .ingest import ingest_flow
from .load import load_flow
from .validate import validate_flow


@task(name="ingest-landed")
def ingest_landed_task(landed_manifest: str, warehouse: str, run_id: str) -> dict:
    """Add already-landed documents (fetched pages) to the run's manifest; return counts per status."""
    return add_landed(Layout(Path(warehouse)), run_id, Path(landed_manifest))


@flow(name="pressroom-run")
def pressroom_run(
    paths: list[str],
    warehouse: str = "warehouse/pressroom.duckdb",
    batch_size: int = 0,
    workers: int = 0,
    max_bytes: int = 20_000_000,
    fields: list[str] | None = None,
    wait_seconds: float = 0.0,
    landed_manifest: str | None = None,
    dask_address: str | None = None,
    staging: str | None = None,
    rehash: bool = False,
) -> dict:
    """Run every stage on ``paths`` and publish the result to ``warehouse``.

    Stages with nothing to do are skipped, so a re-run on unchanged input
    costs little more than start-up. ``landed_manifest`` is the path of a
    Parquet file of fetch results (``pressroom.scrape.table``) whose pages are
    already in the landing zone; they join the run as inputs beside ``paths``.
    ``dask_address`` sends extraction to a Dask scheduler, with batches passing
    through ``staging`` (a path or URL every worker can reach). ``rehash``
    reads every input file, even those whose size and modification time say
    they are unchanged since a run read them.
    """
    warehouse_path = Path(warehouse).absolute()
    layout = Layout(warehouse_path)
    run_id = new_run_id()
    started_at = datetime.now(timezone.utc)
    # the stage flows send no heartbeats of their own: they run in this flow's process and cannot
    # crash without it, whose heartbeats (against a lasting server) cover them; each would cost up
    # to a second at its end
    with write_lock(warehouse_path, wait_seconds), without_flow_heartbeats():
        statuses = ingest_flow(paths, str(warehouse_path), run_id, max_bytes, fields, rehash)
        if landed_manifest:
            statuses = ingest_landed_task(landed_manifest, str(warehouse_path), run_id)
        keys: list[str] = []
        todo = statuses.get("new", 0) + statuses.get("changed", 0)
        if todo:
            batch_size = batch_size or auto_batch_size(todo, workers or default_workers())
            processes = 0 if dask_address else local_processes(workers, -(-todo // batch_size))
            try:
                if processes:  # the workers load their models now, then clean and extract each batch
                    start_pool(processes)
                    prepare_validation()  # this process has nothing else to do until validation
                keys = clean_flow(str(warehouse_path), run_id, batch_size, clean=not processes)
                extract_flow(str(warehouse_path), keys, workers, dask_address, staging)
            finally:
                stop_pool()
            validate_flow(str(warehouse_path), run_id, keys)
        counts = load_flow(str(warehouse_path), run_id, started_at.isoformat(), keys)
        layout.clear_local_staging()
    counts["run_id"] = run_id
    return counts
