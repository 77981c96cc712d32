"""Vocabulary of site chrome: navigation, share buttons, footers, appeals.

The lists are generic web furniture, never names of sites or people. Short
chrome lines are matched as whole lines and only when they do not end with a
full stop: body text (and the PolNeAR corpus, which ends every line with one)
says "Facebook." or "Read the rest here." as sentences, menus do not.
"""

from __future__ import annotations

import re

# Menu items, account links and widgets that make up a whole line, alone or
# strung together with separators ("Login - Register", "Home | World | Asia").
NAV_WORDS = {
    "home", "homepage", "menu", "main menu", "search", "search form", "search this site",
    "login", "log in", "log-in", "logout", "log out", "sign in", "sign up", "sign out",
    "register", "subscribe", "subscribe now", "subscriptions", "my account", "account",
    "profile", "newsletter", "newsletters", "toggle navigation", "navigation", "skip to content",
    "skip to main content", "skip navigation", "close", "open", "back", "back to top", "top",
    "next", "previous", "prev", "more", "show more", "load more", "view more", "see more",
    "read more", "continue reading", "advertisement", "advertising", "sponsored",
    "sponsored content", "ad", "ads", "cookie policy", "cookies", "privacy policy", "privacy",
    "terms", "terms of use", "terms and conditions", "terms of service", "contact", "contact us",
    "about", "about us", "help", "faq", "sitemap", "site map", "rss", "e-paper", "epaper",
    "print edition", "digital edition", "archive", "archives", "video", "videos", "photos",
    "gallery", "podcast", "podcasts", "live", "live tv", "watch live", "trending", "menu close",
    "english", "en", "print", "email", "e-mail", "mail", "share", "share this", "share on",
    "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "pinterest",
    "reddit", "messenger", "copy link", "copy this link", "copy", "copied", "link", "comments", "comment", "font size",
    "text size", "a", "a+", "a-", "listen", "listen to this article", "save", "bookmark",
    "follow", "follow us", "like", "share article", "share story", "jobs", "careers",
    "classifieds", "weather", "donate", "support us", "subscribe today", "get the app",
    "download the app", "all rights reserved", "accept", "accept all", "reject all",
    "manage cookies", "cookie settings", "manage preferences", "we value your privacy", "your privacy choices",
    "toggle menu", "open menu", "close menu", "go",
    "skip to navigation", "search jobs", "load more updates", "loading", "loading ...", "loading...",
    "like this", "like loading", "view this post on instagram", "view comments", "reuse this content",
    "share this story", "about sharing", "live feed", "key events", "live updates", "follow us on",
    "next page", "previous page", "next article", "previous article", "next story", "previous story",
    "photo gallery", "image gallery", "gallery",
}

# Accessibility links and share buttons with words of their own
# ("Jump directly to the content", "Share this with WhatsApp").
_SKIP_OR_SHARE_LINK = re.compile(
    r"^(?:(?:skip|jump)(?: directly)? to (?:the )?(?:main )?(?:content|navigation|article|search|menu)"
    r"|share (?:this )?(?:with|on|via|to) \w+(?: \w+)?"
    r"|(?:these are|this is an?) external links? and will open in a new (?:window|tab)"
    r"|media playback is (?:unsupported|not supported) on your device)$",
    re.IGNORECASE,
)

# A share bar printed as bare words: "Facebook Twitter LinkedIn", "Email Buffer Pin".
_SHARE_BAR_WORDS = {
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "messenger",
    "flipboard", "tumblr", "buffer", "pin", "email", "e-mail", "mail", "print", "sms", "share", "tweet",
}
_NETWORKS = {"facebook", "twitter", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "flipboard", "tumblr"}

# Separators between menu items on one scraped line.
_NAV_SPLIT = re.compile(r"\s*(?:[|/·•>»›«‹,]|\s[-–—]\s|\s{2,})\s*")

