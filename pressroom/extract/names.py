"""What a person's name looks like: the words of a name as an entity prints it, and whether
they can be a personal name at all. Shared by finding people and resolving short references."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (ANY_GIVEN_NAME, HONORIFICS, MONTHS, OCCUPATIONS, ORG_WORDS, PARTY_WORDS, POST_NOMINALS, ROLE_HEADS,
                      STOPWORDS, TITLE_BEFORE_FULL_NAME, TITLE_BEFORE_TITLE)

_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
# small words inside a name, as written: "Jan de Vries", "Seán Ó Conghaile", "Rhys ap Emlyn-Jones",
# "Willemijn ter Horst", "Siti Hasnah binti Othman", "Sarojini a/p Krishnan", "Ma. Theresa dela Cruz"
PARTICLE_WORDS = frozenset({"bin", "binti", "bint", "al", "de", "del", "della", "dela", "da", "di", "van", "von", "der",
                            "den", "ter", "ten", "la", "le", "du", "dos", "das", "ibn", "y", "el", "ap", "a/p", "a/l",
                            "Ó", "Ní", "Nic", "Uí", "Ua", "Mac", "i"})  # (Catalan: "Núria Casals i Ferrer")
# titles that come before a name and are never a surname
# abbreviations that end "Maryland Gov." but never a name ("Hun Sen" is one)
_TITLE_ONLY = {"gov", "rep", "gen", "lt", "col", "sgt", "capt", "prof", "dr", "mr", "mrs", "ms", "adm", "cmdr"}
# the last word of a product's name
_PRODUCT_TAILS = {"pro", "mini", "plus", "ultra", "edition", "switch", "live", "console", "phone", "pad", "tv",
                  "os", "app", "beta"}
# last words of products, buildings and streets that are surnames too
_THING_OR_SURNAME = {"house", "max", "book", "watch", "way", "street", "road", "avenue", "lane", "drive", "boulevard"}
_OFFICES = {"mayor", "governor", "senator", "president", "minister", "secretary", "ambassador",
            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director",
            "commissioner", "representative", "congressman", "congresswoman", "lawmaker",
            "official", "candidate", "nominee"}
# function words that are also given names, when a surname follows
_GIVEN_STOPWORDS = {"will"}


def _norm(word: str) -> str:
    # without accents: "Seán" is on the name lists as "sean", and "José" is "Jose" written again
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower().strip(".")


_PARTICLES = {_norm(w) for w in PARTICLE_WORDS}


def occupation_before_given_name(title: str, name: str) -> bool:
    """"Shopper Derek Ames", "Librarian Maya Holt", "Fisherman Arnel Pagulayan", "Evacuee Lorna Ybañez",
    "Mum-of-three Kerry-Ann Blewitt": a word for what someone does or is, capitalised at a sentence's
    start, before a given name."""
    return (re.fullmatch(r"[A-Z][a-z]+(?:er|or|ist|ian|ant|ent|man|woman|ee)|[A-Z][a-z]+-of-[a-z]+", title) is not None
            or _norm(title) in OCCUPATIONS) and _norm(title) not in ANY_GIVEN_NAME and _norm(name.split()[0]) in ANY_GIVEN_NAME


# (as the page has it, or with the marks blanked out, as names are read: see marks.nicknames_unquoted)
_NICKNAME_IN_NAME = re.compile(r"(?<=\S)(?:\s+(?:“[^”]{1,30}”|\"[^\"]{1,30}\"|‘[^’]{1,30}’|'[^']{1,30}')\s+"
                               r"|\s{2,}\S+(?:\s\S+){0,2}\s{2,})(?=\S)")


_MALAY_TITLE = re.compile(r"(?:Tan|Puan|Toh\s+Puan|Dato['’]?|Datin|Datuk)\s+Sri\s+(?=[A-Z])")


def clean_name(surface: str) -> tuple[tuple[str, ...], str | None, int]:
    """Name words of an entity text: possessive, leading 'the', honorifics, a
    title the model took in ("Superintendent Jennifer McCormick") and a team and
    position ("Browns DL Sheldon Richardson") dropped. Returns (tokens, first
    honorific, characters cut from the front)."""
    text = _POSSESSIVE_RE.sub("", surface.strip()).strip(" ,.;:")
    # "Margaret “Peggy” Ashdown", "Ramon “Dodong” Ocampo Jr.": a nickname in marks is no part of the name
    text = _NICKNAME_IN_NAME.sub(" ", text)
    cut, honorific = 0, None
    if title := _MALAY_TITLE.match(text):
        # "Tan Sri Lim Chee Keong", "Dato' Sri Azhar Mokhtar" ("Tan" is a surname, "Sri" a given name, alone)
        cut, honorific, text = title.end(), "datuk", text[title.end() :]  # (a Malaysian honorific, as Datuk)
    words = text.split()
    while len(words) > 1 and (_norm(words[0]) in HONORIFICS or words[0].lower() == "the"
                              or _norm(words[0]) in TITLE_BEFORE_TITLE and _norm(words[1]) in HONORIFICS
                              or _norm(words[0]) in TITLE_BEFORE_FULL_NAME and len(words) > 2):
        if honorific is None and _norm(words[0]) in HONORIFICS:
            honorific = _norm(words[0])
        cut += len(words[0]) + 1
        words = words[1:]
    # "Certainly Donald Trump has …": a sentence adverb the model took into the name
    if len(words) >= 3 and re.fullmatch(r"[A-Z][a-z]{4,}ly", words[0]) and _norm(words[0]) not in ANY_GIVEN_NAME:
        cut += len(words[0]) + 1
        words = words[1:]
    # "Superintendent Jennifer McCormick": a title the model took into the name
    while len(words) >= 3 and _norm(words[0]) in ROLE_HEADS and words[1][:1].isupper():
        cut += len(words[0]) + 1
        words = words[1:]
    if len(words) >= 3 and occupation_before_given_name(words[0], words[1]):
        cut += len(words[0]) + 1
        words = words[1:]
    # "British Royal Marines Col. Angus Dewar-Kerr", "Energy analyst Pieter-Jan du Plessis": a unit or a field
    # before a title or an occupation the model took in with the name
    inner = max((i for i, w in enumerate(words[1:-2], 1) if (_norm(w) in _TITLE_ONLY or w.islower() and _norm(w) in
                 OCCUPATIONS | ROLE_HEADS) and words[i + 1][:1].isupper()), default=None)
    if inner is not None:
        if honorific is None and _norm(words[inner]) in HONORIFICS:
            honorific = _norm(words[inner])
        cut += sum(len(w) + 1 for w in words[: inner + 1])
        words = words[inner + 1 :]
    while len(words) >= 3 and words[-1].strip(".,") in POST_NOMINALS:
        words = words[:-1]
    # "Browns DL Sheldon Richardson", "Chiefs QB Patrick Mahomes": a team and a position before the name
    position = max((i for i, w in enumerate(words[:-2]) if i and re.fullmatch(r"[A-Z]{2,3}", w)), default=None)
    if position is not None:
        cut += sum(len(w) + 1 for w in words[: position + 1])
        words = words[position + 1 :]
    return tuple(words), honorific, cut


# the last word of "Jose Emmanuel Ocampo III", "Martin Luther King Jr."
GENERATIONS = frozenset({"II", "III", "IV", "Jr", "Sr"})
# an Arabic surname written with its article: "Ahmad Yusuf al-Masri", "Zia ul-Haq", "Salah ad-Din"
SURNAME_ARTICLE = r"(?:al|el|ad|ud|ul|ur|as|ash|at|az|ibn|abu|bin)-"
_ARTICLED_SURNAME = re.compile(SURNAME_ARTICLE + r"[^\W\d_a-z][\w’'-]+")


def looks_like_person(tokens: tuple[str, ...]) -> bool:
    """A plausible personal name: capitalised words, no organisation words,
    no acronyms next to other words, no digits."""
    if not tokens or len([t for t in tokens if _norm(t) not in _PARTICLES]) > 5 or len(tokens) > 8:
        return False  # (particles aside: "María del Carmen Ruiz de Alarcón" is five words of a name)
    if all(_norm(t) in HONORIFICS | TITLE_BEFORE_TITLE for t in tokens) and _norm(tokens[-1]) in HONORIFICS:
        return False  # "Rep", "Mr", "Pol Maj" on their own
    if all(_norm(t) in PARTY_WORDS for t in tokens):
        return False  # a party: "Lib Dem", "Fine Gael"
    if len(tokens) > 1 and tokens[0] in ("Co", "Co."):
        return False  # "Castlebar, Co Mayo": an Irish county
    if len(tokens) == 1 and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", tokens[0]):
        return False  # an initial or dotted letters on their own: "N. Korea", "the E.P.R.P."
    if len(tokens) > 1 and (_norm(tokens[-1]) in _OFFICES or _norm(tokens[-1]) in _TITLE_ONLY):
        return False  # "Charlotte Mayor": a place and a title, not a name
    if len(tokens) > 1 and (_norm(tokens[-1]) in _PRODUCT_TAILS or (
            _norm(tokens[-1]) in _THING_OR_SURNAME and _norm(tokens[0]) not in ANY_GIVEN_NAME)):
        # "Mac Pro", "Nintendo Switch", "Xbox Live", "White House": a product or a building, not a
        # surname (but "Silas House", "Lauren Book", "Peter Max")
        return False
    for i, tok in enumerate(tokens):
        low = _norm(tok)
        if low in _PARTICLES and 0 < i < len(tokens) - 1:
            continue
        if re.fullmatch(r"[A-Z]\.", tok) and i < len(tokens) - 1:
            continue  # an initial: "James A. Lewis", "J. Smith"
        if i > 1 and i == len(tokens) - 1 and tok.rstrip(".") in GENERATIONS:
            continue  # "Jose Emmanuel Ocampo III", "Osei Bonsu Agyemang II"
        if not (tok[0].isupper() or i and _ARTICLED_SURNAME.fullmatch(tok)) or any(c.isdigit() for c in tok):
            return False
        if i < len(tokens) - 1 and tok.endswith(("'s", "’s")):
            return False  # "King's Russia Today": a possessive inside is not one name
        if low in ORG_WORDS or (low in MONTHS and len(tokens) == 1) \
                or (low in STOPWORDS and not (low in _GIVEN_STOPWORDS and i == 0 and len(tokens) > 1)):
            return False  # a month or "Will" inside a longer name is a name: "Theresa May", "Will Hurd"
        if len(tokens) > 1 and tok.isupper() and len(tok) > 1 and not tok.endswith("."):
            return False
    return True


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Edit distance counting a swap of neighbours as one edit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


@lru_cache(maxsize=1 << 16)
def _key(tokens) -> tuple[str, ...]:
    # initials ("Donald J. Trump") do not tell names apart
    return tuple(_norm(t) for t in tokens if len(t.rstrip(".")) > 1)


@dataclass
class NameMention:
    """A name as written somewhere in the article."""

    unit: int  # index into the article's units (paragraphs then captions)
    start: int
    end: int
    surface: str
    tokens: tuple[str, ...]  # the cleaned name words
    honorific: str | None = None
    strong: bool = True  # False for lone words whose only evidence is the NER label
    canonical: str | None = None
