"""Turn the plain text of a scraped page into a :class:`CleanPage`.

The page is read as a sequence of units (paragraphs and captions). Three
zones get different treatment:

* the head, before the first real prose paragraph: the title, the site's
  name, byline and date are read there; anything short and unfinished there
  is menu or section furniture;
* the body: only positively identified chrome goes (ad slots, share bars,
  captions, repeated paragraphs);
* the foot: lists of other stories, comment sections and appeals are cut.

Plain article text (title line, then paragraphs) passes through unchanged,
because every rule needs a structural signal that plain text never has.
"""

from __future__ import annotations

from ..model import CleanPage
from .caption_lines import is_alt_text, split_caption_lines
from .captions import caption_with_credit, credit_only
from .chrome import is_chrome_line
from .meta import (
    copyright_holder,
    is_name_line,
    is_date_line,
    is_logo_line,
    parse_byline,
    parse_date,
    parse_image_label,
    parse_logo,
    split_title_site,
)
from .text import (
    Unit,
    bullet_text,
    continues,
    indent,
    is_finished,
    is_hard_wrapped,
    join_wrapped,
    normalise,
    prose_paragraphs,
    split_blocks,
    squash,
    word_count,
    wrap_width,
)
from .foot import CREDITED_CAPTION_WORDS, cut_foot, drop_body_chrome, fill
from .head import DESK_TAIL, author_over_date, is_standfirst, past_fuller_headline, runs_on
from .region import story_end, story_start
from .title import (
    PROSE_WORDS,
    content_words,
    find_title,
    headline_like,
    is_prose,
    is_short_unfinished,
    lead_sentence,
    menu_block,
    menu_head,
    opening_words,
    title_block,
)
from .vocab import is_box_heading, is_footer_heading, is_time_stamp


def clean_text(text: str) -> CleanPage:
    """Clean the plain text of a scraped news page.

    Returns the title, the body paragraphs in order, the photo captions with
    their credits and positions, and the site, byline and date when the page
    prints them. Never raises on odd input: empty or garbage text gives a
    page with no title and no paragraphs.
    """
    units = _merge_continuations(_units(split_blocks(normalise(text))))
    page = CleanPage(title=None, paragraphs=[])
    body = _read_head(units, page)
    page.site = page.site or _masthead_site(units)
    # a byline printed under a standfirst sits in the body: the foot needs it for the bio
    byline = page.byline or next((b for b in map(_unit_byline, body[:8] + body[-20:][::-1]) if b), None)
    page.byline = byline
    scraped = len(body) < len(units) - 1 or bool(page.byline or page.site or page.published_at)
    body = cut_foot(body, byline, scraped)
    if scraped:
        body = body[: story_end(body)]
    body = drop_body_chrome(body, page.title, page, scraped)
    fill(page, body)
    return page


def _masthead_site(units: list[Unit]) -> str | None:
    """The site's name printed alone at the top and again in the copyright line at the foot."""
    top = {squash(u.text) for u in units[:15] if u.kind == "para" and word_count(u.text, 8) <= 6}
    if not top:
        return None
    for unit in reversed(units[-30:]):
        for line in unit.text.split("\n")[:5]:
            if "©" in line or "copyright" in line.lower():
                holder = copyright_holder(line)
                if holder and squash(holder) in top:
                    return squash(holder)
    return None


def _unit_byline(unit: Unit) -> str | None:
    return parse_byline(unit.text) if unit.kind == "para" else None


# --- units ------------------------------------------------------------------


def _line_units(lines: list[str], raw: str, whole: bool, width: int | None) -> list[Unit]:
    """Units for the plain lines of a block (captions already taken out)."""
    lines = [line for line in lines if line.strip()]
    if not lines:
        return []
    if len(lines) > 1 and is_hard_wrapped(lines, width):
        return [_unit(join_wrapped(lines), lines[0], joined=True)]
    bullets = sum(1 for line in lines if bullet_text(line) is not None)
    is_list = bullets >= 2 and bullet_text(lines[0]) is not None
    chrome = any(is_chrome_line(line) or is_footer_heading(line) or is_box_heading(line) for line in lines)
    if len(lines) == 1 or is_list or chrome:
        # a list or a run of menu lines: every line stands on its own
        units = [_unit(line, line) for line in lines]
        if chrome and len(lines) > 1:
            # a page printed without blank lines is one block with its furniture in it: there, its
            # sentences are the story's, however short ("The survey is expected to report in September.")
            story = sum(1 for line in lines if word_count(line, PROSE_WORDS) >= PROSE_WORDS and is_finished(line)) >= 3
            for unit in units:
                if not (story and is_finished(unit.text) and word_count(unit.text, 6) >= 6):
                    unit.tags.add("menu")  # a box of links or a widget: its other lines go too
        return units
    paragraphs = prose_paragraphs(lines)
    if len(paragraphs) > 1:
        # one paragraph a line: pages that break paragraphs with a single newline
        return [_unit("\n".join(line.strip() for line in group), group[0]) for group in paragraphs]
    # lines kept together as the page had them (verse, short lists)
    text = raw.strip() if whole else "\n".join(line.strip() for line in lines)
    if len(lines) == 2 and (caption := caption_with_credit(squash(text))) is not None:
        # a caption broken over two lines, read as it is when the same words come on one line (not a box
        # of links: "Impeachment ⏎ Bill Barr ⏎ … Ford v. ⏎ Ferrari …")
        return [Unit(text=caption[0], kind="caption", credit=caption[1])]
    return [_unit(text, lines[0])]


