"""What the words before a speech verb are: a person, a pronoun, a noun
phrase ("the company's spokesman"), or no subject at all (a clause, a
predicate, a preposition's phrase).

Works on the *masked* paragraph, like :mod:`pressroom.extract.attribution`,
which uses these tests to pick the subject out of a sentence.
"""

from __future__ import annotations

import re

from .lexicon import (AUX_ADVERBS, DETERMINERS, GROUP_PRONOUNS, MONTHS, PEOPLE_NOUNS, PERSON_PRONOUNS, QUALIFIED_HEADS,
                      ROLE_HEADS, VERB_LEMMA, WEEKDAYS)
from .nlp import parse_sentences
from .para import Para, PersonSpan, Subject, person_subject


FUNCTION_WORDS = {"the", "a", "an", "and", "but", "or", "when", "while", "if", "as", "at", "of",
                  "to", "in", "on", "for", "with", "by", "from", "that", "which", "then", "so",
                  "because", "after", "before", "although", "though", "where", "how", "what",
                  "can", "could", "would", "will", "should", "be", "is", "was"} | DETERMINERS
# "we've", "you're", "he'd": the pronoun without its contracted verb
CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m|s)$")
# auxiliaries and copulas: a clause has one, a noun phrase has none
FINITE = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
          "might", "must", "should", "do", "does", "did", "’s", "'s"}
_DAYS_AND_MONTHS = set(WEEKDAYS) | MONTHS - {"may"}
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_LEAD_CONJ = re.compile(r"^(?:and|but|so|then|while|as|when|although|though|because|since|"
                        r"if|whereas|however|meanwhile|instead|also|even)\s+", re.I)
PREP_START = re.compile(r"^(?!at\s+(?:least|most)\b)(?:in|on|at|after|before|following|during|reacting|speaking|responding|"
                        r"asked|referring|according|with|without|for|from|to|by|under|over|despite|"
                        r"like|unlike|earlier|later|last|this|that|reached|contacted|writing|"
                        r"interviewed|addressing|quoting|citing|via|through|about|within|since)\b"
                        # a place: "Outside court, the entertainer, …", "amid the chaos" (not "Inside Climate News",
                        # "Beyond Meat", "outside experts")
                        r"|^(?-i:Outside|Inside|Beyond|Behind|Near|Across|Amid|Among|Against|Towards?)\s+(?-i:[a-z])"
                        r"|^(?:outside|inside|beyond|behind|near|across|amid|among|against|towards?)\s+"
                        r"(?:the|a|an|his|her|their|its)\b", re.I)


# "<noun> of/for" right before a name: the name is whose they are ("an attorney for John Doe")
_SOMEONE_OF = re.compile(r"\b(?:[a-z][\w’'-]*\s+(?:of|for)|(?i:aides?|advis[eo]rs?|spokes\w+|assistants?|close)\s+to)"
                         r"\s+(?:the\s+)?(?:(?:Gov|Sen|Rep|Mr|Mrs|Ms|Dr|Gen|President|Senator|Governor)\.?\s+)?$")


def _qualifies_head(words: list[str]) -> bool:
    """Lower-case words after a name that make it a modifier of their head noun:
    "(a senior Cruz) adviser", "(one Trump) campaign source", "(the Clinton) campaign"."""
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z][a-z’'-]*", w) and w not in FUNCTION_WORDS
                                           and w not in VERB_LEMMA and not w.endswith("ed") for w in words):
        return False  # not "Trump issued a statement", "Sanders and his supporters"
    head = words[-1]
    return any(w in QUALIFIED_HEADS for w in (head, head[:-1] if head.endswith("s") else head))


def person_in(p: Para, a: int, b: int, allow_possessive=False) -> PersonSpan | None:
    """The person between ``a`` and ``b`` who would be the subject: not one who only says whose
    someone is ("an attorney for John Doe") or what kind ("a senior Cruz adviser")."""
    inside = [s for s in p.people if a <= s.start and s.end <= b]
    # "an attorney for John Doe", "friends of Mike Ford": the name is whose they are, not who speaks
    inside = [s for s in inside if not _SOMEONE_OF.search(p.masked[a : s.start])]
    # "a senior Cruz adviser", "Trump supporters": the name only qualifies who speaks
    inside = [s for s in inside if not _qualifies_head(p.masked[s.end : b].split())]
    plain = [s for s in inside if not s.possessive]
    if len(inside) > 1 and plain and plain[-1] is not inside[0]:
        # "Clinton spokesman Josh Schwerin", "Trump's aide Jason Miller", "Clinton ally James
        # Carville": a role word between two names makes the second the one who speaks
        gap = p.masked[inside[0].end : plain[-1].start].lower().replace("’s", " ").replace("'s", " ").split()
        if (any(w.strip(".,") in ROLE_HEADS for w in gap) or _qualifies_head(gap)) and "and" not in gap \
                and len(gap) <= 4:
            return plain[-1]
    if plain:
        return plain[0]
    if allow_possessive and inside:
        return inside[0]
    return None


