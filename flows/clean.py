"""Clean flow: split the documents to load into batches and strip each page's chrome."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from prefect import flow, task

from pressroom.pipeline.batches import Batch, clean_batch, plan_batches
from pressroom.pipeline.layout import Layout
from pressroom.pipeline.progress import reporter


@task(name="clean-batch")
def clean_batch_task(key: str, warehouse: str) -> str:
    layout = Layout(Path(warehouse))
    clean_batch(Batch(key, layout.batch_dir(key)), layout)
    return key


@flow(name="pressroom-clean")
def clean_flow(warehouse: str, run_id: str, batch_size: int, clean: bool = True) -> list[str]:
    """Plan the run's batches and clean each one; return the batch keys.

    ``clean=False`` only plans: the extraction processes then clean each
    batch before extracting it, on every core instead of this process's one.
    """
    layout = Layout(Path(warehouse))
    run_dir = layout.run_dir(run_id)
    manifest = pl.read_parquet(run_dir / "manifest.parquet")
    batches = plan_batches(manifest, layout, batch_size)
    (run_dir / "batches.json").write_text(json.dumps([batch.key for batch in batches]))
    for batch in batches if clean else []:
        clean_batch_task(batch.key, warehouse)
    return [batch.key for batch in batches]
