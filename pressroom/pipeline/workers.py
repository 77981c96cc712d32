"""Extraction in other processes: worker processes on this machine, or Dask workers.

Nothing here imports Prefect, so a worker process starts quickly. Each
process loads its spaCy pipeline once, on first use.

On other machines batches travel through shared storage as Parquet: the run's machine pushes each batch's cleaned pages to
``<staging>/<batch key>/pages.parquet``; a worker (a Dask worker, say) pulls
them, extracts in a scratch folder, and pushes the output tables back with an
``_extract.done`` marker last; the run's machine pulls them into the batch
folder, where validation and the single loader find them as if extraction had
run locally. Batch keys are hashes of the batch's content, so the files are
immutable and a retried or duplicated batch rewrites identical output.

``staging`` is a local path or any URL fsspec understands: ``file://`` works
as is; ``s3://``, ``gs://``, ``abfs://`` need the matching fsspec package
(s3fs, gcsfs, adlfs) installed on the run's machine and on every worker.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from . import batches as batches_module
from .batches import Batch, clean_batch, extract_batch
from .layout import Layout

DONE = "_extract.done"
_NLP = None
_POOL: ProcessPoolExecutor | None = None


def nlp():
    """This process's spaCy pipeline, loaded on first use."""
    global _NLP
    if _NLP is None:
        from ..extract import load_nlp

        _NLP = load_nlp()
    return _NLP


def warm() -> None:
    """Load this process's spaCy pipeline now (the first task of a pool process)."""
    nlp()


def start_pool(processes: int) -> ProcessPoolExecutor:
    """Start the extraction processes now, each loading its spaCy pipeline in the background.

    Started before cleaning, the seconds each process spends importing and
    loading its model overlap the cleaning in this process. Later calls
    return the same pool until :func:`stop_pool`.
    """
    global _POOL
    if _POOL is None:
        # spawned, not forked: a forked child inherits locks held by the parent's
        # threads (polars' thread pool, Prefect's) and can hang on them for ever
        _POOL = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"))
        for _ in range(processes):
            _POOL.submit(warm)
    return _POOL


def default_workers() -> int:
    """Extraction processes when none were asked for: one per core, at most two.

    Each process holds its own spaCy pipeline (a few hundred MB), so more
    than two is a choice to make with ``--workers`` on bigger machines.
    """
    return max(1, min(2, os.cpu_count() or 1))


def local_processes(workers: int, batches: int) -> int:
    """Extraction processes for ``batches`` batches; 0 means extract in this process.

    One batch still goes to a worker process when more than one was allowed:
    this process meanwhile imports Great Expectations for the validation
    that follows.
    """
    allowed = workers or default_workers()
    return 0 if allowed <= 1 or batches < 1 else min(allowed, batches)


def prepare_validation(own_process: bool = False) -> None:
    """Have Great Expectations imported (seconds of work) before validation needs it; once per run.

    By default in a thread of this process, which costs the least CPU: right
    for a run whose process only waits while the extraction processes work.
    ``own_process=True`` imports it in a process of its own, which
    :func:`validate_batches` then uses: the import and the suites run beside
    this process's work (Prefect's flow engine, in a small run against a
    lasting server) instead of taking turns with it for the interpreter lock.
    """
    global _VALIDATOR, _VALIDATION_IMPORT
    if _VALIDATOR is not None or _VALIDATION_IMPORT is not None:
        return
    if own_process:
        _VALIDATOR = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        _VALIDATOR.submit(_import_validation)
    else:
        _VALIDATION_IMPORT = threading.Thread(target=_import_validation, name="import-validation", daemon=True)
        _VALIDATION_IMPORT.start()


_VALIDATOR: ProcessPoolExecutor | None = None
_VALIDATION_IMPORT: threading.Thread | None = None


def _import_validation() -> None:
    try:
        from ..validate import prepare

        prepare()  # the module alone would not do: it imports Great Expectations on first use
    except Exception:  # noqa: BLE001 - the validate stage will try again and report
        pass