# Headings that open a list of other stories or the comments: the heading and
# what follows it are not the article.
FOOTER_HEADINGS = re.compile(
    r"^(?:related(?: stories| articles| news| posts| content| coverage| topics| links| reading)?"
    r"|(?:the )?latest(?: news| stories| articles| headlines| updates)?"
    r"|more(?: on| from| about| in| of)?(?: this| the| our)?"
    r" (?:topics?|stories|news|articles|headlines|reads|coverage|sections?|videos?)"
    r"|more (?:from|on|in) \S+(?: \S+){0,3}"
    r"|(?:you )?(?:may|might) (?:also )?(?:like|enjoy|be interested in)"
    r"|(?:also|further|recommended) read(?:ing)?|read (?:next|also|more)|see also|recommended(?: for you| stories| articles)?"
    r"|(?:most|top) (?:read|popular|viewed|shared|stories|news)|popular(?: now| stories| posts)?"
    r"|editor'?s? picks?|trending(?: now| stories| news)?|don'?t miss|in case you missed it|around the web"
    r"|(?:post|leave|add|write|show|view|read) (?:a |your )?comments?|\d+ comments?|comments?(?: \(\d+\))?"
    r"|join the (?:conversation|discussion)|discussion|tags?|topics?|filed under|keywords?"
    r"|leave a reply(?: cancel reply)?|share what you think|comments? \d+|more top stories|up next|what to read next"
    r"|sponsored (?:stories|links|content|posts)|promoted (?:stories|links|content)"
    r"|share (?:or comment on )?this (?:article|story)|about (?:the )?authors?"
    r"|(?:media|press|investor|investors|company|editorial) (?:contacts?|enquiries|inquiries)|attachments)\s*:?$",
    re.IGNORECASE,
)

# Headings after which nothing but comments or site footer can follow.
COMMENT_HEADINGS = re.compile(
    r"^(?:(?:post|leave|add|write|show|view|read) (?:a |your )?comments?|\d+ comments?|comments?(?: \(\d+\))?"
    r"|join the (?:conversation|discussion)|leave a reply(?: cancel reply)?|share what you think|comments? \d+)\s*:?$",
    re.IGNORECASE,
)

