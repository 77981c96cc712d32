"""Speech verbs in a paragraph: "said", "according to", a colon after a
speaker's name, a dash after a quotation -- found outside quotations, with
the nouns and gerunds that only look like verbs left out."""

from __future__ import annotations

import re

from .lexicon import ROLE_HEADS, speech_verbs
from .para import Para, PersonSpan, VerbHit
from .text import TAIL_PAST


# "called him into …", "called back", "called off the strike": a call that summons, phones or cancels
# (not "called them in an article, “…”", "called over her shoulder, “…”", whatever the sentence quotes)
_SUMMONED = re.compile(r"\s+(?:(?!Q+\s)[\w’'-]+\s+)?(?:into|back|up|off|away|aside)\b")


_DOCUMENT_READS = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|letter|note|sign|release|post|tweet|memo|"
    r"email|message|banner|placard|notice)s?\s+(read|reads)\b", re.I)


# a reply or cry that "came from" someone, right after the quotation it is
_CAME_FROM = re.compile(r"(?<=Q)[.,?!]?[ \t\xa0]*(came)\s+(?:(?:the|a|an|one|another)\s+)?(?:[a-z]+\s+)?"
                        r"(?:reply|replies|response|answer|retort|riposte|rejoinder|cry|cries|shouts?|calls?|chants?|"
                        r"roars?|yells?|screams?|voices?|words|message|verdict|warning)\s+from\s+")


def find_verbs(p: Para) -> list[VerbHit]:
    """Speech verbs outside quotations, each with the sentence it is in."""
    hits = []
    for m in re.finditer(r"(?<=Q)[.?!]?[ \t\xa0]*([―—–]+)[ \t\xa0]*(?=[A-Z])", p.masked):
        # '“…” ― Name': a dash after a quotation introduces its speaker
        hits.append(VerbHit(m.start(1), m.end(1), m.group(1), p.sentence_of(m.start(1)), inverted=True))
    for m in re.finditer(r"(?<=[\w.)])[ \t]*:[ \t]*(?=Q)", p.masked):
        # 'Rep. Trey Gowdy (R-S.C.): “…”', 'HEADLINE - Philip Bump: “…”': a
        # name alone before a colon labels the quotation as its speaker's
        k = p.sentence_of(m.start())
        a = p.sents[k][0] if p.sents else 0
        dash = max((d.end() for d in re.finditer(r"\s[—–-]+\s", p.masked[a : m.start()])), default=0)
        if _label_person(p, a + dash, m.start()):
            hits.append(VerbHit(m.start(), m.start() + len(m.group()), ":", k))
    for m in _CAME_FROM.finditer(p.masked):
        # "“Never,” came the reply from the minister", "came shouts from the crowd": who it came from speaks
        hits.append(VerbHit(m.start(1), m.end(), m.group(1), p.sentence_of(m.start(1)), inverted=True))
    for m in _DOCUMENT_READS.finditer(p.masked):
        # "“…,” the statement read": what a document says is its words
        hits.append(VerbHit(m.start(1), m.end(1), m.group(1), p.sentence_of(m.start(1))))
    for start, end, form, single in speech_verbs(p.masked):
        if single and single[0].isupper() and start > 0 and form.lower() not in ("says", "said"):
            # "Tell", "Call" capitalised mid-sentence are names or titles
            prev = p.masked[:start].rstrip()[-1:]
            if prev and prev not in ".?!”\"Q":
                continue
        if single and _QUESTION_PUT.match(p.masked, end) and single.lower() in ("asked", "pressed", "questioned") \
                and not p.masked[p.sents[p.sentence_of(start)][0] if p.sents else 0 : start].strip(" \"“‘'"):
            continue  # "Asked about his chances, Dell shrugged: “…”": the question put to the speaker
        if re.search(r"\bto\s+$", p.masked[max(0, start - 4) : start]) and single \
                and not single.lower().endswith(("ed", "ing")) and not re.match(r"[,:]?\s*Q", p.masked[end:]):
            continue  # an infinitive ("to maintain their neutrality") reports nothing, unless it
            # introduces the quotation ("was prompted to say, “…”")
        if single and single.lower().endswith("s") and _NOUN_BEFORE.search(p.masked[max(0, start - 30) : start]):
            continue  # "Trump’s comments are", "the remarks": a plural noun, not a verb
        if single and single.lower().endswith("ed") and _ADJECTIVE_ED.search(p.masked[max(0, start - 30) : start]) \
                and re.match(r"\s+(?:Q|(?!(?:that|to|he|she|they|it|we|i|his|her|their)\b)[a-z]{3,})", p.masked[end:]):
            continue  # "the congressman’s alleged “paramours”", "their stated goal": an adjective
        if single and single.lower().endswith("ing") and _MODIFIER_ING.search(p.masked[max(0, start - 30) : start]) \
                and _NOUN_NEXT.match(p.masked, end):
            continue  # "a small speaking gig", "his writing career": a gerund before a noun modifies it
        if single and single.lower() in ("call", "calls", "called", "calling") and _SUMMONED.match(p.masked, end) \
                and "Q" not in (p.masked[slice(*p.sents[p.sentence_of(start)])] if p.sents else p.masked):
            continue  # "called him into a meeting room", "called off the strike": no words quoted (but "she
            # called back from the landing" and "called into the programme: “…”" quote someone)
        if single and single.lower() == "warning" and re.search(r"\b(?:without|little|no|advance|early|fair)\s+$",
                                                             p.masked[max(0, start - 10) : start]):
            continue  # "opened fire without warning", "gave little warning": the noun
        if any(h.start <= start < h.end for h in hits if h.form == "came"):
            continue  # "came shouts from": the noun of "came … from"
        hits.append(VerbHit(start, end, form, p.sentence_of(start)))
    for s in p.spans:
        # "“…?” Hannity pressed.", "“Out!” the crowd roared.": any verb in the past attributes a
        # quotation cut short by a comma or a mark, when only its subject comes between
        m = TAIL_PAST.match(p.masked, s.close_end)
        if m and p.text[s.start : s.end].rstrip()[-1:] in ",?!—–-" and not any(h.start == m.start(1) for h in hits):
            hits.append(VerbHit(m.start(1), m.end(1), m.group(1), p.sentence_of(m.start(1))))
    return sorted(hits, key=lambda v: v.start)


