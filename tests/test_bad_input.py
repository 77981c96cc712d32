"""Bad input never stops a run: each ends as a reject with a one-line reason (or loads if usable).

Most cases share ONE directory and ONE ``pressroom run`` through the command
line, so the test also checks what the person at the terminal sees: one line
per reject naming the input, the summary, the exit status, and never a
traceback.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import stat
import threading

import pytest
from typer.testing import CliRunner

from conftest import DATA, query

SEED = sorted((DATA / "seeds").glob("*.txt"))[0]

STORY = """Harbour bridge reopens after two years of repairs

The harbour bridge reopened to traffic on Monday morning, two years after engineers closed it when cracks were found in two of its steel piers.

“It is a relief for everyone who has been driving the long way round,” said Priya Natarajan, who runs a ferry ticket office near the northern ramp.

The city's transport director, Tomás Ibáñez, said the repairs had come in under budget. “We found fewer cracks than we feared,” he said.
"""

LATIN = """Café owners welcome the new market square

The market square in the old town reopened on Saturday with twelve new stalls, a fountain and benches along the façade of the town hall.

"Our customers can finally sit down," said Renée Duchâteau, whose café has stood on the square for forty years. She said prices would stay at £3 for a coffee.
"""

NO_TITLE = """The harbour authority said on Friday that it would dredge the northern channel this winter, closing it to large ships for six weeks.

Pilots had warned for months that the channel was silting up. “We have been scraping the bottom at low tide,” said pilot Aoife Brennan.

The work is expected to cost about four million and will be paid from port fees.
"""

UNBALANCED = """Mayor defends budget in heated meeting

The mayor defended the budget on Wednesday. “We cannot spend money we do not have, said Mayor Lena Okafor, to applause from some residents.

A resident shouted back” that the library cuts were a disgrace, and the meeting was adjourned after two hours.

“Nobody asked us,” said Tom Reyes, a teacher. “Not once.
"""

RUN_ON_QUOTE = """Retired judge recalls her first trial

Judge Martha Quinlan, who retired this month after thirty years on the bench, spoke at length about her first trial.

“I was terrified. The courtroom was full and I had never spoken in front of so many people.

“The defendant was younger than my own son, and I remember thinking that the law had failed him long before he came to me.

“I have tried to remember that feeling in every case since,” she said.
"""

NESTED = """Union leader recounts the night the strike ended

Union leader Samuel Achebe described the final negotiation on Thursday. “The manager looked at me and said ‘this is our last offer,’ and I told him ‘then we are done here,’” Achebe said.

