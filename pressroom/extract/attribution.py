"""Who a speech verb's subject is, inside one paragraph.

Works on the *masked* paragraph (quotations replaced by 'Q's) so that words
inside a quotation are never taken for the attribution. Subjects are found
by rules first; the dependency parse is asked only when the rules find
nothing (see :mod:`pressroom.extract.pipeline`).
"""

from __future__ import annotations

import re

from .lexicon import AUX_ADVERBS, CLAUSE_OPENERS, DETERMINERS, DOCUMENT_PARTICIPLES, ROLE_HEADS, VERB_LEMMA, WHEN_PHRASE
from .para import Para, PersonSpan, Subject, person_subject
from .subject_phrase import (CONTRACTION, FINITE, FUNCTION_WORDS, PREP_START, adverb_in_ly, classify, closes_on_pronoun, has_verb,
                             person_in, person_or_pronoun, trim)


# "as" opening a clause whose subject is a noun phrase up to the verb
# (not "as a deterrence to what it called": the phrase has a clause of its own)
_AS_CLAUSE = re.compile(r"\bas\s+(?=(?:the|a|an|one|some|many|most|more|few|he|she|they|we|it|\d|[A-Z])"
                        r"(?:(?!\b(?:what|which|who|whom|that|to|for|with|into|from|by|and|or|but)\b)[^,;:Q]){0,60}"
                        r"(?<![’']s)(?<![’']s\s)$)")

# "asked about …", "reached by phone", "led by …": a past participle with its phrase (not "uncapped Sharks
# loose forward …", "retired Lt. …": an adjective before a name)
_PAST_PARTICIPLE_PHRASE = re.compile(r"(?!(?:" + "|".join(DOCUMENT_PARTICIPLES) + r")\b)"  # a document's: "filed by …"
                                     r"(?:[a-z]+ed|told|known|shown|given|seen|held)\s+"
                                     r"(?:by|about|on|for|in|at|with|from|after|over|whether|if)\b"
                                     # (not "identified by police as Joseph Kamau": it names who)
                                     r"(?![^,]*\bas\s+(?:[\w-]+\s+){0,2}[A-Z])")
_ACCOMPANIED = re.compile(r"(?:(?:along|together)\s+with|alongside|as\s+well\s+as|joined\s+by|accompanied\s+by)\b",
                          re.I)