# Sentences that sell, beg or point elsewhere; matched inside short paragraphs.
APPEALS = re.compile(
    # (a copyright sign opens no word: it stands outside the word-bounded group)
    r"^(?:copyright\s)?©\s?(?:copyright\s)?\d{4}|"
    r"\b(?:(?:support|fund|back) (?:our|independent|quality|local|public[- ]interest) journalism"
    r"|make a (?:one-off |one-time |monthly |small |tax-deductible )?(?:donation|contribution) (?:to|today|now)"
    r"|donate (?:now|today|here|to us)|please (?:consider )?(?:donating|supporting us|subscribe|subscribing)"
    # a note on how the story came to be: "This story was produced by a Local Democracy Reporter and shared …"
    r"|^this (?:story|article) (?:was|is) (?:produced|written|provided|shared) (?:by|under|as part of|through)\b"
    r"[^.]{0,80}\b(?:reporter|reporting|partnership|service|scheme|syndication|licen[cs]e)\b"
    # (not "Becoming a member of parliament at 25": a member of us, or of nothing named)
    r"|becom(?:e|ing) a (?:member|supporter|subscriber|patron)(?! of (?!us\b|our\b))"
    r"|^[A-Z][\w’'& -]{0,40}? (?:is|are) (?:funded|supported) by (?:its|our) readers"
    r"|^if you value (?:our |independent |quality |local )?(?:journalism|reporting)\b"
    # a newsletter's pitch: "The day’s most important Hong Kong stories, in your inbox by 7am"
    r"|, (?:straight |direct(?:ly)? )?(?:in|into|to) your inbox\b"
    r"|\b(?:briefing|newsletter|digest|bulletin)\b[^.]{0,40}\b(?:in|into|to) your inbox"
    r"|^follow (?:[A-Z][\w’'&-]* ){1,4}on (?:whatsapp|telegram|facebook|instagram|x|twitter|threads)\b"
    r"|get the latest (?:news|updates|headlines) on your phone"
    r"|subscribe (?:now|today|to (?:our|the) newsletter|for (?:just|only|\$))"
    r"|sign up (?:for|to) (?:our|the) (?:daily |weekly |free )?(?:e-?mail )?newsletters?|get (?:our|the) (?:daily |weekly |free )?newsletter"
    r"|share this (?:article|story|post|page|item)|share (?:on|via) (?:facebook|twitter|whatsapp|email)"
    r"|^share (?:on|via) (?:x|linkedin)"
    r"|^send this (?:page|article|story) to (?:someone|a friend)"
    r"|(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|telegram|copy link)(?: \| (?:facebook|twitter|x|whatsapp|e-?mail"
    r"|linkedin|telegram|copy link)){2,}$"
    r"|click here to (?:subscribe|read|share|sign up|donate|download|comment)|^click here to get"
    r"|follow us on (?:our )?(?:official )?(?:facebook|twitter|instagram|telegram|whatsapp|social media)"
    r"|^(?:join|follow) (?:us on )?(?:our|the) (?:official )?(?:[\w’'-]+ ){0,3}(?:whatsapp|telegram) (?:channel|community) for\b"
    r"|we use your sign-?up|^click to play(?: video)?\b|^(?:estimated )?read(?:ing)? time\s*:?\s*\d+\s*min"
    r"|(?:all|some) rights reserved|copyright ©|© ?(?:copyright )?\d{4}"
    r"|this (?:article|story|content) (?:is|was) (?:available|reserved) (?:to|for|only to) (?:subscribers|members)"
    r"|(?:already|not) a (?:subscriber|member)\?|you have reached your (?:free )?(?:article )?limit"
    r"|we use cookies|^we and our partners use cookies|by continuing to (?:use|browse) (?:this|our) (?:site|website)"
    r"|story continues below|article continues below|continue reading (?:below|the main story)"
    r"|(?:download|get) (?:our|the) (?:free )?app|^(?:download|get) (?:our|the) (?:[\w-]+ ){1,4}app\b"
    r"|this (?:article|story) (?:appears|appeared|originally appeared|was originally published) in"
    r"|privacy notice|newsletters? may contain|free (?:daily |weekly |monthly )?newsletter"
    r"|we have a small favou?r to ask|from as little as"
    r"|may not be (?:reproduced|republished|redistributed|copied)|constitutes acceptance of (?:our|the)"
    r"|(?:the )?views expressed (?:here |in this (?:article|column|piece) )?are (?:the author|those of|solely)"
    r"|enable javascript to view the comments"
    # newsletter sign-up boxes: the offer, the form's small print and its answers
    # (the offer's own imperative opens the line: a story may tell of scams that say the same)
    r"|^get (?:\S+ ){1,6}delivered (?:right |straight |directly )?(?:to|in|into|through) your (?:inbox|letterbox|door)"
    r"|^get the latest (?:\S+ ){0,3}(?:right|straight|directly) (?:in|to|into) your inbox|^keep an eye on your inbox"
    r"|let our news meet your inbox|newsletter,? delivered (?:\S+ ){0,2}to your inbox|^your e-?mail(?: address)?\s+sign up$"
    r"|^thanks? (?:you )?for (?:signing up|subscribing)|error processing your subscription"
    r"|you(?:'ve| have) (?:successfully|succesfully) subscribed|activation link has (?:just )?been sent"
    r"|^sign up for (?:our |the )?(?:free )?e-?mail newsletters?|check the opt-in box"
    r"|you can unsubscribe at any time|no spam,? we promise|protected by recaptcha|^get breaking news alerts"
    r"|join our (?:\w+ )?(?:forums?|mailing list|community) to)\b",
    re.IGNORECASE,
)

