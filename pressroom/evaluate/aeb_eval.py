"""The article-extraction benchmark through the pipeline: ``.html.gz`` pages
in, main-text precision/recall/F1 of the loaded bodies out. A page the
pipeline rejected scores 0 (as an empty prediction); the ``*_loaded`` figures
repeat the scores over the loaded pages only.

Scoring is :mod:`pressroom.evaluate.aeb`; this module picks the pages, maps
loaded articles back to page ids (the file name without ``.html.gz``) and
finds the lines behind a low score: body lines that are not in the gold text
(leaked chrome) and gold lines missing from the body (lost body text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from .aeb import load_ground_truth, score_pages, shingles
from .runner import file_name

SUFFIX = ".html.gz"
TEXT_SUFFIX = ".txt"


def pages(bench_dir: Path, limit: int | None = None) -> tuple[dict[str, str], dict[str, Path]]:
    """Gold bodies and page files for the ids that have both, sorted by id."""
    bench_dir = Path(bench_dir)
    truth_path = bench_dir / "ground-truth.json"
    if not truth_path.is_file():
        raise ValueError(f"{bench_dir}: no ground-truth.json")
    gold = load_ground_truth(truth_path)
    files = {p.name[: -len(SUFFIX)]: p for p in (bench_dir / "html").glob("*" + SUFFIX)}
    ids = sorted(set(gold) & set(files))
    if limit:
        ids = ids[:limit]
    return {i: gold[i] for i in ids}, {i: files[i] for i in ids}


def page_id(source_uri: str) -> str | None:
    """The benchmark id of a loaded page, from its file name (the page or its text scrape)."""
    name = file_name(source_uri)
    for suffix in (SUFFIX, TEXT_SUFFIX):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return None


def _page_html(path: Path) -> str:
    import gzip

    return gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


def write_text_scrapes(files: Mapping[str, Path], folder: Path) -> list[Path]:
    """Each page's plain-text scrape (menus and all, see :mod:`.text_scrape`) as ``<id>.txt`` in ``folder``."""
    from .text_scrape import page_text

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for key, path in files.items():
        target = folder / (key + TEXT_SUFFIX)
        target.write_text(page_text(_page_html(path)), encoding="utf-8")
        written.append(target)
    return written


def bodies(loaded: Mapping[str, dict]) -> dict[str, str]:
    """Page id -> loaded body (pages that were rejected are left out, so they score 0)."""
    out = {}
    for uri, article in loaded.items():
        key = page_id(uri)
        if key and "body" in article:
            out[key] = article["body"]
    return out


def headlines(files: Mapping[str, Path]) -> dict[str, list[str]]:
    """Page id -> the headlines its HTML declares (``og:title``, ``twitter:title``, ``<title>``)."""
    import lxml.html

    out = {}
    for key, path in files.items():
        try:
            doc = lxml.html.fromstring(_page_html(path))
        except (OSError, ValueError, lxml.etree.ParserError):
            out[key] = []
            continue
        found = doc.xpath("//meta[@property='og:title']/@content | //meta[@name='twitter:title']/@content"
                          " | //title/text()")
        out[key] = [_words(text) for text in found if text.strip()]
    return out


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def title_right(title: str | None, declared: list[str]) -> bool:
    """The loaded title is (part of) a headline the page declares; 12 characters at least,
    so that a section name or a site name does not pass."""
    words = _words(title or "")
    return len(words) >= 12 and any(words in headline for headline in declared)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if len(line.split()) >= 4]


def _outside(lines: list[str], other: str) -> list[tuple[str, int]]:
    """Lines most of whose shingles are not in ``other``, with that shingle count."""
    other_sh = shingles(other)
    out = []
    for line in lines:
        sh = shingles(line)
        missing = sum((sh - other_sh).values())
        if missing * 2 > sum(sh.values()):
            out.append((line, missing))
    return out


def score(gold: Mapping[str, str], loaded: Mapping[str, dict],
          declared: Mapping[str, list[str]] | None = None) -> tuple[dict, list[dict]]:
    """Benchmark figures over the gold pages, and the lines behind the misses
    (each error weighs the number of shingles it costs). With ``declared``
    (:func:`headlines`), also the share of pages whose loaded title is right."""
    predicted = bodies(loaded)
    result = score_pages(predicted, gold)
    errors = []
    for key in gold:
        if key not in predicted:
            reason = next((a.get("rejected") for u, a in loaded.items() if page_id(u) == key and "rejected" in a),
                          "not in the warehouse")
            errors.append({"kind": "page_not_loaded", "doc": key, "text": reason, "weight": len(shingles(gold[key]))})
            continue
        body = predicted[key]
        for line, cost in _outside(_lines(body), gold[key]):
            errors.append({"kind": "leaked_line", "doc": key, "text": line, "weight": cost})
        for line, cost in _outside(_lines(gold[key]), body):
            errors.append({"kind": "lost_body_line", "doc": key, "text": line, "weight": cost})
    figures = {"pages": result.pages, "pages_loaded": len(predicted.keys() & gold.keys()),
               "precision": result.precision, "recall": result.recall, "f1": result.f1}
    # the same over the pages that reached the warehouse: separates extraction from rejects
    on_loaded = score_pages(predicted, {k: v for k, v in gold.items() if k in predicted})
    figures.update(precision_loaded=on_loaded.precision, recall_loaded=on_loaded.recall, f1_loaded=on_loaded.f1)
    if declared is not None:
        titles = {page_id(uri): article.get("title") for uri, article in loaded.items() if "body" in article}
        right = [key for key in gold if title_right(titles.get(key), declared.get(key, []))]
        figures["title_accuracy"] = len(right) / len(gold) if gold else 0.0
        for key in gold:
            if key in titles and key not in right:
                errors.append({"kind": "wrong_title", "doc": key, "text": f"{titles[key]!r}, page says "
                               f"{(declared.get(key) or ['nothing'])[0]!r}", "weight": 1})
    worst = sorted(result.per_page.items(), key=lambda item: min(item[1]))[:5]
    figures["worst_pages"] = [{"id": k, "precision": p, "recall": r} for k, (p, r) in worst]
    return figures, errors
