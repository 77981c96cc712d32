"""Line-level chrome detectors shared by the cleaner and by validation."""

from __future__ import annotations

from functools import lru_cache

from .captions import credit_only, is_caption_label, is_image_file
from .meta import is_byline_line, is_date_line, is_logo_line, parse_image_label
from .text import is_finished, word_count
from .vocab import (
    is_appeal,
    is_breadcrumb,
    is_footer_heading,
    is_interjection,
    is_interruption,
    is_nav_line,
    is_widget_line,
)


def is_chrome_line(line: str) -> bool:
    """True when one line is page furniture whatever its position on the page.

    Only positive identifications: menus, share bars, ad slots, logo alt
    text, bylines, datelines, bare credits, file names, appeals. Position
    based rules (short lines at the head or the foot) live in the cleaner.
    """
    text = line.strip()
    # every detector is for short lines (an appeal of up to forty words is the
    # longest); checking length first also keeps huge lines out of the cache
    return bool(text) and len(text) <= 320 and _short_line_is_chrome(text)


@lru_cache(maxsize=4096)  # the cleaner asks about the same line from several passes
def _short_line_is_chrome(text: str) -> bool:
    return (
        is_nav_line(text)
        or is_breadcrumb(text)
        or is_interruption(text)
        or is_interjection(text)
        or is_widget_line(text)
        or is_logo_line(text)
        or parse_image_label(text) is not None
        or is_image_file(text)
        or is_caption_label(text)
        or credit_only(text) is not None
        or is_byline_line(text)
        or (is_date_line(text) and not is_finished(text))
        or (is_appeal(text) and word_count(text, 41) <= 40)
    )


def chrome_lines(body: str) -> list[str]:
    """Lines of a cleaned body that still look like site chrome.

    Validation uses this as "no chrome left in bodies": on a good cleaning
    it returns an empty list.
    """
    if not body:
        return []
    found = []
    for line in body.split("\n"):
        text = line.strip()
        if text and not _is_table_row(text) and (is_chrome_line(text) or is_footer_heading(text)):
            found.append(text)
    return found


def _is_table_row(text: str) -> bool:
    # a data table kept from an HTML page ("| 1 | Kyle Doe | 5040 |"): content,
    # though its cells split by bars look like a scraped menu row
    return len(text) > 2 and text.startswith("|") and text.endswith("|")
