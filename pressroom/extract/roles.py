"""Roles and titles written next to a name.

Three places, in order of preference: a title of several words right before
the name ("Deputy Foreign Affairs Minister Ouch Borith"), an apposition right
after it ("Kevin Nauen, senior research fellow at …, said") or right before
it ("Cambodia’s commander-in-chief for the armed forces, General Pol
Saroeun"), and a one-word title ("Ambassador Kim Han-soo").
"""

from __future__ import annotations

import re

from .appositions import clause_role, post_role, pre_apposition
from .lexicon import DETERMINERS, HONORIFICS, MONTHS, QUALIFIED_HEADS, ROLE_HEADS, STOPWORDS, VERB_LEMMA
from .role_words import (ADVERBIAL, NOT_ROLES, OFFICE_ABBREVIATIONS, TITLE_REACH, ends_sentence, is_role_word, plain,
                         singular, text_before)

_WORD_RE = re.compile(r"[\w’'.-]+|[^\w\s]")
_ROLE_MODIFIERS = {"former", "deputy", "senior", "chief", "acting", "top", "vice", "assistant",
                   "interim", "executive", "general", "special", "national", "foreign", "junior",
                   "state", "federal", "city", "county"}


# styles that are offices, a role on their own: "Detective Garda Siobhán Keogh", "Cllr Pete Oakes" (not Justice: a given
# name too, "Black Stars defender Justice Kpeli")
_OFFICE_STYLES = {"magistrate", "detective", "det", "garda", "constable", "pc", "dc", "dci", "dcs", "insp",
                  "supt", "sp", "corporal", "agent", "taoiseach", "tanaiste", "cllr", "cr", "ald"}
# courtesy styles between an office and the name: "MP Sir Geoffrey Alleyne", "Minister Datuk Seri Rahmat Idris"
_COURTESY_TAIL = re.compile(r"(?:\b(?:(?:Mr|Mrs|Ms|Madam|Lord|Lady)\.?\s+Justice|Sir|Dame|Datuk|Dato['’]?|Datin|Seri|"
                            r"Tan Sri|Tun|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Haji|Hj\.?|Cde\.?|"
                            r"Alhaji)\s+)+$")
# an office's initials in brackets between the office and the name
_INITIALS_TAIL = re.compile(r"(?<=[a-z])\s+\([A-Z]{2,6}\)\s+$")
# "Secretary of State Mike Pompeo", "U.S. Secretary of Homeland Security Kevin McAleenan", "Senior Minister of State
# for Transport Benedict Lau", "Minister of Labour and Employment …", "Acme vice president of development …"
_OF_TITLE = re.compile(r"(?:(?:[A-Z][\w.’'-]*|former|acting|vice|senior|deputy|executive)\s+){0,4}[A-Za-z][A-Za-z-]+\s+(?:of|for)\s+"
                       r"(?:(?:[A-Z][\w.’'-]*|and|&|the|of|for)\s+){0,5}(?:[A-Z][\w.’'-]*|[a-z]{5,})\s+$")


# "ambassador to Britain", "special envoy to the United Nations" right before a name
# (not "aide to Vice President Mike Pence": a title after "to" belongs to the name)
_TO_TITLE = re.compile(r"(?P<role>(?:\b[A-Z][\w.-]*[’']s\s+)?(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)\s+to\s+"
                       r"(?P<place>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))\s+$")


def _singular_role(role: str) -> str:
    """The role with its last word made singular as :func:`singular` says, in the word's own case:
    'Sens.' -> 'Sen.', 'Steenburgen’s co-writers' -> '… co-writer', 'actresses' -> 'actress'."""
    head = role.rstrip(".")
    word = head.split()[-1]
    one = singular(plain(word))
    if one is None:
        return role
    ies = one.endswith("y") and word.lower().endswith("ies")
    kept = word[: len(one) - 1] + "y" if ies else word[: len(one)]
    return head[: len(head) - len(word)] + kept + role[len(head):]



