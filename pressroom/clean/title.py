"""Finding the title among the lines above the story.

In order of trust: the title the logo's alt text repeats, a line printed twice
(page heading and article heading, or beside the site's name in the browser
title), '<title> | <site>', the headline just above the byline or dateline,
and last the first real line of the page. On a page's head, the title these
give way to a headline whose words the story's opening repeats clearly more
often: alt texts, section names and teasers look like headlines too.
"""

from __future__ import annotations

import re

from ..model import CleanPage
from .captions import ends_with_agency_credit
from .chrome import is_chrome_line
from .meta import SEPARATORS, is_date_line, is_logo_line, parse_byline, parse_logo, split_title_site
from .text import Unit, ends_sentence, is_finished, squash, word_count
from .vocab import is_footer_heading

# A paragraph this long with a full stop is article prose, not furniture.
PROSE_WORDS = 15
# Section names, menu entries and widget labels are this short.
SHORT_LINE_WORDS = 5
# A title is never longer than this; longer first blocks are prose.
TITLE_WORDS = 30
# The headline is among this many units above the story.
NEAR_UNITS = 15
# The headline names what the story's opening tells: its words are counted in
# this many words of the opening, among this many lines of three words or more
# above the story (inline spans of a scrape, "by", "•", "at", do not count).
OPENING_WORDS = 250
STORY_HEAD_LINES = 25
# Plain article text has its title and maybe a subtitle or byline above the
# first paragraph; a longer head with menu lines in it is a page's menus, whose
# first line is no title.
PLAIN_HEAD_UNITS = 3


def is_prose(unit: Unit) -> bool:
    if unit.kind != "para" or unit.bullet:
        return False
    count = unit.words
    return count >= 3 * PROSE_WORDS or (count >= PROSE_WORDS and ends_sentence(unit.text))


def is_short_unfinished(text: str) -> bool:
    return word_count(text, SHORT_LINE_WORDS + 1) <= SHORT_LINE_WORDS and not is_finished(text)


def headline_like(unit: Unit) -> bool:
    text = unit.text
    return (
        unit.kind == "para"
        and not unit.bullet
        and "\n" not in text
        and 3 <= word_count(text, TITLE_WORDS + 1) <= TITLE_WORDS
        and not text.rstrip().endswith((":", ",", ";"))
        and not is_chrome_line(text)
        and not is_footer_heading(text)
        and not ends_with_agency_credit(text)
    )


def _is_fact(text: str) -> bool:
    return parse_byline(text) is not None or is_date_line(text)


def _title_before_facts(units: list[Unit], limit: int, first: int = 0, menus: bool = False) -> str | None:
    """The headline printed just above the byline or dateline.

    Walking back from the first byline/date line at or after ``first``, past
    share bars, captions and summary bullets: the first headline-shaped line
    is the title, unless it is a longer standfirst right under another headline.
    """
    anchor = next(
        (i for i, u in enumerate(units[:limit]) if i > max(first - 1, 0) and u.kind == "para" and _is_fact(u.text)),
        None,
    )
    return None if anchor is None else headline_above(units, anchor, first, menus)


def headline_above(units: list[Unit], anchor: int, first: int = 0, menus: bool = False) -> str | None:
    """The headline-shaped line nearest above ``units[anchor]`` (not above ``units[first]``).

    ``menus`` says the head is a page's menus: there the headline is picked
    among the window's headline-shaped lines, see :func:`_headline_of_story`.
    """
    if menus:
        return _headline_of_story(units, anchor, first)
    for k in range(anchor - 1, first - 1, -1):
        unit = units[k]
        if unit.kind != "para" or unit.bullet or is_chrome_line(unit.text) or _is_fact(unit.text):
            continue
        if "menu" in unit.tags and word_count(unit.text, 4) <= 3:
            continue  # the rest of a byline block: the author's name, a city, a handle
        if "\n" in unit.text:
            return None  # a menu block: no headline between it and the byline
        above = next((u for u in reversed(units[first:k]) if u.kind == "para" and not is_chrome_line(u.text)), None)
        standfirst = (
            above is not None
            and headline_like(above)
            and word_count(above.text, 5) >= 4
            and (unit.words >= 12 and unit.words > above.words or is_prose(unit))
        )
        if standfirst:
            return squash(above.text)
        return squash(unit.text) if headline_like(unit) else None
    return None


