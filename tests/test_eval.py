"""`pressroom eval`: figures computed from what the real pipeline loaded.

Pipeline runs are few: one for the seeds (a second eval reuses its warehouse,
where the pages are unchanged), one for seven PolNeAR articles, one for three
AEB pages.
"""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from conftest import DATA, query

from pressroom.cli import app

GOLD = DATA / "gold"


def _eval(*args: str):
    result = CliRunner().invoke(app, ["eval", *args])
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def _json(*args: str) -> dict:
    return json.loads(_eval(*args, "--json").stdout)


@pytest.fixture(scope="module")
def seeds_report(prefect_harness, tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("eval-seeds") / "pressroom.duckdb"
    report = _json("seeds", str(GOLD), "--keep-warehouse", str(warehouse), "--errors", "3")
    return report, warehouse


def test_seeds_figures_come_from_the_warehouse(seeds_report):
    report, warehouse = seeds_report
    golds = [json.loads(p.read_text()) for p in sorted(GOLD.glob("*.gold.json"))]
    figures = report["figures"]
    assert report["benchmark"] == "seeds" and report["date"]
    assert figures["articles"] == figures["articles_loaded"] == len(golds) == report["run"]["loaded"]
    assert figures["quotes_gold"] == sum(len(g["quotes"]) for g in golds)
    assert figures["people_gold"] == sum(len(g["people"]) for g in golds)
    # what was found is bounded by the rows the warehouse holds
    assert 0 < figures["people_found"] <= query(warehouse, "select count(*) from article_people")[0][0]
    assert 0 < figures["quotes_found"] <= query(warehouse, "select count(*) from quotes where kind <> 'indirect'")[0][0]
    assert figures["captions_loaded"] == query(warehouse, "select count(*) from captions")[0][0]
    assert figures["chrome_checked"] == sum(len(g["article"]["must_not_contain"]) for g in golds)
    assert [a["file"] for a in report["articles"]] == [g["file"] for g in golds]
    for key in ("people_f1", "role_accuracy", "quote_recall", "speaker_accuracy", "caption_text_accuracy"):
        assert 0.0 <= figures[key] <= 1.0


def test_seeds_planted_errors_are_caught_and_listed(seeds_report, tmp_path):
    _, warehouse = seeds_report
    gold_dir = tmp_path / "gold"
    shutil.copytree(GOLD, gold_dir)
    path = sorted(gold_dir.glob("*.gold.json"))[0]
    gold = json.loads(path.read_text())
    quote = next(q for q in gold["quotes"] if q["kind"] == "direct")
    quote["speaker"] = "Somebody Else Entirely"
    body_line = (DATA / "seed_bodies" / gold["file"]).read_text().split("\n\n")[3]
    gold["article"]["must_not_contain"].append(body_line[:40])
    gold["people"].append({"name": "Invented Person", "role": "nobody", "aliases": [], "quoted": False})
    path.write_text(json.dumps(gold))

    # the pages are not beside the gold copy: --pages finds them; the kept warehouse has them unchanged
    result = _eval("seeds", str(gold_dir), "--pages", str(DATA / "seeds"), "--keep-warehouse", str(warehouse),
                   "--errors", "3")
    out = " ".join(result.stdout.split())
    assert "speaker_accuracy" in out and "wrong_speaker" in out and "leaked_chrome" in out
    report = _json("seeds", str(gold_dir), "--pages", str(DATA / "seeds"), "--keep-warehouse", str(warehouse),
                   "--errors", "3")
    assert report["run"]["unchanged"] == 2
    first = report["articles"][0]
    assert first["speaker_accuracy"] < 1.0 and first["chrome_leaked"] >= 1 and first["people_recall"] < 1.0
    assert report["figures"]["speaker_accuracy"] < 1.0
    errors = report["errors"]
    wrong = [e for e in errors if e["kind"] == "wrong_speaker"]
    assert any(quote["text"][:40] in e["text"] and "Somebody Else Entirely" in e["detail"] for e in wrong)
    assert all(e["doc"] == gold["file"] for e in wrong)
    assert {"kind": "leaked_chrome", "doc": gold["file"], "text": body_line[:40]} in errors
    assert any(e["kind"] == "missed_person" and e["text"] == "Invented Person" for e in errors)
    assert max(report["error_counts"].values()) >= 1
    assert all(sum(e["kind"] == k for e in errors) <= 3 for k in report["error_counts"])


@pytest.fixture(scope="module")
def polnear_report(prefect_harness, tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("eval-polnear") / "pressroom.duckdb"
    report = _json("polnear", str(DATA / "polnear" / "dev.jsonl.gz"), "--limit", "7", "--errors", "3",
                   "--keep-warehouse", str(warehouse))
    return report, warehouse


def test_polnear_scores_the_loaded_quotes(polnear_report):
    from pressroom.evaluate.polnear_eval import load_articles
    from pressroom.evaluate.quotes import gold_kind

    report, warehouse = polnear_report
    docs = load_articles(DATA / "polnear" / "dev.jsonl.gz", 7)
    figures = report["figures"]
    assert figures["articles"] == figures["articles_loaded"] == 7 == report["run"]["loaded"]
    assert figures["speaker_names"].endswith("dev_speaker_names.json")
    assert figures["gold_direct"] == sum(gold_kind(a, d["text"]) == "direct" for d in docs for a in d["attributions"])
    uris = {row[0] for row in query(warehouse, "select source_uri from articles")}
    assert uris == {f"polnear:{d['doc_id']}" for d in docs}
    direct_rows = query(warehouse, "select count(*) from quotes where kind = 'direct'")[0][0]
    assert 0 < figures["matched_direct"] <= direct_rows
    for key in ("direct_precision", "direct_recall", "direct_f1", "speaker_accuracy", "end_to_end_f1",
                "partial_recall", "indirect_precision", "indirect_recall"):
        assert 0.0 <= figures[key] <= 1.0
    assert figures["direct_recall"] > 0.5
    assert figures["end_to_end_f1"] <= figures["direct_f1"]
    ids = {d["doc_id"] for d in docs}
    # (the seventh names a song in quotation marks that the annotators took for a quotation)
    assert report["errors"], "seven real articles should show at least one miss"
    for error in report["errors"]:
        assert error["doc"] in ids and error["text"].strip()
        assert error["kind"] in ("missed_quote", "spurious_quote", "wrong_speaker")


def _aeb_subset(folder, prefixes):
    """A benchmark folder holding only the pages whose ids start with ``prefixes``."""
    truth = json.loads((DATA / "aeb" / "ground-truth.json").read_text())
    ids = sorted(k for k in truth if k.startswith(prefixes))
    (folder / "html").mkdir(parents=True)
    for key in ids:
        shutil.copy(DATA / "aeb" / "html" / f"{key}.html.gz", folder / "html")
    (folder / "ground-truth.json").write_text(json.dumps({k: truth[k] for k in ids}))
    return ids


def test_aeb_scores_the_loaded_bodies(prefect_harness, tmp_path):
    from pressroom.evaluate.aeb import load_ground_truth, score_pages

    # two ordinary news pages and one whose photo has a credit but no caption text
    bench = tmp_path / "aeb"
    ids = _aeb_subset(bench, ("5ae11e580afc", "94fbcc267720", "2f42ef1d3ea0"))
    warehouse = tmp_path / "pressroom.duckdb"
    report = _json("aeb", str(bench), "--errors", "2", "--keep-warehouse", str(warehouse))
    figures = report["figures"]
    gold = load_ground_truth(bench / "ground-truth.json")
    rows = query(warehouse, "select source_uri, body from articles")
    bodies = {uri.rsplit("/", 1)[-1].removesuffix(".html.gz"): body for uri, body in rows}
    assert figures["pages"] == 3 and figures["pages_loaded"] == len(bodies) and set(bodies) <= set(ids)
    # the figures are the benchmark's scoring of the loaded bodies; a rejected page scores 0
    again = score_pages(bodies, {k: gold[k] for k in ids})
    assert figures["f1"] == pytest.approx(again.f1) and figures["precision"] == pytest.approx(again.precision)
    if bodies:
        loaded_only = score_pages(bodies, {k: gold[k] for k in bodies})
        assert figures["f1_loaded"] == pytest.approx(loaded_only.f1) and figures["f1_loaded"] > 0.8
    rejected = {row[0].rsplit("/", 1)[-1].removesuffix(".html.gz"): row[1]
                for row in query(warehouse, "select source_uri, reason from rejects")}
    assert set(rejected) == set(ids) - set(bodies)
    assert report["error_counts"].get("page_not_loaded", 0) == len(rejected)
    for error in report["errors"]:
        assert error["doc"] in ids and error["kind"] in ("leaked_line", "lost_body_line", "page_not_loaded")
        if error["kind"] == "page_not_loaded":
            assert rejected[error["doc"]] in error["text"]


def test_aeb_as_text_feeds_the_pages_as_plain_text_scrapes(prefect_harness, tmp_path):
    from pressroom.evaluate.aeb import load_ground_truth, score_pages

    bench = tmp_path / "aeb"
    ids = _aeb_subset(bench, ("5ae11e580afc", "624fcd903d56"))
    warehouse = tmp_path / "pressroom.duckdb"
    report = _json("aeb", str(bench), "--as-text", "--keep-warehouse", str(warehouse))
    figures = report["figures"]
    rows = query(warehouse, "select source_uri, body from articles")
    # what was loaded came from the text scrapes, not from the HTML pages
    assert sorted(uri.rsplit("/", 1)[-1] for uri, _ in rows) == sorted(f"{key}.txt" for key in ids)
    bodies = {uri.rsplit("/", 1)[-1].removesuffix(".txt"): body for uri, body in rows}
    gold = load_ground_truth(bench / "ground-truth.json")
    assert figures["input"] == "text scrapes" and figures["pages_loaded"] == 2
    assert 0.0 <= figures["title_accuracy"] <= 1.0
    assert figures["f1"] == pytest.approx(score_pages(bodies, gold).f1) and figures["f1"] > 0.8


# --- scoring alone, no pipeline -------------------------------------------------------------------


def test_seed_scoring_flags_spurious_quotes_lost_lines_and_credits():
    from pressroom.evaluate.seeds_eval import score_article

    gold = {"file": "a.txt", "article": {"title": "T", "must_not_contain": ["Subscribe now"]},
            "people": [{"name": "Ann Lee", "role": "mayor", "quoted": True}],
            "quotes": [{"text": "We will rebuild the bridge by spring", "speaker": "Ann Lee", "kind": "direct"}],
            "captions": [{"text": "The bridge at dawn.", "credit": "Jo Smith", "people": []}]}
    article = {"title": "T", "site": None, "body": "First line here today.\n\nSubscribe now to our list.",
               "people": [{"name": "Ann Lee", "role": "Mayor", "quoted": True},
                          {"name": "Bob Ray", "role": None, "quoted": False}],
               "quotes": [{"text": "We will rebuild the bridge by spring,", "speaker": "Ann Lee", "kind": "direct"},
                          {"text": "Nobody said this at all", "speaker": "Bob Ray", "kind": "direct"}],
               "captions": [{"text": "The bridge at dawn.", "credit": "AP", "people": []}]}
    figures, errors = score_article(gold, article, ["First line here today.", "A lost paragraph of the story."])
    kinds = {e["kind"] for e in errors}
    assert figures["quote_recall"] == 1.0 and figures["quote_precision"] == 0.5
    assert figures["people_precision"] == 0.5 and figures["people_recall"] == 1.0 and figures["role_accuracy"] == 1.0
    assert figures["caption_text_accuracy"] == 1.0 and figures["caption_credit_accuracy"] == 0.0
    assert figures["chrome_leaked"] == 1 and figures["body_lines_lost"] == 1 and figures["body_lines_extra"] == 1
    assert {"spurious_quote", "spurious_person", "wrong_credit", "leaked_chrome", "lost_body_line"} <= kinds


def test_unloaded_page_scores_zero_and_says_why():
    from pressroom.evaluate import aeb_eval, polnear_eval

    figures, errors = aeb_eval.score({"p1": "one two three four five six"},
                                     {"file:///x/p1.html.gz": {"rejected": "clean: no article text"}})
    assert figures["f1"] == 0.0 and errors == [
        {"kind": "page_not_loaded", "doc": "p1", "text": "clean: no article text", "weight": 3}]
    docs = [{"doc_id": "d1", "text": "T\n\n“Hello there,” she said.", "attributions": []}]
    _, errors = polnear_eval.score(docs, {}, None)
    assert errors[0]["kind"] == "article_not_loaded" and errors[0]["doc"] == "d1"


def test_a_title_is_right_when_the_page_declares_it():
    from pressroom.evaluate import aeb_eval

    declared = {"p1": ["council backs new bridge the chronicle"], "p2": ["ferry fares to rise in spring"]}
    assert aeb_eval.title_right("Council backs new bridge", declared["p1"])
    assert not aeb_eval.title_right("Chronicle", declared["p1"])  # a site or section name is too short
    assert not aeb_eval.title_right("Most read stories today", declared["p1"])
    loaded = {"file:///x/p1.html.gz": {"title": "Council backs new bridge", "body": "one two three four"},
              "file:///x/p2.txt": {"title": "Skip to main content", "body": "one two three four"}}
    figures, errors = aeb_eval.score({"p1": "one two three four", "p2": "one two three four"}, loaded, declared)
    assert figures["title_accuracy"] == 0.5
    assert [e["doc"] for e in errors if e["kind"] == "wrong_title"] == ["p2"]


def test_bad_inputs_fail_in_one_line(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "seeds", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "nowhere: not a folder" in result.output
    result = runner.invoke(app, ["eval", "seeds", str(tmp_path)])
    assert result.exit_code == 2 and "no *.gold.json" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a", "text": "x"}\n{not json\n')
    result = runner.invoke(app, ["eval", "polnear", str(bad)])
    assert result.exit_code == 2 and "line 2: invalid JSON" in result.output
    result = runner.invoke(app, ["eval", "aeb", str(tmp_path)])
    assert result.exit_code == 2 and "no ground-truth.json" in result.output


def test_speaker_names_default_to_the_file_of_the_same_split(tmp_path):
    from pressroom.evaluate.polnear_eval import default_speaker_names

    (tmp_path / "dev_speaker_names.json").write_text("{}")
    assert default_speaker_names(tmp_path / "dev.jsonl.gz") == tmp_path / "dev_speaker_names.json"
    assert default_speaker_names(tmp_path / "train.jsonl") is None
