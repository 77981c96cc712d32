"""Extract flow: people, quotes and captions for every batch, on one or more processes."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from prefect import flow, task

from pressroom.pipeline.batches import Batch, extract_batch
from pressroom.pipeline.layout import Layout
from pressroom.pipeline.progress import reporter

_NLP = None


def _nlp():
    # one spaCy pipeline per process, loaded on first use
    global _NLP
    if _NLP is None:
        from pressroom.extract import load_nlp

        _NLP = load_nlp()
    return _NLP


def extract_one(key: str, warehouse: str) -> str:
    """Extract one batch in this process (also the unit of work for worker processes)."""
    layout = Layout(Path(warehouse))
    batch = Batch(key, layout.batch_dir(key))
    if not batch.done("extract"):
        extract_batch(batch, _nlp())
    return key


@task(name="extract-batches")
def extract_batches_task(keys: list[str], warehouse: str, workers: int) -> list[str]:
    """Extract the batches, in worker processes when ``workers`` > 1."""
    todo = [key for key in keys if not Batch(key, Layout(Path(warehouse)).batch_dir(key)).done("extract")]
    if workers <= 1 or len(todo) <= 1:
        for key in todo:
            extract_one(key, warehouse)
            reporter().advance_extract()
        return keys
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for _ in pool.map(extract_one, todo, [warehouse] * len(todo)):
            reporter().advance_extract()
    return keys


@flow(name="pressroom-extract")
def extract_flow(warehouse: str, keys: list[str], workers: int = 1) -> list[str]:
    """Extract every batch; each batch's tables are written as Parquet in its folder."""
    return extract_batches_task(keys, warehouse, workers)
