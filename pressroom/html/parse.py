"""HTML page -> :class:`CleanPage`.

The order of the steps matters:

1. parse once, read metadata from the untouched tree;
2. find captions and credits and take them out of a working copy of the
   tree (the extractor would otherwise drop them with ``<figure>``, or keep
   them in the body when they sit in a ``div``);
3. prune teaser lists, related-story boxes and share widgets;
4. run trafilatura on what is left for the main text;
5. clean the paragraphs (lines that are captions or page furniture) and
   place each caption after the body paragraph that precedes it on the page.
"""

from __future__ import annotations

import re
from copy import deepcopy

import trafilatura
from lxml.html import HtmlElement

from pressroom.html.boilerplate import clean_paragraphs, prune_tree
from pressroom.html.chunks import merge_body_chunks
from pressroom.html.captions import (
    FoundCaption,
    clean_credit,
    find_captions,
    is_label,
    jsonld_captions,
    split_trailing_credit,
    tidy_caption,
)
from pressroom.html.metadata import extract_page_meta
from pressroom.html.text import match_key, normalize_space
from pressroom.model import Caption, CleanPage

# trafilatura settings measured on the article-extraction benchmark
# (see bench/aeb_main_text.py): precision-leaning extraction wins there, and
# comments are never part of an article body.
EXTRACT_OPTIONS = dict(
    favor_precision=True,
    include_comments=False,
    include_tables=True,
    include_images=False,
    deduplicate=False,
)


def load_tree(data: bytes | str) -> HtmlElement | None:
    """Parse HTML (bytes in any declared or guessed encoding, or text)."""
    if not data:
        return None
    return trafilatura.load_html(data)


def parse_html(data: bytes | str, url: str | None = None) -> CleanPage:
    """The article on an HTML page: body paragraphs, captions apart, metadata.

    Never raises on bad HTML: a page with no recognisable article gives a
    CleanPage with no paragraphs.
    """
    tree = load_tree(data)
    if tree is None:
        return CleanPage(title=None, paragraphs=[])
    page_meta = extract_page_meta(tree, url)

    work = deepcopy(tree)
    found, to_remove = find_captions(work)
    found = _merge_jsonld(found, jsonld_captions(work))
    for el in to_remove:
        _drop(el)
    prune_tree(work)

    paragraphs = extract_paragraphs(work, url)
    paragraphs = clean_paragraphs(paragraphs, title=page_meta.title, captions=[c.text for c in found])
    paragraphs, body_captions = split_body_captions(paragraphs)

    captions = _tidied([_place(c, paragraphs) for c in found] + body_captions)
    # an image credit with no caption text beside it says nothing about the story, nor
    # does the caption markup of a logo or an author's photo
    captions = [caption for caption in captions
                if caption.text.strip() and (caption.credit or not is_label(caption.text))]
    return CleanPage(
        title=page_meta.title,
        paragraphs=paragraphs,
        captions=captions,
        site=page_meta.site,
        byline=page_meta.author,
        published_at=page_meta.published_at,
        meta=page_meta.meta,
    )


def _tidied(captions: list[Caption]) -> list[Caption]:
    """Captions without labels, other stories' cards or repeats (a gallery's slide and the
    lead photo print the same caption); a repeat's credit goes to the first."""
    kept: list[Caption] = []
    by_text: dict[str, Caption] = {}
    for caption in captions:
        tidy = tidy_caption(caption.text, caption.credit)
        if tidy is None:
            continue
        caption.text, caption.credit = tidy
        key = match_key(caption.text) if caption.text.strip() else None
        first = by_text.get(key) if key is not None else None
        if first is not None:
            first.credit = first.credit or caption.credit
            continue
        if key is not None:
            by_text[key] = caption
        kept.append(caption)
    return kept


