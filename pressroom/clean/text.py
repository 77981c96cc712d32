"""Low-level text helpers: normalisation, blocks, line shapes, hard-wrap repair.

Everything here is linear in the size of the input: the cleaner must cope with
a single 1 MB line or binary garbage without slowing down or raising.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# C0 controls (but tab and newline) and DEL come from bad decoding, never from
# the article; a stray one would otherwise break equality of repeated lines.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\S+")

BULLETS = "•·▪►▸●◦‣∙*-–—"
_BULLET = re.compile(r"^\s*[•·▪►▸●◦‣∙*]\s*|^\s*[-–—]\s+")

# Closing marks allowed after the final stop of a sentence: 'said.”' or '(AFP).'
_CLOSERS = "\"'”’»)]」』）"
_SENTENCE_END = ".!?…。！？"
# A line that ends with one of these is finished; a wrapped line usually is not.
_FINISHED = _SENTENCE_END + _CLOSERS + ":;"


def normalise(text: str) -> str:
    """Unify newlines and drop control characters; the words are left alone."""
    if not isinstance(text, str):
        text = str(text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def split_blocks(text: str) -> list[str]:
    """Blocks of text separated by blank lines, with surrounding blank space dropped.

    The block keeps its inner newlines and its leading indentation on the first
    line (indentation is a teaser-blurb signal), only outer newlines go.
    """
    blocks = []
    for raw in _BLANK_LINE.split(text):
        block = raw.strip("\n").rstrip()
        if block.strip():
            blocks.append(block)
    return blocks


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str, limit: int = 10_000) -> int:
    """Words in ``text``, counting at most ``limit`` (cheap on megabyte lines)."""
    # limit words never need more than a few dozen characters each, so a
    # bounded prefix is enough and a megabyte line costs no more than a short one
    prefix = text[: limit * 40]
    count = len(prefix.split())
    if not prefix.isascii():
        # Chinese and Japanese write no spaces: two characters make about a word
        count += sum(len(run) // 2 for run in _UNSPACED_RUN.findall(prefix))
    return min(count, limit)


_UNSPACED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def ends_sentence(text: str) -> bool:
    """True when the text ends with a full stop, maybe followed by closing marks."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def is_finished(text: str) -> bool:
    """True when the last character closes a sentence, quote or clause."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in _FINISHED


def bullet_text(line: str) -> str | None:
    """The item text when the line is a bulleted list item, else None."""
    match = _BULLET.match(line)
    if not match:
        return None
    rest = line[match.end():].strip()
    return rest or None


def indent(line: str) -> int:
    """Width of the leading white space (tabs count as four)."""
    width = 0
    for ch in line:
        if ch == " " or ch == "\u00a0":
            width += 1
        elif ch == "\t":
            width += 4
        else:
            break
    return width


def squash(text: str) -> str:
    """Collapse white space, for comparing lines that differ only in spacing."""
    return " ".join(text.split())


# --- hard-wrap repair -------------------------------------------------------

# Hard-wrapped text (mail, wire feeds, some scrapers) breaks lines at a fixed
# width, typically 60-100 characters. Lists and verse also have short lines,
# so a block only counts as wrapped when it has the greedy-fill signature:
# each broken line is long and the next word would not have fitted on it.
_WRAP_MIN = 40
_WRAP_MAX = 130


def _first_word_len(line: str) -> int:
    parts = line.split(None, 1)
    return len(parts[0]) if parts else 0


def is_hard_wrapped(lines: list[str], width: int | None = None) -> bool:
    """True when the lines look like one paragraph broken at a fixed width.

    ``width`` is the wrap width seen elsewhere on the page, if any: with it a
    block of two lines can be judged too.
    """
    if len(lines) < 2:
        return False
    broken = [line.rstrip() for line in lines[:-1]]
    lengths = [len(line) for line in broken]
    if min(lengths) < _WRAP_MIN or max(lengths) > _WRAP_MAX:
        return False
    longest = max(lengths)
    for line, nxt in zip(broken, lines[1:]):
        if len(line) + 1 + _first_word_len(nxt) <= longest:
            return False
        if bullet_text(nxt) is not None:
            return False
    if len(lines) == 2:
        # one break proves little: the line must be as long as the page's
        # other wrapped lines, or the sentence must run on in lower case
        first, second = broken[0], lines[1].lstrip()
        if width and width - 15 <= len(first) <= width and len(first) + 1 + _first_word_len(second) > width:
            return True
        return not is_finished(first) and second[:1].islower()
    return True


def wrap_width(blocks: list[list[str]]) -> int | None:
    """The fixed width the page was wrapped at, judged on blocks of 3+ lines."""
    widths = [
        max(len(line.rstrip()) for line in lines[:-1])
        for lines in blocks
        if len(lines) >= 3 and is_hard_wrapped(lines)
    ]
    return max(widths) if widths else None


def join_wrapped(lines: list[str]) -> str:
    """Join wrapped lines with single spaces; 'pro-\\ngovernment' keeps its hyphen."""
    out = ""
    for line in lines:
        piece = line.strip()
        if not piece:
            continue
        if not out:
            out = piece
        elif out.endswith("-") and out[-2:-1].isalpha() and piece[:1].islower():
            out += piece
        else:
            out += " " + piece
    return out


def continues(previous: str, following: str) -> bool:
    """True when ``following`` carries on the sentence cut at the end of ``previous``.

    Used across blank lines: a wrapped paragraph sometimes has a blank line in
    the middle; the piece before it stops mid-sentence and the next starts in
    lower case.
    """
    last = previous.rstrip()
    nxt = following.lstrip()
    if not last or not nxt or is_finished(last):
        return False
    if bullet_text(following) is not None:
        return False
    last_line = last.rsplit("\n", 1)[-1]
    return len(last_line) >= _WRAP_MIN and nxt[0].islower()


@dataclass
class Unit:
    """One piece of the page in reading order: a paragraph or a caption."""

    text: str
    raw: str = ""  # the block as it was, for untouched paragraphs
    kind: str = "para"  # "para" or "caption"
    credit: str | None = None
    bullet: bool = False
    indented: bool = False
    tags: set[str] = field(default_factory=set)

    _counted: tuple[str, int] | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> int:
        # asked for again and again by the passes; the text can change (merges)
        counted = self._counted
        if counted is None or counted[0] is not self.text:
            counted = self._counted = (self.text, word_count(self.text, 200))
        return counted[1]


_PROSE_LINE_WORDS = 8


def prose_paragraphs(lines: list[str]) -> list[list[str]]:
    """Lines grouped into paragraphs, for a page that separates paragraphs
    with a single line break: a line that ends a sentence ends its paragraph
    when the next line starts a new one (capital letter, opening quotation
    mark, digit). Only a block where a long line (8+ words) breaks so is
    read this way; short lines alone (verse, addresses, lists) and lines cut
    mid-sentence stay together."""
    breaks = [bool(nxt) and ends_sentence(line) and _starts_sentence(nxt) for line, nxt in zip(lines, lines[1:] + [""])]
    if not any(b and word_count(line, _PROSE_LINE_WORDS) >= _PROSE_LINE_WORDS for b, line in zip(breaks, lines)):
        return [lines] if lines else []
    groups: list[list[str]] = [[]]
    for line, ends in zip(lines, breaks):
        groups[-1].append(line)
        if ends:
            groups.append([])
    return [g for g in groups if g]


def _starts_sentence(line: str) -> bool:
    start = line.strip()[:1]
    return start.isupper() or start.isdigit() or start in "“\"‘'«"