def subject_before(p: Para, lo: int, verb_start: int) -> Subject | None:
    """Subject written before the verb, between ``lo`` and the verb."""
    region = p.masked[lo:verb_start]
    participle = re.match(r"\w+ing\b", p.masked[verb_start:]) is not None
    relative = _relative_clause_subject(p, lo, region)
    if relative:
        return relative
    restrictive = _RESTRICTIVE_WHO.fullmatch(region)
    if restrictive and restrictive["np"].split()[0].lower() not in CLAUSE_OPENERS \
            and not has_verb(restrictive["np"].split()) and not person_in(p, lo, lo + restrictive.end("np")):
        # "A woman who lives near the crash site told", "People who know him said": the noun speaks,
        # and the clause says which one (not the clause alone: "know him")
        noun = classify(p, lo + restrictive.start("np"), lo + restrictive.end("np"))
        if noun is None or noun.kind != "np":
            return noun
        a, b = trim(p.masked, noun.start, lo + restrictive.end())
        return Subject("np", a, b, p.text[a:b])
    # a subordinate clause starts the subject's clause: "reported that X said"
    # (a few quoted words after a word -- "author of “Title”" -- are part of the phrase)
    cut = max((m.end() for m in re.finditer(
        r"\b(?:that|whether|who|whom|which|because|although|though|while|when|if|unless)\b\s+|"
        # "prompting what one resident called": the subject after "what" (a pronoun there is left to the
        # clause: "held up a stack of what she said were …"; see _what_clause_ends for "Smith, asked what
        # the plan was, said")
        r"\bwhat\s+(?!(?:he|she|they|it|we|i|you)\b)|"
        r"[;:]\s+|\s[—–]\s|"
        # a dateline: "WASHINGTON -- President Obama, dedicating …, said"
        r"^\s*(?:[A-Z]{2,}[.,]?\s+){0,3}[A-Z]{2,}[.,]?\s+(?:-{1,2}|[—–])\s+|"
        # "…, but officials said": a clause of its own, no apposition ("Bob Corker, chairman …, and a
        # frequent critic of the president, said" is one)
        r",\s+(?:but|yet)\s+(?=[a-z])|,\s+and\s+(?!(?:a|an|the)\b)(?=[a-z])|"
        r"(?<![A-Za-z] )(?<!Q)Q+[.,]?\s+", region)
        if not _continues_apposition(region, m) and not _what_clause_ends(region, m)), default=0)
    as_clause = _AS_CLAUSE.search(region)
    if as_clause and not participle:
        # "… a “lawful source of income,” as a Homeland Security memo put it", "Cruz said as the
        # heckler yelled": the verb is the as-clause's own (not "… listed as one of the congressman's")
        cut = max(cut, as_clause.end())
    lo += cut
    region = p.masked[lo:verb_start]
    segs = _comma_segments(lo, region)
    for k in range(len(segs) - 1, -1, -1):
        a, b = segs[k]
        a2, b2 = trim(p.masked, a, b)
        text = p.masked[a2:b2]
        if not text.strip():
            continue
        words = text.split()
        if k > 0 and (re.fullmatch(r"\d{1,3}", text) and p.masked[a2 - 1 : a2].isspace() or re.match(r"(?:who|which)\s", text)):
            continue  # "Shopper Derek Ames, 67, said", "Marco, who works in the shop, said": an age, a relative clause
        if k > 0 and _ACCOMPANIED.match(text):
            continue  # "Senior Democrats, along with top congressional leaders …, wrote": who else, not who
        if k > 0 and (re.match(r"[a-z]+(?<!thing)ing\s", text) and (k < len(segs) - 1 or participle)
                      or _PAST_PARTICIPLE_PHRASE.match(text) and k < len(segs) - 1):
            # "Tom Reyes, also touring the flooded towns, said", "protesters gathered, holding signs and
            # chanting", "after Mr. Trump, asked about …, had said": a participle phrase describes who,
            # further left (not "…, liberating banks to form what they called": the phrase has a subject
            # of its own)
            continue
        low0 = CONTRACTION.sub("", words[0].lower())
        possessive_led = words[0].endswith(("’s", "'s")) and not has_verb(words)
        if k > 0 and (low0 in DETERMINERS or words[0][0].islower() or possessive_led):
            # "Flynn, a top Trump surrogate, said", "Flynn, Trump's top surrogate, said": a name
            # inside an apposition only describes the name the clause starts with
            lead = _leading_person(p, segs[:k])
            if lead:
                return person_subject(lead)
            named = trim(p.masked, *segs[k - 1])
            if (low0 in DETERMINERS or possessive_led) and _names_organisation(p, *named) and (
                    k == 1 or p.masked[named[0] : named[1]].startswith("the ")) \
                    and not any(person_in(p, *seg) for seg in segs[: k - 1]):
                # "(On Monday,) the People's Daily, the mouthpiece of the Communist party, warned",
                # "Even China, Pyongyang's only ally, said"
                return classify(p, *segs[k - 1])
        if closes_on_pronoun(words, text):
            return classify(p, a2, b2)  # before any name in the phrase: "backing Clinton … and he says"
        named = person_or_pronoun(p, a2, b2, words)
        if named:
            return named
        if k > 0 and (low0 in DETERMINERS or words[0][0].islower()) and \
                any(w.lower().strip(".") in ROLE_HEADS for w in words[:5]) and _name_like_before(p, segs[0]):
            continue  # an apposition: the name is further left
        if all(w.lower() in AUX_ADVERBS or (adverb_in_ly(w) and w.islower()) for w in words) \
                or (k > 0 and PREP_START.match(text) and len(words) < 6):  # "…, and falsely, said"
            continue
        if k > 0 and (words[0][0].islower() or low0 in DETERMINERS or not has_verb(words)):
            # "Tom Malinowski, assistant secretary of state for human rights,
            # democracy and labor, said": an apposition chain after a name
            lead = _leading_person(p, segs[:k])
            if lead and (participle or not any(
                    w in FINITE for a, b in segs[:k] if b > lead.start for w in p.masked[max(a, lead.end) : b].split())):
                return person_subject(lead)  # (not "Al Ashry and Mosad were returning …, their school, …, confirmed")
        if k == 0 and PREP_START.match(text):
            return None
        return classify(p, a2, b2)
    return None


