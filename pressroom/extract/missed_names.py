"""Names the model left out, cut short or read as something else: a given name before a surname it
found alone, a partner joined by "and", a relative named by a given name, a transcript's speaker in
capitals, a name with an age after it, a given name with a double-barrelled surname, a name cut in
two, and a name labelled an organisation that acts as a person. Each function returns or tests
candidates for :func:`people.name_candidates`."""

from __future__ import annotations

import re

from .lexicon import ANY_GIVEN_NAME, HONORIFICS, RELATIVES, ROLE_APPOSITION, ROLE_HEADS, STOPWORDS
from .names import (_GIVEN_STOPWORDS, _PARTICLES, _POSSESSIVE_RE, PARTICLE_WORDS, NameMention, _norm, clean_name,
                    looks_like_person)
from .nlp import Ent
from .transcripts import LABEL, transcript_lines


def is_given_name(word: str) -> bool:
    """A given name from the lists, maybe hyphenated ("Eva-Marie"; "Jean-Baptiste" by its first half, the
    second capitalised too), that is no common word or title."""
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        parts = parts[:1]
    return all(part in ANY_GIVEN_NAME and part not in _GIVEN_STOPWORDS and part not in STOPWORDS
               and part not in ROLE_HEADS and part not in HONORIFICS for part in (_norm(p) for p in parts))


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


# a role set before a name, in apposition: "the energy minister, Sophie Carrow-Adeyemi, said"
ROLE_BEFORE = re.compile(r"\b(?i:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(ROLE_HEADS))
                         + r"),\s+$")
