"""Start a pipeline run from Python: configure Prefect, show progress, call the parent flow."""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path

from .pipeline import progress
from .settings import Settings, configure_prefect, without_flow_heartbeats

_API: subprocess.Popen | None = None
# Up to this many files to read, a run imports Great Expectations while the API boots rather than
# once extraction starts: their extraction takes less time than the import (one page: 7.5 -> 6.2 s)
_SMALL_RUN_FILES = 200

# The temporary API lives as long as one run: no UI, and none of the services that only
# serve automations or the event feed (triggers, event persister), nor block types
# (a lasting `prefect server` registers those itself). Each costs start-up time.
_LOCAL_API_ENV = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
}


def start_local_api() -> bool:
    """Start Prefect's temporary local API now, in the background, unless one is configured.

    Prefect would start the same server itself on the first flow call, after
    this process has imported Prefect and the server's modules (seconds of
    work that do not overlap). Started here, the server boots while this
    process imports the flows, and this process never imports the server.
    The server is stopped when this process exits; later runs in the same
    process reuse it. Returns True when this call started it.
    """
    global _API
    if _API is not None or os.environ.get("PREFECT_API_URL") or "prefect" in sys.modules:
        return False  # a configured server, a test harness, or already started
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    prefect_dir = Path(find_spec("prefect").origin).parent
    # its errors go to a file, not to this run's output: the server finishes shutting down
    # after the run has exited, and a caller reading the run's output through a pipe
    # (cron, `| tee`) would wait for it
    log = Path(os.environ["PREFECT_HOME"]) / "local-api.log"
    with open(log, "wb") as errors:
        # the same command Prefect's own temporary server uses, UI and services off
        _API = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect_dir.parent), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, **_LOCAL_API_ENV},
            stdin=subprocess.DEVNULL, stdout=errors, stderr=errors,
            preexec_fn=_die_with_parent,
        )
    _API.pressroom_url = f"http://127.0.0.1:{port}/api"
    _API.pressroom_log = log
    os.environ["PREFECT_API_URL"] = _API.pressroom_url
    atexit.register(_stop_local_api, wait=False)
    return True


