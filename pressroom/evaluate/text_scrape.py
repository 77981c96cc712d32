"""Turn an HTML page into the plain text a scraper copies off it, chrome and all.

Plain-text scrapes are the cleaner's harder input: no markup says where the
menus end and the story starts. Benchmarks of labelled pages come as HTML;
this gives their text the way a browser shows the whole page (every block on
lines of its own, list items bulleted, a photo's alt text on its own line),
so that the plain-text cleaner can be scored on the same pages and gold.
"""

from __future__ import annotations

import re

import lxml.html

_BLOCKS = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
# what a reader never sees as text
_HIDDEN = frozenset("head script style noscript template svg iframe button select input textarea form".split())
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def page_text(html: str) -> str:
    """The visible text of ``html``: blocks separated by blank lines, ``• `` before list items."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    body = root.find("body")
    pieces: list[str] = []
    _walk(body if body is not None else root, pieces)
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(pieces).split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"


def _walk(element, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if not tag or tag in _HIDDEN:
        return  # comments and processing instructions have a callable tag
    if tag == "br":
        pieces.append("\n")
    elif tag == "img" and (element.get("alt") or "").strip():
        pieces.append("\n" + element.get("alt").strip() + "\n")
    block = tag in _BLOCKS
    if block:
        pieces.append("\n\n")
    if tag == "li":
        pieces.append("  • ")
    if element.text:
        pieces.append(element.text)
    for child in element:
        _walk(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    if block:
        pieces.append("\n\n")