# Ad slots and similar one-word interruptions in the middle of the body.
INTERRUPTIONS = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|story continues below(?: advertisement)?"
    r"|article continues (?:below|after (?:this )?advertisement)|scroll to (?:continue|read more)"
    r"|continue reading(?: below| the main story)?|read more|\[?ad\]?|- ?advertisement ?-|share via|play video)\s*:?$",
    re.IGNORECASE,
)


# Menu entries strung on one line by bars or wide gaps: "News  Weather  Sports".
_MENU_SPLIT = re.compile(r"\s*\|\s*|\s{2,}")


def _is_menu_row(text: str) -> bool:
    """Three or more short capitalised entries and no sentence: a menu, whatever its words."""
    pieces = [p.strip() for p in _MENU_SPLIT.split(text) if p.strip()]
    if len(pieces) < 3:
        return False
    for piece in pieces:
        if len(piece.split()) > 3 or piece[-1] in ".!?,;:" or (piece[0].isascii() and piece[0].islower()):
            return False
    return True


# "RELATED: <headline>", "READ MORE | <headline>": a link to another story
# dropped into the body. The headline after the label has no final stop.
_INTERJECTION = re.compile(
    r"^(?:related(?: stories| articles| coverage| story| article)?|read more|read next|read also|also read|see also|also see"
    r"|more|watch|listen|recommended|must read|don'?t miss|trending|click here|read|more on this)"
    r"(?:\s*(?::|\||>>?|»)|\s+[–—-]|\s{2,})\s*(?P<rest>\S.{3,200})$",
    re.IGNORECASE,
)


def is_interjection(line: str) -> bool:
    """True for a labelled link to another story: 'RELATED: Headline', 'ALSO READ  Headline'."""
    text = line.strip()
    match = _INTERJECTION.match(text)
    if not match:
        return False
    rest = match.group("rest").rstrip()
    return rest[-1] not in ".!…" and len(rest.split()) <= 25 and not rest.startswith(("“", '"'))


def is_nav_line(line: str) -> bool:
    """True when the line is nothing but menu items, account links or share buttons."""
    text = line.strip()
    if text.endswith(("...", "…")) and text.lower().rstrip(" .…") in NAV_WORDS:
        return True  # "Loading ...", "Read more…"
    if not text or len(text) > 160 or text.endswith("."):
        return False
    if _SKIP_OR_SHARE_LINK.match(text):
        return True
    words = text.lower().split()
    if 2 <= len(words) <= 8 and set(words) <= _SHARE_BAR_WORDS and set(words) & _NETWORKS:
        return True
    pieces = [p for p in _NAV_SPLIT.split(text.lower()) if p]
    if not pieces:
        # separators only ("|", "--", "•••") are page furniture too
        return True
    return all(piece.strip(" :") in NAV_WORDS for piece in pieces) or _is_menu_row(text)


def is_breadcrumb(line: str) -> bool:
    """'Home > World > Asia' and friends: a path that starts at the home page."""
    text = line.strip()
    if len(text) > 120 or text.endswith("."):
        return False
    return bool(re.match(r"^(?:you are (?:here|at)\s*:|(?:home|homepage|news)\s*[>»›/|])", text, re.IGNORECASE))


def is_footer_heading(line: str) -> bool:
    """True for 'Related stories', 'Latest news', 'Post a comment' and the like."""
    text = line.strip()
    # a heading may trail off ('You may also like...'); a sentence ends in one full stop
    text = text[:-3].rstrip() if text.endswith("...") else text.rstrip("…").rstrip()
    if not text or len(text) > 60 or text.endswith("."):
        return False
    return bool(FOOTER_HEADINGS.match(text))


def is_comment_heading(line: str) -> bool:
    """True for headings that open the reader comments."""
    text = line.strip()
    return len(text) <= 60 and bool(COMMENT_HEADINGS.match(text))