# a relative named by a given name alone: "Her son, Marco, 34, …", "their daughter Lucia"
KIN_BEFORE = re.compile(r"\b(?i:his|her|their|my|our)\s+(?:[a-z]+\s+)?(?P<kin>" + "|".join(sorted(RELATIVES)) + r"),?\s+$")


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
    # a surname alone, maybe after its particles ("Ter Horst", "Ó Duinn" of "Cathal Ó Duinn")
    lone = {c.tokens for c in found if all(_norm(t) in _PARTICLES for t in c.tokens[:-1])} \
        - {c.tokens[-1:] for c in found if not all(_norm(t) in _PARTICLES for t in c.tokens[:-1])}
    lone = {tokens for tokens in lone if tokens[-1][:1].isupper()}
    if not lone:
        return []
    forms = sorted((r"\s+".join(f"(?i:{re.escape(t)})" if k < len(tokens) - 1 else re.escape(t) for k, t in enumerate(tokens))
                    for tokens in lone), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(" + "|".join(forms) + r")(?![\w-])")
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
            tokens = (m.group(1), *m.group(2).split())
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


def transcript_speakers(units: list[str]) -> list[NameMention]:
    """Speakers of a transcript (:func:`transcripts.transcript_lines`) named in capitals, which the
    model does not read as names: a given name from the lists and a surname, after a title maybe
    ("JAKE TAPPER:", "SEN. MARCUS WHITFIELD:")."""
    out = []
    for u in transcript_lines(units):
        m = LABEL.match(units[u])
        words = m.group("label").split()
        if not m.group("label").isupper() or len(words) < 2:
            continue
        tokens = tuple("-".join(part.capitalize() for part in word.split("-")) for word in words[-2:])
        if is_given_name(tokens[0]) and looks_like_person(tokens):
            start = m.end("label") - len(" ".join(words[-2:]))
            out.append(NameMention(u, start, m.end("label"), units[u][start : m.end("label")], tokens, None, True))
    return out


# a given name and a surname with an age or "who" after them: "Gwen Tipping, 79, said", "Öznur Karataş, who heads"
_NAME_AND_AGE = re.compile(r"(?<![\w’'.-])(?P<name>[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_a-z][^\W\d_]+)?\s+[^\W\d_a-z][\w’'-]+),\s+"
                           r"(?:(?P<age>\d{1,3}),|who\s|whose\s)")


def named_with_an_age(units: list[str], ents: list[list[Ent]]) -> list[NameMention]:
    """People the model found no entity for, or read as places, named with an age or "who" after the name,
    the given name from the lists ("At a relief centre in Bairnsdale, Gwen Tipping, 79, said …", "Öznur
    Karataş, who heads …")."""
    out = []
    for u, text in enumerate(units):
        for m in _NAME_AND_AGE.finditer(text):
            tokens = tuple(m.group("name").split())
            # (the model reads names it does not know as places: "Agnieszka Zielińska" as two)
            aged = m.group("age") is not None
            # (after "who" only where the model saw no organisation or building: "Crystal Palace, whose manager")
            if any((e.label == "PERSON" or e.label in ("DATE", "CARDINAL", "MONEY", "TIME") or e.start < m.start("name")
                    or not aged and e.label in ("ORG", "FAC", "PRODUCT"))
                   and e.start < m.end("name") and m.start("name") < e.end for e in ents[u]) \
                    or not is_given_name(tokens[0]) or not looks_like_person(tokens) \
                    or _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                    or re.search(r"\b[A-Z]\.\s+$", text[max(0, m.start() - 6) : m.start()]):
                continue  # (an initial before it is the model's name: "M. Dane Waters, whose …")
            out.append(NameMention(u, m.start("name"), m.end("name"), m.group("name"), tokens, None, True))
    return out


# a given name and a double-barrelled surname: "Rhodri Pugh-Evans", "Marta Villanueva-Soler" (which the
# model often calls an organisation or cuts; not "Paris Saint-Germain", "Anti-Trust", "Coca-Cola")
_DOUBLE_BARRELLED = re.compile(
    r"(?<![\w’'.-])(?P<name>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+"
    r"(?!(?i:saint|sainte|st|ste|san|santa|anti|pro|post|pre|non|trans|mid|inter|co|ex|self|multi|neo|pan|semi|"
    r"sub|super|ultra|coca|rolls|mercedes|hewlett)-)[A-Z][\w’']*[a-z][\w’']*-[A-Z][\w’']*[a-z][\w’']*)(?![\w’'-])"
    r"(?!\s+[A-Z])")  # (not "Muhammad Ali-Joe Frazier", "Foster Long-Term Innovation")
# what follows two names or places joined by a hyphen, and the words of an institution's name: "the Aston
# Villa-Birmingham derby", "the Virginia Tech-Miami game", "the Max Planck-Institut"
_PAIRED_BY_HYPHEN = re.compile(r"\s+(?:game|derby|match|clash|final|tie|fixture|rivalry|summit|debate|talks|meeting|"
                               r"series|showdown|bout|race|border|pact|deal|ticket|administration|era|route|flight|"
                               r"merger|partnership|alliance|axis|relationship|rematch|encounter|contest)s?\b")
_INSTITUTION_HALF = re.compile(r"-(?:Institut|Stiftung|Universität|Gesellschaft|Zentrum|Klinik|Verlag|Werke|Gruppe)\b")
# a place's first word before what looks like a given name: "San Diego Union-Tribune", "San Antonio Express-News"
_PLACE_PREFIX = re.compile(r"(?:San|Santa|Santo|São|Los|Las|El|La|Le|New|Fort|Port|Mount|St\.?|Saint|Lake|Cape)\s+$")


def double_barrelled(units: list[str], ents: list[list[Ent]]) -> list[NameMention]:
    """People with a double-barrelled surname after a given name from the lists, which the model
    found no person for (it often calls them an organisation or a place, or leaves them out:
    "Rhodri Pugh-Evans kicked 19 points", "Hibs boss Marta Villanueva-Soler was left frustrated")."""
    out = []
    for u, text in enumerate(units):
        for m in _DOUBLE_BARRELLED.finditer(text):
            start, tokens = m.start(), tuple(m.group("name").split())
            if len(tokens) == 3 and not is_given_name(tokens[0]):
                start, tokens = start + len(tokens[0]) + 1, tokens[1:]  # "Police (Marta Villanueva-Soler)"
            # (two given names: "Ama Serwaa Asante-Bekoe")
            if any(e.label == "PERSON" and e.start < m.end() and start < e.end for e in ents[u]) \
                    or not is_given_name(tokens[0]) or not looks_like_person(tokens) \
                    or _PLACE_PREFIX.search(text, max(0, start - 8), start) \
                    or _PAIRED_BY_HYPHEN.match(text, m.end()) or _INSTITUTION_HALF.search(m.group()):
                continue
            out.append(NameMention(u, start, m.end(), text[start : m.end()], tokens, None, True))
    return out


# small words of a name in lower case between its other words: "Willemijn ter Horst", "van der"
_PARTICLES_BETWEEN = re.compile(r" (?:(?:" + "|".join(sorted((re.escape(w) for w in PARTICLE_WORDS if w.islower()),
                                                               key=len, reverse=True)) + r") )*")
# the rest of a surname after a particle the model ended a name on: "(Marieke van) der Velde-Bakker"
_SURNAME_AFTER_PARTICLE = re.compile(_PARTICLES_BETWEEN.pattern + r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
                                     # and more particles with their words: "María (del Carmen Ruiz de Alarcón)"
                                     r"(?:" + _PARTICLES_BETWEEN.pattern.replace(")*", ")+", 1) + r"[A-Z][\w’'-]+){0,2}")


def joined_people(text: str, unit_ents: list[Ent]) -> list[Ent]:
    """Names the model cut: a person entity of a word or two and a one-word person entity right after
    it, with one space or a particle between ("Garda Ciarán" and "Hegarty", "Willemijn" and "Horst" of
    "Willemijn ter Horst"; not a list of names without commas, "Zak Crawley Ben Duckett"); a person
    entity that ends on a particle or is followed by one, with the surname after it ("Marieke van" and
    "der Velde-Bakker", "Sarojini" and "a/p Krishnan");
    one that starts inside a hyphenated given name ("Ann Blewitt" of "Kerry-Ann Blewitt")."""
    out: list[Ent] = []
    for e in unit_ents:
        if e.label == "PERSON" and (hyphen := re.search(r"(?<![\w’'-])[A-Z][a-z]+-$", text[max(0, e.start - 20) : e.start])):
            start = e.start - len(hyphen.group())
            e = Ent(start, e.end, "PERSON", text[start : e.end])
        between = _PARTICLES_BETWEEN.fullmatch(text, out[-1].end, e.start) if out else None
        if between and out[-1].label == e.label == "PERSON" and len(out[-1].text.split()) <= 2 \
                and len(e.text.split()) == 1:
            out[-1] = Ent(out[-1].start, e.end, "PERSON", text[out[-1].start : e.end])
        elif out and (rest := _surname_after_particle(text, out[-1])) and e.start < rest:
            # ("der Velde-Bakker": ORG; "a/l" + "Harbans Singh": the entity's words are the surname's)
            end = max(rest, e.end)
            out[-1] = Ent(out[-1].start, end, "PERSON", text[out[-1].start : end])
        else:
            out.append(e)
    for k, e in enumerate(out):
        if rest := _surname_after_particle(text, e):
            out[k] = Ent(e.start, rest, "PERSON", text[e.start : rest])
    return out


def _surname_after_particle(text: str, e: Ent) -> int | None:
    """Where the surname ends after a person entity that ends on a particle ("Marieke van") or that a
    particle follows ("Sarojini" and "a/p Krishnan", which the model calls a place)."""
    words = e.text.split()
    if e.label != "PERSON":
        return None
    if len(words) >= 2 and words[-1] in PARTICLE_WORDS and words[-1].islower():
        rest = _SURNAME_AFTER_PARTICLE.match(text, e.end - len(words[-1]) - 1)
    else:
        # (after a full name only a particle that is no word of a language's own: "Pedro Sánchez y Begoña
        # Gómez" are two people, "Giorgia Meloni di Fratelli d'Italia" a party)
        rest = _SURNAME_AFTER_PARTICLE.match(text, e.end)
        rest = rest if rest and rest.group().split()[0] in PARTICLE_WORDS \
            and (len(words) == 1 or rest.group().split()[0] in _NAME_ONLY_PARTICLES) else None
    return rest.end() if rest else None


_NAME_ONLY_PARTICLES = {"a/p", "a/l", "bin", "binti", "bint", "ibn", "ap", "ter", "ten", "van", "von", "der", "den"}


# a preposition of place right before a name: "Police in Alice Springs", "officers from Virginia Beach"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|of|across|around)\s+$")
# a verb of saying right after a name, or "he" or "she" after a few words in lower case
ACTS_RIGHT_AFTER = re.compile(r"\s+(?:(?:[a-z0-9][\w-]*\s+){0,4}?(?:he|his|him|she|her)\b|"
                              r"(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|wrote|writes|insisted|explained|"
                              r"argued|claimed|noted|stressed|warned|admitted|recalled)\b)")
# what follows only a person: an age, a relative, or "who" ("X's wife", "X, a 43-year-old …", "X, 43,", "X, who …",
# "X, whose parents moved …")
PERSON_CONTEXT = re.compile(
    r"(?:['’]s\s+(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|parents|family|"
    r"lawyer|attorney|girlfriend|boyfriend|fiancée?)\b|,\s+(?:a|an)\s+\d{1,3}-year-old\b|,\s+\d{1,2},|,\s+who\s"
    r"|,\s+whose\s+(?:parents|mother|father|wife|husband|son|daughter|brother|sister|children|grandparents)\b)")


_PLACE_TITLES = {"st", "saint", "prince", "princess", "queen", "king", "lord", "lady", "fort", "mount", "port"}


def person_by_context(text: str, e: Ent) -> bool:
    """A name the model labelled as something else (often an organisation),
    that what follows shows to be a person."""
    words = _POSSESSIVE_RE.sub("", e.text).split()
    name_words = [w for w in words if w not in PARTICLE_WORDS]  # "Núria Casals i Ferrer" is three
    if e.label in ("ORG", "PRODUCT", "WORK_OF_ART") and len(words) >= 2 and len(name_words) <= 3 \
            and looks_like_person(tuple(words)) \
            and not e.text.endswith(("’s", "'s")) and not _PLACE_BEFORE.search(text, 0, e.start) and (
                KIN_BEFORE.search(text, 0, e.start) or is_given_name(words[0]) and (
                    ACTS_RIGHT_AFTER.match(text, e.end) or ROLE_APPOSITION.match(text, e.end)
                    or ROLE_BEFORE.search(text, max(0, e.start - 80), e.start))):
        # a given name and a surname that act as a person, whatever the model called them: "Brooke
        # Taverner said she …", "Íñigo Larrazábal insisted his side …", "Karin Holmqvist, chief
        # investment officer at AP Nord, said", "the energy minister, Sophie Carrow-Adeyemi,"; or any name
        # given to a relative: "His sister, Amara Obi,"
        # (not a place the model calls something else: "Police in Alice Springs said he …")
        return True
    if e.label not in ("ORG", "PRODUCT", "WORK_OF_ART", "NORP") or not 2 <= len(words) <= 4:
        return False
    tokens = clean_name(e.text)[0]
    if len(tokens) < len(words) and len(tokens) >= 2 and _norm(tokens[0]) in ANY_GIVEN_NAME and looks_like_person(tokens) \
            and _norm(words[0]) not in _PLACE_TITLES and not re.fullmatch(r"[A-Z][a-z]+[^s]s", tokens[-1]):
        # "Librarian Maya Holt", "Aoife Breathnach TD", "Cllr Martin Oakes": a title makes a person
        # (not "St Louis Cardinals", "Prince Edward Island": places and teams named after one)
        return True
    if len(words) > 3 or not looks_like_person(tuple(words)):
        return False
    context = PERSON_CONTEXT.match(text, e.end - 2 if e.text.endswith(("’s", "'s")) else e.end)
    # "Asian Americans, who", "Morgan Stanley, who": peoples and firms take "who" too, so
    # "who" counts only after a given name
    if context is not None and "who" in context.group():
        return e.label != "NORP" and is_given_name(words[0])
    return context is not None
