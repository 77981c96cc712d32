"""Ledes that hold the speaker's name back for the next paragraph: "The head of Britain's biggest
building society has warned …" then "Speaking to the Financial Times, Stuart Kilbride … said", or a
quotation alone then "That was how Evelyn Marsh, 94, described …"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressroom.model import Quote

from .attribution import leading_subject
from .lexicon import ROLE_HEADS, is_person_word
from .para import Para

if TYPE_CHECKING:
    from .speakers import State


# an office held by someone the lede does not name: "Minister for Housing", "head of Britain's biggest building society"
_OFFICE_HOLDER = re.compile(r"(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)\s+(?:of|for|at)\s+\S")


# a paragraph that points back at the quotation before it: "That was how Evelyn Marsh, 94, described …",
# "Those were the words of Dr Fidelma Okonkwo-Byrne"
_POINTS_BACK = re.compile(r"(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:how|what|the\s+words?\s+of)\b")


def name_held_back(quotes: list[Quote], paras: list[Para], state: State) -> None:
    """A lede that holds the name back and a second paragraph whose first sentence gives it: the lede's
    words are that person's. The lede names an office ("The head of Britain's biggest building society
    has warned …") and the person speaks, with no role or one that fits it ("Speaking to the Financial
    Times, Stuart Kilbride, chief executive of Nationhome, said"; not "Health Secretary Wes Streeting
    said" after "The head of NHS England"); or the lede is a quotation alone ("“I didn't think I'd ever
    see the day.”") and the paragraph points back at it and at the person at once ("That was how Evelyn
    Marsh, 94, described …"; not "That was how the mother of Ellie Carter described …")."""
    if len(paras) < 2 or paras[0].people:
        return
    second = paras[1]
    if points := _POINTS_BACK.match(second.text):
        # (titles in capitals only: not "the daughter of Grace Hughes", "how fans remember Sir Bobby Charlton")
        person = next((ps for ps in second.people
                       if all(w[:1].isupper() for w in second.text[points.end() : ps.start].split())), None)
        for q in quotes:
            if person and q.paragraph_index == paras[0].index and q.speaker is None and q.kind == "direct":
                q.speaker, q.speaker_kind = person.name, "person"
        return
    lede = [(q, head) for q in quotes if q.paragraph_index == paras[0].index
            and q.speaker_kind == "description" and (head := _office_head(q.speaker or ""))
            and not _about_someone_else(paras[0], head)]
    named = next((v.subject.name for v in second.verbs if v.sentence == 0 and v.subject is not None
                  and v.subject.kind == "person"), None)
    speaks = named is not None
    if named is None and lede and second.sents and (opening := leading_subject(second, 0, second.sents[0][1])):
        named = opening.name  # "Dr Ama Kamara, the Chief Medical Officer, confirmed …": whom the lede described
    if named is None:
        return
    role = state.roles.get(named, "")
    for q, head in lede:
        # one who does not speak there must have the lede's word for a role (not "Peter Kila, 19, died at
        # the scene" after "a senior officer calling it …")
        if (speaks and not role) or head in role.split() or head in ("head", "chief") and _HEADS_OF.search(role):
            q.speaker, q.speaker_kind = named, "person"


def _office_head(speaker: str) -> str | None:
    """The word for what the lede's unnamed speaker is: "head" of "head of Britain's biggest building
    society", "executive" of "chief executive", "businessman"; none for a group ("officials")."""
    if office := _OFFICE_HOLDER.match(speaker):
        head = office["head"].lower()
        return head if head in ROLE_HEADS else None
    words = speaker.lower().split()
    if not 0 < len(words) <= 3 or not (words[-1] in ROLE_HEADS or is_person_word(words[-1])):
        return None
    return None if words[-1].endswith("s") and is_person_word(words[-1][:-1]) else words[-1]


def _about_someone_else(lede: Para, head: str) -> bool:
    """The lede opens on another person it describes ("A delivery rider who allowed scammers … was jailed
    …, with a judge warning that …"): the name the next paragraph gives is most likely theirs."""
    m = re.match(r"(?:[A-Z][A-Z .,]*\s*[—–-]+\s*)?(?:A|An|The)\s+((?:[\w-]+\s+){0,3}[\w-]+)", lede.text)
    words = m.group(1).lower().split() if m else []
    return head not in words and any(is_person_word(w) for w in words)


# roles that head an organisation: "chief executive of Nationhome" is "the head of" a building society (a
# health secretary is not the head of NHS England)
_HEADS_OF = re.compile(r"\b(?:chief executive|ceo|general secretary|president|chair(?:man|woman)?|director(?: general)?|"
                       r"commissioner|governor)\b")