def pre_role(text: str, start: int, plural: bool = False) -> str | None:
    """Title written immediately before the name starting at ``start``.

    A plural title ("judges Len Goodman, …") names a list, not one person:
    it counts only with ``plural``, and comes back singular ("judge").
    """
    before = text_before(text, start, TITLE_REACH)
    origin = start - len(before)  # where ``before`` starts in ``text``
    initials = _INITIALS_TAIL.search(before)
    if initials:
        before = before[: initials.start()] + " "  # "Deputy Superintendent of Police (DSP) Ama Serwaa Asante-Bekoe"
    courtesy = _COURTESY_TAIL.search(before)
    if courtesy and courtesy.start() > 0:
        before = before[: courtesy.start()]
    to_title = _TO_TITLE.search(before) if " to " in before else None
    if to_title and plain(to_title.group("head")) in ROLE_HEADS \
            and not any(plain(w) in ROLE_HEADS for w in to_title.group("place").split()):
        return to_title.group("role")  # "China’s ambassador to Britain Liu Xiaming"
    of_title = _OF_TITLE.search(before) if " of " in before or " for " in before else None
    office, _, place = re.split(r"\s+(of|for)\s+", of_title.group(), maxsplit=1) if of_title else ("", "", "")
    # (not someone's title after another's: "A spokesman for Health Minister Jane Morrow", "wife of Governor X")
    if of_title and plain(office.split()[-1]) in ROLE_HEADS \
            and not any(plain(w) in ROLE_HEADS or plain(w) in HONORIFICS for w in place.split()):
        words = of_title.group().split()
        while words and (plain(words[0]) in STOPWORDS or plain(words[0]) in DETERMINERS or ADVERBIAL.match(words[0])):
            words = words[1:]  # "But Secretary of State", "Yesterday Secretary of Defense"
        return " ".join(words)
    words = list(_WORD_RE.finditer(before))
    if len(words) > 1 and plain(words[-1].group()) in NOT_ROLES and is_role_word(plain(words[-2].group())):
        words = words[:-1]  # "chief medical correspondent Dr. Sanjay Gupta": the role is before the title
    if words and ends_sentence(words[-1].group()):
        return None  # "… as a new leader. Will Warren": the last sentence's word
    last = plain(words[-1].group()) if words else ""
    several = plural and singular(last) is not None
    if several:
        last = singular(last)
    if not words or (last not in OFFICE_ABBREVIATIONS | _OFFICE_STYLES and not (
            last in ROLE_HEADS
            or ((words[-1].group().islower() or _opens_sentence(text, origin + words[-1].start())) and is_role_word(last))
            or (several and words[-1].group().islower() and is_role_word(last.rsplit("-", 1)[-1])))):
        return None  # (an occupation counts lowercase only: "planetary geologist Rosaly Lopes")
    if plain(words[-1].group()) in NOT_ROLES:
        return None
    first = len(words) - 1
    i = first - 1
    while i >= 0:
        w = words[i].group()
        low = plain(w)
        if low in ("of", "for", "’s", "'s") and i > 0 and words[i - 1].group()[:1].isupper() \
                and words[i + 1].group()[:1].isupper():
            i -= 1
            continue
        if low in ("and", "&") and i > 0 and not several and is_role_word(plain(words[i - 1].group())):
            i -= 1  # "CEO and co-founder Adam Neumann": two titles of one person
            continue
        if not w[0].isalnum() or low in STOPWORDS or low in DETERMINERS or low in MONTHS \
                or any(c.isdigit() for c in w) or low in VERB_LEMMA or ends_sentence(w):
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
            and plain(words[first].group()) not in _ROLE_MODIFIERS \
            and not is_role_word(plain(words[first].group())) \
            and not (words[first + 1].group().islower() and is_role_word(plain(words[first + 1].group()))) \
            and any(w.group()[:1].isupper() for w in words[first + 1:]):
        first += 1  # (an adjective of a role word stays: "presidential candidate Sen.")
    role = before[words[first].start() : words[-1].end()]
    return _singular_role(role) if several else role


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` is the first of its sentence, so its capital says nothing: "Closer Tyler Bramwell worked a
    perfect ninth", "Right-hander Colin Reyes gets the start"."""
    return at == 0 or re.search(r"[.!?][”’\"']?\s+$", text[max(0, at - 4) : at]) is not None


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
                return role if singular(plain(text[max(0, at - 60) : at].split()[-1])) else None
        end = name.start()
    return None



def _looks_like_name_part(words, i) -> bool:
    return False


def choose_role(found: list[tuple[int, str]]) -> str | None:
    """Best role: highest priority, then first seen."""
    if not found:
        return None
    best = max(found, key=lambda pr: pr[0])[0]
    return next(r for p, r in found if p == best)


_JUSTICE_BEFORE = re.compile(r"(?:(\S+)\s+)?\bJustice\s+$")


def roles_at(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """All roles around one mention with their priorities."""
    out = []
    pre = pre_role(text, start)
    if pre and (plain(pre) not in HONORIFICS - ROLE_HEADS or plain(pre.split()[-1]) in OFFICE_ABBREVIATIONS | _OFFICE_STYLES):
        out.append((3 if len(pre.split()) > 1 else 1, pre))
    shared = None if pre else pre_role(text, start, plural=True) or list_role(text, start)
    if shared:
        out.append((1, shared))  # a title the name shares with a list: any role of its own comes first
    elif (justice := _JUSTICE_BEFORE.search(text, max(0, start - 40), start)) and len(text[start:end].split()) > 1 \
            and not (justice.group(1) and justice.group(1).islower() and is_role_word(plain(justice.group(1)))):
        # "Justice Dorothy Lindo-Barrett", "Chief Justice John Roberts" (not "defender Justice Kpeli", a given name)
        rank = justice.group(1) if justice.group(1) in ("Chief", "Associate", "Acting", "Deputy", "Senior") else ""
        out.append((1, f"{rank} Justice".strip()))
    post = post_role(text, end)
    if post:
        out.append((2, post))
    closed = re.match(r"(?:['’]s)?(?:\s+[A-Z]{2,4}\b)?(?:\s*\([^()]{1,30}\))?,", text[end : end + 40]) is not None
    app = pre_apposition(text, start, closed=closed)
    if app:
        out.append((2, app))
    clause = clause_role(text, end)
    if clause:
        out.append((0, clause))
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
        if rest and re.fullmatch(r"[a-z]+", rest[0]) and not is_role_word(rest[0]) and rest[0] not in QUALIFIED_HEADS \
                and rest[0] not in _ROLE_MODIFIERS and any(w[:1].isupper() for w in rest[1:]):
            while rest[0][:1].islower() and rest[0] not in _ROLE_MODIFIERS:
                rest = rest[1:]  # the verb between the two names (not "former")
            role = " ".join(rest).rstrip(" ,")
        out.append((priority, role))
    return out
