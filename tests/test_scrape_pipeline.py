"""`pressroom scrape`: a sitemap on a local site → fetched pages → articles, with every URL accounted for.

The site (tests/data/scrape_site) is served on 127.0.0.1: three news pages with
figure captions and credits, share buttons and related-story lists; a PDF; a
URL that answers 404; one that robots.txt disallows; and one older than --since.
"""

from __future__ import annotations

import gzip
import hashlib
from collections import defaultdict
from http.server import BaseHTTPRequestHandler

import polars as pl
import pytest
from typer.testing import CliRunner

from conftest import DATA, query, serve
from pressroom.ids import article_id
from pressroom.landing import read_landed
from pressroom.scrape import FetchResult
from pressroom.scrape.table import fetch_counts, fetches_frame, landed_items

SITE = DATA / "scrape_site"
PAGES = {  # URL path -> fixture file
    "/news/2024/05/library-reopens.html": "news/library-reopens.html",
    "/news/2024/05/tram-line-vote.html": "news/tram-line-vote.html",
    "/news/2024/05/harbour-festival.html": "news/harbour-festival.html",
}
PDF = "/files/2023-annual-report.pdf"
GONE = "/news/2024/04/withdrawn-story.html"
PRIVATE = "/admin/drafts/preview.html"
OLD = "/news/2019/01/old-story.html"


class FixtureSite(BaseHTTPRequestHandler):
    """Serves tests/data/scrape_site; ``changed`` replaces a page's bytes. ETags are content hashes."""

    protocol_version = "HTTP/1.1"
    changed: dict[str, bytes] = {}
    requests: dict[str, list[dict[str, str]]] = defaultdict(list)

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers=None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        self.requests[path].append(dict(self.headers))
        if path == "/robots.txt":
            return self._send(200, (SITE / "robots.txt").read_bytes(), "text/plain")
        if path == "/sitemap.xml":
            base = f"http://{self.headers['Host']}"
            return self._send(200, (SITE / "sitemap.xml").read_text().replace("{base}", base).encode(), "application/xml")
        if path == PDF:
            return self._send(200, (SITE / "files/2023-annual-report.pdf").read_bytes(), "application/pdf")
        if path in PAGES:
            body = self.changed.get(path) or (SITE / PAGES[path]).read_bytes()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            return self._send(200, body, headers={"ETag": etag, "Last-Modified": "Mon, 06 May 2024 08:00:00 GMT"})
        return self._send(404, b"<html><body><h1>Page not found</h1></body></html>")


@pytest.fixture(scope="module")
def site():
    FixtureSite.changed = {}
    FixtureSite.requests = defaultdict(list)
    with serve(FixtureSite) as base:
        yield base


def scrape_cli(base: str, warehouse) -> tuple[int, str, str]:
    """Run `pressroom scrape` on the fixture sitemap; return (exit code, stdout, stderr)."""
    from pressroom.cli import app

    args = ["scrape", f"{base}/sitemap.xml", "--since", "2024-01-01", "--warehouse", str(warehouse),
            "--delay", "0", "--timeout", "5", "--user-agent", "PressroomTest/1.0", "--quiet"]
    result = CliRunner().invoke(app, args)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def articles(warehouse) -> dict[str, tuple]:
    rows = query(warehouse, "select source_uri, article_id, raw_sha256, ingested_at, body from articles")
    return {row[0]: row[1:] for row in rows}


def last_run(warehouse) -> tuple:
    return query(warehouse, "select inputs_seen, loaded, unchanged, duplicates, rejected, run_id from runs "
                            "order by started_at desc limit 1")[0]


