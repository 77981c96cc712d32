"""Where the URLs to fetch come from: a list file, a sitemap, or a feed.

    discover("urls.txt")
    discover("https://example.com/sitemap.xml", since=date(2024, 1, 1), limit=500)
    discover("https://example.com/feed.atom")

The kind is told from the content, not the name: XML with a ``sitemapindex``,
``urlset``, ``rss``, RDF or Atom ``feed`` root, and anything else is read as
one URL per line (``#`` starts a comment). Sitemap indexes are followed
(depth and count bounded). ``since`` keeps entries dated on or after it;
undated entries are kept, since nothing says they are old.
"""

from __future__ import annotations

import gzip
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
from lxml import etree

from pressroom.scrape.types import ScrapeSettings

MAX_SITEMAP_DEPTH = 3
MAX_SITEMAPS = 200

# no entities, no network: sitemaps and feeds are untrusted input
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


def discover(
    source: str | Path,
    *,
    since: date | datetime | None = None,
    limit: int | None = None,
    settings: ScrapeSettings | None = None,
    client: httpx.Client | None = None,
) -> list[str]:
    """Page URLs listed by ``source`` (a path or an http(s) URL), in listed order, unique."""
    settings = settings or ScrapeSettings()
    own_client = client is None and _is_url(str(source))
    if own_client:
        client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            trust_env=False,
        )
    try:
        found: list[str] = []
        _collect(str(source), _as_utc(since), found, client, settings, depth=0, budget=[MAX_SITEMAPS])
    finally:
        if own_client and client is not None:
            client.close()
    unique = list(dict.fromkeys(found))
    return unique[:limit] if limit is not None else unique


def _is_url(text: str) -> bool:
    return urlsplit(text).scheme in ("http", "https")


def _read(source: str, client: httpx.Client | None, settings: ScrapeSettings) -> bytes:
    if _is_url(source):
        if client is None:
            raise ValueError("no HTTP client for a remote source")
        response = client.get(source)
        response.raise_for_status()
        data = response.content
    else:
        data = Path(source).read_bytes()
    if len(data) > settings.max_bytes * 10:
        raise ValueError(f"{source}: listing larger than {settings.max_bytes * 10} bytes")
    if data[:2] == b"\x1f\x8b":  # sitemap.xml.gz
        data = gzip.decompress(data)
    return data


def _collect(source, since, found, client, settings, *, depth, budget) -> None:
    data = _read(source, client, settings)
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"<"):
        found.extend(_lines(data.decode("utf-8", "replace"), base=source))
        return
    root = etree.fromstring(stripped, _XML_PARSER)
    if root is None:
        return
    kind = etree.QName(root).localname.lower()
    if kind == "sitemapindex":
        if depth >= MAX_SITEMAP_DEPTH:
            return
        for loc, modified in _sitemap_entries(root, "sitemap"):
            if budget[0] <= 0:
                return
            if since and modified and modified < since:
                continue
            budget[0] -= 1
            _collect(urljoin(source, loc), since, found, client, settings, depth=depth + 1, budget=budget)
    elif kind == "urlset":
        found.extend(urljoin(source, loc) for loc, modified in _sitemap_entries(root, "url") if _keep(modified, since))
    elif kind in ("rss", "rdf"):
        found.extend(urljoin(source, link) for link, when in _rss_items(root) if _keep(when, since))
    elif kind == "feed":
        found.extend(urljoin(source, link) for link, when in _atom_entries(root) if _keep(when, since))


def _keep(when: datetime | None, since: datetime | None) -> bool:
    return since is None or when is None or when >= since


def _lines(text: str, base: str) -> list[str]:
    """One URL per line; blank lines, ``#`` comments and non-URLs are ignored."""
    urls = []
    for line in text.splitlines():
        words = line.split()
        if words and not words[0].startswith("#") and _is_url(words[0]):
            urls.append(words[0])
    return urls


def _children(el, name: str):
    return [child for child in el if isinstance(child.tag, str) and etree.QName(child).localname == name]


def _child_text(el, *names: str) -> str | None:
    for name in names:
        for child in _children(el, name):
            if child.text and child.text.strip():
                return child.text.strip()
    return None


def _sitemap_entries(root, entry: str):
    for item in _children(root, entry):
        loc = _child_text(item, "loc")
        if loc:
            yield loc, _parse_when(_child_text(item, "lastmod"))


def _rss_items(root):
    # RSS 2.0 nests items in <channel>; RSS 1.0 (RDF) has them at the top level
    items = _children(root, "item")
    for channel in _children(root, "channel"):
        items.extend(_children(channel, "item"))
    for item in items:
        link = _child_text(item, "link") or _guid_link(item)
        if link:
            yield link, _parse_when(_child_text(item, "pubDate", "date", "published", "updated"))


def _guid_link(item) -> str | None:
    for guid in _children(item, "guid"):
        if (guid.get("isPermaLink") or "true").lower() == "true" and guid.text and _is_url(guid.text.strip()):
            return guid.text.strip()
    return None


def _atom_entries(root):
    for entry in _children(root, "entry"):
        links = _children(entry, "link")
        chosen = next((l for l in links if (l.get("rel") or "alternate") == "alternate" and l.get("href")), None)
        if chosen is not None:
            yield chosen.get("href").strip(), _parse_when(_child_text(entry, "published", "updated"))


def _parse_when(text: str | None) -> datetime | None:
    """ISO 8601 (sitemaps, Atom) or RFC 822 (RSS) as an aware UTC datetime."""
    if not text:
        return None
    text = text.strip()
    try:
        return _as_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return _as_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError):
        return None


def _as_utc(value: date | datetime | None) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)