def is_appeal(paragraph: str) -> bool:
    """True for donation, subscription, sharing and cookie text (short paragraphs only; not a
    quotation, nor what a story reports someone said: "Download the NHS App, the board said")."""
    if len(paragraph) > 600 or paragraph.lstrip()[:1] in QUOTE_OPENERS or _REPORTED.search(paragraph):
        return False
    return bool(APPEALS.search(paragraph))


# the marks a quotation opens with
QUOTE_OPENERS = "“\"‘'«"
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|reads|read:|warned|according to)\b", re.IGNORECASE)


# Headings of boxes set inside a story ("Must read" over a link, "Key points" over a summary): the box
# goes, the story around it stays.
BOX_HEADINGS = re.compile(r"^(?:must reads?|key (?:points|takeaways)|related article|in brief|at a glance)\s*:?$",
                          re.IGNORECASE)


def is_box_heading(line: str) -> bool:
    """True for 'Must read', 'Key points' and other headings of a box inside the story."""
    return bool(BOX_HEADINGS.match(line.strip()))


def is_interruption(line: str) -> bool:
    """True for 'Advertisement', 'Story continues below' and other ad slots."""
    text = line.strip()
    return len(text) <= 60 and bool(INTERRUPTIONS.match(text))


# A clock time alone ("11:58 PM") or in front of a headline: live-blog stamps
# and the "key events" list that repeats the updates' headings.
_TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?(?P<rest>\s.*)?$", re.IGNORECASE)
# "— Jane Doe (@janedoe) March 4, 2019" under a tweet; "A post shared by X (@x)".
_EMBED = re.compile(r"^(?:[—–-]\s*.{1,80}\(@\w{1,30}\)|a post shared by .{1,80}\(@[\w.]{1,30}\))", re.IGNORECASE)
# "Page 1 of 3", "1 of 12" (gallery slides), "2h ago", "4 min read", and a
# wire dateline printed on a line of its own ("SANTIAGO (Agency) -").
_COUNTER = re.compile(
    r"^(?:(?:page|image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$"
    r"|^\d{1,3}\s*(?:h|hr|hrs|m|min|mins|d|hours?|minutes?|days?)\s+ago$"
    r"|^\d{1,3}\s*(?:-\s*)?(?:min|mins|minutes?)\s+read$"
    r"|^(?:view|see) all (?:\d{1,3} (?:photos|images|pictures|slides)|\(\d{1,3}\))$",
    re.IGNORECASE,
)
_DATELINE_ONLY = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}\s*(?:\([\w .,&-]{1,30}\))?\s*[-–—]+$")
_EMAIL_ONLY = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# "Tags: a, b, c", "Filed Under: X, Y", "Topics: Politics, Elections"
_TAG_LINE = re.compile(
    r"^(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|keywords?|related topics)\s*:\s*\S.*$",
    re.IGNORECASE,
)


def is_time_stamp(line: str) -> bool:
    """True for '11:58 PM' alone or '11:58 PM Governor concedes' (a headline, no full stop)."""
    text = line.strip()
    match = _TIME_STAMP.match(text) if len(text) <= 160 else None
    if not match:
        return False
    rest = (match.group("rest") or "").strip()
    # a stamp written as a sentence ("6:05 p.m.", "4:40 p.m.:") is the article's own
    # text (wire "The Latest" stories); page furniture has no closing mark
    if text[-1] in ".!?:;”\")":
        return False
    return not rest or len(rest.split()) <= 15


def is_widget_line(line: str) -> bool:
    """Time stamps, social-media embed attributions, bare e-mail addresses, tag lists."""
    text = line.strip()
    if not text or len(text) > 200:
        return False
    if _TAG_LINE.match(text) and not text.endswith("."):
        return True
    return bool(
        is_time_stamp(text)
        or _EMBED.match(text)
        or _EMAIL_ONLY.match(text)
        or _COUNTER.match(text)
        or _DATELINE_ONLY.match(text)
        or (len(text) <= 40 and _COUNTER.match(text.strip("«»‹› ")))
    )