# nouns that end like adverbs: "his family said", "the Assembly said", "a close ally said"
_NOUNS_IN_LY = {"family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "bully", "belly", "folly",
                "homily", "lily", "jelly", "reply", "july"}


def adverb_in_ly(word: str) -> bool:
    """A word in -ly taken for an adverb ("quickly", "reportedly", "only"), not a noun ("family").
    (Four letters count: "only", "duly"; the two callers that once took any length and the one that
    took five or more now agree.)"""
    return word.endswith("ly") and len(word) > 3 and word.lower().strip(".,") not in _NOUNS_IN_LY


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Strip spaces, leading conjunctions and trailing auxiliaries/adverbs."""
    while a < b and text[a] in " ,;:—–-":
        a += 1
    while b > a and text[b - 1] in " ,;:—–-":
        b -= 1
    m = _LEAD_CONJ.match(text[a:b])
    if m:
        a += m.end()
    while True:
        m = re.search(r"\s*\b([\w’']+)$", text[a:b])
        if not m or m.start() == 0:
            break
        word = m.group(1).lower()
        if m.group(1)[:1].isupper() and word not in _DAYS_AND_MONTHS:
            break  # "Mary E. Lovely", "Theresa May": a name, not an adverb or auxiliary
        if word in AUX_ADVERBS or adverb_in_ly(word) or word in ("not", "n’t", "on", "last", "this"):
            b = a + m.start()  # "The Justice Department on Tuesday said": the day, then its "on"
        else:
            break
    return a, b


def pronoun_of(words: list[str]) -> str | None:
    """The pronoun a subject's first word is, lower case: "he", "they", "who"; never an
    acronym ("WHO", the World Health Organization), nor "her" before people ("her parents")."""
    word = words[0]
    low = CONTRACTION.sub("", word.lower())
    head = words[-1].lower()
    if low == "her" and len(words) > 1 and (head in PEOPLE_NOUNS or head.removesuffix("s") in PEOPLE_NOUNS):
        return None  # (but "her statement said", "her account": hers)
    if low not in PERSON_PRONOUNS and low not in GROUP_PRONOUNS:
        return None
    return None if len(word) > 2 and word.isupper() else low


_SUBJECT_PRONOUNS = ("he", "she", "they", "we", "i")
# "Obama and he said": a name and the pronoun are one subject
_JOINED_PRONOUN = re.compile(r"[A-Z][\w.’'-]*\s+(?:and|or)\s+\w+$")


def closes_on_pronoun(words: list[str], text: str) -> bool:
    """The phrase before the verb ends on its own subject pronoun: "late Saturday he", "He is backing
    Clinton -- not me -- and he" (not "Obama and he", one subject of two)."""
    return len(words) > 1 and words[-1].lower() in _SUBJECT_PRONOUNS and not _JOINED_PRONOUN.search(text)


def person_or_pronoun(p: Para, a: int, b: int, words: list[str]) -> Subject | None:
    """The person named between ``a`` and ``b`` who would be the subject, or the pronoun ``words``
    (the words from ``a``) open with."""
    person = person_in(p, a, b)
    if person:
        return person_subject(person)
    pronoun = pronoun_of(words)
    return Subject("pronoun", a, a + len(words[0]), pronoun) if pronoun else None


