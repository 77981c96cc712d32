"""Photo captions and credits, found in the HTML before boilerplate removal.

Open extractors either drop captions with the figure (trafilatura removes
``<figure>``) or leave them in the body (a ``div.wp-caption`` or a
``p.caption`` reads like any paragraph). Pressroom wants them apart, with the
credit split off, so this module finds them in the parsed tree, records them,
and removes them from the tree before the main-text extractor runs.

Sources, in order of trust:

* ``<figure>`` with ``<figcaption>``, ``[itemprop=caption]``, and elements
  whose class names a caption (``caption``, ``wp-caption-text``,
  ``image-caption``, ``article__caption``, ...);
* credit elements inside or next to them (``.credit``, ``.photo-credit``,
  ``[itemprop=copyrightHolder]``, ...), and a credit written at the end of the
  caption text ("Photo: Jane Doe", "(AFP)");
* ``ImageObject`` captions in JSON-LD, for lead images that are only
  described there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from pressroom.clean.captions import split_credit, without_caption_label, without_credit_label
from pressroom.html.text import jsonld_objects, normalize_space

# A class token that names a caption: "caption", "wp-caption-text",
# "image-caption", "article__caption", "c-figure__caption". Matching whole
# hyphen/underscore-separated parts keeps "captioned-gallery" style names out.
_CAPTION_CLASS = re.compile(r"(?:^|[-_])(?:fig)?caption(?:s|-?text)?(?:$|[-_])", re.I)
_CREDIT_CLASS = re.compile(
    r"(?:^|[-_])(?:credit|credits|copyright|photographer|photo-?by|image-?source|source-?image|attribution)(?:$|[-_])",
    re.I,
)
_CREDIT_ITEMPROPS = {"copyrightholder", "creditText".lower(), "copyrightnotice", "author", "creator"}

# a caption unit holding more text than this is a layout container that merely
# has "caption" in its class, not a caption: leave it to the extractor
MAX_CAPTION_CHARS = 800

# Credits written into the caption text itself. Checked on the tail of the text.
_TRAILING_CREDIT = [
    # "... the square. Photo: Jane Doe/Reuters", "| Image credit: X", "Photograph by X"
    re.compile(
        r"[\s|–—-]*\(?\b((?:photo(?:graph)?s?|images?|pictures?|foto|credit|source|video)"
        r"(?:\s+credits?)?(?:\s+by)?\s*[:：]?\s+[^()]{2,80}?)\)?\s*$",
        re.I,
    ),
    # "... the square. (AFP)", "(Getty Images)", "(AP Photo/John Doe)"
    re.compile(r"\s*\(([^()]{2,60})\)\s*$"),
    # "... the square. © Jane Doe 2019"
    re.compile(r"\s*(©\s*[^©]{2,80})$"),
]
# a parenthesised tail is a credit only when it looks like one, not "(left)"
_CREDITISH = re.compile(
    r"©|/|\b(?:photo|photograph|image|getty|afp|ap|reuters|epa|press|agency|"
    r"shutterstock|alamy|courtesy|handout|file|staff|wire)\b|^(?-i:[A-Z][A-Z.\- ]{1,15})$",
    re.I,
)


@dataclass
class FoundCaption:
    """A caption found in the tree, before body paragraphs are known."""

    text: str
    credit: str | None
    # texts of block elements before the caption on the page, nearest last;
    # used to compute the position once the body paragraphs are known
    preceding: list[str] = field(default_factory=list)
    from_jsonld: bool = False


def _classes(el: HtmlElement) -> list[str]:
    return (el.get("class") or "").split()


def _is_caption_el(el: HtmlElement) -> bool:
    if el.tag == "figcaption":
        return True
    if (el.get("itemprop") or "").lower() == "caption":
        return True
    return any(_CAPTION_CLASS.search(c) for c in _classes(el))


def _is_credit_el(el: HtmlElement) -> bool:
    if (el.get("itemprop") or "").lower() in _CREDIT_ITEMPROPS:
        return True
    return any(_CREDIT_CLASS.search(c) for c in _classes(el))


def _text(el: HtmlElement) -> str:
    return normalize_space(" ".join(el.itertext()))


def _text_without(el: HtmlElement, skip: list[HtmlElement]) -> str:
    """Text of ``el`` minus the text of the ``skip`` descendants (credit spans)."""
    skip_set = set(skip)
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node in skip_set:
            return
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript"):
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return normalize_space(" ".join(parts))


def split_trailing_credit(text: str) -> tuple[str, str | None]:
    """Split "… the square. Photo: Jane Doe" into ("… the square.", "Photo: Jane Doe")."""
    for pattern in _TRAILING_CREDIT:
        match = pattern.search(text)
        if not match:
            continue
        credit = match.group(1).strip()
        head = text[: match.start()].rstrip(" |–—-,;")
        if pattern is _TRAILING_CREDIT[1] and not _CREDITISH.search(credit):
            continue
        if len(head) < 3:
            # the whole caption is a credit ("Photo: Reuters")
            return "", credit
        return head, credit
    return text, None


# what other stories' cards end with: "… spies stellar flare 1 hour ago", "… of torpor Oct 29, 2019"
_TEASER_TAIL = re.compile(
    r"(?:\s\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    # (a date after a comma is the caption's own: "… near Valencia, Spain, Oct 30, 2024")
    r"|(?<![,;])\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})$"
)


def tidy_caption(text: str, credit: str | None) -> tuple[str, str | None] | None:
    """The caption's text and credit as a reader would write them down, or None when the
    markup held another story's card ("… stellar flare 1 hour ago"), not a photo's caption.

    A label the page prints before the caption ("Image caption …") goes, and a credit left
    at the end of the text ("… Austria. Jane Doe / Reuters", "… (Photo: Getty Images) Getty")
    is split off by the same rules as on a plain-text page.
    """
    text = without_caption_label(text)
    if credit is None and _TEASER_TAIL.search(text):
        return None
    if credit is None:
        for _ in range(2):  # some sites print the credit twice: "(Photo: Getty Images) Getty"
            head, found = split_credit(text)
            if found is None:
                break
            text, credit = head, found if credit is None or len(found) > len(credit) else credit
    return text, without_credit_label(credit) if credit else None


def _is_image_box(el: HtmlElement) -> bool:
    """A container that groups an image with its caption and credit."""
    if el.tag == "figure":
        return True
    if "imageobject" in (el.get("itemtype") or "").lower():
        return True
    return _is_caption_el(el)  # "wp-caption", "article__image-caption" wrappers


def _unit_for(el: HtmlElement) -> HtmlElement:
    """The element to remove for a caption: the outermost image box around it, if any.

    Credits often sit beside the caption rather than inside it, so the whole
    box is the unit. Only a few levels up: further out is page layout.
    """
    unit, node, depth = el, el.getparent(), 0
    while node is not None and depth < 3 and node.tag not in ("body", "article", "main"):
        if _is_image_box(node) and len(_text(node)) <= MAX_CAPTION_CHARS:
            unit = node
        node, depth = node.getparent(), depth + 1
    return unit


_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td"}


def _preceding_blocks(order: dict[HtmlElement, int], blocks: list[tuple[int, str]], unit: HtmlElement) -> list[str]:
    here = order.get(unit, 0)
    before = [text for pos, text in blocks if pos < here]
    return before[-40:]


def find_captions(tree: HtmlElement) -> tuple[list[FoundCaption], list[HtmlElement]]:
    """Captions (and lone credits) in the tree, and the elements to remove for them.

    The tree is not modified: the caller removes the returned elements once
    it has also looked at anything else it needs.
    """
    # document order of every element, and text blocks for positions
    # keyed by the element itself: lxml element proxies are only stable while
    # referenced, so ids of elements seen in passing cannot be used as keys
    order: dict[HtmlElement, int] = {}
    blocks: list[tuple[int, str]] = []
    for pos, el in enumerate(tree.iter()):
        order[el] = pos
        if el.tag in _BLOCK_TAGS:
            text = _text(el)
            if len(text) >= 20:
                blocks.append((pos, text))

    candidates = [el for el in tree.iter() if isinstance(el.tag, str) and _is_caption_el(el)]
    # table captions describe data, not photos; keep them with their table
    candidates = [el for el in candidates if el.tag != "caption"]
    candidate_set = set(candidates)

    units: list[HtmlElement] = []
    unit_set: set[HtmlElement] = set()
    for el in candidates:
        unit = _unit_for(el)
        # keep outermost: skip a candidate nested in a unit already taken
        if unit in unit_set or any(anc in unit_set for anc in unit.iterancestors()):
            continue
        if len(_text(unit)) > MAX_CAPTION_CHARS or unit.tag in ("body", "html", "article", "main"):
            continue
        # an outer caption-classed container holding another candidate: fine, it
        # is taken whole; an inner one will be skipped by the ancestor check above
        units.append(unit)
        unit_set.add(unit)

    found: list[FoundCaption] = []
    for unit in units:
        credits = [
            el for el in unit.iter() if isinstance(el.tag, str) and el is not unit and _is_credit_el(el)
        ]
        # drop credits nested in other credits
        credits = [c for c in credits if not any(a in credits for a in c.iterancestors())]
        credit_text = "; ".join(t for t in (_text(c) for c in credits) if t) or None
        # caption text: the caption elements inside the unit, or the unit itself
        inner = [el for el in unit.iter() if el in candidate_set and el is not unit]
        inner_set = set(inner)
        inner = [el for el in inner if not any(a in inner_set for a in el.iterancestors())]
        sources = inner or [unit]
        text = normalize_space(" ".join(_text_without(el, credits) for el in sources))
        if credit_text is None:
            text, credit_text = split_trailing_credit(text)
        if credit_text:
            credit_text = clean_credit(credit_text)
        if not text and not credit_text:
            continue
        found.append(FoundCaption(text, credit_text, _preceding_blocks(order, blocks, unit)))

    removed = list(units)
    # lone credit spans outside any caption unit (a credit under an image)
    for el in tree.iter():
        if not isinstance(el.tag, str) or not _is_credit_el(el):
            continue
        if (el.get("itemprop") or "").lower() in ("author", "creator"):
            continue  # article authorship, not a photo credit
        if any(a in unit_set for a in el.iterancestors()) or any(a in removed for a in el.iterancestors()):
            continue
        text = _text(el)
        if not text or len(text) > 150:
            continue
        if el.tag in ("body", "html", "article", "main", "section"):
            continue
        # only a credit beside an image: a "copyright" line in the footer is not one
        if not _near_image(el):
            continue
        found.append(FoundCaption("", clean_credit(text), _preceding_blocks(order, blocks, el)))
        removed.append(el)
    return found, removed


def is_label(text: str) -> bool:
    """Caption markup around a label, not a caption: a logo's or an author's
    name ("Space logo", "Jeff Foust", "kei_eno"), "Advertisement", "604
    COMMENTS". A caption says something about a photo, or credits it: these
    are at most three words, uncredited, and no sentence."""
    return len(text.split()) <= 3 and not text.rstrip("”’\"')").endswith((".", "!", "?"))


def _near_image(el: HtmlElement) -> bool:
    node = el.getparent()
    for _ in range(2):
        if node is None or node.tag in ("body", "article", "main", "footer"):
            return False
        if next(node.iter("img", "picture", "video"), None) is not None:
            return True
        node = node.getparent()
    return False


_CREDIT_LABEL = re.compile(
    r"^(?:photo(?:graph)?s?|image|picture|credit)s?(?:\s+credits?)?(?:\s+by)?\s*(?:[:：]\s*|(?=©))", re.I
)


def clean_credit(credit: str) -> str:
    """"Photo: Jane Doe" -> "Jane Doe"; "(AFP)" -> "AFP"."""
    credit = normalize_space(credit).strip("()[] |–—-")
    stripped = _CREDIT_LABEL.sub("", credit).strip()
    return stripped or credit


def jsonld_captions(tree: HtmlElement) -> list[FoundCaption]:
    """``ImageObject`` captions described in JSON-LD blocks."""
    found: list[FoundCaption] = []
    for obj in jsonld_objects(tree):
        caption = obj.get("caption")
        if isinstance(caption, dict):
            caption = caption.get("text") or caption.get("name")
        if not isinstance(caption, str) or not caption.strip():
            continue
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(k in ("ImageObject", "VideoObject", "MediaObject", None) for k in kinds):
            continue
        credit = _jsonld_credit(obj)
        text = normalize_space(_strip_tags(caption))
        if credit is None:
            text, credit = split_trailing_credit(text)
        if text or credit:
            found.append(FoundCaption(text, clean_credit(credit) if credit else None, [], True))
    return found


def _jsonld_credit(obj: dict) -> str | None:
    for key in ("creditText", "copyrightHolder", "author", "creator", "copyrightNotice"):
        value = obj.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return normalize_space(value)
    return None


def _strip_tags(text: str) -> str:
    if "<" not in text:
        return text
    try:
        return " ".join(etree.fromstring(f"<x>{text}</x>", etree.HTMLParser()).itertext())
    except (etree.XMLSyntaxError, ValueError):
        return re.sub(r"<[^>]+>", " ", text)
