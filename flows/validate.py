"""Validate flow: run the Great Expectations suites on every batch and quarantine failures."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task

from pressroom.pipeline.batches import Batch, validate_batch
from pressroom.pipeline.layout import Layout


@task(name="validate-batch")
def validate_batch_task(key: str, warehouse: str, run_id: str) -> dict[str, list[str]]:
    batch = Batch(key, Layout(Path(warehouse)).batch_dir(key))
    return validate_batch(batch, run_id)


@flow(name="pressroom-validate")
def validate_flow(warehouse: str, run_id: str, keys: list[str]) -> int:
    """Validate each batch; return how many articles failed."""
    failed = 0
    for key in keys:
        failures = validate_batch_task(key, warehouse, run_id)
        failed += len(failures)
        if failures:
            get_run_logger().warning("batch %s: %d article(s) failed validation", key, len(failures))
    return failed
