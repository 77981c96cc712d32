"""Quotation marks and sentences inside one paragraph.

Quotation marks in scraped news are messy: straight and curly marks mixed,
two-apostrophe marks (``''…''``, ``` ``…'' ``` and ``“…’’``), a quotation running over
several paragraphs that is opened in each and closed only at the end, and
plain typos. Everything here works on one paragraph string and never raises
on unbalanced marks: a quote that is not closed runs to the end of its
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ROLE_HEADS, VERB_LEMMA

# Two-apostrophe and backtick marks first so that they are not read as two
# single apostrophes.
# Curly pairs too: some sites close “… with ’’ (or open with ‘‘), two single quotes for a double.
_MARK_RE = re.compile(r"``|'?''|’?’’|‘‘|[“”\"„«»]")  # a triple: a single quote closing inside, then the pair
_OPENERS = {"“", "„", "«", "``", "‘‘"}
_CLOSERS = {"”", "»", "’’"}
_OPEN_BEFORE = set(" \t\n([{—–-/:;,") | {""}
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-…") | {""}


@dataclass
class QuoteSpan:
    """A quotation inside a paragraph (offsets into the paragraph)."""

    open_at: int  # offset of the opening mark
    start: int  # first character of the quoted words
    end: int  # one past the last quoted character
    close_end: int  # one past the closing mark (== end when unclosed)
    closed: bool
    opened: bool = True  # False when the paragraph starts inside a quotation


def _role(text: str, pos: int, mark: str) -> str:
    """'open' or 'close' from the characters around the mark; curly marks
    point the right way most of the time, so they are only overruled when
    the context clearly says otherwise (typos such as ” at a word start)."""
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + len(mark)] if pos + len(mark) < len(text) else ""
    looks_open = before in _OPEN_BEFORE and after not in _CLOSE_AFTER - {"-", "—", "–"} and not after.isspace()
    looks_close = after in _CLOSE_AFTER and before not in {" ", "\t", "\n", ""}
    if mark in _OPENERS:
        return "close" if looks_close and not looks_open else "open"
    if mark in _CLOSERS:
        return "open" if looks_open and not looks_close else "close"
    if looks_open and not looks_close:
        return "open"
    if looks_close and not looks_open:
        return "close"
    return "either"


def find_quote_spans(text: str, starts_inside: bool = False) -> list[QuoteSpan]:
    """Quotations in one paragraph.

    ``starts_inside`` says the previous paragraph ended inside an unclosed
    quotation; then a closing mark before any opening mark closes a quote that
    began at the paragraph start.
    """
    spans: list[QuoteSpan] = []
    inside = False
    open_at = start = 0
    opened = True
    outer = ""  # the mark that opened the quotation we are inside
    marks = list(_MARK_RE.finditer(text))
    kinds = [m.group() for m in marks]
    nested_close = -1  # the closing mark of a pair nested inside the quotation (see _nested)
    for k, m in enumerate(marks):
        mark, mark_at = m.group(), m.start()
        if mark_at == nested_close:
            continue
        if inside and mark == "“" and _nested(outer, open_at, kinds[k + 1 :]):
            nested_close = marks[k + 1].start()
            continue
        if len(mark) == 3:
            # closing: a single quote ends inside, then the pair; opening: the pair, then a single
            opening = mark_at == 0 or text[mark_at - 1] in " \t\n([{—–-"
            mark, mark_at = mark[1:], mark_at + (0 if opening else 1)
        if mark in ("''", "’’") and mark_at > 0 and text[mark_at - 1].isalpha() and m.end() < len(text) and text[m.end()].isalpha():
            continue  # an apostrophe pair inside a word
        role = _role(text, mark_at, mark)
        if role == "open" and inside and mark in _CLOSERS and mark_at > 0 and text[mark_at - 1] in ",.?!…":
            role = "close"  # "…paranoia,”Clinton said": a closing mark with its space left out
        if role == "either":
            role = "close" if inside else "open"
        if role == "open":
            if inside:
                # a second opening mark before a close: the earlier quote was
                # left open; end it where this one begins so neither is lost
                _add(spans, text, open_at, start, mark_at, mark_at, False, opened)
            inside, open_at, start, opened, outer = True, mark_at, m.end(), True, mark
        else:
            if inside:
                _add(spans, text, open_at, start, mark_at, m.end(), True, opened)
                inside = False
            elif not spans and starts_inside and text[: mark_at].strip():
                # the paragraph continues a quotation without re-opening it
                _add(spans, text, 0, 0, mark_at, m.end(), True, False)
            # any other stray closing mark is ignored
    if inside:
        _add(spans, text, open_at, start, len(text), len(text), False, opened)
    return spans


def block_quote_paragraphs(paragraphs: list[str]) -> set[int]:
    """Paragraphs of block quotes from another text, on a page that quotes in curly marks: each opens
    with a straight mark, the passage closes (if ever) with one, and one such passage on the page holds
    curly quotations of its own ("McCrummen reports: ⏎ "The first time she had seen him … a doctor had
    typed “homicidal ideation.” ⏎ "Melanie thought …"). Their opening marks are no quotation of the
    page's; the curly quotations inside are. On a page with no such passage, a passage in straight
    marks is a quotation."""
    curly = sum(p.count("“") + p.count("”") for p in paragraphs)
    if curly < 4 or sum(p.count('"') for p in paragraphs) * 2 > curly:
        return set()
    # (a passage that says "I" or "we" outside its own quotations is someone's words: a speaker's
    # quotation or post, not another writer's report)
    openers = [k for k, text in enumerate(paragraphs) if _opens_straight(text) and not _speaks_for_itself(text)]
    for first in openers:
        block = [first]  # its paragraphs, each opened again, up to one with the closing mark
        while '"' not in paragraphs[block[-1]][1:] and block[-1] + 1 < len(paragraphs) and (
                _opens_straight(paragraphs[block[-1] + 1]) or '"' in paragraphs[block[-1] + 1]):
            block.append(block[-1] + 1)
        if any(_speaks_for_itself(paragraphs[k]) for k in block[1:]):
            continue
        if any("“" in paragraphs[k] for k in block):
            # the page's way of setting out a block quote, with the last paragraph of each, opened
            # and closed ("YAF became one of the most influential groups … ."")
            return set(openers) | {k for k in range(1, len(paragraphs)) if k - 1 in openers
                                   and paragraphs[k].startswith('"') and paragraphs[k].count('"') == 2
                                   and paragraphs[k].rstrip().endswith('"')}
    return set()


_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Mm]e|[Mm]y|[Oo]ur|[Uu]s|[Mm]ine|[Oo]urs)\b")
_CURLY_QUOTATION = re.compile(r"“[^”]*”")


def _speaks_for_itself(text: str) -> bool:
    """The paragraph says I or we outside its own curly quotations."""
    return _FIRST_PERSON.search(_CURLY_QUOTATION.sub("", text)) is not None


def _opens_straight(text: str) -> bool:
    # opened with a straight mark that nothing in the paragraph closes: not ""If I were …,” he said"
    return text.startswith('"') and text.count('"') == 1 and text.count("“") == text.count("”")


def unmark_block_quote(text: str) -> str:
    """The paragraph with its opening straight mark blanked (see :func:`block_quote_paragraphs`)."""
    return " " + text[1:]


def _nested(outer: str, outer_at: int, following: list[str]) -> bool:
    """An opening “ inside a quotation opened with ``outer`` (at ``outer_at``)
    starts a quotation inside it, given the marks that follow: in a passage in
    straight marks that opens the paragraph or closes later, a closed curly pair
    ("PENCE: … an episode of “Shark Tank.” But …" -- not a straight mark left
    open by mistake before someone else's quotation); inside curly marks, a
    pair closed just before the passage closes (“… what he calls “hell” than …”)."""
    if following[:1] != ["”"]:
        return False
    if outer == '"':
        return outer_at == 0 or '"' in following[1:]
    return outer == "“" and following[1:2] == ["”"]


def _add(spans, text, open_at, start, end, close_end, closed, opened) -> None:
    # trim white space inside the marks; keep punctuation (the gold keeps it)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(QuoteSpan(open_at, start, end, max(close_end, end), closed, opened))


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with every quotation (marks included) replaced by 'Q's of
    the same length, keeping a final . ? or ! so that sentence splitting and
    verb matching never look inside quoted words."""
    chars = list(text)
    for s in spans:
        for i in range(s.open_at, s.close_end):
            chars[i] = "Q"
        last = text[s.start:s.end].rstrip("”\"' ")[-1:]
        if last in ".?!…" and s.closed and not (last != "." and _attribution_follows(text, s.close_end)):
            chars[s.close_end - 1] = "."
        elif not s.closed and last in ".?!…":
            chars[s.end - 1] = "."
    return "".join(chars)


# "…?" Bush asked. / "…!" the senator said: after a question or exclamation
# the attribution goes on the same sentence even when it starts with a capital.
_WORDS_AFTER = re.compile(r"[ \t]+([^?!;:\"“”\n]{1,80})")


def _attribution_follows(text: str, pos: int) -> bool:
    """A speech verb among the next few words after ``pos``, before any
    lower-case word that is not a verb ("…?" Bush asked, "…!" said Lee)."""
    m = _WORDS_AFTER.match(text, pos)
    if not m:
        return False
    if TAIL_PAST.match(text, pos):
        return True
    for k, word in enumerate(m.group(1).split()[:6]):
        bare = word.strip(",.'’")
        if bare in VERB_LEMMA:
            return True
        if k >= 1 and bare[:1].islower() and bare not in _ROLE_WORDS:
            return False
    return False


# after a quotation, a short subject (up to four capitalised words, or a lower-case determiner and up
# to two words) and a verb in the past that ends the sentence or comes before a comma: "“…?” Hannity
# pressed.", "“Out!” the crowd roared." (not "“Why not?” It worked.", "“…?” The Senate adjourned.":
# a new sentence)
TAIL_PAST = re.compile(r"[.,]?[ \t\xa0]+(?:(?:the|a|an|one|his|her|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}|"
                       r"(?!(?:The|A|An|It|This|That|These|Those|There|Then|Nobody|No|Nothing|Everyone|Everybody|"
                       r"What|When|We|I|He|She|They|You)\b)(?:[A-Z][\w.’'-]*[ \t]+){1,4})([a-z]{3,}ed(?:[ \t]+(?:back|in|up|on))?|went[ \t]+on|began|"
                       r"(?:shot|fired|hit)[ \t]+back)(?=[ \t]*[.,;!?])")

_ROLE_WORDS = ROLE_HEADS | {"former", "first", "lady", "campaign", "of", "the"}  # "the former first lady said"


# titles written with a full stop before a name (not months, firms or "etc."): "said Ald. Desmond Kwarteng",
# "Det. Supt. Karen Blake", "Fr. Rotich said", "Amb. Linda Thomas-Greenfield", "Adv. Thomas Varghese"
TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr",
                                 "sr", "prof", "rev", "adm", "maj", "hon", "ald", "supt", "insp", "det", "cmdr", "fr",
                                 "msgr", "atty", "engr", "cpl", "pvt", "brig", "sens", "reps", "messrs", "ven", "amb",
                                 "adv", "smt"})