def classify(p: Para, a: int, b: int) -> Subject | None:
    """The subject the words between ``a`` and ``b`` make: a person, a pronoun or a noun phrase;
    None for a clause, a predicate or a stray function word."""
    a, b = trim(p.masked, a, b)
    if b <= a:
        return None
    text = p.masked[a:b]
    # a noun ("meddling", "something") right before "the/a": the subject of a relative clause without "that"
    zero_relative = re.match(r"([a-z][\w’'-]*(?:ing|thing))\s+(?=(?:the|a|an)\s)", text)
    if zero_relative and not PREP_START.match(text) and zero_relative.group(1) not in VERB_LEMMA \
            and not re.search(r"\sto\s", text):  # not "allowing the president to campaign"
        # "-- meddling the California congressman said is designed to …": the noun the clause hangs on
        a += zero_relative.end()
        text = p.masked[a:b]
    words = text.split()
    last = words[-1].lower()
    ends_on_pronoun = last in _SUBJECT_PRONOUNS
    if ends_on_pronoun and ("Q" * 3 in text or closes_on_pronoun(words, text)):
        # "late Saturday he said", "A few days ago in an interview with RT he blasted", "He is backing
        # Hillary Clinton -- not me -- and he says", "The summit accomplished “too little,” he added":
        # the pronoun right before the verb is its subject (no noun phrase ends on "he")
        return Subject("pronoun", b - len(last), b, last)
    if "Q" * 3 in text and not _TITLE_INSIDE.fullmatch(text):
        return None
    named = person_or_pronoun(p, a, b, words)
    if named:
        return named
    if ends_on_pronoun:
        return Subject("pronoun", b - len(last), b, last)  # "the aides and he"
    # past nine words only a phrase opened by a determiner ("A Feb. 1 letter from … obtained by …")
    # is still taken for a noun phrase; other long stretches are clauses or instructions
    if len(words) > (14 if words[0].lower() in DETERMINERS else 9) or any(w.lower() in VERB_LEMMA or w in FINITE or w in ("not", "cannot") or w.endswith(("n’t", "n't"))
                             for w in words):
        return None  # a clause ("areas that do not support …", "the army could be deployed"), not a noun phrase
    if words[0][:1].islower() and words[0].lower() not in DETERMINERS and words[0].endswith("ed"):
        return None  # "issued a statement": a predicate, not a noun phrase
    if words[0][:1].islower() and words[0].endswith("ing") and len(words) > 1 and words[1].lower() in DETERMINERS:
        return None  # "allowing the president to campaign (on maintaining …)": a participle and its object
    acted = _ACTED.search(text)
    if acted and re.search(r"\b(?:who|that|which|whom)\s*$", text[: acted.start()]):
        acted = None  # "Officials who declined to be named": the verb is the relative clause's
    if acted:
        # "the Security Council issued a statement (calling …)", "Both parents stiffened their
        # denunciation of … (, saying)", "Republicans seized on the message (, arguing)": a verb with
        # its object; its subject is who speaks
        before = text[: acted.start()].split()
        if all(w.islower() and (adverb_in_ly(w) or w in AUX_ADVERBS) for w in before):
            return None  # "(who) allegedly assaulted a reporter": no subject left
        return classify(p, a, a + acted.start())
    counted = len(words) > 2 and words[-2].lower() == "of" and (words[-1].isdigit() or words[-1].lower() in _COUNTS)  # "mother of three"
    if (words[-1].lower() in FUNCTION_WORDS and not counted) or words[0].lower() in FUNCTION_WORDS - DETERMINERS:
        return None  # "but", "when", "Republicans the": not a noun phrase
    return Subject("np", a, b, p.text[a:b] if "Q" in text else text)  # "the “Pose” actor"


# a verb with its object after the subject: "issued a statement", "took a heckler in stride",
# "began by talking", "declined to provide" (not "officials involved in the talks")
_ACTED = re.compile(
    r"\s(?!(?:briefed|based|involved|focused|stationed|allied|aligned|opposed)\s)"
    r"(?:[a-z]+ed|began|took|put|made|gave|sought|went|came|got|held|kept|left|met|sent|spent|brought|struck|"
    r"spoke|chose|broke|threw|drew|won|lost|paid)\s+"
    r"(?:(?:(?:on|upon|into|at|with|over|against|out)\s+)?"
    r"(?:the|a|an|their|his|her|its|our|my|your|this|these|those)\b|by\s+[a-z]+ing\b|to\s+(?!the\b|a\b|an\b)[a-z]+\b)")
# a name in quotation marks inside a noun phrase: "the “Pose” actor", "the “Dancing” judges"
_TITLE_INSIDE = re.compile(r"(?:the|a|an|this|that)\s+Q{3,}\s+[a-z][\w-]*")



def has_verb(words) -> bool:
    """Some word is a speech verb, a copula or an auxiliary: a clause, not a noun phrase."""
    return any(w.lower() in VERB_LEMMA or w.lower() in ("is", "was", "are", "were", "has", "had", "have")
               for w in words)


def subjects_from_parse(nlp, need) -> None:
    """Subjects of speech verbs the rules could not place, from a dependency
    parse of just those sentences: ``need`` holds (paragraph, verb) pairs, and
    each verb whose parse gives a subject gets it in ``verb.subject``."""
    if not need:
        return
    sentences = []
    for p, v in need:
        a, b = p.sents[v.sentence]
        sentences.append((p, v, a, p.masked[a:b]))
    docs = parse_sentences(nlp, [s for *_, s in sentences])
    for (p, v, a, _), doc in zip(sentences, docs):
        tok = next((t for t in doc if a + t.idx == v.start), None)
        if tok is None:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        head = tok
        for _ in range(3):
            # "appeared to assert his plans by saying": up the clauses the
            # verb hangs on, to the first one with a subject
            if subj is not None or head.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "prep"):
                break
            head = head.head
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        left, right = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        v.subject = classify(p, a + left, a + right)