def validate_batches(batches: list[Batch], run_id: str) -> dict[str, dict[str, list[str]]]:
    """:func:`pressroom.pipeline.batches.validate_batches`, in the validation process if one was started.

    The batches' files are on this machine's disk, which both processes share;
    only the failures come back. The process is stopped afterwards; if it
    died (killed, out of memory), the batches are validated here.
    """
    if _VALIDATOR is not None:
        try:
            return _VALIDATOR.submit(batches_module.validate_batches, batches, run_id).result()
        except BrokenProcessPool:
            pass
        finally:
            stop_validator()
    return batches_module.validate_batches(batches, run_id)


def stop_validator() -> None:
    """Stop the validation process, if one was started, without waiting for it to exit."""
    global _VALIDATOR
    if _VALIDATOR is not None:
        _VALIDATOR.shutdown(wait=False, cancel_futures=True)
        _VALIDATOR = None


def started_pool() -> ProcessPoolExecutor | None:
    """The pool :func:`start_pool` started, if any."""
    return _POOL


def stop_pool() -> None:
    """Stop the extraction processes (and free their models' memory), without waiting for them to exit."""
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=False, cancel_futures=True)
        _POOL = None


def auto_batch_size(documents: int, workers: int) -> int:
    """Documents per batch when none was asked for.

    About four batches per worker process keeps every process busy to the end,
    while batches of a few hundred keep the fixed cost each batch carries
    (a task, a validation pass, a load step) small beside its work.
    """
    per_batch = -(-documents // (4 * max(1, workers)))
    return max(50, min(500, per_batch))


def extract_one(key: str, warehouse: str) -> str:
    """Clean (if not yet done) and extract one batch of the warehouse's staging area.

    The unit of work of a worker process.
    """
    layout = Layout(Path(warehouse))
    batch = Batch(key, layout.batch_dir(key))
    if not batch.done("clean"):
        clean_batch(batch, layout)
    if not batch.done("extract"):
        extract_batch(batch, nlp())
    return key


def _fs(staging: str):
    from fsspec.core import url_to_fs

    return url_to_fs(staging)


def _join(root: str, *parts: str) -> str:
    return "/".join([root.rstrip("/"), *parts])


def push_pages(batch: Batch, staging: str) -> None:
    """Put the batch's cleaned pages where workers can read them (skipped if already there)."""
    fs, root = _fs(staging)
    target = _join(root, batch.key, "pages.parquet")
    if fs.exists(_join(root, batch.key, DONE)) or fs.exists(target):
        return
    fs.makedirs(_join(root, batch.key), exist_ok=True)
    fs.put_file(str(batch.folder / "pages.parquet"), target + ".tmp")
    fs.mv(target + ".tmp", target)


def extract_staged(key: str, staging: str, nlp=None) -> str:
    """On a worker: extract one staged batch and stage its output; a batch already done is skipped."""
    fs, root = _fs(staging)
    folder = _join(root, key)
    if fs.exists(_join(folder, DONE)):
        return key
    with tempfile.TemporaryDirectory(prefix=f"pressroom-{key}-") as scratch:
        local = Batch(key, Path(scratch))
        fs.get_file(_join(folder, "pages.parquet"), str(local.folder / "pages.parquet"))
        extract_batch(local, nlp or globals()["nlp"]())
        outputs = sorted(p for p in local.folder.glob("*.parquet") if p.name != "pages.parquet")
        for path in outputs:
            fs.put_file(str(path), _join(folder, path.name))
        fs.put_file(str(local.folder / DONE), _join(folder, DONE))  # last: the output is complete
    return key


def pull_output(batch: Batch, staging: str) -> None:
    """Copy a staged batch's output into its local folder, mark it extracted, and clear the stage."""
    fs, root = _fs(staging)
    folder = _join(root, batch.key)
    if not batch.done("extract"):
        if not fs.exists(_join(folder, DONE)):
            raise RuntimeError(f"batch {batch.key}: no extraction output in {staging}")
        for remote in fs.glob(_join(folder, "*.parquet")):
            name = remote.rsplit("/", 1)[-1]
            if name != "pages.parquet":
                fs.get_file(remote, str(batch.folder / name))
        batch.mark_done("extract")
    fs.rm(folder, recursive=True)
