"""What a quotation is: a quoted sentence (``direct``), a quoted fragment
inside the writer's sentence (``partial``), or no one's words at all (a
heading, the name of a work, a term in quotation marks)."""

from __future__ import annotations

import re

from .lexicon import SUBORDINATORS, VERB_LEMMA, speech_verbs
from .para import Para
from .text import sentence_bounds

# what a sentence ends with before the quotation it introduces with a dash
# ("… brutal leaders - ''He would have loved Stalin,''", "one message for voters -- “…”")
DASH_ENDINGS = ("—", "–", "--", " -")

# a verb that names rather than quotes: a culture called “The HP Way.”
_NAMING_VERBS = {"call", "dub", "name", "label", "title", "term", "nickname", "brand"}


def quote_kind(p: Para, span) -> str:
    """'direct' for a quoted sentence, 'partial' for a fragment inside one."""
    if not span.opened:
        return "direct"
    k = p.sentence_of(span.open_at)
    head = p.masked[p.sents[k][0] : span.open_at].rstrip() if p.sents else ""
    content = p.text[span.start : span.end]
    first = content.lstrip("[(‘'…. ")[:1]
    n_words = len(content.split())
    if n_words <= 3 and not re.search(r"[.?!,]$", content):
        return "partial"  # a title or a scare quote, not a quoted sentence
    if _is_title(content):
        return "partial"  # “Orange is the New Black,”: a title, slogan or show
    if not head.endswith(":") and _sentence_goes_on(p, span, content):
        return "partial"  # "“Of course Mr. Trump is going to defend himself” against what …": the writer's sentence
    if n_words <= 3 and first.islower() and _a_few_words_of_the_writers(p, span, k, head):
        return "partial"  # "a new title for his resume: “song anthropologist.”"
    if not head.lstrip("([ ") or head.endswith((":", "Q", "Q.")):
        return "direct"  # (also a sentence set in brackets: "(“I don’t want fisticuffs,” said one activist.)")
    if (head.endswith(",") or re.search(r",?\s+(?:but|and)$", head)) and _resumes_split_quote(p, span, k):
        return "direct"  # "“…,” he said, but “when it comes to …”"
    if head.endswith(","):
        if (first.isupper() or first.isdigit()) and any(v.end <= span.open_at and v.sentence == k for v in p.verbs):
            return "direct"
        if first.isupper() and len(content.split()) >= 5 and re.search(r"[.?!,]$", content):
            return "direct"
        verb = next((v for v in reversed(p.verbs) if v.end <= span.open_at and v.sentence == k), None)
        if verb and len(p.masked[verb.end : span.open_at].split()) <= 3 and n_words >= 4 \
                and re.search(r"[.?!,]$", content):
            return "direct"  # "Still, she added, “we also can’t ignore …”"
        if n_words >= 5 and re.search(r"[,?!]$", content) and span.closed and _is_lead_in(head) \
                and _ATTRIBUTION_NEXT.match(p.masked, span.close_end):
            # "As for complexity, ''broadening the base … administration,'' said Mr. Kamin":
            # the words before are the writer's lead-in; the quotation runs to its attribution
            return "direct"
        return "partial"
    if head.endswith(DASH_ENDINGS) and first.isupper() and n_words >= 4:
        return "direct"  # "… brutal leaders - ''He would have loved Stalin,''"
    last_word = head.split()[-1].lower() if head.split() else ""
    if last_word in VERB_LEMMA and len(content.split()) >= 4 and (first.isupper() or re.search(r"[.?!]$", content)):
        # "he yelled “…”", "she admitted “emails have been wonderful, … also.”"
        # (but "only saying “there are laws …”." is a fragment of her sentence)
        return "direct"
    if last_word in VERB_LEMMA and VERB_LEMMA[last_word] not in _NAMING_VERBS and first.isupper() \
            and re.search(r"[.?!]$", content) and not _name_like(content.rstrip(" ,.;:")):
        # a sentence however short: protesters chanted “What curfew?” (not a name at the
        # sentence's end: told “Good Morning America.”, thanked “God.”)
        return "direct"
    return "partial"


