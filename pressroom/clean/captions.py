"""Photo captions and their credits.

Scraped pages print a photo as its alt text on one line and then the visible
caption, which repeats the alt text (sometimes cut short) and ends with the
credit: "Police at the gate.\\nPolice at the gate. Jane Doe". Other shapes:
an image file name before the caption, or a caption whose credit is labelled
("PHOTO: AFP", glued to the last full stop or not).
"""

from __future__ import annotations

import re

from .text import is_finished, squash, word_count

# Labels that introduce a credit; the credit is what follows the label.
_LABEL = (
    r"(?:(?:photo(?:graph)?s?|pictures?|pics?|images?)(?: credits?| source)?|credits?|illustration|video|graphic"
    r"|file photo|courtesy)"
)
# A credit's own characters: no sentence stop, save the dot of an initial or
# of a company's abbreviation ("H.W. Chiu", "K. Retherford", "Acme Corp.").
_CREDIT_CHAR = r"(?:[^.!?:()\[\]]|(?<![^\s/.])(?-i:[A-Z])\.|\b(?:Corp|Inc|Ltd|Co|Jr|Sr|St)\.)"
_LABELLED_TAIL = re.compile(
    # the label stands after a space or a stop, or glued to the caption's last
    # word as a capital ("...sought treatmentCredit: EPA")
    r"(?:^|(?<=[.!?…”\"’')\]])|\s|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))[(\[]?(?P<label>" + _LABEL + r")\s*(?::|\bby\b|/)\s*"
    r"(?P<credit>" + _CREDIT_CHAR + r"{1,80}?)[)\]]?\s*$",
    re.IGNORECASE,
)

_LABEL_WORDS = ("photo", "picture", "pic", "image", "credit", "illustration", "video", "graphic", "courtesy")

# Credits that need no name: the picture came from the subject or the archive.
_SOURCE_WORDS = r"(?:photo supplied|supplied photo|supplied|contributed|file photo|file|handout|courtesy(?: photo| of [^.!?]{1,60})?)"

# Wire and photo agencies: generic industry vocabulary, not any one site.
_AGENCY = (
    r"(?:AFP|AP|Reuters|EPA|EPA-EFE|EFE|Getty Images|Getty|Xinhua|Bloomberg|dpa|PA|Kyodo|Anadolu|"
    r"Shutterstock|iStock|Alamy|UPI|ANP|Yonhap|Sipa|Zuma|NurPhoto|Pool|AAP|IANS|PTI|ANI|Bernama|Antara|Sputnik|TASS|"
    r"APP|NAN|KNA|Jiji|ANSA|IMAGO|(?:the )?Canadian Press|(?:the )?Associated Press|PA Media|Press Association|"
    # Korean agencies, which papers there print in square brackets: "… on Saturday. [NEWS1]"
    r"News1|Newsis|JoongAng Photo|Korea JoongAng Daily)"
)
_AGENCY_CREDIT = (
    r"(?:" + _AGENCY + r"(?: photo| images?| pool| via getty images| file(?: photo)?| pic)?"
    r"(?:\s*/\s*[\w .'’-]{1,40}){0,2}"
    # "Jane Doe/Daily Post/Getty Images", "Jane Doe | Bloomberg | Getty Images", "Jane Doe, AP",
    # "Jane Doe / AP file", "Registry via AP"
    r"|(?:[\w .'’-]{1,40}(?:/|\s\|)\s*){1,2}" + _AGENCY + r"(?: photo| images?| file)?"
    r"|(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z])[\w.'’-]*){1,3},\s" + _AGENCY + r"(?: photo| images?| file)?"
    r"|[\w .'’-]{1,60}\svia\s" + _AGENCY + r"(?: photo| images?)?(?:,? file)?)"
)

