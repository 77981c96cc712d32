"""Polite fetching against a fixture site served on 127.0.0.1 by the tests."""

from __future__ import annotations

import gzip
import time
from collections import defaultdict
from datetime import date
from http.server import BaseHTTPRequestHandler

import pytest

from conftest import serve
from pressroom.landing import read_landed
from pressroom.scrape import (
    DISALLOWED,
    FAILED,
    FETCHED,
    NOT_MODIFIED,
    SKIPPED,
    FetchState,
    ScrapeSettings,
    discover,
    fetch_all,
)
from pressroom.scrape.fetch import retry_after_seconds

UA = "PressroomTest/1.0"
BIG = 64 * 1024


def page(title: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><p>{title} text.</p></body></html>".encode()


class Site(BaseHTTPRequestHandler):
    """The fixture site. Class attributes are reset per test by the fixture."""

    hits: dict[str, list[float]] = defaultdict(list)
    agents: list[str] = []
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers=None, length=True):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: C901 - a routing table reads best flat
        path = self.path
        self.hits[path].append(time.monotonic())
        self.agents.append(self.headers.get("User-Agent", ""))
        count = len(self.hits[path])
        base = f"http://{self.headers['Host']}"
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path in ("/a.html", "/b.html", "/c.html", "/private/secret.html"):
            return self._send(200, page(path))
        if path == "/flaky.html":  # 500 first, then fine
            return self._send(500, b"oops") if count == 1 else self._send(200, page("flaky"))
        if path == "/busy.html":  # 429 with Retry-After first
            if count == 1:
                return self._send(429, b"slow down", headers={"Retry-After": "1"})
            return self._send(200, page("busy"))
        if path == "/very-busy.html":
            return self._send(429, b"come back tomorrow", headers={"Retry-After": "86400"})
        if path == "/slow.html":
            time.sleep(1.0)
            return self._send(200, page("slow"))
        if path == "/loop1":
            return self._send(302, b"", headers={"Location": "/loop2"})
        if path == "/loop2":
            return self._send(302, b"", headers={"Location": "/loop1"})
        if path == "/moved":
            return self._send(301, b"", headers={"Location": "/a.html"})
        if path == "/big.html":
            return self._send(200, b"<html>" + b"x" * (BIG * 2) + b"</html>")
        if path == "/big-no-length.html":
            return self._send(200, b"<html>" + b"x" * (BIG * 2) + b"</html>", length=False)
        if path == "/report.pdf":
            return self._send(200, b"%PDF-1.4 fake", "application/pdf")
        if path == "/missing.html":
            return self._send(404, b"no")
        if path == "/etag.html":
            if self.headers.get("If-None-Match") == '"v1"':
                return self._send(304, b"", headers={"ETag": '"v1"'}, length=False)
            return self._send(
                200, page("etag"), headers={"ETag": '"v1"', "Last-Modified": "Mon, 18 Nov 2019 10:00:00 GMT"}
            )
        if path == "/sitemap_index.xml":
            body = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{base}/sitemap-new.xml</loc><lastmod>2024-05-02</lastmod></sitemap>
  <sitemap><loc>{base}/sitemap-old.xml.gz</loc><lastmod>2019-01-01</lastmod></sitemap>
</sitemapindex>"""
            return self._send(200, body.encode(), "application/xml")
        if path == "/sitemap-new.xml":
            body = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}/a.html</loc><lastmod>2024-05-01T10:00:00+00:00</lastmod></url>
  <url><loc>{base}/b.html</loc><lastmod>2023-12-31</lastmod></url>
  <url><loc>{base}/c.html</loc></url>
  <url><loc>{base}/a.html</loc></url>
</urlset>"""
            return self._send(200, body.encode(), "application/xml")
        if path == "/sitemap-old.xml.gz":
            body = f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}/old.html</loc><lastmod>2018-06-01</lastmod></url></urlset>"""
            return self._send(200, gzip.compress(body.encode()), "application/gzip")
        if path == "/feed.rss":
            body = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>A</title><link>{base}/a.html</link><pubDate>Thu, 02 May 2024 09:00:00 GMT</pubDate></item>
<item><title>B</title><link>/b.html</link><pubDate>Mon, 01 Jan 2018 09:00:00 GMT</pubDate></item>
</channel></rss>"""
            return self._send(200, body.encode(), "application/rss+xml")
        if path == "/feed.atom":
            body = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>News</title>
