"""The body and the foot of a page: teaser lists, comment sections, repeats."""

from __future__ import annotations

import re

from ..model import Caption, CleanPage
from .captions import credit_only
from .chrome import is_chrome_line
from .meta import is_date_line, parse_byline, parse_date
from .region import numbered_runs
from .text import Unit, bullet_text, ends_sentence, is_finished, squash, word_count
from .vocab import APPEALS, QUOTE_OPENERS, is_appeal, is_box_heading, is_comment_heading, is_footer_heading

_HEADLINE_WORDS = 25
_SHORT_LINE_WORDS = 6
_DUPLICATE_WORDS = 8
_PROSE_WORDS = 15
# a linked story's summary under its headline is one paragraph this long at most
_SUMMARY_WORDS = 40
# a paragraph with a credit line under it is a caption up to this long (wire
# captions tell who, where and when in one or two sentences)
CREDITED_CAPTION_WORDS = 60
# one entry of a list of other stories (headline, author, date, summary) spans at most this many units
_ENTRY_UNITS = 8


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


def _dated_entries(units: list[Unit]) -> int | None:
    """Start of a list whose entries each print a date: other stories' cards, comments.

    The story prints its date once, above it; two dates a few units apart
    after it has begun are a list's. The list starts above the first date, at
    the headline or name that opens its entry.
    """
    prose = 0
    previous: int | None = None
    for index, unit in enumerate(units):
        if _is_prose(unit):
            prose += 1
        if prose < 2 or unit.kind != "para" or not is_date_line(unit.text):
            continue
        if previous is not None and 1 < index - previous <= _ENTRY_UNITS:
            start = previous
            while start > 0 and _opens_entry(units[start - 1]):
                start -= 1
            return start
        previous = index
    return None


def _opens_entry(unit: Unit) -> bool:
    """Headlines, names and separators above an entry's date; not the story's last sentence."""
    return unit.kind == "para" and not _is_prose(unit) and not (unit.words >= 5 and ends_sentence(unit.text))


def cut_foot(units: list[Unit], byline: str | None = None, scraped: bool = True) -> list[Unit]:
    """Drop other stories' teasers, comment sections and the footer after the article.

    ``byline`` (when the head printed one) finds the author's bio at the foot.
    On a ``scraped`` page (site furniture around the story) a bio that says
    what its subject writes for ends the story whoever the byline named; plain
    article text keeps it as the paper printed it.
    """
    prose_seen = 0
    for index, unit in enumerate(units):
        # (a count, "Comments (312)", is also printed by the byline, over a standfirst: the
        # comments open only after the story's first paragraphs)
        if unit.kind == "para" and prose_seen >= (3 if re.search(r"\d", unit.text) else 1) \
                and is_comment_heading(unit.text):
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
            _drop_links(rest)
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
    start = _dated_entries(units)
    if start is not None:
        units = units[:start]
    units = [u for u in units if "drop" not in u.tags]
    units = _cut_after_trailer(units, scraped)
    # leftovers at the very end: short unfinished lines, credits, bylines, appeals, bios
    authors = _author_names(byline)
    listed = max((run[-1] for run in numbered_runs(units)), default=-1)  # the story's own list ends here
    while len(units) > listed + 1 and (
        _foot_chrome(units[-1]) or _author_bio(units[-1], authors, scraped) or _long_appeal(units[-1])
    ):
        units.pop()
    return units


def _drop_links(rest: list[Unit]) -> None:
    """Tag the links under a heading: headlines, each maybe with a one-paragraph summary."""
    for k, follower in enumerate(rest):
        if follower.kind != "para":
            break
        if follower.bullet or _headline(follower.text) or _truncated(follower):
            follower.tags.add("drop")
            continue
        after = rest[k + 1] if k + 1 < len(rest) else None
        summary = (
            k > 0 and "drop" in rest[k - 1].tags and _headline(rest[k - 1].text)
            and follower.words <= _SUMMARY_WORDS
            and (after is None or (after.kind == "para" and _headline(after.text)))
        )
        if not summary:
            break
        follower.tags.add("drop")


def _author_names(byline: str | None) -> list[str]:
    if not byline:
        return []
    names = [squash(n) for n in re.split(r"\s+(?:and|&)\s+|,\s*", byline) if n.strip()]
    return [n for n in names if len(n.split()) >= 2]


def _author_bio(unit: Unit, authors: list[str], scraped: bool = False) -> bool:
    """'Jane Doe is a reporter covering ...' or 'About Jane Doe' after the story."""
    if unit.kind != "para" or unit.words > 80:
        return False
    text = squash(unit.text)
    if scraped and _WRITER_BIO.match(text):
        return True
    lowered = text.lower()
    for name in authors:
        name = name.lower()
        if lowered in (name, "about " + name):
            return True
        if lowered.startswith(name + " ") and _BIO_VERB.match(lowered[len(name) + 1:]):
            return True
    return False