def _a_few_words_of_the_writers(p: Para, span, k: int, head: str) -> bool:
    """A few quoted words in lower case inside the writer's sentence: not a sentence of their own ("“no,”
    he said"), not right after a verb of saying ("replied on Instagram: “lol no.”"), not the rest of a
    quotation split by its attribution ("“…,” he said, “and they're terrifying.”")."""
    if not head.lstrip("([ "):
        return False
    if any(v.sentence == k and v.end <= span.open_at and len(p.masked[v.end : span.open_at].split()) <= 3
           for v in p.verbs):
        return False
    return not ((head.endswith(",") or re.search(r",?\s+(?:but|and)$", head)) and _resumes_split_quote(p, span, k))


def _sentence_goes_on(p: Para, span, content: str) -> bool:
    """A quotation of less than a sentence, closed without a mark of its own, that the writer's
    sentence runs on past in lower case ("“…” against what the campaign sees as …"; not "“…” the coach
    said", "“…” according to the governor", nor "“I wouldn't call it reform. … just a tax increase” for
    the top bracket")."""
    if not span.closed or re.search(r"[.?!,;:…—–-]\W*$", content) or len(sentence_bounds(content)) > 1:
        return False
    rest = p.masked[span.close_end :]
    if not re.match(r"\s+[a-z]", rest) or _SUBJECT_OR_VERB_NEXT.match(rest) and content.lstrip("‘'(")[:1].isupper():
        return False
    # an attribution in the first words after it is the quotation's own ("“…” the coach said", "“…” party
    # spokesperson Pawan Khera told NDTV"; not "“…” as he promised to defend …", "“…” that would respond")
    words = re.match(r"[^,.;:?!Q]*", rest).group().split()[:6]
    words = words[: next((i for i, w in enumerate(words) if w.lower() in _SUBORDINATORS), len(words))]
    lead = " ".join(words)
    return next(speech_verbs(lead), None) is None and not _READ_AFTER.search(lead)


_SUBORDINATORS = SUBORDINATORS | {"as", "that", "which", "who", "if", "until", "and", "but"}


# a pronoun and its verb ("“…” she ruled"), or the quotation as the subject ("“Tell my wife I love her” were
# his last words"; not a fragment: "“like women in combat” were adversely affecting the military")
_SUBJECT_OR_VERB_NEXT = re.compile(r"\s+(?:(?:he|she|they|it|we|i|you)\b|(?:is|was|were|are|has|had|have|became|becomes|"
                                   r"remains|remained|sounds|sounded|seems|seemed)\b(?!\s+\w+(?:ing|ed)\b))")
_READ_AFTER = re.compile(r"\b(?:read|reads|went|goes)\b")  # "“…” the statement read", "“…” the sign went"


_TITLE_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from",
                "by", "is", "as", "but"}


def _is_title(content: str) -> bool:
    """Title Case words without a sentence end: a name of a work or slogan."""
    if re.search(r"[.?!]$", content.rstrip("”\"' ")):
        return False
    words = re.findall(r"[\w’'-]+", content)
    big = [w for w in words if w.lower() not in _TITLE_SMALL]
    return 2 <= len(words) <= 8 and bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big)


def _resumes_split_quote(p: Para, span, k: int) -> bool:
    """'“We will win,” she said, “because we must.”': the second piece goes on
    with a quoted sentence that the attribution interrupted, so it is as
    direct as the first even though it starts in lower case."""
    i = p.spans.index(span)
    if i == 0:
        return False
    prev = p.spans[i - 1]
    if not prev.closed or p.sentence_of(prev.open_at) != k:
        return False
    if p.text[prev.start : prev.end].rstrip("”\"' ")[-1:] not in (",", "—", "–"):
        return False
    between = p.masked[prev.close_end : span.open_at]
    if "Q" in between or len(between.split()) > 25:
        return False
    if not any(prev.close_end <= v.start < span.open_at for v in p.verbs):
        return False
    return quote_kind(p, prev) == "direct"


