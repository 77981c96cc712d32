"""The body and the foot of a page: teaser lists, comment sections, repeats."""

from __future__ import annotations

from ..model import Caption, CleanPage
from .captions import credit_only
from .chrome import is_chrome_line
from .meta import parse_byline, parse_date
from .text import Unit, bullet_text, ends_sentence, is_finished, squash, word_count
from .vocab import is_comment_heading, is_footer_heading

_HEADLINE_WORDS = 25
_SHORT_LINE_WORDS = 6
_DUPLICATE_WORDS = 8
_PROSE_WORDS = 15


def _headline(text: str) -> bool:
    """Short and not ending in a full stop: how other stories' headlines look."""
    if not text or word_count(text, _HEADLINE_WORDS + 1) > _HEADLINE_WORDS:
        return False
    stripped = text.rstrip()
    return not stripped.endswith((".", "]", ":", ";", ","))


def _teaser_item(unit: Unit) -> bool:
    if unit.kind != "para" or not unit.bullet:
        return False
    item = bullet_text(unit.text.split("\n", 1)[0])
    return item is not None and _headline(item)


def _is_prose(unit: Unit) -> bool:
    count = unit.words
    return unit.kind == "para" and not unit.bullet and count >= _PROSE_WORDS and ends_sentence(unit.text)


def _truncated(unit: Unit) -> bool:
    """A blurb cut off mid-sentence ('... officials said the provincial')."""
    text = unit.text.rstrip()
    return unit.kind == "para" and (not is_finished(text) or text.endswith(("…", "...")))


def _teaser_runs(units: list[Unit]) -> list[tuple[int, int]]:
    """(start, end) of every run of >= 2 teaser items, each with at most one blurb."""
    runs = []
    i, n = 0, len(units)
    while i < n:
        if not _teaser_item(units[i]):
            i += 1
            continue
        start, items, j = i, 1, i + 1
        while j < n:
            if _teaser_item(units[j]):
                items, j = items + 1, j + 1
            elif j + 1 < n and _teaser_item(units[j + 1]) and not units[j].bullet:
                items, j = items + 1, j + 2  # blurb then the next headline
            else:
                break
        if j < n and not units[j].bullet and (units[j].indented or _truncated(units[j])):
            j += 1  # the last item's blurb
        if items >= 2:
            runs.append((start, j))
        i = j
    return runs


def _plain_teasers(units: list[Unit]) -> int | None:
    """Start of a trailing run of (headline, cut-off blurb) pairs without bullets."""
    n = len(units)
    start = n
    i = n - 2
    pairs = 0
    while i >= 0:
        head, blurb = units[i], units[i + 1]
        if head.kind == "para" and _headline(head.text) and blurb.words >= 8 and _truncated(blurb):
            pairs += 1
            start = i
            i -= 2
        else:
            break
    if pairs >= 2 and start == n - 2 * pairs:
        return start
    return None


def cut_foot(units: list[Unit]) -> list[Unit]:
    """Drop other stories' teasers, comment sections and the footer after the article."""
    prose_seen = 0
    for index, unit in enumerate(units):
        if unit.kind == "para" and prose_seen and is_comment_heading(unit.text):
            units = units[:index]
            break
        if unit.kind == "para" and prose_seen and is_footer_heading(unit.text):
            rest = units[index + 1:]
            tail = [u for u in rest if _is_prose(u) and not _truncated(u)]
            if index >= len(units) // 2 or len(tail) < 2:
                units = units[:index]
                break
            # a box of links in the middle of the article: drop the heading and links
            unit.tags.add("drop")
            for follower in rest:
                if follower.kind == "para" and (follower.bullet or _headline(follower.text) or _truncated(follower)):
                    follower.tags.add("drop")
                else:
                    break
        if _is_prose(unit):
            prose_seen += 1
    for start, end in reversed(_teaser_runs(units)):
        after = units[end:]
        if not any(_is_prose(u) for u in after):
            units = units[:start]
        else:
            units = units[:start] + after
    start = _plain_teasers(units)
    if start is not None and start > 0:
        units = units[:start]
    units = [u for u in units if "drop" not in u.tags]
    # leftovers at the very end: short unfinished lines, credits, bylines, appeals
    while units and _foot_chrome(units[-1]):
        units.pop()
    return units


def _foot_chrome(unit: Unit) -> bool:
    if unit.kind == "caption":
        return False
    text = unit.text
    if is_chrome_line(text) or is_footer_heading(text):
        return True
    return word_count(text, _SHORT_LINE_WORDS + 1) <= _SHORT_LINE_WORDS and not is_finished(text)


def drop_body_chrome(units: list[Unit], title: str | None, page: CleanPage) -> list[Unit]:
    """Remove ad slots, share bars, repeats and alt texts that duplicate a caption."""
    captions = [squash(u.text) for u in units if u.kind == "caption"]
    previous = ""
    kept: list[Unit] = []
    for unit in units:
        if unit.kind == "caption":
            kept.append(unit)
            continue
        text = unit.text
        key = squash(text)
        if title is not None and key == title:
            continue
        byline = parse_byline(text)
        if byline:
            page.byline = page.byline or byline
            page.published_at = page.published_at or parse_date(text)
            continue
        credit = credit_only(text)
        if credit:
            prev = kept[-1] if kept else None
            if prev is not None and prev.kind == "para" and prev.words <= 40 and "\n" not in prev.text:
                # a caption whose credit sits on the next line
                prev.kind, prev.credit = "caption", credit
            continue
        if is_chrome_line(text):
            continue
        if word_count(key, 4) >= 3 and any(c.startswith(key) for c in captions):
            continue  # alt text of a photo whose caption we already have
        if word_count(key, _DUPLICATE_WORDS) >= _DUPLICATE_WORDS and key == previous:
            # the same paragraph twice in a row is a scraping echo; the same
            # sentence far apart (live blogs repeat boilerplate) is content
            continue
        previous = key
        kept.append(unit)
    return kept


def fill(page: CleanPage, units: list[Unit]) -> None:
    """Put paragraphs and captions (with their positions) on the page."""
    seen_captions: set[str] = set()
    for unit in units:
        if unit.kind == "caption":
            key = squash(unit.text)
            if not key or key in seen_captions:
                continue
            seen_captions.add(key)
            page.captions.append(Caption(text=unit.text, credit=unit.credit, position=len(page.paragraphs)))
        elif unit.text:
            page.paragraphs.append(unit.text)