def extract_paragraphs(tree: HtmlElement, url: str | None) -> list[str]:
    """Main-text paragraphs of a (pruned) tree, one per text block.

    The tree may be changed (body chunks are merged).
    """
    paragraphs = _trafilatura_lines(tree, url)
    if paragraphs and merge_body_chunks(tree, paragraphs):
        merged = _trafilatura_lines(tree, url)
        # only trust the second pass when it kept what the first found
        if len(" ".join(merged)) > len(" ".join(paragraphs)) and _covers(merged, paragraphs):
            paragraphs = merged
    return paragraphs


def _covers(new: list[str], old: list[str]) -> bool:
    new_keys = {match_key(p) for p in new}
    old_keys = [match_key(p) for p in old]
    return sum(k in new_keys for k in old_keys) >= 0.9 * len(old_keys)


def _trafilatura_lines(tree: HtmlElement, url: str | None) -> list[str]:
    doc = trafilatura.bare_extraction(tree, url=url, **EXTRACT_OPTIONS)
    if doc is None or not doc.text:
        return []
    lines = (normalize_space(line) for line in doc.text.split("\n"))
    return [line for line in lines if line]


# a caption that reached the body as a plain paragraph still ends with its
# credit: "… installation views, photos © Studio X", "… engines. (credit: NASA/J. Doe)"
_BODY_CAPTION = re.compile(
    r"(?:\((?:photo|image|picture)?\s*credits?\s*:[^()]{2,80}\)"
    r"|\b(?:photos?|images?|pictures?)\s*(?:©|credits?\s*:)[^.()]{2,80})\s*$",
    re.I,
)
BODY_CAPTION_MAX_CHARS = 300


def split_body_captions(paragraphs: list[str]) -> tuple[list[str], list[Caption]]:
    """Move paragraphs that are photo captions (they end with a photo credit) to captions."""
    kept: list[str] = []
    captions: list[Caption] = []
    for line in paragraphs:
        # a caption laid out in a one-cell table arrives as "| text |"
        bare = line.strip(" |")
        if len(bare) < BODY_CAPTION_MAX_CHARS and _BODY_CAPTION.search(bare):
            text, credit = split_trailing_credit(bare)
            if credit:
                captions.append(Caption(text=text, credit=clean_credit(credit), position=len(kept)))
                continue
        kept.append(line)
    return kept, captions


def _drop(el: HtmlElement) -> None:
    """Remove an element but keep its tail text (it belongs to the parent)."""
    if el.getparent() is None:
        return
    el.drop_tree()


def _merge_jsonld(found: list[FoundCaption], extra: list[FoundCaption]) -> list[FoundCaption]:
    """Add JSON-LD captions that the page markup did not already show.

    A JSON-LD caption repeating one in the markup only contributes its credit.
    """
    by_key = {match_key(c.text): c for c in found if c.text}
    lead: list[FoundCaption] = []
    for cap in extra:
        key = match_key(cap.text)
        same = by_key.get(key) or next(
            (c for k, c in by_key.items() if key and k and (key in k or k in key)), None
        )
        if same is not None:
            if same.credit is None and cap.credit:
                same.credit = cap.credit
            continue
        by_key[key] = cap
        lead.append(cap)
    # JSON-LD images are lead images: they come before the article text
    return lead + found


def _place(found: FoundCaption, paragraphs: list[str]) -> Caption:
    """Caption with its position: the count of body paragraphs before it."""
    return Caption(text=found.text, credit=found.credit, position=caption_position(found.preceding, paragraphs))


def caption_position(preceding: list[str], paragraphs: list[str]) -> int:
    """Best effort: find the nearest block before the caption among the paragraphs."""
    if not preceding or not paragraphs:
        return 0
    keys = [match_key(p) for p in paragraphs]
    for block in reversed(preceding):
        block_key = match_key(block)
        if len(block_key) < 15:
            continue
        head = block_key[:60]
        # the last paragraph matching wins: a caption follows the block nearest it
        for index in range(len(keys) - 1, -1, -1):
            key = keys[index]
            if key == block_key or key.startswith(head) or (len(key) >= 15 and block_key.startswith(key[:60])):
                return index + 1
    return 0
