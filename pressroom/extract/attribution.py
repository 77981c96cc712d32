"""Who a speech verb's subject is, inside one paragraph.

Works on the *masked* paragraph (quotations replaced by 'Q's) so that words
inside a quotation are never taken for the attribution. Subjects are found
by rules first; the dependency parse is asked only when the rules find
nothing (see :mod:`pressroom.extract.pipeline`).
"""

from __future__ import annotations

import re

from .lexicon import (AUX_ADVERBS, CLAUSE_OPENERS, DETERMINERS, GROUP_PRONOUNS, MONTHS, PERSON_PRONOUNS,
                      ROLE_HEADS, VERB_LEMMA)
from .para import Para, PersonSpan, Subject, VerbHit, person_subject


_FUNCTION_WORDS = {"the", "a", "an", "and", "but", "or", "when", "while", "if", "as", "at", "of",
                   "to", "in", "on", "for", "with", "by", "from", "that", "which", "then", "so",
                   "because", "after", "before", "although", "though", "where", "how", "what",
                   "can", "could", "would", "will", "should", "be", "is", "was"} | DETERMINERS
# "we've", "you're", "he'd": the pronoun without its contracted verb
_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m|s)$")
_DAYS_AND_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} | MONTHS - {"may"}
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_LEAD_CONJ = re.compile(r"^(?:and|but|so|then|while|as|when|although|though|because|since|"
                        r"if|whereas|however|meanwhile|instead|also)\s+", re.I)
# words that start when and how something was said, after the speaker: "said Smith on Monday", "… by phone"
_WHEN_AND_HOW = "on|in|at|during|after|before|via|by|when|while|last|this|yesterday|today"
_PREP_START = re.compile(r"^(?:in|on|at|after|before|following|during|reacting|speaking|responding|"
                         r"asked|referring|according|with|without|for|from|to|by|under|over|despite|"
                         r"like|unlike|earlier|later|last|this|that|reached|contacted|writing|"
                         r"interviewed|addressing|quoting|citing|via|through|about|within|since)\b", re.I)


# "<noun> of/for" right before a name: the name is whose they are ("an attorney for John Doe")
_SOMEONE_OF = re.compile(r"\b[a-z][\w’'-]*\s+(?:of|for)\s+(?:the\s+)?$")


def _person_in(p: Para, a: int, b: int, allow_possessive=False) -> PersonSpan | None:
    inside = [s for s in p.people if a <= s.start and s.end <= b]
    # "an attorney for John Doe", "friends of Mike Ford": the name is whose they are, not who speaks
    inside = [s for s in inside if not _SOMEONE_OF.search(p.masked[a : s.start])]
    plain = [s for s in inside if not s.possessive]
    if len(inside) > 1 and plain and plain[-1] is not inside[0]:
        # "Clinton spokesman Josh Schwerin", "Trump's aide Jason Miller": a
        # role word between two names makes the second the one who speaks
        gap = p.masked[inside[0].end : plain[-1].start].lower().replace("’s", " ").replace("'s", " ").split()
        if any(w.strip(".,") in ROLE_HEADS for w in gap) and "and" not in gap and len(gap) <= 4:
            return plain[-1]
    if plain:
        return plain[0]
    if allow_possessive and inside:
        return inside[0]
    return None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
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
        if word in AUX_ADVERBS or (word.endswith("ly") and len(word) > 4) or word in ("not", "n’t", "on", "last", "this"):
            b = a + m.start()  # "The Justice Department on Tuesday said": the day, then its "on"
        else:
            break
    return a, b


def _pronoun_of(word: str) -> str | None:
    """The pronoun a subject's first word is, lower case: "he", "they", "who"; never an
    acronym ("WHO", the World Health Organization)."""
    low = _CONTRACTION.sub("", word.lower())
    if low not in PERSON_PRONOUNS and low not in GROUP_PRONOUNS:
        return None
    return None if len(word) > 2 and word.isupper() else low


