"""Seed gold files (``tests/data/gold`` format) scored against loaded articles.

People, quotes and caption people are checked with
:func:`pressroom.evaluate.seeds.score_seed`; this module adds what the
per-article figures need on top of it: precision for people and quotes,
caption text and credit accuracy, and chrome (lines that must not be in the
body, body lines lost or added when the expected body is known).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from .quotes import greedy_match
from .seeds import score_seed


def load_golds(folder: Path) -> list[tuple[Path, dict]]:
    """Every ``*.gold.json`` in ``folder`` with its parsed content."""
    golds = []
    for path in sorted(Path(folder).glob("*.gold.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValueError(f"{path}: not a readable gold file ({error})") from None
        if not isinstance(gold, dict) or not gold.get("file"):
            raise ValueError(f"{path}: gold file has no 'file' naming its page")
        golds.append((path, gold))
    return golds


def page_folders(gold_dir: Path, pages: Path | None, samples: Path) -> list[Path]:
    """Where pages are looked for, first match wins: ``--pages``, the gold
    folder, a sibling ``seeds/`` folder, the bundled samples."""
    gold_dir = Path(gold_dir)
    folders = [Path(pages)] if pages else []
    return folders + [gold_dir, gold_dir.parent / "seeds", Path(samples)]


def find_page(name: str, folders: list[Path]) -> Path | None:
    """The first ``folder/name`` that exists."""
    return next((f / name for f in folders if (f / name).is_file()), None)


def expected_body(gold_path: Path, gold: Mapping) -> list[str] | None:
    """The expected body paragraphs, when a ``seed_bodies/<file>`` (sibling
    of the gold folder) or ``<stem>.body.txt`` beside the gold file exists."""
    stem = gold_path.name[: -len(".gold.json")]
    for candidate in (gold_path.parent.parent / "seed_bodies" / gold["file"], gold_path.parent / f"{stem}.body.txt"):
        if candidate.is_file():
            return [p.strip() for p in candidate.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return None


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def score_article(gold: Mapping, article: Mapping | None, body_paragraphs: list[str] | None = None,
                  doc: str = "") -> tuple[dict, list[dict]]:
    """Figures for one gold file against its loaded article (None when not loaded)."""
    doc = doc or gold["file"]
    article = article if article and "body" in article else None
    if article is None:
        article = {"body": "", "title": None, "site": None, "people": [], "quotes": [], "captions": []}
        errors = [{"kind": "page_not_loaded", "doc": doc, "text": "no article in the warehouse for this page"}]
    else:
        errors = []
    captions = article["captions"]
    result = score_seed({"people": article["people"], "quotes": article["quotes"],
                         "caption_people": [list(c.get("people") or []) for c in captions]}, gold)

    def err(kind, text, detail=None):
        errors.append({"kind": kind, "doc": doc, "text": text, **({"detail": detail} if detail else {})})

    # people
    found, spurious = result["people_found"], len(result["spurious_people"])
    pp, pr, pf = _prf(found, found + spurious, result["people_total"])
    for name in result["missed_people"]:
        err("missed_person", name)
    for name in result["spurious_people"]:
        err("spurious_person", name)
    for name in result["not_people_found"]:
        err("not_a_person_listed", name)
    for name, got, want in result["wrong_role"]:
        err("wrong_role", name, f"{got!r} != {want!r}")
    # quotes: recall and speakers from score_seed; precision here, with optional quotes neutral
    preds = [q for q in article["quotes"] if q.get("kind") in ("direct", "partial")]
    gold_q = [g["text"] for g in gold.get("quotes", [])]
    optional = [g["text"] for g in gold.get("optional_quotes", [])]
    pairs = greedy_match([q["text"] for q in preds], gold_q + optional)
    matched = {i for i, _, _ in pairs}
    hit_gold = {i for i, j, _ in pairs if j < len(gold_q)}
    unmatched = [q for i, q in enumerate(preds) if i not in matched]
    qp = len(hit_gold) / (len(hit_gold) + len(unmatched)) if hit_gold or unmatched else 1.0
    for text in result["missed_quotes"]:
        err("missed_quote", text)
    for text, got, want in result["wrong_speaker"]:
        err("wrong_speaker", text, f"{got!r} != {want!r}")
    for q in unmatched:
        err("spurious_quote", q["text"], f"speaker {q.get('speaker')!r}, {q.get('kind')}")
    for text in result["must_not_quoted"]:
        err("must_not_quote", text)
    # captions
    gold_caps = gold.get("captions", [])
    text_ok = credit_ok = 0
    for cap in gold_caps:
        got = next((c for c in captions if _same(c["text"], cap["text"])), None)
        if got is None:
            err("missed_caption", cap["text"])
            continue
        text_ok += 1
        if _same(got.get("credit"), cap.get("credit")):
            credit_ok += 1
        else:
            err("wrong_credit", cap["text"][:80], f"{got.get('credit')!r} != {cap.get('credit')!r}")
    for c in captions:
        if not any(_same(c["text"], cap["text"]) for cap in gold_caps):
            err("spurious_caption", c["text"])
    for index, got, want in result["caption_errors"]:
        err("caption_people", gold_caps[index]["text"][:80] if index < len(gold_caps) else str(index),
            f"{got!r} != {want!r}")
    # chrome and body
    body = article["body"]
    expected = gold.get("article", {})
    leaked = [line for line in expected.get("must_not_contain", []) if line in body]
    for line in leaked:
        err("leaked_chrome", line)
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    lost = extra = []
    if body_paragraphs is not None:
        got_set, want_set = set(paragraphs), set(body_paragraphs)
        lost = [p for p in body_paragraphs if p not in got_set]
        extra = [p for p in paragraphs if p not in want_set]
    else:
        if expected.get("body_starts_with") and not body.startswith(expected["body_starts_with"]):
            lost = [expected["body_starts_with"]]
        if expected.get("body_ends_with") and not body.endswith(expected["body_ends_with"]):
            lost = lost + [expected["body_ends_with"]]
    for line in lost:
        err("lost_body_line", line)
    for line in extra:
        err("extra_body_line", line)
    figures = {
        "file": gold["file"],
        "loaded": not any(e["kind"] == "page_not_loaded" for e in errors),
        "title_ok": _same(article.get("title"), expected.get("title")) if "title" in expected else None,
        "site_ok": _same(article.get("site"), expected.get("site")) if "site" in expected else None,
        "paragraphs": len(paragraphs), "paragraphs_gold": expected.get("paragraphs"),
        "people_gold": result["people_total"], "people_found": found, "people_spurious": spurious,
        "people_precision": pp, "people_recall": pr, "people_f1": pf,
        "role_accuracy": (found - len(result["wrong_role"])) / found if found else 0.0,
        "quotes_gold": result["quotes_total"], "quotes_found": result["quotes_found"],
        "quotes_spurious": len(unmatched), "quote_precision": qp,
        "quote_recall": result["quotes_found"] / result["quotes_total"] if result["quotes_total"] else 1.0,
        "speaker_accuracy": result["quotes_right_speaker"] / result["quotes_found"] if result["quotes_found"] else 0.0,
        "captions_gold": len(gold_caps), "captions_loaded": len(captions),
        "caption_text_accuracy": text_ok / len(gold_caps) if gold_caps else 1.0,
        "caption_credit_accuracy": credit_ok / text_ok if text_ok else (1.0 if not gold_caps else 0.0),
        "caption_people_accuracy": 1 - len(result["caption_errors"]) / len(gold_caps) if gold_caps else 1.0,
        "chrome_leaked": len(leaked), "chrome_checked": len(expected.get("must_not_contain", [])),
        "body_lines_lost": len(lost), "body_lines_extra": len(extra),
    }
    return figures, errors


_MEANS = ("people_precision", "people_recall", "people_f1", "role_accuracy", "quote_precision", "quote_recall",
          "speaker_accuracy", "caption_text_accuracy", "caption_credit_accuracy", "caption_people_accuracy")
_SUMS = ("people_gold", "people_found", "people_spurious", "quotes_gold", "quotes_found", "quotes_spurious",
         "captions_gold", "captions_loaded", "chrome_leaked", "chrome_checked", "body_lines_lost", "body_lines_extra")


def summarise(per_article: list[dict]) -> dict:
    """Macro averages of the per-article rates (every article weighs the same) and summed counts."""
    n = len(per_article)
    out: dict = {"articles": n, "articles_loaded": sum(a["loaded"] for a in per_article)}
    for key in _MEANS:
        out[key] = sum(a[key] for a in per_article) / n if n else 0.0
    for key in _SUMS:
        out[key] = sum(a[key] for a in per_article)
    return out
