"""Which verb of its sentence attributes a quotation: the nearest one before it, the one after it, a
later one of the sentence, or the verb of a sentence that is only an attribution ("“… missing.” Trump
said."). Who the verb's subject is, is the caller's business (:mod:`.quotes`)."""

from __future__ import annotations

import re

from .attribution import embedded_title
from .lexicon import DETERMINERS, RELATIVES, ROLE_HEADS, SUBORDINATORS, VERB_LEMMA
from .para import Para, VerbHit


def tail_verb(p: Para, span, k: int) -> VerbHit | None:
    """The first verb of sentence ``k`` after the quotation, before the next quotation."""
    nxt = min([s.open_at for s in p.spans if s.open_at >= span.close_end and not embedded_title(p, s)]
              + [p.sents[k][1] if p.sents else len(p.text)])
    cands = [v for v in p.verbs if span.close_end <= v.start < nxt and v.sentence == k]
    if len(cands) > 1 and re.match(r"[\sQ,]*which\b", p.masked[span.close_end : cands[0].start]):
        return cands[1]  # "“…,” which Trump announced in October, said Derek Scissors"
    return cands[0] if cands else None


# a verb that reports the clause after it: "“…?” Bridenstine responded that …"
REPORTS_A_CLAUSE = re.compile(r"\s+(?:[\w’'.-]+\s+){0,3}?that\s")


def later_verbs(p: Para, span, k: int) -> list[VerbHit]:
    """The verbs of sentence ``k`` after the quotation, nearest first; not one in a relative
    clause that opens right after it ("“…,” which Trump announced in October, said Derek Scissors")."""
    return [v for v in p.verbs if v.start >= span.close_end and v.sentence == k
            and not re.match(r"[\sQ,]*(?:which|that|who|whom)\b[^,]*$", p.masked[span.close_end : v.start])]


def head_verb(p: Para, span, k: int) -> VerbHit | None:
    """The last verb of sentence ``k`` before the quotation opens."""
    cands = [v for v in p.verbs if v.end <= span.open_at and v.sentence == k]
    return cands[-1] if cands else None


def asked_of(v: VerbHit) -> bool:
    """'was asked', 'was told', 'were assured': the subject heard the words; who said them is not named."""
    return v.passive and not v.inverted and VERB_LEMMA.get(v.form.lower()) in ("ask", "tell", "assure", "reassure")


def bare_attribution_after(p: Para, span, k: int) -> VerbHit | None:
    """The verb of a sentence that is nothing but an attribution ("Trump said.", "said Lee on
    Monday.") right after a quotation that ends sentence ``k``."""
    if k + 1 >= len(p.sents) or p.masked[span.close_end : p.sents[k][1]].strip(" .") \
            or any(s.open_at >= span.close_end and p.sentence_of(s.open_at) == k + 1 for s in p.spans):
        return None
    verbs = [v for v in p.verbs if v.sentence == k + 1]
    if len(verbs) != 1 or verbs[0].form.lower().endswith("ing") or VERB_LEMMA.get(verbs[0].form.lower()) not in _SAYING:
        return None  # (not "Sen. Ann Ruiz agreed.", "… replied on Twitter.": an answer to the words)
    a, b = p.sents[k + 1]
    before, after = p.masked[a : verbs[0].start].split(), p.masked[verbs[0].end : b].strip(" .").split()
    if any(w.lower() in _CLAUSE_WORDS for w in after):
        return None  # "His lawyer, Ahmed Khan, said the charges would be contested.": a clause reported
    # (the subject may be a name with its apposition: "Scott's niece, state Del. Marcia Price (D-Newport News),")
    if not 0 < len(before) <= 10 or len(before) + len(after) > 12 or len(after) > 5 or p.masked[b - 1 : b] != "." \
            or any(w.lower() in _NOT_AN_ADJUNCT for w in after[:1] + after[-1:]) \
            or not all(w.lstrip("(")[:1].isupper() or w.lower().strip(",") in _SUBJECT_WORDS for w in before):
        return None  # (not "It was a fair question, and Whitmore said so.")
    return verbs[0]


_SUBJECT_WORDS = DETERMINERS | ROLE_HEADS | RELATIVES | {"the", "he", "she", "they", "we", "i", "state"}
_SAYING = {"say", "tell", "add", "write", "explain", "insist", "note", "declare", "state", "continue", "tweet",
           "ask", "exclaim", "shout", "yell", "joke", "warn"}
_CLAUSE_WORDS = {"would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "should", "may", "might",
                 "must", "can", "did", "does", "do", "that", "he", "she", "they", "we", "i", "there"}
_NOT_AN_ADJUNCT = {"so", "no", "yes", "nothing", "it", "this", "that", "otherwise", "something"}


def tail_is_attribution(p: Para, span, v: VerbHit) -> bool:
    """``v``, after the quotation, is its attribution, not the verb of a clause of its own."""
    between = p.masked[span.close_end : v.start]
    # (not "“…,” when Clinton blasted him": a clause of its own; not "“…,” drawing jeers and “BERNIE!”
    # chants": the verb of another quotation, right after it -- but "“…,” “border czar” Tom Homan told")
    return len(between.split()) <= 6 and between.count(",") <= 1 and not _SUBORDINATE_START.match(between) \
        and not re.search(r"Q\W*$", between)


_SUBORDINATE_START = re.compile(r"[\s,]*(?:" + "|".join(sorted(SUBORDINATORS | {"if", "until", "unless"})) + r")\b", re.I)
