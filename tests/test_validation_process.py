"""Validation in a process of its own: the same outcome as in this process, and a fallback if it dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace

import polars as pl
import pytest
from conftest import DATA
from test_validate import batch_folders, make_article

from pressroom.pipeline import workers
from pressroom.pipeline.batches import Batch


@pytest.fixture
def batches(tmp_path, monkeypatch):
    """Two batches on disk; the second holds one article whose first quote's offsets are off by one."""
    monkeypatch.setattr(workers, "_VALIDATION_IMPORT", None)  # an earlier run in this process imported it here
    doc, page, extraction = make_article("https://example.org/news/shifted")
    quote = extraction.quotes[0]
    extraction.quotes[0] = replace(quote, start_char=quote.start_char + 1, end_char=quote.end_char + 1)
    contents = [[make_article("https://example.org/news/0"), make_article("https://example.org/news/1")],
                [make_article("https://example.org/news/2"), (doc, page, extraction)]]
    return batch_folders(tmp_path, contents), doc


def _expected(doc) -> dict:
    return {"b0": {}, "b1": {doc.article_id: ["quotes.expect_column_values_to_be_in_set(text_matches_body)"]}}


def _outcome_on_disk(folders: list[Batch]) -> list[int]:
    return [pl.read_parquet(b.folder / "valid" / "articles.parquet").height for b in folders]


def test_the_validation_process_decides_what_this_process_would(batches):
    folders, doc = batches
    workers.prepare_validation(own_process=True)
    pid = next(iter(workers._VALIDATOR._processes))
    assert pid != os.getpid()
    assert workers.validate_batches(folders, "run-v") == _expected(doc)
    assert workers._VALIDATOR is None  # stopped once validation is done
    assert _outcome_on_disk(folders) == [2, 1]
    assert all(b.done("validate") for b in folders)


def test_a_dead_validation_process_leaves_the_batches_to_this_one(batches):
    folders, doc = batches
    workers.prepare_validation(own_process=True)
    workers._VALIDATOR.submit(pow, 2, 2).result()  # its process is up
    for pid in list(workers._VALIDATOR._processes):
        os.kill(pid, signal.SIGKILL)
    assert workers.validate_batches(folders, "run-k") == _expected(doc)
    assert workers._VALIDATOR is None
    assert _outcome_on_disk(folders) == [2, 1]


def test_great_expectations_loads_without_the_statistics_and_charts_it_never_uses():
    # SciPy's statistics and Altair serve expectations the suites do not use: they load on first use only
    code = (
        "import sys\n"
        "from pressroom.validate import prepare\n"
        "prepare()\n"
        "print('scipy.optimize' in sys.modules, 'altair.vegalite' in sys.modules)\n"
        "from scipy import stats\n"
        "import altair\n"
        "print(round(float(stats.entropy([0.5, 0.5])), 4), altair.Chart.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True).stdout
    assert out.split("\n")[:2] == ["False False", "0.6931 Chart"]


@pytest.mark.parametrize("allowed, own_process", [(2, True), (1, False)])
def test_a_small_run_validates_in_its_own_process_unless_one_process_is_all_it_may_use(
        run_pipeline, monkeypatch, allowed, own_process):
    # no temporary API boots under the test harness, as against a lasting server
    asked = []
    real = workers.prepare_validation

    def noting(own_process: bool = False) -> None:
        asked.append(own_process)
        real(own_process=own_process)

    monkeypatch.setattr(workers, "prepare_validation", noting)
    monkeypatch.setattr(workers, "_VALIDATION_IMPORT", None)
    counts = run_pipeline([DATA / "seeds"], workers=allowed)
    assert counts["loaded"] == 2
    assert asked[0] is own_process
    assert workers._VALIDATOR is None  # stopped once the run is over