_SOURCE_TAIL = re.compile(
    r"(?<=[.!?…”\"’')\]])\s*[(\[]?(?P<credit>" + _SOURCE_WORDS + r"|" + _AGENCY_CREDIT + r")[)\]]?\s*$",
    re.IGNORECASE,
)

# "(AP Photo/Jane Doe)", "(KVTR/Jane Doe)", "(Image: Agency/Name)": a credit in
# brackets after the caption's last stop; the credit is what the brackets hold,
# less a leading "Image:"-style label.
_BRACKET_TAIL = re.compile(
    r"(?<=[.!?…”\"’')])\s*\((?P<credit>(?:" + _LABEL + r"\s*:\s*)?[\w.'’&-]+(?: [\w.'’&-]+){0,3}"
    r"(?:\s*/\s*[\w.'’&-]+(?: [\w.'’&-]+){0,3}){1,2}(?:,\s*[Ff]ile)?)(?<!\.)\)\s*$"
    r"|\s*\((?P<labelled>" + _LABEL + r"\s*:\s*" + _CREDIT_CHAR + r"{1,60})\)\s*$"
    # "(AAP: Ben Cotterill)", "(ABC News: Jane Doe)": the source, then the photographer
    r"|(?<=[.!?…”\"’')])\s*\((?P<sourced>(?-i:[A-Z]{2,6})(?: (?-i:[A-Z])[\w&'’-]*)?:\s*(?-i:[A-Z])[\w.'’-]+"
    r"(?: (?-i:[A-Z])[\w.'’-]+){0,3})\)\s*$"
    # AP's "(ITV via AP)", "(NASA via AP, File)"
    r"|(?<=[.!?…”\"’')])\s*\((?P<via>[\w.'’&-]+(?: [\w.'’&-]+){0,3} via " + _AGENCY + r"(?: photo)?(?:,? file)?)\)\s*$",
    re.IGNORECASE,
)
_LEADING_LABEL = re.compile(r"^" + _LABEL + r"\s*:\s*", re.IGNORECASE)

# Broadcaster style: "Image copyright Jane Doe" / "Image caption The text", in
# either order; "Media caption The text" under a video.
COPYRIGHT_LABEL = re.compile(r"^(?:image|photo|picture) (?:copyright|source|credit)\s*[,:]?\s+(?P<value>\S.{0,80})$", re.IGNORECASE)
CAPTION_LABEL = re.compile(
    r"^(?:image|photo|picture|media|video) caption(?:\s*[,:]?\s+|(?=(?-i:[A-Z])))(?P<value>\S.*)$", re.IGNORECASE
)

_CREDIT_ONLY = re.compile(
    r"^[(\[]?(?:(?P<label>" + _LABEL + r")\s*(?::|\bby\b|/)\s*(?P<credit>" + _CREDIT_CHAR + r"{1,60}?)"
    r"|(?P<bare>" + _SOURCE_WORDS + r"|" + _AGENCY_CREDIT + r"))[)\]]?\s*$",
    re.IGNORECASE,
)