# a noun or participle that introduces the name of a work: the film “Wild Rose”, a book titled “…”
_WORK_BEFORE = re.compile(
    r"\b(?:(?:film|movie|show|series|sitcom|song|album|single|book|novel|memoir|podcast|musical|documentary|"
    r"poem|magazine|newspaper|website|app|video game|script|column|drama|comedy|thriller|feature|play|opera|"
    r"exhibition|programme|miniseries|track|mixtape|anthology|biopic|sequel|bill|autobiography|biography)"
    r"(?:\s+(?:called|named))?|"
    r"titled|entitled|episode of|season of)(?P<comma>\s*,)?\s*$"  # "her blockbuster film, “Trainwreck.”"
    # "a Nicole Taylor script called “Wild Rose”": a thing's name ("Trump called Clinton “…”" has no noun before)
    r"|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}[a-z]+\s+(?:called|named|dubbed)\s*$"
    r"|\b(?:dubbed|nicknamed|named)\s+(?:it\s+)?(?:the|a|an)\s*$", re.I)  # "its sponsors have dubbed the “… Act”"
# the book someone said or wrote something in: "in his 2012 book,", "in her memoir,"
_IN_THEIR_BOOK = re.compile(r"\bin\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:book|memoir|autobiography|novel)\s*,\s*$",
                            re.I)
# a piece of writing named in apposition, its noun phrase opened by a determiner or an owner: "Ouisa
# Davis' commentary,", "his unauthorized Trump biography," (the word before the phrase is asked apart)
_WRITING_APPOSED = re.compile(
    r"(?:^|(?P<before>[\w’'-]+)\s+)(?:the|a|an|his|her|their|its|our|my|your|this|that|[A-Z][\w’'.-]*(?:’s|'s|’|'))\s+"
    r"(?P<words>(?:[\w’'-]+\s+){0,4})(?:commentary|op-ed|editorial|essay|article|column|book|memoir|novel|biography|"
    r"autobiography|poem|song|film|movie|documentary|speech)\s*,\s*$", re.I)
_PREPOSITIONS = {"about", "from", "of", "in", "on", "during", "under", "with", "by", "for", "after", "at", "to", "into",
                 "over", "through", "throughout", "before", "since", "per", "like"}
# verbs of saying that follow the quotation they attribute
_SAYING_AFTER = r"said|says|told|tells|added|adds|wrote|insisted|replied|declared|explained|noted|warned"
# a verb of saying right after a quotation, maybe after its subject: "“Shameful,” said Labour MP Dawn Butler"
_SAID_AFTER = re.compile(r"\W*(?:(?:[A-Za-z.’'-]+\s+){0,4}?)(?:" + _SAYING_AFTER + r")\b")
# an attribution right after a quotation: "said Mr. Kamin", "Strother said", "she says" (not "and added", "says it all")
_ATTRIBUTION_NEXT = re.compile(r"[\s,]*(?:(?:[A-Z][\w.’'-]*\s+){0,4}|(?:he|she|they)\s+)(?:" + _SAYING_AFTER
                               + r"|writes)\b")
# what opens a phrase the writer sets before a quotation: "As for complexity,", "Like most campaigns,",
# "Whatever Bloomberg's impact on the race,", "In past campaigns,", "Though …,", "Now," (not a subject:
# "Inflation, “…”", "Teachers are, in his words, “…”", "It was, by any measure, “…”")
_LEAD_IN_OPENERS = frozenset("""
as like whatever whichever however though although in on at for with without within under over during after before
since until unless if when while once despite given beyond among amid from by to still yet now perhaps then today
meanwhile instead otherwise overall ultimately indeed even also besides again there here
""".split())


def _is_lead_in(head: str) -> bool:
    words = head.rstrip(",").split()
    while words and words[0].lower() in ("and", "but", "so", "yet", "or"):
        words = words[1:]
    return not words or words[0].lower().strip(",") in _LEAD_IN_OPENERS


# a name set before the noun it names: "a new “Magic Erase Pro” tool", "its “Quiet Mode” feature"
_THING_AFTER = re.compile(r"\s+(?:tool|feature|app|mode|setting|button|function|filter|option|scheme|initiative|"
                          r"programme|program|service|plan|policy|bill|act|law)\b")