def _classify(p: Para, a: int, b: int) -> Subject | None:
    a, b = _trim(p.masked, a, b)
    if b <= a:
        return None
    text = p.masked[a:b]
    if "Q" * 3 in text:
        return None
    person = _person_in(p, a, b)
    if person:
        return person_subject(person)
    pronoun = _pronoun_of(text.split()[0])
    if pronoun:
        return Subject("pronoun", a, a + len(text.split()[0]), pronoun)
    words = text.split()
    last = words[-1].lower()
    if len(words) <= 4 and last in ("he", "she", "they", "we", "i"):
        # "late Saturday he said", "in 2008 she said": the clause's subject comes last
        return Subject("pronoun", b - len(last), b, last)
    # past nine words only a phrase opened by a determiner ("A Feb. 1 letter from … obtained by …")
    # is still taken for a noun phrase; other long stretches are clauses or instructions
    if len(words) > (14 if words[0].lower() in DETERMINERS else 9) or any(w.lower() in VERB_LEMMA or w in _FINITE or w in ("not", "cannot") or w.endswith(("n’t", "n't"))
                             for w in words):
        return None  # a clause ("areas that do not support …", "the army could be deployed"), not a noun phrase
    if words[0][:1].islower() and words[0].lower() not in DETERMINERS and words[0].endswith("ed"):
        return None  # "issued a statement": a predicate, not a noun phrase
    counted = len(words) > 2 and words[-2].lower() == "of" and (words[-1].isdigit() or words[-1].lower() in _COUNTS)  # "mother of three"
    if (words[-1].lower() in _FUNCTION_WORDS and not counted) or words[0].lower() in _FUNCTION_WORDS - DETERMINERS:
        return None  # "but", "when", "Republicans the": not a noun phrase
    return Subject("np", a, b, text)


def subject_before(p: Para, lo: int, verb_start: int) -> Subject | None:
    """Subject written before the verb, between ``lo`` and the verb."""
    region = p.masked[lo:verb_start]
    relative = _relative_clause_subject(p, lo, region)
    if relative:
        return relative
    # a subordinate clause starts the subject's clause: "reported that X said"
    # (a few quoted words after a word -- "author of “Title”" -- are part of the phrase)
    cut = max((m.end() for m in re.finditer(
        r"\b(?:that|whether|who|which|because|although|though|while|when|if|unless)\b\s+|[;:]\s+|\s[—–]\s|"
        # "…, but officials said": a clause of its own, no apposition ("Bob Corker, chairman …, and a
        # frequent critic of the president, said" is one)
        r",\s+(?:but|yet)\s+(?=[a-z])|,\s+and\s+(?!(?:a|an|the)\b)(?=[a-z])|"
        r"(?<![A-Za-z] )(?<!Q)Q+[.,]?\s+", region)), default=0)
    lo += cut
    region = p.masked[lo:verb_start]
    segs = _comma_segments(lo, region)
    for k in range(len(segs) - 1, -1, -1):
        a, b = segs[k]
        a2, b2 = _trim(p.masked, a, b)
        text = p.masked[a2:b2]
        if not text.strip():
            continue
        words = text.split()
        low0 = _CONTRACTION.sub("", words[0].lower())
        if k > 0 and (low0 in DETERMINERS or words[0][0].islower()):
            # "Flynn, a top Trump surrogate, said": a name inside an
            # apposition only describes the name the clause starts with
            lead = _leading_person(p, segs[:k])
            if lead:
                return person_subject(lead)
            if k == 1 and low0 in DETERMINERS and _names_organisation(p, *_trim(p.masked, *segs[0])):
                # "The People's Daily, the mouthpiece of the Communist party, warned"
                return _classify(p, *segs[0])
        person = _person_in(p, a2, b2)
        if person:
            return person_subject(person)
        pronoun = _pronoun_of(words[0])
        if pronoun:
            return Subject("pronoun", a2, a2 + len(words[0]), pronoun)
        if k > 0 and (low0 in DETERMINERS or words[0][0].islower()) and \
                any(w.lower().strip(".") in ROLE_HEADS for w in words[:5]) and _name_like_before(p, segs[0]):
            continue  # an apposition: the name is further left
        if all(w.lower() in AUX_ADVERBS or (w.endswith("ly") and w.islower()) for w in words) \
                or (k > 0 and _PREP_START.match(text) and len(words) < 6):  # "…, and falsely, said"
            continue
        if k > 0 and (words[0][0].islower() or low0 in DETERMINERS or not _has_verb(words)):
            # "Tom Malinowski, assistant secretary of state for human rights,
            # democracy and labor, said": an apposition chain after a name
            lead = _leading_person(p, segs[:k])
            if lead:
                return person_subject(lead)
        if k == 0 and _PREP_START.match(text):
            return None
        return _classify(p, a2, b2)
    return None