def _unit(text: str, first_line: str, joined: bool = False) -> Unit:
    unit = Unit(text=text.strip(), raw=first_line)
    unit.bullet = bullet_text(first_line) is not None
    unit.indented = indent(first_line) >= 2
    if joined:
        unit.tags.add("wrapped")
    return unit


def _units(blocks: list[str]) -> list[Unit]:
    units: list[Unit] = []
    split = [block.split("\n") for block in blocks]
    width = wrap_width(split)
    for block, lines in zip(blocks, split):
        segments = split_caption_lines(lines)
        whole = len(segments) == 1
        for k, (kind, value) in enumerate(segments):
            if kind == "caption":
                text, credit = value  # type: ignore[misc]
                if k == 0 and units and units[-1].kind == "para" and "\n" not in units[-1].text \
                        and is_alt_text(units[-1].text, text, share=0.5):
                    # the photo's alt text, a block of its own over the caption, most of its words the
                    # caption's (not a subheading, "Rebuilding the market"): no body, though the head may
                    # still read it as the headline
                    units[-1].tags.add("alt")
                units.append(Unit(text=text, kind="caption", credit=credit))
            else:
                units.extend(_line_units(value, block, whole, width))  # type: ignore[arg-type]
    return units


def _merge_continuations(units: list[Unit]) -> list[Unit]:
    """Rejoin a paragraph that a blank line split in the middle of a sentence.

    Never into the page's first unit: that is where a headline stands, and a headline
    does not run on into the story (a two-line headline printed on one line would
    otherwise swallow a first paragraph that opens in lower case).
    """
    merged: list[Unit] = []
    for unit in units:
        prev = merged[-1] if len(merged) > 1 else None
        if (
            prev is not None
            and prev.kind == unit.kind == "para"
            and not prev.bullet
            and "\n" not in prev.text
            and continues(prev.text, unit.text)
            and not is_chrome_line(unit.text)
        ):
            nxt = join_wrapped([prev.text, unit.text])
            prev.text = nxt
            prev.tags.add("wrapped")
            continue
        merged.append(unit)
    return merged


# --- head ---------------------------------------------------------------------


def _read_head(units: list[Unit], page: CleanPage) -> list[Unit]:
    """Read title, site, byline and date off the head; return the remaining units."""
    first_prose = next((i for i, u in enumerate(units) if is_prose(u) and not is_chrome_line(u.text)), len(units))
    first_prose = story_start(units, first_prose)
    first_prose = past_fuller_headline(units, first_prose)
    if is_standfirst(units, first_prose):
        # title, standfirst, byline, story: the standfirst sums the story up and is no part of it
        page.meta["standfirst"] = squash(units[first_prose].text)
        units = units[:first_prose] + units[first_prose + 1:]
        first_prose = next((i for i in range(first_prose, len(units))
                            if is_prose(units[i]) and not is_chrome_line(units[i].text)), first_prose)
    head = _credited_photos(units[:first_prose])
    units = head + units[first_prose:]
    first_prose = len(head)
    title = find_title(head, page, units)
    # a tabloid's headline runs on past the browser title: "<title>: ‘I was giving birth!’"
    title = next((squash(u.text) for u in head if u.kind == "para" and title and runs_on(squash(u.text), title)), title)
    menus = menu_head(head)
    # (only a head of menus drops unrelated headlines: no other page pays for the opening's words)
    story_words = opening_words(units, first_prose) | content_words(title or "") if menus else set()
    if (
        title is None
        and not menus
        and len(units) > 1
        and title_block(units[0])
        and not lead_sentence(units[0])
        and not menu_block(units[0].text)
    ):
        # plain text: the title is simply the first line (or block)
        title = squash(units[0].text)
        head = units[:1]
        first_prose = max(first_prose, 1)
    page.title = title
    # a head of menus with no title found in it: none of it is the story
    title_seen = title is None and not menus
    header_date: str | None = None
    bylined: set[int] = set()
    kept: list[Unit] = []
    for index, unit in enumerate(head):
        if unit.kind == "caption":
            kept.append(unit)
            continue
        text = unit.text
        key = squash(text)
        if title is not None and key == title:
            title_seen = True
            continue
        if not title_seen and is_date_line(text) and parse_byline(text) is None:
            # a date above the headline is the site header's "today"; the
            # article's own date, if printed, comes under the headline
            header_date = header_date or parse_date(text)
            continue
        if index in bylined:
            continue  # the name under a lone "By"
        if _read_fact(text, page, title):
            continue
        author = _split_byline(head, index)
        if author:
            # "By" and the author's link printed as two lines
            page.byline = page.byline or author
            bylined.add(index + 1)
            continue
        if title_seen and _name_over_date(head, index):
            page.byline = page.byline or squash(DESK_TAIL.sub("", bullet_text(text) or text))
            continue
        if not title_seen:
            continue  # menus and section names above the title
        if unit.bullet and not any(u.kind == "para" for u in kept):
            continue  # summary points between headline and story restate it
        if is_chrome_line(text) or is_footer_heading(text):
            continue
        if is_short_unfinished(text) and not _update_heading(head, index, first_prose, title):
            continue
        if menus and _unrelated_headline(unit, story_words):
            continue
        if not kept and is_standfirst(units, index):
            page.meta["standfirst"] = key
            continue
        kept.append(unit)
    page.published_at = page.published_at or header_date
    return kept + units[first_prose:]


