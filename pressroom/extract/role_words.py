"""Words of roles: what heads a role, how a plural role is made singular, and the small tests
:mod:`roles` and :mod:`appositions` share."""

from __future__ import annotations

import re

from .lexicon import OCCUPATIONS, RELATIVES, ROLE_HEADS, VERB_LEMMA

NOT_ROLES = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."}
ADVERBIAL = re.compile(r"^(?:\w+ly|yesterday|today|also|later|then|again|on \w+day|last \w+)$", re.I)


def plain(word: str) -> str:
    """The word in lower case without its full stops: "Sen." -> "sen"."""
    return word.lower().strip(".")


# abbreviated offices, which are roles although they are also written as honorifics
OFFICE_ABBREVIATIONS = {"sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "maj", "prof"}


def is_role_word(low: str) -> bool:
    """A role head, an occupation ("trader", "geologist", "co-author", "businessman"), or who someone is to
    another ("mother", "husband"); "attorney-at-law" and "mother-in-law" by their first word."""
    compound = re.fullmatch(r"([a-z]+)-(?:at|in|of)-[a-z]+", low)
    if compound:
        low = compound.group(1)
    return low in ROLE_HEADS or low in OCCUPATIONS or low in RELATIVES or low in LAY_HEADS \
        or (len(low) >= 7 and low.endswith("ist")) or (len(low) >= 8 and low.endswith(("man", "woman")) and low.isalpha())


# what a story calls a person by a thing they run or hold, as roles only ("taxi operator", "season ticket holder"):
# on their own, "the operator" is a company
LAY_HEADS = {"operator", "holder"}


def singular(low: str) -> str | None:
    """'judges' -> 'judge', 'sens' -> 'sen', 'co-writers' -> 'co-writer': a plural role, made singular."""
    if not low.endswith("s") or len(low) < 4 and low[:-1] not in OFFICE_ABBREVIATIONS:
        return None
    for one in (low[:-3] + "y" if low.endswith("ies") else None, low[:-2] if low.endswith("sses") else None, low[:-1]):
        if one and (one in OFFICE_ABBREVIATIONS or is_role_word(one) or is_role_word(one.rsplit("-", 1)[-1])):
            return one
    return None


# heads of a role only in an apposition ("Keir Starmer, a senior Labour Party figure";
# before a name, "the $53 million figure McKinley cited" is a number)
APPOSITION_HEADS = {"figure"}


# a title is a few words, an apposition a short phrase: each is looked for in this many
# characters before the name, not in the whole paragraph once per name
TITLE_REACH = 200
APPOSITION_REACH = 300


def text_before(text: str, start: int, reach: int) -> str:
    """The last ``reach`` characters or so before ``start``, cut at a space so that word
    boundaries are the text's."""
    cut = text.rfind(" ", 0, start - reach) + 1 if start > reach else 0
    return text[cut:start]


def ends_sentence(word: str) -> bool:
    """"weeks." ends a sentence; "U.S." and "Gov." do not."""
    return word.endswith(".") and re.fullmatch(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.", word) is None


def said_form(word: str) -> bool:
    """A verb of saying ("noted", "said", "repeating"), not a noun of the lexicon ("claims", "reports")."""
    low = plain(word)
    return low in VERB_LEMMA and (low.endswith(("ed", "ing")) or low in ("said", "told", "wrote", "spoke", "says", "tells"))


AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "can", "could",
                "may", "might", "must", "should", "shall"}