_QUESTION_PUT = re.compile(r"\s+(?:again\s+|later\s+)?(?:about|whether|if|why|how|what|when|where|who|on|to|for|by)\b")


# a possessive or determiner right before a word makes it a noun
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|these|those|his|her|their|its|our|my|your|such|other|many|several|some|"
                          r"all|both|most|few|numerous|two|three|four|five|six|seven|eight|nine|ten|\d+)|\w[’']s)\s+$",
                          re.I)


# an article or a possessive before a participle makes it an adjective ("he's warned" is "he has warned")
_ADJECTIVE_ED = re.compile(r"(?:\b(?:the|an?|his|her|their|its|our|my|your)|"
                           r"\b(?!(?:he|she|it|who|that|there|what|where)[’']s)\w+[’']s)\s+$", re.I)


# an article or possessive, maybe one adjective (not a message that speaks: "a statement saying"),
# before an -ing word; and a noun after it (not a pronoun or determiner that opens what is said)
_MODIFIER_ING = re.compile(r"\b(?:a|an|the|his|her|their|its|our|my|your)\s+(?!(?:statement|letter|e?-?mail|tweet|"
                           r"post|note|report|release|memo|message|video|ad|interview|speech|column|editorial|"
                           r"filing|document|text|comment|comments|remarks|op-ed)\s)(?:[a-z]+\s+)?$", re.I)
_NOUN_NEXT = re.compile(r"\s+(?!(?:to|that|about|of|with|on|in|for|at|from|by|and|or|as|it|its|them|him|his|her|"
                        r"me|my|us|our|you|your|they|their|he|she|we|the|a|an|this|these|those|what|how|why|"
                        r"when|whether|if|there)\b)[a-z]{3,}\b(?![’'])")


def _label_person(p: Para, a: int, b: int) -> PersonSpan | None:
    """The person a speaker label names: nothing else between ``a`` and ``b``
    but the name, other names joined by "and", titles and a parenthesis."""
    text = p.masked[a:b]
    people = [s for s in p.people if a <= s.start and s.end <= b]
    if not people:
        return None
    rest = text
    for s in sorted(people, key=lambda s: -s.start):
        rest = rest[: s.start - a] + " " + rest[s.end - a :]
    rest = re.sub(r"\([^)]*\)", " ", rest)
    words = rest.replace(",", " ").split()
    if all(w[:1].isupper() or w.lower() in ("and", "&") or w.lower().strip(".") in ROLE_HEADS for w in words):
        return people[0]
    return None