def _credited_photos(head: list[Unit]) -> list[Unit]:
    """The head with each line that a photo credit follows made a caption with that credit.

    "A crumpled dollar bill" over "Photograph: Jane Doe/Getty Images" is a
    photo, not a headline. Only a labelled credit or one that names an agency
    after a photographer counts here: a bare "REUTERS" under a headline is the
    story's byline.
    """
    out: list[Unit] = []
    facts_seen = False
    for unit in head:
        prev = out[-1] if out else None
        credit = _photographer_credit(unit.text) if prev is not None and prev.kind == unit.kind == "para" else None
        if (
            credit is not None
            and not prev.bullet
            and "\n" not in prev.text
            and 3 <= prev.words <= CREDITED_CAPTION_WORDS
            and not is_chrome_line(prev.text)
            # a lead photo with only a credit sits under the headline: the line over the credit is a
            # photo's alt text only below the byline or date, or when the caption repeats it
            and (facts_seen or (len(out) > 1 and squash(out[-2].text) == squash(prev.text)))
        ):
            prev.kind, prev.credit = "caption", credit
            continue
        facts_seen = facts_seen or (unit.kind == "para" and (parse_byline(unit.text) is not None or is_date_line(unit.text)))
        out.append(unit)
    return out


def _photographer_credit(text: str) -> str | None:
    """The credit when ``text`` is a labelled one or names a photographer beside an agency."""
    credit = credit_only(text)
    return credit if credit is not None and (credit != text.strip() or any(mark in credit for mark in "/|©")) else None


def _unrelated_headline(unit: Unit, story_words: set[str]) -> bool:
    """A headline-shaped line under the title that shares no word with it or the story's opening:
    another story's teaser, a section's name."""
    return headline_like(unit) and not is_finished(unit.text) and not content_words(unit.text) & story_words


def _split_byline(head: list[Unit], index: int) -> str | None:
    """The author when ``head[index]`` is a lone "By" and the next line a name."""
    if head[index].text.strip().lower() not in ("by", "by:") or index + 1 >= len(head):
        return None
    name = squash(head[index + 1].text)
    return name if head[index + 1].kind == "para" and is_name_line(name) else None


def _name_over_date(head: list[Unit], index: int) -> bool:
    """An author's name alone (maybe bulleted) under the headline, over a handle or a date."""
    text = head[index].text
    if head[index].kind != "para" or not is_name_line(bullet_text(text) or text):
        return False
    for unit in head[index + 1: index + 3]:
        if is_date_line(unit.text) or unit.text.startswith("@") or parse_byline(unit.text):
            return True
    return False


def _update_heading(head: list[Unit], index: int, first_prose: int, title: str | None) -> bool:
    """A subheading right above the first paragraph: under a bare time stamp (a live
    update's heading) or straight under the title (the same page cleaned once already)."""
    if index != first_prose - 1 or index == 0:
        return False
    above = head[index - 1].text
    return is_time_stamp(above) or (squash(above) == title and word_count(head[index].text, 3) >= 3)


def _read_fact(text: str, page: CleanPage, title: str | None) -> bool:
    """Record the site, byline or date a head line carries; True when the line is used up."""
    if is_logo_line(text):
        site, _ = parse_logo(text)
        page.site = page.site or site
        return True
    site = parse_image_label(text)
    if site:
        page.site = page.site or site
        return True
    if title is not None:
        pair = split_title_site(text, title)
        if pair:
            page.site = page.site or pair[1]
            return True
    byline = parse_byline(text) or author_over_date(text)
    if byline:
        page.byline = page.byline or byline
        page.published_at = page.published_at or parse_date(text)
        return True
    if is_date_line(text) and (not text.endswith(".") or " | " in text):
        page.published_at = page.published_at or parse_date(text)
        return True
    return False