def lead_in(p: Para, k: int, start: int) -> list[str]:
    """The words of sentence ``k`` before offset ``start``, less the titles
    right before it ("President", "Sen.", "Senate Minority Leader")."""
    words = p.masked[p.sents[k][0] if p.sents else 0 : start].split()
    while words and words[-1][:1].isupper():
        words.pop()
    return words


def leading_subject(p: Para, k: int, before: int) -> Subject | None:
    """The person sentence ``k`` starts with (within its first few words,
    outside quotations), if that person comes before offset ``before``."""
    a = p.sents[k][0] if p.sents else 0
    for ps in p.people:
        if a <= ps.start < before and not ps.possessive and p.masked[ps.start] != "Q":
            words = lead_in(p, k, ps.start)
            if len(words) <= 3 or (words[-1].endswith(",") and len(words) <= 20):
                # "Sanders said…" / "At Sunday night's debate, Sanders …"
                return person_subject(ps)
            if "," not in p.masked[ps.end : before]:
                return None
            # a name inside an introductory phrase ("With leaders worried
            # about Clinton, Obama …"): the subject comes after the comma
    return None


def embedded_title(p: Para, span) -> bool:
    """A few quoted words inside a phrase ("author of ''America's Unwritten
    Constitution,''", "wearing “Ted Cruz” pins"): part of the subject, not
    a quotation the verb attributes."""
    before = p.masked[: span.open_at]
    return len(p.text[span.start : span.end].split()) <= 5 and re.search(r"[A-Za-z]\s+$", before) is not None


# the comma that ends a relative clause, then adverbs up to the verb ("…, then loudly asked")
_BEFORE_VERB = r",\s*(?:(?:then|also|later|\w+ly)\s+)*$"


def _relative_clause_subject(p: Para, lo: int, region: str) -> Subject | None:
    """The subject of a clause whose name is followed by a relative clause
    set off by commas (the relative clause is not where the subject is)."""
    # "Christie, who has campaigned for Trump since May, blasted …": a
    # relative clause set off by commas belongs to the name before it
    rel = re.search(r"^(.*?),\s+(?:who|whose)\b[^,]*(?:,[^,]*)?" + _BEFORE_VERB, region)
    if rel:
        named = [s for s in p.people if not s.possessive and lo <= s.start and abs(s.end - (lo + len(rel.group(1)))) <= 1]
        if named:
            return person_subject(named[-1])
    # "James Lewis, a former expert who now studies …, said" / "Harry Bond, 30,
    # of Raleigh, who was polled, said": appositions and a relative clause
    # after the name that leads the clause
    rel = re.search(r"^(.*?),\s+(?:[^,]*?\s)?(?:who|whose|which)\b.*" + _BEFORE_VERB, region)
    if rel:
        head = lo + len(rel.group(1))
        segs = _comma_segments(lo, p.masked[lo:head])
        lead = _leading_person(p, segs[:1])
        if lead and all(not _has_verb(p.masked[a:b].split()) for a, b in segs):
            return person_subject(lead)
        if len(segs) == 1 and not _person_in(p, lo, head, allow_possessive=True):
            # "an intelligence source, who was not authorized …, told", "WeWork, which faces …, confirmed"
            np = _classify(p, lo, head)
            if np is not None:
                return np
    # "…, Patti LaBelle and Stevie Wonder, who joked": the name before the relative pronoun
    who = re.search(r",\s+who\s+(?:\w+ly\s+)?$", region)
    if who:
        named = [s for s in p.people if not s.possessive and lo <= s.start and 0 <= lo + who.start() - s.end <= 1]
        if named:
            return person_subject(named[-1])
    return None


def _comma_segments(lo: int, text: str) -> list[tuple[int, int]]:
    """(start, end) of each comma-separated part of ``text``, which starts at offset ``lo``."""
    segs, pos = [], lo
    for part in text.split(","):
        segs.append((pos, pos + len(part)))
        pos += len(part) + 1
    return segs


def _has_verb(words) -> bool:
    return any(w.lower() in VERB_LEMMA or w.lower() in ("is", "was", "are", "were", "has", "had", "have")
               for w in words)


def _name_like_before(p: Para, seg) -> bool:
    """The clause opens with a capitalised word that is not a function word:
    a name an apposition could describe (not "when pressed on …, the mother …")."""
    words = p.masked[seg[0] : seg[1]].split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in DETERMINERS | CLAUSE_OPENERS


