"""Roles and titles written next to a name.

Three places, in order of preference: a title of several words right before
the name ("Deputy Foreign Affairs Minister Ouch Borith"), an apposition right
after it ("Kevin Nauen, senior research fellow at …, said") or right before
it ("Cambodia’s commander-in-chief for the armed forces, General Pol
Saroeun"), and a one-word title ("Ambassador Kim Han-soo").
"""

from __future__ import annotations

import re

from .lexicon import DETERMINERS, HONORIFICS, MONTHS, OCCUPATIONS, QUALIFIED_HEADS, ROLE_HEADS, STOPWORDS, VERB_LEMMA

_WORD_RE = re.compile(r"[\w’'.-]+|[^\w\s]")
_ROLE_MODIFIERS = {"former", "deputy", "senior", "chief", "acting", "top", "vice", "assistant",
                   "interim", "executive", "general", "special", "national", "foreign", "junior",
                   "state", "federal", "city", "county"}
_NOT_ROLES = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."}
_ADVERBIAL = re.compile(r"^(?:\w+ly|yesterday|today|also|later|then|again|on \w+day|last \w+)$", re.I)


def _low(word: str) -> str:
    return word.lower().strip(".")


# abbreviated offices, which are roles although they are also written as honorifics
_OFFICE_ABBREVIATIONS = {"sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "maj", "prof"}
# styles that are offices, a role on their own: "Detective Garda Siobhán Keogh", "Cllr Pete Oakes" (not Justice: a given
# name too, "Black Stars defender Justice Kpeli")
_OFFICE_STYLES = {"magistrate", "detective", "det", "garda", "constable", "pc", "dc", "dci", "dcs", "insp",
                  "supt", "sp", "corporal", "agent", "taoiseach", "tanaiste", "cllr", "cr", "ald"}
# courtesy styles between an office and the name: "MP Sir Geoffrey Alleyne", "Minister Datuk Seri Rahmat Idris"
_COURTESY_TAIL = re.compile(r"(?:\b(?:Sir|Dame|Datuk|Dato['’]?|Datin|Seri|Tan Sri|Tun|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Haji|Hj\.?|"
                            r"Alhaji)\s+)+$")
# "Secretary of State Mike Pompeo", "U.S. Secretary of Homeland Security Kevin McAleenan", "Senior Minister of State
# for Transport Benedict Lau", "Minister of Labour and Employment …", "Acme vice president of development …"
_OF_TITLE = re.compile(r"(?:(?:[A-Z][\w.’'-]*|former|acting|vice|senior|deputy|executive)\s+){0,4}[A-Za-z][A-Za-z-]+\s+(?:of|for)\s+"
                       r"(?:(?:[A-Z][\w.’'-]*|and|&|the|of|for)\s+){0,5}(?:[A-Z][\w.’'-]*|[a-z]{5,})\s+$")


# "ambassador to Britain", "special envoy to the United Nations" right before a name
# (not "aide to Vice President Mike Pence": a title after "to" belongs to the name)
_TO_TITLE = re.compile(r"(?P<role>(?:\b[A-Z][\w.-]*[’']s\s+)?(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)\s+to\s+"
                       r"(?P<place>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))\s+$")


def _is_role_word(low: str) -> bool:
    """A role head, or an occupation ("trader", "geologist", "co-author", "businessman")."""
    return low in ROLE_HEADS or low in OCCUPATIONS or (len(low) >= 7 and low.endswith("ist")) \
        or (len(low) >= 8 and low.endswith(("man", "woman")) and low.isalpha())


def _singular(low: str) -> str | None:
    """'judges' -> 'judge', 'sens' -> 'sen', 'co-writers' -> 'co-writer': a plural role, made singular."""
    if not low.endswith("s") or len(low) < 4 and low[:-1] not in _OFFICE_ABBREVIATIONS:
        return None
    for one in (low[:-3] + "y" if low.endswith("ies") else None, low[:-2] if low.endswith("sses") else None, low[:-1]):
        if one and (one in _OFFICE_ABBREVIATIONS or _is_role_word(one) or _is_role_word(one.rsplit("-", 1)[-1])):
            return one
    return None


def _singular_role(role: str) -> str:
    """The role with its last word made singular as :func:`_singular` says, in the word's own case:
    'Sens.' -> 'Sen.', 'Steenburgen’s co-writers' -> '… co-writer', 'actresses' -> 'actress'."""
    head = role.rstrip(".")
    word = head.split()[-1]
    one = _singular(_low(word))
    if one is None:
        return role
    ies = one.endswith("y") and word.lower().endswith("ies")
    kept = word[: len(one) - 1] + "y" if ies else word[: len(one)]
    return head[: len(head) - len(word)] + kept + role[len(head):]


# heads of a role only in an apposition ("Keir Starmer, a senior Labour Party figure";
# before a name, "the $53 million figure McKinley cited" is a number)
_APPOSITION_HEADS = {"figure"}


# a title is a few words, an apposition a short phrase: each is looked for in this many
# characters before the name, not in the whole paragraph once per name
_TITLE_REACH = 200
_APPOSITION_REACH = 300


def _text_before(text: str, start: int, reach: int) -> str:
    """The last ``reach`` characters or so before ``start``, cut at a space so that word
    boundaries are the text's."""
    cut = text.rfind(" ", 0, start - reach) + 1 if start > reach else 0
    return text[cut:start]


def pre_role(text: str, start: int, plural: bool = False) -> str | None:
    """Title written immediately before the name starting at ``start``.

    A plural title ("judges Len Goodman, …") names a list, not one person:
    it counts only with ``plural``, and comes back singular ("judge").
    """
    before = _text_before(text, start, _TITLE_REACH)
    courtesy = _COURTESY_TAIL.search(before)
    if courtesy and courtesy.start() > 0:
        before = before[: courtesy.start()]
    to_title = _TO_TITLE.search(before) if " to " in before else None
    if to_title and _low(to_title.group("head")) in ROLE_HEADS \
            and not any(_low(w) in ROLE_HEADS for w in to_title.group("place").split()):
        return to_title.group("role")  # "China’s ambassador to Britain Liu Xiaming"
    of_title = _OF_TITLE.search(before) if " of " in before or " for " in before else None
    office, _, place = re.split(r"\s+(of|for)\s+", of_title.group(), maxsplit=1) if of_title else ("", "", "")
    # (not someone's title after another's: "A spokesman for Health Minister Jane Morrow", "wife of Governor X")
    if of_title and _low(office.split()[-1]) in ROLE_HEADS \
            and not any(_low(w) in ROLE_HEADS or _low(w) in HONORIFICS for w in place.split()):
        words = of_title.group().split()
        while words and (_low(words[0]) in STOPWORDS or _low(words[0]) in DETERMINERS or _ADVERBIAL.match(words[0])):
            words = words[1:]  # "But Secretary of State", "Yesterday Secretary of Defense"
        return " ".join(words)
    words = list(_WORD_RE.finditer(before))
    if len(words) > 1 and _low(words[-1].group()) in _NOT_ROLES and _is_role_word(_low(words[-2].group())):
        words = words[:-1]  # "chief medical correspondent Dr. Sanjay Gupta": the role is before the title
    if words and _ends_sentence(words[-1].group()):
        return None  # "… as a new leader. Will Warren": the last sentence's word
    last = _low(words[-1].group()) if words else ""
    several = plural and _singular(last) is not None
    if several:
        last = _singular(last)
    if not words or (last not in _OFFICE_ABBREVIATIONS | _OFFICE_STYLES and not (
            last in ROLE_HEADS
            or (words[-1].group().islower() and _is_role_word(last))
            or (several and words[-1].group().islower() and _is_role_word(last.rsplit("-", 1)[-1])))):
        return None  # (an occupation counts lowercase only: "planetary geologist Rosaly Lopes")
    if _low(words[-1].group()) in _NOT_ROLES:
        return None
    first = len(words) - 1
    i = first - 1
    while i >= 0:
        w = words[i].group()
        low = _low(w)
        if low in ("of", "for", "’s", "'s") and i > 0 and words[i - 1].group()[:1].isupper() \
                and words[i + 1].group()[:1].isupper():
            i -= 1
            continue
        if low in ("and", "&") and i > 0 and not several and _is_role_word(_low(words[i - 1].group())):
            i -= 1  # "CEO and co-founder Adam Neumann": two titles of one person
            continue
        if not w[0].isalnum() or low in STOPWORDS or low in DETERMINERS or low in MONTHS \
                or any(c.isdigit() for c in w) or low in VERB_LEMMA or _ends_sentence(w):
            break
        if i == 0 and w[0].isupper() and low not in ROLE_HEADS and low not in _ROLE_MODIFIERS \
                and not _looks_like_name_part(words, i):
            # a capitalised word at the very start of a sentence could be anything
            pass
        if w[0].isupper() or low in _ROLE_MODIFIERS or low in ROLE_HEADS:
            first = i
        elif several:
            break  # "will feature members A, B and C": the verb is no part of the list's title
        elif w.islower() and not re.search(r"(ed|ing|ly)$", low):
            first = i
        else:
            break
        i -= 1
    # "the way Sen. Sanders …": a lowercase word before a capitalised title is the sentence's ("four-star General" is not)
    # ("percent chose former Maryland Gov.", "poll shows upstart Sen.": so are lower-case words
    # before a title that a capital ends)
    while first < len(words) - 1 and words[first].group().islower() and "-" not in words[first].group() \
            and _low(words[first].group()) not in _ROLE_MODIFIERS \
            and not _is_role_word(_low(words[first].group())) \
            and not (words[first + 1].group().islower() and _is_role_word(_low(words[first + 1].group()))) \
            and any(w.group()[:1].isupper() for w in words[first + 1:]):
        first += 1  # (an adjective of a role word stays: "presidential candidate Sen.")
    role = before[words[first].start() : words[-1].end()]
    return _singular_role(role) if several else role


# the names before this one in a list: "Len Goodman, Bruno Tonioli and "
_LIST_LINK = re.compile(r"(?:,\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$")
_LIST_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*\.?$")


def list_role(text: str, start: int) -> str | None:
    """The plural title in front of a list of names, for each name in it: 'judges A, B and C'."""
    end = start
    for _ in range(8):
        link = _LIST_LINK.search(text, max(0, end - 8), end)
        if not link:
            return None
        name = _LIST_NAME.search(text, max(0, link.start() - 60), link.start())
        if not name:
            return None
        # the title may open the match ("Sens. Cory Booker"): try each word as the name's first
        for word in re.finditer(r"\S+", text[name.start() : link.start()]):
            at = name.start() + word.start()
            role = pre_role(text, at, plural=True)
            if role:
                return role if _singular(_low(text[max(0, at - 60) : at].split()[-1])) else None
        end = name.start()
    return None


def _ends_sentence(word: str) -> bool:
    """"weeks." ends a sentence; "U.S." and "Gov." do not."""
    return word.endswith(".") and re.fullmatch(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.", word) is None


def _looks_like_name_part(words, i) -> bool:
    return False


def post_role(text: str, end: int) -> str | None:
    """Apposition right after the name ending at ``end``: ", ROLE, said"."""
    rest = text[end:]
    m = re.match(r"(?:['’]s)?(?:\s*\([^()]{1,30}\))?,\s+", rest)  # "Brian Babin (R-TX), ranking member of …"
    if not m:
        return None
    rest = rest[m.end():]
    if re.match(r"(?:and|or|but|nor)\b", rest):
        return None  # "The mayor, Lisa Park, and police chief Dan Ortiz said": the next item of a list
    heads = _WHO_HEADS.match(rest)
    if heads:
        # "Scott Paul, who heads the Alliance for American Manufacturing": the office the clause names
        office = heads.group(3)
        if office.endswith(".") and not re.search(r"\b(?:[A-Z]\.)+$|\b(?:Inc|Corp|Co|Ltd)\.$", office):
            office = office[:-1]  # the sentence's full stop
        return f"{_HEAD_OF[heads.group(1)]} {heads.group(2) or ''}{office}"
    stop = next((m for m in re.finditer(r"[.;:!?](?:\s|$)|\s[—–]\s|[“”\"]|$", rest)
                 if not _ABBREVIATION_END.search(rest[: m.start() + 1])), None)
    clause = rest[: stop.start()] if stop else rest
    parts = clause.split(", ")
    # the apposition ends before a comma that is followed by the verb
    cut = len(parts)
    for k in range(1, len(parts)):
        first_words = parts[k].split()
        if not first_words:
            continue
        j = 0
        while j < len(first_words) - 1 and _ADVERBIAL.match(first_words[j]):
            j += 1
        w = first_words[j].lower().strip(",")
        if w == "and" and 1 < len(first_words) <= 4 and all(x.islower() for x in first_words[1:]):
            continue  # the last item of a list inside the title: "…, human rights, and labor"
        if w in VERB_LEMMA or w in ("who", "which", "has", "had", "was", "is", "will", "would", "and") \
                or re.fullmatch(r"\w+ed", w):
            cut = k
            break
        if w in ("the", "a", "an") and parts[k - 1].split()[-1][:1].isupper():
            cut = k  # "spokesperson for Inherent Resolve, the U.S. military operation …": the name's apposition
            break
    else:
        cut = 1
    role = ", ".join(parts[:cut]).strip()
    words = _one_of(role.split())
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or len(words) > 20:
        return None
    # the head noun comes before the phrase's first preposition ("expert in …"), however
    # many names qualify it ("the Health and Human Services secretary")
    head_words = next((words[:k] for k, w in enumerate(words) if k and w in ("of", "at", "for", "in", "to", "with", "on", "by")),
                      words)
    if not any(_is_role_word(_low(w.strip(","))) or _low(w.strip(",")) in _APPOSITION_HEADS for w in head_words[:8]):
        return None
    if _low(words[0]) in VERB_LEMMA or _low(words[0]) in _NOT_APPOSITION_STARTS:
        return None  # a relative clause or a predicate ("Tom, were greeted by an organizer"), not an apposition
    role = " ".join(words)
    if any(_is_role_word(m.group(1)) for m in re.finditer(r"\b([a-z-]{3,})\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?=\s+and\b|$)", role)):
        return None  # "Russell Westbrook, Lakers great Magic Johnson and … coach Jason Kidd": more names
    return role


# (not "leads": "Clinton, who leads Sanders in Iowa")
_HEAD_OF = {"heads": "head of", "runs": "head of", "chairs": "chair of",
            "directs": "director of", "founded": "founder of", "co-founded": "co-founder of", "owns": "owner of",
            "manages": "manager of", "coaches": "coach of", "edits": "editor of"}
_WHO_HEADS = re.compile(r"who\s+(?:now\s+|also\s+|currently\s+)?(" + "|".join(_HEAD_OF) + r")\s+(the\s+)?"
                        r"([A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|for|and|the|on|in)){0,8})(?=[,.;:)]|\s[—–]|$)")


def _one_of(words: list[str]) -> list[str]:
    """'one of his editors at Tor' -> 'editor at Tor': the member of a group, by the group's title."""
    if len(words) < 3 or words[0].lower() != "one" or words[1] != "of":
        return words
    rest = words[2:]
    if rest[0].lower() in DETERMINERS or rest[0].lower() in ("his", "her", "their", "its", "our", "the"):
        rest = rest[1:]
    for k, word in enumerate(rest[:4]):
        one = _singular(_low(word))
        if one and word.islower():
            return rest[:k] + [one] + rest[k + 1:]
    return words


# a full stop that ends an abbreviation, not the sentence: "the U.S. attorney", "Jr.", "Inc."
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Jr|Sr|Inc|Corp|Co|Ltd|St|Dr|Mr|Mrs|Ms|Gov|Sen|Rep)\.$")
_NOT_APPOSITION_STARTS = {"who", "which", "whose", "that", "was", "were", "is", "are", "has", "have", "had", "will",
                          "would", "could", "can", "did", "does", "do",
                          # a clause or a phrase of time after the name: "…, after the novelist Jo Walton explained"
                          "after", "before", "when", "while", "as", "because", "since", "although", "though", "if",
                          "unless", "where", "despite", "during", "like",
                          # a new clause: "…'s, it's ironic that the presidential candidate …"
                          "it's", "it’s", "it", "there", "this", "these", "those", "he", "she", "they", "we", "i",
                          "you"}


def pre_apposition(text: str, start: int) -> str | None:
    """Apposition right before the name: "X’s ROLE, [Title] NAME"."""
    before = _text_before(text, start, _APPOSITION_REACH)
    m = re.search(r"(\w+\.?\s+)?$", before)
    if m and m.group(1) and _low(m.group(1).strip()) in HONORIFICS:
        before = before[: m.start()]
    if not before.endswith(", "):
        return None
    seg = before[:-2].rsplit(",", 1)[-1]
    heads = "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
    m = re.search(r"(?:\b[A-Z][\w-]*[’']s\s+|\bthe\s+|\b[Ii]ts\s+|\b[Tt]heir\s+)((?:[\w-]+\s+){0,2}?"
                  r"(?:" + heads + r")\b[^,]{0,80})$", seg) \
        or re.search(r"\b[A-Z][\w-]*[’']s\s+((?:[\w-]+\s+){0,2}?(?i:" + heads + r")\b[^,]{0,80})$", seg) \
        or re.search(r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,2}?(?i:" + heads + r")(?:\s+\([A-Z]{2,6}\))?\s+(?:of|for)\s+[^,]{1,80})$", seg)
    # ("Ontario's Minister of Mines, Claire Desrosiers", "the Minister of Labour, Dr Halima Bello-Usman": a
    # capitalised title after its owner or over an office; not a paper, "Speaking to the Daily Monitor, …")
    if not m:
        return None
    role = m.group(1).strip()
    # what follows the title is a phrase of its own ("director of research"), not a clause with a
    # verb and another person ("As CNN's chief medical correspondent Dr. Sanjay Gupta noted at the time, Trump")
    if any(_said_form(w) or _low(w) in _NOT_ROLES or _low(w) in _AUXILIARIES for w in role.split()) \
            or re.search(r"[a-z]{2,}[.!?]\s+[A-Z]", role):
        return None
    return role


