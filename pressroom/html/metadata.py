"""Article metadata: title, author, dates, site name, canonical URL, language.

trafilatura's ``extract_metadata`` does most of the work (meta tags, JSON-LD,
bylines in the page). Two things are added here because the pipeline needs
them and trafilatura does not give them: a full publication timestamp when the
page states one (trafilatura/htmldate reduce it to a day), and the page
language from the markup (trafilatura only detects it with an optional
package).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

import trafilatura
from lxml.html import HtmlElement

from pressroom.html.text import jsonld_objects, normalize_space

# meta tags that carry the original publication time, most specific first
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
)
_LANG = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$", re.I)


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    published_at: str | None = None
    site: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def extract_page_meta(tree: HtmlElement, url: str | None) -> PageMeta:
    """Metadata of one page. ``tree`` is not modified."""
    doc = trafilatura.extract_metadata(_copy(tree), default_url=url)
    jsonld = list(jsonld_objects(tree))
    result = PageMeta(
        title=normalize_space(doc.title) or None,
        author=normalize_space(doc.author) or None,
        site=normalize_space(doc.sitename) or None,
    )
    result.published_at = _published_time(tree, jsonld) or doc.date or None

    meta: dict[str, str] = {}
    if result.author:
        meta["author"] = result.author
    canonical = _canonical_url(tree) or doc.url or url
    if canonical:
        meta["canonical_url"] = canonical
    language = _language(tree, jsonld)
    if language:
        meta["language"] = language
    for key in ("description", "hostname", "image", "pagetype"):
        value = getattr(doc, key, None)
        if isinstance(value, str) and value.strip():
            meta[key] = normalize_space(value)
    for key in ("categories", "tags"):
        value = getattr(doc, key, None)
        if value:
            meta[key] = ", ".join(normalize_space(v) for v in value if v)
    if url:
        meta["url"] = url
    result.meta = meta
    return result


def _copy(tree: HtmlElement) -> HtmlElement:
    # trafilatura prunes the tree it is given
    from copy import deepcopy

    return deepcopy(tree)


def _published_time(tree: HtmlElement, jsonld: list[dict]) -> str | None:
    """The fullest ISO 8601 publication time the page gives, or None."""
    candidates: list[str] = []
    for obj in jsonld:
        value = obj.get("datePublished")
        if isinstance(value, str):
            candidates.append(value)
    for el in tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if name in _PUBLISHED_META and el.get("content"):
            candidates.append(el.get("content"))
    for el in tree.iter("time"):
        if (el.get("itemprop") or "").lower() == "datepublished" or "pubdate" in el.attrib:
            if el.get("datetime"):
                candidates.append(el.get("datetime"))
    for value in candidates:
        parsed = _iso(value)
        if parsed:
            return parsed
    return None


def _iso(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return parsed.date().isoformat()
    return parsed.isoformat()


def _canonical_url(tree: HtmlElement) -> str | None:
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return el.get("href").strip()
    for el in tree.iter("meta"):
        if (el.get("property") or "").lower() == "og:url" and el.get("content"):
            return el.get("content").strip()
    return None


def _language(tree: HtmlElement, jsonld: list[dict]) -> str | None:
    candidates = [tree.get("lang"), tree.get("xml:lang")]
    for el in tree.iter("meta"):
        key = (el.get("http-equiv") or el.get("name") or el.get("property") or "").lower()
        if key in ("content-language", "language", "og:locale", "dc.language"):
            candidates.append(el.get("content"))
    candidates.extend(obj.get("inLanguage") for obj in jsonld)
    for value in candidates:
        if isinstance(value, str):
            value = value.strip().split(",")[0].strip()
            if _LANG.match(value):
                return value.replace("_", "-")
    return None
