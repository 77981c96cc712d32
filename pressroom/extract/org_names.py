"""What a story calls an organisation it has named: "the agency" for the European Space Agency, "the
association" for the Association of Flight Attendants, "the company" for the one "Corp." it names, "the
chain" for "Hartwell & Crane, the department store chain", "Passenger group Transport Focus". Each
function takes the story's text and gives the organisation's name, or None (or the noun back) when the
story does not tell which one."""

from __future__ import annotations

import re

from .lexicon import CLAUSE_OPENERS, DETERMINERS, is_person_word

# a capital that only starts the sentence names nothing: "As physicians, we ...", "The Bank of …"
_OPENING_WORDS = DETERMINERS | CLAUSE_OPENERS | {"the"}


def _without_opening_words(words: list[str]) -> list[str]:
    """``words`` less the sentence's opening words before the name."""
    while words and words[0].lower() in _OPENING_WORDS:
        words = words[1:]
    return words


def full_org_name(body: str, noun: str, of_a_name: bool = True) -> str:
    """'the embassy' -> 'South Korean embassy' when the article names it in full with capitalised
    modifiers somewhere; a one-word noun also by what it is of ('the ministry' -> 'Ministry of Health')
    when ``of_a_name`` and the story names one such only. Otherwise ``noun``."""
    words = noun.split()
    if not words:
        return noun
    last = words[-1]
    head = re.escape(last)
    if len(words) == 1 and last[:1].islower() and not last.endswith("s"):
        # the head as the full name prints it: "the agency" -> "European Space Agency"
        head = f"[{last[0].upper()}{last[0]}]{re.escape(last[1:])}"
    # capitalised words on the same line ("AMAs\n\nThe statement" is two paragraphs)
    for m in re.finditer(r"((?:[A-Z][\w’'-]*[^\S\n]+){1,4})" + head + r"\b", body):
        cand_words = _without_opening_words(m.group(0).split())
        if not cand_words or any(re.search(r"-[a-z]", w) for w in cand_words):
            continue  # "the Braun-owned company": a description, not the company's name
        cand = " ".join(cand_words)
        if cand.split()[-1].endswith(("’s", "'s")):
            continue
        if len(cand) > len(noun) and not cand.split()[0].endswith(("’s", "'s")):
            return cand
    if len(words) == 1 and of_a_name and last.lower() in _NAMED_BY_WHAT_OF \
            and not re.search(rf"(?<!\bthe)(?<!\bThe)\s+{re.escape(last.lower())}\b", body):
        # (not when the story brings in another by the noun: "the local residents' association",
        # "Russia's defence ministry said")
        named = {_name_of(m.group(0)) for m in re.finditer(
            r"(?:[A-Z][\w’'-]*[^\S\n]+){0,3}" + last[:1].upper() + re.escape(last[1:])
            + r"[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w’'-]*){0,3}", body)}
        if len(named) == 1:
            return named.pop()
    return noun


# bodies named by what they are of: "Association of Flight Attendants", "University of Lagos" (not "bank",
# "group", "council": "the bank" is seldom the Bank of England the story also names)
_NAMED_BY_WHAT_OF = {"association", "university", "department", "ministry", "institute", "federation",
                     "confederation", "college", "academy", "society", "commission", "directorate", "authority",
                     "embassy", "consulate", "bureau"}


def _name_of(found: str) -> str:
    """The organisation's name in what the pattern found: without a sentence's opening words, and up to
    a word for a person ("University of Lagos Vice-Chancellor Folasade Ogunsola")."""
    words = _without_opening_words(found.split())
    end = next((i for i, w in enumerate(words) if i and is_person_word(w.lower())), len(words))
    return " ".join(words[:end])


def introduced_as(before: str, noun: str, last_org: str | None) -> str | None:
    """The organisation that spoke last (``last_org``), when the story (``before``: its text up to here)
    introduced it with the noun: "ticketing company Gatepass" or "Hartwell & Crane, the department store
    chain," for "the company" or "the chain"."""
    if last_org is None:
        return None
    name, word = r"((?:[A-Z][\w&’'-]*\s+){0,3}[A-Z][\w&’'-]*)", re.escape(noun.lower())
    introduced = {m.group(1) or m.group(2) for m in re.finditer(
        rf"\b{word}\s+{name}|(?<![\w’'-]){name},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{word}\b", before)}
    # (not when the story introduced another with the noun too: "Brightpath, a payments company")
    return last_org if introduced == {last_org} else None


# a company by its legal form: "Frontenac Nickel Corp.", "Acme Holdings Ltd", "Brightpath Inc."
_INCORPORATED = re.compile(r"\b(?!The\b|A\b|An\b)(?:[A-Z][\w&’'-]*\s+){1,4}(?:Corp\.|Corporation|Inc\.|Ltd\.?|Limited|PLC|plc|LLC|AG|SA|GmbH|"
                           r"Bhd|Holdings)(?![\w])")


def the_one_company(before: str) -> str | None:
    """The company the story (its text up to here) names by its legal form, if it names one only."""
    companies = set(_INCORPORATED.findall(before))
    return companies.pop() if len(companies) == 1 else None


# an organisation's name after what it is, in lower case: "Passenger group Transport Focus", "housing corporation
# Woonstad Midden" (not "The New Hampshire Union Leader")
_NAMED_AFTER_NOUN = re.compile(r"(?:[\w’'-]+\s+){0,2}(?:group|association|union|charity|organisation|organization|company|"
                               r"firm|corporation|agency|foundation|network|cooperative|co-operative)\s+"
                               r"(?P<name>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})")


def named_after_noun(noun: str) -> str | None:
    """The name after what the organisation is: "Transport Focus" of "Passenger group Transport Focus"."""
    m = _NAMED_AFTER_NOUN.fullmatch(noun)
    return m.group("name") if m else None
