"""Who an -ing verb of speech speaks for.

"…, adding", "issued a statement saying", "footage of Trump saying", "reports suggesting": a
participle mostly has no subject of its own; it hangs on a clause, a name or a noun before it.
"""

from __future__ import annotations

import re

from .attribution import leading_subject, subject_before
from .lexicon import ROLE_HEADS, VERB_LEMMA
from .para import Para, Subject, VerbHit, person_subject
from .subject_phrase import FINITE


def participle_clause(p: Para, v) -> bool:
    """'…, adding', '“…” adding', 'continued by saying', 'issued a statement
    saying': an -ing speech verb after a comma, a quotation or a lower-case
    word hangs on an earlier clause instead of having a subject of its own
    (a sentence that starts with one, "Speaking to reporters, …", does not)."""
    if not v.form.lower().endswith("ing"):
        return False
    before = p.masked[p.sents[v.sentence][0] : v.start]
    return re.search(r"(?:[,Q]|\bby|[a-z]{3,})\s*$", before) is not None


_VERB_WORD = re.compile(r"\b[a-z][a-z’']*\b")


def _verb_words(text: str) -> list[re.Match]:
    """Lower-case words of ``text`` that look like verbs: auxiliaries, speech verbs, past forms."""
    return [m for m in _VERB_WORD.finditer(text)
            if m.group() in FINITE or m.group() in VERB_LEMMA or (m.group().endswith("ed") and len(m.group()) > 4)]


# verbs of saying whose object is mostly a clause: a name after them is inside what was said
_TAKES_A_CLAUSE = {"say", "tell", "add", "note", "state", "explain", "argue", "insist", "claim", "warn", "write",
                   "report", "suggest", "predict", "believe", "think", "acknowledge", "admit", "announce"}


def subject_of_host_clause(p: Para, v) -> Subject | None:
    """The subject found for a participle clause may be a person written after the verb of the
    clause the participle hangs on ("Sanders compared himself to Clinton, saying"): that person is
    an object there, and the participle speaks for that verb's subject. (Not when the person has a
    verb of their own before the participle: "Reid quieted the chatter, telling", "Perez, who is
    …, saying".)"""
    subj = v.subject
    between = p.masked[subj.end : v.start] if subj else ""
    if subj is None or subj.kind != "person" or subj.start >= v.start or "," not in between or _verb_words(between):
        return None  # (not "footage of Trump saying": the name right before the -ing is its subject)
    a = p.sents[v.sentence][0] if p.sents else 0
    host = _verb_words(p.masked[a : subj.start])
    if not host or any(VERB_LEMMA.get(m.group()) in _TAKES_A_CLAUSE for m in host):
        return None  # ("said recent comments by General Pol Saroeun, calling …": the said clause's own)
    to_person = p.masked[a + host[-1].end() : subj.start]
    appositive = to_person.rstrip().endswith(",") and not between.strip(" ,")
    if "," in to_person and not appositive:
        # ("When the bill passed, Trump took to Twitter, writing": "passed" is another clause's; but
        # "discussed his remarks about his rival, Hillary Clinton, saying": she is the object's apposition)
        return None
    found = subject_before(p, a, a + host[-1].start())
    if found is None or found.kind not in ("person", "np") or found.text.lower() in ("there", "it", "this", "that"):
        return None
    return found


# a subordinate clause the found subject may sit in: "complained that Y is …", "supporters that level …"
_SUBORDINATOR = re.compile(r"\b(?:that|who|which|whether)\b")
# a finite verb after the participle phrase: the phrase sits inside a clause ("Y, citing …, would win")
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but|although|though)\b|;")
_CLAUSE_GOES_ON = re.compile(r",\s+(?:\w+\s+){0,2}?(?:" + "|".join(sorted(FINITE - {"’s", "'s"})) + r")\b")


def subject_outside_subordinate(p: Para, v) -> Subject | None:
    """A participle that ends the sentence ("…, saying") speaks for the person who opens it, not
    for a subject found inside a that- or relative clause between them ("Christie bristled at
    the suggestion that he was responsible for advising Trump …, saying"; "Sanders has denounced
    supporters that level sexist attacks, saying")."""
    subj = v.subject
    a, b = p.sents[v.sentence] if p.sents else (0, len(p.masked))
    if subj is None or not a <= subj.start < v.start:
        return None
    opener = None
    for m in _SUBORDINATOR.finditer(p.masked, a, subj.start):
        opener = m
    if opener is None or _CLAUSE_GOES_ON.search(p.masked[v.end : b]) \
            or not re.search(r"[,Q]\s*(?:\w+ly\s+)?$", p.masked[a : v.start]) \
            or _CLAUSE_BREAK.search(p.masked, opener.end(), subj.start):
        return None  # (not "…, while her rival, Sanders, has soared by saying": a clause of his own)
    if any(w.subject is not None and w.subject.start == subj.start for w in p.verbs if w.end <= v.start):
        return None  # "Comey cannot say that “…,” Lewandowski added, saying": the subject's own verb
    lead = leading_subject(p, v.sentence, opener.start())
    if lead is None or lead.text == subj.text:
        return None
    return lead