def _wait_for_local_api() -> None:
    import urllib.request

    if _API is None:
        return
    deadline = time.monotonic() + float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90"))
    while time.monotonic() < deadline:
        if _API.poll() is not None:
            said = _API.pressroom_log.read_text(errors="replace").strip().splitlines()
            raise RuntimeError(f"Prefect's local API exited with code {_API.returncode} before it was ready"
                               + (f": {said[-1]} (all of it in {_API.pressroom_log})" if said else ""))
        try:
            with urllib.request.urlopen(_API.pressroom_url + "/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError("Prefect's local API did not start in time (PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)")


def _preload() -> None:
    """Import now what the first flow run would import later, while the API is still booting.

    Prefect's flow engine (with FastAPI, graphviz, OpenTelemetry) and pyarrow
    (DuckDB reads polars frames through it) are imported on first use, which
    would otherwise come after the API is up, on the critical path.
    """
    import fastapi.encoders  # noqa: F401 - parameters are serialized with it
    import prefect.flow_engine  # noqa: F401
    import prefect.task_engine  # noqa: F401
    import prefect.telemetry.run_telemetry  # noqa: F401
    import prefect.utilities.visualization  # noqa: F401 - graphviz
    import pyarrow  # noqa: F401


def _stop_local_api(wait: bool = True) -> None:
    """Ask the temporary API to shut down; ``wait=False`` (at exit) lets it finish on its own.

    By exit every flow run, log and event has reached the API; its graceful
    shutdown (services, database) takes a fifth of a second that nothing waits on.
    """
    if _API is not None and _API.poll() is None:
        _API.terminate()
        if not wait:
            return
        try:
            _API.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _API.kill()


def _discard_local_api() -> None:
    """Stop the temporary API before Prefect was ever imported here, as if it had never been started."""
    global _API
    _stop_local_api()
    if _API is not None and os.environ.get("PREFECT_API_URL") == _API.pressroom_url:
        del os.environ["PREFECT_API_URL"]
    _API = None


def _die_with_parent() -> None:
    # Linux: the server goes when the run goes, even if the run is killed
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 - best effort; atexit covers normal exits
        pass


class _RichReporter(progress.Reporter):
    """A progress bar for ingest and extraction, drawn only when there is enough to show."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True
        )
        self._tasks: dict[str, int] = {}

    def _bar(self, name: str):
        if name not in self._tasks:
            if not self._tasks:
                self._progress.start()
            self._tasks[name] = self._progress.add_task(name, total=None)
        return self._tasks[name]

    def advance_ingest(self, n: int = 1) -> None:
        self._progress.advance(self._bar("ingest files"), n)

    def advance_extract(self, n: int = 1) -> None:
        self._progress.advance(self._bar("extract batches"), n)

    def stop(self) -> None:
        if self._tasks:
            self._progress.stop()


def run_pipeline(
    paths: list[str],
    settings: Settings | None = None,
    *,
    batch_size: int | None = None,
    workers: int | None = None,
    dask_address: str | None = None,
    staging: str | None = None,
    fields: list[str] | None = None,
    wait_seconds: float = 0.0,
    show_progress: bool = False,
    rehash: bool | None = None,
) -> dict:
    """Run the whole pipeline on ``paths`` into ``settings.warehouse``; return the run's counts.

    The inputs' stats are checked first, while Prefect's temporary API boots.
    A run that will find nothing to clean or extract (only unchanged files
    and rejects) then ingests and loads in this process without the API:
    it records the same rows, but no Prefect flow run. A run with work
    starts its extraction processes at once, so their models load meanwhile.
    """
    from .pipeline.ingest import prescan
    from .pipeline.workers import stop_pool, stop_validator

    settings = settings or Settings()
    configure_prefect(settings)
    booting = start_local_api()
    batch_size, workers = batch_size or settings.batch_size, workers or settings.workers
    dask_address = dask_address or settings.dask_address
    rehash = settings.rehash if rehash is None else rehash
    scan = prescan([Path(p) for p in paths], settings.warehouse.absolute(), max_bytes=settings.max_bytes, rehash=rehash)

    reporter = _RichReporter() if show_progress else progress.Reporter()
    progress.use(reporter)
    try:
        if booting and scan.nothing_to_read:
            counts = _run_without_api(paths, settings, fields, wait_seconds, rehash)
            if counts is not None:
                return counts
        if not dask_address:
            _start_workers(scan, workers, batch_size)
        if scan.to_read and not scan.records_files and scan.to_read <= _SMALL_RUN_FILES:
            from .pipeline.workers import default_workers, prepare_validation

            # extraction will be over before Great Expectations could load after it (~1.5 s): load it
            # now. In a process of its own when no temporary API boots (this process will be busy
            # with the flows meanwhile); in a thread here while one boots (the cores are full) or when
            # one process is all the run may use. (A larger run loads it once extraction starts: now,
            # on 2 cores, it would slow the API's boot about as much as it saves.)
            prepare_validation(own_process=not booting and (workers or default_workers()) > 1)
        from flows.pipeline import pressroom_run

        if _API is not None and _API.poll() is None:
            _preload()
        _wait_for_local_api()
        with _without_heartbeats():
            return pressroom_run(
                paths,
                warehouse=str(settings.warehouse),
                batch_size=batch_size,
                workers=workers,
                dask_address=dask_address,
                staging=staging or settings.staging,
                max_bytes=settings.max_bytes,
                fields=fields or [],
                wait_seconds=wait_seconds,
                rehash=rehash,
            )
    finally:
        stop_pool()  # started early for a run whose files all proved unchanged once read
        stop_validator()
        reporter.stop()
        progress.use(progress.Reporter())


def _run_without_api(paths: list[str], settings: Settings, fields: list[str] | None, wait_seconds: float,
                     rehash: bool) -> dict | None:
    """Ingest and load in this process, for a run with nothing to clean or extract.

    What ``pressroom_run`` would do with no batch, under the same lock; the
    temporary API is stopped unused. Returns None, leaving the API booting,
    when ingest finds work after all (an input changed since the pre-scan).
    """
    from dataclasses import asdict
    from datetime import datetime, timezone

    from .ingest.records import RecordFields
    from .pipeline.ingest import ingest
    from .pipeline.layout import Layout, new_run_id
    from .pipeline.load import load_run
    from .pipeline.plan import to_load
    from .warehouse import write_lock

    layout = Layout(settings.warehouse.absolute())
    run_id, started_at = new_run_id(), datetime.now(timezone.utc)
    with write_lock(layout.warehouse, wait_seconds):
        manifest = ingest([Path(p) for p in paths], layout, max_bytes=settings.max_bytes,
                          fields=RecordFields.from_mapping(fields or []),
                          on_progress=progress.reporter().advance_ingest, rehash=rehash)
        if to_load(manifest).height:
            return None
        _discard_local_api()
        counts = asdict(load_run(layout, run_id, started_at, manifest, []))
        layout.clear_local_staging()
    counts["run_id"] = run_id
    return counts


def _start_workers(scan, workers: int, batch_size: int) -> None:
    """Start the extraction processes now if the inputs to read will need them.

    Each imports spaCy and loads its model (~2 s) while the API boots instead
    of after it; the run's flows use the same pool. Sized on the files to
    read, which is at least the documents to extract; records files count
    as a full run.
    """
    from .pipeline.workers import auto_batch_size, default_workers, local_processes, start_pool

    if scan.nothing_to_read:
        return
    allowed = workers or default_workers()
    if scan.records_files:
        batches = allowed
    else:
        batches = -(-scan.to_read // (batch_size or auto_batch_size(scan.to_read, allowed)))
    processes = local_processes(workers, batches)
    if processes:
        start_pool(processes)


def _without_heartbeats():
    """No flow-run heartbeats unless a lasting Prefect server is configured.

    Heartbeats let a server notice crashed runs; a temporary API dies with
    the run, so they only cost time: every flow run waits up to a second for
    its heartbeat thread at exit (Prefect 3.8), six times per run.
    """
    import contextlib

    if _API is None and os.environ.get("PREFECT_API_URL"):
        return contextlib.nullcontext()
    return without_flow_heartbeats()

