"""Names the article more often calls something else: a place ("in Sham Shui Po", "off Lofoten", "St
Catherine"), an organisation after its noun ("housing corporation Woonstad Midden"), a thing written
"the Moon", a product after its model number; and what makes a name a person whatever else it is called
(an honorific, a speech verb, a "he" or "she" after it)."""

from __future__ import annotations

import re

from .lexicon import ROLE_APPOSITION
from .missed_names import is_given_name
from .names import NameMention, _key, clean_name
from .nlp import Ent

# labels of what is not a person (DATE, CARDINAL… say nothing either way)
_THING_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART", "GPE", "LOC", "LAW", "NORP"})
# "the Moon." / "the Moon and Mars" (not "the Clinton campaign", where the name qualifies a noun)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_MODEL_NUMBER_BEFORE = re.compile(r"(?<![\w.,-])(?!(?:19|20)\d\d\b)\d+\s+$")  # "737 Max"; not a year, not "17-year-old"
_NOUN_AFTER = re.compile(r"['’]?s?\s+[a-z]")
# "Walter Reed hospital", "Van Buren counties", "Phnom Penh’s Por Sen Chey district": a place named after
# someone, or whose name reads like someone's
_PLACE_AFTER = re.compile(r"\s+(?:hospital|county|counties|street|avenue|road|boulevard|airport|station|bridge|park|"
                          r"stadium|arena|university|college|library|museum|square|island|river|lake|memorial|"
                          r"district|province|village|township|municipality|commune|suburb)s?\b")
# "flats in Sham Shui Po", "a school near Al Nahda", "Spanish Town, St Catherine": where, not who (not "faith in
# Obama", "in Smith's view")
_WHERE_WORDS = ("in", "near", "outside", "across", "around", "throughout", "off")
_PLACE_BEFORE = re.compile(r"(?<!\bbelieve )(?<!\bbelieves )(?<!\bbelieved )(?<!\bfaith )(?<!\bconfidence )(?<!\btrust )"
                           r"(?<!\binterest )(?<!\brole )(?<!\bpart )(?<!\bstarring )(?<!\bstarred )(?<!\bstars )"
                           r"\b(?P<where>" + "|".join(_WHERE_WORDS) + r")\s+$|\b(?:St\.?|Saint)\s+$"
                           # "the province of Denizli", "the sites of Tell El-Amarna", "the MP for Glasgow Kelvin"
                           r"|\b(?P<area>province|region|district|governorate|county|state|city|town|village|island|islands|"
                           r"site|sites|municipality|capital|port|suburb|constituency|ward)\s+of\s+$"
                           r"|\b(?:MP|MPs|MSP|MLA|MPP|MEP|TD|MHA|Member|Councillor|Executive|Assemblyman|Assemblywoman)"
                           r"(?:\s+\([A-Z]{2,6}\))?\s+for\s+$"
                           # an organisation's noun before its name: "housing corporation Woonstad Midden"
                           r"|\b(?P<org>corporation|company|firm|association|agency|charity|union|organisation|organization|"
                           r"foundation|cooperative|co-operative|retailer|insurer|carrier|lender|chain|manufacturer|"
                           r"supplier|group)\s+$")  # (not "developer", "publisher": people too, "Florida developer Mel Sembler")
_FUNCTION_AFTER = re.compile(r"\s+(?:and|or|to|in|on|at|is|was|with|for|by|of|as|from|that|\w+ly)\b")
# what a person does: speak, or be "he" or "she" further on in the clause ("When Trump launched his campaign")
ACTS_AS_PERSON = re.compile(r"(?:['’]s)?\s+(?:(?:[\w’'-]+\s+){0,5}?(?:he|his|him|himself|she|her|herself)\b|"
                             r"(?:\w+ly\s+)?(?:said|says|told|tells|asked|added|wrote|tweeted)\b)")


_SAINT = ("st", "saint")


class _Usage:
    """How often the article writes a name whole, its last word alone, and the whole after a word of place;
    counted on demand, once a name, for the few mentions that stand after such a word."""

    def __init__(self, units: list[str]):
        self.units = units
        self._counts: dict[tuple[str, str], int] = {}

    def _count(self, kind: str, words: str, pattern: str) -> int:
        if (kind, words) not in self._counts:
            self._counts[kind, words] = sum(len(re.findall(pattern, u)) for u in self.units)
        return self._counts[kind, words]

    def whole(self, name: str) -> int:
        return self._count("whole", name, re.escape(name))

    def alone(self, word: str) -> int:
        return self._count("alone", word, r"(?<![\w’'-])" + re.escape(word) + r"(?![\w-])")

    def placed(self, name: str) -> int:
        return self._count("placed", name, r"\b(?:" + "|".join(_WHERE_WORDS) + r"|of) " + re.escape(name))


