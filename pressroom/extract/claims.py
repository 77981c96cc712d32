"""Quoted words inside a claim, remark or promise belong to its owner ("Trump’s
claim that there have been “thousands of shootings”")."""

from __future__ import annotations

import re

from .para import Para
from .speakers import Speaker, State

# nouns of things said: whose they are is who said the words quoted after them
_CLAIM_NOUNS = (r"claims?|assertions?|statements?|remarks?|comments?|descriptions?|promises?|pledges?|warnings?|"
               r"vows?|insistence|accusations?|arguments?|contention|predictions?|characteri[sz]ations?|words|"
               r"messages?|slogans?|rhetoric|tweets?|calls?|suggestions?|boasts?|complaints?|answers?|response")
_CLAIM_OWNER = re.compile(r"(?:\b(?P<pronoun>his|her|their)|(?P<owner>\S)['’]s?)\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?:" + _CLAIM_NOUNS + r")\b(?:\s+(?:that|of|about|on|for))?[^Q.;:!?]{0,80}$")


def claim_owner(state: State, p: Para, k: int, before: int) -> Speaker | None:
    """Whose claim, remark or promise a quoted phrase in this sentence belongs to:
    "Trump’s claim that there have been “thousands of shootings”", "his promise to “drain the swamp”"."""
    a = p.sents[k][0] if p.sents else 0
    m = _CLAIM_OWNER.search(p.masked[a:before])
    if not m:
        return None
    if m.group("pronoun"):
        word = m.group("pronoun").lower()
        return state.pronoun({"his": "he", "her": "she", "their": "they"}[word])
    end = a + m.start("owner") + 1
    owner = next((ps for ps in p.people if abs(ps.end - end) <= 2 or (ps.possessive and a <= ps.start < end <= ps.end + 2)), None)
    return Speaker(owner.name, "person") if owner else None
