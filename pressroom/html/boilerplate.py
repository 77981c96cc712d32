"""Page furniture that the main-text extractor lets through.

Two passes: :func:`prune_tree` removes teaser lists, related-story boxes and
share widgets from the tree before extraction; :func:`clean_paragraphs`
drops lines of the extracted text that are captions or furniture. Every rule
here is general (class names, link density, wording common to news sites),
none names a site.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from pressroom.html.text import match_key, normalize_space

# class/id words of boxes that are never the article: related and recommended
# stories, share and follow widgets, newsletter sign-ups.
_FURNITURE = re.compile(
    r"(?:^|[-_ ])(?:related|recommended|recommendations|more-?stories|read-?more|"
    r"also-?read|read-?also|most-?popular|trending|share|sharing|social|newsletter|"
    r"outbrain|taboola|teasers?|promo)(?:$|[-_ ]|s\b)",
    re.I,
)
# containers we must never remove wholesale even when a class word matches
_KEEP_TAGS = {"html", "body", "article", "main"}


def _label(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _text_len(el: HtmlElement) -> int:
    return len(normalize_space(el.text_content()))


def _link_text_len(el: HtmlElement) -> int:
    return sum(len(normalize_space(a.text_content())) for a in el.iter("a"))


def prune_tree(tree: HtmlElement) -> None:
    """Remove related-story lists and share widgets, in place.

    A box is removed when its class or id names furniture and it is small
    next to the page's text, or when it is mostly links (a teaser list).
    The size guard keeps a mislabelled article wrapper safe.
    """
    total = max(1, sum(_text_len(p) for p in tree.iter("p")))
    doomed: list[HtmlElement] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _KEEP_TAGS:
            continue
        label = _label(el)
        if not label or not _FURNITURE.search(label):
            continue
        size = _text_len(el)
        if size > 0.3 * total and _link_text_len(el) < 0.6 * size:
            continue
        doomed.append(el)
    for el in doomed:
        if el.getparent() is not None and not any(a in doomed for a in el.iterancestors()):
            el.drop_tree()


# whole lines that are furniture in any article
_FURNITURE_LINE = re.compile(
    r"^(?:advertisement|advertising|sponsored|share(?: this(?: article| story)?)?|"
    r"share on \w+|tweet|email|print|comments?|click here.*|sign up.*|subscribe.*|"
    r"follow us.*|related(?: articles| stories| coverage)?:?|read more:?|more:?|"
    r"story continues below(?: advertisement)?|continue reading.*|image \d+ of \d+)$",
    re.I,
)


def clean_paragraphs(paragraphs: list[str], *, title: str | None, captions: list[str]) -> list[str]:
    """Drop extracted lines that are captions, a repeated title, or furniture."""
    caption_keys = {match_key(c) for c in captions if c and len(c) >= 20}
    title_key = match_key(title or "")
    kept: list[str] = []
    for index, line in enumerate(paragraphs):
        key = match_key(line)
        if not key:
            continue
        if key in caption_keys:
            continue
        if index == 0 and title_key and key == title_key:
            continue
        if _FURNITURE_LINE.match(line.strip(" .:|>»›-–—")):
            continue
        kept.append(line)
    return kept
