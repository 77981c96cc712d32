"""People named in one article: name candidates, clustering, roles.

spaCy's small model often labels unfamiliar (e.g. Khmer) names as ORG or GPE,
and shorter references by surname or given name are easily missed. So names
come from three places: PERSON entities, capitalised names right after a
title or role word ("spokesman Phay Siphan"), and single words that repeat a
token of a name already found (or a near miss of one: a misspelling).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .lexicon import (ANY_GIVEN_NAME, FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, PERSONAL_TITLES, POST_NOMINALS,
                      ROLE_HEADS, STOPWORDS, is_person_word)
from .missed_names import (ACTS_RIGHT_AFTER, KIN_BEFORE, PERSON_CONTEXT, double_barrelled, given_and_surname,
                           given_name_before, given_names_left_out, joined_people, named_with_an_age, partners,
                           person_by_context, transcript_speakers)
from .name_spans import complete_name
from .names import (_GIVEN_STOPWORDS, _PARTICLES, _POSSESSIVE_RE, PARTICLE_WORDS, SURNAME_ARTICLE, NameMention, _key,
                    _norm, clean_name, looks_like_person, occupation_before_given_name, osa_distance)
from .nlp import Ent
from .things import ACTS_AS_PERSON, without_things

_CAP_WORD = r"[A-Z][\w’'.-]*"
_TITLE_NAME_RE = re.compile(
    r"\b(?P<title>[A-Za-z-]+\.?)\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:" + "|".join(sorted(map(re.escape, PARTICLE_WORDS)))
    + r")\s+)?[A-Z][\w’'-]+){1,3})"
)
# every place one may start, overlapping: "Conservative MP Harjit Dhaliwal" has "MP" before a name, "said Mr Lim
# Boon Huat" has "Mr"
_TITLE_NAME_AT = re.compile("(?=" + _TITLE_NAME_RE.pattern + ")")
# "to" or a modal right before a lower-case role word makes it a verb ("will coach Real Madrid")
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|should|may|might|must|shall|did|does|do)\s+$")
# (and a surname written with its article, "al-Masri said", or after O’ or D’: "Fr. O’Neill said")
_CAP_TOKEN_RE = re.compile(r"\b(?:[A-Z](?:['’][A-Z])?|" + SURNAME_ARTICLE + r"[A-Z])[\w-]*(?:['’]s)?")


@dataclass
class PersonInfo:
    """What the article says about one person."""

    name: str
    tokens: tuple[str, ...]
    mentions: list[NameMention] = field(default_factory=list)
    roles: list[tuple[int, str]] = field(default_factory=list)  # (priority, role)
    gender: str | None = None


_OWNED = re.compile(r"(?<![\w’'])(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)\s+$")
_CLAUSE_AFTER = re.compile(r",?\s+(?:had|has|have|was|were|is|are|would|will|could|can|did|does|should|might|may)\b")


def name_candidates(units: list[str], ents: list[list[Ent]]) -> list[NameMention]:
    """Full-name candidates from PERSON entities and from title + name."""
    found: list[NameMention] = []
    maybe_people: list[tuple[int, Ent]] = []  # "Mason Rudolph" the model called an organisation
    # two capitalised words the model called something else, for want of a given name it knows
    # ("Eyamba Sowers" as an organisation): a person if the surname alone speaks as one
    maybe_named: list[tuple[int, Ent]] = []
    for u, (text, unit_ents) in enumerate(zip(units, ents)):
        unit_ents = joined_people(text, unit_ents)
        taken: list[tuple[int, int]] = []
        for e in unit_ents:
            if e.label != "PERSON" and not person_by_context(text, e):
                if given_and_surname(text, e):
                    maybe_people.append((u, e))
                elif e.label in _MISREAD_NAME_LABELS and len(e.text.split()) == 2:
                    maybe_named.append((u, e))
                continue
            follow = _FOLLOW.match(e.text)
            if follow and _ON_SOCIAL.match(text, e.end):
                # "Follow Pam Key on Twitter @pamkeyNEN": the invitation is not part of the name
                e = Ent(e.start + follow.end(), e.end, e.label, e.text[follow.end() :])
            number = _NUMBER_TAIL.search(e.text)
            if number and number.start() > 0:  # the model runs on into a time: "Jérémie Fontaine 2:14"
                e = Ent(e.start, e.start + number.start(), e.label, e.text[: number.start()])
            dash = _SPACED_DASH.search(e.text)
            if dash:  # the model runs on over an aside: "Deborah Jordan Reynolds - Santilli's girlfriend"
                e = Ent(e.start, e.start + dash.start(), e.label, e.text[: dash.start()])
            tail = _HYPHEN_TAIL.match(text, e.end) if len(e.text.split()) > 1 else None
            if tail:  # the model stops at a hyphen: "Moon Jae" of "Moon Jae-in" (not "Obama-era")
                e = Ent(e.start, tail.end(), e.label, text[e.start : tail.end()])
            if text[max(0, e.start - 4) : e.start] == "the " and " " not in e.text:
                continue  # "the Sydneysider", "the Frenchman": what the story calls someone, not a name
            if _OWNED.search(text, max(0, e.start - 7), e.start) and not _CLAUSE_AFTER.match(text, e.end):
                # "abandoned her Vauxhall Corsa": what someone owns is a thing, a person is never "her X"
                # (but "Police told her Mark Evans had died": "her" is whom they told)
                continue
            e = complete_name(text, e, unit_ents)
            if any(a < e.end and e.start < b for a, b in taken):
                continue  # the rest of a name already taken ("Luiz Carlos (Vasconcelos Filho)")
            if e.start > 0 and text[e.start - 1] == "#" and " " in e.text:
                # "#Browns Greedy Williams": a hashtag before the name is not part of it
                skip = e.text.index(" ") + 1
                e = Ent(e.start + skip, e.end, e.label, e.text[skip:])
            # ("Chaudhry MP" of "Imran Chaudhry MP": the letters after a surname are no part of it)
            words = e.text.split()
            core = words[:-1] if len(words) > 1 and words[-1] in POST_NOMINALS else words
            given = given_name_before(text, e.start) if len(core) == 1 else None
            if given is not None:  # the model leaves the given name out: "Adolf" of "Adolf Hitler"
                e = Ent(given, e.end, e.label, text[given : e.end])
            tokens, honorific, cut = clean_name(e.text)
            if not looks_like_person(tokens):
                continue
            if _titles_organisation(text, e, unit_ents, tokens):
                continue
            if _norm(tokens[0]) in _GIVEN_STOPWORDS and re.search(r"(?:^|[.?!:]\s+|[“\"‘']\s*)$", text[: e.start + cut]):
                continue  # "Will Cruz drop out?" opens a question, "Will Happen" a headline
            if honorific is None:
                # NER leaves "Mr." / "Ms." outside the entity
                before = re.search(r"\b([A-Z][a-z]{1,9})\.?\s+$", text[: e.start])
                if before and _norm(before.group(1)) in HONORIFICS:
                    honorific = _norm(before.group(1))
            strong = len(tokens) > 1 or honorific is not None or KIN_BEFORE.search(text[: e.start + cut]) is not None
            surface = e.text[cut:]
            found.append(NameMention(u, e.start + cut, e.end, surface, tokens, honorific, strong))
            taken.append((e.start, e.end))
        # "spokesman Phay Siphan", "academic Paul Chambers": a role word
        # right before two or three capitalised words marks a person even
        # when NER calls the words an organisation or a place
        plain = {m.start() for m in _TITLE_NAME_RE.finditer(text)}
        for m in _TITLE_NAME_AT.finditer(text):
            title = _norm(m.group("title"))
            if m.start() not in plain and title not in ROLE_HEADS and title not in PERSONAL_TITLES \
                    and not occupation_before_given_name(m.group("title"), m.group("name")):
                continue  # inside another match, only an office, a title or an occupation: not "(the) Republican
                # National Convention", but "said (Regent Paulette Sandoval-Greene)"
            # "Concord resident Whit Symms": a person noun in lower case marks a person too
            # (one person: "residents Thames Water contacted", "told employees Morgan Stanley would" are not)
            if title not in ROLE_HEADS and title not in HONORIFICS and not (
                    is_person_word(title) and m.group("title").islower() and not title.endswith("s")) \
                    and not occupation_before_given_name(m.group("title"), m.group("name")):
                continue
            if m.group("title").islower() and _VERB_BEFORE.search(text, 0, m.start("title")):
                continue  # "will host Saturday Night Live", "hired to head Morgan Stanley Europe": a verb
            start = m.start("name")
            if any(a < m.end("name") and start < b for a, b in taken):
                continue  # overlaps a name already found
            tokens, honorific, cut = clean_name(m.group("name"))
            if _titles_organisation(text, Ent(start, m.end("name"), "", m.group("name")), unit_ents, tokens):
                continue
            if len(tokens) < 2 or not looks_like_person(tokens):
                continue
            # (a building is no one's title: "centre-back Gonzalo Ríos" is a player the model calls a facility)
            places = ("GPE", "NORP", "LOC", "DATE") if m.group("title").islower() else ("GPE", "NORP", "LOC", "FAC", "DATE")
            if any(e.label in places and e.start <= start < e.end for e in unit_ents) \
                    and not ACTS_RIGHT_AFTER.match(text, m.end("name")):
                continue  # (but "Seddon farmer Tama Whaanga said …", a name the model calls a place, speaks)
            surface = m.group("name")[cut:]
            found.append(NameMention(u, start + cut, m.end("name"), surface, tokens, honorific or title, True))
            taken.append((start, m.end("name")))
        # "Mr. Obrecht", "Senator Whitaker": one capitalised word after an
        # honorific is a surname even when NER does not tag it
        for m in _HONORIFIC_SURNAME_RE.finditer(text):
            title = m.group("title")
            if not (_norm(title) in ("mr", "mrs", "ms", "dr", "senator", "governor")
                    or (title.endswith(".") and _norm(title) in _SURNAME_TITLES)):
                continue  # "Sen Chey" without a full stop may be part of a name
            start = m.start("name")
            if any(a < m.end("name") and start < b for a, b in taken):
                continue
            tokens = (m.group("name"),)
            if not looks_like_person(tokens) or any(
                    e.label != "PERSON" and e.start <= start < e.end for e in unit_ents):
                continue
            found.append(NameMention(u, start, m.end("name"), m.group("name"), tokens,
                                     _norm(m.group("title")), True))
            taken.append((start, m.end("name")))
    found += partners(found, units, ents)
    found += [c for c in transcript_speakers(units) + named_with_an_age(units, ents) + double_barrelled(units, ents)
              if not any(x.unit == c.unit and x.start < c.end and c.start < x.end for x in found)]
    # a name found only in Title Case headings ("What Does Stadia Offer?"), where the model
    # takes capitalised words for names, is no one unless the prose names it too
    heading = {c.unit: _is_heading(units[c.unit]) for c in found}
    in_prose = {_key(c.tokens) for c in found if not heading[c.unit]}
    found = [c for c in found if _key(c.tokens) in in_prose or c.honorific or len(c.tokens) == 1
             or not heading[c.unit]]
    # a given name and a surname that the article also calls a person on its own ("Rudolph")
    surnames = {c.tokens[0] for c in found if len(c.tokens) == 1}
    for u, e in maybe_people:
        tokens, _, cut = clean_name(e.text)
        if len(tokens) == 2 and looks_like_person(tokens) and (tokens[1] in surnames or (
                e.label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC") and _surname_speaks(tokens[1], units))):
            found.append(NameMention(u, e.start + cut, e.end, e.text[cut:], tokens, None, True))
    if added := given_names_left_out(found, units):
        ends = {(c.unit, c.end) for c in added}
        found = [c for c in found if len(c.tokens) > 1 or (c.unit, c.end) not in ends] + added
    # a surname that speaks alone, or is given an age ("Adeyinka, 19, scored"), and that no full name
    # found has: the misread words name it (not "Stop Trump" beside "Donald Trump")
    speaking = {c.tokens[0] for c in found if len(c.tokens) == 1 and _speaks(units[c.unit], c.start, c.end)}
    named_in_full = {c.tokens[-1] for c in found if len(c.tokens) > 1}
    for u, e in maybe_named:
        tokens, honorific, cut = clean_name(e.text)
        if len(tokens) == 2 and tokens[1] not in named_in_full and honorific is None and "," not in e.text \
                and (tokens[1] in speaking or _surname_speaks(tokens[1], units)) and looks_like_person(tokens):
            found.append(NameMention(u, e.start + cut, e.end, e.text[cut:], tokens, None, True))
    return without_things(found, units, ents)


_FOLLOW = re.compile(r"(?:Follow|Contact|Email|E-mail|Message)\s+(?=[A-Z])")
_ON_SOCIAL = re.compile(r"\s+(?:on\s+(?:Twitter|Facebook|Instagram|X|Threads|Bluesky|LinkedIn)\b|at\s+\S+@|@\w)")
_SPACED_DASH = re.compile(r"\s+[-–—]+\s+")
_NUMBER_TAIL = re.compile(r"(?:\s+\S*\d\S*)+$")
_MISREAD_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "NORP"})
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|asked|wrote|according\s+to)\s+$")


def _surname_speaks(surname: str, units: list[str]) -> bool:
    """The surname stands alone somewhere and acts as a person there ("Persson said")."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(surname) + r"(?![\w’'-])(?!\s+[A-Z])")
    return any(_speaks(text, m.start(), m.end()) for text in units for m in pattern.finditer(text)
               if not re.search(r"[A-Z][\w-]*\s+$", text[max(0, m.start() - 30) : m.start()]))


def _speaks(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` acts as a person: it speaks, "who" or a pronoun follows it."""
    return (_SPEECH_BEFORE.search(text[max(0, start - 20) : start]) is not None
            or ACTS_AS_PERSON.match(text, end) is not None or PERSON_CONTEXT.match(text, end) is not None)


def _is_heading(text: str) -> bool:
    """A short line with every word of four letters or more capitalised, and no full stop,
    comma or colon (not a list of names, not "A: Lebron James")."""
    if any(mark in text for mark in ",:;"):
        return False
    words = text.split()
    long_words = [w for w in words if len(w.strip("?!:,")) >= 4]
    return 1 < len(words) <= 12 and "\n" not in text and not text.rstrip().endswith(".") \
        and bool(long_words) and all(w[:1].isupper() for w in long_words)


def _titles_organisation(text: str, e: Ent, unit_ents: list[Ent], tokens: tuple[str, ...]) -> bool:
    """"Rob Goldman, President Ascom North America, says": after a person, a comma and a title,
    words that open with no given name are where the title is held, not a second person."""
    before = [x for x in unit_ents if x.label == "PERSON" and x.end <= e.start]
    if not before or _norm(tokens[0]) in ANY_GIVEN_NAME:
        return False
    gap = re.fullmatch(r",\s*((?:[A-Z][\w.-]*\s+){1,3})", text[before[-1].end : e.start])
    return gap is not None and any(_norm(w) in ROLE_HEADS for w in gap.group(1).split())


# a syllable of a hyphenated given name ("Jae-in", "Hau-yip"), not "-style", "-run", "-era"
_HYPHEN_TAIL = re.compile(r"-(?!(?:run|led|era|ish|day|old|age|set|fed|won|like|wide|made|born|bred|held|only|type|free|"
                          r"size|year|time|term|plus|lite|less|ward|wards|proof|style|level|class|owned|based|sized)\b)"
                          r"(?![a-z]*(?:ed|ing|ist|ism|ian|ers?|esque|ite|ites)\b)[a-z]{2,5}\b(?!-)")


_SURNAME_TITLES = {"mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "prof"}
# the surname keeps an apostrophe only before a capital ("MacDonald-O'Brien", "D'Souza"), not a
# possessive's ("Mr. King's show")
_HONORIFIC_SURNAME_RE = re.compile(
    r"\b(?P<title>[A-Z][a-z]+\.?)\s+(?P<name>[A-Z][a-z][\w-]*(?:['’][A-Z][\w-]*)?|[A-Z]['’][A-Z][a-z][\w-]*)\b(?!\s+[A-Z])(?!['’]?[A-Z])")


# a verb of a Title Case headline: "Leads", "Apologizes", "Wins", "Slammed"
_HEADLINE_VERB = re.compile(r"[A-Z][a-z]+(?:s|ed)")


def cluster_people(cands: list[NameMention]) -> dict[str, PersonInfo]:
    """Group full names into people; the canonical name is the longest form."""
    people: dict[str, PersonInfo] = {}
    full = sorted({c.tokens for c in cands if len(_key(c.tokens)) > 1},
                  key=lambda t: (-len(_key(t)), t))
    canon_of: dict[tuple[str, ...], str] = {}
    # "Crooked Hillary Clinton", "Rival Hillary Clinton": a word before a full name that the
    # article writes more often without it is an epithet, not the start of the name
    count = Counter(_key(c.tokens) for c in cands)
    # (a given name opens the shorter form, and the word is none: "Debbie Wasserman Schultz" keeps "Debbie")
    epithet = {t: shorter for t in full for shorter in full
               if len(_key(t)) > 2 and _key(t)[1:] == _key(shorter) and count[_key(t)] < count[_key(shorter)]
               and _key(shorter)[0] in ANY_GIVEN_NAME and _key(t)[0] not in ANY_GIVEN_NAME}
    # "Donald Trump Leads", "Ted Cruz Apologizes (To Ben Carson)": a Title Case headline's verb after a
    # full name that the article writes more often without it is not the end of the name
    epithet.update({t: shorter for t in full for shorter in full
                    if 1 <= len(t) - len(shorter) <= 2 and t[: len(shorter)] == shorter
                    and count[_key(t)] < count[_key(shorter)] and _HEADLINE_VERB.fullmatch(t[len(shorter)])
                    and _norm(t[len(shorter)]) not in ANY_GIVEN_NAME and count[(_norm(t[len(shorter)]),)] == 0})
    full = [t for t in full if t not in epithet]
    for tokens in full:
        key = set(_key(tokens))
        for info in people.values():
            if key <= set(_key(info.tokens)):
                canon_of[tokens] = info.name
                break
        else:
            name = " ".join(tokens)
            people[name] = PersonInfo(name, tokens)
            canon_of[tokens] = name
    for tokens, shorter in epithet.items():
        while shorter in epithet:
            shorter = epithet[shorter]
        canon_of[tokens] = canon_of[shorter]
    # "Mr. Obama", "President Obama", or a first name NER tags as a person
    # again and again: one word can be a whole name when no fuller name in
    # the article contains it
    known = set().union(*[set(_key(info.tokens)) for info in people.values()]) if people else set()
    # (with its initial, when the article gives one: "R. Senthilvelan", then "Mr. Senthilvelan")
    for c in sorted(cands, key=lambda c: -len(c.tokens)):
        key = _key(c.tokens)
        if len(key) == 1 and c.tokens not in canon_of and key[0] not in known:
            name = " ".join(c.tokens)
            people[name] = PersonInfo(name, c.tokens)
            canon_of[c.tokens] = name
            known.add(key[0])
        elif len(key) == 1 and c.tokens not in canon_of and len(c.tokens) > 1:
            # a surname after its particle ("Mr Ó Duinn"): the one person whose name ends so
            owners = [info.name for info in people.values() if _key(info.tokens)[-1:] == key]
            if len(owners) == 1:
                canon_of[c.tokens] = owners[0]
    for c in cands:
        if c.tokens in canon_of:
            c.canonical = canon_of[c.tokens]
    return people


def resolve_short(people: dict[str, PersonInfo], word: str, order: list[str]) -> str | None:
    """The person a single word refers to: a token of their name, or a near
    miss of one. ``order`` is the people by most recent mention first."""
    low = _norm(_POSSESSIVE_RE.sub("", word))
    if len(low) < 2 or low in STOPWORDS or low in _PARTICLES:
        return None
    exact = [n for n in order if low in _key(people[n].tokens)]
    if exact:
        # prefer a person for whom this is the last name; then recency
        last = [n for n in exact if _key(people[n].tokens)[-1] == low]
        return (last or exact)[0]
    if len(low) >= 5:
        for n in order:
            for tok in _key(people[n].tokens):
                if len(tok) >= 5 and tok[0] == low[0] and osa_distance(low, tok) <= (1 if len(low) < 8 else 2):
                    return n
    return None


def gender_of(honorific: str | None) -> str | None:
    """Gender implied by an honorific, if any."""
    if honorific in FEMALE_HONORIFICS:
        return "f"
    if honorific in MALE_HONORIFICS:
        return "m"
    return None
