"""Acceptance: the warehouse that `pressroom run` builds from the seed pages matches the seed gold."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata

import pytest

from conftest import DATA, query

GOLD = sorted((DATA / "gold").glob("*.gold.json"))


def _norm(text: str | None) -> str:
    """Compare quote texts the way the benchmark does: no outer marks, trailing punctuation or case."""
    text = unicodedata.normalize("NFKC", text or "").strip().strip("\"'“”‘’").strip()
    text = re.sub(r"[\s.,;:!?]+$", "", text)
    return " ".join(text.lower().split())


def _speaker(name: str | None) -> str:
    return re.sub(r"^the\s+", "", _norm(name))


@pytest.fixture(scope="module")
def seed_warehouse(prefect_harness, tmp_path_factory):
    from pressroom.runner import run_pipeline
    from pressroom.settings import Settings

    root = tmp_path_factory.mktemp("seeds")
    inputs = root / "inputs"
    shutil.copytree(DATA / "seeds", inputs)
    settings = Settings(warehouse=root / "warehouse" / "pressroom.duckdb")
    first = run_pipeline([str(inputs)], settings)
    return settings.warehouse, inputs, first


def _article(warehouse, gold):
    rows = query(
        warehouse,
        "select article_id, site, title, body, paragraph_count from articles where source_uri like ?",
        ["%/" + gold["file"]],
    )
    assert len(rows) == 1, f"{gold['file']} should be one article"
    return rows[0]


@pytest.mark.parametrize("gold_file", GOLD, ids=lambda p: p.name)
def test_article_title_site_and_body(seed_warehouse, gold_file):
    warehouse, _, _ = seed_warehouse
    gold = json.loads(gold_file.read_text())
    _, site, title, body, paragraphs = _article(warehouse, gold)
    expected = gold["article"]
    assert site == expected["site"]
    assert title == expected["title"]
    assert paragraphs == expected["paragraphs"] == len(body.split("\n\n"))
    assert body.startswith(expected["body_starts_with"])
    assert body.endswith(expected["body_ends_with"])
    for chrome in expected["must_not_contain"]:
        assert chrome not in body


@pytest.mark.parametrize("gold_file", GOLD, ids=lambda p: p.name)
def test_captions_with_credits_and_people(seed_warehouse, gold_file):
    warehouse, _, _ = seed_warehouse
    gold = json.loads(gold_file.read_text())
    article_id = _article(warehouse, gold)[0]
    rows = query(warehouse, "select text, credit, people from captions where article_id = ? order by position, caption_id", [article_id])
    assert sorted((text, credit) for text, credit, _ in rows) == sorted(
        (c["text"], c["credit"]) for c in gold["captions"]
    )
    people_by_text = {text: sorted(people or []) for text, _, people in rows}
    for caption in gold["captions"]:
        assert people_by_text[caption["text"]] == sorted(caption["people"])


@pytest.mark.parametrize("gold_file", GOLD, ids=lambda p: p.name)
def test_people_with_roles(seed_warehouse, gold_file):
    warehouse, _, _ = seed_warehouse
    gold = json.loads(gold_file.read_text())
    article_id = _article(warehouse, gold)[0]
    rows = query(warehouse, "select name, role, quoted from article_people where article_id = ?", [article_id])
    found = {name: (role, quoted) for name, role, quoted in rows}
    for person in gold["people"]:
        assert person["name"] in found, f"missing person {person['name']}"
        role, quoted = found[person["name"]]
        assert _norm(role) == _norm(person["role"]), person["name"]
        assert quoted == person["quoted"], person["name"]
    allowed = {p["name"] for p in gold["people"]} | set(gold.get("optional_people", []))
    unexpected = set(found) - allowed
    assert not unexpected, f"not people in the gold: {unexpected}"
    for name in gold["not_people"] + gold.get("photo_credits_not_people", []):
        assert name not in found


@pytest.mark.parametrize("gold_file", GOLD, ids=lambda p: p.name)
def test_quotes_with_speakers(seed_warehouse, gold_file):
    warehouse, _, _ = seed_warehouse
    gold = json.loads(gold_file.read_text())
    article_id = _article(warehouse, gold)[0]
    rows = query(warehouse, "select text, speaker, kind from quotes where article_id = ? and kind <> 'indirect'", [article_id])
    found = {_norm(text): (speaker, kind) for text, speaker, kind in rows}
    for quote in gold["quotes"]:
        key = _norm(quote["text"])
        assert key in found, f"missing quote {quote['text'][:60]!r}"
        speaker, kind = found[key]
        assert _speaker(speaker) == _speaker(quote["speaker"]), quote["text"][:60]
        assert kind == quote["kind"], quote["text"][:60]
    for text in gold["must_not_quote"]:
        assert _norm(text) not in found


def test_a_quotation_split_by_its_attribution_is_one_quotation(seed_warehouse):
    warehouse, _, _ = seed_warehouse
    pieces = query(warehouse, "select quotation_id, text from quotes where speaker = 'Jon Grevatt' and kind = 'direct' "
                              "order by start_char")
    assert len(pieces) == 2 and pieces[0][0] == pieces[1][0]
    rows = query(warehouse, "select text, pieces, speaker from quotations where quotation_id = ?", [pieces[0][0]])
    assert rows == [(pieces[0][1] + " " + pieces[1][1], 2, "Jon Grevatt")]
    # “…,” he said via email. ⏎ “…”: the next paragraph, attributed to no one else, goes on
    assert query(warehouse, "select pieces from quotations where speaker = 'Paul Chambers' and kind = 'direct'") == [(2,)]
    # quotations from different attributions stay apart
    assert query(warehouse, "select pieces from quotations where speaker = 'Mikyung Ryu' and kind = 'direct' "
                            "order by pieces") == [(1,), (2,)]
    assert query(warehouse, "select direct_quotes from speakers where speaker = 'Jon Grevatt'") == [(1,)]


def test_one_person_across_articles(seed_warehouse):
    warehouse, _, _ = seed_warehouse
    rows = query(
        warehouse,
        "select p.person_id, count(distinct ap.article_id) from people p join article_people ap using (person_id) "
        "where p.name = 'Hun Sen' group by 1",
    )
    assert len(rows) == 1 and rows[0][1] == 2
    assert query(warehouse, "select count(*) = count(distinct name) from people") == [(True,)]


def test_every_row_points_into_its_article(seed_warehouse):
    from pressroom.models import run_checks
    from pressroom.warehouse import connect_reader

    warehouse, _, _ = seed_warehouse
    con = connect_reader(warehouse)
    try:
        assert run_checks(con) == {name: 0 for name in run_checks(con)}
        assert con.execute("select count(*) from articles where raw_sha256 is null or length(raw_sha256) <> 64").fetchall() == [(0,)]
    finally:
        con.close()


def test_rerun_changes_nothing(seed_warehouse):
    from pressroom.runner import run_pipeline
    from pressroom.settings import Settings

    warehouse, inputs, first = seed_warehouse
    tables = ["articles", "people", "article_people", "mentions", "quotes", "captions", "documents", "rejects"]

    def snapshot():
        return {t: sorted(map(repr, query(warehouse, f"select * from {t}"))) for t in tables}

    before = snapshot()
    second = run_pipeline([str(inputs)], Settings(warehouse=warehouse))
    assert first["loaded"] == 2
    assert (second["inputs_seen"], second["unchanged"], second["loaded"]) == (2, 2, 0)
    assert snapshot() == before
    assert query(warehouse, "select count(*) from runs") == [(2,)]


def test_a_quote_said_jointly_is_credited_to_each_speaker(seed_warehouse):
    # "Nauen and academic Paul Chambers … have both predicted that Hun Sen’s “personalised control” …"
    warehouse, _, _ = seed_warehouse
    rows = query(warehouse, "select s.position, s.speaker, s.speaker_person_id is not null from quote_speakers s "
                            "join quotes q using (quote_id) where q.text = 'personalised control' order by s.position")
    assert rows == [(0, "Kevin Nauen", True), (1, "Paul Chambers", True)]
    assert query(warehouse, "select partial_quotes from speakers where speaker = 'Paul Chambers'") == [(1,)]
    assert query(warehouse, "select quoted from article_people where name = 'Paul Chambers'") == [(True,)]
    # every other quote with a speaker has exactly its own row
    assert query(warehouse, "select count(*) from quotes q where speaker is not null and (select count(*) "
                            "from quote_speakers s where s.quote_id = q.quote_id) != "
                            "(case when q.text = 'personalised control' then 2 else 1 end)") == [(0,)]