@pytest.fixture(scope="module")
def first_scrape(prefect_harness, site, tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("scrape") / "warehouse" / "pressroom.duckdb"
    code, out, err = scrape_cli(site, warehouse)
    return warehouse, code, out, err


def test_first_scrape_loads_pages_as_articles_keyed_by_url(site, first_scrape):
    warehouse, code, out, err = first_scrape
    assert code == 0, out + err
    assert "fetch: 6 URLs: 3 fetched, 0 not modified, 1 skipped, 1 failed, 1 disallowed" in out
    assert "5 inputs: 3 loaded, 0 unchanged, 0 duplicates, 2 rejected" in out
    found = articles(warehouse)
    assert set(found) == {site + path for path in PAGES}
    for url, (aid, sha, _, _) in found.items():
        assert aid == article_id(url)
        # the raw HTML is in the landing zone beside the warehouse, under its sha256
        path = next(p for p in PAGES if url.endswith(p))
        assert read_landed(warehouse.parent / "landing", sha) == (SITE / PAGES[path]).read_bytes()
    assert (warehouse.parent / "scrape_state.json").exists()
    assert f"{site}{OLD}" not in out + err and not FixtureSite.requests.get(OLD)  # --since left it out
    assert not FixtureSite.requests.get(PRIVATE)  # robots.txt said no: never asked for
    agents = {h.get("User-Agent") for hs in FixtureSite.requests.values() for h in hs}
    assert agents == {"PressroomTest/1.0"}


def test_captions_and_credits_are_captions_not_body(site, first_scrape):
    warehouse = first_scrape[0]
    url = site + "/news/2024/05/library-reopens.html"
    body, canonical, byline = query(warehouse, "select body, canonical_url, byline from articles where source_uri = ?", [url])[0]
    captions = query(
        warehouse,
        "select text, credit from captions join articles using (article_id) where source_uri = ? order by position",
        [url],
    )
    assert captions == [
        ("Head librarian Aisha Kamara in the restored reading room on Monday morning.", "Lena Fischer/Riverside Gazette"),
        ("The glass dome, which had leaked since the 1990s, was taken apart and rebuilt panel by panel.",
         "Marco Bianchi/City Archive"),
    ]
    assert "restored reading room on Monday morning" not in body
    assert "Lena Fischer" not in body and "Marco Bianchi" not in body
    # page furniture stays out too: share buttons, related stories, footer
    for furniture in ("Share on Facebook", "Related stories", "Scaffolding goes up", "All rights reserved"):
        assert furniture not in body
    assert body.startswith("The central library on Market Street reopened")
    assert canonical == "https://gazette.example.org/news/2024/05/library-reopens"  # the page's own claim, kept
    assert byline == "Sam Whitlock"
    credits = {row[0] for row in query(warehouse, "select credit from captions")}
    assert {"Joel Martins", "Rosa Delgado"} <= credits
    quoted = {row[0] for row in query(warehouse, "select speaker from quotes where speaker is not null")}
    assert "Aisha Kamara" in quoted or "Kamara" in quoted


def test_every_url_is_recorded_in_fetches_and_failures_in_rejects(site, first_scrape):
    warehouse = first_scrape[0]
    run_id = last_run(warehouse)[-1]
    fetches = {
        row[0]: row[1:]
        for row in query(warehouse, "select url, status, http_status, content_type, error, final_url, raw_sha256, "
                                    "etag, run_id, article_id from fetches")
    }
    assert set(fetches) == {site + p for p in [*PAGES, PDF, GONE, PRIVATE]}
    for path in PAGES:
        status, http, ctype, error, final, sha, etag, rid, aid = fetches[site + path]
        assert (status, http, ctype, error, final) == ("fetched", 200, "text/html", None, site + path)
        assert sha and etag and rid == run_id and aid == article_id(site + path)
    assert fetches[site + PDF][:3] == ("skipped", 200, "application/pdf")
    assert "application/pdf" in fetches[site + PDF][3]
    assert fetches[site + GONE][:2] == ("failed", 404)
    assert fetches[site + PRIVATE][0] == "disallowed"
    rejects = {row[0]: row[1:] for row in query(warehouse, "select source_uri, stage, reason, run_id from rejects")}
    assert set(rejects) == {site + GONE, site + PRIVATE}  # the PDF is skipped, not rejected
    assert rejects[site + GONE][0] == "fetch" and "HTTP 404" in rejects[site + GONE][1]
    assert rejects[site + PRIVATE][0] == "fetch" and "robots.txt" in rejects[site + PRIVATE][1]
    assert all("\n" not in reason for _, reason, _ in rejects.values())
    seen, loaded, unchanged, duplicates, rejected, _ = last_run(warehouse)
    assert seen == loaded + unchanged + duplicates + rejected == 5
    assert (loaded, rejected) == (3, 2)
    assert rejected == query(warehouse, "select count(*) from rejects where run_id = ?", [run_id])[0][0]


def test_rescrape_is_conditional_and_a_changed_page_replaces_its_article(site, first_scrape):
    warehouse = first_scrape[0]
    before = articles(warehouse)
    tram = site + "/news/2024/05/tram-line-vote.html"

    # second run: every page answers 304 to the validators kept from the first
    FixtureSite.requests.clear()
    code, out, err = scrape_cli(site, warehouse)
    assert code == 0, out + err
    for path in PAGES:
        [request] = FixtureSite.requests[path]
        assert request.get("If-None-Match", "").startswith('"')
    assert "fetch: 6 URLs: 0 fetched, 3 not modified, 1 skipped, 1 failed, 1 disallowed" in out
    assert "5 inputs: 0 loaded, 3 unchanged, 0 duplicates, 2 rejected" in out
    assert articles(warehouse) == before  # not one article row touched
    seen, loaded, unchanged, duplicates, rejected, run_id = last_run(warehouse)
    assert seen == loaded + unchanged + duplicates + rejected
    statuses = dict(query(warehouse, "select status, count(*) from fetches where run_id = ? group by 1", [run_id]))
    assert statuses == {"not_modified": 3, "skipped": 1, "failed": 1, "disallowed": 1}

    # third run: one page was edited; it comes back in full and replaces its article
    edited = (SITE / PAGES["/news/2024/05/tram-line-vote.html"]).read_bytes().replace(
        b"The vote was 31 to 12.", b"The vote was 31 to 12 after a four-hour debate."
    )
    FixtureSite.changed["/news/2024/05/tram-line-vote.html"] = edited
    code, out, err = scrape_cli(site, warehouse)
    assert code == 0, out + err
    assert "fetch: 6 URLs: 1 fetched, 2 not modified" in out
    assert "5 inputs: 1 loaded, 2 unchanged, 0 duplicates, 2 rejected" in out
    after = articles(warehouse)
    assert set(after) == set(before)
    assert after[tram][0] == before[tram][0]  # same article id: the URL is the identity
    assert after[tram][1] != before[tram][1] and "after a four-hour debate" in after[tram][3]
    assert {u: v for u, v in after.items() if u != tram} == {u: v for u, v in before.items() if u != tram}
    history = dict(query(warehouse, "select status, count(*) from documents where source_uri = ? group by 1", [tram]))
    assert history == {"loaded": 1, "replaced": 1}
    assert query(warehouse, "select count(*) from articles where source_uri = ?", [tram])[0][0] == 1


def test_unreadable_listing_is_a_reject_not_a_traceback(prefect_harness, site, tmp_path):
    from pressroom.cli import app

    warehouse = tmp_path / "warehouse" / "pressroom.duckdb"
    result = CliRunner().invoke(app, ["scrape", f"{site}/no-such-sitemap.xml", "-w", str(warehouse), "-q"])
    assert result.exit_code == 1
    # (stderr is not checked for tracebacks: under CliRunner, Prefect's console log handler
    # still holds an earlier invocation's closed stream, and logging reports that as one)
    assert "Traceback" not in result.stdout
    assert result.stderr.strip().endswith("no-such-sitemap.xml: could not be read")
    assert "rejected " + f"{site}/no-such-sitemap.xml: fetch failed: cannot read the listing:" in result.stderr
    [(uri, stage, reason)] = query(warehouse, "select source_uri, stage, reason from rejects")
    assert (uri, stage) == (f"{site}/no-such-sitemap.xml", "fetch") and "404" in reason and "\n" not in reason
    assert query(warehouse, "select inputs_seen, rejected, loaded from runs") == [(1, 1, 0)]


def test_local_gzipped_html_becomes_an_article_with_captions(run_pipeline, tmp_path):
    page = tmp_path / "saved" / "harbour-festival.html.gz"
    page.parent.mkdir()
    page.write_bytes(gzip.compress((SITE / "news/harbour-festival.html").read_bytes()))
    counts = run_pipeline([page])
    assert (counts["loaded"], counts["rejected"]) == (1, 0)
    [(source_uri, body)] = query(run_pipeline.warehouse, "select source_uri, body from articles")
    assert source_uri == page.as_uri()
    captions = query(run_pipeline.warehouse, "select text, credit from captions")
    assert captions == [("Tall ships moored along the east quay on Saturday.", "Rosa Delgado")]
    assert "Tall ships moored" not in body and "Rosa Delgado" not in body


def test_fetch_results_to_pipeline_inputs():
    results = [
        FetchResult("https://n.example/a", "fetched", raw_sha256="a" * 64, http_status=200,
                    fetched_at="2024-05-06T08:00:00+00:00"),
        FetchResult("https://n.example/b", "not_modified", raw_sha256="b" * 64, http_status=304),
        FetchResult("https://n.example/c.pdf", "skipped", http_status=200, error="not HTML: application/pdf"),
        FetchResult("https://n.example/d", "failed", http_status=404, error="HTTP 404"),
        FetchResult("https://n.example/e", "disallowed", error="disallowed by robots.txt"),
    ]
    frame = fetches_frame(results)
    assert frame["article_id"].to_list() == [article_id(r.url) for r in results]
    items = landed_items(frame)
    assert items.sort("source_uri").rows() == [
        ("https://n.example/a", "a" * 64, "html", None, None),
        ("https://n.example/b", "b" * 64, "html", None, None),
        ("https://n.example/d", None, "html", "fetch", "fetch failed: HTTP 404"),
        ("https://n.example/e", None, "html", "fetch", "disallowed by robots.txt"),
    ]
    assert fetch_counts(frame) == {"fetched": 1, "not_modified": 1, "skipped": 1, "failed": 1, "disallowed": 1}
    assert fetch_counts(frame.clear())["fetched"] == 0
    assert isinstance(items, pl.DataFrame)