# A caption's visible credit is often just the photographer's or the paper's
# name after the last full stop: "... yesterday. Jane Doe", "... THE DAILY POST".
# An ellipsis is a pause, not that stop ("The Future of Banking Is … You're Broke").
_NAME_TAIL = re.compile(
    r"(?P<stop>(?:(?<!\.)\.|[!?])[”\"’')\]]*)\s+(?P<credit>[^\s.!?…][^.!?…]{0,79})$"
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'\-]*\.?|[A-Z]\.|[\w’'\-]*[A-Z][\w’'\-]*)$")
_NAME_PARTICLES = {
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "bin",
    "binti", "al", "el", "la", "le", "and", "&", "/", "|", "for", "of", "the", "via", "y", "ibn",
}

_IMAGE_FILE = re.compile(
    r"^\S{1,200}\.(?:jpe?g|png|gif|webp|tiff?|bmp|heic|avif|svg)(?:\?\S*)?$", re.IGNORECASE
)

# Captions are short; anything longer is a body paragraph that happens to end
# with a name or an agency.
MAX_CAPTION_WORDS = 80


# a caption spotted by a bare name credit alone must be short
LONE_CAPTION_WORDS = 50

# Agency captions run long ("WASHINGTON, DC - NOVEMBER 19: ... (Photo by Jane
# Doe/Getty Images)"); a credit in brackets or behind a label proves them.
_LONG_CAPTION_WORDS = 200

# Wire captions say what the picture is: "In this Dec. 12, 2006, file photo,
# ...", "This satellite image from NASA shows ...". Body text does not open so.
_CAPTION_OPENING = re.compile(
    r"^(?:in this\b[^;:]{0,60}?\b(?:photos?|images?|pictures?|photographs?|illustrations?|handout|screenshots?"
    r"|(?:screen|video|frame) ?grabs?)\b"
    r"|this\b[^;:]{0,60}?\b(?:photos?|images?|pictures?|photographs?|illustrations?|screenshots?)\b"
    r"[^;:]{0,60}?\bshows?\b)",
    re.IGNORECASE,
)


def is_image_file(line: str) -> bool:
    """True for a bare image file name such as 'IMG_1234.jpg'."""
    text = line.strip()
    return len(text) <= 200 and bool(_IMAGE_FILE.match(text))


def credit_only(line: str) -> str | None:
    """The credit when the whole line is one ('Photo supplied', 'PHOTO: AFP', '— Picture by
    Jane Doe', 'Jane Doe/The Ledger')."""
    text = _LEADING_DASH.sub("", line.strip())
    if not text or len(text) > 90 or (text.endswith(".") and not _COMPANY_END.search(text)):
        return None
    match = _CREDIT_ONLY.match(text)
    if not match:
        named = _NAME_SLASH_SOURCE.match(text)
        return named.group("credit") if named and not _BREADCRUMB_START.match(text) else None
    return bare_credit((match.group("credit") or match.group("bare") or "").strip()) or None


def bare_credit(credit: str) -> str:
    """The credit without its wrapping: 'Courtesy of Acme' -> 'Acme', 'Bernama pic' -> 'Bernama'."""
    return _WRAPPING.sub("", credit).strip()


# "Jane Doe/The Ledger", "Supplied / Department of Conservation": who took it, for whom
_CAP_WORD = r"(?:(?-i:[A-Z])[\w’'.&-]*|of|the|de|da|van|von|for)"
_NAME_SLASH_SOURCE = re.compile(
    r"^[(\[]?(?P<credit>(?-i:[A-Z])[\w’'.-]*(?: " + _CAP_WORD + r"){1,3}\s*/\s*(?-i:[A-Z])[\w’'.&-]*(?: " + _CAP_WORD
    + r"){0,4}(?:\s*/\s*(?-i:[A-Z])[\w’'.&-]*(?: " + _CAP_WORD + r"){0,3})?)[)\]]?$"
)
_BREADCRUMB_START = re.compile(r"^(?:home|news|sport|sports|world|business|opinion|lifestyle)\b", re.IGNORECASE)
_LEADING_DASH = re.compile(r"^[—–]\s*")
_COMPANY_END = re.compile(r"\b(?:Corp|Inc|Ltd|Co|Bhd)\.$")
_WRAPPING = re.compile(r"^courtesy(?: of|:)\s+|\s+pic$", re.IGNORECASE)
# "... in Karachi. — Reuters/File": a credit after a dash, behind the caption's last stop
_DASH_CAPTION_WORDS = 30
# a caption says what the picture shows now ("presides over", "speaks to reporters"); a story tells what was
_TOLD_AS_PAST = re.compile(r"\b(?:[a-z]{2,}(?<!e)ed|said|told|was|were|had|has|have|will|would)\b")
_DASH_TAIL = re.compile(r"(?<=[.!?…”\"’')\]])\s+[—–|]\s+(?P<credit>[^\s.!?…][^.!?…]{0,59}(?:\b(?:Corp|Inc|Ltd|Co)\.)?)$")
# "... on Saturday morning. (KMWT)": call letters or an agency's initials in brackets
_CALL_SIGN_TAIL = re.compile(r"(?<=[.!?…”\"’'])\s+\((?P<credit>(?-i:[A-Z]{2,6}))\)$")


def looks_like_name(tail: str) -> bool:
    tokens = tail.replace("/", " / ").split()
    # (six words a part: "Joris van Dalen/The Randstad Post")
    if not 1 <= max(len(part.split()) for part in tail.split("/")) <= 6 or len(tokens) > 13 \
            or any(ch.isdigit() for ch in tail):
        return False
    if not _NAME_TOKEN.match(tokens[0]):
        return False
    return all(_NAME_TOKEN.match(tok) or tok.lower() in _NAME_PARTICLES for tok in tokens)


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "prof", "rev", "hon", "gov", "sen", "rep", "no", "vs"}