_THING_OWNER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your)(?:\s+[\w-]+){0,2}\s*$", re.I)
# what a nickname follows: "alias", "popularly called"
_ALIAS_BEFORE = re.compile(r"\b(?:alias|aka|a\.k\.a\.|(?:popularly|commonly|affectionately|widely|locally)\s+"
                           r"(?:called|known\s+as))\s*$", re.I)
# the passive of naming: what follows is what something is called
_NAMED_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+)?"
                           r"(?:called|named|dubbed|termed|nicknamed|known\s+as|referred\s+to\s+as)\s*$", re.I)
# a few quoted words after a determiner or possessive that no one is said to have said: a term
_TERM_WORDS = 4
_TERM_BEFORE = re.compile(r"\b(?:the|a|an|this|these|those|its|their|our|your|his|her|my)(?:\s+[a-z-]+)?$", re.I)
# a slogan's words are the slogan, whatever their case: "with the slogan “Meth, we’re on it.”"
_SLOGAN_BEFORE = re.compile(r"\b(?:slogan|motto|tagline|hashtag)\s*$", re.I)


# "on “DWTS”", "on NBC's “Meet the Press”", "in Fox News's “Special Report”": where something was said
_WHERE_BEFORE = re.compile(r"\b(?:on|in|at)(?:\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:’s|'s|’|'))?$")

# "was in “Great Shape.”": a state, in someone's words (not where something was said)
_STATE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed)\s+(?:on|in|at)$")


def is_subheading(p: Para, span) -> bool:
    """A paragraph that is nothing but a few quoted words without a sentence
    end: a heading some pages set in quotation marks, not a quotation."""
    content = p.text[span.start : span.end]
    return len(p.spans) == 1 and not p.masked.replace("Q", "").strip(" \u00a0.") \
        and len(content.split()) <= 8 and not re.search(r"[.?!,;:…]\W*$", content)


# the byline that follows a linked story's headline in a digest: ', by Times' Ben Sisario:'
_BYLINE_AFTER = re.compile(r"[,\s]*by\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*(?:’s|'s|’|')\s+"
                           r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}:")


def is_headline(p: Para, span) -> bool:
    """The headline of a story a digest links to, followed by its byline
    ("“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: …"):
    the name of a piece of writing, not anyone's words."""
    return span.closed and _BYLINE_AFTER.match(p.masked, span.close_end) is not None


def names_a_work(p: Para, span, speaker) -> bool:
    """A partial quotation that names something rather than quoting anyone:
    after "slogan" or the passive of naming, where something was said ("on
    “DWTS”"), a name that describes ("the “Pose” actor"), or, when nobody can
    be said to have said it (no verb of speech attributes it), a Title Case
    name ("Dancing with the Stars") or one capitalised word ("DWTS", "Pose").
    A name after a work's noun is :func:`is_a_works_name`, asked of every quotation."""
    content = p.text[span.start : span.end].rstrip(" ,.;:")
    name_like = _name_like(content)
    before = _text_before_quote(p, span)
    if _SLOGAN_BEFORE.search(before):
        return True
    if name_like and (_ALIAS_BEFORE.search(before) or len(content.split()) <= 3 and re.search(r"[A-Z][\w’'.-]+$", before)
                      and re.match(r"[”\"’']?\s+[A-Z]", p.text[span.end : span.end + 3])):
        return True  # "alias “Kojo Bee”", "popularly called “Baba T” by fans", "Rosario “Charo” Velasco": a nickname
    if _NAMED_BEFORE.search(before) and not re.match(r"\W*by\b", p.masked[span.close_end :]):
        return True  # "HP is called “feather duvet lung”": a name (not "was called “a liar” by Trump")
    if name_like and _WHERE_BEFORE.search(before) and not re.search(r"[?!]\W*$", content) \
            and not _STATE_BEFORE.search(before):
        return True  # "said on “DWTS.”", "on NBC's “Meet the Press.”": where it was said
    if name_like and re.search(r"\b(?:the|a|an)$", before, re.I) \
            and re.match(r"\s+[a-z]", p.masked[span.close_end :]) and not re.search(r"[,.;:?!]\W*$", p.text[span.start : span.end]):
        return True  # "the “Bad Blood” songstress", "the “Pose” actor": a name that describes
    return speaker is None and name_like


