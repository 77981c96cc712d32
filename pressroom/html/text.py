"""Small text helpers shared by the HTML modules."""

from __future__ import annotations

import json
from collections.abc import Iterator

import re
import unicodedata

_SPACE = re.compile(r"\s+")
# zero-width characters and soft hyphens survive HTML parsing and split words
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalize_space(text: str | None) -> str:
    """Collapse runs of white space (including non-breaking space) to one space."""
    if not text:
        return ""
    return _SPACE.sub(" ", text.translate(_INVISIBLE).replace("\xa0", " ")).strip()


def match_key(text: str) -> str:
    """A loose key for comparing a paragraph with text found elsewhere on the page.

    Case, punctuation and spacing differ between the tree and the extractor's
    output (smart quotes, inline tags), so compare words only.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"\w+", text))


def jsonld_objects(tree) -> Iterator[dict]:
    """Every object in the page's JSON-LD blocks (graphs, nested images, lists); bad JSON is skipped."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
            elif isinstance(item, list):
                stack.extend(item)
