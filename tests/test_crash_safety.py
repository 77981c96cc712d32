"""A run killed at any point leaves the warehouse at its last complete state; the next run finishes the work.

The runs under test are real ``pressroom run`` processes. To kill them at a
known point without racing the clock, this file doubles as a launcher
(``python tests/test_crash_safety.py STAGE MARKERS -- pressroom args``): it
wraps one pipeline function so that the process writes ``MARKERS/STAGE.paused``
and waits there (until ``MARKERS/resume`` appears) — then the test kills it
with SIGKILL. Nothing in the product knows about this: the hook lives here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# where each stage pauses: (module, function, which call doing real work pauses)
PAUSES = {
    "ingest": ("pressroom.pipeline.ingest", "_land", 3),  # some documents landed, no manifest yet
    "clean": ("pressroom.pipeline.batches", "clean_batch", 2),  # one batch cleaned, the next not
    "extract": ("pressroom.pipeline.batches", "extract_batch", 2),
    "validate": ("pressroom.pipeline.batches", "write_validated", 2),  # one batch of the pass written, the next not
    "load": ("pressroom.pipeline.load", "_load_batch", 3),  # inside the copy, <warehouse>.next open
}


def _launch(stage: str, markers: Path, cli_args: list[str]) -> None:
    """Install the pause for ``stage`` (if any), then run the real command line."""
    import importlib

    if stage in PAUSES:
        module_name, name, nth = PAUSES[stage]
        module = importlib.import_module(module_name)
        original = getattr(module, name)
        calls = [0]

        def paused(*args, **kwargs):
            batch = args[0] if args and hasattr(args[0], "done") else None
            if not (batch is not None and stage in ("clean", "extract") and batch.done(stage)):
                calls[0] += 1
            if calls[0] == nth:
                (markers / f"{stage}.paused").write_text(str(os.getpid()))
                while not (markers / "resume").exists():
                    time.sleep(0.1)
            return original(*args, **kwargs)

        setattr(module, name, paused)
    sys.argv = ["pressroom", *cli_args]
    from pressroom.cli import main

    main()


def start_run(stage: str, markers: Path, cli_args: list[str]) -> subprocess.Popen:
    """Start ``pressroom <cli_args>`` in a new process that pauses at ``stage`` ("none": never)."""
    markers.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), stage, str(markers), "--", *cli_args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def wait_paused(process: subprocess.Popen, markers: Path, stage: str, timeout: float = 600) -> None:
    marker = markers / f"{stage}.paused"
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if process.poll() is not None:
            raise AssertionError(f"run ended before pausing at {stage}: {process.stdout.read()}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"run never reached {stage}")
        time.sleep(0.1)


if __name__ == "__main__":
    _stage, _markers, _sep, *_args = sys.argv[1:]
    _launch(_stage, Path(_markers), _args)
    sys.exit(0)


# ---------------------------------------------------------------- the tests

import pytest  # noqa: E402

from conftest import DATA, query  # noqa: E402

PLAIN = sorted((DATA / "plain_articles").glob("*.txt"))
SEEDS = sorted((DATA / "seeds").glob("*.txt"))
TABLES = ["articles", "article_people", "mentions", "quotes", "captions", "people", "documents", "rejects", "runs"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(warehouse: Path) -> dict[str, list[tuple]]:
    """Every row of the article tables, leaving out run ids and timestamps."""
    out = {}
    for table in TABLES:
        columns = [
            name for name, kind in query(
                warehouse,
                "select column_name, data_type from information_schema.columns where table_name = ? order by ordinal_position",
                [table],
            )
            if "TIMESTAMP" not in kind and not name.endswith("run_id")
        ]
        select = ", ".join(f'"{c}"' for c in columns)
        out[table] = sorted(query(warehouse, f"select {select} from {table}"), key=repr)
    return out


def _corpus(folder: Path, step: int) -> None:
    """Step 0: two articles. Step 1: nine more, one of the first two changed, one bad file."""
    folder.mkdir(parents=True, exist_ok=True)
    if step == 0:
        for path in PLAIN[:2]:
            shutil.copy(path, folder / path.name)
        return
    for path in PLAIN[2:] + SEEDS:
        shutil.copy(path, folder / path.name)
    first = folder / PLAIN[0].name
    first.write_text(first.read_text(encoding="utf-8") + "\nThe story was updated with a correction.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")


def _in_process(paths, warehouse: Path) -> dict:
    from pressroom.runner import run_pipeline
    from pressroom.settings import Settings

    return run_pipeline([str(p) for p in paths], Settings(warehouse=warehouse), batch_size=2, workers=1)


@pytest.mark.slow
def test_killed_at_every_stage_then_completed_equals_never_killed(prefect_harness, tmp_path):
    corpus = tmp_path / "corpus"
    reference = tmp_path / "reference" / "pressroom.duckdb"
    killed = tmp_path / "killed" / "pressroom.duckdb"

    _corpus(corpus, 0)
    _in_process([corpus], reference)
    _in_process([corpus], killed)
    _corpus(corpus, 1)
    never_killed = _in_process([corpus], reference)
    assert never_killed["loaded"] == 10 and never_killed["rejected"] == 1

    before_sha, before_tables = _sha(killed), _tables(killed)
    # one extraction process: a kill during extraction then lands in the process the test kills
    args = ["run", str(corpus), "--warehouse", str(killed), "--batch-size", "2", "--workers", "1", "--quiet"]
    for stage in ["ingest", "extract", "validate", "load"]:  # "clean" works too; left out to keep this under 5 minutes
        markers = tmp_path / f"markers-{stage}"
        process = start_run(stage, markers, args)
        try:
            wait_paused(process, markers, stage)
            if stage == "load":
                assert (killed.parent / (killed.name + ".next")).exists()
            os.kill(process.pid, signal.SIGKILL)
            process.wait(60)
        finally:
            if process.poll() is None:
                process.kill()
        # the live warehouse is exactly as it was: same bytes, same rows
        assert _sha(killed) == before_sha, stage
        assert _tables(killed) == before_tables, stage
        # and the lock died with the process
        from pressroom.warehouse import write_lock

        with write_lock(killed, wait_seconds=0):
            pass

    completed = _in_process([corpus], killed)
    assert completed["inputs_seen"] == never_killed["inputs_seen"]
    assert (completed["loaded"], completed["rejected"]) == (10, 1)
    assert not (killed.parent / (killed.name + ".next")).exists()
    assert _tables(killed) == _tables(reference)
    # no duplicates: one row per article, per quote
    assert query(killed, "select count(*), count(distinct article_id) from articles")[0] == (11, 11)
    assert query(killed, "select count(*) = count(distinct quote_id) from quotes") == [(True,)]
    # the finished batches of the killed runs were reused, then cleaned up
    assert not list((killed.parent / "staging" / "batches").glob("*/_clean.done"))


def test_a_batch_that_fails_validation_entirely_loads_nothing_and_says_so(prefect_harness, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import pressroom.validate as validate_module
    from pressroom.cli import app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in PLAIN[:4]:
        shutil.copy(path, corpus / path.name)
    doomed = {(corpus / PLAIN[0].name).as_uri(), (corpus / PLAIN[1].name).as_uri()}  # sorted: the first batch
    real = validate_module.validate_batch

    def failing(frames, run_id):
        outcome = real(frames, run_id)
        for article_id, source_uri in frames["articles"].select("article_id", "source_uri").iter_rows():
            if source_uri in doomed:
                outcome.failed_articles[article_id] = ["expect_forced_failure"]
        return outcome

    monkeypatch.setattr(validate_module, "validate_batch", failing)
    warehouse = tmp_path / "w" / "pressroom.duckdb"
    result = CliRunner().invoke(app, ["run", str(corpus), "--warehouse", str(warehouse), "--batch-size", "2", "--workers", "1", "--quiet"])
    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("batch ") and "failed validation" in line]
    assert len(lines) == 1 and lines[0].startswith("batch ") and "all 2 articles failed validation; nothing loaded from it" in lines[0]
    loaded = {uri for (uri,) in query(warehouse, "select source_uri from articles")}
    assert loaded == {(corpus / p.name).as_uri() for p in PLAIN[2:4]}
    for table in ("quotes", "mentions", "article_people", "captions"):
        assert query(warehouse, f"select count(*) from {table} where article_id not in (select article_id from articles)") == [(0,)]
    rejects = dict(query(warehouse, "select source_uri, reason from rejects"))
    assert set(rejects) == doomed
    assert all("expect_forced_failure" in reason for reason in rejects.values())


def test_a_completed_run_removes_what_killed_runs_left_in_staging(run_pipeline, tmp_path):
    page = tmp_path / "story.txt"
    shutil.copy(DATA / "plain_articles" / sorted(os.listdir(DATA / "plain_articles"))[0], page)
    run_pipeline([page])
    staging = run_pipeline.warehouse.parent / "staging"
    # what a run killed mid-way leaves: its run folder and a half-done batch of other inputs
    (staging / "runs" / "20261201T000000Z-dead00").mkdir(parents=True)
    (staging / "runs" / "20261201T000000Z-dead00" / "manifest.parquet").write_bytes(b"partial")
    (staging / "batches" / "0123456789abcdef").mkdir(parents=True)
    (staging / "batches" / "0123456789abcdef" / "work.parquet").write_bytes(b"partial")
    counts = run_pipeline([page])  # nothing new: a no-op run
    assert counts["unchanged"] == 1
    assert not list((staging / "runs").glob("*")) and not list((staging / "batches").glob("*"))
