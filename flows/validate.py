"""Validate flow: run the Great Expectations suites over the run's batches and quarantine failures."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task

from pressroom.pipeline.batches import Batch
from pressroom.pipeline.layout import Layout
from pressroom.pipeline.workers import validate_batches


@task(name="validate-batches")
def validate_batches_task(keys: list[str], warehouse: str, run_id: str) -> dict[str, dict[str, list[str]]]:
    layout = Layout(Path(warehouse))
    return validate_batches([Batch(key, layout.batch_dir(key)) for key in keys], run_id)


@flow(name="pressroom-validate")
def validate_flow(warehouse: str, run_id: str, keys: list[str]) -> int:
    """Validate the batches (several per Great Expectations pass); return how many articles failed."""
    failed = 0
    for key, failures in validate_batches_task(keys, warehouse, run_id).items():
        failed += len(failures)
        if failures:
            get_run_logger().warning("batch %s: %d article(s) failed validation", key, len(failures))
    return failed
