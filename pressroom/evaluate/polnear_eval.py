"""PolNeAR through the pipeline: articles as records in, quote scores out.

The articles are written as a records JSONL (``content`` = the text, ``url`` =
``polnear:<doc_id>``) so that plain text takes the same path as any export
fed to ``pressroom run``; the quotes loaded into the warehouse are then scored
with :func:`pressroom.evaluate.quotes.score_documents`.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from pathlib import Path

from .quotes import score_documents, whole_quotations

URI_PREFIX = "polnear:"


def load_articles(path: Path, limit: int | None = None) -> list[dict]:
    """PolNeAR articles from a JSONL file (plain or ``.gz``), the first ``limit`` when given."""
    opener = gzip.open if str(path).endswith(".gz") else open
    docs = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}: line {number}: invalid JSON ({error.msg})") from None
            if not isinstance(doc, dict) or "doc_id" not in doc or "text" not in doc:
                raise ValueError(f"{path}: line {number}: expected an object with doc_id and text")
            docs.append(doc)
            if limit and len(docs) >= limit:
                break
    return docs


def default_speaker_names(path: Path) -> Path | None:
    """``<name>_speaker_names.json`` beside ``<name>.jsonl`` (``dev_speaker_names.json``
    for ``dev.jsonl`` or ``dev.jsonl.gz``), when there is one."""
    candidate = Path(path).with_name(f"{Path(path).name.split('.')[0]}_speaker_names.json")
    return candidate if candidate.exists() else None


def article_uri(doc_id: str) -> str:
    """The stable source URI an article is loaded under."""
    return URI_PREFIX + doc_id


def write_records(docs: list[dict], path: Path) -> Path:
    """Write the articles as a records JSONL the pipeline reads with its default field names."""
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            record = {"content": doc["text"], "url": article_uri(doc["doc_id"])}
            for ours, theirs in (("title", "title"), ("published_at", "publication_date"), ("source", "publisher"),
                                 ("author", "author")):
                if doc.get(theirs):
                    record[ours] = str(doc[theirs])
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def predictions(docs: list[dict], loaded: Mapping[str, dict]) -> tuple[dict[str, list[dict]], list[dict]]:
    """doc_id -> the loaded quotations (pieces sharing a ``quotation_id``
    joined, as the scoring expects), and one error entry per article that was
    not loaded."""
    preds, errors = {}, []
    for doc in docs:
        article = loaded.get(article_uri(doc["doc_id"]))
        if not article or "body" not in article:
            reason = (article or {}).get("rejected", "not in the warehouse")
            errors.append({"kind": "article_not_loaded", "doc": doc["doc_id"], "text": reason})
            preds[doc["doc_id"]] = []
            continue
        preds[doc["doc_id"]] = whole_quotations(article["quotes"])
    return preds, errors


_ERROR_KINDS = {"missed_direct": "missed_quote", "false_direct": "spurious_quote", "speaker": "wrong_speaker"}


def score(docs: list[dict], loaded: Mapping[str, dict], speaker_names: Mapping | None) -> tuple[dict, list[dict]]:
    """Quote figures for the articles in ``docs`` and the error entries behind them."""
    preds, errors = predictions(docs, loaded)
    raw: list = []
    figures = score_documents(docs, preds, speaker_names, raw)
    for kind, doc_id, detail in raw:
        errors.append({"kind": _ERROR_KINDS.get(kind, kind), "doc": doc_id, "text": detail})
    counts = figures.pop("counts")
    figures["articles"] = len(docs)
    figures["articles_loaded"] = sum(1 for d in docs if "body" in (loaded.get(article_uri(d["doc_id"])) or {}))
    figures["gold_direct"] = counts["d_gold"]
    figures["predicted_direct_scored"] = counts["d_pred"]  # neutral matches left out
    figures["matched_direct"] = counts["d_tp"]
    figures["speaker_checked"] = counts["spk_n"]
    figures["gold_partial"] = counts["p_gold"]
    figures["gold_indirect"] = counts["i_gold"]
    figures["predicted_indirect"] = counts["i_pred"]
    return figures, errors
