"""What stands between a scraped page's headline and its story: a standfirst, a byline with
the author's desk, a headline printed longer than the browser title."""

from __future__ import annotations

import re

from .chrome import is_chrome_line
from .meta import is_date_line, is_name_line, parse_byline, split_title_site
from .text import Unit, is_finished, squash
from .title import headline_like, is_prose

# a wire story's opening: "WASHINGTON (AP) —", "NAIROBI, Kenya, Jun 26 –", "KUMASI:"
_DATELINE_OPENING = re.compile(r"^[A-Z][A-Z.'’ -]{2,30}\b(?:,[^—–:\n]{1,30})?(?:\s*\([^)]{1,20}\))?\s*(?:[—–-]|:)\s")


def is_standfirst(units: list[Unit], index: int) -> bool:
    """The unit at ``index`` stands under a headline and over the byline or time stamp, with the
    story after them: a standfirst (dek), not the story's first paragraph."""
    if not 0 < index < len(units) - 2 or units[index].kind != "para" or "\n" in units[index].text:
        return False
    if not 8 <= units[index].words <= 70 or not headline_like(units[index - 1]):
        return False
    if _DATELINE_OPENING.match(units[index].text):
        return False  # "WASHINGTON (AP) — The Senate passed …", printed above the byline: the story's own
    for k in range(index + 1, min(index + 5, len(units))):
        text = units[k].text
        if parse_byline(text) or (is_date_line(text) and not is_finished(text)) or author_over_date(text) \
                or (is_name_line(text) and k + 1 < len(units) and is_date_line(units[k + 1].text)):
            return any(is_prose(u) and not is_chrome_line(u.text) for u in units[k + 1 : k + 8])
        if is_prose(units[k]) and not is_chrome_line(text):
            return False
    return False


# "Ellie Fairbrother Consumer Reporter": a desk after the author's name, over the time stamp
DESK_TAIL = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:Reporter|Correspondent|Editor|Writer|Columnist|Critic|Producer|Analyst)s?$")


def author_over_date(text: str) -> str | None:
    """The author of a block of two lines, the name (maybe with a desk) over the time stamp:
    "Ellie Fairbrother Consumer Reporter ⏎ 11:02, 14 Feb 2024"."""
    lines = text.split("\n")
    if len(lines) != 2 or not is_date_line(lines[1]):
        return None
    return parse_byline(lines[0]) or (squash(DESK_TAIL.sub("", lines[0])) if is_name_line(lines[0]) else None)


def runs_on(line: str, title: str) -> bool:
    """``line`` is ``title`` run on past a colon, as headlines add a quote or a twist."""
    return len(line) > len(title) + 3 and line.startswith(title + ":") and "|" not in line


def past_fuller_headline(units: list[Unit], first_prose: int) -> int:
    """Past the headline when what looked like the story's first paragraph is the browser
    title printed above it, run on past a colon (a headline with a quote in it reads as prose)."""
    if first_prose >= len(units):
        return first_prose
    line = squash(units[first_prose].text)
    titles = [pair[0] for u in units[:first_prose] if u.kind == "para" and (pair := split_title_site(u.text))]
    if not any(runs_on(line, squash(t)) for t in titles):
        return first_prose
    return next((i for i in range(first_prose + 1, len(units))
                 if is_prose(units[i]) and not is_chrome_line(units[i].text)), first_prose)
