"""House styles of quotation marks, rewritten into the one the rules read.

Every rewrite replaces characters one for one, so that offsets found in the
rewritten page point at the same words in the page as written; extraction
runs on the rewritten page and then takes its words back from the original
(:func:`with_marks_of`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressroom.model import CleanPage, Extraction

from .lexicon import ANY_GIVEN_NAME
from .text import find_quote_spans


def as_read(page: CleanPage) -> CleanPage:
    """The page as the rules read it: a nickname inside a name unquoted (see
    :func:`nicknames_unquoted`), and quotations in single marks written in double ones when single
    marks are the page's house style, that is when they open more of its quotations than double marks
    do. Sites that quote in double marks keep single ones for headlines and standfirsts
    (Justice vows to be 'more circumspect'), which are not quotations."""
    paragraphs = [nicknames_unquoted(text) for text in page.paragraphs]
    if any("‘" in text or "'" in text for text in paragraphs):  # (most pages have no single mark to read)
        rewritten = _in_double_marks(paragraphs)
        if rewritten != paragraphs and _opens_more_quotations(paragraphs, rewritten):
            paragraphs = rewritten
    return page if paragraphs == page.paragraphs else replace(page, paragraphs=paragraphs)


def _in_double_marks(paragraphs: list[str]) -> list[str]:
    """Every paragraph with its quotations in single marks rewritten, each knowing whether the one
    before left a quotation open."""
    rewritten, inside = [], False
    for text in paragraphs:
        rewritten.append(single_marks_as_double(text, starts_inside=inside))
        spans = find_quote_spans(rewritten[-1], starts_inside=inside)
        inside = bool(spans) and not spans[-1].closed
    return rewritten


def _opens_more_quotations(before: list[str], after: list[str]) -> bool:
    """The rewritten single marks open more of the quotations than the double marks written so."""
    single = double = 0
    for old, new in zip(before, after):
        for span in find_quote_spans(new):
            if old[span.open_at] != new[span.open_at]:
                single += 1
            else:
                double += 1
    return single > double


def with_marks_of(page: CleanPage, ex: Extraction) -> Extraction:
    """``ex``, read from the page in double marks, with its words taken back from ``page`` as written
    (the rewrite moves no offset)."""
    body = page.body
    for q in ex.quotes:
        q.text = body[q.start_char : q.end_char]
    for m in ex.mentions:
        if m.paragraph_index is not None:
            m.surface = body[m.start_char : m.end_char]
    return ex


# British, Irish and Australian sites quote in single marks (‘We will fight,’ she said.) and nest
# double marks inside them. A single mark is also an apostrophe (don’t, the workers’ union, ’90s,
# rock ’n’ roll), so only a pair that cannot be one is read as a quotation.
_SINGLE_OPEN_BEFORE = set(" \t\n([{—–-/:;,") | {""}
_SINGLE_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-…”\"") | {""}
_CLIPPED = re.compile(r"(?:em|til|cause|n|tis|twas|bout|round)\b", re.I)  # ‘em, ‘til: apostrophes typed as ‘


def single_marks_as_double(text: str, starts_inside: bool = False) -> str:
    """``text`` with each quotation in single marks rewritten in double marks, and the double marks
    nested inside it in single ones, character for character (offsets do not move). Single marks
    inside a quotation in double marks are nested quotes and stay as they are, and so are those of
    a paragraph that goes on with a quotation from the paragraph before (``starts_inside``) without
    opening it again."""
    if "‘" not in text and "'" not in text or starts_inside and not text.lstrip().startswith(("‘", "'")):
        return text
    doubles = find_quote_spans(text)
    chars = list(text)
    i = 0
    while i < len(text):
        mark = text[i]
        if mark not in "‘'" or not _opens_single(text, i) or any(s.open_at < i < s.close_end for s in doubles):
            i += 1
            continue
        close = _single_close(text, i)
        if close is None:
            # a quotation running on into the next paragraph is not closed in this one; it opens the
            # paragraph or follows a colon
            if mark == "‘" and text[i + 1].isupper() and (i == 0 or text[:i].rstrip().endswith(":")) \
                    and not any(s.open_at > i for s in doubles):
                chars[i] = "“"
                break
            i += 1
            continue
        inner = [s for s in doubles if i < s.open_at < close]
        if any(s.close_end > close + 1 for s in inner):
            i += 1  # crosses a quotation in double marks: not a pair of quotation marks
            continue
        chars[i], chars[close] = "“", "”"
        for s in inner:
            if text[s.open_at] in "“\"":
                chars[s.open_at] = "‘"
            if s.closed and text[s.close_end - 1] in "”\"":
                chars[s.close_end - 1] = "’"
        i = close + 1
    return "".join(chars)


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    return before in _SINGLE_OPEN_BEFORE and text[i + 1 : i + 2].isalpha() and not _CLIPPED.match(text, i + 1)


def _single_close(text: str, i: int) -> int | None:
    """Where the quotation opened with the single mark at ``i`` closes: the first closing mark of its
    kind, passing over a plural's apostrophe before a lower-case word (‘The workers’ union will
    fight,’) when a later mark closes it. A straight mark closes only after punctuation, two words
    or one whole word."""
    closer = "’" if text[i] == "‘" else "'"
    found = None
    for j in range(i + 2, len(text)):
        if text[j] == text[i] and _opens_single(text, j):
            break  # another quotation opens first
        if text[j] != closer or text[j - 1].isspace() or text[j + 1 : j + 2] not in _SINGLE_CLOSE_AFTER:
            continue
        plural = text[j - 1] in "sS" and re.match(r"\s+[a-z]", text[j + 1 :])
        if closer == "'" and text[j - 1] not in ",.?!…" and len(text[i + 1 : j].split()) < 2 \
                and not re.fullmatch(r"[A-Za-z-]{3,}", text[i + 1 : j]):
            continue  # (one word: called the decision 'short-sighted'.)
        if plural:
            found = found if found is not None else j
            continue
        return j
    return found


# a nickname between a given name and a surname: Juan "Chico" Manriquez, John “Tig” Tiegen
_NICKNAME = re.compile(r"\b(?P<given>[A-Z][a-z]+)\s+(?P<open>``|''|[“\"‘'])(?P<nick>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)"
                       r"(?P<close>''|[”\"’'])\s+(?=[A-Z][a-z])")


def nicknames_unquoted(text: str) -> str:
    """``text`` with the marks around a nickname inside a person's name blanked out, so that the name
    is read whole and the nickname is not taken for a quotation (offsets do not move)."""
    def blank(m: re.Match) -> str:
        if m["given"].lower() not in ANY_GIVEN_NAME:
            return m.group()
        return m.group()[: m.start("open") - m.start()] + " " * len(m["open"]) + m["nick"] + " " * len(m["close"]) \
            + m.group()[m.end("close") - m.start() :]
    return _NICKNAME.sub(blank, text)