def _abbreviation_before(text: str, stop: int) -> bool:
    # "... meets Mr. Jones" ends with a name after a dot that is no full stop
    start = stop
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:stop].lower() in _ABBREVIATIONS


_STOPS = (".", "!", "?", "…")


def split_credit(line: str, names: bool = False, signed: bool = False) -> tuple[str, str | None]:
    """Split a caption line into (text, credit).

    Labelled credits, supplied/file/agency credits are always recognised.
    With ``names=True`` (the line is known to be a caption) a bare name after
    the last full stop counts as the credit too; with ``signed=True`` (its alt
    text is printed over it) so does a name after a dash ("… yesterday. – Jane Doe").
    """
    text = line.strip()
    if not text:
        return "", None
    if text.rstrip("”’\"'")[-1:] in _STOPS and not _COMPANY_END.search(text):
        # no credit pattern ends with a full stop (but a company's "Corp."): most body lines are out here
        return text, None
    # every credit pattern is anchored at the end and short: look at the tail
    # only, which keeps this linear on huge lines
    cut = max(0, len(text) - 160)
    tail = text[cut:]
    lowered = tail.lower()
    if tail.endswith(")"):
        match = _BRACKET_TAIL.search(tail)
        if match and match.start() + cut > 0 and (
            match.group("labelled") or match.group("via") or match.group("sourced") or _names_only(match.group("credit"))
        ):
            credit = _LEADING_LABEL.sub("", match.group("credit") or match.group("labelled") or match.group("via")
                                        or match.group("sourced"))
            credit = credit.strip()
            body = text[: cut + match.start()].rstrip()
            if credit and body:
                return body, credit
    for pattern in (_LABELLED_TAIL, _SOURCE_TAIL):
        if pattern is _LABELLED_TAIL and not any(label in lowered for label in _LABEL_WORDS):
            continue  # cheap test first: most lines carry no credit label at all
        match = pattern.search(tail)
        if match and match.start() + cut > 0:
            credit = bare_credit(match.group("credit").strip(" )]"))
            body = text[: cut + match.start()].rstrip(" ([—–|")  # "… on Thursday morning. – Photo by Jane Doe"
            if credit and body:
                return body, credit
    dashed = _DASH_TAIL.search(tail)
    if dashed and dashed.start() + cut > 0:
        # "... in Karachi. — Reuters/File", "... in Shah Alam. — Bernama pic": a short text with no
        # quotation in it (a story's paragraph signed "— AFP", a quotation signed by its author, stay)
        body = text[: cut + dashed.start()].rstrip()
        credit = credit_only(dashed.group("credit"))
        if credit is None and signed and looks_like_name(dashed.group("credit")) and len(dashed.group("credit").split()) >= 2:
            credit = dashed.group("credit")  # a caption under its alt text, signed by the photographer
        # (an agency or a labelled credit, never a bare name: "… on blind corners. — Margaret Hill" signs a letter)
        if credit and not any(mark in body for mark in "“”\"‘") \
                and (names or (word_count(body, _DASH_CAPTION_WORDS + 1) <= _DASH_CAPTION_WORDS
                               and not _TOLD_AS_PAST.search(body))):
            return body, credit
    if names:
        match = _NAME_TAIL.search(tail)
        if match and looks_like_name(match.group("credit")) and not _abbreviation_before(
            tail, match.start("stop")
        ):
            body = text[: cut + match.end("stop")]
            return body, match.group("credit").strip()
        match = _CALL_SIGN_TAIL.search(tail)
        if match and match.start() + cut > 0:
            # a broadcaster's own picture: "... on Saturday morning. (KMWT)"
            return text[: cut + match.start()].rstrip(), match.group("credit")
    return text, None