# a noun phrase, "who" and its clause, without a comma, up to the verb: a restrictive relative clause
_RESTRICTIVE_WHO = re.compile(r"\s*(?P<np>(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+who\s+[^,;:Q]*")


def _what_clause_ends(region: str, m: re.Match) -> bool:
    """A "what" clause with its own verb, closed by a comma before the subject's verb: "Smith, asked what
    the plan was, said" (not "in what Lt Col Tajul Islam, director of …, called")."""
    if not m.group().startswith("what"):
        return False
    clause = region[m.end() :].split(",")
    words = clause[0].split()
    return len(clause) > 1 and (has_verb(words) or any(re.fullmatch(r"[a-z]+ed", w) or w in _PAST_FORMS for w in words))


# past forms that do not end in -ed: "unsure what Washington wanted", "explaining what the rules meant"
_PAST_FORMS = frozenset("meant thought knew saw made did got took gave went came felt kept left told said found "
                        "wanted".split())


def _continues_apposition(region: str, m: re.Match) -> bool:
    """", and co-author of the study," after a name's apposition: one more title for the name,
    not a clause of its own."""
    if not m.group().startswith(",") or "and" not in m.group():
        return False
    # (a title set off by commas up to the verb: not "…, and author groups agreed")
    title = re.fullmatch(r"([\w-]+)\s+(?:of|at|for|with|in|to)\b[^,]*,\s*", region[m.end() :])
    return title is not None and title.group(1).lower().rsplit("-", 1)[-1] in ROLE_HEADS


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
        # (or the one name among the appositions: "Her son, Marco, 34, who works …, said")
        named = [s for s in p.people if not s.possessive and any(trim(p.masked, a, b) == (s.start, s.end) for a, b in segs)]
        described = re.fullmatch(r"(?i:his|her|their|my|our|the|a|an)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+",
                                 p.masked[slice(*trim(p.masked, *segs[0]))]) is not None
        # ("In Klang, M. Saraswathy, 55, who runs a stall, said": a phrase of place or time before the name)
        opened = named and all(PREP_START.match(p.masked[slice(*trim(p.masked, a, b))])
                               for a, b in segs if b <= named[0].start)
        lead = _leading_person(p, segs[:1]) or (named[0] if len(named) == 1 and (described or opened) else None)
        if lead and all(not has_verb(p.masked[a:b].split()) for a, b in segs):
            return person_subject(lead)
        if not person_in(p, lo, head, allow_possessive=True) and (
                len(segs) == 1 or all(not has_verb(p.masked[a:b].split()) for a, b in segs)):
            # "an intelligence source, who was not authorized …, told", "WeWork, which faces …, confirmed",
            # "The Welsh actor, 38, who plays …, told"
            # (the first phrase that is not where or when: "Outside court, the entertainer, whose …, told")
            first = next((sg for sg in segs if not PREP_START.match(p.masked[slice(*trim(p.masked, *sg))])), segs[0])
            np = classify(p, lo, head) if len(segs) == 1 else classify(p, *trim(p.masked, *first))
            if np is not None:
                return np
    # "…, Patti LaBelle and Stevie Wonder, who joked": the name before the relative pronoun
    who = re.search(r",\s+who\s+(?:\w+ly\s+)?$", region)
    if who:
        named = [s for s in p.people if not s.possessive and lo <= s.start and 0 <= lo + who.start() - s.end <= 1]
        if named:
            return person_subject(named[-1])
    # "backed Bernie Sanders who said", "turned to the Chicago Police Department which reported": a
    # relative clause without commas speaks for the name right before it
    rel = re.search(r"\s+(?:who|which)\s+(?:\w+ly\s+)?$", region)
    if rel:
        at = lo + rel.start()
        named = [s for s in p.people if not s.possessive and lo <= s.start and s.end == at]
        if named:
            return person_subject(named[-1])
        org = [(a, b) for a, b, name in p.orgs if lo <= a and b == at and re.sub(r"^the\s+", "", name)[:1].isupper()]
        if org and rel.group().split()[0] == "which":
            return Subject("np", org[-1][0], org[-1][1], p.masked[org[-1][0] : org[-1][1]])
    return None