def _names_organisation(p: Para, a: int, b: int) -> bool:
    """The text between ``a`` and ``b`` is an organisation's name (an
    entity covering it but for a leading article)."""
    return b - a > 2 and any(p.masked[a:oa].strip().lower() in ("", "the") and b - 1 <= ob <= b + 1
                             for oa, ob, _ in p.orgs if a <= oa)


def _leading_person(p: Para, segs) -> PersonSpan | None:
    """The person a clause starts with (after role words), if any."""
    for a, b in reversed(segs):
        a0, b0 = _trim(p.masked, a, b)
        lead = _person_in(p, a0, b0)
        if lead and all(w[:1].isupper() or w.lower() in ROLE_HEADS or w.lower() in ("of", "the")
                        for w in p.masked[a0:lead.start].split()):
            return lead
    return None


def subject_after(p: Para, verb_end: int) -> Subject | None:
    """Inverted subject: '…,” said Mikyung Ryu, international director'."""
    rest = p.masked[verb_end:]
    # abbreviations ("Mr.", "Rep.", "G.K.") do not end the subject; a masked
    # quotation (a run of Q) does, the Q of "Quentin" does not
    m = re.match(r"\s*((?:\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Rev|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|[A-Z])\.\s*|[^,.;:!?Q—–(]|Q(?![Q.,]))*)", rest)
    if not m:
        return None
    a, b = verb_end + m.start(1), verb_end + m.end(1)
    # drop a trailing time expression ("said Smith on Monday")
    sub = re.search(rf"\s+(?:{_WHEN_AND_HOW}|to|in an?|who|which|that|as)\b", p.masked[a:b])
    if sub:
        b = a + sub.start()  # "said Smith on Monday", "said a data expert who has worked for …"
    named = _named_in_apposition(p, b)
    head = p.masked[a:b].split()[-1].lower().strip(".,") if p.masked[a:b].split() else ""
    if named and not _person_in(p, a, b) and (head in ROLE_HEADS or head in _RELATIVES):
        return person_subject(named)  # "said the bureau's director, James B. Comey, on Monday"
    return _classify(p, a, b)


# who a name in apposition may be: "his aunt, Jane Starner," ("According to police, John Smith, 34," is not)
_RELATIVES = {"aunt", "uncle", "mother", "father", "brother", "sister", "son", "daughter", "wife", "husband",
              "friend", "cousin", "grandmother", "grandfather", "niece", "nephew", "partner", "neighbor", "neighbour"}


def _named_in_apposition(p: Para, end: int) -> PersonSpan | None:
    """The person named right after ``end`` between commas: ", James B. Comey,"."""
    m = re.match(r",\s*", p.masked[end:])
    if not m:
        return None
    start = end + m.end()
    return next((s for s in p.people if s.start == start and not s.possessive
                 and re.match(r"\s*(?:[,.;]|$)", p.masked[s.end :])), None)


# auxiliaries and copulas: a clause has one, a noun phrase has none
_FINITE = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
           "might", "must", "should", "do", "does", "did", "’s", "'s"}


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
            or not any(w.strip(",.;") in _FINITE for w in words) or re.search(r",\s+(?:who|whose|which)\b", before) \
            or re.search(r"\b(?:has|have|had|is|was)\s+\w+ly,", before):  # "Trump has repeatedly, and falsely, said"
        return None
    if VERB_LEMMA.get(v.form.lower(), v.form.lower()) in _OBJECT_FIRST:
        return None  # "…, told Fox News": who was told, not who spoke
    subj = subject_after(p, v.end)
    if subj is None or subj.kind == "pronoun" or any(w.lower() in _FINITE for w in subj.text.split()):
        return None
    if subj.kind == "np" and subj.text.split()[0].lower() not in DETERMINERS and not subj.text[:1].isupper():
        return None
    # only an apposition may follow the name: "…, said Smith, who …" or "said the city would" is not this
    tail = p.masked[subj.end : b]
    if _ADVERBIAL.match(tail):
        # "…, said Marcelo Claure in an email to staff that …" (not "… said the results in Georgia were …")
        before_relative = re.split(r"\b(?:that|which|who)\b", tail)[0]
        return None if any(w.strip(",.;") in _FINITE for w in before_relative.split()) else subj
    if not re.fullmatch(r"\s*(?:,[^;:]*)?[.!?]?[\s”\"’']*", tail) or _has_verb(tail.split()) \
            or re.search(r"\b(?:who|which|that)\b", tail):
        return None
    return subj
