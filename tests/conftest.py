"""Shared fixtures and helpers: Prefect's test harness, the spaCy pipeline, what extraction finds in
hand-written paragraphs, queries against a warehouse, a local web server."""

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


@pytest.fixture(scope="session")
def nlp():
    """The installed spaCy pipeline, loaded once for the whole session."""
    from pressroom.extract import load_nlp

    return load_nlp()


def extracted_quotes(nlp, paragraphs, kinds=("direct", "partial")) -> list:
    """The quotes of ``kinds`` that extraction finds in a page of ``paragraphs``,
    after checking that every quote's offsets point at its text in the body,
    inside the paragraph it names."""
    from pressroom.extract import extract_pages
    from pressroom.model import CleanPage

    page = CleanPage(title="t", paragraphs=list(paragraphs))
    found = extract_pages([page], nlp)[0].quotes
    starts = page.paragraph_starts()
    for q in found:
        assert page.body[q.start_char : q.end_char] == q.text
        assert starts[q.paragraph_index] <= q.start_char < starts[q.paragraph_index] + len(page.paragraphs[q.paragraph_index])
    kinds = (kinds,) if isinstance(kinds, str) else kinds
    return [q for q in found if q.kind in kinds]


def extracted(nlp, paragraphs, kinds) -> list[tuple[str, str | None]]:
    """(text, speaker) of the quotes of ``kinds`` found in ``paragraphs``."""
    return [(q.text, q.speaker) for q in extracted_quotes(nlp, paragraphs, kinds)]


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