<entry><title>C</title><link rel="alternate" href="{base}/c.html"/><link rel="edit" href="{base}/edit/c"/>
<updated>2024-05-03T00:00:00Z</updated></entry>
<entry><title>A</title><link href="{base}/a.html"/><published>2017-05-03T00:00:00Z</published></entry>
</feed>"""
            return self._send(200, body.encode(), "application/atom+xml")
        return self._send(404, b"not here")


@pytest.fixture()
def site():
    Site.hits = defaultdict(list)
    Site.agents = []
    with serve(Site) as base:
        yield base


FAST = ScrapeSettings(
    user_agent=UA,
    timeout=0.4,
    max_bytes=BIG,
    max_redirects=3,
    per_host_concurrency=2,
    per_host_delay=0.0,
    retries=2,
    backoff_base=0.01,
    backoff_max=0.05,
    max_retry_after=5.0,
)


def by_url(results):
    return {r.url.rsplit("/", 1)[-1]: r for r in results}


def test_pages_land_content_addressed(site, tmp_path):
    results = fetch_all([f"{site}/a.html", f"{site}/b.html", f"{site}/a.html"], landing=tmp_path, settings=FAST)
    assert len(results) == 2  # duplicates fetched once
    for result in results:
        assert result.status == FETCHED and result.http_status == 200
        assert result.content_type == "text/html"
        assert read_landed(tmp_path, result.raw_sha256).startswith(b"<html>")
        assert result.fetched_at and result.error is None
    assert not list(tmp_path.rglob("*.tmp"))
    assert set(Site.agents) == {UA}


def test_robots_disallow(site, tmp_path):
    [result] = fetch_all([f"{site}/private/secret.html"], landing=tmp_path, settings=FAST)
    assert result.status == DISALLOWED
    assert "/private/secret.html" not in Site.hits
    assert len(Site.hits["/robots.txt"]) == 1


def test_retry_on_500_then_success(site, tmp_path):
    [result] = fetch_all([f"{site}/flaky.html"], landing=tmp_path, settings=FAST)
    assert result.status == FETCHED
    assert len(Site.hits["/flaky.html"]) == 2


def test_429_honours_retry_after(site, tmp_path):
    [result] = fetch_all([f"{site}/busy.html"], landing=tmp_path, settings=FAST)
    assert result.status == FETCHED
    first, second = Site.hits["/busy.html"]
    assert second - first >= 0.9  # waited the second Retry-After asked for


def test_retry_after_longer_than_we_wait_fails(site, tmp_path):
    [result] = fetch_all([f"{site}/very-busy.html"], landing=tmp_path, settings=FAST)
    assert result.status == FAILED and result.http_status == 429
    assert "Retry-After" in result.error
    assert len(Site.hits["/very-busy.html"]) == 1


def test_timeout_retried_then_failed(site, tmp_path):
    started = time.monotonic()
    [result] = fetch_all([f"{site}/slow.html"], landing=tmp_path, settings=FAST)
    assert result.status == FAILED
    assert "Timeout" in result.error and "\n" not in result.error
    assert len(Site.hits["/slow.html"]) == FAST.retries + 1
    assert time.monotonic() - started < 5


def test_redirects_followed_and_loop_bounded(site, tmp_path):
    results = by_url(fetch_all([f"{site}/moved", f"{site}/loop1"], landing=tmp_path, settings=FAST))
    assert results["moved"].status == FETCHED
    assert results["moved"].final_url == f"{site}/a.html"
    assert results["loop1"].status == FAILED
    assert "redirect" in results["loop1"].error.lower()
    assert len(Site.hits["/loop1"]) + len(Site.hits["/loop2"]) <= FAST.max_redirects + 1


def test_size_limit_and_content_type(site, tmp_path):
    urls = [f"{site}/big.html", f"{site}/big-no-length.html", f"{site}/report.pdf", f"{site}/missing.html"]
    results = by_url(fetch_all(urls, landing=tmp_path, settings=FAST))
    assert results["big.html"].status == SKIPPED and "too large" in results["big.html"].error
    assert results["big-no-length.html"].status == SKIPPED
    assert results["report.pdf"].status == SKIPPED and results["report.pdf"].content_type == "application/pdf"
    assert results["missing.html"].status == FAILED and results["missing.html"].http_status == 404
    assert len(Site.hits["/missing.html"]) == 1  # a 404 is not retried
    assert not any(p.is_file() for p in tmp_path.rglob("*"))  # nothing landed


def test_conditional_get_on_second_run(site, tmp_path):
    state = FetchState()
    [first] = fetch_all([f"{site}/etag.html"], landing=tmp_path, state=state, settings=FAST)
    assert first.status == FETCHED and first.etag == '"v1"'
    saved = tmp_path / "state.json"
    state.save(saved)
    state = FetchState.load(saved)
    [second] = fetch_all([f"{site}/etag.html"], landing=tmp_path, state=state, settings=FAST)
    assert second.status == NOT_MODIFIED and second.http_status == 304
    assert second.raw_sha256 == first.raw_sha256
    assert len(Site.hits["/etag.html"]) == 2


def test_per_host_delay_spaces_requests(site, tmp_path):
    settings = ScrapeSettings(**{**FAST.__dict__, "per_host_delay": 0.15})
    fetch_all([f"{site}/a.html", f"{site}/b.html", f"{site}/c.html"], landing=tmp_path, settings=settings)
    starts = sorted(Site.hits["/a.html"] + Site.hits["/b.html"] + Site.hits["/c.html"])
    gaps = [later - earlier for earlier, later in zip(starts, starts[1:])]
    # the server stamps each request when its handler thread runs, which a busy machine delays by
    # some tens of milliseconds (a CI run saw 0.128 s); requests sent together would be ~0 s apart
    assert all(gap >= 0.09 for gap in gaps), gaps
    assert starts[-1] - starts[0] >= 2 * 0.15 - 0.05, gaps  # three requests span about two full delays


def test_discover_sitemap_index_with_since_and_limit(site):
    urls = discover(f"{site}/sitemap_index.xml", settings=FAST)
    assert urls == [f"{site}/a.html", f"{site}/b.html", f"{site}/c.html", f"{site}/old.html"]
    recent = discover(f"{site}/sitemap_index.xml", since=date(2024, 1, 1), settings=FAST)
    assert recent == [f"{site}/a.html", f"{site}/c.html"]  # c is undated: kept
    assert discover(f"{site}/sitemap_index.xml", limit=2, settings=FAST) == urls[:2]


def test_discover_feeds(site):
    assert discover(f"{site}/feed.rss", settings=FAST) == [f"{site}/a.html", f"{site}/b.html"]
    assert discover(f"{site}/feed.rss", since=date(2024, 1, 1), settings=FAST) == [f"{site}/a.html"]
    assert discover(f"{site}/feed.atom", settings=FAST) == [f"{site}/c.html", f"{site}/a.html"]
    assert discover(f"{site}/feed.atom", since=date(2024, 1, 1), settings=FAST) == [f"{site}/c.html"]


def test_discover_url_file(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# seeds\nhttp://127.0.0.1:9/x\n\nhttp://127.0.0.1:9/y  # second\nnot a url\nhttp://127.0.0.1:9/x\n")
    assert discover(listing) == ["http://127.0.0.1:9/x", "http://127.0.0.1:9/y"]


def test_retry_after_parsing():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
    assert retry_after_seconds("soon") is None
