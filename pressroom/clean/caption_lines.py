"""Captions among the lines of one block of a scraped page: alt text and the caption that repeats
it, a caption with its credit on the line under it or over it, a broadcaster's labelled pair, an
image file name and the caption after it, alt text over a caption that says other words."""

from __future__ import annotations

import re

from .captions import (CAPTION_LABEL, COPYRIGHT_LABEL, LONE_CAPTION_WORDS, MAX_CAPTION_WORDS, caption_with_credit,
                       credit_only, is_image_file, is_wire_caption, looks_like_name, split_credit)
from .meta import is_byline_line
from .text import is_finished, squash, word_count

# "File photo: Labour leaders at a rally": the credit first, then the caption
_CREDIT_FIRST = re.compile(r"^(?P<credit>(?i:file photo|photo supplied|supplied photo))\s*:\s*(?P<text>\S.*)$")


def _labelled_caption(line: str, nxt: str) -> tuple[tuple[str, str | None], int] | None:
    """('text', credit) and lines used for 'Image copyright X' + 'Image caption Y' (either order)."""
    if len(line) > 1000:
        return None
    credit = COPYRIGHT_LABEL.match(line)
    if credit:
        caption = CAPTION_LABEL.match(nxt)
        if caption:
            return (caption.group("value").strip(), credit.group("value").strip()), 2
        return None
    caption = CAPTION_LABEL.match(line)
    if caption:
        credit = COPYRIGHT_LABEL.match(nxt)
        if credit:
            return (caption.group("value").strip(), credit.group("value").strip()), 2
        return (caption.group("value").strip(), None), 1
    return None


def is_alt_text(line: str, caption: str, share: float = 0.0) -> bool:
    """A short line without a stop over a caption that shares a word with it (more than ``share`` of its
    words, when asked): its photo's alt text."""
    text = line.strip()
    if not 2 <= len(text.split()) <= 14 or text[-1:] in ".!?:;,”\"’'" or credit_only(text):
        return False
    # (a subheading over a photo shares none: "A long night")
    stems = _stems(text)
    shared = stems & _stems(caption)
    return bool(shared) and len(shared) > share * len(stems)


def _stems(text: str) -> set[str]:
    return {w[:5].lower() for w in re.findall(r"[^\W\d_]{4,}", text)}


def split_caption_lines(lines: list[str]) -> list[tuple[str, object]]:
    """Find captions among the lines of one block.

    Returns segments in order: ("lines", [line, ...]) for ordinary text and
    ("caption", (text, credit)) for each caption found.
    """
    segments: list[tuple[str, object]] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            segments.append(("lines", pending.copy()))
            pending.clear()

    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < n else ""
        caption: tuple[str, str | None] | None = None
        used = 1
        labelled = _labelled_caption(stripped, nxt)
        if labelled is not None:
            flush()
            caption, used = labelled
            segments.append(("caption", caption))
            i += used
            continue
        if is_image_file(stripped):
            # the file name is the image; the caption, if any, follows it
            flush()
            if nxt and not is_image_file(nxt) and word_count(nxt, 200) <= MAX_CAPTION_WORDS:
                caption = split_credit(nxt, names=True)
                used = 2
            else:
                i += 1
                continue
        elif (
            nxt
            and len(stripped) <= 1000
            and word_count(stripped, 4) >= 3
            and squash(nxt).startswith(squash(stripped))
            and word_count(nxt, MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS
        ):
            # alt text, then the caption that repeats it and adds the credit
            caption = split_credit(nxt, names=True, signed=True)
            used = 2
        else:
            caption = caption_with_credit(stripped)
            first = _CREDIT_FIRST.match(stripped) if caption is None and len(stripped) <= 600 else None
            if first and word_count(first.group("text"), 5) >= 5:
                # "File photo: Labour leaders at a rally in Abuja"
                caption = (first.group("text"), first.group("credit"))
            if caption is None and is_wire_caption(stripped):
                caption = split_credit(stripped, names=True)
            if caption is None and nxt and word_count(stripped, 4) >= 3 and not is_byline_line(stripped):
                credit = credit_only(nxt)
                if credit and word_count(stripped, MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS:
                    caption, used = (stripped, credit), 2
            if caption is None and pending and nxt and is_alt_text(pending[-1], stripped) \
                    and is_finished(stripped) and word_count(stripped, LONE_CAPTION_WORDS + 1) <= LONE_CAPTION_WORDS \
                    and looks_like_name(nxt) and len(nxt.split()) >= 2:
                # alt text, the caption, the photographer's bare name: "Jang at a briefing ⏎ Jang speaks
                # during a briefing in Sejong on Tuesday. ⏎ Im Se-jun"
                caption, used = (stripped, nxt), 2
        if caption is None:
            pending.append(line)
            i += 1
            continue
        text, credit = caption
        if credit is None and pending and credit_only(pending[-1]):
            # the credit printed over the picture, above its caption
            credit = credit_only(pending.pop())
        if pending and is_alt_text(pending[-1], text):
            pending.pop()  # the photo's alt text printed over its caption: "A grey wolf in a forest"
        flush()
        after = i + used
        if credit is None and after < n:
            # a credit on its own line right under the caption
            extra = credit_only(lines[after])
            if extra:
                credit, after = extra, after + 1
        segments.append(("caption", (text, credit)))
        i = after
    flush()
    return segments
