"""Subjects written after their verb: "…,” said Mikyung Ryu", "…, said Mary E. Lovely, an
economist", "according to police"."""

from __future__ import annotations

import re

from .documents import DOCUMENT_DONE
from .lexicon import DETERMINERS, RELATIVES, ROLE_HEADS, VERB_LEMMA
from .para import Para, PersonSpan, Subject, VerbHit, person_subject
from .subject_phrase import FINITE, classify, has_verb, person_in
from .text import TITLE_ABBREVIATIONS

# words that start when and how something was said, after the speaker: "said Smith on Monday", "… by phone"
_WHEN_AND_HOW = "on|in|at|during|after|before|via|by|when|while|last|this|yesterday|today"


_TITLES = "|".join(sorted((w.capitalize() for w in TITLE_ABBREVIATIONS), key=len, reverse=True))


def subject_after(p: Para, verb_end: int) -> Subject | None:
    """Inverted subject: '…,” said Mikyung Ryu, international director'."""
    rest = p.masked[verb_end:]
    # abbreviations ("Mr.", "Rep.", "G.K.") do not end the subject; a masked
    # quotation (a run of Q) does, the Q of "Quentin" does not
    m = re.match(r"\s*((?:\b(?:" + _TITLES + r"|[A-Z])\.\s*|[^,.;:!?Q—–(]|Q(?![Q.,]))*)", rest)
    if not m:
        return None
    a, b = verb_end + m.start(1), verb_end + m.end(1)
    # drop a trailing time expression ("said Smith on Monday")
    sub = re.search(rf"\s+(?:{_WHEN_AND_HOW}|to|in an?|who|which|that|as)\b", p.masked[a:b])
    if sub:
        b = a + sub.start()  # "said Smith on Monday", "said a data expert who has worked for …"
    done = re.search(r"\s+[a-z]+ed$", p.masked[a:b])
    if done and done.start() and re.match(r"\s+by\b", p.masked[b:]) and not DOCUMENT_DONE.search(p.masked[a:b]):
        b = a + done.start()  # "according to eyewitness accounts corroborated by video footage"
    named = _named_in_apposition(p, b)
    head = p.masked[a:b].split()[-1].lower().strip(".,") if p.masked[a:b].split() else ""
    heads = {head, head.rsplit("-", 1)[-1]}  # "co-founder", and "president-elect" whole
    held = re.match(r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?([\w’'-]+)\s+of\s", p.masked[a:b], re.I)
    if held:  # "said the President of the Musicians Union of Ghana, Nana Kwaku Duah-Asamoah"
        heads.add(held.group(1).lower())
    if named and not person_in(p, a, b) and heads & (ROLE_HEADS | RELATIVES):
        return person_subject(named)  # "said the bureau's director, James B. Comey, on Monday"
    return classify(p, a, b)


def _named_in_apposition(p: Para, end: int) -> PersonSpan | None:
    """The person named right after ``end`` between commas: ", James B. Comey,"; an abbreviation in
    brackets may come first: "the Musicians Union of Ghana (MUSIGA), Nana Kwaku Duah-Asamoah"."""
    m = re.match(r"(?:\s*\([^()]{1,40}\))?,\s*", p.masked[end:])
    if not m:
        return None
    start = end + m.end()
    # a title may come before the name: ", Dr Ruth Kamau.", ", Professor Alan Birtwhistle."
    return next((s for s in p.people if start <= s.start and re.fullmatch(r"(?:[A-Z][a-z]*\.?\s+){0,2}", p.masked[start : s.start])
                 and not s.possessive and re.match(r"\s*(?:[,.;]|$)|\s+(?:of|at|from)\s+[A-Z]", p.masked[s.end :])), None)


# what may follow the name: when and how it was said
_ADVERBIAL = re.compile(rf",?\s+(?:{_WHEN_AND_HOW})\b")
_OBJECT_FIRST = {"tell", "inform", "assure", "warn", "remind", "urge", "advise", "notify", "brief"}


def postposed_subject(p: Para, v: VerbHit) -> Subject | None:
    """The subject after a verb that follows a whole clause and a comma:
    'Prices have risen, too, said Mary E. Lovely, an economist.' -- the
    clause is what was said, the name after the verb who said it."""
    a, b = p.sents[v.sentence] if p.sents else (0, len(p.masked))
    before = p.masked[a : v.start]
    words = before.split()
    if not re.search(r"[,Q]\s*$", before) or len(words) < 3 or not re.match(r"\s+\S", p.masked[v.end : b]) \
            or not any(w.strip(",.;") in FINITE for w in words) or re.search(r",\s+(?:who|whose|which)\b", before) \
            or re.search(r"\b(?:has|have|had|is|was)\s+\w+ly,", before):  # "Trump has repeatedly, and falsely, said"
        return None
    if VERB_LEMMA.get(v.form.lower(), v.form.lower()) in _OBJECT_FIRST:
        return None  # "…, told Fox News": who was told, not who spoke
    subj = subject_after(p, v.end)
    if subj is None or subj.kind == "pronoun" or any(w.lower() in FINITE for w in subj.text.split()):
        return None
    if subj.kind == "np" and subj.text.split()[0].lower() not in DETERMINERS and not subj.text[:1].isupper():
        return None
    # only an apposition may follow the name: "…, said Smith, who …" or "said the city would" is not this
    tail = p.masked[subj.end : b]
    if _ADVERBIAL.match(tail):
        # "…, said Marcelo Claure in an email to staff that …" (not "… said the results in Georgia were …")
        before_relative = re.split(r"\b(?:that|which|who)\b", tail)[0]
        return None if any(w.strip(",.;") in FINITE for w in before_relative.split()) else subj
    if re.match(r"\s*,\s+(?:a|an|the|his|her|their|its)\s", tail) and re.fullmatch(r"[^;:]*", tail):
        # "…, said Wilcox, an Orlando Republican who founded …": a relative clause inside the apposition
        before_relative = re.split(r"\b(?:who|which|that)\b", tail)[0]
        return None if has_verb(before_relative.split()) else subj
    if not re.fullmatch(r"\s*(?:,[^;:]*)?[.!?]?[\s”\"’']*", tail) or has_verb(tail.split()) \
            or re.search(r"\b(?:who|which|that)\b", tail):
        return None
    return subj
