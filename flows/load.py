"""Load flow: publish the run's validated batches to the warehouse in one step."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import polars as pl
from prefect import flow

from pressroom.pipeline.batches import Batch
from pressroom.pipeline.layout import Layout
from pressroom.pipeline.load import load_run


@flow(name="pressroom-load")
def load_flow(warehouse: str, run_id: str, started_at: str, keys: list[str]) -> dict:
    """Load every batch, record the run, rebuild people and the models, then publish.

    ``started_at`` is ISO 8601 text: flow parameters must survive a trip
    through a Prefect server, where a served deployment validates them.
    """
    layout = Layout(Path(warehouse))
    manifest = pl.read_parquet(layout.run_dir(run_id) / "manifest.parquet")
    batches = [Batch(key, layout.batch_dir(key)) for key in keys]
    return asdict(load_run(layout, run_id, datetime.fromisoformat(started_at), manifest, batches))
