"""Page facts printed around the article: dates, bylines, the site's name.

All parsers work on one short line and return None when unsure; a wrong date
or byline is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re

from .text import words

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

_DATE_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<mon>\d{1,2})-" + r"(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.]" + _YEAR + r"\b"),
]

# Words that may stand around a date on a dateline without making it prose.
_DATE_NOISE = {
    "published", "publication", "date", "posted", "updated", "last", "modified", "on", "at",
    "first", "created", "issued", "time", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "local",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "|", "-", "–", "—", "·",
    "•", "/", ",", "edition", "print", "online", "ago", "hours", "hour", "minutes", "min", "mins",
    "read", "reading", "day", "days",
}
_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:am|pm)?$|^\d{1,2}(?:am|pm)$|^[+-]\d{2}:?\d{2}$|^[a-z]{2,4}t$|^\(?[a-z]{3,4}\)?$")

_BYLINE = re.compile(
    r"^(?:by|written by|words by|reported by|reporting by|story by|text by|posted by)\s*:?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_ROLE_LINE = re.compile(
    r"^(?P<role>reporter|reporters|author|authors|correspondent|writer|journalist|staff reporter|"
    r"staff writer|contributor|editor|editors)\s*[:：]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'\-]*\.?|[A-Z]\.|[A-Z][A-Z’'\-]+)$")
_NAME_JOINERS = {"and", "&", "de", "da", "del", "di", "van", "von", "der", "bin", "binti", "al", "el", "la", "le"}
_NAME_STOP = re.compile(r"\s*(?:[|•·,;(]|\s[-–—]\s|(?i:\bin\b|\bfor\b|\bon\b|\bat\b|\bupdated\b|\bpublished\b)|$)")
# Wire agencies and staff labels printed after the names without a comma:
# "By JANE DOE and JOHN ROE Associated Press".
_AGENCY = r"(?:the )?(?:associated press|agence france-presse|reuters|afp|ap|bloomberg(?: news)?|dpa|upi|xinhua)"
_BYLINE_TAIL = re.compile(
    r"\s+(?:" + _AGENCY + r"|(?:the )?(?:staff(?: writer| reporter)?|special correspondent|correspondent|contributor))$",
    re.IGNORECASE,
)
# "Jonah Fairley Environment correspondent": a name, a desk, a job title.
_ROLE_WORDS = r"(?:correspondent|reporter|editor|writer|columnist|critic|producer|analyst|contributor)s?"
_NAME_ROLE = re.compile(
    r"^(?P<name>(?:[A-Z][\w’'\-]*\.? ){1,3}?[A-Z][\w’'\-]*)(?: (?:[A-Z][a-z]+|and|&))*"
    r" (?:senior |chief |political |staff |special |deputy |foreign |economics |chief political )?"
    + _ROLE_WORDS + r"$"
)
# "Jane Doe | Columnist", "Jane Doe, Reuters", "Jane Doe - Staff Writer"
_NAME_SEP_ROLE = re.compile(
    r"^(?P<name>[^|,–—]{3,60}?)\s*(?:[|,]|\s[-–—])\s*(?P<role>(?:[\w-]+ ){0,2}" + _ROLE_WORDS
    + r"|" + _AGENCY + r")$",
    re.IGNORECASE,
)
# Bylines without a name: "Staff Reporter", "Our Correspondent", "News Desk".
_STAFF_LINE = re.compile(
    r"^(?:(?:our|a|special|staff|senior|political|foreign|city|local|online|web|news|sports?|metro)\s+)"
    r"(?:reporter|correspondent|writer|desk|bureau)s?$|^(?:web|news|city|online|metro) desk$",
    re.IGNORECASE,
)
# " in London" after each name of a foot byline: "Reporting by Jane Doe in Paris and John Roe in Rome"
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s+(?:and|&)\s+|\s*[,;]|\s*$)")
# "Posted on March 5, 2019 by Jane Doe"
_DATE_BY = re.compile(r"^(?P<date>.{6,60}?)\s+by\s+(?P<rest>.+)$", re.IGNORECASE)


def parse_date(text: str) -> str | None:
    """ISO date (YYYY-MM-DD) of the first date written in ``text``, if any."""
    if len(text) > 300:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if parts.get("a"):
            a, b = int(parts["a"]), int(parts["b"])
            # 03/04/2019 could be March or April: only trust an unambiguous one
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a:
                day, month = b, a
            elif a == b:
                day = month = a
            else:
                continue
        else:
            day = int(parts["day"])
            month = int(parts["mon"]) if parts.get("mon") else MONTHS[parts["month"].lower().rstrip(".")]
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _date_span(text: str) -> tuple[int, int] | None:
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            return match.span()
    return None


_MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE)
# words that go with a month and year in a magazine's masthead
_ISSUE_WORDS = {"issue", "edition", "print", "published", "in", "the", "updated", "posted"}


def _is_month_line(text: str) -> bool:
    """'March 2019 Issue', 'Posted March 2019': a month and year, no day."""
    match = _MONTH_YEAR.search(text)
    if not match or len(text) > 60:
        return False
    rest = (text[: match.start()] + " " + text[match.end():]).lower().replace(":", " ").split()
    return all(w in _ISSUE_WORDS or w in _DATE_NOISE for w in rest)


# 'Nov 19, 6:55 AM': a day and time with no year, as sites print this year's stamps
_YEARLESS_STAMP = re.compile(
    r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?", re.IGNORECASE
)


def _is_stamp_line(text: str) -> bool:
    """'Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM': yearless stamps and their labels only."""
    if len(text) > 80:
        return False
    rest = _YEARLESS_STAMP.sub(" ", text)
    if rest == text:
        return False
    return all(w in _DATE_NOISE or _TIME.match(w) for w in re.split(r"[\s;:,|]+", rest.lower()) if w)


# "11:02, 14 Feb 2024Updated 13:45, 14 Feb 2024": two spans of a page copied without a space
_GLUED_LABEL = re.compile(r"(\d)((?:Updated|Published|Modified|Last updated)\b)")
_LABEL_PIECE = re.compile(r"^[A-Z][\w ]{1,20}:\s*\S")


def is_date_line(line: str) -> bool:
    """True when the line is a dateline: a date plus labels, weekday, time."""
    text = _GLUED_LABEL.sub(r"\1 \2", line.strip())
    if not text or len(text) > 120:
        return False
    span = _date_span(text)
    if span is None or parse_date(text) is None:
        return _is_month_line(text) or _is_stamp_line(text)
    if " | " in text:
        # 'March 5, 2019 08:00 ET | Source: Company': other labelled facts beside the date
        pieces = [p.strip() for p in text.split(" | ")]
        if _is_date_piece(pieces[0]) and all(
            _is_date_piece(p) or (_LABEL_PIECE.match(p) and len(p.split()) <= 6) for p in pieces[1:]
        ):
            return True
    return _is_date_piece(text)


def _is_date_piece(text: str) -> bool:
    rest = text
    for _ in range(3):  # 'Published: 5 March 2019 | Updated: 6 March 2019'
        span = _date_span(rest)
        if span is None:
            break
        rest = rest[: span[0]] + " " + rest[span[1]:]
    if rest == text:
        return False
    leftovers = [
        w for w in (w.strip(",:;|()[]").lower() for w in words(rest))
        if w and w not in _DATE_NOISE and not _TIME.match(w)
    ]
    return len(leftovers) <= 1


def is_name_line(line: str) -> bool:
    """True when the whole line is a person's name of two to four words ('Jane Q. Doe')."""
    text = line.strip()
    return 2 <= len(text.split()) <= 4 and _name_prefix(text) == text and not text.isupper()


