"""A page file whose path, size and mtime are what the last run read is unchanged without being read; --rehash reads it."""

from __future__ import annotations

import json
import os
import time

from conftest import query

STORY = """Council approves new bus lanes after long debate

The city council voted 7-2 on Tuesday to add bus lanes on three avenues, ending a debate that lasted most of the year.

“This is the most important transit decision we have made in a decade,” said council member Dana Whitfield, who sponsored the measure.
"""
# the same length, other words: a change only the bytes show
EDITED = STORY.replace("voted 7-2 on Tuesday", "voted 6-3 on Tuesday")
assert len(EDITED) == len(STORY)

LONG_AGO = 1_700_000_000_000_000_000  # mtimes well before any run: not racy
LATER = LONG_AGO + 3_600_000_000_000


def _write(path, text, mtime_ns):
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))


def _recorded(warehouse, path):
    return query(warehouse, "select size_bytes, mtime_ns from input_files where source_uri = ?", [path.as_uri()])


def test_same_size_and_restored_mtime_is_the_shortcuts_limit_and_rehash_reads_it(run_pipeline, tmp_path):
    page = tmp_path / "story.txt"
    _write(page, STORY, LONG_AGO)
    assert run_pipeline([page], workers=1)["loaded"] == 1
    warehouse = run_pipeline.warehouse
    assert _recorded(warehouse, page) == [(page.stat().st_size, LONG_AGO)]

    _write(page, EDITED, LONG_AGO)  # new bytes, same size, mtime put back
    counts = run_pipeline([page], workers=1)
    assert (counts["loaded"], counts["unchanged"]) == (0, 1)  # not read: the documented limit
    assert "7-2" in query(warehouse, "select body from articles")[0][0]

    from typer.testing import CliRunner

    from pressroom.cli import app

    result = CliRunner().invoke(app, ["run", str(page), "--warehouse", str(warehouse), "--workers", "1", "--quiet", "--rehash"])
    assert result.exit_code == 0, result.output
    assert "1 inputs: 1 loaded, 0 unchanged" in result.output
    assert "6-3" in query(warehouse, "select body from articles")[0][0]
    assert query(warehouse, "select count(*) from articles") == [(1,)]


def test_a_touched_file_with_the_same_bytes_is_read_once_then_skipped_by_its_new_mtime(run_pipeline, tmp_path):
    page = tmp_path / "story.txt"
    _write(page, STORY, LONG_AGO)
    run_pipeline([page], workers=1)
    warehouse = run_pipeline.warehouse

    os.utime(page, ns=(LATER, LATER))  # touched: the mtime differs, the bytes do not
    counts = run_pipeline([page], workers=1)
    assert (counts["inputs_seen"], counts["loaded"], counts["unchanged"]) == (1, 0, 1)
    assert _recorded(warehouse, page) == [(page.stat().st_size, LATER)]

    _write(page, EDITED, LATER)  # so the next run trusts the new mtime without reading
    assert run_pipeline([page], workers=1)["unchanged"] == 1
    # a changed mtime, or a changed size, sends the file to be read again
    _write(page, EDITED, LATER + 1)
    assert run_pipeline([page], workers=1)["loaded"] == 1


def test_every_input_is_still_accounted_for_and_a_just_written_file_is_not_trusted(run_pipeline, tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    _write(inputs / "a.txt", STORY, LONG_AGO)
    _write(inputs / "copy-of-a.txt", STORY, LONG_AGO)  # a duplicate
    _write(inputs / "empty.txt", "", LONG_AGO)  # rejected when cleaned
    (inputs / "records.jsonl").write_text(json.dumps({"url": "https://news.example/r", "content": EDITED}) + "\n{broken\n")
    future = time.time_ns() + 3_600_000_000_000  # modified "now" as far as the rule goes: may change again unseen
    _write(inputs / "fresh.txt", EDITED.replace("Council", "Mayor"), future)

    first = run_pipeline([inputs], workers=1)
    second = run_pipeline([inputs], workers=1)
    for counts in (first, second):
        assert counts["inputs_seen"] == 6
        assert counts["inputs_seen"] == counts["loaded"] + counts["unchanged"] + counts["duplicates"] + counts["rejected"]
    assert (first["loaded"], first["duplicates"], first["rejected"]) == (3, 1, 2)
    # the bad record is read, and rejected, on every run; everything else is unchanged
    assert (second["loaded"], second["unchanged"], second["duplicates"], second["rejected"]) == (0, 5, 0, 1)
    warehouse = run_pipeline.warehouse
    recorded = {uri.rsplit("/", 1)[-1] for (uri,) in query(warehouse, "select source_uri from input_files")}
    assert recorded == {"a.txt", "copy-of-a.txt", "empty.txt"}  # not records files, not a file just written


def test_pressroom_rehash_in_the_environment_reads_every_file(run_pipeline, tmp_path, monkeypatch):
    page = tmp_path / "story.txt"
    _write(page, STORY, LONG_AGO)
    run_pipeline([page], workers=1)
    warehouse = run_pipeline.warehouse
    _write(page, EDITED, LONG_AGO)  # only a full read sees it

    from typer.testing import CliRunner

    from pressroom.cli import app

    monkeypatch.setenv("PRESSROOM_REHASH", "1")
    result = CliRunner().invoke(app, ["run", str(page), "--warehouse", str(warehouse), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 inputs: 1 loaded, 0 unchanged" in result.output
    assert "6-3" in query(warehouse, "select body from articles")[0][0]