He said the members voted the next morning. “They said, “Take it,” and so we did,” he recalled, laughing.
"""

CHROME_ONLY = """Home | News | Sport | Weather | Culture
Sign in
Subscribe
Advertisement
Share this article
Follow us on Twitter
Cookie policy
"""


def _records_jsonl() -> str:
    good = {"url": "https://news.example/harbour", "title": "Harbour bridge", "content": STORY.split("\n", 2)[2]}
    return "\n".join(
        [
            json.dumps(good),
            '{"url": "https://news.example/broken", "content": "cut off',  # broken line
            json.dumps({"url": "https://news.example/no-content", "title": "Missing"}),
            json.dumps({"url": "https://news.example/number", "content": 12345}),
            json.dumps({"url": "https://news.example/list-title", "title": ["a", "b"], "content": NO_TITLE}),
            json.dumps(["not", "an", "object"]),
        ]
    ) + "\n"


def _records_csv() -> str:
    # semicolons, every field quoted, delimiters, doubled quotes and newlines inside fields
    body = NO_TITLE.replace('"', '""')
    return (
        '"url";"title";"content"\n'
        f'"https://news.example/dredge";"Dredging; at last";"{body}"\n'
        '"https://news.example/empty";"Nothing here";""\n'
    )


def _write_inputs(folder):
    """Every bad (and odd-but-usable) input in one directory; returns the file names expected."""
    (folder / "sub").mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n\r\n   \n")
    rng = random.Random(7)
    (folder / "binary.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 16)
    (folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.randrange(256) for _ in range(2048)))
    (folder / "cp1252.txt").write_bytes(STORY.encode("cp1252"))
    # Latin-1 bytes with a C1 byte (0x81) that Windows-1252 cannot decode
    (folder / "latin1.txt").write_bytes(LATIN.replace("forty years.", "forty years.\x81").encode("latin-1"))
    (folder / "controls.txt").write_bytes(bytes(b for b in range(1, 32) if b not in b"\t\n\r\f") * 200)
    (folder / "long-line.txt").write_text(
        ("The council met again on Tuesday and voted to approve the plan after a long debate about costs. " * 11000)[:1 << 20]
    )
    (folder / "chrome-only.txt").write_text(CHROME_ONLY)
    (folder / "no-title.txt").write_text(NO_TITLE)
    (folder / "unbalanced.txt").write_text(UNBALANCED)
    (folder / "run-on-quote.txt").write_text(RUN_ON_QUOTE)
    (folder / "nested.txt").write_text(NESTED)
    shutil.copy(SEED, folder / "seed.txt")
    shutil.copy(SEED, folder / "sub" / "seed-copy.txt")
    (folder / "records.jsonl").write_text(_records_jsonl(), encoding="utf-8")
    (folder / "semicolons.csv").write_text(_records_csv(), encoding="utf-8")
    os.symlink(folder, folder / "sub" / "loop")  # directory loop
    os.symlink(folder / "ping.txt", folder / "pong.txt")  # file loop
    os.symlink(folder / "pong.txt", folder / "ping.txt")
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    page = "<html><body>" + "".join(f"<p>Paragraph {i} of a saved page, cut off in transfer.</p>" for i in range(200))
    packed = gzip.compress(page.encode())
    (folder / "truncated.html.gz").write_bytes(packed[: len(packed) // 2])


def _invoke(args):
    from pressroom.cli import app

    return CliRunner().invoke(app, args)


def _reasons(warehouse):
    return dict(query(warehouse, "select regexp_replace(source_uri, '^.*/', ''), reason from rejects"))


def test_one_directory_of_bad_input(prefect_harness, tmp_path):
    from pressroom.settings import Settings

    inputs = tmp_path / "inputs"
    _write_inputs(inputs)
    max_bytes = Settings().max_bytes
    huge = tmp_path / "huge.txt"
    with open(huge, "w") as handle:  # 50 MB of plausible text, made now
        line = "A long paragraph of text that repeats so that the file is large but still text.\n"
        handle.write(line * (50_000_000 // len(line) + 1))
    missing = tmp_path / "missing.txt"
    warehouse = tmp_path / "w" / "pressroom.duckdb"

    # a FIFO must not hang the run: fail the test rather than the suite if it does
    outcome = {}
    worker = threading.Thread(
        target=lambda: outcome.setdefault("result", _invoke(["run", str(inputs), str(huge), str(missing),
                                                             "--warehouse", str(warehouse), "--quiet"])),
        daemon=True,
    )
    worker.start()
    worker.join(600)
    assert "result" in outcome, "the run hung (a named pipe among the inputs?)"
    result = outcome["result"]

    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.output  # rejects alone do not fail a run
    reasons = _reasons(warehouse)

    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "only white space"
    assert reasons["binary.txt"] == "not text: binary data (NUL bytes)"
    assert reasons["photo.txt"] == "not text: JPEG image"
    assert reasons["controls.txt"].startswith("not text: bytes decode as control characters")
    assert reasons["chrome-only.txt"].startswith("no article text")
    if 50_000_000 > max_bytes:
        assert reasons["huge.txt"] == f"file too large: {huge.stat().st_size:,} bytes (limit {max_bytes:,})"
    else:
        assert "huge.txt" not in reasons
    assert reasons["missing.txt"] == "path does not exist"
    assert reasons["ping.txt"] == reasons["pong.txt"] == "broken symbolic link"
    assert reasons["pipe.txt"] == "not a regular file (named pipe)"
    assert reasons["truncated.html.gz"].startswith("could not be read as a page: EOFError")
    assert reasons["records.jsonl#line=2"].startswith("invalid JSON")
    assert reasons["records.jsonl#line=3"] == "missing field 'content'"
    assert reasons["records.jsonl#line=4"] == "field 'content' is int, expected text"
    assert reasons["records.jsonl#line=5"] == "field 'title' is list, expected text"
    assert reasons["records.jsonl#line=6"] == "record is list, expected an object"
    assert reasons["semicolons.csv#row=2"] == "field 'content' is empty"
    # a 1 MB line is more than the language model takes in one piece: rejected, not a crash
    assert reasons["long-line.txt"].startswith("paragraph too long")

    # one line per reject on the terminal, naming the input and the problem
    for name, reason in reasons.items():
        lines = [line for line in result.output.splitlines() if line.startswith("rejected ") and line.endswith(f"{name}: {reason}")]
        assert len(lines) == 1, (name, reason, result.output)

    articles = dict(query(warehouse, "select regexp_replace(source_uri, '^.*/', ''), encoding from articles"))
    assert articles["cp1252.txt"] == "cp1252"
    assert articles["latin1.txt"] == "latin-1"
    for name in ("no-title.txt", "unbalanced.txt", "run-on-quote.txt", "nested.txt", "seed.txt",
                 "harbour", "dredge"):
        assert name in articles, name
    bodies = dict(query(warehouse, "select regexp_replace(source_uri, '^.*/', ''), body from articles"))
    assert "Tomás Ibáñez" in bodies["cp1252.txt"] and "“" in bodies["cp1252.txt"]
    assert "Renée Duchâteau" in bodies["latin1.txt"] and "£3" in bodies["latin1.txt"]
    # a page without a title keeps its first paragraph as body text
    assert bodies["no-title.txt"].startswith("The harbour authority said on Friday")
    assert "Dredging; at last" in query(warehouse, "select title from articles where source_uri like '%dredge'")[0]

    # every quote points at the body text it claims, however the marks were typed
    mismatched = query(
        warehouse,
        "select q.article_id, q.text from quotes q join articles a using (article_id) "
        "where q.start_char is not null and substr(a.body, q.start_char + 1, q.end_char - q.start_char) <> q.text",
    )
    assert mismatched == []
    quotes = [t for (t,) in query(warehouse, "select q.text from quotes q join articles a using (article_id) "
                                              "where a.source_uri like '%run-on-quote.txt' and kind = 'direct'")]
    assert any(t.startswith("I was terrified") for t in quotes)
    assert any("the law had failed him" in t for t in quotes)
    nested = [t for (t,) in query(warehouse, "select q.text from quotes q join articles a using (article_id) "
                                              "where a.source_uri like '%nested.txt' and kind = 'direct'")]
    assert any("this is our last offer" in t for t in nested)

    # the same article under two names: one article, one duplicate documents row pointing at it
    seed_id = query(warehouse, "select article_id from articles where source_uri like '%/seed.txt'")[0][0]
    assert query(warehouse, "select count(*) from articles where source_uri like '%seed%'") == [(1,)]
    assert query(warehouse, "select status, duplicate_of from documents where source_uri like '%seed-copy.txt'") == [
        ("duplicate", seed_id)
    ]

    # accounting: every input is loaded, unchanged, a duplicate or rejected
    (seen, loaded, unchanged, duplicates, rejected), = query(
        warehouse, "select inputs_seen, loaded, unchanged, duplicates, rejected from runs"
    )
    assert seen == loaded + unchanged + duplicates + rejected
    assert (duplicates, rejected) == (1, len(reasons))
    assert loaded == len(articles)

    # the same source with new content replaces its article; everything else is unchanged
    (inputs / "nested.txt").write_text(NESTED.replace("laughing", "smiling"))
    before = query(warehouse, "select article_id, raw_sha256 from articles where source_uri like '%nested.txt'")
    result = _invoke(["run", str(inputs), "--warehouse", str(warehouse), "--quiet", "--strict"])
    assert "Traceback" not in result.output
    assert result.exit_code == 1 and "rejected (--strict)" in result.output
    after = query(warehouse, "select article_id, raw_sha256 from articles where source_uri like '%nested.txt'")
    assert after[0][0] == before[0][0] and after[0][1] != before[0][1]
    assert query(warehouse, "select count(*) from articles") == [(len(articles),)]
    history = query(warehouse, "select status from documents where source_uri like '%nested.txt' order by first_seen_at")
    assert history == [("loaded",), ("replaced",)]
    (seen2, loaded2, unchanged2, duplicates2, rejected2), = query(
        warehouse, "select inputs_seen, loaded, unchanged, duplicates, rejected from runs order by started_at desc limit 1"
    )
    assert loaded2 == 1 and seen2 == loaded2 + unchanged2 + duplicates2 + rejected2

    # status shows the accounting columns and the latest run's figures
    from pressroom.cli import app

    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["status", "--warehouse", str(warehouse), "--runs", "1"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    header = next(line for line in result.output.splitlines() if "loaded" in line and "rejected" in line)
    assert "unchanged" in header and ("dups" in header or "duplicates" in header) and "seen" in header
    run_row = next(line for line in result.output.splitlines() if line.strip("│┃ ").startswith("2"))
    cells = [c.strip() for c in run_row.strip("│ ").split("│")]
    figures = [str(n) for n in (seen2, loaded2, unchanged2, duplicates2, rejected2)]
    assert any(cells[i:i + 5] == figures for i in range(len(cells))), (cells, figures)


def test_unreadable_file_is_rejected(prefect_harness, tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(STORY)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reads (the FIFO case covers an unreadable entry)")
        warehouse = tmp_path / "w" / "pressroom.duckdb"
        good = tmp_path / "good.txt"
        good.write_text(STORY)
        result = _invoke(["run", str(locked), str(good), "--warehouse", str(warehouse), "--quiet"])
        assert "Traceback" not in result.output
        assert result.exit_code == 0
        assert _reasons(warehouse)["locked.txt"].startswith("unreadable: Permission denied")
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_nothing_readable_is_a_failure_without_traceback(prefect_harness, tmp_path):
    inputs = tmp_path / "junk"
    inputs.mkdir()
    (inputs / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (inputs / "b.txt").write_bytes(b"")
    warehouse = tmp_path / "w" / "pressroom.duckdb"
    result = _invoke(["run", str(inputs), str(tmp_path / "nowhere"), "--warehouse", str(warehouse), "--quiet"])
    assert "Traceback" not in result.output
    assert result.exit_code == 1
    assert "nothing could be read" in result.output
    assert f"rejected {(tmp_path / 'nowhere').as_uri()}: path does not exist" in result.output


def test_page_without_title_keeps_its_first_paragraph():
    from pressroom.clean import clean_text

    page = clean_text(NO_TITLE)
    assert page.title is None
    assert page.paragraphs[0].startswith("The harbour authority said on Friday")
    assert len(page.paragraphs) == 3
    # a real title still is one, even a long one ending in a full stop
    titled = clean_text("Stealth Over Health: Mayor Was Headed to Hospital But Diverted to Avoid Bad Optics Again.\n\n" + NO_TITLE)
    assert titled.title.startswith("Stealth Over Health")
    assert titled.paragraphs[0].startswith("The harbour authority said on Friday")


@pytest.mark.slow
def test_ten_thousand_small_files(run_pipeline, tmp_path):
    """10,000 distinct short articles: every one loads or is accounted for."""
    inputs = tmp_path / "many"
    rng = random.Random(11)
    towns = ["Ashford", "Bellmont", "Carrow", "Dunmore", "Eastwick", "Fairhaven", "Glenrock", "Holloway"]
    people = ["Ada Lind", "Ben Okoro", "Cara Voss", "Dev Patel", "Eva Moreno", "Finn Hale", "Gita Rao", "Hugo Stein"]
    for i in range(10_000):
        folder = inputs / f"{i // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        town, person = rng.choice(towns), rng.choice(people)
        (folder / f"{i:05d}.txt").write_text(
            f"{town} council approves plan number {i}\n\n"
            f"The {town} council approved plan number {i} on Tuesday after a debate that ran late into the evening.\n\n"
            f"“We have waited {i % 50 + 2} years for this,” said {person}, who chairs the planning committee.\n"
        )
    counts = run_pipeline([inputs], batch_size=500)
    assert counts["inputs_seen"] == 10_000
    assert counts["inputs_seen"] == counts["loaded"] + counts["unchanged"] + counts["duplicates"] + counts["rejected"]
    loaded = query(run_pipeline.warehouse, "select count(*) from articles")[0][0]
    rejected = query(run_pipeline.warehouse, "select count(*) from rejects")[0][0]
    assert loaded + rejected == 10_000
    assert loaded > 9_900, query(run_pipeline.warehouse, "select reason, count(*) from rejects group by 1")