def clause_subject(p: Para, v) -> Subject | None:
    """Who a participle clause speaks for: the person the sentence starts
    with, else the subject of the sentence's first speech verb."""
    lead = leading_subject(p, v.sentence, v.start)
    if lead:
        return lead
    earlier = [w for w in p.verbs if w.sentence == v.sentence and w.end <= v.start and w.subject]
    return earlier[0].subject if earlier else None


# nouns of hearsay and record, which say things without anyone saying them ("reports saying")
_HEARSAY_BEFORE = re.compile(r"\b((?:[a-z-]+\s+)?(?:theories|theory|rumou?rs?|speculation|reports|claims|allegations|"
                             r"surveys|studies|data|figures|documents|records|estimates|headlines|stories))\s+$")


def hearsay_subject(p: Para, v) -> Subject | None:
    """'conspiracy theories suggesting he had been murdered', 'reports saying': an -ing verb
    right after a noun of hearsay or record describes that noun, which is its subject."""
    if not v.form.lower().endswith("ing"):
        return None
    base = p.sents[v.sentence][0] if p.sents else 0
    hearsay = _HEARSAY_BEFORE.search(p.masked[base : v.start])
    if hearsay is None:
        return None
    return Subject("np", base + hearsay.start(1), base + hearsay.end(1), hearsay.group(1))


def gerund_subject(p: Para, v: VerbHit) -> Subject | None:
    """Who does an -ing verb of speech when a name comes right before it ("footage of Trump
    saying", "with Obama adding") or before "of"/"for" ("accused Trump of suggesting")."""
    if not v.form.lower().endswith("ing"):
        return None
    m = re.search(r"(?:\s+(?:of|for))?\s+$", p.masked[max(0, v.start - 12) : v.start])
    if m is None:
        return None
    at = v.start - len(m.group())
    person = next((s for s in p.people if s.end == at and not s.possessive), None)
    if person is not None:
        return person_subject(person)
    # "…, with Audi suggesting that …": a name after ", with" is the -ing verb's subject, whatever it
    # names (not "filed a complaint with the Federal Election Commission alleging")
    base = p.sents[v.sentence][0] if p.sents else 0
    named = _WITH_NAME.search(p.masked[base : v.start])
    if named is None or "QQ" in named.group(1):  # (a quotation, masked, is no name)
        return None
    return Subject("np", base + named.start(1), base + named.end(1), named.group(1))


_WITH_NAME = re.compile(r"(?:^|,)\s*with\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+$")


# "… and insisted", "… and then added": a verb with no subject of its own after "and"
_AND_BEFORE = re.compile(r"\s(?:and|but)\s+(?:(?:then|also|later|\w+ly)\s+)?$")


def _tense(form: str) -> str | None:
    word = form.split()[0].lower() if form.split() else ""
    if word.endswith("ed") or word in ("said", "told", "wrote", "spoke", "thought", "sang", "pled"):
        return "past"
    if word.endswith("s") and not word.endswith("ss"):
        return "present"
    return None


# words that open a subordinate clause ("When Sanders announced …, Mook …")
_SUBORDINATING = {"when", "as", "after", "before", "while", "if", "because", "since", "although", "though", "once",
                  "until", "moment", "time", "day", "whenever", "where", "that", "who", "which"}


_TITLE_WORDS = ROLE_HEADS | {"the", "a", "an"}


def coordinated_verb(p: Para, v: VerbHit) -> VerbHit | None:
    """'Rajoy said Monday that he will “…” and insisted that …': a speech verb right after "and"
    shares the subject of the sentence's nearest earlier speech verb (not its that-clause's) when
    that verb's subject opens the sentence and the two verbs agree in tense ("she said he's
    “…” and says": "says" is his). That earlier verb, when there is one."""
    a = p.sents[v.sentence][0] if p.sents else 0
    if not _AND_BEFORE.search(p.masked[a : v.start]) or _tense(v.form) is None:
        return None
    earlier = [w for w in p.verbs if w.sentence == v.sentence and w.end <= v.start and w is not v]
    for w in reversed(earlier):
        if w.form.lower().endswith("ing"):
            continue
        if w.passive or _tense(w.form) != _tense(v.form):
            return None
        if w.subject is None and not w.needs_parse:
            return None
        if w.subject is not None and not w.inverted:
            lead = p.masked[a : w.subject.start].split()
            while lead and (lead[-1][:1].isupper() or lead[-1].lower() in _TITLE_WORDS):
                lead.pop()  # "Republican candidate (Lindsey Graham)"
            # "At the moment Sanders announced …, Mook was holding … and told": a subordinate clause's
            if lead and not lead[-1].endswith(",") and (len(lead) > 4 or any(
                    word.lower() in _SUBORDINATING or word.lower() in VERB_LEMMA for word in lead)):
                return None
        return w
    return None