def _name_prefix(rest: str) -> str | None:
    """The person's name at the start of ``rest`` ('Jane Doe | 12 May' -> 'Jane Doe')."""
    stop = _NAME_STOP.search(rest)
    candidate = rest[: stop.start()].strip() if stop else rest.strip()
    tokens = candidate.split()
    if not 1 <= len(tokens) <= 7:
        return None
    if not _NAME_TOKEN.match(tokens[0]) or not _NAME_TOKEN.match(tokens[-1]):
        return None
    if not all(_NAME_TOKEN.match(t) or t.lower() in _NAME_JOINERS for t in tokens):
        return None
    return candidate


def parse_byline(line: str) -> str | None:
    """The author named by a byline ('By Jane Doe', 'Reporter : Jane Doe').

    Also 'Posted on <date> by Jane Doe', '<date> Jane Doe, Desk 0' and
    'Jane Doe Environment correspondent'.
    """
    text = line.strip()
    if not text or len(text) > 120 or text.endswith("."):
        return None
    if _STAFF_LINE.match(text):
        return text
    match = _BYLINE.match(text) or _ROLE_LINE.match(text)
    if match:
        rest = match.group("rest").split(";", 1)[0]
        name = _name_prefix(_IN_PLACE.sub("", rest))
        return _BYLINE_TAIL.sub("", name) if name else None
    match = _NAME_ROLE.match(text)
    if match:
        return match.group("name")
    match = _NAME_SEP_ROLE.match(text)
    if match and is_name_line(match.group("name")):
        return match.group("name").strip()
    match = _DATE_BY.match(text)
    if match and _is_date_piece(match.group("date")):
        return _name_prefix(match.group("rest"))
    return _date_led_byline(text)