def caption_with_credit(line: str) -> tuple[str, str] | None:
    """(text, credit) when a lone line is a caption by its explicit credit."""
    if len(line) > 2000:
        return None
    words = word_count(line, _LONG_CAPTION_WORDS + 1)
    if words > _LONG_CAPTION_WORDS:
        return None
    if words > MAX_CAPTION_WORDS:
        tail = line[-160:]
        if not (_BRACKET_TAIL.search(tail) or _LABELLED_TAIL.search(tail)):
            return None
    text, credit = split_credit(line)
    if (
        credit is None
        and not is_finished(line)
        and word_count(line, LONE_CAPTION_WORDS + 1) <= LONE_CAPTION_WORDS
    ):
        # "... two years ago. Jane Doe for The Review": a short text whose last
        # words, after the final stop, are a name: prose never ends that way
        text, credit = split_credit(line, names=True)
        if credit is not None and (len(credit.split()) < 2 or word_count(text, 6) < 6):
            return None
    if credit is None or word_count(text, 4) < 3:
        return None
    return text, credit


def is_wire_caption(line: str) -> bool:
    """True for a caption by its wording: 'In this file photo, ...', 'This image shows ...'."""
    text = line.strip()
    return (
        len(text) <= 1000
        and word_count(text, MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS
        and bool(_CAPTION_OPENING.match(text))
    )


_AGENCY_IN_BRACKETS = re.compile(r"\((?:" + _AGENCY_CREDIT + r")\)$", re.IGNORECASE)


def ends_with_agency_credit(line: str) -> bool:
    """True for 'Julian Assange (AFP)', 'Representative image. (AFP file photo)': a photo's text, no headline."""
    text = line.strip()
    return len(text) <= 300 and bool(_AGENCY_IN_BRACKETS.search(text[-120:]))


def is_caption_label(line: str) -> bool:
    """True for 'Image copyright Jane Doe' or 'Image caption ...' left standing in a body."""
    text = line.strip()
    return len(text) <= 400 and bool(COPYRIGHT_LABEL.match(text) or CAPTION_LABEL.match(text))


_PLAYBACK = re.compile(r"^media playback is (?:unsupported|not supported) on your device\s*", re.IGNORECASE)


def without_caption_label(text: str) -> str:
    """'Image caption Police at the gate' -> 'Police at the gate' (a broadcaster's label
    printed before the caption, maybe after its video player's notice)."""
    text = _PLAYBACK.sub("", text.strip())
    match = CAPTION_LABEL.match(text)
    return match.group("value").strip() if match else text


def without_credit_label(credit: str) -> str:
    """'Image copyright EPA' -> 'EPA'."""
    match = COPYRIGHT_LABEL.match(credit.strip())
    return match.group("value").strip() if match else credit


def _names_only(credit: str) -> bool:
    """'AP Photo/Jane Doe' but not 'Reporting by Jane Doe/Editing by John Roe'."""
    words = _LEADING_LABEL.sub("", credit).replace("/", " ").split()
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_PARTICLES - {"via"} for w in words)