# a writer's name opening a bio: "Jane Doe", "Mary Ann O’Neill"
_BIO_NAME = r"^(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+"
# who the writer is: "is a senior writer", "was the editor", "is The Norway Ledger’s correspondent"
_IS_A = r"(?:(?:is|was|has been)\s+(?:a|an|the)|is\s+The)\b"
# what a writer covers for the site: "Marcus Hale covers the Mariners and the AL West for Sideline Nation"
_COVERS = r"(?:covers|writes about|reports on)\s[^.!?]{0,80}?\bfor\s+(?:the\s+)?[A-Z]"
_COVERS_FOR = _BIO_NAME + r"\s+" + _COVERS
# the same under the writer's name on its line, printed in one block with it ("Marcus Hale ⏎ Marcus Hale covers …",
# "DANA WHITFIELD ⏎ Whitfield covers …"; not "Kent County Council covers the cost for Dover families")
_NAMED_COVERS_FOR = (r"^(?:[A-Z][\w.'’-]*\s+){0,2}(?P<surname>[A-Z][\w'’-]+)\s+(?:[A-Z][\w.'’-]*\s+){0,2}(?i:(?P=surname))\s+"
                     + _COVERS)
# "Jane Doe (@jdoe) is a senior writer at ...", "Erik Lunde is The Norway Ledger’s correspondent": a bio by its own words
_WRITER_BIO = re.compile(
    _BIO_NAME + r"(?:\s+\([^()]{1,60}\))?,?\s+" + _IS_A
    + r"[^.!?]{0,120}?\b(?:writer|reporter|editor|journalist|correspondent|columnist|author|contributor|blogger"
    r"|freelancer|critic)s?\b"
    r"|" + _NAMED_COVERS_FOR
)
# what a bio says right after the author's name
_BIO_VERB = re.compile(r"^(?:is|was|covers|writes|reports|has|joined|edits|leads|can be reached)\b")


def _long_appeal(unit: Unit) -> bool:
    """A reader appeal too long for the line rules: two or more begging phrases."""
    if unit.kind != "para" or len(unit.text) > 3000:
        return False
    return len({m.group(0).lower() for m in APPEALS.finditer(unit.text)}) >= 2


def _cut_after_trailer(units: list[Unit], scraped: bool) -> list[Unit]:
    """A byline printed after the story ('Reporting by ...; Editing by ...') ends it; so does a writer's bio on a scraped page."""
    prose = [i for i, u in enumerate(units) if _is_prose(u)]
    if len(prose) < 3:
        return units
    for index in range(len(units) - 1, prose[2], -1):
        unit = units[index]
        if unit.kind == "para" and (parse_byline(unit.text) or _author_bio(unit, [], scraped)):
            if scraped and _author_box(units, index):
                return units[: index - 1]  # whatever follows the author's box is the site's
            after = sum(1 for u in units[index + 1:] if _is_prose(u))
            return units[:index] if after <= 2 else units
    return units


def _author_box(units: list[Unit], index: int) -> bool:
    """The writer's name on a line of its own over a bio that opens with it: the
    author's box under the story, not a writer the story talks about."""
    name, bio = units[index - 1], squash(units[index].text)
    return (
        name.kind == "para"
        and 2 <= name.words <= 4
        and not is_finished(name.text)
        and bio.startswith(squash(name.text) + " ")
        # a box says in a line what the site's own writer does; a story about authors, with a
        # heading per author, says more ("Percival Everett is an American author and professor …")
        and word_count(bio, _BOX_BIO_WORDS + 1) <= _BOX_BIO_WORDS
        and bool(_STAFF_BIO.match(bio))
    )


_BOX_BIO_WORDS = 30
# "Dallas Robinson is a freelance writer living in …": a writer of the site, not an author of books
_STAFF_BIO = re.compile(
    _BIO_NAME + r",?\s+" + _IS_A + r"[^.!?]{0,80}?"
    r"\b(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|freelancer)s?\b"
    r"|" + _COVERS_FOR
)


def _foot_chrome(unit: Unit) -> bool:
    if unit.kind == "caption":
        return False
    text = unit.text
    if is_chrome_line(text) or is_footer_heading(text):
        return True
    return word_count(text, _SHORT_LINE_WORDS + 1) <= _SHORT_LINE_WORDS and not is_finished(text)