def _headline_of_story(units: list[Unit], anchor: int, first: int) -> str | None:
    """Among the headline-shaped lines between ``first`` and the story at ``anchor``, the one
    whose words the story's opening repeats most; the nearest on a tie.

    Near the story sit photo alt texts, section names and other stories'
    headlines as well as its own; a headline names what the opening
    paragraphs go on to tell.
    """
    opening = content_words(" ".join(u.text for u in units[anchor: anchor + 4] if u.kind == "para")[:2000])
    best: tuple[tuple[float, int], str] | None = None
    for k in range(anchor - 1, first - 1, -1):
        unit = units[k]
        if not _story_headline_shaped(unit):
            continue
        words = content_words(unit.text)
        if not words:
            continue
        rank = (len(words & opening) / len(words), k)
        if best is None or rank > best[0]:
            best = (rank, k)
    if best is None:
        return None
    k = best[1]
    unit = units[k]
    above = next((u for u in reversed(units[first:k]) if u.kind == "para" and not is_chrome_line(u.text)), None)
    if above is not None and headline_like(above) and not above.bullet and unit.words >= 12 and unit.words > above.words:
        return squash(above.text)  # the line picked is the standfirst under the headline
    return squash(unit.text)


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def content_words(text: str) -> set[str]:
    return {word.lower() for word in _CONTENT_WORD.findall(text)}


def _caption_sentence(text: str) -> bool:
    """A line ending in one full stop: a photo's caption or a standfirst, seldom a headline."""
    return text.endswith(".") and not text.endswith("..")


def _printed_with_site(head: list[Unit]) -> dict[str, int]:
    """Head lines printed again with the site's name: '<title> - <site>', '<site> | <title>'."""
    keys = {
        squash(u.text)
        for u in head[:200]
        if u.kind == "para" and "\n" not in u.text and word_count(u.text, 4) >= 3
    }
    found: dict[str, int] = {}
    for unit in head[:200]:
        text = squash(unit.text)
        if unit.kind != "para" or len(text) > 300:
            continue
        for match in SEPARATORS.finditer(text):
            sides = [side for side in (text[: match.start()], text[match.end():]) if side in keys]
            if sides:
                # both printed alone (masthead and headline): the longer is the title
                side = max(sides, key=len)
                found[side] = found.get(side, 0) + 1
    return found


def find_title(head: list[Unit], page: CleanPage, units: list[Unit] | None = None) -> str | None:
    """The title: the logo's, a repeated head line, '<title> | <site>', the line above
    the byline, or the first real line; unless a headline above the story shares
    clearly more words with the story's opening (``units`` is the whole page).
    """
    title = _title_by_layout(head, page, units)
    if units is None or not head:
        return title
    return _checked_against_story(title, units, len(head))


def _title_by_layout(head: list[Unit], page: CleanPage, units: list[Unit] | None) -> str | None:
    counts: dict[str, int] = {}
    for unit in head:
        if unit.kind == "para" and not is_chrome_line(unit.text):
            key = squash(unit.text)
            counts[key] = counts.get(key, 0) + 1
            pair = split_title_site(unit.text)
            if pair:
                # '<title> | <site>' (the browser title) counts as a printing of the title
                left = squash(pair[0])
                counts[left] = counts.get(left, 0) + 1
    for key, extra in _printed_with_site(head).items():
        counts[key] = counts.get(key, 0) + extra
    for unit in head:
        if unit.kind == "para" and is_logo_line(unit.text):
            site, title = parse_logo(unit.text)
            page.site = page.site or site
            if title and counts.get(squash(title)):
                return squash(title)
    # a long head is mostly the site's menus, which repeat their own lines: the
    # headline sits in its last units, just above the story
    first = max(0, len(head) - NEAR_UNITS)
    near = {squash(u.text) for u in head[first:] if u.kind == "para" and not u.bullet}
    menus = menu_head(head)
    # a title printed twice (page heading and article heading); among menus,
    # which repeat their own lines, the one printed nearest the story
    for unit in reversed(head) if menus else head:
        key = squash(unit.text)
        if (
            unit.kind == "para"
            and counts.get(key, 0) >= 2
            and word_count(key, 3) >= (2 if first == 0 else 3)
            and not is_chrome_line(key)
            and not ends_with_agency_credit(key)  # a photo's alt text and caption
            and key in near
        ):
            return key
    for unit in head:
        if unit.kind == "para" and not unit.bullet and not is_chrome_line(unit.text):
            pair = split_title_site(unit.text)  # (a bulleted "X | Y" is a ticker's or a menu's entry)
            if pair:
                page.site = page.site or pair[1]
                return squash(pair[0])
    if units is not None:
        title = _title_before_facts(units, len(head) + 3, first, menus)
        if title:
            return title
        if menus:
            return headline_above(units, len(head), first, menus)
    if units is not None and len(units) < 2:
        return None  # a page of one block has a body, not a title
    for index, unit in enumerate(head):
        if "\n" in unit.text and (index > 0 or menu_block(unit.text)):
            continue  # a block of menu lines
        if unit.kind != "para" or is_chrome_line(unit.text) or is_footer_heading(unit.text):
            continue
        if index > 0 and word_count(unit.text, 3) < 3:
            continue  # a section name under the menu
        return squash(unit.text)
    return None


