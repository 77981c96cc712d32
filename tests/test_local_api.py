"""Prefect's temporary API: its output goes to a file in the Prefect home, never to the run's output."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# in a process of its own: the API is only started where Prefect was not imported yet
PROBE = """
import os, sys
from pathlib import Path
from pressroom.settings import Settings, configure_prefect
import pressroom.runner as runner
configure_prefect(Settings(warehouse=Path(sys.argv[1]) / "pressroom.duckdb"))
runner.start_local_api()
api = runner._API
print(os.readlink(f"/proc/{api.pid}/fd/1"))
print(os.readlink(f"/proc/{api.pid}/fd/2"))
try:
    runner._wait_for_local_api()
    print("ready")
except RuntimeError as error:
    print(error)
"""


def probe(tmp_path: Path, **env: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=180,
        env={**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PRESSROOM_PREFECT_HOME": str(tmp_path / "prefect"),
             **env},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads the server's open files from /proc")
def test_the_api_writes_to_a_log_file_not_to_the_runs_output(tmp_path):
    # a caller reading the run through a pipe would otherwise wait for the API to exit
    log = str(tmp_path / "prefect" / "local-api.log")
    assert probe(tmp_path) == [log, log, "ready"]


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads the server's open files from /proc")
def test_an_api_that_dies_at_start_says_why(tmp_path):
    lines = probe(tmp_path, PREFECT_API_DATABASE_CONNECTION_URL=f"sqlite+aiosqlite:///{tmp_path}/missing/dir/prefect.db")
    assert lines[-1].startswith("Prefect's local API exited with code")
    assert "Application startup failed" in lines[-1] and "local-api.log" in lines[-1]
