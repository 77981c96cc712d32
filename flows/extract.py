"""Extract flow: people, quotes and captions for every batch, on one or more processes."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task

from pressroom.pipeline.batches import Batch
from pressroom.pipeline.layout import Layout
from pressroom.pipeline.progress import reporter
from pressroom.pipeline.workers import (
    extract_one,
    extract_staged,
    local_processes,
    prepare_validation,
    start_pool,
    started_pool,
    stop_pool,
)


@task(name="extract-batches")
def extract_batches_task(keys: list[str], warehouse: str, workers: int) -> list[str]:
    """Extract the batches in worker processes (see :func:`local_processes`), or in this one."""
    todo = [key for key in keys if not Batch(key, Layout(Path(warehouse)).batch_dir(key)).done("extract")]
    processes = local_processes(workers, len(todo))
    if not processes:
        for key in todo:
            extract_one(key, warehouse)
            reporter().advance_extract()
        return keys
    pool = started_pool() or start_pool(processes)
    try:
        done = pool.map(extract_one, todo, [warehouse] * len(todo))
        prepare_validation()
        for _ in done:
            reporter().advance_extract()
    finally:
        stop_pool()
    return keys


@task(name="extract-staged-batch", retries=1)
def extract_staged_task(key: str, staging: str) -> str:
    return extract_staged(key, staging)


@flow(name="pressroom-extract-dask")
def extract_staged_flow(keys: list[str], staging: str) -> list[str]:
    """Submit every staged batch to the flow's task runner (a ``DaskTaskRunner``)."""
    futures = [extract_staged_task.submit(key, staging) for key in keys]
    for future in futures:
        future.result()
        reporter().advance_extract()
    return keys


def extract_on_dask(keys: list[str], warehouse: str, address: str, staging: str) -> list[str]:
    """Extract the batches on the Dask cluster at ``address``, through ``staging``."""
    from prefect_dask import DaskTaskRunner

    from pressroom.pipeline.workers import pull_output, push_pages

    layout = Layout(Path(warehouse))
    batches = [Batch(key, layout.batch_dir(key)) for key in keys]
    todo = [batch for batch in batches if not batch.done("extract")]
    if not todo:
        return keys
    for batch in todo:
        push_pages(batch, staging)
    prepare_validation()
    extract_staged_flow.with_options(task_runner=DaskTaskRunner(address=address))([b.key for b in todo], staging)
    for batch in todo:
        pull_output(batch, staging)
    return keys


@flow(name="pressroom-extract")
def extract_flow(
    warehouse: str, keys: list[str], workers: int = 0, dask_address: str | None = None, staging: str | None = None
) -> list[str]:
    """Extract every batch; each batch's tables are written as Parquet in its folder.

    With ``dask_address`` the batches go to that Dask scheduler through
    ``staging`` (shared storage; default: the warehouse's staging folder,
    which only works when the workers share this machine's disk).
    """
    if dask_address:
        staging = staging or str(Layout(Path(warehouse)).remote_staging)
        return extract_on_dask(keys, warehouse, dask_address, staging)
    return extract_batches_task(keys, warehouse, workers)
