"""Ingest flow: land every input and write the run's manifest."""

from __future__ import annotations

from pathlib import Path

from prefect import flow

from pressroom.ingest.records import RecordFields
from pressroom.pipeline.ingest import ingest
from pressroom.pipeline.layout import Layout
from pressroom.pipeline.progress import reporter


@flow(name="pressroom-ingest")
def ingest_flow(
    paths: list[str], warehouse: str, run_id: str, max_bytes: int, fields: list[str] | None = None, rehash: bool = False
) -> dict:
    """Land the raw bytes of every input and classify them against the warehouse (``rehash``: read every file)."""
    layout = Layout(Path(warehouse))
    run_dir = layout.run_dir(run_id)
    run_dir.mkdir(parents=True, exist_ok=True)
    manifest = ingest(
        [Path(p) for p in paths],
        layout,
        max_bytes=max_bytes,
        fields=RecordFields.from_mapping(fields or []),
        on_progress=reporter().advance_ingest,
        rehash=rehash,
    )
    manifest.write_parquet(run_dir / "manifest.parquet")
    return dict(manifest.group_by("status").len().iter_rows())
