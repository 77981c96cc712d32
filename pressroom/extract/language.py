"""Is a page written in English? The NER model and every attribution rule are English-only.

A page in another language gets no people or quotes rather than wrong ones:
spaCy's English model reads German "Vereinbaren Sie" or Russian words as
names. Two signs, both cheap: most letters in a script other than Latin
(Cyrillic, Japanese, Korean…), or more function words of the other common
Latin-script languages of the web than of English. English prose is about a
third function words; a list of results or names has few of either kind and
stays English. Short texts are given the benefit of the doubt.
"""

from __future__ import annotations

import re

# frequent words of each language that are rare as words of the others
_ENGLISH = frozenset("""
the of and to is that for it with as he she his her be by at this have from are or not but had
they you were which their has been would who its more about after when there said we our than
could should also into them can how what these those over such new
""".split())
_OTHER = frozenset("""
der und ist nicht mit sie ein eine das auf für dem den des sich auch wir ich
que não uma para com os las los el por como se del una está também muito
di che il non per della sono alla nel gli
les et une pour dans qui pas du au sur est
de em do da dos das la le en y e o à às al lo un
""".split())
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 40


def _latin(ch: str) -> bool:
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"


def looks_english(text: str) -> bool:
    """False when ``text`` has enough words to tell and reads as another language."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(not _latin(ch) for ch in letters) > len(letters) / 2:
        return False
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return True
    english = sum(w in _ENGLISH for w in words)
    other = sum(w in _OTHER for w in words)
    return english >= other
