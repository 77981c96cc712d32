"""Several people who say the same words: “…,” said Ann Ruiz and Tom Hale;
Mary Smith and her husband, John Smith, told reporters; the mayor, Lisa
Park, and police chief Dan Ortiz said.

A speech verb's subject is one person (the speaker). This module finds the
other people coordinated with that person in the same subject, so that the
quote can be credited to all of them."""

from __future__ import annotations

import re

from .lexicon import AUX_ADVERBS, VERB_LEMMA
from .para import Para, PersonSpan, VerbHit

# between two names: "and", ", and", "&", with a few title words before the
# second name ("and police chief", "and academic")
_AND_LINK = re.compile(r",?\s+(?:and|&)\s+(?P<title>(?:[\w.’'-]+\s+){0,3})")
# "and her husband, ": an apposition before the second name (which must close it with a comma)
_AND_APPOSITION = re.compile(r",?\s+and\s+(?:her|his|their|the|a)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+")
# a list: "Ann Ruiz, Sen. Tom Hale and …" (only where an "and" follows in the list)
_COMMA_LINK = re.compile(r",\s+(?P<title>(?:[\w.’'-]+\s+){0,2})")
# words that cannot stand between "and" and a name: they open a clause or are verbs
_NOT_TITLE = frozenset("""that who whom which whose when where while because after before if but or not
said says told according asked to by with from for at in on of like unlike than versus vs""".split())
# what may follow the last name of a subject before its verb: an apposition, an office, an adverb
_AFTER_NAME = re.compile(r"\s*(?:[,(]|(?:of|from|at|with|in|for|on)\b|$)")
_AUXILIARIES = frozenset("has have had was were is are will would could can did does".split())


def co_speakers(p: Para, v: VerbHit) -> list[str]:
    """The other people who speak with the person subject of ``v``, in text order.

    Only a subject that is a named person has partners, and only people
    joined to it by "and" (or a list ending in "and") in the same clause."""
    if v.subject is None or v.subject.kind != "person":
        return []
    a, b = p.sents[v.sentence] if p.sents else (0, len(p.text))
    people = sorted((ps for ps in p.people if a <= ps.start and ps.end <= b), key=lambda ps: ps.start)
    at = next((i for i, ps in enumerate(people) if ps.start == v.subject.start and ps.name == v.subject.name), None)
    if at is None or people[at].possessive:
        return []
    # to the right: "said Ann Ruiz and Tom Hale", "Ann Ruiz and Tom Hale said"
    right: list[int] = []
    j = at
    while j + 1 < len(people) and (link := _link(p, people[j], people[j + 1])) is not None:
        if link == "apposition" and not re.match(r"\s*,", p.masked[people[j + 1].end :]):
            break
        if not v.inverted and people[j + 1].end > v.start:
            break
        right.append(j + 1)
        j += 1
    # a list's commas need an "and" after them ("said Ann Ruiz, Tom Hale agreed" is no list), and
    # the last name ends the subject
    while right and (_link(p, people[right[-2] if len(right) > 1 else at], people[right[-1]]) == "comma"
                     or not _ends_subject(p, people[right[-1]], v)):
        right.pop()
    # to the left: "Mary Smith and her husband, John Smith, told", "Ann Ruiz, Tom Hale and Bob Kent said"
    chain = [at] + right
    i = at
    while i > 0 and (link := _link(p, people[i - 1], people[i])) is not None:
        if link == "comma" and "and" not in _links(p, people, chain):
            break
        if link == "apposition" and not re.match(r"\s*,", p.masked[people[i].end :]):
            break
        i -= 1
        chain.insert(0, i)
    if i != at and not _opens_clause(p, people[i], a):
        chain = [at] + right
    return [people[k].name for k in chain if k != at and people[k].name != v.subject.name]


def _link(p: Para, left: PersonSpan, right: PersonSpan) -> str | None:
    """How two names are joined: "and", "apposition", "comma", or None."""
    if left.possessive or right.possessive:
        return None  # "Ann Ruiz's aide and Tom Hale"
    between = p.masked[left.end : right.start]
    if "Q" in between:
        return None
    if _AND_APPOSITION.fullmatch(between):
        return "apposition"
    for kind, pattern in (("and", _AND_LINK), ("comma", _COMMA_LINK)):
        m = pattern.fullmatch(between)
        if m and not any(w.lower() in _NOT_TITLE or w.lower() in VERB_LEMMA for w in m.group("title").split()):
            return kind
    return None


def _links(p: Para, people: list[PersonSpan], chain: list[int]) -> list[str]:
    return [_link(p, people[x], people[y]) or "" for x, y in zip(chain, chain[1:])]


def _opens_clause(p: Para, first: PersonSpan, sentence_start: int) -> bool:
    """The first name of a subject opens its clause: nothing before it in the
    sentence, or a comma, colon or quotation, perhaps with a title between
    ("The mayor, Lisa Park, and …", "Senators Ann Ruiz and …")."""
    before = p.masked[sentence_start : first.start]
    before = re.sub(r"(?:\b[A-Z][\w.’'-]*\s+)+$", "", before)  # a title in capitals before the name
    return not before.strip() or before.rstrip()[-1:] in ",:Q”\"—–("


def _ends_subject(p: Para, last: PersonSpan, v: VerbHit) -> bool:
    """The last name of the subject is followed by the verb, an apposition,
    an office ("of the institute") or the clause's end -- not by a verb of
    its own ("said Ann Ruiz, and Tom Hale nodded") nor a noun ("Clinton supporters")."""
    rest = p.masked[last.end :]
    if last.end <= v.start:
        rest = p.masked[last.end : v.start]
        words = rest.split()
        if all(w.lower().strip(",") in AUX_ADVERBS for w in words):
            return True  # "Ann Ruiz and Tom Hale (have both) said"
    # (past an apposition: "said Ann Ruiz, and Tom Hale, her deputy, nodded")
    nxt = re.match(r"\s*(?:,[^,]{1,60},\s*)?([a-z][\w’'-]*)", rest)
    if nxt and (nxt.group(1) in VERB_LEMMA or nxt.group(1).endswith("ed") or nxt.group(1) in _AUXILIARIES):
        return False
    return bool(_AFTER_NAME.match(rest)) or rest.strip()[:1] in ("", ".", ";")
