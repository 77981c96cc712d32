"""Main-text scoring as the article-extraction benchmark does it.

Per page, both texts are split into words (``\\w+`` runs) and turned into a
multiset of 4-word shingles; precision is shared / predicted shingles and
recall is shared / gold shingles. Precision and recall are averaged over
pages (every page weighs the same) and F1 is taken from the two averages.

One deliberate difference from the upstream script: an empty prediction
scores precision 0 and recall 0 on its page instead of being left out of the
precision average, so an extractor cannot gain by returning nothing on hard
pages (this is the rule stated in ``/work/shared/bench/README.md``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SHINGLE_SIZE = 4

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    """Word tokens as the benchmark sees them (case kept, punctuation dropped)."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of ``n``-word shingles; a text shorter than ``n`` words is one shingle."""
    words = tokens(text)
    if not words:
        return Counter()
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)))


def score_page(pred: str | None, gold: str | None) -> tuple[float, float]:
    """Precision and recall of one predicted text against the gold text."""
    pred_sh, gold_sh = shingles(pred), shingles(gold)
    if not pred_sh:
        # empty prediction: 0 on the page (and a trivially right empty gold is rare
        # enough that it is not worth a special case that could reward emptiness)
        return (1.0, 1.0) if not gold_sh else (0.0, 0.0)
    if not gold_sh:
        return 0.0, 0.0
    shared = sum((pred_sh & gold_sh).values())
    return shared / sum(pred_sh.values()), shared / sum(gold_sh.values())


@dataclass(frozen=True)
class AebScore:
    precision: float
    recall: float
    f1: float
    pages: int
    per_page: dict[str, tuple[float, float]]


def f1_from(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def score_pages(
    predictions: Mapping[str, str | None], gold: Mapping[str, str | None] | Iterable[tuple[str, str]]
) -> AebScore:
    """Score every gold page; a page missing from ``predictions`` counts as empty.

    ``gold`` maps page id to the gold article body (or is an iterable of pairs).
    """
    gold_map = dict(gold.items() if isinstance(gold, Mapping) else gold)
    per_page = {key: score_page(predictions.get(key), text) for key, text in gold_map.items()}
    if not per_page:
        return AebScore(0.0, 0.0, 0.0, 0, {})
    precision = sum(p for p, _ in per_page.values()) / len(per_page)
    recall = sum(r for _, r in per_page.values()) / len(per_page)
    return AebScore(precision, recall, f1_from(precision, recall), len(per_page), per_page)


def load_ground_truth(path) -> dict[str, str]:
    """``ground-truth.json`` of the benchmark as ``{id: articleBody}``."""
    import json
    from pathlib import Path

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {key: (value.get("articleBody") or "") for key, value in data.items()}