def _date_led_byline(text: str) -> str | None:
    """'March 4, 2019 Jane Doe, News 0': a date first, then the author and a desk or count."""
    span = _date_span(text)
    if span is None or span[0] > 0 or len(text) > 90:
        return None
    rest = text[span[1]:].strip(" ,|·•-–—")
    name = _name_prefix(rest)
    if not name or not 2 <= len(name.split()) <= 4:
        return None
    after = rest[len(name):].strip(" ,|·•")
    return name if len(after.split()) <= 4 else None


# "© 2019 The Daily Post. All rights reserved." / "Copyright © The Daily Post"
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*,?\s*"
    r"(?P<holder>[^.|·•©]{2,60}?)\s*(?:[.|·•,]|\s[-–—]\s|$)",
    re.IGNORECASE,
)


def copyright_holder(line: str) -> str | None:
    """The name in a copyright line ('© 2019 The Daily Post. All rights reserved.')."""
    text = line.strip()
    if len(text) > 300:
        return None
    match = _COPYRIGHT.match(text)
    if not match:
        return None
    holder = match.group("holder").strip()
    if not holder or holder.lower().startswith(("all rights", "by ")) or not 1 <= len(holder.split()) <= 6:
        return None
    return holder


def is_byline_line(line: str) -> bool:
    """True when the whole line is a byline, maybe with a date or agency after it."""
    return parse_byline(line) is not None


# --- the site's name ------------------------------------------------------

_LOGO = re.compile(r"^(?:site |brand |the )?logo(?: of| for)?\b\s*(?P<rest>.*)$", re.IGNORECASE)
_IMAGE_LABEL = re.compile(
    r"^(?:content|featured|main|lead|header|article|cover|hero)\s+(?:image|photo|picture)\s*[-–—|:]\s*(?P<site>.+)$",
    re.IGNORECASE,
)
_SEPARATORS = SEPARATORS = re.compile(r"\s+(?:\||[-–—]|::|»|·)\s+")
_GENERIC_SITE_WORDS = {"newspaper", "news", "website", "homepage", "home", "page", "online", "site", "logo", "official"}


def _dedupe_site(name: str) -> str:
    """'Daily Post newspaper Daily Post' -> 'Daily Post': logo alt texts repeat the name."""
    tokens = name.split()
    for size in range(len(tokens) // 2, 0, -1):
        if tokens[:size] == tokens[-size:]:
            return " ".join(tokens[-size:])
    while tokens and tokens[-1].lower() in _GENERIC_SITE_WORDS:
        tokens.pop()
    return " ".join(tokens)


def is_logo_line(line: str) -> bool:
    """True for the alt text of the site's logo."""
    return len(line) <= 300 and bool(_LOGO.match(line.strip()))


def parse_logo(line: str) -> tuple[str | None, str | None]:
    """(site, title) from a logo line such as 'Logo of X newspaper X - Title'."""
    match = _LOGO.match(line.strip())
    if not match:
        return None, None
    rest = match.group("rest").strip()
    parts = _SEPARATORS.split(rest, maxsplit=1)
    site = _dedupe_site(parts[0]) or None
    title = parts[1].strip() if len(parts) > 1 else None
    return site, title or None


def parse_image_label(line: str) -> str | None:
    """The site named by 'Content image - Site'."""
    match = _IMAGE_LABEL.match(line.strip())
    if not match or len(line) > 150:
        return None
    site = match.group("site").strip()
    return site if 1 <= len(site.split()) <= 6 else None


_KEY_VALUE = re.compile(r"^[\w-]{1,20}:(?:\s|$)")


def split_title_site(line: str, title: str | None = None) -> tuple[str, str] | None:
    """('Title', 'Site') for '<Title> | <Site>' (or '<Site> - <Title>' when the title is known)."""
    text = line.strip()
    if len(text) > 300:
        return None
    parts = _SEPARATORS.split(text)
    if len(parts) < 2 or sum(1 for part in parts if _KEY_VALUE.match(part)) >= 2:
        return None  # "site: media | arena: nfl | pageType: stories": a page's metadata
    if title:
        # the other side of a known title is the site
        if parts[0] == title and len(parts) == 2:
            return title, parts[1]
        if parts[-1] == title and len(parts) == 2:
            return title, parts[0]
        joined = " - ".join(parts[:-1])
        if text.startswith(title) and len(parts[-1].split()) <= 6:
            return title, parts[-1]
        return None if joined != title else (title, parts[-1])
    if "|" not in text:
        return None
    site = parts[-1]
    head = text[: text.rfind(site)].rstrip(" |")
    if 1 <= len(site.split()) <= 6 and len(head.split()) >= 2 and not site.endswith("."):
        return head, site
    return None
