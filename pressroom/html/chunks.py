"""Article bodies split into several containers.

Many sites cut the article body into chunks with ads or widgets between them
(``<div class="article__body">`` repeated three times). trafilatura takes
the first container that matches its body rules and stops there, so the rest
of the article is lost. After a first extraction we find the container the
extracted paragraphs live in; when the page has other elements of the same
tag and class holding real prose, they are moved into the first one and the
extraction is run again.
"""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from pressroom.html.text import match_key, normalize_space

# a chunk must carry at least this much non-link prose to be article text
MIN_CHUNK_CHARS = 150
MAX_LINK_SHARE = 0.3
MAX_CHUNKS = 30


def _prose(el: HtmlElement) -> tuple[int, int]:
    """Characters of paragraph text in ``el`` and how many of them are links."""
    text = links = 0
    for p in el.iter("p"):
        text += len(normalize_space(p.text_content()))
        links += sum(len(normalize_space(a.text_content())) for a in p.iter("a"))
    return text, links


def _signature(el: HtmlElement | None) -> tuple[str, str] | None:
    return None if el is None else (el.tag, el.get("class") or "")


def merge_body_chunks(tree: HtmlElement, paragraphs: list[str]) -> bool:
    """Join sibling body chunks of the extracted text into one container, in place.

    Returns True when the tree changed (the caller should extract again).
    """
    extracted = {match_key(p) for p in paragraphs if len(p) >= 40}
    if not extracted:
        return False
    parents: Counter[HtmlElement] = Counter()
    for p in tree.iter("p"):
        if match_key(p.text_content()) in extracted and p.getparent() is not None:
            parents[p.getparent()] += 1
    if not parents:
        return False
    container, _ = parents.most_common(1)[0]
    cls = container.get("class")
    if not cls or container.tag in ("body", "html"):
        return False

    # chunks are laid out alike: same tag and class, and a parent of the same
    # kind (a quoted statement box that reuses the body class is not a chunk)
    parent_sig = _signature(container.getparent())
    chunks = [
        el for el in tree.iter(container.tag) if el.get("class") == cls and _signature(el.getparent()) == parent_sig
    ]
    if len(chunks) < 2 or len(chunks) > MAX_CHUNKS:
        return False
    # nested matches (a chunk inside a chunk) would be moved twice
    chunk_set = set(chunks)
    chunks = [el for el in chunks if not any(a in chunk_set for a in el.iterancestors())]
    others = [el for el in chunks if el is not container]
    useful = []
    for el in others:
        text, links = _prose(el)
        if text >= MIN_CHUNK_CHARS and links <= MAX_LINK_SHARE * text:
            useful.append(el)
    if not useful:
        return False

    # keep document order: the first chunk receives the others' children
    keep = [el for el in chunks if el is container or el in useful]
    first = keep[0]
    for el in keep[1:]:
        for child in list(el):
            first.append(child)
        el.drop_tree()
    return True
