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
    doomed.extend(_teaser_lists(tree))
    doomed.extend(_link_paragraphs(tree))
    doomed.extend(_pop_ups_in_paragraphs(tree))
    for el in doomed:
        if el.getparent() is not None and not any(a in doomed for a in el.iterancestors()):
            el.drop_tree()


def _teaser_lists(tree: HtmlElement) -> list[HtmlElement]:
    """Lists whose every item is just a link: headline teasers, not article text."""
    found = []
    for lst in tree.iter("ul", "ol"):
        items = [li for li in lst if li.tag == "li"]
        if len(items) < 2:
            continue
        if all(_text_len(li) and _link_text_len(li) >= 0.9 * _text_len(li) for li in items):
            found.append(lst)
    return found


def _pop_ups_in_paragraphs(tree: HtmlElement) -> list[HtmlElement]:
    """Boxes of links inside a paragraph: the card that pops up over a name
    with the person's latest headlines. Their text would run into the
    sentence ("Rep. Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders
    doubles down … MORE (D-N.Y.) said")."""
    def is_box(el: HtmlElement) -> bool:
        links = el.findall(".//a")
        size = _text_len(el)
        if len(links) < 3 or not size or _link_text_len(el) < 0.8 * size:
            return False
        # headlines, not a list of linked names ("backed by Bill Jones, Jane Smith and Tom Brown")
        return sum(len(a.text_content().split()) for a in links) / len(links) >= 4

    found = []
    for p in tree.iter("p"):
        boxes = [el for el in p.iter("span", "div") if el is not p and is_box(el)]
        # the innermost box: the one around it also holds the name and the sentence
        found.extend(el for el in boxes if not any(other is not el and el in other.iterancestors()
                                                   for other in boxes))
    return found


def _link_paragraphs(tree: HtmlElement) -> list[HtmlElement]:
    """Short paragraphs that are almost all link text ("Related: <a>headline</a>")."""
    found = []
    for p in tree.iter("p"):
        size = _text_len(p)
        if 0 < size < 200 and _link_text_len(p) >= 0.8 * size:
            found.append(p)
    return found


# whole lines that are furniture in any article
_FURNITURE_LINE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|share(?: this(?: article| story)?)?|"
    r"share on \w+|tweet|email|print|comments?|click here.*|sign up.*|subscribe.*|"
    r"follow us.*|related(?: articles| stories| coverage| news| content)?|read more|more|"
    r"don'?t miss|must read|most (?:read|popular)|trending(?: now)?|see also|tags?\b.*|"
    r"story continues below(?: advertisement)?|continue reading.*|image \d+ of \d+)$",
    re.I,
)
# a short line introduced by a teaser label: "Related: headline", "READ MORE: headline"
_TEASER_PREFIX = re.compile(
    r"^(?:related|read more|see more|read also|also read|more (?:stories|news)|watch|see also|recommended|"
    r"don'?t miss|must read|click here|listen)\b[^:|»›>]{0,20}[:|»›>]",
    re.I,
)
# a headline teaser tagged with its kind: "Plague fears grow [INSIGHT]"
_TAGGED_TEASER = re.compile(r"^(?:\S+\s+){3,}.*[^.!?\s]\s*\[[A-Z][A-Z ]{2,15}\]\s*\|?\s*$")
# agency production credits at the end of a wire story
_PRODUCTION_CREDIT = re.compile(
    r"^\(?\s*(?:additional |\w+ed )?(?:reporting|writing|editing|compiled|produced|written)\s+by\b", re.I
)
# contact lines, sign-up promotions
_CONTACT = re.compile(
    r"\bfollow (?:us|him|her|them|me)\b|\b(?:e-?mail|contact|reach|reached)\b.*\S+@\S+\.\w+", re.I
)
_PROMO = re.compile(
    r"\b(?:sign up|subscribe|subscriptions?|newsletters?|your inbox|click here|tell us what you think|"
    r"get access)\b",
    re.I,
)
PROMO_MAX_CHARS = 300


def is_furniture_line(line: str) -> bool:
    """A line of extracted text that belongs to the page, not the article."""
    bare = line.strip(" .:|>»›-–—•")
    if _FURNITURE_LINE.match(bare):
        return True
    if len(line) < 250 and (_TEASER_PREFIX.match(bare) or _TAGGED_TEASER.search(line)):
        return True
    if len(line) < 400 and _PRODUCTION_CREDIT.match(bare):
        return True
    if len(line) < PROMO_MAX_CHARS and (_CONTACT.search(line) or _PROMO.search(line)):
        return True
    return False


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
        if is_furniture_line(line):
            continue
        kept.append(line)
    return kept
