"""Whom the reader has in mind, sentence by sentence: the subject of each sentence, the people it
names and someone unnamed who just spoke, whom pronouns and epithets point back at
(:class:`speakers.State`)."""

from __future__ import annotations

import re

from .lexicon import NOUN_GENDER, ROLE_APPOSITION, is_person_word, titles_only, words_before_name
from .epithets import by_descriptor, by_epithet
from .para import Para, Subject
from .speakers import Speaker, State

_SUBJECT_PRONOUN = re.compile(r"^(?:(?:but|and|yet|still|now|later|then|also|so|instead)\s+)?(he|she)\b", re.I)
_SUBORDINATORS = {"how", "that", "whether", "why", "when", "after", "because", "while", "if", "until"}


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
        if sp and sp.kind == "person":  # (someone unnamed stays so: "A mother … told …. She has lived …")
            state.saw_person(sp.name)
        return
    if not any(a <= person.start < b for person in p.people) and (described := _EPITHET_SUBJECT.match(p.masked, a)):
        # "The 34-year-old halfback fronted the media. “…,” he said": the one the epithet means
        subject = Subject("np", described.start(1), described.end(1), described.group(1))
        if name := by_descriptor(state, p, subject) or by_epithet(state, p, subject):
            state.saw_person(name)
        return
    for person in p.people:
        if a <= person.start < b and not person.possessive:
            words = words_before_name(p.masked[a : person.start])
            if len(words) <= 6 and titles_only(words):
                state.saw_person(person.name)
            elif words and words[-1].lower() in _SUBORDINATORS:
                state.saw_person(person.name)  # "Delegates questioned how Cruz could …": a clause's subject
            elif _after_inverted_copula(words):
                state.saw_person(person.name)  # "Among the speakers was Sheikh Ahmad al-Masri": the subject
            return


# a sentence that opens on "the" and a few words, then its verb: "The 34-year-old halfback fronted …"
_EPITHET_SUBJECT = re.compile(r"\s*((?:The|the)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:\w+ly\s+)?(?:[a-z]+ed|has|had|was|is|"
                              r"will|would|did|does|took|made|gave|went|came|spoke|told|kept|left|won|lost|struck)\b)")


def _after_inverted_copula(words: list[str]) -> bool:
    """The name follows "was" after an opening phrase about who spoke or took part ("Among the speakers
    was", "Also speaking was", "Joining him on stage was"), titles maybe between: the name is the
    sentence's subject (not "Among the injured was Officer Mark Diaz": someone the story is about)."""
    k = len(words)
    while k and titles_only(words[k - 1 : k]) and words[k - 1][:1].isupper():
        k -= 1
    return 1 < k and words[k - 1].lower() in ("was", "is", "were") \
        and any(_SPEAKING_PART.match(w.lower()) for w in words[: k - 1])


# the opening of "Among the speakers was …", "Also speaking was …", "Joining her on the panel was …"
_SPEAKING_PART = re.compile(r"speak|address|panel|join|present|host|moderat|guest")


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
    if state.described and any(a <= person.start < b for person in p.people) \
            and state.described[2] != (p.index, p.sentence_of(a)):
        state.described = None  # "Pentagon press secretary Col. Anita Raghunathan declined …. “…,” she said"
    for person in p.people:
        if a <= person.start < b and person.name not in state.mentioned[:1]:
            if person.name in state.mentioned:
                state.mentioned.remove(person.name)
            elif ROLE_APPOSITION.match(p.masked, person.end):
                introduced = person.name
            state.mentioned.insert(0, person.name)
    return introduced


# an unnamed person, introduced with "a", "an" or "one": "A mother in Rinkeby", "a woman who lives nearby",
# "One engineer affected by the cuts", "One, who asked not to be named"
_SOMEONE = re.compile(r"(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z-]+)(?=\s*(?:$|,|\s(?:who|in|from|at|of|near|with|"
                      r"affected|involved)\b))|(?P<one>one)(?=\s*,)", re.I)


# people whose words someone answers: "one questioner claimed … “You’re right,” he said" is the answer
_ASKERS = {"questioner", "interviewer", "reporter", "journalist", "caller", "host", "moderator", "anchor",
           "correspondent", "heckler"}


def note_described(state: State, subject_text: str, speaker: Speaker, at: tuple[int, int],
                   after_a_name: bool = False) -> None:
    """Remember an unnamed person who spoke in sentence ``at`` (paragraph, sentence), as "he" or "she"
    may be next ("A woman who lives near the crash site said …" then “…,” she said); a named person
    noted later, or named in a later sentence, takes their place. One of a group ("One resident said")
    counts only when the paragraph made no one the subject of a sentence before (``after_a_name``):
    "Labour leader Keir Starmer faced a rebellion. One MP said … “I will not back down,” he said" is
    Starmer."""
    text = subject_text.strip(" ,")
    m = _SOMEONE.match(text)
    if m and text.lower().startswith("one") and after_a_name:
        return
    if m and m["one"]:
        state.described = (speaker, None, at)
    elif m and not m["noun"].endswith("s") and m["noun"].lower() not in _ASKERS \
            and (m["noun"].lower() in NOUN_GENDER or is_person_word(m["noun"])):
        state.described = (speaker, NOUN_GENDER.get(m["noun"].lower()), at)
