"""The DuckDB warehouse file: how the writer changes it and how readers open it.

DuckDB lets one read-write process lock a file against every other process,
readers included. So a run never opens the live file for writing: it copies it
to ``<name>.next``, loads into the copy, checkpoints, and atomically renames
the copy over the live file. A reader that opens the live file read-only sees
the previous complete state until the rename and the new complete state after
it; it never waits, and the writer never waits for it. A run killed at any
point leaves the live file untouched; its half-written copy is discarded by
the next run.

Runs take an exclusive lock on ``<name>.lock`` so that two runs never load at
once.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from .migrations import migrate


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse's write lock."""


def next_path(path: Path) -> Path:
    return path.with_name(path.name + ".next")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def write_lock(path: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the warehouse's run lock; wait up to ``wait_seconds`` for it, then refuse."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_file = lock_path(path)
    handle = open(lock_file, "a+")
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise WarehouseBusy(
                        f"{path}: another run is loading this warehouse ({holder}); "
                        "try again when it finishes, or pass --wait SECONDS"
                    ) from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()


def connect_reader(path: Path | str) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-only, the way dashboards and notebooks should.

    Open, query, close: a connection kept open keeps seeing the state it
    opened (the renamed-away file) and never the newer loads.
    """
    return duckdb.connect(str(path), read_only=True)


WRITE_MEMORY_LIMIT = os.environ.get("PRESSROOM_DUCKDB_MEMORY_LIMIT", "512MB")


@contextlib.contextmanager
def snapshot_for_writing(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to a copy of the warehouse, published on success.

    The copy is migrated to the newest schema first. When the block finishes
    without an exception the copy is checkpointed and renamed over ``path``;
    otherwise it is thrown away and ``path`` stays as it was.
    """
    staged = next_path(path)
    for leftover in (staged, staged.with_name(staged.name + ".wal")):
        leftover.unlink(missing_ok=True)
    if path.exists():
        shutil.copyfile(path, staged)
    # DuckDB's buffer pool would otherwise keep up to 80% of RAM of loaded
    # pages: a bound keeps a 100,000-article load as small as a 2,000 one
    con = duckdb.connect(str(staged), config={"memory_limit": WRITE_MEMORY_LIMIT})
    try:
        migrate(con)
        yield con
        con.execute("checkpoint")
        con.close()
        os.replace(staged, path)
        _fsync_dir(path.parent)
    except BaseException:
        con.close()
        staged.unlink(missing_ok=True)
        staged.with_name(staged.name + ".wal").unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    # the rename is only durable once the directory entry is on disk
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