def _placed(text: str, c: NameMention, usage: _Usage) -> bool:
    """The mention is where something is: "in Sham Shui Po", "St Catherine", "housing corporation Woonstad
    Midden". Not "in Smith's view"; not a given name and a surname ("the fighter the candidate had in Corey
    Lewandowski"), a name with an apposition ("a negotiator in Tendai Biti, a former finance minister"), one
    whose last word the story uses alone more often than the whole (a surname: "Afridi took four wickets"),
    nor one the words after make a doer ("The firm Tendai Moyo started")."""
    before = _PLACE_BEFORE.search(text, max(0, c.start - 40), c.start)
    if before is None or re.search(r"['’]s?$", c.surface) \
            or re.match(r"['’]", text[c.end : c.end + 1]) or ROLE_APPOSITION.match(text, c.end) \
            or before.group("org") and _DOER_AFTER.match(text, c.end):
        return False
    if c.honorific in _SAINT or len(c.tokens) == 1:
        return True
    whole = " ".join(c.tokens)
    if is_given_name(c.tokens[0]) or usage.alone(c.tokens[-1]) > usage.whole(whole):
        return False
    # after "in" or "the district of" a name of several words is a place only by its own words ("Wassa East") or
    # when the story puts it there twice ("in Sham Shui Po"); once, it may be anyone ("a match-winner in Shaheen
    # Shah Afridi", "the home district of Mwai Kibaki")
    return not (before.group("where") or before.group("area")) or bool(_GEOGRAPHIC.search(whole)) \
        or usage.placed(whole) >= 2


_GEOGRAPHIC = re.compile(r"\b(?:East|West|North|South|Central|Upper|Lower|New|Old|Port|Bay|Island|Islands|Valley|Hills?|"
                         r"Heights|Park|Beach|Creek|River|Lake|Mount|Point|Harbour|Harbor|Town|City|Range|Ridge)\b|"
                         r"\b(?:El|Al|Tell|Wadi|Ras|Kafr|Beni|Sidi)[- ]")


# a verb right after a name: "the company Wang Chuanfu founded", "the union Zwelinzima Vavi once led"
_DOER_AFTER = re.compile(r"\s+(?:once\s+|later\s+|had\s+|has\s+)?(?:[a-z]+ed|built|led|ran|runs|owns|began|started|set up|"
                         r"made|took|bought|sold|heads|leads|chairs)\b")


def without_things(found: list[NameMention], units: list[str], ents: list[list[Ent]]) -> list[NameMention]:
    """Drop the names the article more often calls something else.

    The small model labels a product, a place or an event as a person here
    and there ("Davis Cup", "MacBook Pro"), and a thing written "the Moon"
    is no one. A name counts the mentions taken as a person against the
    entities of the same words with the label of a thing, and against the
    times it is written "the <Name>" on its own or "the <Name>s" ("the
    Steelers"). A lone word counts a thing label only where it stands alone
    and is no word of a full name found (the model calls a lone "Trump" an
    organisation as often as a person, and "Trump supporters" says nothing).
    A name is always a person with an honorific or a title before it ("Mr.",
    "spokesman"), or once it speaks or a "he"/"she" follows it.
    """
    usage = _Usage(units)
    placed = [_placed(units[c.unit], c, usage) for c in found]
    votes: dict[tuple[str, ...], list[int]] = {}  # name words -> [as a person, as a thing]
    for c, where in zip(found, placed):
        text = units[c.unit]
        # "the Moon", "the Mac Pro.", "the Steelers spent" (a team), "737 Max": a thing
        thing = (_THE_BEFORE.search(text[: c.start]) is not None and (
            not _NOUN_AFTER.match(text, c.end) or _FUNCTION_AFTER.match(text, c.end) is not None
            or re.fullmatch(r"[A-Z][a-z]+[^s]s", c.tokens[-1]) is not None)) \
            or _MODEL_NUMBER_BEFORE.search(text[: c.start]) is not None \
            or _PLACE_AFTER.match(text, c.end) is not None or where
        votes.setdefault(_key(c.tokens), [0, 0])[1 if thing else 0] += 1
    taken = {(c.unit, c.start) for c in found}
    # words of the full names: a lone "Trump" beside "Donald Trump" is an ORG as often as not
    in_full_names = {w for c in found if len(c.tokens) > 1 for w in _key(c.tokens)}
    for u, unit_ents in enumerate(ents):
        for e in unit_ents:
            if e.label in _THING_LABELS and (u, e.start) not in taken:
                key = _key(clean_name(e.text)[0])
                if key not in votes:
                    continue
                # a lone word counts as a thing where it stands alone ("in Delhi,"), not before a
                # noun: "Trump supporters" says as little as "Twitter users"
                alone = not _NOUN_AFTER.match(units[u], e.end) or _FUNCTION_AFTER.match(units[u], e.end)
                if len(key) > 1 or (key[0] not in in_full_names and alone):
                    votes[key][1] += 1
    # (a "her" a few words on is no sign of a person after "in": "a unit in Sham Shui Po with her grandson")
    titled = {_key(c.tokens) for c, where in zip(found, placed)
              if c.honorific and c.honorific not in _SAINT  # "St Catherine" is a parish, or a saint
              or ACTS_AS_PERSON.match(units[c.unit], c.end) and not where}
    return [c for c in found if _key(c.tokens) in titled or votes[_key(c.tokens)][1] <= votes[_key(c.tokens)][0]]
