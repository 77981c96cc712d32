"""Readers and the writer: a dashboard never waits, never fails and never sees half a run;
a second run refuses the lock (or waits with --wait) and nothing is corrupted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from test_crash_safety import PLAIN, ROOT, SEEDS, _in_process, start_run, wait_paused

from conftest import query

# A dashboard in its own process: open read-only, one query, close; over and over.
DASHBOARD = r"""
import json, sys, time
from pathlib import Path
from pressroom.warehouse import connect_reader

warehouse, log, stop = Path(sys.argv[1]), open(sys.argv[2], "w"), Path(sys.argv[3])
SQL = '''
select (select count(*) from articles),
       (select count(*) from quotes),
       (select count(*) from mentions),
       -- articles whose quote rows are not all there: must never happen
       (select count(*) from (select article_id, count(*) n from quotes group by 1) q
          where q.article_id not in (select article_id from articles))
'''
while not stop.exists():
    writing = Path(str(warehouse) + ".next").exists()
    started = time.monotonic()
    try:
        con = connect_reader(warehouse)
        try:
            row = con.execute(SQL).fetchone()
        finally:
            con.close()
        log.write(json.dumps({"row": row, "secs": time.monotonic() - started, "writing": writing}) + "\n")
    except Exception as error:
        log.write(json.dumps({"error": f"{type(error).__name__}: {error}", "secs": time.monotonic() - started}) + "\n")
    log.flush()
    time.sleep(0.02)
"""


def _observations(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def _state(warehouse: Path) -> tuple:
    return query(warehouse, "select (select count(*) from articles), (select count(*) from quotes), "
                            "(select count(*) from mentions), 0")[0]


def test_dashboard_and_second_run_during_a_run(prefect_harness, tmp_path):
    from typer.testing import CliRunner

    from pressroom.cli import app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in PLAIN[:2]:
        shutil.copy(path, corpus / path.name)
    warehouse = tmp_path / "w" / "pressroom.duckdb"
    _in_process([corpus], warehouse)
    before = _state(warehouse)
    for path in PLAIN[2:] + SEEDS:
        shutil.copy(path, corpus / path.name)

    log, stop = tmp_path / "dashboard.jsonl", tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    dashboard = subprocess.Popen([sys.executable, "-c", DASHBOARD, str(warehouse), str(log), str(stop)], cwd=ROOT, env=env)
    markers = tmp_path / "markers"
    args = ["run", str(corpus), "--warehouse", str(warehouse), "--batch-size", "2", "--workers", "1", "--quiet"]
    writer = start_run("load", markers, args)
    waiter = None
    try:
        wait_paused(writer, markers, "load")
        # the writer is inside its copy of the warehouse, holding the lock
        seen_while_writing = len(_observations(log))
        while len(_observations(log)) < seen_while_writing + 20:
            time.sleep(0.1)

        # a second run started now is refused at once, naming the warehouse
        refused = CliRunner().invoke(app, ["run", str(corpus), "--warehouse", str(warehouse), "--quiet"])
        assert refused.exit_code == 75, refused.output
        assert str(warehouse) in refused.output and "another run is loading this warehouse" in refused.output
        assert "Traceback" not in refused.output
        # ... or waits for the lock with --wait
        waiter = start_run("none", tmp_path / "markers-waiter", [*args, "--wait", "600"])
        time.sleep(1)
        assert waiter.poll() is None

        (markers / "resume").write_text("go")
        writer_out, _ = writer.communicate(timeout=600)
        assert writer.returncode == 0, writer_out
        waiter_out, _ = waiter.communicate(timeout=600)
        assert waiter.returncode == 0, waiter_out
        assert "0 loaded, 11 unchanged" in waiter_out  # the waiting run found the work done
        time.sleep(0.5)  # a few more reads of the new state
    finally:
        stop.write_text("stop")
        dashboard.wait(60)
        for process in (writer, waiter):
            if process is not None and process.poll() is None:
                process.kill()

    after = _state(warehouse)
    assert after[0] == 11 and after != before
    observations = _observations(log)
    errors = [o["error"] for o in observations if "error" in o]
    assert errors == []
    rows = [tuple(o["row"]) for o in observations]
    # only complete states: the one before the run and the one after it, nothing in between
    assert set(rows) <= {tuple(before), tuple(after)}
    assert tuple(before) in rows and tuple(after) in rows
    # reads went on while the writer was loading, and none of them waited for it (a blocked
    # read would take as long as the paused load, which is tens of seconds)
    during = [o for o in observations if o["writing"]]
    assert len(during) >= 20
    assert max(o["secs"] for o in observations) < 10
    # nothing corrupted: the warehouse opens, its checks pass, and each article is there once
    assert query(warehouse, "select count(*), count(distinct article_id) from articles")[0] == (11, 11)
    assert query(warehouse, "select count(*) from runs") == [(3,)]