def _checked_against_story(title: str | None, units: list[Unit], start: int) -> str | None:
    """``title``, or the headline above the story at ``units[start]`` that its opening repeats.

    A page's head is full of lines that look like headlines: photo alt texts,
    section names printed twice, other stories' teasers, a kicker. The
    story's own headline is the one whose words its opening goes on to use.
    The layout's title stands unless that headline shares at least three
    words with the opening and more than twice as many as the title does.
    """
    opening = opening_words(units, start)
    found = _story_headline(units, start, opening)
    if found is None:
        return title
    headline, shared = found
    if title is None:
        return headline
    title_shared = len(content_words(title) & opening)
    return headline if shared >= 3 and shared > 2 * title_shared else title


def _story_headline(units: list[Unit], start: int, opening: set[str]) -> tuple[str, int] | None:
    """The headline-shaped line above ``units[start]`` that shares the most words with the
    story's ``opening`` (for its length; the nearest on a tie), and how many it shares; None
    when no line shares two.
    """
    best: tuple[tuple[float, int], int, int] | None = None
    lines = 0
    for k in range(start - 1, -1, -1):
        unit = units[k]
        lines += unit.words >= 3
        if lines > STORY_HEAD_LINES:
            break
        if not _story_headline_shaped(unit):
            continue
        words = content_words(unit.text)
        shared = len(words & opening)
        if shared < 2:
            continue
        rank = (shared / len(words) ** 0.5, k)
        if best is None or rank > best[0]:
            best = (rank, k, shared)
    if best is None:
        return None
    _, k, shared = best
    unit = units[k]
    above = next((u for u in reversed(units[max(0, k - 2):k]) if u.kind == "para" and not is_chrome_line(u.text)), None)
    if (
        above is not None
        and unit.words >= 12
        and unit.words > above.words
        and above.words >= 4  # a kicker over the headline ("BLACK DEATH FEARS") is no headline
        and _story_headline_shaped(above)
        and len(content_words(above.text) & opening) >= 2
    ):
        return squash(above.text), shared  # the line picked is the standfirst under the headline
    return squash(unit.text), shared


def _story_headline_shaped(unit: Unit) -> bool:
    """Shaped like a headline, and not a byline, a date, a caption, a pull quote or a notice."""
    text = unit.text
    return (
        headline_like(unit)
        and not _is_fact(text)
        and not _caption_sentence(text.rstrip())
        and not _quoted_sentence(text)
        and not _TWO_SENTENCES.search(text)  # "Your privacy is important to us. We have ..."
    )


def opening_words(units: list[Unit], start: int) -> set[str]:
    texts: list[str] = []
    count = 0
    for unit in units[start:]:
        if unit.kind == "para":
            texts.append(unit.text)
            count += unit.words
            if count >= OPENING_WORDS:
                break
    return content_words(" ".join(texts))


# a sentence's end after a lower-case word (not "Rep. Ilhan Omar", "a.m.", "Texas vs. Oklahoma")
_TWO_SENTENCES = re.compile(r"\b(?!vs\b)[a-z]{2,}[.!?] [A-Z]")
# a quotation that ends in its own full stop or comma, maybe with its speaker after it, or a
# whole line quoted: a pull quote ("'We Got Her!' Video Shows ..." is a headline)
_QUOTED_SENTENCE = re.compile(r"""^["“'‘][^"”'’]+(?:[.,]["”'’]|[!?]["”'’]\s*$)""")


def _quoted_sentence(text: str) -> bool:
    return bool(_QUOTED_SENTENCE.match(text.strip()))


def menu_head(head: list[Unit]) -> bool:
    """A head too long for plain article text, with bullets, menu entries or chrome below its first line."""
    return len(head) > PLAIN_HEAD_UNITS and any(
        unit.kind == "para" and (unit.bullet or is_short_unfinished(unit.text) or is_chrome_line(unit.text))
        for unit in head[1:]
    )


def menu_block(text: str) -> bool:
    """Three or more lines of one to three words each: a menu, not a title and subtitle."""
    lines = text.split("\n")
    return len(lines) >= 3 and all(word_count(line, 4) <= 3 for line in lines)


def title_block(unit: Unit) -> bool:
    """A first block short enough to be a title, maybe with its subtitle under it."""
    if unit.kind != "para":
        return False
    if word_count(unit.text, TITLE_WORDS + 1) <= TITLE_WORDS:
        return True
    first = unit.text.split("\n", 1)[0]
    return "\n" in unit.text and word_count(first, TITLE_WORDS + 1) <= TITLE_WORDS and unit.words <= 3 * TITLE_WORDS


def lead_sentence(unit: Unit) -> bool:
    # a page with no title starts with its first paragraph: a long sentence in
    # sentence case ending in a full stop is body text, and taking it as the
    # title would lose it (long titles that end in a stop are in title case
    # or come with a subtitle line)
    if "\n" in unit.text.strip() or not (is_prose(unit) and unit.text.rstrip().rstrip("\"'”’)").endswith(".")):
        return False
    long_words = [w for w in unit.text.split() if len(w) > 3 and w[0].isalpha()]
    return sum(w[0].isupper() for w in long_words) * 2 < len(long_words)