# abbreviations whose full stop ends no sentence: the titles, and firms, months, places, Latin
_ABBREV = TITLE_ABBREVIATIONS | {
    "inc", "corp", "co", "ltd", "vs", "v",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mt", "ft", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "e.g", "i.e", "etc",
    "sec", "pres", "gov't", "est", "dept", "univ", "ave", "blvd",
}
# a delegate's title before a name, and the state otherwise: "state Del. Marcia Price" but "the mayor of
# Dover, Del. Residents were …", "in northern Del. He said"
_STATE_OR_TITLE = {"del"}
_FULL_NAME_NEXT = re.compile(r"[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+")
_SENT_END_RE = re.compile(r"[.?!…]+[’”\"')\]]*\s+(?=[A-Z0-9“\"'‘(\[Q])|[.?!]\s*$|[ \t]*\n\s*")


def _initials_of_a_name(before: str, word: str, after: str) -> bool:
    """Dotted initials that begin a name ("Rep. G.K. Butterfield"), not a state
    or an agency ending a sentence ("Trenton, N.J. Officials …", "the F.B.I. Agents …",
    "Fort Mill, S.C. “It …")."""
    if not re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]\.?", word) or not re.match(r"[A-Z][a-z]", after):
        return False
    return not re.search(r"(?:,|\bthe|\bof|\bin|\bat|\bfrom|\bto)\s*$", before, re.I)


def sentence_bounds(masked: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a masked paragraph."""
    bounds, start = [], 0
    for m in _SENT_END_RE.finditer(masked):
        before = masked[start : m.start()]
        word = re.search(r"(?<![\w'])([A-Za-z][A-Za-z.']*)$", before)  # not the "s" of "1970s"
        if word and m.group().startswith(".") and "\n" not in m.group() and (
            word.group(1).lower().rstrip(".") in _ABBREV or len(word.group(1).rstrip(".")) == 1
            or word.group(1).lower() in _STATE_OR_TITLE and _FULL_NAME_NEXT.match(masked, m.end()) is not None
            or word.group(1).lower() == "no" and masked[m.end() : m.end() + 1].isdigit()  # "No. 2"
            or _initials_of_a_name(before[: word.start()], word.group(1), masked[m.end() :])
        ):
            continue  # "Mr. Smith", "U.S. officials", "John F. Kennedy"
        end = m.start() + len(m.group().rstrip())
        if end > start:
            bounds.append((start, end))
        start = m.end()
    if masked[start:].strip():
        bounds.append((start, len(masked.rstrip())))
    return bounds