def drop_body_chrome(units: list[Unit], title: str | None, page: CleanPage, scraped: bool = True) -> list[Unit]:
    """Remove ad slots, share bars, repeats and alt texts that duplicate a caption.

    ``scraped`` says the page showed site furniture around the article; only
    then is a quotation repeated from the body taken for a pull quote (plain
    article text sometimes sets a quote apart on purpose).
    """
    captions = [squash(u.text) for u in units if u.kind == "caption"]
    previous = ""
    kept: list[Unit] = []
    last_kept: Unit | None = None  # the unit just before, if it was kept
    plain: dict[int, str] = {}
    for index, unit in enumerate(units):
        before, last_kept = last_kept, None
        if unit.kind == "caption":
            kept.append(unit)
            last_kept = unit
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
            prev = before
            if prev is not None and prev.kind == "para" and prev.words <= CREDITED_CAPTION_WORDS and "\n" not in prev.text:
                # a caption whose credit sits on the next line
                prev.kind, prev.credit = "caption", credit
            elif prev is not None and prev.kind == "caption" and prev.credit is None:
                prev.credit = credit
            continue
        if is_chrome_line(text) or _SECTION_BREAK.match(text) or _chrome_box(text) or is_box_heading(key) \
                or "alt" in unit.tags:
            continue
        if "menu" in unit.tags and (not _is_prose(unit) or is_appeal(text)):
            continue  # the rest of a newsletter box or link widget
        if scraped and _pull_quote(unit, units, index, plain):
            continue
        if word_count(key, 4) >= 3 and any(c.startswith(key) for c in captions):
            continue  # alt text of a photo whose caption we already have
        if word_count(key, _DUPLICATE_WORDS) >= _DUPLICATE_WORDS and key == previous:
            # the same paragraph twice in a row is a scraping echo; the same
            # sentence far apart (live blogs repeat boilerplate) is content
            last_kept = before  # a credit under the echo belongs to the first copy
            continue
        previous = key
        kept.append(unit)
        last_kept = unit
    return kept


_SECTION_BREAK = re.compile(r"^\*[\s*]*$")


def _chrome_box(text: str) -> bool:
    """Lines printed together that are all furniture ("Share Via ⏎ Read Time: 4 min"), or a
    box's heading over short lines ("MUST READ ⏎ [ANALYSIS] Why …", "Key points: ⏎ …")."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    if all(is_chrome_line(line) for line in lines):
        return True
    return (is_footer_heading(lines[0]) or is_box_heading(lines[0])) \
        and all(word_count(line, 41) <= 40 for line in lines[1:])


_FRAGMENT_SPLIT = re.compile(r"[.!?…“”\"«»]+")
_LETTERS = re.compile(r"[^\w\s]+")


def _plain(text: str) -> str:
    return " ".join(_LETTERS.sub(" ", text.lower()).split())


# how many paragraphs away from its quotation a pull quote may be set ("“These are not just uncomfortable
# homes …”" ten lines under the paragraph that says it)
_PULL_QUOTE_REACH = 12
_PULL_QUOTE_SOURCE = re.compile(r"\n\s*[—–-]\s*[A-Z][^\n]{0,80}$")


def _pull_quote(unit: Unit, units: list[Unit], index: int, plain: dict[int, str]) -> bool:
    """A short quotation set apart whose every sentence is printed in another paragraph."""
    # (less the line that says whose words: "— Sharon McPhee, Eugowra resident")
    text = _PULL_QUOTE_SOURCE.sub("", unit.text.strip())
    words = word_count(text, 41)
    if not text or text[0] not in QUOTE_OPENERS or words > 40 or words < 6:
        return False
    window = [
        k for k in range(max(0, index - _PULL_QUOTE_REACH), min(len(units), index + _PULL_QUOTE_REACH + 1))
        if k != index and units[k].kind == "para" and units[k].words > words
    ]
    # cheap test first: the opening words must be printed as they are nearby
    opening = " ".join(text.lstrip(QUOTE_OPENERS).split()[:3]).rstrip(",.;:!?”’\"")
    if not opening or not any(opening in units[k].text for k in window):
        return False
    fragments = [_plain(f) for f in _FRAGMENT_SPLIT.split(text)]
    fragments = [f for f in fragments if f]
    if not fragments or any(len(f.split()) < 3 for f in fragments):
        return False
    others = []
    for k in window:
        other = units[k]
        if k not in plain:
            plain[k] = _plain(other.text)  # each neighbour is flattened once per page
        others.append(plain[k])
    return all(any(f in other for other in others) for f in fragments)


def fill(page: CleanPage, units: list[Unit]) -> None:
    """Put paragraphs and captions (with their positions) on the page."""
    seen_captions: dict[str, Caption] = {}
    for unit in units:
        if unit.kind == "caption":
            key = squash(unit.text)
            if key in seen_captions:
                # alt text and caption of one photo: the credit may sit under either
                seen_captions[key].credit = seen_captions[key].credit or unit.credit
                continue
            if not key:
                continue
            caption = seen_captions[key] = Caption(text=unit.text, credit=unit.credit, position=len(page.paragraphs))
            page.captions.append(caption)
        elif unit.text:
            page.paragraphs.append(unit.text)
