"""Shared fixtures: Prefect's test harness, and a warehouse built once from the seeds."""

from __future__ import annotations

import os
import tempfile
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

# Prefect and Great Expectations read these at import time: quiet, offline, and
# nothing written to the user's home directory.
_HOME = Path(tempfile.mkdtemp(prefix="pressroom-tests-prefect-"))
os.environ.setdefault("PREFECT_HOME", str(_HOME))
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def prefect_harness():
    """Run flows against a throwaway Prefect API for the whole test session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def run_pipeline(prefect_harness, tmp_path):
    """Run the real pipeline into a warehouse under tmp_path; returns (run, warehouse path)."""
    from pressroom.runner import run_pipeline as run
    from pressroom.settings import Settings

    warehouse = tmp_path / "warehouse" / "pressroom.duckdb"

    def _run(paths, **options):
        return run([str(p) for p in paths], Settings(warehouse=warehouse), **options)

    _run.warehouse = warehouse
    return _run


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of a read-only query against a warehouse file."""
    from pressroom.warehouse import connect_reader

    con = connect_reader(warehouse)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def pytest_configure(config):
    # slow tests still run by default (CI runs everything); `-m "not slow"` skips them locally
    config.addinivalue_line("markers", "slow: takes minutes (many files or several real processes)")


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler]):
    """Serve ``handler`` on an ephemeral loopback port; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
