"""A run with nothing to clean or extract does not start Prefect's temporary API, and records the same rows."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import DATA, query

ROOT = Path(__file__).resolve().parent.parent
LONG_AGO = 1_700_000_000_000_000_000


def _pressroom(*args: str) -> subprocess.CompletedProcess:
    # a real process with no Prefect configuration: it uses (or skips) its own temporary API
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return subprocess.run([sys.executable, "-m", "pressroom", *args, "--quiet"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def _flow_runs(warehouse: Path) -> int:
    con = sqlite3.connect(warehouse.parent / ".prefect" / "prefect.db")
    try:
        return con.execute(
            "select count(*) from flow_run fr join flow f on f.id = fr.flow_id where f.name = 'pressroom-run'"
        ).fetchall()[0][0]
    finally:
        con.close()


def test_unchanged_inputs_and_rejects_are_recorded_without_prefect(tmp_path):
    page = tmp_path / "inputs" / "story.txt"
    page.parent.mkdir()
    page.write_bytes(sorted((DATA / "plain_articles").glob("*.txt"))[0].read_bytes())
    os.utime(page, ns=(LONG_AGO, LONG_AGO))
    warehouse = tmp_path / "w" / "pressroom.duckdb"

    first = _pressroom("run", str(page.parent), "--warehouse", str(warehouse))
    assert first.returncode == 0, first.stderr
    assert "1 inputs: 1 loaded" in first.stdout
    assert _flow_runs(warehouse) == 1

    again = _pressroom("run", str(page.parent), "--warehouse", str(warehouse))
    assert again.returncode == 0, again.stderr
    assert "1 inputs: 0 loaded, 1 unchanged" in again.stdout
    missing = tmp_path / "missing.txt"
    rejected = _pressroom("run", str(page.parent), str(missing), "--warehouse", str(warehouse))
    assert rejected.returncode == 0, rejected.stderr
    assert "2 inputs: 0 loaded, 1 unchanged, 0 duplicates, 1 rejected" in rejected.stdout
    assert f"rejected {missing.as_uri()}: path does not exist" in rejected.stderr

    assert _flow_runs(warehouse) == 1  # the last two runs never started the API
    assert query(warehouse, "select inputs_seen, loaded, unchanged, rejected from runs order by started_at") == [
        (1, 1, 0, 0), (1, 0, 1, 0), (2, 0, 1, 1)]
    assert query(warehouse, "select source_uri, reason from rejects") == [(missing.as_uri(), "path does not exist")]
    assert query(warehouse, "select count(*) from articles") == [(1,)]
    assert not (warehouse.parent / "staging" / "runs").exists()


def test_work_found_after_the_prescan_goes_back_to_the_flows(tmp_path):
    from pressroom.runner import _run_without_api
    from pressroom.settings import Settings

    page = tmp_path / "story.txt"
    page.write_bytes(sorted((DATA / "plain_articles").glob("*.txt"))[0].read_bytes())
    warehouse = tmp_path / "w" / "pressroom.duckdb"
    # as if the page had been written between the pre-scan and the run's lock
    assert _run_without_api([str(page)], Settings(warehouse=warehouse), None, 0.0, False) is None
    assert not warehouse.exists()


def test_a_run_with_work_sends_its_last_log_lines_before_the_api_stops(tmp_path):
    page = tmp_path / "inputs" / "story.txt"
    page.parent.mkdir()
    page.write_bytes(sorted((DATA / "plain_articles").glob("*.txt"))[0].read_bytes())
    warehouse = tmp_path / "w" / "pressroom.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | {"PRESSROOM_LOG_LEVEL": "INFO"}
    done = subprocess.run([sys.executable, "-m", "pressroom", "run", str(page.parent), "--warehouse", str(warehouse),
                           "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Error logging to API" not in done.stderr
    con = sqlite3.connect(warehouse.parent / ".prefect" / "prefect.db")
    try:
        finished = con.execute("select count(*) from log where message like 'Finished in state Completed%'").fetchall()
    finally:
        con.close()
    assert finished[0][0] >= 6  # the parent flow and its five stages, the parent's the last line of the run
