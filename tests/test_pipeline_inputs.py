"""Every input ends as an article, an unchanged skip, a duplicate or a reject — and the run says which."""

from __future__ import annotations

import json
import os
import shutil

from conftest import DATA, query

SEED = sorted((DATA / "seeds").glob("*.txt"))[0]

PLAIN = """Council approves new bus lanes after long debate

The city council voted 7-2 on Tuesday to add bus lanes on three avenues, ending a debate that lasted most of the year.

“This is the most important transit decision we have made in a decade,” said council member Dana Whitfield, who sponsored the measure.

Opponents said the lanes would hurt small businesses. “Our customers drive here,” said Marco Ruiz, who owns a bakery on one of the avenues.
"""


def _statuses(warehouse):
    return dict(query(warehouse, "select status, count(*) from documents group by 1"))


def test_mixed_directory_accounting(run_pipeline, tmp_path):
    inputs = tmp_path / "inputs"
    (inputs / "nested").mkdir(parents=True)
    shutil.copy(SEED, inputs / "page.txt")
    shutil.copy(SEED, inputs / "nested" / "same-page-other-name.txt")  # duplicate bytes
    (inputs / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (inputs / "cp1252.txt").write_bytes(PLAIN.replace("Council", "Café council").encode("cp1252"))
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "blank.txt").write_text("  \n\n \t\n")
    (inputs / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(512))
    (inputs / "records.jsonl").write_text(
        json.dumps({"url": "https://news.example/bus", "title": "Bus lanes", "author": "Ana Lima",
                    "content": PLAIN.split("\n", 2)[2]})
        + "\n{broken\n"
        + json.dumps({"url": "https://news.example/none"})
        + "\n",
        encoding="utf-8",
    )
    os.symlink(inputs, inputs / "nested" / "loop")  # a symlink loop must not hang the walk

    counts = run_pipeline([inputs, tmp_path / "missing.txt"])
    warehouse = run_pipeline.warehouse

    assert counts["inputs_seen"] == 11
    assert counts["inputs_seen"] == counts["loaded"] + counts["unchanged"] + counts["duplicates"] + counts["rejected"]
    assert (counts["loaded"], counts["duplicates"], counts["rejected"]) == (4, 1, 6)
    reasons = dict(query(warehouse, "select regexp_extract(source_uri, '[^/]+$'), reason from rejects"))
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "only white space"
    assert "PNG image" in reasons["photo.txt"]
    assert reasons["missing.txt"] == "path does not exist"
    assert reasons["records.jsonl#line=2"].startswith("invalid JSON")
    assert reasons["records.jsonl#line=3"] == "missing field 'content'"
    assert query(warehouse, "select encoding from articles where source_uri like '%cp1252.txt'") == [("cp1252",)]
    assert query(warehouse, "select title, byline from articles where source_uri = 'https://news.example/bus'") == [
        ("Bus lanes", "Ana Lima")]
    assert _statuses(warehouse) == {"loaded": 4, "duplicate": 1, "rejected": 3}
    assert query(warehouse, "select inputs_seen, loaded, duplicates, rejected from runs") == [(11, 4, 1, 6)]


def test_changed_source_replaces_its_rows_and_keeps_history(run_pipeline, tmp_path):
    page = tmp_path / "story.txt"
    page.write_text(PLAIN, encoding="utf-8")
    run_pipeline([page])
    warehouse = run_pipeline.warehouse
    (article_id, first_sha), = query(warehouse, "select article_id, raw_sha256 from articles")
    assert query(warehouse, "select count(*) from quotes where kind = 'direct'") == [(2,)]

    page.write_text(PLAIN.replace("“Our customers drive here,” said Marco Ruiz, who owns a bakery on one of the avenues.",
                                  "Marco Ruiz, who owns a bakery, said he would wait and see."), encoding="utf-8")
    counts = run_pipeline([page])
    assert counts["loaded"] == 1
    rows = query(warehouse, "select article_id, raw_sha256 from articles")
    assert len(rows) == 1 and rows[0][0] == article_id and rows[0][1] != first_sha
    speakers = [s for (s,) in query(warehouse, "select speaker from quotes where kind = 'direct'")]
    assert speakers == ["Dana Whitfield"]
    assert dict(query(warehouse, "select raw_sha256, status from documents")) == {first_sha: "loaded", rows[0][1]: "replaced"}


def test_nothing_readable_fails_and_strict_fails_on_rejects(prefect_harness, tmp_path):
    from typer.testing import CliRunner

    from pressroom.cli import app

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    warehouse = tmp_path / "w" / "pressroom.duckdb"
    result = CliRunner().invoke(app, ["run", str(empty), "--warehouse", str(warehouse), "--quiet"])
    assert result.exit_code == 1
    assert f"rejected {empty.as_uri()}: empty file" in result.output
    assert "nothing could be read" in result.output

    good = tmp_path / "good.txt"
    good.write_text(PLAIN, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(good), str(empty), "--warehouse", str(warehouse), "--quiet"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(app, ["run", str(good), str(tmp_path / "nope.txt"), "--warehouse", str(warehouse), "--strict", "--quiet"])
    assert result.exit_code == 1
    assert "rejected (--strict)" in result.output