def _said_form(word: str) -> bool:
    """A verb of saying ("noted", "said", "repeating"), not a noun of the lexicon ("claims", "reports")."""
    low = _low(word)
    return low in VERB_LEMMA and (low.endswith(("ed", "ing")) or low in ("said", "told", "wrote", "spoke", "says", "tells"))


_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "can", "could",
                "may", "might", "must", "should", "shall"}


def choose_role(found: list[tuple[int, str]]) -> str | None:
    """Best role: highest priority, then first seen."""
    if not found:
        return None
    best = max(found, key=lambda pr: pr[0])[0]
    return next(r for p, r in found if p == best)


def roles_at(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """All roles around one mention with their priorities."""
    out = []
    pre = pre_role(text, start)
    if pre and (_low(pre) not in HONORIFICS - ROLE_HEADS or _low(pre.split()[-1]) in _OFFICE_ABBREVIATIONS | _OFFICE_STYLES):
        out.append((3 if len(pre.split()) > 1 else 1, pre))
    shared = None if pre else pre_role(text, start, plural=True) or list_role(text, start)
    if shared:
        out.append((1, shared))  # a title the name shares with a list: any role of its own comes first
    post = post_role(text, end)
    if post:
        out.append((2, post))
    app = pre_apposition(text, start)
    if app:
        out.append((2, app))
    return out


def roles_after_other_names(text: str, start: int, roles: list[tuple[int, str]],
                            others: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Roles written before a name keep only what comes after another person's name inside them:
    "Mayor Joe Hale met Governor (Tom Reyes)" gives Reyes "Governor", not the whole run."""
    out = []
    for priority, role in roles:
        at = text.rfind(role, max(0, start - len(role) - 3), start)
        inside = [end for a, end in others if at >= 0 and at <= a and end <= start]
        rest = text[max(inside) : start].split() if inside else []
        # (not "Clinton spokesman Brian Fallon": a name that owns the role is part of it)
        if rest and re.fullmatch(r"[a-z]+", rest[0]) and not _is_role_word(rest[0]) and rest[0] not in QUALIFIED_HEADS \
                and rest[0] not in _ROLE_MODIFIERS and any(w[:1].isupper() for w in rest[1:]):
            while rest[0][:1].islower() and rest[0] not in _ROLE_MODIFIERS:
                rest = rest[1:]  # the verb between the two names (not "former")
            role = " ".join(rest).rstrip(" ,")
        out.append((priority, role))
    return out
