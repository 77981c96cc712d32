"""Names the model left out, cut short or read as something else: a given name before a surname it
found alone, a partner joined by "and", a relative named by a given name, an occupation capitalised
before a name. Each function returns or tests candidates for :func:`people.name_candidates`."""

from __future__ import annotations

import re

from .lexicon import ANY_GIVEN_NAME, HONORIFICS, RELATIVES, ROLE_HEADS, STOPWORDS
from .names import _GIVEN_STOPWORDS, PARTICLE_WORDS, NameMention, _norm, clean_name, looks_like_person
from .nlp import Ent


def is_given_name(word: str) -> bool:
    """A given name from the lists, maybe hyphenated ("Eva-Marie"), that is no common word or title."""
    return all(part in ANY_GIVEN_NAME and part not in _GIVEN_STOPWORDS and part not in STOPWORDS
               and part not in ROLE_HEADS and part not in HONORIFICS for part in (_norm(p) for p in word.split("-")))


# "Marcel Granollers and (Feliciano Lopez)": two or three capitalised words joined to a name
_PARTNER_BEFORE = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:and|or|&)\s+$")


def partners(found: list[NameMention], units: list[str], ents: list[list[Ent]]) -> list[NameMention]:
    """A given name and a surname joined by "and" to a person the model found, which the model
    left out ("Marcel Granollers and Feliciano Lopez" gave only Lopez)."""
    out: list[NameMention] = []
    for c in found:
        m = _PARTNER_BEFORE.search(units[c.unit], 0, c.start)
        if m is None or any(x.unit == c.unit and x.start < m.end("name") and m.start("name") < x.end
                            for x in found + out):
            continue
        start = m.start("name")
        if _norm(m.group("name").split()[0]) not in ANY_GIVEN_NAME and m.group("name").count(" ") == 2:
            start += m.group("name").index(" ") + 1  # "Then (Marcel Granollers)"
        tokens, honorific, cut = clean_name(units[c.unit][start : m.end("name")])
        if len(tokens) < 2 or _norm(tokens[0]) not in ANY_GIVEN_NAME or not looks_like_person(tokens):
            continue
        if any(e.label != "PERSON" and e.start < m.end("name") and start < e.end for e in ents[c.unit]):
            continue  # (not "Morgan Stanley and …": an organisation the model saw)
        start += cut
        out.append(NameMention(c.unit, start, m.end("name"), units[c.unit][start : m.end("name")], tokens,
                               honorific, True))
    return out


# a relative named by a given name alone: "Her son, Marco, 34, …", "their daughter Lucia"
KIN_BEFORE = re.compile(r"\b(?i:his|her|their|my|our)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(RELATIVES)) + r"),?\s+$")


def given_and_surname(text: str, e: Ent) -> bool:
    """Two words, the first a given name inside a sentence: "quarterback Mason Rudolph"."""
    words = e.text.split()
    if len(words) != 2 or not words[0][:1].isupper():
        return False
    return given_name_before(text, e.end - len(words[1])) == e.start


def given_names_left_out(found: list[NameMention], units: list[str]) -> list[NameMention]:
    """Full names the model did not find, of surnames it found alone: a given name from the lists
    before the surname, also at a sentence's start ("Mikel Orrin admitted …" where the model
    tagged only "Orrin"; "Its chair, Renata Coles, signaled …" where it tagged nothing, and
    "Ms. Coles" later)."""
    lone = {c.tokens[0] for c in found if len(c.tokens) == 1} - {c.tokens[-1] for c in found if len(c.tokens) > 1}
    lone = {w for w in lone if w[:1].isupper()}
    if not lone:
        return []
    pattern = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(" + "|".join(map(re.escape, sorted(lone)))
                         + r")(?![\w-])")
    spans = {}
    for c in found:
        spans.setdefault(c.unit, []).append((c.start, c.end))
    added = []
    for u, text in enumerate(units):
        for m in pattern.finditer(text):
            if not is_given_name(m.group(1)):
                continue
            if any(a < m.end(2) and m.start(1) < b for a, b in spans.get(u, []) if a != m.start(2)):
                continue  # (the lone surname itself gives way to the full name)
            tokens = (m.group(1), m.group(2))
            if looks_like_person(tokens):
                added.append(NameMention(u, m.start(1), m.end(2), m.group(), tokens, None, True))
    return added


# a given name, maybe hyphenated ("Eva-Marie"), right before a surname or its particle ("Willemijn
# ter Horst"), inside a sentence
_GIVEN_BEFORE = re.compile(r"(?<=[a-z,;:)]\s)([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:(?:"
                           + "|".join(sorted(re.escape(w) for w in PARTICLE_WORDS if w.islower())) + r")\s+)?$")


def given_name_before(text: str, start: int) -> int | None:
    """Where the given name the model left out of a one-word name starts, if it did."""
    m = _GIVEN_BEFORE.search(text[max(0, start - 40) : start])
    if not m:
        return None
    if not is_given_name(m.group(1)):
        return None
    return max(0, start - 40) + m.start(1)


# a transcript's speaker in capitals, with a title maybe: "JAKE TAPPER:", "SEN. MARCUS WHITFIELD:"
_CAPITALS_LABEL = re.compile(r"\s*[\"“]?(?:[A-Z][A-Z.]*\s+){0,2}?(?P<name>[A-Z][A-Z’'-]+\s+[A-Z][A-Z’'-]+):\s")


def transcript_speakers(units: list[str]) -> list[NameMention]:
    """Speakers of a transcript named in capitals, which the model does not read as names: a given
    name from the lists and a surname before the colon that opens a paragraph."""
    out = []
    for u, text in enumerate(units):
        m = _CAPITALS_LABEL.match(text)
        if m is None:
            continue
        tokens = tuple("-".join(part.capitalize() for part in word.split("-")) for word in m.group("name").split())
        if is_given_name(tokens[0]) and looks_like_person(tokens):
            out.append(NameMention(u, m.start("name"), m.end("name"), m.group("name"), tokens, None, True))
    return out