def is_a_works_name(p: Para, span, attributed: bool) -> bool:
    """A name after a noun that introduces one ("the film “Wild Rose”"), or before one ("its “Quiet
    Mode” feature"), whatever its kind: a Title Case name or one capitalised word, its sentence's full
    stop aside (not "called the book “a work of fiction”"). Set off by a comma ("her blockbuster film,
    “Trainwreck.”") only when no verb of saying attributes the quotation or the sentence goes on after
    it (not "She said of the film, “Wow.”"), or when it is the book the words were said in ("said in his
    book, “An American Son.”"). A sentence that nothing attributes can be a title too (:func:`_titled_writing`)."""
    before = _text_before_quote(p, span)
    content = p.text[span.start : span.end]
    m = _WORK_BEFORE.search(before)
    # set off by commas inside a sentence that goes on (or with its year), the name is in apposition whatever
    # speaks in it: "whose previous feature, “Quiet Dogs,” won the Golden Shell", "his autobiography, “Coal
    # and Touchlines” (1989)"
    goes_on = not re.search(r"[.?!]\W*$", content) and re.match(r"\s*,?\s+[a-z]|\s*\(\d{4}\)", p.masked[span.close_end :]) \
        and not _SAID_AFTER.match(p.masked, span.close_end)  # (not "the bill, “Shameful,” said Dawn Butler")
    if not _name_like(content.rstrip(" ,.;:")):
        return not attributed and goes_on and _titled_writing(p, span, before, content)
    if _THING_AFTER.match(p.masked, span.close_end) and _THING_OWNER_BEFORE.search(before):
        return True  # "its “Quiet Mode” feature"
    if len(content.split()) > 1 and _IN_THEIR_BOOK.search(before) and not re.search(r"\bput\s+it\b", before) \
            and not re.match(r"\W*Asked\b", p.masked[p.sents[p.sentence_of(span.open_at)][0] :] if p.sents else ""):
        # "Mr. Rubio said in his 2012 book, “An American Son.”": the book he said it in, named (not "As Lewis put
        # it in his memoir, “Good Trouble, Necessary Trouble.”", nor an answer: "Asked who …, he wrote in his …")
        return True
    return m is not None and not (attributed and m.group("comma") and not goes_on)


def _titled_writing(p: Para, span, before: str, content: str) -> bool:
    """A sentence in quotation marks set off by commas after the piece of writing it names, that the writer's
    sentence goes on past: "Ouisa Davis' commentary, “Melania, tell your immigrant story,” is very
    thoughtful". Not a line quoted from it or said about it ("A line from the memoir, “…,” became …", "Asked
    about the film, “…,” she shrugged"), nor words of someone's ("… editorial, “…,” she later confessed")."""
    m = _WRITING_APPOSED.search(before)
    if not m or {w.lower() for w in [m.group("before") or ""] + m.group("words").split()} & (_PREPOSITIONS | {"asked"}) \
            or not content.lstrip("‘'")[:1].isupper():
        return False
    return not re.match(r"[\s”\"’']*,?\s+(?:he|she|they|we|i|you)\b|[\s”\"’']*,?\s+was\s+(?:all|the\s+\w+\s+of)\b",
                        p.masked[span.close_end :])


def _name_like(content: str) -> bool:
    """One capitalised word, or Title Case words without a sentence end."""
    one_name = len(content.split()) == 1 and content[:1].isupper() and not re.search(r"[?!]$", content)
    return one_name or _is_title(content)


def _text_before_quote(p: Para, span) -> str:
    """The text just before a quotation's opening mark, the mark left out."""
    return p.masked[max(0, span.open_at - 60) : span.open_at].rstrip(" ‘“\"'`")


def is_term(p: Para, span) -> bool:
    """A few quoted words after a determiner or possessive: "your “success mindset” matters",
    "the “visibility spectrum”". Asked only of words no one is said to have said."""
    content = p.text[span.start : span.end]
    return len(content.split()) <= _TERM_WORDS and bool(_TERM_BEFORE.search(_text_before_quote(p, span))) \
        and not re.search(r"[.?!,;:…]\W*$", content)
