"""Whom the reader has in mind, sentence by sentence: the subject of each sentence and the people it
names, which pronouns and epithets point back at (:class:`speakers.State`)."""

from __future__ import annotations

import re

from .lexicon import CLAUSE_OPENERS, DETERMINERS, ROLE_APPOSITION, ROLE_HEADS, is_person_word
from .para import Para
from .speakers import State

_SUBJECT_PRONOUN = re.compile(r"^(?:(?:but|and|yet|still|now|later|then|also|so|instead)\s+)?(he|she)\b", re.I)
_SUBORDINATORS = {"how", "that", "whether", "why", "when", "after", "because", "while", "if", "until"}
_NP_WORDS = frozenset(DETERMINERS | ROLE_HEADS | {"of", "former", "then", "acting", "deputy", "senior", "top"})


def note_subject(state: State, p: Para, k: int) -> None:
    """Remember the subject of a sentence without a speech verb: a pronoun
    subject keeps the person it points at current ("She has faced …"); a
    name counts only in subject position (after an introductory phrase, with
    nothing but titles and modifiers before it), not as an object."""
    a, b = p.sents[k] if p.sents else (0, len(p.text))
    introduced = _note_names(state, p, a, b)
    sentence = p.masked[a:b]
    m = _SUBJECT_PRONOUN.match(sentence.lstrip(" “\"'‘Q"))
    if introduced and not m:
        state.saw_person(introduced)
        return
    if m:
        sp = state.pronoun(m.group(1).lower())
        if sp:
            state.saw_person(sp.name)
        return
    for person in p.people:
        if a <= person.start < b and not person.possessive:
            words = _words_before(p, a, person.start)
            if len(words) <= 6 and titles_only(words):
                state.saw_person(person.name)
            elif words and words[-1].lower() in _SUBORDINATORS:
                state.saw_person(person.name)  # "Delegates questioned how Cruz could …": a clause's subject
            return


def note_mentions(state: State, p: Para, k: int, spoke: bool) -> None:
    """Remember the people a sentence with a speech verb names; a newcomer introduced with a role
    is who "he" is next when no one in the sentence spoke."""
    a, b = p.sents[k] if p.sents else (0, len(p.text))
    introduced = _note_names(state, p, a, b)
    if introduced and not spoke:
        state.saw_person(introduced)


def _note_names(state: State, p: Para, a: int, b: int) -> str | None:
    """Put the people named between ``a`` and ``b`` first among those mentioned; the last one new to
    the story who is introduced with a role ("…, Henry Crespo, president of the caucus."), if any."""
    introduced = None
    for person in p.people:
        if a <= person.start < b and person.name not in state.mentioned[:1]:
            if person.name in state.mentioned:
                state.mentioned.remove(person.name)
            elif ROLE_APPOSITION.match(p.masked, person.end):
                introduced = person.name
            state.mentioned.insert(0, person.name)
    return introduced


def _words_before(p: Para, a: int, start: int) -> list[str]:
    before = p.masked[a:start]
    # after a comma, or a dash that ends a time or a dateline ("12:30 p.m. — Gov. Leah Corwin …")
    return re.split(r",|\s[—–-]{1,2}\s", before)[-1].split()


def titles_only(words: list[str]) -> bool:
    """Nothing but titles and modifiers before a name ("House Speaker", "Brewers starter"), no
    word that opens a clause ("While", "With")."""
    return all((w[:1].isupper() and w.lower() not in CLAUSE_OPENERS) or w.lower().strip(".") in _NP_WORDS
               or is_person_word(w) for w in words)