def _comma_segments(lo: int, text: str) -> list[tuple[int, int]]:
    """(start, end) of each comma-separated part of ``text``, which starts at offset ``lo``."""
    segs, pos = [], lo
    for part in re.split(r",(?!\d)|(?<!\d),", text):  # (not the comma of "RM1,800")
        segs.append((pos, pos + len(part)))
        pos += len(part) + 1
    return segs




def _name_like_before(p: Para, seg) -> bool:
    """The clause opens with a capitalised word that is not a function word: a name an apposition
    could describe (not "when pressed on …, the mother …", "Six months ago, the senator said"), and
    is no clause the attribution interrupts ("There was, the judge said, …") unless a name ends it
    ("Guns are “…,” Howard Dean, the former governor, proclaimed")."""
    words = p.masked[seg[0] : seg[1]].split()
    phrase = " ".join(words)
    if re.match(r"[A-Z][a-z]+ing$", words[0] if words else "") \
            or _PAST_PARTICIPLE_PHRASE.match(phrase[:1].lower() + phrase[1:]):
        return False  # "Reflecting on his career as a lawyer, the Senate leader said", "Asked about it, the mayor said"
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in DETERMINERS | CLAUSE_OPENERS \
        and not WHEN_PHRASE.fullmatch(" ".join(words)) \
        and (person_in(p, *seg) is not None or words[0].lower() not in ("there", "it", "this") and not has_verb(words))


def _names_organisation(p: Para, a: int, b: int) -> bool:
    """The text between ``a`` and ``b`` is an organisation's name (an
    entity covering it but for a leading article)."""
    return b - a > 2 and any(p.masked[a:oa].strip().lower() in ("", "the") and b - 1 <= ob <= b + 1
                             for oa, ob, _ in p.orgs if a <= oa)


def _leading_person(p: Para, segs) -> PersonSpan | None:
    """The person a clause starts with (after role words), if any."""
    for a, b in reversed(segs):
        a0, b0 = trim(p.masked, a, b)
        lead = person_in(p, a0, b0)
        if lead is None:
            continue
        before = p.masked[a0:lead.start].split()
        if all(w[:1].isupper() or w.lower() in ROLE_HEADS or w.lower() in ("of", "the") for w in before):
            return lead
        # "study lead author Lucas Paganini": words describing the name that ends the phrase
        if len(before) <= 4 and not p.masked[lead.end : b0].strip() and all(_describes(w) for w in before):
            return lead
    return None


def _describes(word: str) -> bool:
    """A lower-case word that may describe a name it stands before ("study lead author"): no
    function word, no verb."""
    if word[:1].isupper():
        return word.lower() not in FUNCTION_WORDS | CLAUSE_OPENERS
    return re.fullmatch(r"[a-z][a-z-]*", word) is not None and word not in FUNCTION_WORDS | CLAUSE_OPENERS \
        and word not in VERB_LEMMA and word not in FINITE and not word.endswith(("ed", "ing"))


